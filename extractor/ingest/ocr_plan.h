// Ingest's half of OCR: which pages need it and why (model/ocr_plan.h), from
// what ingest read. The OCR stage (extractor/ocr/ocr_pages.h) takes the plan.
//
// Which pages (OcrOptions::mode):
//   auto    PDF pages without a text layer (Page::needs_ocr), pages whose
//           layer looks broken and pages whose layer reads like OCR without
//           a Danish model (extractor/ocr/text_layer_quality.h; the latter
//           only when OcrOptions::lang has "dan"); every frame of an image.
//   always  every readable PDF page, every frame of an image.
//   never   none (ingest does not ask for a plan): a PDF without text on any
//           page and every image fail with needs-ocr; a scanned page among
//           text pages keeps its "page-needs-ocr" warning.
#ifndef BILAG_EXTRACTOR_INGEST_OCR_PLAN_H_
#define BILAG_EXTRACTOR_INGEST_OCR_PLAN_H_

#include "extractor/model/document.h"
#include "extractor/model/ocr_plan.h"
#include "extractor/ocr/ocr_options.h"

namespace bilag {

// The plan for a PDF whose text layer IngestPdf read into `doc`;
// `nothing_readable` when IngestPdf found text on no page.
OcrPlan PlanPdfOcr(const Document& doc, const OcrOptions& options, bool nothing_readable);

// The plan for an image input: every frame (doc.pages, one per frame).
OcrPlan PlanImageOcr(const Document& doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_OCR_PLAN_H_
