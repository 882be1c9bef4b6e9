// Rows: the document as a sequence of units the extraction walks — single
// lines of prose, and logical table rows.
//
// Tables the layout stage structured (PDF, scans, text laid out with
// spaces: Line::exact_rows) are read as it found them
// (extractor/layout/table_model.h): one Row per table row, its cells by
// column, a row carried over a page break included; the header rows are
// one Row whose cells hold each column's full header ("Resultatkrav 2011"
// under a spanning "Resultatkrav"); a repeated header is left out; a row
// of one cell (a theme or group row, a title across the table) is read as
// lines. A line with cells outside every table is a Row of its own, unless
// it is a running header or footer (a line then). Text
// inputs that mark cells themselves (tabs, HTML cells) give rows by their
// source row ids, and a row whose first cell is empty or goes on in lower
// case continues the row before it (a page break split it).
#ifndef BILAG_EXTRACTOR_EXTRACT_ROWS_H_
#define BILAG_EXTRACTOR_EXTRACT_ROWS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extractor/model/document.h"
#include "extractor/model/table.h"

namespace bilag {

// One line of a cell's text with its place in the document.
struct Segment {
  std::string text;
  int page = 0, line = 0;
  bool bold = false;
  double x0 = -1, x1 = -1;  // horizontal extent in points (PDF/OCR); -1 = unknown
  int bold_words = 0;       // CellLine::bold_words
};

struct Row {
  std::vector<std::vector<Segment>> cells;  // by column; a cell may be empty
  int page = 0, line = 0;                   // where the row starts
  bool from_pdf = false;                    // lines are visual wraps, not paragraphs

  // Whether cells carry x positions (PDF and OCR rows).
  bool HasGeometry() const;
  // The cell's lines joined by `separator`.
  std::string CellText(size_t column, const char* separator = "\n") const;
  // The cell's lines joined by spaces, but without one where a line ends in
  // a letter and the next starts with a small one: a cell too narrow for a
  // word breaks it without a hyphen ("Resultatkr" / "av 2013").
  std::string CellTextJoiningBrokenWords(size_t column) const;
  size_t FilledCells() const;
};

struct Unit {
  enum class Kind { kLine, kRow } kind = Kind::kLine;
  const Line* line = nullptr;  // kLine
  Row row;                     // kRow
};

// Where BuildUnits hands the units, in document order.
using UnitSink = std::function<void(Unit&&)>;

// The tables the layout stage structured, by id, as BuildUnits reads them.
// They are read before the walk: reading them needs the words' boxes and
// type, which extraction may free once they are read (extract.h).
struct UnitTables {
  std::vector<Table> tables;
  std::map<int, size_t> table;                // Line::table -> tables
  std::map<std::pair<int, int>, size_t> row;  // (table, Line::row) -> rows of that table
};
UnitTables ReadUnitTables(const Document& doc);

// `tables` are ReadUnitTables(doc), read before any word of `doc` was freed.
void BuildUnits(const Document& doc, const UnitTables& tables, const UnitSink& emit);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_ROWS_H_
