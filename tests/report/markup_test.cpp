// The pieces of the report where a mistake breaks the page or puts a
// highlight in the wrong place: escaping, nesting of marks, finding a
// value's text in its line, and a budget cell's column.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/report/html.h"
#include "extractor/report/line_markup.h"
#include "extractor/report/locate.h"
#include "extractor/rules/rule_loader.h"

namespace bilag::report {
namespace {

TEST_CASE("escaping turns every markup character into an entity", "[report]") {
  CHECK(Escaped("Vækst&Mangfoldighed <p>\"citat\" 'x'") ==
        "Vækst&amp;Mangfoldighed &lt;p&gt;&quot;citat&quot; &#39;x&#39;");
  CHECK(Escaped("ingen tegn") == "ingen tegn");
}

TEST_CASE("JSON for a script element cannot close the element", "[report]") {
  std::string json;
  AppendJsonString("</script><!-- \"a\\b\"\n\u2028", &json);
  CHECK(json == "\"\\u003c/script\\u003e\\u003c!-- \\\"a\\\\b\\\"\\n\\u2028\"");
}

TEST_CASE("page images are base64 as RFC 4648 says, for data: URIs", "[report]") {
  auto base64 = [](std::string_view bytes) {
    std::string out = "x";  // appends
    AppendBase64(bytes, &out);
    return out;
  };
  CHECK(base64("") == "x");
  CHECK(base64("f") == "xZg==");
  CHECK(base64("fo") == "xZm8=");
  CHECK(base64("foo") == "xZm9v");
  CHECK(base64("foob") == "xZm9vYg==");
  CHECK(base64("fooba") == "xZm9vYmE=");
  CHECK(base64("foobar") == "xZm9vYmFy");
  CHECK(base64(std::string("\x89PNG\0\xff\xfe", 7)) == "xiVBORwD//g==");
}

TEST_CASE("amounts and numbers read the Danish way", "[report]") {
  CHECK(FormatDkk(7497000) == "7.497.000 kr.");
  CHECK(FormatDkk(500) == "500 kr.");
  CHECK(FormatDkk(-1200) == "-1.200 kr.");
  CHECK(FormatNumber(150) == "150");
  CHECK(FormatNumber(10.7) == "10,7");
  CHECK(FormatCss(12.5) == "12.5");
  CHECK(FormatCss(3.0) == "3");
}

TEST_CASE("marks nest, cross marks are left out, text stays escaped", "[report]") {
  std::string text = "A & B\t7,497 mio. kr. i alt";
  std::vector<Span> spans = {
      {6, 20, "<mark class=\"a\">", "</mark>"},   // the amount
      {6, 11, "<mark class=\"x\">", "</mark>"},   // a repair inside it
      {17, 26, "<mark class=\"m\">", "</mark>"},  // crosses the amount's end
      {30, 40, "<mark class=\"g\">", "</mark>"},  // outside the text
  };
  std::string out;
  std::vector<size_t> dropped = AppendMarkedLine(text, spans, &out);
  CHECK(out ==
        "A &amp; B<i class=\"t\">\t</i><mark class=\"a\"><mark class=\"x\">7,497</mark> mio. "
        "kr.</mark> i alt");
  CHECK(dropped == std::vector<size_t>{2, 3});
}

TEST_CASE("a value is found as a whole word, ignoring case, or by its wrapped start", "[report]") {
  // "2 mio. kr." also sits inside "12 mio. kr."; the free-standing one wins.
  std::optional<TextRange> range = FindInLine("12 mio. kr. og 2 mio. kr.", "2 mio. kr.");
  REQUIRE(range);
  CHECK(range->begin == 15);
  CHECK(range->end == 25);

  // Initiative names are often the heading's words in other case.
  range = FindInLine("1.1 Indsats vedrørende etnisk iværksætteri", "Etnisk Iværksætteri");
  REQUIRE(range);
  CHECK(range->begin == 24);

  range = FindInLine("ØKONOMIFORVALTNINGEN", "Økonomiforvaltningen");
  REQUIRE(range);
  CHECK(range->begin == 0);

  // A target whose text goes on in the next line: its start, to the cell end.
  std::string line = "Mål\tAt mindst 150 etniske iværksættere modtager\tnæste celle";
  range = FindInLine(line, "At mindst 150 etniske iværksættere modtager rådgivning i 2008");
  REQUIRE(range);
  CHECK(line.substr(range->begin, range->end - range->begin) ==
        "At mindst 150 etniske iværksættere modtager");

  CHECK_FALSE(FindInLine("Budget for 2009", "7,5 mio. kr."));

  // The next occurrence, for a second value with the same text.
  range = FindInLine("50 mio. kr. fra KK og 50 mio. kr. fra Realdania", "50 mio. kr.", 1);
  REQUIRE(range);
  CHECK(range->begin == 22);
}

Line TableLine(int number, int table, std::vector<std::string> cells) {
  Line line;
  line.page = 1;
  line.number = number;
  line.kind = LineKind::kTableRow;
  line.table = table;
  for (size_t i = 0; i < cells.size(); ++i) {
    line.text += (i > 0 ? "\t" : "") + cells[i];
    line.cells.push_back({cells[i], static_cast<int>(i)});
  }
  return line;
}

// What the report command passes: the shipped [[budget]] rules' total_header.
IsTotalHeader ShippedTotalHeader() {
  static const Result<RuleSet> kRules = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
  REQUIRE(kRules.ok());
  return [](std::string_view header) { return NamesTotalColumn(*kRules, header); };
}

// One page holding a table: a header row and one row under it.
Document OneTable(std::vector<std::string> header, std::vector<std::string> row) {
  Document doc;
  doc.pages.push_back({});
  doc.pages[0].number = 1;
  doc.pages[0].lines = {TableLine(1, 1, std::move(header)), TableLine(2, 1, std::move(row))};
  return doc;
}

TEST_CASE("a budget cell is found under its year's column, not at the first equal number",
          "[report]") {
  const Document doc = OneTable({"(i 1000 kr.)", "2008", "2009", "I alt"},
                                {"Etnisk iværksætter", "2000", "(Se note 1)", "2000"});
  BudgetCell total{
      "Etnisk iværksætter", std::nullopt, 2000000, true, std::nullopt, 1, 2, "r", false,
      std::nullopt};
  std::optional<TextRange> range = LocateBudgetCell(doc, total, ShippedTotalHeader());
  REQUIRE(range);
  const std::string& text = doc.pages[0].lines[1].text;
  CHECK(range->begin == text.rfind("2000"));

  BudgetCell noted{"Etnisk iværksætter", 2009, std::nullopt, false, "1", 1, 2, "r", false,
                   std::nullopt};
  range = LocateBudgetCell(doc, noted, ShippedTotalHeader());
  REQUIRE(range);
  CHECK(text.substr(range->begin, range->end - range->begin) == "(Se note 1)");
}

// The total column's header is whatever the rules' total_header accepts
// ("Samlet" in the shipped budget.toml), not a word the report knows.
TEST_CASE("a total budget cell is found under the header the budget rules call a total",
          "[report]") {
  const Document doc =
      OneTable({"(i 1000 kr.)", "2010", "2011", "Samlet"}, {"Netværk", "1000", "0", "1000"});
  BudgetCell total{"Netværk", std::nullopt, 1000000, true,        std::nullopt, 1,
                   2,         "r",          false,   std::nullopt};
  const std::string& text = doc.pages[0].lines[1].text;
  std::optional<TextRange> range = LocateBudgetCell(doc, total, ShippedTotalHeader());
  REQUIRE(range);
  CHECK(range->begin == text.rfind("1000"));
  // Without the rules no header is a total's: the first amount as written.
  range = LocateBudgetCell(doc, total, {});
  REQUIRE(range);
  CHECK(range->begin == text.find("1000"));
}

}  // namespace
}  // namespace bilag::report
