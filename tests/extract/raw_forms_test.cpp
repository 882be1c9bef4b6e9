// Key/value forms and budget overviews (statusskema) that plain
// `pdftotext` (without -layout) wrote block by block: label, blank line,
// value, blank line; header cells, then each row's item and figures
// (tests/fixtures/raw/statusskema-*.raw.txt, made by
// scripts/make_raw_fixtures.sh).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kRaw = BILAG_SOURCE_DIR "/tests/fixtures/raw/";
const std::string kForms = kRaw + "statusskema-600.raw.txt";

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

std::vector<const BudgetCell*> CellsOf(const Extraction& extraction, const std::string& item) {
  std::vector<const BudgetCell*> cells;
  for (const BudgetCell& cell : extraction.budget) {
    if (cell.item == item) cells.push_back(&cell);
  }
  return cells;
}

TEST_CASE("raw text: a budget overview's item and figure blocks are its rows", "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRaw + "statusskema-349-budget.raw.txt");
  // "t.kr." / "2011" / "2012" / "2013" / "I alt", then "Forældrekurser" /
  // "850" / "–" / "2.300" / "3.150": the dash is an empty cell, not a list
  // bullet before "2.300".
  const std::vector<const BudgetCell*> kurser = CellsOf(extraction, "Forældrekurser");
  REQUIRE(kurser.size() == 3);
  CHECK(kurser[0]->year == 2011);
  CHECK(kurser[0]->dkk == 850000);
  CHECK(kurser[1]->year == 2013);
  CHECK(kurser[1]->dkk == 2300000);
  CHECK(kurser[2]->total);
  CHECK(kurser[2]->dkk == 3150000);
  // Two rows of figures without their items, which pdftotext set after the
  // table in one block: "Familieklasser" / "Uddannelsesvejledning".
  const std::vector<const BudgetCell*> familie = CellsOf(extraction, "Familieklasser");
  REQUIRE(familie.size() == 4);
  CHECK(familie[0]->dkk == 1450000);
  CHECK(CellsOf(extraction, "Uddannelsesvejledning").size() == 3);
  CHECK(CellsOf(extraction, "I alt").size() == 4);
  CHECK(extraction.budget.size() == 22);
}

TEST_CASE("raw text: a budget overview's items set in one block above its year headers",
          "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRaw + "statusskema-372-budget.raw.txt");
  // "Beløb (i 1000 kr.)" / seven items, one wrapped ("Forebyggende
  // hjemmebesøg for tosprogede" / "elever (Se note 1)") / a note, then the
  // year headers and 7 x 4 figure blocks.
  const std::vector<const BudgetCell*> first =
      CellsOf(extraction, "Forebyggende hjemmebesøg for tosprogede elever");
  REQUIRE(first.size() == 3);
  CHECK(first[0]->year == 2008);
  CHECK(first[0]->dkk == 1600000);
  const std::vector<const BudgetCell*> sprog =
      CellsOf(extraction, "Sprogcaféer for kvinder uden for arbejdsmarkedet");
  REQUIRE(sprog.size() == 4);
  CHECK(sprog[3]->year == 2010);
  CHECK(sprog[3]->dkk == 4625000);
  CHECK(extraction.budget.size() == 24);
}

TEST_CASE("plain text: a form written 'Label: value' that names its initiative is read as rows",
          "[extract][raw]") {
  const Extraction e = testing::ExtractText(
      "Børne- og Ungdomsudvalgets statusskema for integrationsindsatsen 2007-2008\n\n"
      "1. Fritidsjobguider for medarbejdere med dansk som andetsprog\n"
      "Projektnavn: Fritidsjobguider for medarbejdere med dansk som andetsprog\n\n"
      "Målgruppe: Fritidsjobguider tilbydes medarbejdere med dansk som andetsprog i\n"
      "samarbejde med bydelens lokaludvalg.\n\n"
      "Finansiering: 1,4 mio. kr. om året i 2007 og 2008 fra integrationspuljen\n\n"
      "Indsatsens mål: 400 unge får et fritidsjob inden udgangen af 2008\n"
      "Forskellen i beskæftigelsesfrekvens mindskes med 10 procentpoint\n\n"
      "2. Netværksgrupper for piger i foreningslivet\n"
      "Projektnavn: Netværksgrupper for piger i foreningslivet\n\n"
      "Finansiering: Cirka 1,25 mio.kr. i 2007\n");
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& jobs = e.initiatives[0];
  CHECK(jobs.name == "Fritidsjobguider for medarbejdere med dansk som andetsprog");
  CHECK(jobs.fields.at("target_group") ==
        "Fritidsjobguider tilbydes medarbejdere med dansk som andetsprog i\nsamarbejde med "
        "bydelens lokaludvalg.");
  REQUIRE(jobs.amounts.size() == 2);
  CHECK(jobs.amounts[0].dkk == 1400000);
  // The goal's value goes on over the next line: two targets, one per line.
  REQUIRE(jobs.targets.size() == 2);
  CHECK(jobs.targets[0].value == 400);
  CHECK(jobs.targets[1].value == 10);
  CHECK(e.initiatives[1].name == "Netværksgrupper for piger i foreningslivet");
  REQUIRE(e.initiatives[1].amounts.size() == 1);
  CHECK(e.initiatives[1].amounts[0].dkk == 1250000);
}

}  // namespace
}  // namespace bilag
