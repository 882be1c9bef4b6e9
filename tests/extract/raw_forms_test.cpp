// Key/value forms (statusskema) that plain `pdftotext` (without -layout)
// wrote block by block: label, blank line, value, blank line
// (tests/fixtures/raw/statusskema-600.raw.txt, made by
// scripts/make_raw_fixtures.sh).
#include <string>

#include <catch2/catch.hpp>

#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kForms = BILAG_SOURCE_DIR "/tests/fixtures/raw/statusskema-600.raw.txt";

const Initiative* Named(const Extraction& extraction, const std::string& name) {
  for (const Initiative& initiative : extraction.initiatives) {
    if (initiative.name == name) return &initiative;
  }
  return nullptr;
}

TEST_CASE("raw text: a form's label and the block below it are a labelled row", "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kForms);
  // "Navn på indsats" names each form's initiative, not its heading
  // ("1.1 Indsats vedrørende sprogcaféer").
  REQUIRE(extraction.initiatives.size() == 5);
  const Initiative* sprog = Named(extraction, "Sprogcaféer for ældre med anden etnisk baggrund");
  REQUIRE(sprog != nullptr);
  // "Økonomi" / "Der er afsat 120.000 kr. i 2012" / "0,6 mio.kr. i perioden 2011-2013 ..."
  REQUIRE(sprog->amounts.size() == 2);
  CHECK(sprog->amounts[0].dkk == 120000);
  CHECK(sprog->amounts[0].year == 2012);
  CHECK(sprog->amounts[1].dkk == 600000);
  // "Indsatsens mål" / two bullets: one target each.
  REQUIRE(sprog->targets.size() == 2);
  CHECK(sprog->targets[0].value == 20);
  CHECK(sprog->targets[1].value == 85);
  CHECK(sprog->fields.contains("target_group"));
  // A label cell wrapped over three lines ("Hvordan bidrager" / "indsatsen
  // til mål i" / "integrationspolitikken") is one label.
  CHECK(sprog->fields.contains("contribution"));
  CHECK(sprog->fields.at("follow_up") == "Ekstern evaluering i 2014.");
}

TEST_CASE("raw text: a form label below a heading at a page's top is no running header",
          "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kForms);
  // Pages 2 and 3 start "1.2 Tolkebistand ..." / "Navn på indsats" and
  // "1.4 Motionshold ..." / "Navn på indsats": the label is body text.
  const Initiative* tolk = Named(extraction, "Tolkebistand for piger i foreningslivet");
  REQUIRE(tolk != nullptr);
  CHECK(tolk->targets.size() == 3);
  CHECK(Named(extraction, "Motionshold for nyankomne familier") != nullptr);
}

}  // namespace
}  // namespace bilag
