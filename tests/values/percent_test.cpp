#include "extractor/values/percent.h"

#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

FoundPercent Parse(std::string_view text) {
  const Result<FoundPercent> r = ParsePercent(text);
  INFO(text << ": " << r.status().ToString());
  REQUIRE(r.ok());
  return *r;
}

TEST_CASE("ParsePercent reads percent units", "[percent]") {
  for (const char* text :
       {"10,7 %", "10,7%", "10,7\xC2\xA0%", "10,7 pct.", "10,7 pct", "10,7 procent"}) {
    INFO(text);
    const FoundPercent p = Parse(text);
    CHECK(p.value == Approx(10.7));
    CHECK_FALSE(p.value_max.has_value());
    CHECK(p.unit == TargetUnit::kPercent);
  }
  CHECK(Parse("6,8 pct.").value == Approx(6.8));
  CHECK(Parse("30 procent").value == 30.0);
  CHECK(Parse("50%").value == 50.0);
  CHECK(Parse("11.9 pct.").value == Approx(11.9));
  CHECK(Parse("0,5 %").value == Approx(0.5));
  CHECK(Parse("13 pct.").text == "13 pct.");
}

TEST_CASE("ParsePercent reads percentage points", "[percent]") {
  for (const char* text :
       {"5,8 procentpoint", "5,8 procentpoints", "5,8 procent-point", "5,8 %-point",
        "5,8 pct.-point", "5,8 pct.point", "5,8 procentenheder"}) {
    INFO(text);
    const FoundPercent p = Parse(text);
    CHECK(p.value == Approx(5.8));
    CHECK(p.unit == TargetUnit::kPercentagePoints);
  }
}

TEST_CASE("a unit word that a narrow cell broke without a hyphen still reads", "[percent]") {
  // The line break became a space: "2 pro" / "centpoint", "10 procentp" / "oint".
  for (const char* text : {"2 pro centpoint", "2 procentp oint", "2 procentpoin t"}) {
    INFO(text);
    const FoundPercent p = Parse(text);
    CHECK(p.value == Approx(2));
    CHECK(p.unit == TargetUnit::kPercentagePoints);
    CHECK(p.text == text);
  }
  CHECK(Parse("15 pro cent").unit == TargetUnit::kPercent);
  // "procent" / "point": "procent" alone is a whole unit word, but the
  // points are what the cell says.
  CHECK(Parse("2,5 procent point").unit == TargetUnit::kPercentagePoints);
  CHECK(Parse("2,5 procent point").text == "2,5 procent point");
  const std::vector<FoundPercent> plain = FindPercents("2,5 procent på landsplan");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].unit == TargetUnit::kPercent);
  CHECK(plain[0].text == "2,5 procent");
  // The space is taken out only inside a unit word: no unit, no percentage.
  CHECK(FindPercents("2 pro centralt placerede caféer").empty());
  CHECK(FindPercents("12 pc er udskiftet").empty());
}

TEST_CASE("ParsePercent reads ranges", "[percent]") {
  for (const char* text :
       {"10-15 pct.",
        "10\xE2\x80\x93"
        "15 %",
        "10 - 15 pct.", "10 \xE2\x80\x94 15 %", "10 til 15 pct.", "mellem 10 og 15 procent"}) {
    INFO(text);
    const auto found = FindPercents(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value == 10.0);
    REQUIRE(found[0].value_max.has_value());
    CHECK(*found[0].value_max == 15.0);
    CHECK(found[0].unit == TargetUnit::kPercent);
  }
  CHECK(Parse("10-15 pct.").text == "10-15 pct.");
  CHECK(*Parse("2,5-3,5 procentpoint").value_max == Approx(3.5));
  // Not a range: the second number is not larger.
  const auto backwards = FindPercents("15-10 pct.");
  REQUIRE(backwards.size() == 1);
  CHECK(backwards[0].value == 10.0);
  CHECK_FALSE(backwards[0].value_max.has_value());
}

TEST_CASE("FindPercents in sentences", "[percent]") {
  const std::string text = "100 mio.kr. (Realdania: 50%, KK -TMU og ØU: 50%)";
  const auto found = FindPercents(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == 50.0);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "50%");
  CHECK(found[1].begin == text.size() - 4);

  const auto year = FindPercents("Målet er 13 pct. i 2013");
  REQUIRE(year.size() == 1);
  CHECK(year[0].value == 13.0);
  CHECK(year[0].text == "13 pct.");

  const auto bullet = FindPercents("-50 pct. har fokus på tværreligiøse fejring");
  REQUIRE(bullet.size() == 1);
  CHECK(bullet[0].value == 50.0);  // a bullet, not a minus

  const auto two = FindPercents(
      "I perioden til og med år 2010 skal andelen af beskæftigede indvandrere i kommunen øges med "
      "10 procentpoint til ca. 64 % målt i forhold til Integrationsbarometret.");
  REQUIRE(two.size() == 2);
  CHECK(two[0].unit == TargetUnit::kPercentagePoints);
  CHECK(two[0].value == 10.0);
  CHECK(two[1].unit == TargetUnit::kPercent);
  CHECK(two[1].value == 64.0);

  CHECK(FindPercents("den procentuelle andel af 30 medarbejdere").empty());
  CHECK(FindPercents("23-03-2010 %").empty());
}

TEST_CASE("ParsePercent errors", "[percent]") {
  CHECK(ParsePercent("").status().code() == ErrorCode::kPercentEmpty);
  CHECK(ParsePercent("30").status().code() == ErrorCode::kPercentNoUnit);
  CHECK(ParsePercent("30 procentuelle").status().code() == ErrorCode::kPercentNoUnit);
  CHECK(ParsePercent("10 % og 20 %").status().code() == ErrorCode::kPercentSeveral);
  CHECK(ParsePercent("10 % af alle").status().code() == ErrorCode::kPercentTrailingText);
  CHECK(ParsePercent("10 %.").ok());
}

}  // namespace
}  // namespace bilag
