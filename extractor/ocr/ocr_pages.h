// The OCR stage: reads the pages of an OcrPlan with Tesseract, and puts what
// it reads into the Document. Ingest makes the plan (which pages and why:
// extractor/ingest/ocr_plan.h) and hands it over with the input's bytes:
// OcrPdfPages after a PDF's text layer was read, OcrImagePages for the frames
// of a PNG, JPEG or TIFF input.
//
// At most OcrOptions::max_pages pages of a document are OCRed, the first
// ones; PDF pages are rendered at OcrOptions::dpi (poppler, 8-bit grey; a
// page that is one scanned image is computed to the same pixels without
// drawing it, extractor/render/pdf_page_image.h). Image frames
// are decoded as they are and placed by the resolution their file states
// (when it is at least kMinOcrDpi; else OcrOptions::dpi), so that a word's
// box is in points either way. Pages run in parallel on OcrOptions::jobs
// workers and are cached (extractor/ocr/ocr_runner.h,
// extractor/ocr/ocr_cache.h).
//
// What the Document gets:
//   - an OCRed page's words and lines (extractor/ocr/ocr_page.h) replace
//     its text layer; needs_ocr is cleared.
//   - "ocr-applied": which pages were OCRed and why, one warning per reason
//     ("pages 1-3, 5 were read with OCR: no text layer"); tied to the page
//     when there is one. It counts the words dropped because they were a
//     table's ruling lines or specks ("...; 12 ruling lines or specks read
//     as text were dropped"), never names them.
//   - an OCRed page's rulings (Page::rulings) are found in the image OCR
//     read, and cached with its words.
//   - "ocr-failed": a page that could not be rendered, decoded or OCRed (or
//     is too large even at kMinOcrDpi); it keeps what it had, the other
//     pages go on.
//   - "ocr-dpi-reduced": a page rendered or scaled below the asked
//     resolution to stay under OcrOptions::max_pixels_per_page.
//   - "ocr-page-limit": more pages needed OCR than max_pages; names the
//     pages left as they were.
//   - "ocr-cache-error": the cache could not be written (once per document;
//     the results are used all the same).
//   - Document::ocr: engine, language, the pages OCR read and their mean
//     word confidence; unset when no page was OCRed.
//   pdf_ingest's "page-needs-ocr" warnings are dropped for pages this stage
//   handled (read, failed or left out by the limit: each gets its own).
//
// Failures (Status):
//   needs-ocr        the plan says nothing is readable without OCR, and
//                    OCR read no page (no page was planned or it failed)
//   ocr-unavailable  the language model cannot be loaded (and some page
//                    needed it)
//   ocr-failed       every page needed OCR and none could be read
#ifndef BILAG_EXTRACTOR_OCR_OCR_PAGES_H_
#define BILAG_EXTRACTOR_OCR_OCR_PAGES_H_

#include <string>

#include "extractor/base/status.h"
#include "extractor/model/document.h"
#include "extractor/model/ocr_plan.h"
#include "extractor/ocr/ocr_options.h"

namespace bilag {

// Reads the PDF pages `plan` names, rendering them from `bytes` (opened with
// `password`). Returns the status of the whole input: when
// plan.nothing_readable, a failure unless some page was read.
Status OcrPdfPages(const std::string& bytes, const std::string& password, const OcrPlan& plan,
                   const OcrOptions& options, Document* doc);

// Reads the image frames `plan` names (doc->pages holds one empty page per
// frame).
Status OcrImagePages(const std::string& bytes, const OcrPlan& plan, const OcrOptions& options,
                     Document* doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_PAGES_H_
