// Scans are seldom straight. A page turned by one degree sets the two ends
// of a 15 cm table row 2.6 mm apart in height: more than the gap between
// two lines of a cell, so rows, and the lines of a row that Tesseract read
// column by column, cannot be told apart by the boxes OCR gives. The turn
// is measured on Tesseract's own text lines (the slope of their words'
// centres; the median over the long lines) and every word and ruling is
// turned back about the page's centre before lines and cells are built.
// Page::deskew keeps the angle, so that what is drawn over the page image
// (`bilag report`) can be turned back onto it.
#ifndef BILAG_EXTRACTOR_OCR_OCR_DESKEW_H_
#define BILAG_EXTRACTOR_OCR_OCR_DESKEW_H_

#include "extractor/ocr/ocr.h"

namespace bilag {

// Lines that measure the turn: at least this many words over at least this
// share of the page's width, and at least kMinSkewLines of them.
inline constexpr int kMinSkewWords = 4;
inline constexpr double kMinSkewLineShare = 0.2;
inline constexpr int kMinSkewLines = 3;
// Turns smaller than this are left alone (a tenth of a point over a row);
// larger than kMaxSkewDegrees are no scanner's: the measure is wrong.
inline constexpr double kMinSkewDegrees = 0.05;
inline constexpr double kMaxSkewDegrees = 5;

// The angle (radians) to turn the page's words by to make its lines level,
// 0 when it cannot be told or is too small to matter.
double MeasureSkew(const OcrPageResult& result);

// `result` with its words (pixels) and rulings (points, the page
// `points_per_pixel` times the image) turned by `angle` about the centre.
OcrPageResult Deskewed(const OcrPageResult& result, double angle, double points_per_pixel);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_DESKEW_H_
