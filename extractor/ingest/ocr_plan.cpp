#include "extractor/ingest/ocr_plan.h"

#include <optional>
#include <string>

#include "extractor/ocr/text_layer_quality.h"

namespace bilag {

OcrPlan PlanPdfOcr(const Document& doc, const OcrOptions& options, bool nothing_readable) {
  using Why = PageNeed::Why;
  OcrPlan plan;
  plan.nothing_readable = nothing_readable;
  for (const Page& page : doc.pages) {
    if (page.width <= 0 || page.height <= 0) continue;  // missing from a damaged file
    const int index = page.number - 1;
    if (options.mode == OcrMode::kAlways) {
      plan.pages.push_back({index, Why::kForced, "OCR was asked for on every page"});
    } else if (page.needs_ocr) {
      plan.pages.push_back({index, Why::kNoTextLayer, "no text layer"});
    } else if (std::optional<std::string> broken = BrokenTextLayerReason(MeasureTextLayer(page))) {
      plan.pages.push_back({index, Why::kPoorTextLayer, *broken});
    } else if (std::optional<std::string> foreign =
                   options.lang.find("dan") != std::string::npos
                       ? ForeignOcrLayerReason(CountDanishLetters(page))
                       : std::nullopt) {
      plan.pages.push_back({index, Why::kForeignOcrLayer, *foreign});
    }
  }
  return plan;
}

OcrPlan PlanImageOcr(const Document& doc) {
  OcrPlan plan;
  plan.nothing_readable = true;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    plan.pages.push_back({static_cast<int>(i), PageNeed::Why::kImage, "the input is an image"});
  }
  return plan;
}

}  // namespace bilag
