// Money that is no single sum of kroner (a range, a foreign currency) gives
// no amount and a warning with its page, line and text: the amount parser's
// findings reach the document's warnings through the whole pipeline. The
// input is tests/fixtures/amount_warnings/ranges_and_currencies.txt.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extract/extract.h"
#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/normalise/normalise.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kFixture =
    BILAG_SOURCE_DIR "/tests/fixtures/amount_warnings/ranges_and_currencies.txt";

Extraction ExtractFixture() {
  Result<Document> doc = IngestFile(kFixture, IngestOptions());
  REQUIRE(doc.ok());
  AnalyseLayout(&doc.value());
  Normalise(NormaliseOptions(), &doc.value());
  return Extract(testing::ShippedRules(), std::move(doc).value());
}

const Warning* WarningOnLine(const Extraction& e, int line) {
  for (const Warning& warning : e.document.warnings) {
    if (warning.line == line && warning.code.rfind("amount-", 0) == 0) return &warning;
  }
  return nullptr;
}

TEST_CASE("ranges and foreign currencies are warnings with page, line and text",
          "[extract][amount]") {
  const Extraction e = ExtractFixture();
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

}  // namespace
}  // namespace bilag
