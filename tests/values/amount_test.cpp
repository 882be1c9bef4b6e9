#include "extractor/values/amount.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace bilag {
namespace {

AmountOptions MoneyField() {
  AmountOptions options;
  options.money_field = true;
  return options;
}

FoundAmount Parse(std::string_view text, const AmountOptions& options = {}) {
  const Result<FoundAmount> r = ParseAmount(text, options);
  INFO(text << ": " << r.status().ToString());
  REQUIRE(r.ok());
  return *r;
}

int64_t Dkk(std::string_view text, const AmountOptions& options = {}) {
  return Parse(text, options).dkk;
}

std::string CodeName(std::string_view text, const AmountOptions& options = {}) {
  return std::string(ParseAmount(text, options).status().code_name());
}

TEST_CASE("ParseAmount scales units to whole kroner", "[amount]") {
  CHECK(Dkk("2,5 mio. kr.") == 2500000);
  CHECK(Dkk("100 mio.kr.") == 100000000);
  CHECK(Dkk("7,497 mio. kr.") == 7497000);
  CHECK(Dkk("323.000 kr.") == 323000);
  CHECK(Dkk("kr. 250.000") == 250000);
  CHECK(Dkk("2.500 t.kr.") == 2500000);
  CHECK(Dkk("2.500 t. kr.") == 2500000);
  CHECK(Dkk("500 tkr.") == 500000);
  CHECK(Dkk("1,2 mia. kr.") == 1200000000);
  CHECK(Dkk("3 mrd. kr.") == 3000000000);
  CHECK(Dkk("1 milliard kroner") == 1000000000);
  CHECK(Dkk("2 milliarder kroner") == 2000000000);
  CHECK(Dkk("50 mio. kr.") == 50000000);
  CHECK(Dkk("300.000 kr.") == 300000);
  CHECK(Dkk("DKK 1,5 mio.") == 1500000);
  CHECK(Dkk("1,5 mio") == 1500000);
  CHECK(Dkk("1,5 mio.") == 1500000);
  CHECK(Dkk("50mio.") == 50000000);
  CHECK(Dkk("3 mill. kr.") == 3000000);
  CHECK(Dkk("2 millioner kroner") == 2000000);
  CHECK(Dkk("1 million kr.") == 1000000);
  CHECK(Dkk("5 tusind kr.") == 5000);
  CHECK(Dkk("1.000 kr.") == 1000);
  CHECK(Dkk("250.000,-") == 250000);
  CHECK(Dkk("kr. 250.000,-") == 250000);
  CHECK(Dkk("kr. 250.000,00") == 250000);
  CHECK(Dkk("2,5 mio. DKK") == 2500000);
  CHECK(Dkk("1 500 kr.") == 1500);
  CHECK(Dkk("1\xC2\xA0"
            "500\xC2\xA0kr.") == 1500);
  CHECK(Dkk("1,2345 mio. kr.") == 1234500);
  CHECK(Dkk("2.5 mio. kr.") == 2500000);  // OCR / English decimal point
  CHECK(Dkk("7,5 mio. kr. i 2009.") == 7500000);
}

TEST_CASE("kroner never have three decimals: '350,000 kr.' is a misread thousands separator",
          "[amount]") {
  CHECK(Dkk("350,000 kr.") == 350000);
  CHECK(Dkk("kr. 125,500") == 125500);
  CHECK(Dkk("1,250 mio. kr.") == 1250000);                      // a scale keeps its decimals
  CHECK(CodeName("350,50 kr.") == "amount-fractional-kroner");  // two decimals are øre
  CHECK(Dkk("1.350,000 kr.") == 1350);  // grouped: the comma is the decimal mark
}

TEST_CASE("OCR's '1' for 'i' between a sum and its year still gives the year", "[amount]") {
  const std::vector<FoundAmount> found = FindAmounts("Budget: 4,2 mio. kr. 1 2007.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].years == std::vector<int>{2007});
  const std::vector<FoundAmount> two = FindAmounts("400.000 kr. 1 2008 og 2009");
  REQUIRE(two.size() == 1);
  CHECK(two[0].years == std::vector<int>{2008, 2009});
  // ... or glued to the year: "i 2013" read as "12013".
  const std::vector<FoundAmount> glued = FindAmounts("Der er afsat 180.000 kr. 12013.");
  REQUIRE(glued.size() == 1);
  CHECK(glued[0].dkk == 180000);
  CHECK(glued[0].years == std::vector<int>{2013});
  const std::vector<FoundAmount> next_cell = FindAmounts("180.000 kr.\t12013");
  REQUIRE(!next_cell.empty());
  CHECK(next_cell[0].years.empty());
  const std::vector<FoundAmount> none = FindAmounts("2 mio. kr. 10 2007");
  REQUIRE(!none.empty());
  CHECK(none[0].years.empty());
}

TEST_CASE("ParseAmount: the whole text and nothing else", "[amount]") {
  const FoundAmount a = Parse("2,5 mio. kr.");
  CHECK(a.begin == 0);
  CHECK(a.end == 12);
  CHECK(a.text == "2,5 mio. kr.");
  CHECK_FALSE(a.approximate);
  CHECK_FALSE(a.per_year);
  CHECK(a.years.empty());
  CHECK_FALSE(a.bare);
}

TEST_CASE("A bare number is money only in a money field, or as an approximate sum in thousands",
          "[amount]") {
  CHECK(CodeName("200.000") == "amount-no-unit");
  CHECK(CodeName("150") == "amount-no-unit");
  // "Ca. 150.000" without a unit is kroner (the devset's gold convention);
  // a small or ungrouped number, or one that counts something, is not.
  CHECK(CodeName("Ca. 200.000") == "ok");
  CHECK(CodeName("ca. 2.000") == "amount-no-unit");
  CHECK(FindAmounts("ca. 14.000 børn og unge").empty());
  CHECK(FindAmounts("Ca. 350.000 i 2012 fra en statslig pulje").size() == 1);
  const FoundAmount a = Parse("Ca. 200.000", MoneyField());
  CHECK(a.dkk == 200000);
  CHECK(a.approximate);
  CHECK(a.bare);
  const FoundAmount b = Parse("Ca. 200.000 i 2009", MoneyField());
  CHECK(b.dkk == 200000);
  CHECK(b.approximate);
  CHECK(b.years == std::vector<int>{2009});
  CHECK_FALSE(b.per_year);
  // A bare year stays a year even in a money field.
  CHECK(CodeName("2009", MoneyField()) == "amount-no-unit");
  CHECK(CodeName("I 08", MoneyField()) == "amount-no-unit");
  AmountOptions table;
  table.bare_multiplier = 1000;
  CHECK(Dkk("16.970", table) == 16970000);
  CHECK(Dkk("2.000 kr.", table) == 2000);  // its own unit wins
}

TEST_CASE("Approximation markers", "[amount]") {
  CHECK(Parse("ca. 22 mio. kr.").approximate);
  CHECK(Parse("ca 22 mio. kr.").approximate);
  CHECK(Parse("Ca. 22 mio. kr.").approximate);
  CHECK(Parse("cirka 3 mio. kr.").approximate);
  CHECK(Parse("omkring 2 mio. kr.").approximate);
  CHECK(Parse("omtrent 2 mio. kr.").approximate);
  CHECK(Parse("knap 1 mio. kr.").approximate);
  CHECK(Parse("godt 4 mio. kr.").approximate);
  CHECK(Parse("op mod 5 mio. kr.").approximate);
  CHECK(Parse("ca.\xC2\xA0"
              "22 mio. kr.")
            .approximate);
  CHECK(Parse("ca. 22 mio. kr.").text == "ca. 22 mio. kr.");
  CHECK(Parse("ca. kr. 250.000").dkk == 250000);
  // "op til" is a ceiling (a comparator), not an estimate.
  const auto ceiling = FindAmounts("op til 5 mio. kr.");
  REQUIRE(ceiling.size() == 1);
  CHECK_FALSE(ceiling[0].approximate);
  CHECK(ceiling[0].text == "5 mio. kr.");
}

TEST_CASE("Per-year amounts and their years", "[amount]") {
  const FoundAmount a = Parse("2,5 mio. kr. årligt for 2005, 2006 og 2007");
  CHECK(a.dkk == 2500000);
  CHECK(a.per_year);
  CHECK(a.years == std::vector<int>{2005, 2006, 2007});
  CHECK(a.unit_end == 12);
  CHECK(a.text.substr(0, a.unit_end - a.begin) == "2,5 mio. kr.");
  const std::vector<Amount> model = ToModelAmounts(a);
  REQUIRE(model.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(model[i].dkk == 2500000);
    CHECK(model[i].per_year);
    CHECK_FALSE(model[i].approximate);
    CHECK(model[i].text == "2,5 mio. kr. årligt for 2005, 2006 og 2007");
  }
  CHECK(model[0].year == 2005);
  CHECK(model[1].year == 2006);
  CHECK(model[2].year == 2007);

  const FoundAmount range = Parse("3 mio. kr. årligt i 2010-2012");
  CHECK(range.per_year);
  CHECK(range.years == std::vector<int>{2010, 2011, 2012});
  CHECK(Parse("3 mio. kr. årligt i 2010\xE2\x80\x93"
              "2012")
            .years == std::vector<int>{2010, 2011, 2012});
  CHECK(Parse("3 mio. kr. årligt fra 2010 til 2012").years == std::vector<int>{2010, 2011, 2012});
  CHECK(Parse("3 mio. kr. i 2010 og 2011 årligt").per_year);

  const FoundAmount one = Parse("7,5 mio. kr. i 2009");
  CHECK(one.dkk == 7500000);
  CHECK_FALSE(one.per_year);
  CHECK(one.years == std::vector<int>{2009});
  const auto one_model = ToModelAmounts(one);
  REQUIRE(one_model.size() == 1);
  CHECK(one_model[0].year == 2009);

  for (const char* text : {"1 mio. kr. årligt", "1 mio. kr. om året", "1 mio. kr. pr. år",
                           "1 mio. kr. per år", "1 mio. kr. hvert år", "1 mio. kr. årlig"}) {
    INFO(text);
    const FoundAmount f = Parse(text);
    CHECK(f.per_year);
    CHECK(f.years.empty());
    const auto m = ToModelAmounts(f);
    REQUIRE(m.size() == 1);
    CHECK_FALSE(m[0].year.has_value());
    CHECK(m[0].per_year);
  }

  // A sum over a period: one amount, no single year.
  const FoundAmount period = Parse("2 mio. kr. for perioden 2011-2014");
  CHECK(period.years == std::vector<int>{2011, 2012, 2013, 2014});
  CHECK_FALSE(period.per_year);
  const auto period_model = ToModelAmounts(period);
  REQUIRE(period_model.size() == 1);
  CHECK_FALSE(period_model[0].year.has_value());
  CHECK(Parse("2 mio. kr. i 2013/2014").years == std::vector<int>{2013, 2014});
}

TEST_CASE("The OCR'd per-year sentence of seed 000", "[amount][seed]") {
  const std::string text =
      "blev der afsat 2,5 mio. kr. arligt for 2005,\n2006 og 2007 til etablering af en opsggende";
  const auto found = FindAmounts(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].dkk == 2500000);
  CHECK(found[0].per_year);
  CHECK(found[0].years == std::vector<int>{2005, 2006, 2007});
  CHECK(found[0].begin == 15);
  CHECK(found[0].text == "2,5 mio. kr. arligt for 2005,\n2006 og 2007");
}

TEST_CASE("FindAmounts in sentences", "[amount]") {
  SECTION("the percentages beside an amount are not amounts") {
    const std::string text = "100 mio.kr. (Realdania: 50%, KK -TMU og ØU: 50%)";
    const auto found = FindAmounts(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].dkk == 100000000);
    CHECK(found[0].begin == 0);
    CHECK(found[0].end == 11);
    CHECK(found[0].text == "100 mio.kr.");
    CHECK(FindAmounts(text, MoneyField()).size() == 1);
  }
  SECTION("byte offsets after multibyte letters") {
    const std::string text = "Økonomi: 2 mio. kr.";
    const auto found = FindAmounts(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].begin == 10);
    CHECK(found[0].end == text.size());
  }
  SECTION("two amounts, and words after them that are not years") {
    const auto found = FindAmounts(
        "4) Partnerskab for byudviklingen af Mimersgadekvarteret: 50 mio. kr. fra Københavns "
        "Kommune (TMU og ØU) og 50 mio. kr. fra Realdania.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].dkk == 50000000);
    CHECK(found[0].text == "50 mio. kr.");
    CHECK(found[0].years.empty());
    CHECK(found[1].dkk == 50000000);
  }
  SECTION("prose around the amount") {
    const auto a = FindAmounts(
        "2 mio. kr. var oprindeligt afsat via Integrationsaftalen, men pga. loftet over "
        "serviceudgifter blev disse midler udskudt.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].dkk == 2000000);
    const auto b = FindAmounts("Det samlede budget i det 3-arige projekt er ca. 22 mio. kr.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].dkk == 22000000);
    CHECK(b[0].approximate);
    CHECK(b[0].text == "ca. 22 mio. kr.");
    for (const AmountOptions& options : {AmountOptions{}, MoneyField()}) {
      const auto c = FindAmounts(
          "I 08 er der udmøntet 300.000 kr. til kurser i anti-diskrimination.", options);
      REQUIRE(c.size() == 1);
      CHECK(c[0].dkk == 300000);
      CHECK(c[0].years.empty());
    }
  }
  SECTION("the one year its sentence names is the amount's year") {
    auto found = FindAmounts("I 2009 er der afsat 2 mio. kr. til indsatsen.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].years == std::vector<int>{2009});
    found = FindAmounts("Ca. 200.000 kr. anvendes til lokale aktiviteter i 2013. Resten i 2014.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].years == std::vector<int>{2013});
  }
  SECTION("a sentence with two years or two amounts gives no year") {
    auto found = FindAmounts("I 2009 og i 2010 er der afsat 2 mio. kr. til indsatsen.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].years.empty());
    found = FindAmounts("I 2009 er der afsat 2 mio. kr. og 300.000 kr. fra fonden.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].years.empty());
    CHECK(found[1].years.empty());
  }
  SECTION("a price level is not a year") {
    const auto found = FindAmounts("2,5 mio. kr. i 2009-priser");
    REQUIRE(found.size() == 1);
    CHECK(found[0].years.empty());
    CHECK(found[0].text == "2,5 mio. kr.");
  }
  SECTION("'fra' alone is a start, not the year of the sum") {
    const auto found = FindAmounts("2 mio. kr. fra 2010");
    REQUIRE(found.size() == 1);
    CHECK(found[0].years.empty());
  }
  SECTION("a money field") {
    const auto found = FindAmounts("Ca. 200.000 i 2009", MoneyField());
    REQUIRE(found.size() == 1);
    CHECK(found[0].dkk == 200000);
    CHECK(found[0].approximate);
    CHECK(found[0].years == std::vector<int>{2009});
    CHECK(found[0].text == "Ca. 200.000 i 2009");
    CHECK(found[0].bare);
    CHECK(FindAmounts("200.000 i 2009").empty());
  }
}

TEST_CASE("FindAmounts: things that are never money", "[amount]") {
  const char* const kNever[] = {
      "At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008",
      "150 etniske iværksættere",
      "Sagsnr. 2010-32472",
      "2010-32472",
      "Dokumentnr.\n2010-204624",
      "Telefon\n3317 3047",
      "3317 3047",
      "EAN nummer 5798009683052",
      "1.1 Indsats vedrørende etnisk iværksætteri",
      "Side 2 af 4",
      "henholdsvis den 21. april og den 7. maj 2009.",
      "23-03-2010",
      "Budget for 2009 er uafklaret.",
      "Der er afsat et årsværk for 2007 og to årsværk for hhv. 2008 og 2009.",
      "Integrationsindsatser i relation til mål i integrationspolitikken (i 1000 kr.)",
      "(1.000 kr.)",
      "Realdania: 50%",
      "Målet er 13 pct. i 2013",
      "2) Borgerrepræsentationen vedtog",
      "Ad 1: Økonomiudvalget bedes udfylde statusskema",
      "Alle beboere i Mimersgadekvarteret (ca. 1500 personer i alle aldre, køn og etnisk "
      "baggrund).",
      "Bernstorffsgade 17,5.Sal 1592 København V",
      "Det samlede budget i det 3-arige projekt",
      "Samlet når indsatsen ud til 250-300 medarbejdere",
      "(Se note 1)",
      "5 tusind deltagere",
      "1 million indbyggere",
  };
  for (const char* text : kNever) {
    INFO(text);
    CHECK(FindAmounts(text).empty());
    CHECK(FindAmounts(text, MoneyField()).empty());
  }
}

// The scanner tries the keywords ("konto", "j. nr.", "kontonr.") only in the
// few bytes before each number (scan.cpp); whatever stands between keyword
// and number (spaces, ':', '.', '#', a no-break space) and before the
// keyword (long Danish words, other numbers) must not hide one.
TEST_CASE("FindAmounts: a keyword names the number after its spaces and signs", "[amount]") {
  const char* const kNamed[] = {
      "Konto 250.000",
      "J.     nr. :  #  250.000",
      "Støtteordningens konto:\xC2\xA0\xC2\xA0"
      "250.000",
      "Udgifter 2010: 12.000, kontonr.:250.000",
      "Børneområdets dokumentnr.    ...   250.000",
  };
  for (const char* text : kNamed) {
    INFO(text);
    for (const FoundAmount& found : FindAmounts(text, MoneyField())) CHECK(found.dkk != 250000);
  }
  // The same numbers without the keyword are amounts in a money field.
  CHECK(FindAmounts("Beløb:  #  250.000", MoneyField()).size() == 1);
  CHECK(FindAmounts("Støtteordningens tilskud:\xC2\xA0\xC2\xA0"
                    "250.000",
                    MoneyField())
            .size() == 1);
}

// What FindAmounts reports for `text`: each finding's code and the text
// at its offset, as far as its message quotes it.
struct Reported {
  std::string code, text;
  bool operator==(const Reported& other) const { return code == other.code && text == other.text; }
};
class ReportedList final : public WarningSink {
 public:
  explicit ReportedList(std::string_view text) : text_(text) {}
  void Warn(std::string code, std::string message, int page, int line) override {
    FAIL("a value reader knows no page or line: " << code << " " << message << page << line);
  }
  void WarnAt(size_t offset, std::string code, std::string message) override {
    // The message opens with the phrase quoted: "'2-3 mio. kr.' is not ...".
    const size_t quote_end = message.find('\'', 1);
    REQUIRE(message[0] == '\'');
    REQUIRE(quote_end != std::string::npos);
    const std::string quoted = message.substr(1, quote_end - 1);
    CHECK(text_.substr(offset, quoted.size()) == quoted);
    list.push_back({std::move(code), quoted});
  }
  std::vector<Reported> list;

 private:
  std::string_view text_;
};
std::vector<Reported> Problems(const std::string& text, size_t expected_amounts = 0) {
  ReportedList reported(text);
  CHECK(FindAmounts(text, {}, &reported).size() == expected_amounts);
  return reported.list;
}

TEST_CASE("Money that cannot be read exactly is a problem, not a guess", "[amount]") {
  struct Case {
    std::string text;
    Reported reported;
  };
  const std::vector<Case> cases = {
      {"Prisen er 12,50 kr. pr. stk.", {"amount-fractional-kroner", "12,50 kr."}},
      {"EU gav 2 mio. euro", {"amount-foreign-currency", "2 mio. euro"}},
      {"Der afsættes 2-3 mio. kr.", {"amount-range", "2-3 mio. kr."}},
      {"Der afsættes 2 - 3 mio. kr", {"amount-range", "2 - 3 mio. kr"}},
      {"Der bruges mellem 2 og 3 mio. kr. i alt", {"amount-range", "2 og 3 mio. kr."}},
      // A foreign currency before the number, as English and EU texts write it.
      {"Fonden giver EUR 500.000 til projektet", {"amount-foreign-currency", "EUR 500.000"}},
      {"Fonden giver USD 400.000 til projektet", {"amount-foreign-currency", "USD 400.000"}},
      {"Fonden giver € 25.000 til projektet", {"amount-foreign-currency", "€ 25.000"}},
      {"Partneren betaler 400.000 USD", {"amount-foreign-currency", "400.000 USD"}},
      // OCR's "600. 0004 kr.": no sum starts with a 0.
      {"Budget 600. 0004 kr. i 2008", {"amount-malformed", "0004 kr."}},
      {"Budget kr. 0350 i 2008", {"amount-malformed", "kr. 0350"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Problems(c.text) == std::vector<Reported>{c.reported});
  }
  // Without "mellem", "2 og 3 mio. kr." may be two sums: no range.
  CHECK(Problems("Der bruges 2 og 3 mio. kr.", 1).empty());

  CHECK(CodeName("12,50 kr.") == "amount-fractional-kroner");
  CHECK(CodeName("2 mio. euro") == "amount-foreign-currency");
  CHECK(CodeName("EUR 500.000") == "amount-foreign-currency");
  CHECK(CodeName("2-3 mio. kr.") == "amount-range");
  CHECK(CodeName("mellem 2 og 3 mio. kr.") == "amount-range");
  CHECK(CodeName("99.999.999.999 mia. kr.") == "amount-overflow");
  CHECK(CodeName("0004 kr.") == "amount-malformed");
  CHECK(Dkk("0,75 mio. kr.") == 750000);  // one 0 before the decimal mark is a number
}

TEST_CASE("ParseAmount errors", "[amount]") {
  CHECK(CodeName("") == "amount-empty");
  CHECK(CodeName("ingen") == "amount-no-number");
  CHECK(CodeName("2 mio. kr. og 3 mio. kr.") == "amount-several");
  CHECK(CodeName("2 mio. kr. var afsat") == "amount-trailing-text");
  CHECK(CodeName("Budget: 2 mio. kr.") == "amount-trailing-text");
}

TEST_CASE("ParseCellAmount scales table cells", "[amount]") {
  CHECK(*ParseCellAmount("16.970", 1000) == 16970000);
  CHECK(*ParseCellAmount("2000", 1000) == 2000000);
  CHECK(*ParseCellAmount("15.290", 1000) == 15290000);
  CHECK(*ParseCellAmount("135.913", 1000) == 135913000);
  CHECK(*ParseCellAmount("100.000", 1000) == 100000000);
  CHECK(*ParseCellAmount(" 323 ", 1000) == 323000);
  CHECK(*ParseCellAmount("2,5", 1000000) == 2500000);
  CHECK(*ParseCellAmount("2,050", 1000) == 2050);
  CHECK(*ParseCellAmount("-500", 1000) == -500000);
  CHECK(*ParseCellAmount("2.000 kr.", 1000) == 2000);
  CHECK(ParseCellAmount("0,4", 1).status().code() == ErrorCode::kAmountFractionalKroner);
  CHECK(ParseCellAmount("(Se note 1)", 1000).status().code() == ErrorCode::kCellNote);
  CHECK(ParseCellAmount("", 1000).status().code() == ErrorCode::kCellEmpty);
  CHECK(ParseCellAmount("-", 1000).status().code() == ErrorCode::kCellEmpty);
  CHECK(ParseCellAmount("I alt", 1000).status().code() == ErrorCode::kCellUnreadable);
  CHECK(CellNoteReference("(Se note 1)") == "1");
  CHECK(CellNoteReference("Se note 2") == "2");
  CHECK(CellNoteReference("(se Note 12)") == "12");
  CHECK_FALSE(CellNoteReference("2000").has_value());
  CHECK_FALSE(CellNoteReference("notes").has_value());
}

TEST_CASE("ParseTableUnit reads a header's unit", "[amount]") {
  CHECK(ParseTableUnit(
            "Integrationsindsatser i relation til mål i integrationspolitikken (i 1000 kr.)") ==
        1000);
  CHECK(ParseTableUnit("(1.000 kr.)") == 1000);
  CHECK(ParseTableUnit("Beløb i 1.000 kr.") == 1000);
  CHECK(ParseTableUnit("(i tusind kr.)") == 1000);
  CHECK(ParseTableUnit("t.kr.") == 1000);
  CHECK(ParseTableUnit("Udgifter (tkr.)") == 1000);
  CHECK(ParseTableUnit("Beløb i mio. kr.") == 1000000);
  CHECK(ParseTableUnit("(1 mio. kr.)") == 1000000);
  CHECK(ParseTableUnit("mia. kr.") == 1000000000);
  CHECK(ParseTableUnit("kr.") == 1);
  CHECK_FALSE(ParseTableUnit("2008").has_value());
  CHECK_FALSE(ParseTableUnit("I alt").has_value());
  CHECK_FALSE(ParseTableUnit("Kroppen").has_value());
}

}  // namespace
}  // namespace bilag
