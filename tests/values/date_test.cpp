#include "extractor/values/date.h"

#include <catch2/catch.hpp>

namespace bilag {
namespace {

std::string Iso(std::string_view text) {
  const Result<std::string> r = ParseDate(text);
  INFO(text << ": " << r.status().ToString());
  REQUIRE(r.ok());
  return *r;
}

std::string CodeName(std::string_view text) {
  return std::string(ParseDate(text).status().code_name());
}

TEST_CASE("ParseDate reads numeric dates", "[date]") {
  CHECK(Iso("23-03-2010") == "2010-03-23");
  CHECK(Iso("23.03.2010") == "2010-03-23");
  CHECK(Iso("23/03/2010") == "2010-03-23");
  CHECK(Iso("23/3 2010") == "2010-03-23");
  CHECK(Iso("23/3-2010") == "2010-03-23");
  CHECK(Iso("1-1-2007") == "2007-01-01");
  CHECK(Iso("2010-03-23") == "2010-03-23");
  CHECK(Iso("24.01.09") == "2009-01-24");
  CHECK(Iso("23-03-99") == "1999-03-23");
  CHECK(Iso(" 23-03-2010 ") == "2010-03-23");
}

TEST_CASE("ParseDate reads month names", "[date]") {
  CHECK(Iso("23. marts 2010") == "2010-03-23");
  CHECK(Iso("23 marts 2010") == "2010-03-23");
  CHECK(Iso("1. januar 2007") == "2007-01-01");
  CHECK(Iso("7. maj 2009") == "2009-05-07");
  CHECK(Iso("9. okt. 2008") == "2008-10-09");
  CHECK(Iso("9. Okt 2008") == "2008-10-09");
  CHECK(Iso("31. December 2013") == "2013-12-31");
  CHECK(Iso("1. sept. 2012") == "2012-09-01");
  CHECK(Iso("den 7. maj 2009") == "2009-05-07");
  CHECK(Iso("mandag den 23. marts 2010") == "2010-03-23");
  CHECK(Iso("23. marts 2010.") == "2010-03-23");
}

TEST_CASE("ParseDate refuses dates that do not exist", "[date]") {
  CHECK(CodeName("31-02-2010") == "date-invalid");
  CHECK(CodeName("29-02-2009") == "date-invalid");
  CHECK(Iso("29-02-2008") == "2008-02-29");
  CHECK(CodeName("31-04-2010") == "date-invalid");
  CHECK(CodeName("12-13-2010") == "date-invalid");
  CHECK(CodeName("0. marts 2010") == "date-invalid");
  CHECK(CodeName("32. januar 2010") == "date-invalid");
}

TEST_CASE("ParseDate errors", "[date]") {
  CHECK(CodeName("") == "date-empty");
  CHECK(CodeName("21. april") == "date-no-year");
  CHECK(CodeName("i går") == "date-unreadable");
  CHECK(CodeName("10-15") == "date-unreadable");
  CHECK(CodeName("2010") == "date-unreadable");
  CHECK(CodeName("2010-32472") == "date-unreadable");
  CHECK(CodeName("23-03-2010 kl. 10") == "date-unreadable");
  CHECK(CodeName("23. marts 20100") == "date-unreadable");
}

TEST_CASE("FindDates finds complete dates with offsets", "[date]") {
  const std::string text =
      "Aktiviteten behandles af Økonomiudvalget og Borgerrepræsentationen henholdsvis den 21. "
      "april og den 7. maj 2009.";
  const auto dates = FindDates(text);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].iso == "2009-05-07");
  CHECK(dates[0].text == "7. maj 2009");
  CHECK(text.substr(dates[0].begin, dates[0].end - dates[0].begin) == "7. maj 2009");
  CHECK(dates[0].year == 2009);
  CHECK(dates[0].month == 5);
  CHECK(dates[0].day == 7);

  const auto br = FindDates("budget 2009 (BR 9. okt. 2008 - Æ5), at der");
  REQUIRE(br.size() == 1);
  CHECK(br[0].iso == "2008-10-09");

  CHECK(FindDates("31-02-2010").empty());
  CHECK(FindDates("10-15 pct. og 250-300 medarbejdere i 2005-2007").empty());
  CHECK(FindDates("1.1 Indsats").empty());
}

}  // namespace
}  // namespace bilag
