// Normalisation and OCR repair on hostile text: NFC, whitespace, joining
// hyphenated words, soft hyphens, then the [[correction]] rules and the
// lexicon (repair forced on, as for a document with OCR signs). Beyond not
// crashing: the text stays UTF-8, and NFC and whitespace collapsing are
// idempotent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extractor/ingest/text_ingest.h"
#include "extractor/normalise/normalise.h"
#include "extractor/repair/repair.h"
#include "extractor/rules/rule_loader.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

const bilag::RuleSet& ShippedRules() {
  static const bilag::RuleSet rules = [] {
    bilag::Result<bilag::RuleSet> loaded = bilag::LoadRuleSet({bilag::fuzz::ShippedRulesDir()});
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  return rules;
}

// The Repairer caches a verdict per word it has judged; over millions of
// inputs that cache alone would reach libFuzzer's RSS limit, so it is
// replaced now and then (opening the lexicon again costs well under a
// second).
constexpr int kInputsPerRepairer = 50'000;

const bilag::Repairer& RepairerForThisInput() {
  static std::unique_ptr<bilag::Repairer> repairer;
  static int inputs = 0;
  if (repairer == nullptr || ++inputs % kInputsPerRepairer == 0) {
    bilag::RepairOptions options;
    options.mode = bilag::RepairMode::kOn;
    repairer = std::make_unique<bilag::Repairer>(ShippedRules(), options);
  }
  return *repairer;
}

void RequireCleanText(const bilag::Document& doc) {
  for (const bilag::Page& page : doc.pages) {
    for (const bilag::Line& line : page.lines) {
      Require(bilag::fuzz::IsUtf8(line.text));
      for (const bilag::Cell& cell : line.cells) Require(bilag::fuzz::IsUtf8(cell.text));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  bilag::Document doc;
  if (!bilag::IngestText(bilag::fuzz::AsString(data, size), &doc).ok()) return 0;

  for (const bilag::Page& page : doc.pages) {
    for (const bilag::Line& line : page.lines) {
      const std::string nfc = bilag::ToNfc(line.text);
      Require(bilag::fuzz::IsUtf8(nfc) && bilag::ToNfc(nfc) == nfc);
      const std::string collapsed = bilag::CollapseWhitespace(line.text);
      Require(bilag::CollapseWhitespace(collapsed) == collapsed);
    }
  }

  bilag::Normalise({}, &doc);
  RequireCleanText(doc);
  RepairerForThisInput().Repair(&doc);
  RequireCleanText(doc);
  return 0;
}
