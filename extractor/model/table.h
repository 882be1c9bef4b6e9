// A table as rows of cells: what the layout stage found, read back from the
// Lines that hold it (extractor/layout/table_model.h), for the extraction
// (extractor/extract/rows.h) and `bilag text --layout --json`.
//
// The Lines stay the one source of text: normalisation and OCR repair
// change them after the layout stage, so a Table is read from them when it
// is needed rather than kept beside them.
#ifndef BILAG_EXTRACTOR_MODEL_TABLE_H_
#define BILAG_EXTRACTOR_MODEL_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

// One line of a cell's text, with where it is. The text is a view of the
// Line's (or its Cell's) own text, not a copy: the extraction reads every
// table of the document before its first line, and copies would hold the
// tables' text twice for the whole run. A Table therefore lives no longer
// than the Document it was read from, and no stage changes that Document's
// lines while the Table is in use (all its readers hold the Document const).
struct CellLine {
  std::string_view text;
  int page = 0, line = 0;  // 1-based: the Line it is part of
  bool bold = false;
  // A line not bold throughout: how many of its first words are bold ("Name
  // in bold Description ..." in one cell); 0 otherwise.
  int bold_words = 0;
  Box box;  // its words; all -1 for text without geometry
  bool HasBox() const { return box.x1 >= 0; }
};

struct TableCell {
  int column = 0;               // 0-based first column
  int colspan = 1;              // columns it covers
  std::vector<CellLine> lines;  // top to bottom (over pages); empty = an empty cell

  std::string Text(std::string_view separator = " ") const {
    std::string text;
    for (const CellLine& line : lines) {
      if (line.text.empty()) continue;
      if (!text.empty()) text += separator;
      text += line.text;
    }
    return text;
  }
};

struct TableRow {
  int id = 0;                    // Line::row of its lines
  bool header = false;           // a header row of the table
  bool repeated_header = false;  // the table's head repeated on a later page: no data
  std::vector<TableCell> cells;  // left to right; a spanning cell once, empty cells too
};

struct Table {
  int id = 0;  // Line::table of its lines
  int columns = 0;
  int header_rows = 0;  // rows with `header` (repeats not counted)
  // Each column's full header: the texts of the header cells over it, top
  // to bottom ("Resultatkrav 2011" under a spanning "Resultatkrav").
  std::vector<std::string> headers;
  // Each column's x extent in points (x0 = x1 = -1 without geometry).
  std::vector<std::pair<double, double>> column_extents;
  std::vector<TableRow> rows;  // in reading order
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_TABLE_H_
