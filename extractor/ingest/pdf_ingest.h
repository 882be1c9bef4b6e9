// PDF ingest through poppler-cpp: the only file in bilag that includes
// poppler. Each page's words come from text_list() with their boxes; lines
// are built from the words (grouped by baseline, ordered by x), and a wide
// horizontal gap between words starts a new Cell, so a table row in a PDF
// looks like a tab-separated row in text input.
#ifndef BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_
#define BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_

#include <string>
#include <string_view>

#include "extractor/base/status.h"
#include "extractor/ingest/ingest.h"
#include "extractor/model/document.h"

namespace bilag {

// Fills doc->pages from the PDF in `bytes`. Pages without any text are marked
// needs_ocr. Fails with pdf-damaged, pdf-encrypted or pdf-no-pages; a
// document where every page needs OCR fails with needs-ocr until OCR exists.
Status IngestPdf(const std::string& bytes, const IngestOptions& options, Document* doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PDF_INGEST_H_
