// The rule loader on a hostile rule file: TOML syntax, unknown kinds and
// keys, wrong value types, duplicate ids, invalid and huge patterns. Beyond
// not crashing: a rule file that does not load says where and why.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractor/rules/rule_loader.h"
#include "fuzz/fuzz_input.h"

using bilag::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = bilag::fuzz::WriteScratch(
      "rules.toml", std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string dir = bilag::fuzz::ScratchDir();

  bilag::Result<bilag::RuleSet> rules = bilag::LoadRuleSet({dir});
  const bilag::RuleCheckReport report = bilag::CheckRuleDirs({dir});
  Require(rules.ok() == report.errors.empty());
  for (const bilag::RuleProblem& problem : report.errors) {
    Require(problem.where.file == path && !problem.message.empty());
  }
  return 0;
}
