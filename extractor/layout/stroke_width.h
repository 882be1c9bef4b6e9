// How thick a word's strokes are in a grey image: what tells bold from
// regular type on a scan, where no font name says it.
//
// A horizontal pixel row through a word crosses its upright stems, so the
// dark runs along the rows are, most of them, a stem's width. Runs longer
// than a third of the box's height are a bar, a serif joined to the next
// letter or an underline, not a stem, and are left out; the mean of the
// rest keeps a fraction of a pixel that a median of whole pixels would
// lose at 150-200 dpi, where a regular stem is two pixels and a bold one
// three. Dark is darker than the midpoint of the box's own darkest and
// lightest grey, so a faint copy and a dark one measure alike.
#ifndef BILAG_EXTRACTOR_LAYOUT_STROKE_WIDTH_H_
#define BILAG_EXTRACTOR_LAYOUT_STROKE_WIDTH_H_

#include "extractor/model/gray_image.h"

namespace bilag {

// Too little contrast inside a box to tell ink from paper.
inline constexpr int kMinStrokeContrast = 64;

// The mean stem width, in pixels, of the ink in the box [x0, x1) x [y0, y1)
// (clipped to the image); 0 when the box holds no measurable ink.
double StrokeWidth(const GrayImage& image, int x0, int y0, int x1, int y1);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_STROKE_WIDTH_H_
