// Tables from aligned cells ("stream" tables, in Camelot's terms): ingest
// cuts a line into cells at wide gaps, each cell with its x extent; this
// stage finds which lines form one table and gives every cell its column.
//
//   - A table is a run of table-row lines, with the lines that continue a
//     cell below it (a wrapped name: a line inside one column's extent).
//     Below its last row such a line belongs to it only at the table's
//     leading: one set farther down is a note under the table.
//   - Its columns come from its fullest rows; a row with fewer cells (an
//     empty cell in the middle, a wrapped header's second line) gets each
//     cell in the column it overlaps most, and empty cells where it has
//     none, so Cell::column and the cell's index agree for every row.
//   - Row ids: when the table's line gaps fall in two groups (cell padding
//     between rows, leading within a cell), the wider gaps separate rows
//     and the rows are exact (Line::exact_rows); otherwise a line whose
//     first cell is filled, and not in lower case, starts a row, and lines
//     below it with an empty first cell, and continuation lines, belong to
//     it. Ruled tables (grids.h) take their rows from their rulings.
//   - The first row is the header when it holds no numbers but years (and
//     numbers in brackets: "(i 1.000 kr.)"); a header line below it with an
//     empty first cell ("2011  2010" under "Resultatkrav") is header too.
//   - A table that ends a page and one with the same columns that starts
//     the next page are one table; a first row there that repeats the
//     header is marked Line::repeated_header, and a line with an empty
//     first cell at the top of the next part (or below its repeated
//     header) carries the last row of the page before on, with its id.
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLES_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLES_H_

#include "extractor/model/document.h"

namespace bilag::layout {

// Returns the number of tables found.
int StructureTables(Document* doc);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLES_H_
