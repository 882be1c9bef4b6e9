// OCR as part of ingest: which pages are read with Tesseract, and how what it
// reads joins the Document. IngestBytes calls OcrPdfPages after the PDF's
// text layer was read, and IngestImage for PNG, JPEG and TIFF inputs.
//
// Which pages (OcrOptions::mode):
//   auto    PDF pages without a text layer (Page::needs_ocr) and pages whose
//           layer looks broken (extractor/ocr/text_layer_quality.h);
//           every frame of an image.
//   always  every readable PDF page, every frame of an image.
//   never   none: a PDF without text on any page and every image fail with
//           needs-ocr; a scanned page among text pages keeps its
//           "page-needs-ocr" warning.
// At most OcrOptions::max_pages pages of a document are OCRed, the first
// ones; PDF pages are rendered at OcrOptions::dpi (poppler, 8-bit grey),
// image frames decoded as they are and placed by the resolution their file
// states (when it is at least kMinOcrDpi; else OcrOptions::dpi), so that a
// word's box is in points either way. Pages run in parallel on
// OcrOptions::jobs workers and are cached (extractor/ocr/ocr_runner.h,
// extractor/ocr/ocr_cache.h).
//
// What the Document gets:
//   - an OCRed page's words and lines (extractor/ocr/ocr_page.h) replace
//     its text layer; needs_ocr is cleared.
//   - "ocr-applied": which pages were OCRed and why, one warning per reason
//     ("pages 1-3, 5 were read with OCR: no text layer"); tied to the page
//     when there is one. It counts the words dropped because they were a
//     table's ruling lines ("...; 12 ruling lines read as text were
//     dropped"), never names them.
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
//   needs-ocr        mode never, and nothing is readable without OCR
//   ocr-unavailable  the language model cannot be loaded (and some page
//                    needed it)
//   ocr-failed       every page needed OCR and none could be read
//   image-damaged    an image whose header cannot be read at all
#ifndef BILAG_EXTRACTOR_OCR_OCR_PAGES_H_
#define BILAG_EXTRACTOR_OCR_OCR_PAGES_H_

#include <string>

#include "extractor/base/status.h"
#include "extractor/ingest/ingest.h"
#include "extractor/model/document.h"

namespace bilag {

// `pdf_status` is what IngestPdf returned for `bytes` into *doc. Returns the
// status of the whole ingest: pdf_status unchanged when it is a failure
// other than needs-ocr, else as described above.
Status OcrPdfPages(const std::string& bytes, const IngestOptions& options, const Status& pdf_status,
                   Document* doc);

// Fills doc->pages from an image input (one page per frame), doc->media_type
// already set.
Status IngestImage(const std::string& bytes, const IngestOptions& options, Document* doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_PAGES_H_
