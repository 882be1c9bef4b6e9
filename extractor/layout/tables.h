// Tables from word boxes and rulings: which lines form a table, its
// columns, every line's cells in them, its rows and header, and where it
// goes on across a page break. The steps have their own files:
//
//   table_regions.h  which lines of a page form a table (a part), and which
//                    parts on consecutive pages are one table;
//   table_columns.h  the columns, from alignment across the whole table or
//                    from vertical rulings, and each line's cells in them
//                    (spanning cells too);
//   table_rows.h     the rows (rulings, padding, the first column, the
//                    column structure), the header rows, a header repeated
//                    on a later page, a row carried over a page break.
//
// What it leaves: every line of a table has one cell per column
// (Cell::column == its index, Cell::span for spanning cells), and
// Line::table, Line::row, Line::header, Line::repeated_header and
// Line::exact_rows are set. table_model.h reads a table back as rows and
// cells, with each column's full header text.
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLES_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLES_H_

#include "extractor/layout/layout.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// Returns the number of tables found. The options hold the rules' words:
// a bullet keeps its item in one cell and a cell's further item starts no
// row; a note word under a table ends it.
int StructureTables(Document* doc, const LayoutOptions& options);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLES_H_
