// Targets of born-digital bilag set the ways the family documents set them
// (tests/fixtures/targets/, made by scripts/make_target_fixtures.py): the
// year a results column takes from a header whose year the layout put in a
// spanning cell, the end of a target list at a paragraph after it, the
// items of an unmarked list that start with a figure, and target prose in
// the block of a labelled paragraph.
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extract/initiative_builder.h"
#include "extractor/extract/items.h"
#include "extractor/layout/table_model.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/targets/";

// kind, year, value, unit: what the scorer compares.
using Scored = std::tuple<TargetKind, std::optional<int>, std::optional<double>, TargetUnit>;

std::vector<Scored> TargetsOf(const Extraction& e, const std::string& name) {
  for (const Initiative& initiative : e.initiatives) {
    if (initiative.name != name) continue;
    std::vector<Scored> scored;
    for (const Target& t : initiative.targets) scored.emplace_back(t.kind, t.year, t.value, t.unit);
    return scored;
  }
  FAIL("no initiative '" << name << "'");
  return {};
}

using Expected = std::vector<std::pair<std::string, std::vector<Scored>>>;

// Every named initiative of the file's extraction has exactly these targets.
void CheckTargets(const std::string& file, const Expected& expected) {
  const Extraction e = testing::ExtractFile(kFixtures + file);
  for (const auto& [name, targets] : expected) {
    INFO(file << ": " << name);
    CHECK(TargetsOf(e, name) == targets);
  }
}

constexpr TargetKind kGoal = TargetKind::kGoal;
constexpr TargetKind kRequirement = TargetKind::kRequirement;
constexpr TargetKind kResult = TargetKind::kResult;
constexpr TargetUnit kPercent = TargetUnit::kPercent;
constexpr TargetUnit kCount = TargetUnit::kCount;

TEST_CASE("targets: years under a spanning 'Resultat' each name their own column",
          "[extract][targets]") {
  // "Resultat" spans two columns; the years 2010 | 2009 below it are one
  // spanning cell to the layout.
  CheckTargets("results_year_under_group.pdf", {{"Lektiehjælp på bibliotekerne",
                                                 {{kGoal, 2012, std::nullopt, TargetUnit::kNone},
                                                  {kRequirement, 2011, 20, kPercent},
                                                  {kResult, 2010, 80, kPercent},
                                                  {kResult, 2009, 15, kPercent}}},
                                                {"Jobmentorer for unge ledige",
                                                 {{kGoal, 2012, std::nullopt, TargetUnit::kNone},
                                                  {kRequirement, 2011, 50, kPercent},
                                                  {kResult, 2010, 70, kPercent},
                                                  {kResult, 2009, 40, kPercent}}}});
}

TEST_CASE("targets: a wrapped header year does not spill into the columns beside it",
          "[extract][targets]") {
  // "Resultatkrav" / "2011" wraps in a narrow column; the layout reads the
  // "2011" line as a cell spanning "Resultat 2008" and "Mål 2012" too.
  CheckTargets("results_wrapped_years.pdf", {{"Motionshold i daginstitutionerne",
                                              {{kRequirement, 2010, 35, kPercent},
                                               {kRequirement, 2011, 40, kPercent},
                                               {kResult, 2008, 10.4, kPercent},
                                               {kGoal, 2012, 65, kPercent}}},
                                             {"Praktikpladser for nyankomne familier",
                                              {{kRequirement, 2010, 20, kCount},
                                               {kRequirement, 2011, 25, kCount},
                                               {kResult, 2008, 90, kCount},
                                               {kGoal, 2012, 6, kCount}}}});
}

TEST_CASE("targets: a group word the layout gave to one of its years names the other too",
          "[extract][targets]") {
  // "Resultat" is centred over "2010 | 2011"; the layout sets it over 2011
  // only, and the 2010 column's header is the bare year. Every column
  // still gives its target, and the results both years.
  const Extraction e = testing::ExtractFile(kFixtures + "results_group_word_to_one_side.pdf");
  for (const auto& [name, values] :
       {std::pair<std::string, std::vector<double>>{"Sprogcaféer på Nørrebro", {60, 75}},
        {"Lektiehjælp på bibliotekerne", {30, 35}}}) {
    INFO(name);
    const std::vector<Scored> targets = TargetsOf(e, name);
    REQUIRE(targets.size() == 4);
    CHECK(targets[2] == Scored{kResult, 2010, values[0], std::get<3>(targets[2])});
    CHECK(targets[3] == Scored{kResult, 2011, values[1], std::get<3>(targets[3])});
  }
}

TEST_CASE("targets: a target list ends at the paragraph at the margin after it",
          "[extract][targets]") {
  // Sub-goal 1: unmarked indented items, the second starting with a figure;
  // then "I 2011 deltog 568 borgere ..." at the margin, which is no target.
  // Sub-goal 2: a "-" item without a full stop, then "Til sammenligning ...
  // i 2011.": the item keeps its own year.
  // Sub-goal 3: a "-" item, then the plan's closing "Økonomi:" paragraph
  // (it funds sub-goal 1) and a comparison after it.
  CheckTargets(
      "handleplan_list_then_prose.pdf",
      {{"Lektiehjælp på bibliotekerne", {{kGoal, 2013, 70, kPercent}, {kGoal, 2012, 90, kPercent}}},
       {"Jobmentorer for unge ledige", {{kGoal, 2013, 45, kPercent}}},
       {"Sprogcaféer for forældre", {{kGoal, 2013, 30, kPercent}}}});
}

TEST_CASE("targets: after the closing economy paragraph money is tied or no one's",
          "[extract][targets]") {
  const Extraction e = testing::ExtractFile(kFixtures + "handleplan_list_then_prose.pdf");
  std::vector<std::pair<std::string, int64_t>> amounts;
  for (const Initiative& initiative : e.initiatives) {
    for (const Amount& amount : initiative.amounts)
      amounts.emplace_back(initiative.name, amount.dkk);
  }
  // "Til sammenligning brugte forvaltningen 0,3 mio. kr. ..." is in no
  // initiative: a warning, not an amount of sub-goal 3.
  CHECK(amounts ==
        std::vector<std::pair<std::string, int64_t>>{{"Lektiehjælp på bibliotekerne", 650000}});
  int unassigned = 0;
  for (const Warning& warning : e.document.warnings)
    unassigned += warning.code == "amount-unassigned";
  CHECK(unassigned == 1);
}

TEST_CASE("targets: a goal sentence and a list intro end the labelled paragraph above them",
          "[extract][targets]") {
  // The three lines are one paragraph; "Budget:" must not swallow the two
  // below it.
  const Extraction e = testing::ExtractText(
      "Handleplan for integration 2013-2014\n\n"
      "Ad 1. Fritidsjobguider for unge\n\n"
      "Indsatsen retter sig mod unge ledige.\n"
      "Budget: Ca. 275.000 i 2014.\n"
      "Målet er, at min. 55 pct. af deltagerne er i job eller uddannelse inden 2014.\n"
      "Derfor opstilles følgende mål:\n\n"
      "- At min. 17 procent af deltagerne er i job frem mod 2015\n");
  const std::vector<Scored> expected = {{kGoal, 2014, 55, kPercent}, {kGoal, 2015, 17, kPercent}};
  CHECK(TargetsOf(e, "Fritidsjobguider for unge") == expected);
  REQUIRE(e.initiatives.size() == 1);
  REQUIRE(e.initiatives[0].amounts.size() == 1);
  CHECK(e.initiatives[0].amounts[0].dkk == 275000);
}

TEST_CASE("targets: an unmarked list item may start with a figure, not with a year",
          "[extract][targets]") {
  auto texts = [](const std::vector<Segment>& items) {
    std::vector<std::string> out;
    for (const Segment& item : items) out.push_back(item.text);
    return out;
  };
  const std::vector<Segment> cell = {{"4 borgere deltager i forløbet", 1, 1},
                                     {"10 borgere deltager i forløbet i løbet af", 1, 2},
                                     {"2013", 1, 3},
                                     {"1.200 ældre modtager et hjemmebesøg", 1, 4},
                                     {"4,5 % af de unge gennemfører en uddannelse ultimo", 1, 5},
                                     {"2013", 1, 6}};
  CHECK(texts(SplitItems(cell, false)) ==
        std::vector<std::string>{"4 borgere deltager i forløbet",
                                 "10 borgere deltager i forløbet i løbet af 2013",
                                 "1.200 ældre modtager et hjemmebesøg",
                                 "4,5 % af de unge gennemfører en uddannelse ultimo 2013"});
  // A figure after an item without one is that item's figure, wrapped.
  const std::vector<Segment> wrapped = {{"Der gennemføres", 1, 1},
                                        {"10 forløb i 2013", 1, 2},
                                        {"30 skoler tilbyder lektiehjælp", 1, 3}};
  CHECK(texts(SplitItems(wrapped, false)) ==
        std::vector<std::string>{"Der gennemføres 10 forløb i 2013",
                                 "30 skoler tilbyder lektiehjælp"});
}

TEST_CASE("targets: a header year centred in its column stays there where a ruling breaks off",
          "[extract][targets]") {
  const Extraction e = testing::ExtractFile(kFixtures + "results_ruling_breaks_off.pdf");
  const std::vector<Table> tables = ReadTables(e.document);
  REQUIRE(tables.size() == 1);
  // "Resultat" / "2006" wraps in its column, whose ruling to "Mål 2009"
  // stops above the header's lower row: the year is no cell across both.
  CHECK(tables[0].headers == std::vector<std::string>{"Initiativ", "Resultatkrav 2007",
                                                      "Resultatkrav 2008", "Resultat 2006",
                                                      "Mål 2009"});
  CheckTargets("results_ruling_breaks_off.pdf", {{"Brobyggere på bibliotekerne",
                                                  {{kRequirement, 2007, 17, kPercent},
                                                   {kRequirement, 2008, 5, kPercent},
                                                   {kResult, 2006, 13.9, kPercent},
                                                   {kGoal, 2009, 55, kPercent}}}});
}

TEST_CASE("targets: a bar a scan's ruling left at a header's end is no part of it",
          "[extract][targets]") {
  CHECK(LabelText("| Resultatkrav") == "Resultatkrav");
  CHECK(LabelText("Resultat 2006 |") == "Resultat 2006");
  CHECK(LabelText(" || Mål: ") == "Mål");
}

}  // namespace
}  // namespace bilag
