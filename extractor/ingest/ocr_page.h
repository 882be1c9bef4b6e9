// Turns what OCR read on a page image into the Document's Page: the same
// shape a PDF text layer gives (extractor/ingest/pdf_ingest.h), so later
// stages need not know where the words came from.
//
//   - Word boxes are in PDF points, origin top-left: pixels * 72 / dpi.
//     Word::confidence is Tesseract's (0..100) and kept for every word, low
//     or not; font, font_size and bold are unknown (empty, 0, false).
//   - Lines follow Tesseract's text lines, top to bottom. Tesseract reads a
//     table's columns as separate blocks, so a visual row comes back as
//     several text lines side by side; such lines are joined into one Line,
//     left to right, when the end of one and the start of the next sit at
//     the same height (scans are seldom straight: whole-line boxes of two
//     neighbouring lines of a turned page overlap). Each joined piece starts
//     a Cell, as does a gap wider than kOcrCellGapLines word heights inside
//     one piece; a Line with several cells is a kTableRow whose cells carry
//     their x extents, like a PDF table row.
//   - Page::words are ordered as the lines use them; Line::words index them.
//   - page->width/height are kept when set (a PDF page), else taken from
//     the image.
#ifndef BILAG_EXTRACTOR_INGEST_OCR_PAGE_H_
#define BILAG_EXTRACTOR_INGEST_OCR_PAGE_H_

#include "extractor/ingest/ocr.h"
#include "extractor/model/document.h"

namespace bilag {

inline constexpr double kOcrCellGapLines = 2.0;

// Replaces page->words and page->lines with `result`; clears needs_ocr.
void FillPageFromOcr(const OcrPageResult& result, Page* page);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_OCR_PAGE_H_
