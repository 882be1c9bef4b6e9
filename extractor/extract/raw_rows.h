// The figure cells of a table that plain `pdftotext` (without -layout)
// wrote cell after cell (see raw_cells.h), tied to their row and column
// where the order of the text leaves no doubt.
//
// pdftotext writes a table's header cells first, each its own block of
// lines ("Mål 2010" / "Resultatkrav" "2010" / "Resultat 2009"), then row by
// row: the first column's name cell with its description, then the row's
// other cells in column order, each a block of its own. An empty cell
// leaves no block, so a row whose blocks are fewer than its columns cannot
// say which column lost one; a row whose blocks number exactly the columns
// after the first holds one cell of each, in the header's order. Nothing
// else is tied: a wrong target is worse than a missing one.
#ifndef BILAG_EXTRACTOR_EXTRACT_RAW_ROWS_H_
#define BILAG_EXTRACTOR_EXTRACT_RAW_ROWS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// Adds a header cell's next line to `cell`: after a space, or straight on
// when a narrow cell broke its word without a hyphen ("Resultatk" / "rav").
void AppendHeaderLine(std::string_view line, std::string* cell);

// A column a header cell names, with the year it names, if any.
struct RawColumn {
  const ColumnRule* rule = nullptr;
  std::optional<int> year;
};

// A table header written as blocks of lines: its columns in order, and
// the first line below it.
struct RawHeader {
  std::vector<RawColumn> columns;
  const Line* below = nullptr;
};

// The header whose first cell starts at lines[first]: its cells one after
// another, each the longest run of lines of one paragraph (at most
// `max_cell_lines`) that names a [[column]]. Empty when the cells do not
// make a table's header that the rows can be counted against: a name
// column that is not the first, a second header row of years below
// ("Resultatkrav" / "Resultat" / "2011" / "2012"), fewer than two columns.
RawHeader ReadRawHeader(const std::vector<const Line*>& lines,
                        const std::vector<bool>& starts_paragraph, size_t first,
                        size_t max_cell_lines, const RuleSet& rules,
                        const std::optional<std::string>& kind);

// How many figure columns the rows below the header have: the header's
// cells after the first when the first stands above the names (a name
// column, or the goal column whose goal each name's description states:
// "Mål 2015" / "Opsøgende rådgivning for kvinder ..."); else a header
// without a cell above the names, whose every cell is a figure column.
size_t FigureColumns(const std::vector<RawColumn>& columns);

// A figure cell tied to its column.
struct RawFigureCell {
  RawColumn column;
  std::vector<const Line*> lines;
};

// What a line is to the rows: outside every name cell (a figure cell, or
// text around the table), a row's name, a further line of its name cell or
// description, or a group row.
enum class RawRowPart { kOutside, kName, kNameCell, kGroup };

// A row's name line with its figure cells tied to their columns, and the
// names' column when it is a target column ("Mål 2008" above the names:
// each name's own goal).
struct RawTiedRows {
  std::unordered_map<const Line*, std::vector<RawFigureCell>> cells;
  std::optional<RawColumn> name_target;
};

// The figure cells of the table below `header`, read from its paragraphs
// in one of the two orders pdftotext writes:
// - row by row: a name cell, then the row's cells, each a paragraph wholly
//   outside every name cell, up to the next name cell or group row on the
//   same page; tied when they number the columns after the first;
// - every row's cells first, row by row, then the names: tied when the
//   paragraphs between the header and the first name number the names
//   times the columns after the first.
// The first header cell is the names' column when it names one, or when
// the rows' counts say so (a header with no cell above the names has as
// many figure columns as cells).
RawTiedRows TieFigureCells(const std::vector<std::vector<const Line*>>& paragraphs,
                           const RawHeader& header,
                           const std::function<RawRowPart(const Line*)>& part_of);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_RAW_ROWS_H_
