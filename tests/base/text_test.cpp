#include "extractor/base/text.h"

#include <string>

#include <catch2/catch.hpp>

#include "extractor/base/utf8.h"

namespace bilag {
namespace {

TEST_CASE("StartsUpperCase and StartsLowerCase read ASCII and the Latin-1 letters", "[text]") {
  CHECK(StartsUpperCase("Økonomi"));
  CHECK(StartsUpperCase("Æblehaven"));
  CHECK(StartsUpperCase("Indsats"));
  CHECK_FALSE(StartsUpperCase("økonomi"));
  CHECK_FALSE(StartsUpperCase("\xC3\x97 2"));  // the sign ×
  CHECK_FALSE(StartsUpperCase("2015"));
  CHECK_FALSE(StartsUpperCase(""));
  CHECK(StartsLowerCase("ældre"));
  CHECK_FALSE(StartsLowerCase("Ældre"));
}

TEST_CASE("Trim removes ASCII blanks at both ends only", "[text]") {
  CHECK(Trim("  Mål 2020:\t") == "Mål 2020:");
  CHECK(Trim("\tcelle\nlinje 2\n") == "celle\nlinje 2");
  CHECK(Trim(" \t\n\r") == "");
  CHECK(Trim("") == "");
  // A no-break space is content here (values/ reads it as a digit group).
  CHECK(Trim("\xC2\xA0"
             "5 mio.") ==
        "\xC2\xA0"
        "5 mio.");
}

TEST_CASE("TrimLeft keeps the blanks at the end", "[text]") {
  CHECK(TrimLeft(" \t indsats ") == "indsats ");
  CHECK(TrimLeft("   ") == "");
}

TEST_CASE("FoldCase lower-cases ASCII and Æ Ø Å within their byte width", "[text]") {
  const std::string capitals = "ÆRØ ÅBENRÅ Élan";
  const std::string folded = FoldCase(capitals);
  CHECK(folded == "ærø åbenrå élan");
  CHECK(folded.size() == capitals.size());
  // The multiplication sign sits among the capitals but has no small form.
  CHECK(FoldCase("2×3") == "2×3");
  // Letters outside Latin-1 stay as they are (normalise/ lower-cases those).
  CHECK(FoldCase("ŁÓDŹ") == "ŁódŹ");
  // A lone lead byte at the end is left alone.
  CHECK(FoldCase(std::string("A\xC3")) == std::string("a\xC3"));
}

TEST_CASE("TwoFigures tells figures side by side from a number with its thousands apart",
          "[text]") {
  // A time series' row and budget columns set close.
  CHECK(TwoFigures("1956", "10"));
  CHECK(TwoFigures("17", "19"));
  CHECK(TwoFigures("2,5", "3,0"));
  CHECK(TwoFigures("1.250", "1.300"));
  CHECK(TwoFigures("-40", "12"));
  // "2 500", "-3 000,5", "12 500.000": one number.
  CHECK_FALSE(TwoFigures("2", "500"));
  CHECK_FALSE(TwoFigures("-3", "000,5"));
  CHECK_FALSE(TwoFigures("12", "500.000"));
  // Words are no figures.
  CHECK_FALSE(TwoFigures("mio.", "2"));
  CHECK_FALSE(TwoFigures("2010", "kr."));
}

TEST_CASE("EndsSentence: a full stop, colon, exclamation or question mark, blanks aside",
          "[text]") {
  CHECK(EndsSentence("Indsatsen evalueres i 2014."));
  CHECK(EndsSentence("Budget: "));
  CHECK(EndsSentence("Hvorfor?"));
  CHECK_FALSE(EndsSentence("- Fraværet blandt eleverne i målgruppen"));
  CHECK_FALSE(EndsSentence("62,5 pct"));
  CHECK_FALSE(EndsSentence("  "));
}

TEST_CASE("AllYears: one or more years of 19xx or 20xx and nothing else", "[text]") {
  CHECK(IsYear("2009"));
  CHECK(IsYear("1998"));
  CHECK_FALSE(IsYear("2100"));
  CHECK_FALSE(IsYear("200"));
  CHECK_FALSE(IsYear("20a9"));
  CHECK(AllYears("2009"));
  CHECK(AllYears(" 2008  2009\t"));
  CHECK_FALSE(AllYears("Resultatkrav 2009"));
  CHECK_FALSE(AllYears("2.009"));
  CHECK_FALSE(AllYears(""));
  CHECK_FALSE(AllYears("   "));
}

}  // namespace
}  // namespace bilag
