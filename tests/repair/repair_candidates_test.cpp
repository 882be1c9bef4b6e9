// Candidate spellings: each confusion undone where it occurs, by number of
// substitutions, never overlapping, bounded.
#include "extractor/repair/repair_candidates.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

const std::vector<Confusion> kTable = {
    {"g", "ø", false}, {"o", "ø", false},  {"@", "Ø", false},  {"D", "Ø", true},
    {"a", "æ", false}, {"e", "æ", false},  {"ae", "æ", false}, {"ea", "æ", false},
    {"a", "å", false}, {"aa", "å", false},
};

bool Has(const std::vector<std::string>& candidates, const std::string& word) {
  return std::find(candidates.begin(), candidates.end(), word) != candidates.end();
}

TEST_CASE("one substitution undoes one confusion", "[repair]") {
  std::vector<std::string> one = CandidatesAt("Kgbenhavn", kTable, 1, 2000);
  CHECK(Has(one, "København"));
  CHECK(Has(one, "Kgbænhavn"));
  CHECK_FALSE(Has(one, "Kgbenhavn"));
  // A two-letter misread counts as one substitution.
  CHECK(Has(CandidatesAt("beskeaftigelsesforhold", kTable, 1, 2000), "beskæftigelsesforhold"));
  CHECK(Has(CandidatesAt("sammensaetning", kTable, 1, 2000), "sammensætning"));
  CHECK(Has(CandidatesAt("@konomi", kTable, 1, 2000), "Økonomi"));
}

TEST_CASE("two substitutions combine places that do not overlap", "[repair]") {
  std::vector<std::string> two = CandidatesAt("varktgjer", kTable, 2, 2000);
  CHECK(Has(two, "værktøjer"));
  CHECK_FALSE(Has(CandidatesAt("varktgjer", kTable, 1, 2000), "værktøjer"));
  // "aa" is one place for å, or two places for a: never both at once.
  std::vector<std::string> aa = CandidatesAt("aa", kTable, 2, 2000);
  CHECK(Has(aa, "åå"));
  CHECK(Has(aa, "æå"));
  CHECK(std::set<std::string>(aa.begin(), aa.end()).size() == aa.size());
}

TEST_CASE("a word-start form applies only at the start", "[repair]") {
  CHECK(Has(CandidatesAt("Dget", kTable, 1, 2000), "Øget"));
  for (const std::string& candidate : CandidatesAt("ADget", kTable, 1, 2000)) {
    CHECK(candidate.find("Ø") == std::string::npos);
  }
}

TEST_CASE("the search is bounded", "[repair]") {
  CHECK(CandidatesAt("Kgbenhavn", kTable, 0, 2000).empty());
  CHECK(CandidatesAt("Kgbenhavn", kTable, 1, 0).empty());
  CHECK(CandidatesAt("aeaeaeaeaeaeaeaeaeaeaeae", kTable, 3, 50).size() == 50);
  CHECK(CandidatesAt("xyz", kTable, 1, 2000).empty());
  CHECK(CountConfusionSites("xyz", kTable) == 0);
  CHECK(CountConfusionSites("pa", kTable) == 2);  // a -> æ, a -> å
}

}  // namespace
}  // namespace bilag
