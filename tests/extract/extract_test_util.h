// The shipped rules, loaded once for all extract tests.
#ifndef BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "extractor/extract/extract.h"
#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/normalise/normalise.h"
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
inline Extraction ExtractFile(const std::string& path) {
  Result<Document> doc = IngestFile(path, IngestOptions());
  REQUIRE(doc.ok());
  AnalyseLayout(&doc.value());
  Normalise(NormaliseOptions(), &doc.value());
  return Extract(ShippedRules(), std::move(doc).value());
}

}  // namespace bilag::testing

#endif  // BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
