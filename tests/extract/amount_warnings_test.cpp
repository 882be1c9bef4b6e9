// Money that is no single sum of kroner (a range, a foreign currency) gives
// no amount and a warning with its page, line and text: the amount parser's
// findings reach the document's warnings through the whole pipeline. The
// inputs are in tests/fixtures/amount_warnings/.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/model/extraction.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/amount_warnings/";
const std::string kFixture = kFixtures + "ranges_and_currencies.txt";

const Warning* WarningOnLine(const Extraction& e, int line) {
  for (const Warning& warning : e.document.warnings) {
    if (warning.line == line && warning.code.rfind("amount-", 0) == 0) return &warning;
  }
  return nullptr;
}

TEST_CASE("ranges and foreign currencies are warnings with page, line and text",
          "[extract][amount]") {
  const Extraction e = testing::ExtractFile(kFixture);
  struct Case {
    int line;
    std::string code, text;
  };
  const std::vector<Case> cases = {
      {4, "amount-range", "2-3 mio. kr."},           {5, "amount-range", "2 - 3 mio. kr"},
      {6, "amount-range", "2 og 3 mio. kr."},        {7, "amount-foreign-currency", "2 mio. euro"},
      {8, "amount-foreign-currency", "EUR 500.000"}, {9, "amount-foreign-currency", "USD 400.000"},
  };
  for (const Case& c : cases) {
    INFO("line " << c.line);
    const Warning* warning = WarningOnLine(e, c.line);
    REQUIRE(warning != nullptr);
    CHECK(warning->code == c.code);
    CHECK(warning->page == 1);
    CHECK(warning->message.find("'" + c.text + "'") != std::string::npos);
  }
  // Only the one sum in kroner is an amount; none of the above is one.
  REQUIRE(e.initiatives.size() == 1);
  REQUIRE(e.initiatives[0].amounts.size() == 1);
  CHECK(e.initiatives[0].amounts[0].dkk == 1500000);
  CHECK(e.initiatives[0].amounts[0].year == std::optional<int>(2014));
}

TEST_CASE("a budget cell the reader cannot take keeps the reader's own finding",
          "[extract][amount]") {
  const Extraction e = testing::ExtractFile(kFixtures + "budget_cells.txt");
  // Øre are not rounded away: the cell is left out with the reader's code.
  const Warning* fraction = WarningOnLine(e, 3);
  REQUIRE(fraction != nullptr);
  CHECK(fraction->code == "amount-fractional-kroner");
  CHECK(fraction->message.find("\"12,50\"") != std::string::npos);
  // Beside a note, what is no number was dropped in silence before.
  const Warning* beside_note = WarningOnLine(e, 4);
  REQUIRE(beside_note != nullptr);
  CHECK(beside_note->code == "amount-unparsed");
  CHECK(beside_note->message.find("'ca'") != std::string::npos);
  for (const BudgetCell& cell : e.budget) {
    if (cell.item == "Kurser" && cell.year == std::optional<int>(2011)) {
      CHECK(cell.note == std::optional<std::string>("1"));
      CHECK_FALSE(cell.dkk.has_value());
    }
  }
}

}  // namespace
}  // namespace bilag
