// PDF ingest and the layout stage on a hostile PDF: poppler's parser, the
// words and lines read from the text layer, the ruling render, tables and
// blocks, then normalisation and the layout's text and JSON views. OCR is
// off and the caps are low, so a fuzzed page costs what a real one does.
// Beyond not crashing: the layout JSON is valid JSON.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "extractor/emit/layout_json.h"
#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/layout/layout_text.h"
#include "extractor/normalise/normalise.h"
#include "fuzz/fuzz_input.h"

using bilag::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  bilag::IngestOptions options;
  options.ocr.mode = bilag::OcrMode::kNever;
  options.ocr.max_pages = 20;
  options.ocr.max_pixels_per_page = 4'000'000;
  options.ocr.use_cache = false;

  bilag::Result<bilag::Document> doc =
      bilag::IngestBytes("fuzz.pdf", bilag::fuzz::AsString(data, size), options);
  if (!doc.ok()) {
    Require(!doc.status().ok());
    return 0;
  }
  bilag::AnalyseLayout(&*doc);
  bilag::Normalise({}, &*doc);
  bilag::RenderLayout(*doc, /*numbered=*/true);
  Require(nlohmann::json::accept(bilag::EmitLayoutJson(*doc, /*pretty=*/false)));
  return 0;
}
