// Which pages of a Document the OCR stage reads, and why. Ingest makes the
// plan from what it read (extractor/ingest/ocr_plan.h: a PDF's text layer, an
// image's frames); the OCR stage (extractor/ocr/ocr_pages.h) reads the pages
// it names and no others, so the reasons are decided in one place.
#ifndef BILAG_EXTRACTOR_MODEL_OCR_PLAN_H_
#define BILAG_EXTRACTOR_MODEL_OCR_PLAN_H_

#include <string>
#include <vector>

namespace bilag {

struct PageNeed {
  enum class Why {
    kForced,           // --ocr always: every readable page
    kNoTextLayer,      // a PDF page without text (Page::needs_ocr)
    kPoorTextLayer,    // a text layer that looks broken
    kForeignOcrLayer,  // a layer made by OCR without the Danish model
    kImage,            // a frame of an image input
  };
  int page = 0;  // index into Document::pages
  Why why = Why::kNoTextLayer;
  // What the "ocr-applied" warning says ("no text layer", or the figures
  // that made a layer look broken).
  std::string reason;

  // A foreign OCR layer is plausible text: it is replaced only when the
  // Danish re-reading reads better.
  bool OnlyIfBetter() const { return why == Why::kForeignOcrLayer; }
};

struct OcrPlan {
  std::vector<PageNeed> pages;  // in page order
  // No page is readable without OCR: the input fails unless OCR reads one.
  bool nothing_readable = false;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_OCR_PLAN_H_
