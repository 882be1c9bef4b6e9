// Rows: the document as a sequence of units the extraction walks — single
// lines of prose, and logical table rows. A logical row gathers every line
// that belongs to one table row: the lines of one source row (HTML cells with
// several paragraphs), PDF lines that continue a row's cells below it, and a
// row continued after a page break (its first cell empty).
#ifndef BILAG_EXTRACTOR_EXTRACT_ROWS_H_
#define BILAG_EXTRACTOR_EXTRACT_ROWS_H_

#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

// One line of a cell's text with its place in the document.
struct Segment {
  std::string text;
  int page = 0, line = 0;
  bool bold = false;
  double x0 = -1, x1 = -1;  // horizontal extent in points (PDF/OCR); -1 = unknown
};

struct Row {
  std::vector<std::vector<Segment>> cells;  // by column; a cell may be empty
  int page = 0, line = 0;                   // where the row starts
  bool from_pdf = false;                    // lines are visual wraps, not paragraphs

  // Whether cells carry x positions (PDF and OCR rows).
  bool HasGeometry() const;
  // The cell's lines joined by `separator`.
  std::string CellText(size_t column, const char* separator = "\n") const;
  size_t FilledCells() const;
};

struct Unit {
  enum class Kind { kLine, kRow } kind = Kind::kLine;
  const Line* line = nullptr;  // kLine
  Row row;                     // kRow
};

std::vector<Unit> BuildUnits(const Document& doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_ROWS_H_
