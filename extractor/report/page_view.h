// The text half of a document's report: every page's lines numbered
// page:line as `bilag text -n` prints them, with the marks of Highlights,
// the OCR repairs and the warnings at the lines they refer to; for scanned
// pages also the OCR words at their boxes: over the page's image when there
// is one (values as boxes in their kind's colour, the words' text invisible
// but selectable), else as text.
//
// Built for long documents: each page is one section that the browser lays
// out only when it nears the viewport (content-visibility), with a height
// estimate so the scroll bar is right; OCR word boxes travel as compact JSON
// that the page's script turns into elements only for pages on screen, and
// page images get their src (a data: URI) only when near the screen.
// Line k of a page is the k-th child of the page's ".lines" element: the
// script finds lines by that, so nothing else may be a child there.
#ifndef BILAG_EXTRACTOR_REPORT_PAGE_VIEW_H_
#define BILAG_EXTRACTOR_REPORT_PAGE_VIEW_H_

#include <string>

#include "extractor/model/document.h"
#include "extractor/report/marks.h"
#include "extractor/report/report.h"

namespace bilag::report {

// Appends one <section class="page" id="d<doc_id>p<page>"> per page.
// `images` holds the scanned pages' images by page number.
void AppendPages(const Document& doc, int doc_id, const Highlights& highlights,
                 const ScanImages& images, std::string* out);

// True when OCR read some of the page (a word with a confidence).
bool IsScanned(const Page& page);

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_PAGE_VIEW_H_
