// The shipped rules, loaded once for all extract tests, and the pipeline
// as `bilag extract` runs it (without the repair stage).
#ifndef BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "extractor/extract/extract.h"
#include "extractor/pipeline.h"
#include "extractor/rules/rule_loader.h"

namespace bilag::testing {

inline const RuleSet& ShippedRules() {
  static const RuleSet rules = [] {
    Result<RuleSet> loaded = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  return rules;
}

// `path` through the pipeline as `bilag extract` runs it, with the shipped
// rules and default options.
inline Extraction ExtractFile(const std::string& path, const IngestOptions& ingest = {}) {
  Source source{path};
  Result<Document> doc = PrepareDocument(&source, {ingest, {}, nullptr, Stage::kNormalise, {}});
  INFO(path << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return Extract(ShippedRules(), std::move(doc).value());
}

// The same for a text input held in memory.
inline Extraction ExtractText(const std::string& text) {
  Source source{"test.txt", text};
  Result<Document> doc = PrepareDocument(&source, {{}, {}, nullptr, Stage::kNormalise, {}});
  REQUIRE(doc.ok());
  return Extract(ShippedRules(), std::move(doc).value());
}

}  // namespace bilag::testing

#endif  // BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
