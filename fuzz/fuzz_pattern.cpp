// Rule patterns: the Danish adaptation and OCR tolerance rewrites, the
// portability notes, compiling with RE2 and matching. The first line of the
// input is the pattern, the rest the text it is matched against. Beyond not
// crashing: every match and capture lies inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/rules/pattern.h"
#include "extractor/rules/rule_loader.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

void RequireInside(std::string_view text, const bilag::Span& span) {
  if (span.matched) Require(span.begin <= span.end && span.end <= text.size());
}

// The OCR forms of the shipped [[confusion]] rules, as the loader gives them
// to ocr_tolerant patterns.
const std::vector<bilag::OcrLetterForms>& ShippedOcrForms() {
  static const std::vector<bilag::OcrLetterForms> forms = [] {
    bilag::Result<bilag::RuleSet> rules = bilag::LoadRuleSet({bilag::fuzz::ShippedRulesDir()});
    Require(rules.ok());
    return rules->ocr_forms;
  }();
  return forms;
}

void MatchAll(const std::string& source, std::string_view text, bool ocr_tolerant) {
  bilag::Result<bilag::Pattern> pattern = bilag::Pattern::Compile(
      source, {.ocr_tolerant = ocr_tolerant, .ocr_forms = &ShippedOcrForms()});
  if (!pattern.ok()) {
    Require(pattern.status().code() == bilag::ErrorCode::kRuleRegex);
    return;
  }
  for (const bilag::PatternMatch& match : pattern->FindAll(text)) {
    Require(match.whole.matched);
    RequireInside(text, match.whole);
    for (const bilag::Span& group : match.groups) RequireInside(text, group);
  }
  pattern->Matches(text);
  for (const std::string& name : pattern->GroupNames()) Require(pattern->HasGroup(name));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input = bilag::fuzz::AsString(data, size);
  const size_t newline = input.find('\n');
  const std::string source = input.substr(0, newline);
  const std::string_view text = newline == std::string::npos
                                    ? std::string_view()
                                    : std::string_view(input).substr(newline + 1);

  bilag::AdaptPatternForDanish(source);
  bilag::MakeOcrTolerant(source, ShippedOcrForms());
  bilag::PatternPortabilityNotes(source);
  MatchAll(source, text, /*ocr_tolerant=*/false);
  MatchAll(source, text, /*ocr_tolerant=*/true);
  return 0;
}
