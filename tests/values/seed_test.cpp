// The value scanners over the whole text of each seed document: every amount,
// percentage and date they hold, in order, and nothing else (the seeds carry
// case numbers, phone numbers, an EAN number, page numbers, budget tables and
// list numbering that must not come out as values).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/values/values.h"

namespace bilag {
namespace {

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(BILAG_SOURCE_DIR) + "/corpus/seeds/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct ExpectedAmount {
  int64_t dkk;
  bool approximate;
  bool per_year;
  std::vector<int> years;
  std::string text;
};

void CheckAmounts(const std::string& text, const std::vector<ExpectedAmount>& expected) {
  const std::vector<FoundAmount> found = FindAmounts(text);
  std::string listing;
  for (const FoundAmount& a : found) listing += "[" + a.text + "] ";
  INFO("found: " << listing);
  REQUIRE(found.size() == expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    INFO("amount " << i << ": " << expected[i].text);
    CHECK(found[i].dkk == expected[i].dkk);
    CHECK(found[i].approximate == expected[i].approximate);
    CHECK(found[i].per_year == expected[i].per_year);
    CHECK(found[i].years == expected[i].years);
    CHECK(found[i].text == expected[i].text);
    CHECK(text.substr(found[i].begin, found[i].end - found[i].begin) == found[i].text);
  }
}

struct ExpectedPercent {
  double value;
  bool points;
};

void CheckPercents(const std::string& text, const std::vector<ExpectedPercent>& expected) {
  const std::vector<FoundPercent> found = FindPercents(text);
  std::string listing;
  for (const FoundPercent& p : found) listing += "[" + p.text + "] ";
  INFO("found: " << listing);
  REQUIRE(found.size() == expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    INFO("percent " << i);
    CHECK(found[i].value == Approx(expected[i].value));
    CHECK((found[i].unit == TargetUnit::kPercentagePoints) == expected[i].points);
  }
}

std::vector<std::string> Isos(const std::string& text) {
  std::vector<std::string> out;
  for (const DateMatch& d : FindDates(text)) out.push_back(d.iso);
  return out;
}

TEST_CASE("Seed 000 (OCR'd results table)", "[seed]") {
  const std::string text = ReadSeed("000_7fcc06969d5505f7.txt");
  CheckAmounts(
      text,
      {
          {2500000, false, true, {2005, 2006, 2007}, "2,5 mio. kr. arligt for 2005,\n2006 og 2007"},
          {22000000, true, false, {}, "ca. 22 mio. kr."},
      });
  CheckPercents(text, {{10, false},
                       {8, false},
                       {6.5, false},
                       {3, false},
                       {2.4, false},
                       {1.7, false},
                       {3, false},
                       {2.4, false},
                       {1.7, false}});
  CHECK(Isos(text).empty());
  CHECK(TitleYears(text.substr(0, text.find('\n', 2))) == std::vector<int>{2005, 2006, 2007});
}

TEST_CASE("Seed 001 (statusskema with an economy table)", "[seed]") {
  const std::string text = ReadSeed("001_eeed997eb7ee906a.txt");
  CheckAmounts(text, {
                         {2000000, false, false, {}, "2 mio. kr."},
                         {7500000, false, false, {2009}, "7,5 mio. kr. i 2009"},
                         {200000, true, false, {2009}, "Ca. 200.000 i 2009"},
                         {323000, false, false, {2009}, "323.000 kr. i 2009"},
                         {300000, false, false, {}, "300.000 kr."},
                         {7497000, false, false, {2009}, "7,497 mio. kr. i 2009"},
                         {100000000, false, false, {}, "100 mio.kr."},
                         {50000000, false, false, {}, "50 mio. kr."},
                         {50000000, false, false, {}, "50 mio. kr."},
                     });
  CheckPercents(text, {{10, true},
                       {64, false},
                       {10.7, false},
                       {10.5, false},
                       {59.9, false},
                       {50, false},
                       {50, false}});
  CHECK(Isos(text) == std::vector<std::string>{"2009-03-01", "2009-05-07", "2009-05-07",
                                               "2009-01-24", "2007-01-01", "2008-10-09",
                                               "2009-05-07"});
  // The economy field that needs the money-field flag.
  const size_t at = text.find("Ca. 200.000 i 2009");
  REQUIRE(at != std::string::npos);
  AmountOptions money;
  money.money_field = true;
  const auto economy = FindAmounts(text.substr(at, text.find('\n', at) - at), money);
  REQUIRE(economy.size() == 1);
  CHECK(economy[0].dkk == 200000);
  CHECK(economy[0].approximate);
  CHECK(economy[0].years == std::vector<int>{2009});
}

TEST_CASE("Seed 001 economy table cells", "[seed]") {
  const std::string text = ReadSeed("001_eeed997eb7ee906a.txt");
  const size_t header = text.find("Integrationsindsatser i relation til mål");
  REQUIRE(header != std::string::npos);
  const std::string header_line = text.substr(header, text.find('\n', header) - header);
  const auto multiplier = ParseTableUnit(header_line);
  REQUIRE(multiplier == 1000);
  const size_t row = text.find("Integrationsprojekter – samlet beløb");
  REQUIRE(row != std::string::npos);
  std::vector<std::string> cells;
  std::string line = text.substr(row, text.find('\n', row) - row);
  for (size_t start = 0, tab; start <= line.size(); start = tab + 1) {
    tab = line.find('\t', start);
    if (tab == std::string::npos) tab = line.size();
    cells.push_back(line.substr(start, tab - start));
  }
  REQUIRE(cells.size() == 6);
  CHECK(*ParseCellAmount(cells[1], *multiplier) == 16970000);
  CHECK(*ParseCellAmount(cells[2], *multiplier) == 16943000);
  CHECK(*ParseCellAmount(cells[3], *multiplier) == 2000000);
  CHECK(ParseCellAmount(cells[4], *multiplier).status().code() == ErrorCode::kCellEmpty);
  CHECK(*ParseCellAmount(cells[5], *multiplier) == 35913000);
  CHECK(ParseCellAmount("(Se note 2)", *multiplier).status().code() == ErrorCode::kCellNote);
}

TEST_CASE("Seed 002 (handleplan prose)", "[seed]") {
  const std::string text = ReadSeed("002_8629250c46b2c2d7.txt");
  CheckAmounts(text, {});
  CheckPercents(text, {{5.8, true},
                       {10.6, true},
                       {30, false},
                       {10, false},
                       {20, true},
                       {95, false},
                       {10.7, false},
                       {9.5, false},
                       {10.7, false}});
  CHECK(Isos(text).empty());
}

TEST_CASE("Seed 003 (status tables in HTML cells)", "[seed]") {
  const std::string text = ReadSeed("003_4de6b8aa97016e05.txt");
  CheckAmounts(text, {});
  CheckPercents(text, {{10, false},
                       {50, false},
                       {1, false},
                       {13, false},
                       {11.9, false},
                       {10.9, false},
                       {80, false},
                       {47, false},
                       {10, false},
                       {50, false},
                       {70, false},
                       {40, false},
                       {60, false},
                       {50, false},
                       {50, false}});
  CHECK(Isos(text) == std::vector<std::string>{"2014-01-01", "2014-01-01"});
  CHECK(TitleYears("Statusrapport for Bland dig i byen 2013 BEDRE BORGERSERVICE") ==
        std::vector<int>{2013});
}

TEST_CASE("Seed 004 (letterhead with phone, EAN and case numbers)", "[seed]") {
  const std::string text = ReadSeed("004_d1d70512bbcf75c7.txt");
  CheckAmounts(text, {});
  // Even in a money field, the letterhead's numbers are not kroner.
  AmountOptions money;
  money.money_field = true;
  for (const char* part : {"Sagsnr.\n2010-32472", "Dokumentnr.\n2010-204624", "Telefon\n3317 3047",
                           "EAN nummer\n5798009683052",
                           "Bernstorffsgade 17,5.Sal\n1592 København V", "\n23-03-2010\n"}) {
    INFO(part);
    REQUIRE(text.find(part) != std::string::npos);
    CHECK(FindAmounts(part, money).empty());
  }
  CheckPercents(text, {{10, false}, {6.8, false}, {6.8, false}, {6.2, false}});
  CHECK(Isos(text) == std::vector<std::string>{"2010-03-23"});
  CHECK(TitleYears(
            "Bilag 3. Handleplan for integration på det sociale område for perioden 2011-2014") ==
        std::vector<int>{2011, 2012, 2013, 2014});
}

}  // namespace
}  // namespace bilag
