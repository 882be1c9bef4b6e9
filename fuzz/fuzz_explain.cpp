// `bilag explain` on a hostile input: the whole pipeline with the shipped
// rules (ingest, layout, normalise, repair as by default, extraction with a
// trace of every rule and the nearest miss of every rule that found
// nothing), then the explanation as text and JSON and the extraction JSON.
// Beyond not crashing: both JSON outputs are valid JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "extractor/emit/explain_emit.h"
#include "extractor/extractor.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

const bilag::Extractor& ShippedExtractor() {
  static const bilag::Extractor extractor = [] {
    bilag::ExtractorOptions options;
    options.rule_dirs = {bilag::fuzz::ShippedRulesDir()};
    options.ingest.ocr.mode = bilag::OcrMode::kNever;
    options.ingest.ocr.use_cache = false;
    bilag::Result<bilag::Extractor> created = bilag::Extractor::Create(options);
    if (!created.ok()) std::abort();
    return std::move(created).value();
  }();
  return extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const bilag::Extractor& extractor = ShippedExtractor();
  const std::string path = bilag::fuzz::WriteScratch(
      "input", std::string_view(reinterpret_cast<const char*>(data), size));

  bilag::Trace trace;
  const bilag::Outcome outcome = extractor.Explain(path, &trace);
  Require(outcome.status.ok() == outcome.extraction.has_value());
  bilag::RenderExplanationText(path, trace, {}, /*color=*/true);
  Require(nlohmann::json::accept(bilag::RenderExplanationJson(path, trace, {})));
  Require(nlohmann::json::accept(extractor.ToJson(outcome, /*pretty=*/false)));
  return 0;
}
