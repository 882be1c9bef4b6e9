// Ruling lines (a table's borders and grid) found in a grey page image: the
// lattice half of table reading. Scans are searched in the image OCR reads;
// text-layer pages take their rulings from the page's drawing operators
// (pdf_drawing.h), and are rendered at a low resolution for this only when
// their drawing cannot be read.
//
// A ruling is a long thin run of dark pixels: at least kMinRulingPoints
// long (or a grid's shorter segment between two such rulings), with light
// pixels a few points above and below it (a shaded cell is no ruling). A
// scan is seldom straight, so a line turned by a degree shows up as short
// runs in neighbouring pixel rows; runs that touch end to end one pixel row
// apart are chained into one ruling, which keeps its slope. A dashed rule
// across the page is one ruling too.
#ifndef BILAG_EXTRACTOR_LAYOUT_RULINGS_H_
#define BILAG_EXTRACTOR_LAYOUT_RULINGS_H_

#include <vector>

#include "extractor/model/document.h"
#include "extractor/model/gray_image.h"

namespace bilag {

inline constexpr double kMinRulingPoints = 40;
// A shorter piece of a line is a ruling only where it runs from one long
// ruling across it to another: a grid's inner border beside a row of one
// line of text, between two rows spanned across the table (group rows).
inline constexpr double kMinGridSegmentPoints = 12;
// How far apart two pieces' lines, or ends, may lie and still be one
// border, or one row's (WithGridSegments on a scan).
inline constexpr double kGridBorderAlignPoints = 3;
// Text-layer pages whose drawing cannot be read are rendered at this
// resolution to find their rulings: a hairline still darkens its pixel row.
inline constexpr double kRulingDpi = 50;

// Rulings in `image`, in points (one pixel is `points_per_pixel` points),
// horizontal ones first, each group sorted by position.
std::vector<Ruling> FindRulings(const GrayImage& image, double points_per_pixel);

// `rulings` (each at least kMinRulingPoints long) with those of `pieces`
// (shorter ones, at least kMinGridSegmentPoints) whose two ends both meet a
// ruling across them, horizontal ones first, each group sorted by position.
// `on_scan`: pieces are strokes of an image, which may be letters' stems;
// each must then be continued by a ruling or another piece, or part its row
// with another piece (kGridBorderAlignPoints).
std::vector<Ruling> WithGridSegments(std::vector<Ruling> rulings, const std::vector<Ruling>& pieces,
                                     bool on_scan);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_RULINGS_H_
