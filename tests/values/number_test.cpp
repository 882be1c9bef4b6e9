#include "extractor/values/number.h"

#include <catch2/catch.hpp>

namespace bilag {
namespace {

DecimalNumber Num(std::string_view text) {
  const Result<DecimalNumber> r = ParseNumber(text);
  INFO(text << ": " << r.status().ToString());
  REQUIRE(r.ok());
  return *r;
}

std::string CodeName(std::string_view text) {
  return std::string(ParseNumber(text).status().code_name());
}

TEST_CASE("ParseNumber reads Danish decimals and thousands", "[number]") {
  CHECK(Num("7,497") == DecimalNumber{7497, 3});
  CHECK(Num("16.970") == DecimalNumber{16970, 0});
  CHECK(Num("2000") == DecimalNumber{2000, 0});
  CHECK(Num("0,4") == DecimalNumber{4, 1});
  CHECK(Num("1.500.000") == DecimalNumber{1500000, 0});
  CHECK(Num("1.500,25") == DecimalNumber{150025, 2});
  CHECK(Num("2,50") == DecimalNumber{250, 2});
  CHECK(Num("135.913") == DecimalNumber{135913, 0});
  CHECK(Num("  42 ") == DecimalNumber{42, 0});
}

TEST_CASE("ParseNumber: a dot with one or two digits is a decimal point, three a separator",
          "[number]") {
  CHECK(Num("10.9") == DecimalNumber{109, 1});
  CHECK(Num("11.9") == DecimalNumber{119, 1});
  CHECK(Num("2.50") == DecimalNumber{250, 2});
  CHECK(Num("2.050") == DecimalNumber{2050, 0});
  CHECK(Num("2,050") == DecimalNumber{2050, 3});  // the OCR slip stays 2.05
  CHECK(CodeName("1.5000") == "number-syntax");
  CHECK(CodeName("1234.567") == "number-syntax");
}

TEST_CASE("ParseNumber reads signs and space-grouped thousands", "[number]") {
  CHECK(Num("-5") == DecimalNumber{-5, 0});
  CHECK(Num("\xE2\x88\x92"
            "5") == DecimalNumber{-5, 0});  // U+2212 minus sign
  CHECK(Num("-2,5") == DecimalNumber{-25, 1});
  CHECK(Num("1 500") == DecimalNumber{1500, 0});
  CHECK(Num("1\xC2\xA0"
            "500") == DecimalNumber{1500, 0});  // NBSP
  CHECK(Num("1\xE2\x80\xAF"
            "500\xE2\x80\xAF"
            "000") == DecimalNumber{1500000, 0});  // narrow NBSP
  CHECK(Num("1 500 000,5") == DecimalNumber{15000005, 1});
}

TEST_CASE("ParseNumber refuses what is not one number", "[number]") {
  CHECK(CodeName("") == "number-empty");
  CHECK(CodeName("   ") == "number-empty");
  CHECK(CodeName("abc") == "number-syntax");
  CHECK(CodeName("12a") == "number-syntax");
  CHECK(CodeName("1.2.3") == "number-syntax");
  CHECK(CodeName("23.03.2010") == "number-syntax");
  CHECK(CodeName("1.500 000") == "number-syntax");  // mixed separators
  CHECK(CodeName("1 50") == "number-syntax");
  CHECK(CodeName("12 mio.") == "number-syntax");
  CHECK(CodeName("1234567890123456789") == "number-too-long");
}

TEST_CASE("DecimalNumber scales exactly", "[number]") {
  CHECK(DecimalNumber{7497, 3}.ToScaledInteger(1000000) == 7497000);
  CHECK(DecimalNumber{25, 1}.ToScaledInteger(1000000) == 2500000);
  CHECK(DecimalNumber{12, 1}.ToScaledInteger(1000000000) == 1200000000);
  CHECK(DecimalNumber{16970, 0}.ToScaledInteger(1000) == 16970000);
  CHECK(DecimalNumber{200, 2}.ToScaledInteger(1) == 2);
  CHECK(DecimalNumber{12345, 4}.ToScaledInteger(1000000) == 1234500);
  CHECK_FALSE(DecimalNumber{25, 1}.ToScaledInteger(1).has_value());
  CHECK_FALSE(DecimalNumber{250, 2}.ToScaledInteger(1).has_value());
  CHECK_FALSE(DecimalNumber{900000000000000000, 0}.ToScaledInteger(1000).has_value());
  CHECK(DecimalNumber{58, 1}.ToDouble() == Approx(5.8));
  CHECK(DecimalNumber{-5, 0}.ToDouble() == -5.0);
  CHECK(DecimalNumber{250, 2}.IsInteger() == false);
  CHECK(DecimalNumber{200, 2}.IsInteger() == true);
  CHECK(DecimalNumber{7497, 3}.ToString() == "7.497");
  CHECK(DecimalNumber{5, 2}.ToString() == "0.05");
  CHECK(DecimalNumber{-25, 1}.ToString() == "-2.5");
  CHECK(DecimalNumber{16970, 0}.ToString() == "16970");
}

TEST_CASE("FindNumbers gives numbers with byte offsets", "[number]") {
  const std::string text = "I 2007 er der ansat 29 personer, i 2008 27 personer.";
  const auto numbers = FindNumbers(text);
  REQUIRE(numbers.size() == 4);
  CHECK(numbers[0].text == "2007");
  CHECK(numbers[0].plausible_year);
  CHECK(numbers[1].value == DecimalNumber{29, 0});
  CHECK(numbers[1].begin == 20);
  CHECK(numbers[1].end == 22);
  CHECK_FALSE(numbers[1].plausible_year);
  CHECK(numbers[2].text == "2008");
  CHECK(numbers[3].text == "27");

  const std::string utf8 = "Årligt 1.500 og 2,5";  // "Å" is two bytes
  const auto found = FindNumbers(utf8);
  REQUIRE(found.size() == 2);
  CHECK(found[0].begin == 8);
  CHECK(found[0].value == DecimalNumber{1500, 0});
  CHECK(found[1].value == DecimalNumber{25, 1});
  CHECK(utf8.substr(found[1].begin, found[1].end - found[1].begin) == "2,5");
}

TEST_CASE("FindNumbers skips identifiers, dates, phones and glued numbers", "[number]") {
  CHECK(FindNumbers("Side 2 af 4").empty());
  CHECK(FindNumbers("Telefon\n3317 3047").empty());
  CHECK(FindNumbers("3317 3047").empty());
  CHECK(FindNumbers("33 17 30 47").empty());
  CHECK(FindNumbers("+45 3317 3047").empty());
  CHECK(FindNumbers("EAN nummer 5798009683052").empty());
  CHECK(FindNumbers("Sagsnr.\n2010-32472").empty());
  CHECK(FindNumbers("2010-204624").empty());
  CHECK(FindNumbers("23-03-2010").empty());
  CHECK(FindNumbers("den 21. april").empty());
  CHECK(FindNumbers("(BR 9. okt. 2008 - Æ5)").empty());
  CHECK(FindNumbers("3F København og C:NTACT").empty());
  CHECK(FindNumbers("WY28@sof.kk.dk").empty());
  CHECK(FindNumbers("med 1. ikke-vestlig oprindelse").empty());
  CHECK(FindNumbers("(Se note 1)").empty());
  CHECK(FindNumbers("det 3-årige projekt").empty());
}

TEST_CASE("FindNumbers groups with an ASCII space only before a unit", "[number]") {
  const auto cells = FindNumbers("Mangfoldighedskorps 300 200 500");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].value == DecimalNumber{300, 0});
  const auto money = FindNumbers("i alt 1 500 kr.");
  REQUIRE(money.size() == 1);
  CHECK(money[0].value == DecimalNumber{1500, 0});
  const auto word = FindNumbers("i alt 1 500 deltagere");
  REQUIRE(word.size() == 1);
  CHECK(word[0].value == DecimalNumber{1500, 0});
  const auto nbsp = FindNumbers(
      "i alt 1\xC2\xA0"
      "500 deltagere");
  REQUIRE(nbsp.size() == 1);
  CHECK(nbsp[0].value == DecimalNumber{1500, 0});
}

}  // namespace
}  // namespace bilag
