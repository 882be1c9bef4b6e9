// Regression tests for what the fuzz targets found (fuzz/README.md lists the
// findings). Each test is named after its finding and runs the input that
// failed through the library's normal API.
#include <string_view>

#include <catch2/catch.hpp>

#include "extractor/rules/pattern.h"

namespace bilag {
namespace {

// fuzz_pattern, finding 1: an empty match in a text without storage came back
// as found but with its whole match marked "not matched" (RE2 gives an
// unmatched group and that match the same null pointer).
TEST_CASE("fuzz finding pattern-empty-match-in-null-text", "[fuzz]") {
  Result<Pattern> empty = Pattern::Compile("");
  REQUIRE(empty.ok());
  PatternMatch match;
  REQUIRE(empty->Find(std::string_view(), 0, &match));
  CHECK(match.whole.matched);
  CHECK(match.whole.begin == 0);
  CHECK(match.whole.end == 0);

  std::vector<PatternMatch> all = empty->FindAll(std::string_view());
  REQUIRE(all.size() == 1);
  CHECK(all[0].whole.matched);

  Result<Pattern> optional_group = Pattern::Compile("(?P<value>x)?");
  REQUIRE(optional_group.ok());
  REQUIRE(optional_group->Find(std::string_view(), 0, &match));
  CHECK(match.whole.matched);
  CHECK_FALSE(match.groups.at(0).matched);
}

}  // namespace
}  // namespace bilag
