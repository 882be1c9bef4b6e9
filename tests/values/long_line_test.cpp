// A line of many numbers (a table flattened into one line, hostile input)
// is read as fully as a short one: every amount, date and year is found and
// parentheses and blocked spans are told right at every position, now that
// the per-token look-ups are no longer scans of the whole line.
#include <string>

#include <catch2/catch.hpp>

#include "extractor/values/amount.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

std::string Repeat(const std::string& unit, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += unit;
  return text;
}

TEST_CASE("every amount of a line of 20,000 amounts is found", "[values]") {
  const int n = 20000;
  std::vector<FoundAmount> amounts = FindAmounts(Repeat("1.000.000 kr. ", n));
  REQUIRE(amounts.size() == n);
  CHECK(amounts.front().dkk == 1000000);
  CHECK(amounts.back().dkk == 1000000);
  CHECK(amounts.back().begin == static_cast<size_t>(n - 1) * 14);
}

TEST_CASE("dates between the amounts of a long line stay no amounts", "[values]") {
  const int n = 5000;
  std::vector<FoundAmount> amounts = FindAmounts(Repeat("den 12-03-2010 betales 250.000 kr. ", n));
  REQUIRE(amounts.size() == n);
  for (const FoundAmount& amount : amounts) CHECK(amount.dkk == 250000);
}

TEST_CASE("years inside and outside parentheses all along a long line", "[values]") {
  const int n = 5000;
  std::vector<YearMention> years = FindYears(Repeat("i 2012 (og 2013) ", n));
  REQUIRE(years.size() == 2 * n);
  for (size_t i = 0; i < years.size(); ++i) {
    INFO(i);
    CHECK(years[i].in_parentheses == (i % 2 == 1));
    if (years[i].in_parentheses != (i % 2 == 1)) break;
  }
}

}  // namespace
}  // namespace bilag
