// Text that plain `pdftotext` (without -layout) wrote from family documents
// (tests/fixtures/raw/, made by scripts/make_raw_fixtures.sh): a results
// table's cells one after another, and a running header with its page mark
// above the title.
#include <optional>
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

// The target's column, year and cell text, as the header and the row give them.
void CheckTarget(const Target& target, TargetKind kind, std::optional<int> year,
                 const std::string& text) {
  CHECK(target.kind == kind);
  CHECK(target.year == year);
  CHECK(target.text == text);
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
  // "Mål 2008" heads the names' column: the description is the row's
  // goal. The blocks below ("Mindst 20", "50 skoler", ..., the next row's
  // name without a description and its cells) outnumber the four figure
  // columns: they are tied to no row.
  REQUIRE(lektie->targets.size() == 1);
  CHECK(lektie->targets[0].kind == TargetKind::kGoal);
  CHECK(lektie->targets[0].year == 2008);
  CHECK(lektie->targets[0].text.starts_with("Tilbuddet er åbent to eftermiddage"));
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

TEST_CASE("raw text: names without a description are told by the rows' order", "[extract][raw]") {
  // Målsætning 2009 (above the names) | Resultatkrav 2009 | Resultat 2007:
  // pdftotext wrote each row as its name cell, then one block per figure
  // column. "Danskundervisning på folkeskolerne" and "Idrætsmentorer i
  // udsatte byområder" stand alone, like "Ingen" and "Minimum 12 forløb",
  // but exactly a row's three blocks after the names before them, in a run
  // of four rows with figures between: they are rows' names.
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-812.raw.txt");
  const Initiative* dansk = Named(extraction, "Danskundervisning på folkeskolerne");
  REQUIRE(dansk != nullptr);
  CHECK(dansk->rule == kRawNameCellRule);
  // Its blocks number the figure columns: tied to them in order.
  std::vector<Target> figures;
  for (const Target& target : dansk->targets) {
    if (target.value) figures.push_back(target);
  }
  REQUIRE(figures.size() == 2);
  CheckTarget(figures[0], TargetKind::kRequirement, 2009, "Højst 35%");
  CheckTarget(figures[1], TargetKind::kResult, 2007, "4,5%");
  CHECK(Named(extraction, "Idrætsmentorer i udsatte byområder") != nullptr);
  CHECK(Named(extraction, "Integrationsstillinger for tosprogede elever") != nullptr);
  for (const Initiative& initiative : extraction.initiatives) {
    CHECK(initiative.name != "Ingen");
    CHECK(initiative.name != "Minimum 12 forløb");
  }
}

TEST_CASE(
    "raw text: a name whose description runs on from its line starts a row in the rows' order",
    "[extract][raw]") {
  // Mål 2009 (above the names) | Resultatkrav 2008 | Resultat 2008 |
  // Resultat 2007, each row its name cell and three figure blocks; most
  // name cells go on into their description on the name's line.
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-816.raw.txt");
  const Initiative* tolk = Named(extraction, "Tolkebistand for etniske iværksættere");
  REQUIRE(tolk != nullptr);
  CHECK(tolk->rule == kRawNameCellRule);
  REQUIRE(tolk->targets.size() == 4);
  // The description is the row's goal, the three blocks after it its
  // figure cells in the header's order.
  CHECK(tolk->targets[0].kind == TargetKind::kGoal);
  CHECK(tolk->targets[0].text.starts_with("Tilbuddet er åbent to eftermiddage"));
  CheckTarget(tolk->targets[1], TargetKind::kRequirement, 2008, "3 procentpoint");
  CheckTarget(tolk->targets[2], TargetKind::kResult, 2008, "8 procentpoint");
  CheckTarget(tolk->targets[3], TargetKind::kResult, 2007, "Højst 2 procentpoint");
  // A description of two sentences, and names alone between such rows.
  CHECK(Named(extraction, "Iværksætterkurser for tosprogede forældre") != nullptr);
  CHECK(Named(extraction, "Opsøgende rådgivning på folkeskolerne") != nullptr);
  for (const Initiative& initiative : extraction.initiatives) {
    CHECK(initiative.name.find("Tilbuddet") == std::string::npos);
    CHECK(initiative.name != "Foreligger ikke");
  }
}

TEST_CASE("raw text: a figure cell between a name and its description is another column's",
          "[extract][raw]") {
  // "MEDARBEJDERE" / "Sprogcaféer på folkeskolerne" / "8 procentpoint" /
  // "Erfaringerne fra de første år ...": the figure is no part of the name
  // nor of its description (the goal "Mål 2005" above the names states).
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-905.raw.txt");
  const Initiative* sprog = Named(extraction, "Sprogcaféer på folkeskolerne");
  REQUIRE(sprog != nullptr);
  REQUIRE_FALSE(sprog->targets.empty());
  CHECK(sprog->targets[0].kind == TargetKind::kGoal);
  CHECK(sprog->targets[0].text.starts_with("Erfaringerne fra de første år"));
  CHECK(sprog->theme == std::optional<std::string>("MEDARBEJDERE"));
}

TEST_CASE("raw text: a first column headed Indsatsområde stands above the names",
          "[extract][raw]") {
  // Indsatsområde | Målsætning 2010 | Resultatkrav 2010 | Resultat 2007:
  // a row is its name and three figure blocks. Before "Indsatsområde" named
  // the names' column, the header began at "Målsætning", taken to stand
  // above the names, and the rows were counted a block short.
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "letter-903.raw.txt");
  const Initiative* leder = Named(extraction, "Lederuddannelse for unge ledige");
  REQUIRE(leder != nullptr);
  REQUIRE(leder->targets.size() == 3);
  CheckTarget(leder->targets[0], TargetKind::kGoal, 2010, "10");
  CheckTarget(leder->targets[1], TargetKind::kRequirement, 2010, "10 forløb");
  CheckTarget(leder->targets[2], TargetKind::kResult, 2007, "40");
  CHECK(Named(extraction, "Jobmentorer for etniske iværksættere") != nullptr);
}

TEST_CASE("raw text: rows spaced two ways over the same blocks give no names", "[extract][raw]") {
  // Målsætning 2007 | Resultat 2004 | Resultatkrav 2005: the rows with a
  // description above "Erfaringerne formidles til de øvrige / forvaltninger"
  // (a text cell of the row before) start one block off the rows that this
  // cell would start with the names below it: neither spacing is sure.
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-911.raw.txt");
  for (const Initiative& initiative : extraction.initiatives) {
    CHECK(initiative.name.find("Erfaringerne") == std::string::npos);
  }
  CHECK(Named(extraction, "Netværksgrupper for nyankomne familier") != nullptr);
}

TEST_CASE("raw text: a row's figure cells after its description are tied to the header's columns",
          "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "results-303.raw.txt");
  // Header "Indsats" / "Resultat 2009" / "Resultatkrav 2009" / "Mål 2009";
  // the row's three cells follow its description, one block each.
  const Initiative* sprog = Named(extraction, "Sprogstimulering i Tingbjerg og Husum");
  REQUIRE(sprog != nullptr);
  REQUIRE(sprog->targets.size() == 3);
  CHECK(sprog->targets[0].kind == TargetKind::kResult);
  CHECK(sprog->targets[0].year == 2009);
  CHECK(sprog->targets[0].text == "Mindst 400");
  CHECK(sprog->targets[0].comparator == Comparator::kAtLeast);
  CHECK(sprog->targets[1].kind == TargetKind::kRequirement);
  CHECK(sprog->targets[1].text == "120");
  CHECK(sprog->targets[2].kind == TargetKind::kGoal);
  CHECK(sprog->targets[2].text == "Minimum 80");
  const Initiative* fritid =
      Named(extraction, "Fritidsjobguider for ældre med anden etnisk baggrund");
  REQUIRE(fritid != nullptr);
  REQUIRE(fritid->targets.size() == 3);
  CHECK(fritid->targets[1].kind == TargetKind::kRequirement);
  CHECK(fritid->targets[1].text == "40 procent");
  // The last row has no cells before the text ends: nothing to tie.
  const Initiative* tolk = Named(extraction, "Tolkebistand på bibliotekerne");
  REQUIRE(tolk != nullptr);
  CHECK(tolk->targets.empty());
}

TEST_CASE(
    "raw text: a header cell longer than its rule counts as the text column its first word "
    "names",
    "[extract][raw]") {
  const Extraction extraction = testing::ExtractFile(kRawFixtures + "status-305.raw.txt");
  // "Indsatser" / "Succeskriterier" / "Status ultimo 2011": two columns
  // after the names, so the bullet and the status paragraph below the
  // description are the row's two cells.
  const Initiative* mentor = Named(extraction, "Mentorordning for ældre med anden etnisk baggrund");
  REQUIRE(mentor != nullptr);
  REQUIRE(mentor->targets.size() == 1);
  CHECK(mentor->targets[0].kind == TargetKind::kSuccessCriterion);
  CHECK(mentor->targets[0].text == "Frafaldet blandt deltagerne er 25 %");
  REQUIRE(mentor->targets[0].value.has_value());
  CHECK(*mentor->targets[0].value == 25);
  REQUIRE(mentor->fields.count("status") == 1);
  CHECK(mentor->fields.at("status").starts_with("Indsatsen starter 1. oktober 2011."));
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
