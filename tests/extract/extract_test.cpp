// The extract stage on small documents written the way the five families
// write them, with other udvalg, years and wording than the seeds: what a
// rule finds, what it must not find, and the budget checks.
#include "extractor/extract/extract.h"
#include "extractor/extractor.h"

#include <filesystem>
#include <fstream>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extract/items.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

using testing::ShippedRules;

using testing::ExtractText;

bool HasWarning(const Extraction& extraction, const std::string& code) {
  for (const Warning& warning : extraction.document.warnings) {
    if (warning.code == code) return true;
  }
  return false;
}

TEST_CASE("a statusskema of another udvalg with reworded labels", "[extract]") {
  Extraction e = ExtractText(
      "## Bilag 4:\n\n### Sundheds- og Omsorgsudvalgets redegørelse 2010\n\n"
      "3.2 Indsats vedr. Sundhedsformidlere\n\n"
      "Indsatsens navn:\tSundhedsformidlere\n"
      "Budget\tCa. 1,2 mio. kr. årligt for 2009 og 2010\n"
      "Målgruppe\tÆldre med anden etnisk baggrund\n"
      "Resultatmål\t<ul><li>- Min. 60 % af deltagerne kender tilbuddene i 2010</li>"
      "<li>- Højst 5 klager om året</li></ul>\n");
  CHECK(e.info.kind == "statusskema");
  CHECK(e.info.bilag == "4");
  CHECK(e.info.title == "Sundheds- og Omsorgsudvalgets redegørelse 2010");
  CHECK(e.info.committee == "Sundheds- og Omsorgsudvalget");
  CHECK(e.info.years == std::vector<int>{2010});
  REQUIRE(e.initiatives.size() == 1);
  const Initiative& initiative = e.initiatives[0];
  CHECK(initiative.name == "Sundhedsformidlere");
  CHECK(initiative.section == "3.2");
  CHECK(initiative.fields.at("target_group") == "Ældre med anden etnisk baggrund");
  REQUIRE(initiative.amounts.size() == 2);
  for (const Amount& amount : initiative.amounts) {
    CHECK(amount.dkk == 1200000);
    CHECK(amount.per_year);
    CHECK(amount.approximate);
  }
  CHECK(initiative.amounts[0].year == 2009);
  CHECK(initiative.amounts[1].year == 2010);
  REQUIRE(initiative.targets.size() == 2);
  CHECK(initiative.targets[0].value == 60);
  CHECK(initiative.targets[0].unit == TargetUnit::kPercent);
  CHECK(initiative.targets[0].comparator == Comparator::kAtLeast);
  CHECK(initiative.targets[0].year == 2010);
  CHECK(initiative.targets[1].value == 5);
  CHECK(initiative.targets[1].comparator == Comparator::kAtMost);
  CHECK(initiative.targets[1].rule == "label.goal");
}

TEST_CASE("a results table with an unlabelled name column and 'Ingen' cells", "[extract]") {
  Extraction e = ExtractText(
      "Resultater og mål 2010-2012\n\n"
      "\tMål 2012\tResultatkrav 2012\tResultat 2010\n"
      "Sprogstøtte\tFlere børn taler dansk ved skolestart\t90 %\tIngen\n");
  CHECK(e.info.kind == "resultatmaal");
  REQUIRE(e.initiatives.size() == 1);
  const Initiative& initiative = e.initiatives[0];
  CHECK(initiative.name == "Sprogstøtte");
  REQUIRE(initiative.targets.size() == 2);  // "Ingen" is no target
  CHECK(initiative.targets[0].kind == TargetKind::kGoal);
  CHECK(initiative.targets[0].year == 2012);
  CHECK_FALSE(initiative.targets[0].value.has_value());
  CHECK(initiative.targets[1].kind == TargetKind::kRequirement);
  CHECK(initiative.targets[1].year == 2012);
  CHECK(initiative.targets[1].value == 90);
}

TEST_CASE("a handleplan: goals only after an intro, status numbers are not targets", "[extract]") {
  Extraction e = ExtractText(
      "Teknik- og Miljøudvalgets handleplan\n\n"
      "Ad. 2 Grønne jobs\n"
      "I dag er niveauet 12 procent.\n\n"
      "Derfor etableres følgende mål:\n\n"
      "At 40 procent af praktikpladserne besættes af -\n"
      "ledige med anden etnisk baggrund ultimo 2013\n\n"
      "Økonomi\n"
      "Indsatsen koster 2 mio. kr.\n");
  REQUIRE(e.initiatives.size() == 1);
  const Initiative& initiative = e.initiatives[0];
  CHECK(initiative.name == "Grønne jobs");
  CHECK(initiative.section == "2");
  REQUIRE(initiative.targets.size() == 1);
  CHECK(initiative.targets[0].value == 40);
  CHECK(initiative.targets[0].year == 2013);
  CHECK(initiative.targets[0].text ==
        "At 40 procent af praktikpladserne besættes af ledige med anden etnisk baggrund "
        "ultimo 2013");
  // The economy paragraph after the plan names no initiative: a warning, not a guess.
  CHECK(initiative.amounts.empty());
  CHECK(HasWarning(e, "amount-unassigned"));
}

TEST_CASE("budget checks name a misread cell and a wrong total", "[extract]") {
  Extraction e = ExtractText(
      "Økonomisk oversigt (i 1000 kr.)\n"
      "Indsats\t2011\t2012\tI alt\n"
      "Mentorer\t2.050\t2,050\t4.100\n"
      "Kurser\t300\t300\t600\n"
      "I alt\t2.350\t2.350\t4.800\n");
  REQUIRE(e.budget.size() == 9);
  CHECK(e.budget[0].dkk == 2050000);
  CHECK(e.budget[1].dkk == 2050);  // read as written: the check flags it
  int mismatches = 0;
  bool implausible = false;
  for (const Warning& warning : e.document.warnings) {
    if (warning.code != "budget-mismatch") continue;
    ++mismatches;
    implausible = implausible || warning.message.find("implausibly far") != std::string::npos;
  }
  CHECK(implausible);
  CHECK(mismatches >= 3);  // the slip, its row total, the 2012 total and the grand total
}

// The bullets are the rules' ([[list_marker]]): an archive's own bullet
// splits items once a rule names it, and its sign leaves the item text.
TEST_CASE("SplitItems splits at the list markers it is given", "[extract][lists]") {
  const std::vector<Segment> arrows = {{"\u25ba Mindst 40 deltagere i 2014", 1, 1},
                                       {"\u25ba 20 forl\u00f8b gennemf\u00f8res", 1, 2}};
  ListMarkers markers = ShippedRules().list_markers;
  CHECK(SplitItems(arrows, false, {}, markers).size() == 1);
  markers.signs.push_back("\u25ba");
  const std::vector<Segment> items = SplitItems(arrows, false, {}, markers);
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "Mindst 40 deltagere i 2014");
  CHECK(items[1].text == "20 forl\u00f8b gennemf\u00f8res");
  // The letter bullet "o" is the rules' too.
  const std::vector<Segment> letters = {{"o Mindst 40 deltagere", 1, 1},
                                        {"o 20 forl\u00f8b", 1, 2}};
  CHECK(SplitItems(letters, false, {}, ShippedRules().list_markers).size() == 2);
  markers.letters.clear();
  CHECK(SplitItems(letters, false, {}, markers).size() == 1);
}

TEST_CASE("SplitItems finds items by markers, also moved to the line end", "[extract]") {
  std::vector<Segment> wrapped = {{"at overledigheden skal være 1.", 1, 1},
                                  {"maksimalt 5,8 procentpoint", 1, 2},
                                  {"Rettidigheden skal være -", 1, 3},
                                  {"på mindst 95 pct.", 1, 4}};
  std::vector<Segment> items = SplitItems(wrapped, false);
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "at overledigheden skal være maksimalt 5,8 procentpoint");
  CHECK(items[1].text == "Rettidigheden skal være på mindst 95 pct.");
  CHECK(items[1].line == 3);

  std::vector<Segment> inline_items = {
      {"- 15 virksomheder - Partnerskab med min. 3 foreninger", 2, 7}};
  items = SplitItems(inline_items, true);
  REQUIRE(items.size() == 2);
  CHECK(items[1].text == "Partnerskab med min. 3 foreninger");

  // "med 50." ends a sentence; it is not a list marker.
  items = SplitItems({{"Forøge antallet af elever med 50.", 1, 1}}, true);
  REQUIRE(items.size() == 1);
  CHECK(items[0].text == "Forøge antallet af elever med 50.");
  CHECK(IsEmptyValue(" Ingen ", ShippedRules().empty_values));
  CHECK(IsEmptyValue("Ikke relevant", ShippedRules().empty_values));
  CHECK(IsEmptyValue("\u2013", ShippedRules().empty_values));
  CHECK_FALSE(IsEmptyValue("Ingen klager", ShippedRules().empty_values));
  CHECK_FALSE(IsEmptyValue("Ingen", {}));  // the words are the rules', not the code's
}

TEST_CASE("a status table's row carried past a page footer and a repeated header keeps its targets",
          "[extract][layout]") {
  // tests/fixtures/layout/status.pdf: "Trivsel i udskolingen" ends page 1;
  // page 2 starts with the repeated header, then the row's last criterion.
  Extraction extraction =
      testing::ExtractFile(BILAG_SOURCE_DIR "/tests/fixtures/layout/status.pdf");
  REQUIRE(extraction.initiatives.size() == 4);
  const Initiative& trivsel = extraction.initiatives[2];
  CHECK(trivsel.name.starts_with("Trivsel i udskolingen"));
  REQUIRE(trivsel.targets.size() == 3);
  CHECK(trivsel.targets[2].text == "Mindst 60 % oplever bedre trivsel");
  CHECK(trivsel.targets[2].page == 2);
  REQUIRE(trivsel.targets[2].value);
  CHECK(*trivsel.targets[2].value == 60);
  // The header repeated on page 2 is no initiative.
  CHECK(extraction.initiatives[3].name.starts_with("Rådgivning om rygestop"));
}

// Text laid out with spaces has no bold: a name cell whose description starts
// on the name's own line must still part them where the description's first
// sentence starts with a capital. results_name_runs_into_description_spaced.txt
// is `scripts/make_family.py --family results --seeds 328 --variants txt`;
// letter_side_in_spaced_text.txt the same of --family letter --seeds 308.
void CheckNameThenDescription(const Initiative& initiative, const std::string& name,
                              const std::string& description_start) {
  CHECK(initiative.name == name);
  REQUIRE(initiative.fields.contains("description"));
  CHECK(initiative.fields.at("description").starts_with(description_start));
}

TEST_CASE("a name cell of spaced text: the name ends where its description's sentence starts",
          "[extract][names]") {
  const Extraction results = testing::ExtractFile(
      BILAG_SOURCE_DIR "/tests/fixtures/layout/results_name_runs_into_description_spaced.txt");
  REQUIRE(results.initiatives.size() == 7);
  CheckNameThenDescription(results.initiatives[3], "Sundhedsformidlere på folkeskolerne",
                           "Tilbuddet er");
  CHECK(results.initiatives[4].name == "Tolkebistand for tosprogede forældre");
  // A description that goes on to the next line keeps its lines.
  CheckNameThenDescription(results.initiatives[6],
                           "Familieklasser for medarbejdere med dansk som andetsprog",
                           "Familieklasser tilbydes");
  // The name column is the goal column ("Mål 2010"): the goal is the description.
  bool goal_is_description = false;
  for (const Target& target : results.initiatives[3].targets) {
    goal_is_description = goal_is_description || target.text.starts_with("Tilbuddet er åbent");
  }
  CHECK(goal_is_description);
  // A name without a description is left whole.
  CHECK(results.initiatives[2].name == "Virksomhedspraktik i udsatte byområder");

  const Extraction letter = testing::ExtractFile(
      BILAG_SOURCE_DIR "/tests/fixtures/layout/letter_side_in_spaced_text.txt");
  REQUIRE(letter.initiatives.size() == 3);
  // The name wraps after a link word ("og") and its second line holds the
  // description's start; "til Region Hovedstaden" after it is a proper noun.
  CheckNameThenDescription(letter.initiatives[1],
                           "Jobmentorer for flygtninge og familiesammenførte", "Erfaringerne fra");
  CHECK(letter.initiatives[2].name == "Praktikpladser for unge ledige");

  // After a proper noun a capital starts the description only when it
  // repeats the name's first word. results_name_repeated_in_description_spaced.txt
  // is `scripts/make_family.py --family results --seeds 362 --variants txt`.
  const Extraction repeated = testing::ExtractFile(
      BILAG_SOURCE_DIR "/tests/fixtures/layout/results_name_repeated_in_description_spaced.txt");
  REQUIRE(repeated.initiatives.size() == 7);
  CheckNameThenDescription(repeated.initiatives[6], "Mentorordning på Nørrebro",
                           "Mentorordning tilbydes");
}

// As `bilag extract` runs: the Extractor gives the extract stage the repair
// stage's lexicon, which tells a capitalised common word ("Indsatsen",
// "Forløbene") from a proper noun ("Nørrebro", "Husum"). The fixtures are
// `scripts/make_family.py --family results --seeds 340` (first page) and
// `--seeds 349` as `pdftotext -layout` sets them.
Extraction ExtractWithLexicon(const std::string& path) {
  ExtractorOptions options;
  options.rule_dirs = {BILAG_SOURCE_DIR "/rules"};
  Result<Extractor> extractor = Extractor::Create(options);
  REQUIRE(extractor.ok());
  Outcome outcome = extractor->Extract(path);
  REQUIRE(outcome.status.ok());
  return std::move(*outcome.extraction);
}

// A fixture of tests/fixtures/layout/, extracted with the lexicon.
Extraction ExtractLayoutFixture(const std::string& name) {
  return ExtractWithLexicon(BILAG_SOURCE_DIR "/tests/fixtures/layout/" + name);
}

// The same, required to give `initiatives` initiatives.
Extraction ExtractLayoutFixture(const std::string& name, size_t initiatives) {
  Extraction e = ExtractLayoutFixture(name);
  REQUIRE(e.initiatives.size() == initiatives);
  return e;
}

TEST_CASE(
    "a name cell of spaced text that ends in a proper noun: the description starts at the "
    "next capitalised common word, not at a place name",
    "[extract][names]") {
  const Extraction one = ExtractLayoutFixture("results_name_ends_in_place_name_spaced.txt");
  REQUIRE(one.initiatives.size() == 9);
  CheckNameThenDescription(one.initiatives[5], "Forebyggende hjemmebesøg på Nørrebro",
                           "Indsatsen\nretter sig");
  const Extraction two = ExtractLayoutFixture("results_name_ends_in_place_names_spaced.txt");
  REQUIRE(two.initiatives.size() == 8);
  CheckNameThenDescription(two.initiatives[3], "Sundhedsformidlere i Tingbjerg og Husum",
                           "Forløbene\ntilrettelægges");
  // "til Region Hovedstaden er": "Region" is a common word, so no proper noun
  // ends a name there.
  const Extraction letter = ExtractLayoutFixture("letter_side_in_spaced_text.txt");
  REQUIRE(letter.initiatives.size() == 3);
  CheckNameThenDescription(letter.initiatives[1],
                           "Jobmentorer for flygtninge og familiesammenførte", "Erfaringerne fra");
}

// `scripts/make_family.py --family results --seeds 344 --variants txt`: the
// header's "Indsats" is set centred over the names, which are set flush
// left, so a wrapped name's short last line ("arbejdsmarkedet") lies left of
// the header's first cell; page 2 goes on without the header, its first
// row's description ending in a line of its own above the next row
// ("800.000 kr. om året."). Seed 376: a wrapped name whose second line
// starts with a link word ("og Husum").
TEST_CASE(
    "spaced text: a wrapped name's last line left of a centred header keeps the row and its "
    "description's amount; a page's first row without a header above keeps its description; "
    "a capital after a link word that starts a name's line is no description",
    "[extract][names]") {
  const Extraction centred = ExtractLayoutFixture("results_centred_header_wrapped_name_spaced.txt");
  REQUIRE(centred.initiatives.size() == 8);
  const Initiative& guides = centred.initiatives[2];
  CheckNameThenDescription(guides, "Fritidsjobguider for kvinder uden for arbejdsmarkedet",
                           "Fritidsjobguider tilbydes");
  REQUIRE(guides.amounts.size() == 1);
  CHECK(guides.amounts[0].dkk == 500000);
  CHECK(guides.amounts[0].year == 2014);
  CHECK(guides.targets.size() == 3);
  // The next row keeps its own description and amount.
  CheckNameThenDescription(centred.initiatives[3], "Lektiehjælp i udsatte byområder",
                           "Forløbene tilrettelægges");
  REQUIRE(centred.initiatives[3].amounts.size() == 1);
  CHECK(centred.initiatives[3].amounts[0].dkk == 150000);
  // Page 2's first row: its whole name, and the amount of its description's
  // last line.
  const Initiative& groups = centred.initiatives[6];
  CheckNameThenDescription(groups, "Netværksgrupper for medarbejdere med dansk som andetsprog",
                           "Tilbuddet er åbent");
  REQUIRE(groups.amounts.size() == 1);
  CHECK(groups.amounts[0].dkk == 800000);
  CHECK(groups.amounts[0].per_year);
  CHECK(groups.targets.size() == 3);
  CHECK(centred.document.warnings.empty());

  const Extraction link = ExtractLayoutFixture("results_name_wraps_after_link_word_spaced.txt");
  REQUIRE(link.initiatives.size() == 9);
  CheckNameThenDescription(link.initiatives[8], "Kompetenceafklaring i Tingbjerg og Husum",
                           "Indsatsen skal bidrage");
}

// The kind, year (0: none) and value of each of the initiative's targets
// with a value, in order.
using KindYearValue = std::tuple<TargetKind, int, double>;
std::vector<KindYearValue> KindsYearsValues(const Initiative& initiative) {
  std::vector<KindYearValue> found;
  for (const Target& t : initiative.targets) {
    if (t.value) found.emplace_back(t.kind, t.year.value_or(0), *t.value);
  }
  return found;
}

// `scripts/make_family.py --family results --seeds 346 --variants txt`: the
// header's type is wider than its five columns, and `pdftotext -layout` set
// three of its words and two of its years one space apart: "Mål |
// Resultatkrav Resultatkrav Resultat | Resultat" over "2008 | 2008 2006 |
// 2006 | 2005". Before, the year line read as a budget's header and the
// document gave no initiative at all.
TEST_CASE(
    "spaced text: header words and years set one space apart go one to each column when they "
    "number the columns",
    "[extract][names]") {
  const Extraction e = ExtractLayoutFixture("results_header_words_one_space_apart_spaced.txt", 4);
  CHECK(e.budget.empty());
  CHECK(KindsYearsValues(e.initiatives[0]) ==
        std::vector<KindYearValue>{{TargetKind::kRequirement, 2008, 80},
                                   {TargetKind::kRequirement, 2006, 62.5},
                                   {TargetKind::kResult, 2006, 80}});
  CHECK(e.initiatives[0].name == "Familieklasser på bibliotekerne");
}

// `scripts/make_family.py --family status --seeds 229 --variants txt`: on
// the second page pdftotext set one row's columns two characters right of
// the others', so a description ran up to one space before the second
// column's bullet ("... almene boligafdelinger • Minimum 8 foreninger").
// The bullet's item became part of the description and the rest of the
// row a row of its own, named by its description.
TEST_CASE(
    "spaced text: a cell that starts afresh a little right of its column's usual start is cut "
    "from the text before it",
    "[extract][targets]") {
  const Extraction e = ExtractLayoutFixture("status_bullet_cell_a_little_right_spaced.txt", 4);
  const Initiative& brobyggere = e.initiatives[2];
  CHECK(brobyggere.name == "Brobyggere i de almene boligområder");
  REQUIRE(brobyggere.targets.size() == 2);
  CHECK(brobyggere.targets[0].text == "25 borgere deltager i forløbet");
  CHECK(brobyggere.targets[1].text ==
        "Minimum 8 foreninger indgår et partnerskab inden udgangen af 2015");
}

TEST_CASE(
    "spaced text: a group row in the first column right below a header's line of years is a "
    "row of its own, not the header's third line (make_family.py results seed 514)",
    "[extract][targets]") {
  const Extraction e = ExtractLayoutFixture("results_group_row_below_header_years_spaced.txt", 2);
  // Before, the first column's header read "Mål 2014 Fritid og fællesskab",
  // which names no column: the goal column was lost.
  for (const Initiative& initiative : e.initiatives) {
    INFO(initiative.name);
    CHECK(std::any_of(initiative.targets.begin(), initiative.targets.end(), [](const Target& t) {
      return t.kind == TargetKind::kGoal && t.year == 2014;
    }));
  }
  CHECK(KindsYearsValues(e.initiatives[0]) ==
        std::vector<KindYearValue>{{TargetKind::kResult, 2012, 2.5},
                                   {TargetKind::kResult, 2011, 6},
                                   {TargetKind::kRequirement, 2012, 3}});
}

// Rows of one-word unit cells, each under a figure ("procentpoint
// procentpoint   procentpoint"), that text laid out with spaces set no
// further apart than each other: ingest found no gap that stands out and
// made each line one piece of text.
struct UnitRowCase {
  std::string fixture;
  size_t initiatives;  // the document's
  size_t index;        // the initiative whose targets end in the unit row
  std::string name;
};

TEST_CASE("spaced text: a row of one-word unit cells stays a row of its table",
          "[extract][targets]") {
  const UnitRowCase c = GENERATE_COPY(values<UnitRowCase>({
      // letter 766: the row's line holds a side column's "Telefon" as far
      // from the cells as they are from each other. Before, "Telefon"
      // stayed in it, the line ended the table, and the row lost its unit.
      {"letter_side_column_beside_one_word_cells_spaced.txt", 4, 2,
       "Forældrekurser i udsatte byområder"},
      // letter 634: each word starts where a cell of the row above starts.
      // Before, the line ended the table and the targets lost their unit.
      {"letter_row_of_one_word_cells_spaced.txt", 2, 1,
       "Frivillignetværk for piger i foreningslivet"},
  }));
  INFO(c.fixture);
  const Extraction e = ExtractLayoutFixture(c.fixture, c.initiatives);
  const Initiative& initiative = e.initiatives[c.index];
  REQUIRE(initiative.name == c.name);
  REQUIRE(initiative.targets.size() == 3);
  for (const Target& target : initiative.targets) {
    INFO(target.text);
    CHECK(target.unit == TargetUnit::kPercentagePoints);
    CHECK(target.text.ends_with("procentpoint"));
  }
}

// Generated family documents (`scripts/make_family.py --family F --seeds S
// --variants V`), whole or cut to the case, each read before by a layout
// that lost the targets named here: one initiative's targets by kind, year
// and value, its name where a case turned on it.
struct InitiativeCase {
  std::string fixture;
  size_t initiatives;  // the document's
  size_t index;        // the initiative checked
  std::string name;    // "" where the case is not the name
  std::vector<KindYearValue> targets;
};

TEST_CASE("layout cases of generated family documents: an initiative's targets",
          "[extract][targets]") {
  const std::vector<KindYearValue> results_719 = {{TargetKind::kResult, 2005, 8},
                                                  {TargetKind::kResult, 2006, 30},
                                                  {TargetKind::kRequirement, 2007, 70},
                                                  {TargetKind::kRequirement, 2008, 85},
                                                  {TargetKind::kGoal, 2008, 35}};
  const InitiativeCase c = GENERATE_COPY(values<InitiativeCase>({
      // results 526, txt: a year on a header's second line goes with the
      // header cell above it, not with the column below it that the wider
      // header type shifted it into. Before, "2009" under "Resultatkrav"
      // joined "Resultat 2006": the result column's targets were lost and
      // the requirement had no year.
      {"results_year_under_squeezed_header_spaced.txt",
       2,
       0,
       "",
       {{TargetKind::kResult, 2007, 8},
        {TargetKind::kResult, 2006, 70},
        {TargetKind::kRequirement, 2009, 25},
        {TargetKind::kRequirement, 2008, 90}}},
      // results 719, pdf: years under spanning headers are sub-headers also
      // beside a header cell of two lines ("Målsæ" / "tning"), whose second
      // line takes no other column. Before, "tning" spread over every column
      // beside it and the header named no column: one initiative, no targets.
      {"results_two_level_header_beside_broken_name.pdf", 6, 0, "", results_719},
      // results 719, txt: a spanning header's own line takes the columns
      // under it before a later line of the header cell beside it. Before,
      // "tning" took the first 2008 column as well, and its requirements read
      // as goals.
      {"results_spanning_header_beside_broken_header_spaced.txt", 3, 0, "", results_719},
      // letter 521, pdf: header names of two narrow columns set one space
      // apart ("Mål 2009 | Resultatkrav Resultat") are two columns' headers.
      // Before, "Resultatkrav Resultat" was one header cell over two columns,
      // which named no column: no initiative was found.
      {"letter_header_names_touch_in_narrow_columns.pdf",
       2,
       0,
       "Fritidsjobguider for unge ledige",
       {{TargetKind::kGoal, 2009, 95},
        {TargetKind::kRequirement, 2008, 4.5},
        {TargetKind::kResult, 2006, 17}}},
      // results 747, pdf: two columns' names with their years set one space
      // apart ("Resultat 2005 Resultat 2006") are two columns' headers.
      // Before, the one cell named no column: both result columns were lost.
      {"results_header_names_with_years_run_together.pdf",
       9,
       1,
       "",
       {{TargetKind::kRequirement, 2007, 300},
        {TargetKind::kRequirement, 2008, 2500},
        {TargetKind::kResult, 2005, 120},
        {TargetKind::kResult, 2006, 8}}},
      // results 746, pdf: in a full grid whose group rows span the table,
      // the inner borders beside a row of two lines (shorter than a ruling)
      // still part its cells and keep its lines one row. Before, the row's
      // second line ("for arbejdsmarkedet" | "deltagere") was a row of its
      // own, and an initiative.
      {"results_grid_rows_of_one_line_between_group_rows.pdf",
       4,
       0,
       "Kompetenceafklaring for kvinder uden for arbejdsmarkedet",
       {{TargetKind::kRequirement, 2008, 75},
        {TargetKind::kResult, 2008, 8},
        {TargetKind::kResult, 2007, 400}}},
      // letter 701, pdf: a table's last row carried to the next page below a
      // group row that ends the page, its name and description going on
      // below it, is the table's row. Before, the row stood alone on page 2
      // as a line, its name's last word a heading, and the initiative was
      // lost.
      {"letter_last_row_alone_on_next_page.pdf",
       5,
       4,
       "Boligsocial helhedsplan på folkeskolerne",
       {{TargetKind::kRequirement, 2012, 6},
        {TargetKind::kResult, 2012, 200},
        {TargetKind::kGoal, 2013, 6}}},
      // results 214, txt: a group row in capitals of four words ("TIDLIG
      // INDSATS OG SPROG") right below a one-line header is a row of its
      // own. Before, it read as prose going on from the header's "Mål
      // 2012", and the header's second line, four capitalised words, was
      // spread one to each column: no column was named, no initiative found.
      {"results_capitals_group_row_below_header_spaced.txt",
       7,
       0,
       "Familieklasser for unge ledige",
       {{TargetKind::kResult, 2011, 24},
        {TargetKind::kResult, 2010, 250},
        {TargetKind::kRequirement, 2011, 90}}},
      // results 238, txt: narrow columns broke "Resultatkrav" in the header
      // ("Resultatk" / "rav 2011"), and pdftotext left one space between
      // that "2011" and the "2010" under the next column's "Resultat": the
      // header line is cut under the cells of the line above. Before, the
      // year went with the wrong column and "Resultat" named no year.
      {"results_header_line_run_together_spaced.txt",
       8,
       0,
       "Idrætsmentorer i udsatte byområder",
       {{TargetKind::kGoal, 2012, 4},
        {TargetKind::kRequirement, 2011, 6},
        {TargetKind::kResult, 2010, 6},
        {TargetKind::kRequirement, 2012, 2}}},
      // status 425, pdf: a status column taller than the rest of its rows,
      // with rules between the rows running under it, is the table's last
      // column. Before, it was taken for a letterhead's side column: the
      // table lost it, and the second row split into two initiatives.
      {"status_last_column_between_row_rules.pdf",
       2,
       1,
       "Kulturpas for etniske iværksættere",
       {{TargetKind::kSuccessCriterion, 0, 75}, {TargetKind::kSuccessCriterion, 0, 17}}},
      // status 623, txt, page 2: a row whose first cell ran long, the
      // next column's item one space after it ("langtidsledige indvandrere
      // - 60% af deltagerne oplever,"): the line is cut before the list
      // marker set a little left of that column's start. Before, the row's
      // first two columns were one cell: the name ran on into the targets,
      // and the row had none.
      {"status_marker_one_space_after_cell_spaced.txt",
       2,
       1,
       "Forældrekurser for langtidsledige indvandrere",
       {{TargetKind::kSuccessCriterion, 0, 90},
        {TargetKind::kSuccessCriterion, 2013, 600},
        {TargetKind::kSuccessCriterion, 2013, 60}}},
      // results 203, txt: pdftotext moved the rest of a line left to one
      // space after the first column's text ("flygtninge og familiesammen-
      // førte kursisterne består"), the second column's words 30 pt left of
      // its start, going on with its cell above in lower case. Before, the
      // line was one cell: the name took "kursisterne" and the result lost
      // its words.
      {"results_cell_moved_left_one_space_spaced.txt",
       8,
       4,
       "Opsøgende rådgivning for flygtninge og familiesammenførte",
       {{TargetKind::kResult, 2005, 95},
        {TargetKind::kRequirement, 2006, 95},
        {TargetKind::kRequirement, 2007, 90}}},
      // status 414, txt: a name ending in a place on a short line
      // ("Tingbjerg og Husum") over a description that starts with a
      // capital ("Erfaringerne fra ..."): the capital starts a sentence, so
      // the row opened with a name, and the description's later sentence
      // ("Indsatsen koster 1,2 mio. kr.") goes on in the row. Before, the
      // name read as a sentence's start and that line as a new row.
      {"status_name_ends_in_place_short_line_spaced.txt",
       3,
       0,
       "Sundhedsformidlere i Tingbjerg og Husum",
       {{TargetKind::kSuccessCriterion, 0, 3}}},
      // status 414, txt, again: the last row's rest at page 2's top, its
      // first column empty, which pdftotext set 9 and 11 characters left
      // of page 1's columns: it keeps its own columns, as the table's last
      // two. Before, page 1's columns put the target in the name column
      // and the status in the targets, and page 1's part of the row ran
      // its second and third columns together.
      {"status_name_ends_in_place_short_line_spaced.txt",
       3,
       2,
       "Integrationsstillinger for tosprogede elever",
       {{TargetKind::kSuccessCriterion, 2016, 60}, {TargetKind::kSuccessCriterion, 0, 50}}},
      // results 737, txt: pdftotext set the header on a grid of its own,
      // "Resultatkr" / "av 2004" five characters and "Resultat" / "2004"
      // six left of the columns whose cells start at 53 and 64: the header
      // moves onto the body's columns, in order. Before, the header's
      // columns cut the body's: "65 %" and "45 %" ran into one cell and
      // the row lost four of its five targets.
      {"results_header_on_own_grid_spaced.txt",
       8,
       0,
       "Uddannelsesvejledning for ældre med anden etnisk baggrund",
       {{TargetKind::kRequirement, 2005, 85},
        {TargetKind::kRequirement, 2004, 55},
        {TargetKind::kResult, 2004, 65},
        {TargetKind::kResult, 2003, 45}}},
      // results 708, pdf and txt: a wrapped target's last line, its figure
      // ("10 procentpoint" under "efterkommere er"), goes on in its row: a
      // cell in lower case is no header over a row of figures. Before, the
      // figures' line was a row of its own and both targets lost their
      // value.
      {"results_figure_below_lower_case_cell.pdf",
       5,
       2,
       "Sundhedsformidlere for tosprogede forældre",
       {{TargetKind::kRequirement, 2006, 10}, {TargetKind::kResult, 2004, 2}}},
      {"results_figure_below_lower_case_cell_spaced.txt",
       5,
       2,
       "Sundhedsformidlere for tosprogede forældre",
       {{TargetKind::kRequirement, 2006, 10}, {TargetKind::kResult, 2004, 2}}},
      // results 349, txt, pages 1-2: years centred under a spanning header,
      // over cells set flush left, head the columns of the only row's cells.
      // Before, "2014" took a column of its own between "Højst 85%" and
      // "75 procent", and the last two cells ran together.
      {"results_subheader_years_centred_one_row_spaced.txt",
       4,
       0,
       "Motionshold for nyankomne familier",
       {{TargetKind::kGoal, 2016, 90},
        {TargetKind::kRequirement, 2014, 85},
        {TargetKind::kRequirement, 2012, 75},
        {TargetKind::kResult, 2011, 60}}},
  }));
  INFO(c.fixture);
  const Extraction e = ExtractLayoutFixture(c.fixture, c.initiatives);
  const Initiative& initiative = e.initiatives[c.index];
  if (!c.name.empty()) CHECK(initiative.name == c.name);
  CHECK(KindsYearsValues(initiative) == c.targets);
}

// results_row_with_long_name_cell_opens_page.pdf is `scripts/make_family.py --family
// results --seeds 756 --variants pdf`.
TEST_CASE(
    "PDF: a row that opens a page with one line of figures beside a name cell of fourteen "
    "lines is the table's row, not a line of prose",
    "[extract][targets]") {
  const Extraction e = ExtractLayoutFixture("results_row_with_long_name_cell_opens_page.pdf", 7);
  // Before, the row's figures stood alone as a line, its name cell became a
  // heading and prose, and the row's targets and amounts were lost.
  const Initiative& row = e.initiatives[2];
  CHECK(row.name == "Praktikpladser for etniske iværksættere");
  CHECK(KindsYearsValues(row) == std::vector<KindYearValue>{{TargetKind::kRequirement, 2005, 8},
                                                            {TargetKind::kResult, 2005, 4},
                                                            {TargetKind::kGoal, 2007, 10}});
  CHECK(row.amounts.size() == 3);
}

// `scripts/make_family.py --family statusskema --seeds 347 --variants txt`,
// its budget: a row of dashes right below the header ("Virksomhedspraktik
// – – – –") was read as the header's second line, and the budget was lost.
// `scripts/make_family.py --family statusskema --seeds 703 --variants txt`, its
// second page: a budget of one year column, its unit in the item column's
// header.
TEST_CASE("spaced text: a budget of one year column under a unit is a budget",
          "[extract][budget]") {
  const Extraction e = ExtractLayoutFixture("budget_one_year_column_under_unit_spaced.txt");
  using Entry = std::tuple<std::string, int, int64_t, bool>;
  std::vector<Entry> found;
  for (const BudgetCell& b : e.budget) {
    found.emplace_back(b.item, b.year.value_or(0), b.dkk.value_or(-1), b.total_row);
  }
  // Before, a header of two cells was taken for a label and its value.
  CHECK(found ==
        std::vector<Entry>{
            {"Sprogcaféer for langtidsledige indvandrere", 2009, 1550000, false},
            {"Danskundervisning for tosprogede elever", 2009, 1850000, false},
            {"Integrationsstillinger for flygtninge og familiesammenførte", 2009, 1050000, false},
            {"I alt", 2009, 4450000, true}});
}

TEST_CASE("spaced text: a row of dashes below a budget's header is a row without values",
          "[extract][budget]") {
  const Extraction e = ExtractLayoutFixture("budget_dash_row_below_header_spaced.txt");
  using Entry = std::tuple<std::string, int, int64_t>;
  std::vector<Entry> found;
  for (const BudgetCell& b : e.budget) {
    if (!b.total) found.emplace_back(b.item, b.year.value_or(0), b.dkk.value_or(-1));
  }
  CHECK(found == std::vector<Entry>{{"Sprogcaféer", 2012, 300000},
                                    {"Sprogcaféer", 2013, 1750000},
                                    {"Sprogcaféer", 2014, 250000},
                                    {"Tolkebistand", 2012, 2250000},
                                    {"Tolkebistand", 2013, 100000},
                                    {"Tolkebistand", 2014, 2050000}});
}

// `scripts/make_family.py --family statusskema --seeds 638 --variants txt`,
// its first page: the label cell is too narrow for "Succeskriterier:" and
// breaks it without a hyphen ("Succeskriteri" / "er:"). Before, the label
// named no field and the initiative had no target.
TEST_CASE("spaced text: a label broken without a hyphen is read closed up", "[extract][targets]") {
  const Extraction e =
      ExtractLayoutFixture("statusskema_label_broken_without_hyphen_spaced.txt", 1);
  CHECK(KindsYearsValues(e.initiatives[0]) ==
        std::vector<KindYearValue>{{TargetKind::kGoal, 2013, 90}, {TargetKind::kGoal, 2015, 10.4}});
  CHECK(e.initiatives[0].targets.size() == 3);
}

// `scripts/make_family.py --family statusskema --seeds 604 --variants txt`,
// lines 13-30: "Budget:" below the label "Indsatsens" / "navn:", its value
// starting in lower case ("kr. 450.000 i 2015"). Before, the value read as
// the rest of the name's row, and the initiative lost its three amounts.
TEST_CASE("spaced text: a label below a label that ended starts a row, its value in lower case",
          "[extract][amounts]") {
  const Extraction e = ExtractLayoutFixture("statusskema_label_value_in_lower_case_spaced.txt", 1);
  CHECK(e.initiatives[0].name == "Fritidsjobguider for etniske iværksættere");
  std::vector<std::pair<int64_t, int>> amounts;
  for (const Amount& a : e.initiatives[0].amounts) amounts.emplace_back(a.dkk, a.year.value_or(0));
  CHECK(amounts ==
        std::vector<std::pair<int64_t, int>>{{450000, 2015}, {150000, 2014}, {150000, 2015}});
}

// `scripts/make_family.py --family results --seeds 630 --variants txt`,
// pages 1-2: `pdftotext -layout` set a row's first line as three cells one
// space apart ("Frafaldet blandt Frafaldet blandt 85 %", the last a space
// left of its column). Before, the three ran together and the row split in
// two initiatives ("Praktikpladser på" and "folkeskolerne").
TEST_CASE("spaced text: three cells one space apart on a row's first line stay three",
          "[extract][targets]") {
  const Extraction e = ExtractLayoutFixture("results_cells_one_space_apart_spaced.txt", 6);
  const Initiative& row = e.initiatives[3];
  CHECK(row.name == "Praktikpladser på folkeskolerne");
  CHECK(KindsYearsValues(row) == std::vector<KindYearValue>{{TargetKind::kRequirement, 2011, 35},
                                                            {TargetKind::kResult, 2010, 65},
                                                            {TargetKind::kResult, 2011, 85},
                                                            {TargetKind::kRequirement, 2012, 40}});
}

// `scripts/make_family.py --family status --seeds 613 --variants txt`: a
// name cell's description runs to one space before the criterion it sits
// beside goes on ("Klubtilbud tilbydes unge på Nørrebro i samarbejde med
// falder med 4 procentpoint inden udgangen"), the criterion's word two
// characters right of where its column's text starts. Before, the line read
// as one cell and made two more initiatives of the row.
TEST_CASE(
    "spaced text: a criterion that goes on one space after the name cell's text stays its own",
    "[extract][names]") {
  const Extraction e =
      ExtractLayoutFixture("status_cell_goes_on_one_space_after_name_spaced.txt", 3);
  const Initiative& last = e.initiatives[2];
  CHECK(last.name == "Klubtilbud på Nørrebro");
  REQUIRE(last.targets.size() == 1);
  CHECK(last.targets[0].text ==
        "Fraværet blandt eleverne i målgruppen falder med 4 procentpoint inden udgangen af 2015");
}

// `scripts/make_family.py --family letter --seeds 311 --variants txt`: the
// letterhead's side column ("Center for Udvikling", its address) runs down
// beside the table, and its first line took the blank line that parts two
// padded rows ("enkeltes behov." / "Danskundervisning for tosprogede").
// Before, the two rows read as one initiative with both rows' targets.
TEST_CASE(
    "spaced text: a row whose padding a side column's line took starts where every column starts "
    "afresh",
    "[extract][names]") {
  const Extraction e = ExtractLayoutFixture("letter_side_column_fills_row_gap_spaced.txt", 5);
  CHECK(e.initiatives[3].name == "Frivillignetværk for etniske iværksættere");
  CHECK(e.initiatives[3].targets.size() == 3);
  CHECK(e.initiatives[4].name == "Danskundervisning for tosprogede forældre");
  CHECK(KindsYearsValues(e.initiatives[4]) ==
        std::vector<KindYearValue>{{TargetKind::kRequirement, 2009, 55},
                                   {TargetKind::kResult, 2006, 25},
                                   {TargetKind::kGoal, 2011, 30}});
}

// A PDF of tests/fixtures/tables/ gives `count` initiatives, the last one
// named `name` with targets of these values, in order.
void CheckLastInitiative(const std::string& fixture, size_t count, const std::string& name,
                         const std::vector<double>& values) {
  const Extraction e = testing::ExtractFile(BILAG_SOURCE_DIR "/tests/fixtures/tables/" + fixture);
  REQUIRE(e.initiatives.size() == count);
  const Initiative& last = e.initiatives.back();
  CHECK(last.name == name);
  std::vector<double> found;
  for (const Target& t : last.targets) {
    if (t.value) found.push_back(*t.value);
  }
  CHECK(found == values);
}

// `scripts/make_family.py --family status --seeds 347` (PDF): page 3 holds
// only the rest of page 2's last row, its first column empty: a success
// criterion and its status. Before, it took the columns of all the
// table's lines together, its criterion went to the first column, and it
// became an initiative named "Frafaldet blandt deltagerne er 80 pct.".
TEST_CASE(
    "a lone row at a page's top sits in the columns of the part before it and goes on with "
    "that part's last row (PDF)",
    "[extract][names]") {
  CheckLastInitiative("status_lone_row_after_page_break.pdf", 5,
                      "Virksomhedspraktik for langtidsledige indvandrere", {70, 80});
}

// `scripts/make_family.py --family status --seeds 377` (PDF): page 2 starts
// with a row whose name runs close to its criterion ("Forældrekurser for
// piger i" 8 points from "85 pct. af kursisterne"), so ingest set them as
// one cell across the column border. That is no prose running over the
// border: the words part where the columns do. Before, the line was cut
// off the table as prose and its name's last line became an initiative.
TEST_CASE(
    "a row's cells that ingest joined across a column border are no prose over the table "
    "(PDF)",
    "[extract][names]") {
  CheckLastInitiative("status_first_row_cells_close_after_page_break.pdf", 3,
                      "Forældrekurser for piger i foreningslivet", {85, 20});
}

// As `bilag extract --rules DIR` runs: the rules' month words reach the
// layout stage, so a letter's dateline written with the archive's "mart."
// is no title, and the title below it is.
TEST_CASE("a user's [[month]] word reaches the layout: a dateline with it is no title",
          "[extract][rules]") {
  std::string dir_pattern =
      (std::filesystem::temp_directory_path() / "bilag-month-rules-XXXXXX").string();
  const std::filesystem::path rules = mkdtemp(dir_pattern.data());
  std::ofstream(rules / "months.toml") << "[[month]]\nid = \"month.march\"\nnumber = 3\n"
                                          "words = [\"marts\", \"mar.\", \"mart.\"]\n";
  const std::filesystem::path letter = rules / "letter.txt";
  std::ofstream(letter) << "K\u00f8benhavns Kommune\n\nK\u00f8benhavn, 9. mart. 2013\n\n"
                           "Handleplan for integration i Socialforvaltningen 2013-2014\n\n"
                           "Socialforvaltningen arbejder fortsat for integrationen af borgerne.\n";
  auto title_with = [&](std::vector<std::string> rule_dirs) {
    ExtractorOptions options;
    options.rule_dirs = std::move(rule_dirs);
    Result<Extractor> extractor = Extractor::Create(options);
    REQUIRE(extractor.ok());
    Outcome outcome = extractor->Extract(letter.string());
    REQUIRE(outcome.status.ok());
    return outcome.extraction->info.title.value_or("");
  };
  const std::string shipped = BILAG_SOURCE_DIR "/rules";
  CHECK(title_with({shipped, rules.string()}) ==
        "Handleplan for integration i Socialforvaltningen 2013-2014");
  CHECK(title_with({shipped}) != "Handleplan for integration i Socialforvaltningen 2013-2014");
  std::filesystem::remove_all(rules);
}

}  // namespace
}  // namespace bilag
