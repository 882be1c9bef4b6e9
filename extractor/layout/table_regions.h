// Which lines of a page form a table, and which tables go on across a page
// break.
//
//   - A part of a table is a run of table-row lines (two pieces or more; a
//     lone "-" counts, it means "no value") on one page, with the lines
//     among them that have one piece: a wrapped cell (a line inside one
//     column), and a group or theme row ("Dagtilbud og skole", "TIDLIG
//     INDSATS OG SPROG") that table rows follow. A line of one piece that no
//     table row follows ends the part, and below the last row such a line
//     belongs to it only at the table's leading: one set farther down is a
//     note under the table. Inside a ruled table the rulings say what
//     belongs to it.
//   - A part that ends a page and one with the same columns that starts the
//     next page are one table when only page furniture lies between them
//     (running headers and footers: in a margin, and on another page too;
//     page numbers), or, above the second, a repeat of a caption that stood
//     above the first ("Handleplan 2015: ..."), or, below a first part that
//     is a header alone, a group row that opens the rows on the next page.
//     Lines at the top of the next page that continue a cell (one piece in
//     one column) join the second part, and there one line of cells (the
//     rest of a row) is a part too.
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLE_REGIONS_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLE_REGIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/layout/grids.h"
#include "extractor/layout/table_columns.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// A table's lines on one page, in reading order.
struct Part {
  size_t page = 0;
  std::vector<size_t> lines;
  std::optional<Grid> grid;  // the ruled table it lies in, if any
  ColumnModel columns;       // the part's own columns (set by FindParts)
  // One row of cells at the top of a page: a table only as the rest of one
  // on the page before (a row carried over the break).
  bool lone = false;
  // The page's line gaps over the part's height (side-only lines of text
  // laid out with spaces take no room), for telling its rows apart.
  LineGaps gaps;
};

// A line set below a table farther than its leading that starts with one of
// `note_words` ("Note", "Kilde": the rules' [[table_note]]), an asterisk or
// "1)" is a note under the table, not its last row's rest; one that opens
// with the bullet (`markers`) of the list its cell above holds is that
// list's next item.
std::vector<Part> FindParts(const Document& doc, const std::vector<std::string>& note_words,
                            const ListMarkers& markers);

// Sets the part's columns from its lines (its grid's, or their alignment).
void SetColumns(const Page& page, Part* part);

// Whether `next` continues `part` on the following page; if so, lines above
// `next` that continue its cells are added to it, and group rows below
// `part` at its page's end to `part`.
bool Continues(const Document& doc, Part* part, Part* next);

// Pieces of a line that count as cells: wider than a speck, or a dash.
std::vector<Span> CellPieces(const Line& line, const Page& page);

// The pieces a line gives the column model: its cells, cut again at gaps
// between words wider than a word space (`split_gap`, table_columns.h). Ingest keeps
// figures of narrow columns together ("12.450 12.800" 20 points apart at 9
// points): within one table such a gap still parts two columns, while
// justified text in one column leaves gaps that line up with no other
// line's.
std::vector<Span> ColumnPieces(const Line& line, const Page& page, double split_gap);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLE_REGIONS_H_
