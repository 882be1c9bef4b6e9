// Shared geometry of the layout stage: where a line's parts sit on the page.
// Ingest gives every PDF and OCR line its words (with boxes) and, for a line
// with wide gaps, cells with x extents; so does text laid out with spaces
// (on a character grid). Other text inputs have neither, and the layout
// stage leaves them as they are.
#ifndef BILAG_EXTRACTOR_LAYOUT_GEOMETRY_H_
#define BILAG_EXTRACTOR_LAYOUT_GEOMETRY_H_

#include <string_view>
#include <vector>

#include "extractor/model/document.h"

namespace bilag::layout {

// OCR reads specks of a scan as lone characters ("å", ";"): a piece
// narrower than this starts no cell, column or side column.
inline constexpr double kSpeckPoints = 4;

// Whether a narrow cell is a mark statistics tables set for "no value": a
// dash, or (Eurostat's) a colon. A text layer draws its colon, while OCR
// may read a speck as one: there only a dash counts.
bool IsNoValueMark(std::string_view text, const Page& page);

// A horizontal stretch of a line: one cell, or the whole line when it has
// no cells. Points, page coordinates.
struct Span {
  double x0 = 0, x1 = 0;
  double Width() const { return x1 - x0; }
  double Overlap(const Span& other) const;
};

// The line's cells as spans, or its words' extent as one span; empty when
// the line has no geometry (a text input, or a blank line).
std::vector<Span> PiecesOf(const Line& line, const Page& page);

// Top and bottom of the line's words; {0, 0} without words.
struct Band {
  double y0 = 0, y1 = 0;
};
Band BandOf(const Line& line, const Page& page);

// Whether the page carries word geometry at all.
bool HasGeometry(const Page& page);

// Text laid out with spaces: every word on the character grid, without a
// font and without an OCR confidence.
bool LaidOutWithSpaces(const Page& page);

// The vertical gaps between a page's lines, for the layout stage to tell
// rows and tables apart by. On a page of text laid out with spaces (words
// on a character grid: no fonts, no OCR) a line that holds only side-column
// text takes no room from a table beside it: the tool that wrote the text
// gave the side column lines of its own between the table's lines
// (`pdftotext -layout` does), where the page had none.
class LineGaps {
 public:
  LineGaps() = default;
  explicit LineGaps(const Page& page);
  // Between the bottom of `upper` and the top of `lower` (upper above).
  double Between(const Band& upper, const Band& lower) const;
  // The same gaps for lines between y0 and y1 only: what a table keeps.
  LineGaps Within(double y0, double y1) const;

 private:
  std::vector<Band> side_only_;  // by y0; empty unless laid out with spaces
};

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_GEOMETRY_H_
