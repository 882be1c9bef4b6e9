// Text that plain `pdftotext` (without -layout) wrote from family documents
// (tests/fixtures/raw/, made by scripts/make_raw_fixtures.sh): a results
// table's cells one after another, and a running header with its page mark
// above the title.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extract/raw_cells.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kRawFixtures = BILAG_SOURCE_DIR "/tests/fixtures/raw/";

const Initiative* Named(const Extraction& extraction, const std::string& name) {
  for (const Initiative& initiative : extraction.initiatives) {
    if (initiative.name == name) return &initiative;
  }
  return nullptr;
}

TEST_CASE("raw text: a name cell followed by its description is an initiative with its amounts",
          "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-308.raw.txt");
  const Initiative* lektie = Named(extraction, "Lektiehjælp på Nørrebro");
  REQUIRE(lektie != nullptr);
  CHECK(lektie->rule == kRawNameCellRule);
  REQUIRE(lektie->amounts.size() == 1);
  CHECK(lektie->amounts[0].dkk == 600000);
  CHECK(lektie->amounts[0].year == 2006);
  // The figure cells below ("Mindst 20", "50 skoler") are tied to no row.
  CHECK(lektie->targets.empty());
  // A name wrapped over three lines; its description runs on past a proper
  // noun at a line's end ("Københavns" / "Erhvervscenter,") without
  // starting another initiative.
  CHECK(Named(extraction, "Virksomhedspraktik for flygtninge og familiesammenførte") != nullptr);
  for (const Initiative& initiative : extraction.initiatives) {
    CHECK(initiative.name.find("Forløbene") == std::string::npos);
    CHECK(initiative.name.find("Erhvervscenter") == std::string::npos);
  }
}

TEST_CASE("raw text: a name cell without a description is not told from a figure cell",
          "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-308.raw.txt");
  // "Fritidsjobguider for / langtidsledige indvandrere" stands alone like
  // "Foreligger / ikke": no initiative is made up from either.
  CHECK(Named(extraction, "Fritidsjobguider for langtidsledige indvandrere") == nullptr);
  CHECK(Named(extraction, "Foreligger ikke") == nullptr);
  CHECK(extraction.initiatives.size() == 2);
}

TEST_CASE("raw text: a page mark in the running header does not end the page", "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "handleplan-327.raw.txt");
  REQUIRE(!extraction.document.pages.empty());
  // "Københavns Kommune" / "Kultur- og Fritidsforvaltningen" / "Side 1 af 2"
  // head page 1; "Bilag 7" and the title are on it too.
  CHECK(extraction.document.pages.size() == 1);
  CHECK(extraction.info.bilag == "7");
}

}  // namespace
}  // namespace bilag
