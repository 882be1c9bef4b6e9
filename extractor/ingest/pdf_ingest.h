// PDF ingest through poppler. Each page's words come from one pass of
// poppler's TextOutputDev (pdf_drawing.h; poppler-cpp's text_list() when
// that fails) with their boxes, font and size; lines are built from the
// words (grouped by vertical centre, ordered by x), and a wide horizontal
// gap between words starts a new Cell, so a table row in a PDF looks like a
// tab-separated row in text input.
//
// What the pages look like afterwards:
//   - Page::width/height are the page as displayed (after /Rotate), in
//     points; word boxes use the same frame, origin top-left.
//   - Lines run top to bottom; a line's words left to right (turned text,
//     such as a margin note, in its own reading direction).
//   - A line with a wide gap is a kTableRow whose cells carry their x extent;
//     the gap rule is in pdf_ingest.cpp. table/row stay 0: the layout stage
//     decides which rows form a table.
//   - Words are as poppler reads them: hyphens, ligatures and odd spaces are
//     left for the normalise stage.
//   - Line::bold when every word's font name says bold/black/heavy.
#ifndef BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_
#define BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_

#include <string>
#include <string_view>

#include "extractor/base/status.h"
#include "extractor/ingest/ingest.h"
#include "extractor/model/document.h"

namespace bilag {

// Fills doc->pages from the PDF in `bytes` (replacing any pages there). Fails
// with pdf-damaged (not loadable), pdf-encrypted (locked, and
// options.password opens it neither as user nor as owner password) or
// pdf-no-pages. A page without any text is marked needs_ocr and gets a
// "page-needs-ocr" warning; when every page needs OCR, IngestPdf fails with
// needs-ocr (doc->pages then holds the empty pages) until OCR exists. A
// page poppler cannot find in a damaged file gets a "page-unreadable" warning.
//
// Long PDFs are read by several threads (up to 4, at least 4 pages each),
// each with its own poppler document. Safe to call from several threads at
// once for different documents. poppler's own messages are silenced.
Status IngestPdf(const std::string& bytes, const IngestOptions& options, Document* doc);

// Replaces page->lines with lines built from page->words, all upright, by
// the grouping and cell gap rule that PDF pages get: text laid out with
// spaces (text_grid.h) places its words on a page and reads them back
// through this, so its rows split into cells as a PDF's do. `grid_space`
// is the width of one character there (0 on a page of real text): a gap of
// one character is a line's ordinary word space, however few gaps are one.
void BuildLinesFromWords(Page* page, double grid_space = 0);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_
