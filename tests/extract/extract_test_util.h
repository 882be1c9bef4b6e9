// The shipped rules, loaded once for all extract tests.
#ifndef BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <catch2/catch.hpp>

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

}  // namespace bilag::testing

#endif  // BILAG_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
