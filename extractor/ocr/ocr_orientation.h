// Scans fed in sideways or upside down. Tesseract reads a page turned a
// quarter (its lines then run down the image) with high confidence, but
// its lines come out as columns and the page's rows in the wrong order; a
// page upside down it reads as nonsense with low confidence. Neither
// happens to an upright page, so only a page whose first reading looks
// turned pays for orientation detection (Tesseract's OSD, ocr.h) and, when
// that finds a turn, for a second reading of the page turned back.
#ifndef BILAG_EXTRACTOR_OCR_OCR_ORIENTATION_H_
#define BILAG_EXTRACTOR_OCR_OCR_ORIENTATION_H_

#include "extractor/model/gray_image.h"
#include "extractor/ocr/ocr.h"

namespace bilag {

// A word of at least kMinTellingLetters bytes is wider than tall when its
// text runs across the image; when more than kMaxTallWordShare of such
// words are taller than wide, the text runs down the page. Upright scans
// have none: even "Ill" is wider than tall.
inline constexpr int kMinTellingLetters = 4;
inline constexpr double kMaxTallWordShare = 0.5;
// Upright scans read at 90-96 mean confidence (tests/fixtures), a page
// upside down at ~45; a poor upright scan below this only costs an
// orientation check that finds no turn.
inline constexpr double kMinUprightConfidence = 70;

// Whether the reading suggests a turned page: mostly tall words, or a low
// mean confidence.
bool LooksTurned(const OcrPageResult& result);

// Mean word confidence of a reading, 0 without words.
double MeanConfidence(const OcrPageResult& result);

// Whether the reading of the page turned back by `quarter_turns` replaces
// the first. A quarter turn always does: Tesseract reads a sideways page
// with high confidence, as columns. A half turn only when it reads with
// more confidence: a poor upright scan (a 1-bit page at 150 dpi reads at
// ~60) that orientation detection took for upside down reads as nonsense
// turned.
bool ReadsBetterTurned(const OcrPageResult& first, const OcrPageResult& turned, int quarter_turns);

// `image` turned by `quarter_turns` quarter turns clockwise (0..3).
GrayImage TurnedImage(const GrayImage& image, int quarter_turns);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_ORIENTATION_H_
