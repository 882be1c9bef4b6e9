// A table's rows: which of its lines belong together, which rows are its
// header, and which row a page break cut in two.
//
// A row is the table's real row, whatever its height. Between two lines of
// a part a new row starts where
//   - a ruling runs between them (a grid, or horizontal rules across the
//     table: in a table ruled between its rows only rulings and the
//     spacing of ruled rows separate rows, down to its last inner ruling:
//     below the rules around a header, rows are told as without rulings).
//     A band between two rulings that holds two rows of figures is a frame
//     around rows, not a row (a box around the table, rules under the
//     header and over the totals): inside it rows are told as without
//     rulings;
//   - the column structure changes: a cell spanning columns above cells
//     of those columns ("Resultatkrav" over "2011 | 2012"), a group row
//     across the table above or below ordinary cells;
//   - the gap is wider than the table's leading by cell padding (the gaps
//     between its lines fall in two groups, and the wider ones separate
//     rows more than once);
//   - two lines each hold a complete row of figures (the same columns
//     filled with a few words each, numbers other than years among them, a
//     first cell that starts afresh): budget rows set at the leading, also
//     with a short answer in lower case ("no", "yes"), and under labels in
//     lower case when both fill two columns or more ("sex", "ethnicty" in
//     statistics output); or a header of a few words per column stands
//     over such a row in the columns it names;
//   - otherwise, without rulings or padding, a line whose first cell starts
//     afresh (filled, not in lower case) while no other cell goes on in
//     lower case; lines of a multi-line header cell ("Resultatkrav" /
//     "2005") stay together.
// A line whose first cell is empty, or whose cells go on in lower case,
// thus continues its row, and a cell that wraps over many lines never
// splits it. A first cell alone that starts clearly left of the cell above
// (a group's name over indented members), or that is set in bold or
// capitals (a group row), is no rest of that cell.
//
// The head of a table is its title rows (one cell, "Handleplan 2015:
// KULTUR") and its header rows: the first row with several cells that
// holds no numbers but years and bracketed units, and names its columns
// (bold, a year, an empty corner cell, or three columns or more), and the
// rows right below it that read as header too (an empty corner and years
// under spanning cells). A header cell over sub-headers spans all the
// columns it stands over: where it leaves columns empty that the row below
// names, it widens over them to the columns whose middle is nearest its
// own (text laid out with spaces may set "Resultat" over only the second
// of its years). In text laid out with spaces, a header line's words run
// together over two columns go to the columns whose cells of the line
// above they stand under ("rav 2011 2010" under "Resultatk | Resultat").
// On a later page, rows that repeat the head are
// Line::repeated_header; the first row after them whose first cell is
// empty or goes on in lower case continues the last row of the page before
// and takes its id.
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLE_ROWS_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLE_ROWS_H_

#include <string>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/layout/table_regions.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// Sets Line::table, row, header, repeated_header and exact_rows for the
// lines of one table (its parts in reading order; their lines already
// hold one cell per column, placed by `model` in the first part). Row ids
// continue from *next_row. A cell's further item (a bullet of `markers`)
// goes on with its cell, it starts no row. A day before one of
// `month_words` (LayoutOptions::month_words: "1. oktober") is a date, which
// a header may hold, not a figure.
void MarkRows(const std::vector<const Part*>& parts, const ColumnModel& model,
              const ListMarkers& markers, const std::vector<std::string>& month_words, int table_id,
              int* next_row, Document* doc);

// Whether the line reads as a table header: names and years, no figure
// that is a value, no dash for an empty cell.
bool LooksLikeHeaderLine(const Line& line, const std::vector<std::string>& month_words);

// Whether the part's first line reads as a table header.
bool OpensWithHeader(const Page& page, const Part& part,
                     const std::vector<std::string>& month_words);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLE_ROWS_H_
