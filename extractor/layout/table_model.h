// Reads the tables of a Document back as rows of cells (extractor/model/
// table.h): the lines of a table that share Line::row are one row, and a
// cell's lines are the texts its column has on them, also across a page
// break. A row whose lines give one column a spanning cell on one line and
// several cells on another keeps the widest (the layout stage makes such
// lines separate rows; tables from text inputs have no spans). Works for
// the tables the layout stage structured and for those text inputs mark
// themselves (tabs, HTML cells), which have no boxes.
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLE_MODEL_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLE_MODEL_H_

#include <vector>

#include "extractor/model/document.h"
#include "extractor/model/table.h"

namespace bilag {

// Every table, in order of its first line; side-column lines are no part
// of one.
std::vector<Table> ReadTables(const Document& doc);
// Only the tables the layout stage structured (a line with
// Line::exact_rows): the others are read from their lines, and the model
// of every tab-separated table of a large text would be a second copy of it.
std::vector<Table> ReadStructuredTables(const Document& doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLE_MODEL_H_
