// Extraction of bilag written differently from the seeds: labels as users
// write them, sections the seeds do not use, target sentences, economy
// paragraphs that name the sub-goal they fund, money that is no single sum.
// Text inputs through the whole pipeline (ingest, layout, normalise,
// extract), as `bilag extract` runs it.
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/base/list_markers.h"
#include "extractor/extract/extract.h"
#include "extractor/extract/items.h"
#include "extractor/rules/rule_loader.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

using testing::ShippedRules;

Extraction Run(const std::string& text) { return testing::ExtractText(text); }

const Initiative& Named(const Extraction& e, const std::string& name) {
  for (const Initiative& initiative : e.initiatives) {
    if (initiative.name == name) return initiative;
  }
  FAIL("no initiative '" << name << "'");
  return e.initiatives.front();
}

std::vector<std::string> WarningCodes(const Extraction& e) {
  std::vector<std::string> codes;
  for (const Warning& warning : e.document.warnings) codes.push_back(warning.code);
  return codes;
}

TEST_CASE(
    "generalise: a statusskema with 'Skema N', 'Projektnavn' without a colon and "
    "'Succeskriterier' as its goals",
    "[extract][generalise]") {
  const Extraction e =
      Run("Kultur- og Fritidsudvalgets statusskema for integrationsindsatsen 2005-2006\n\n"
          "Skema 1\n"
          "Projektnavn\tLektiehjælp i bibliotekerne\n"
          "Finansiering\t1,2 mio. kr. årligt i 2005 og 2006\n"
          "Succeskriterier\t- 200 forløb gennemført i 2006\n"
          "\t- Mindst 25 nye frivillige i 2006\n\n"
          "Skema 2\n"
          "Projektnavn\tIdrætsmentorer\n"
          "Finansiering\t400.000 kr. i 2006\n");
  CHECK(e.info.kind == std::optional<std::string>("statusskema"));
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& first = Named(e, "Lektiehjælp i bibliotekerne");
  CHECK(first.section == std::optional<std::string>("1"));
  REQUIRE(first.amounts.size() == 2);
  CHECK(first.amounts[1].year == std::optional<int>(2006));
  REQUIRE(first.targets.size() == 2);
  CHECK(first.targets[0].kind == TargetKind::kGoal);
  CHECK(first.targets[1].comparator == Comparator::kAtLeast);
  CHECK(Named(e, "Idrætsmentorer").section == std::optional<std::string>("2"));
}

TEST_CASE(
    "generalise: 'Delmål N:' sections, goal lists, 'Målet er, at ...' sentences and an "
    "economy paragraph whose amounts go to the sub-goal they name",
    "[extract][generalise]") {
  const Extraction e = Run(
      "Socialudvalgets handleplan for integration 2012-2015\n\n"
      "Delmål 1: Unge i uddannelse\n"
      "I dag er 18 pct. af de unge i gang med en uddannelse.\n"
      "Målet er, at mindst 40 pct. af de unge er i uddannelse eller\n"
      "job ultimo 2015. Det følges op hvert år.\n\n"
      "Delmål 2: Tidlig indsats i familier\n"
      "Derfor etableres følgende mål:\n"
      "- At 250 familier har deltaget i et familiekursus ultimo 2015\n\n"
      "Økonomi\n"
      "Til familiekurserne under delmål 2 er der afsat 2,5 mio. kr. årligt i 2013, 2014 og 2015.\n"
      "Til sammenligning brugte forvaltningen 1,9 mio. kr. i 2011.\n");
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& first = Named(e, "Unge i uddannelse");
  CHECK(first.section == std::optional<std::string>("1"));
  REQUIRE(first.targets.size() == 1);  // "I dag er 18 pct." is status, not a target
  CHECK(first.targets[0].value == Approx(40));
  CHECK(first.targets[0].year == std::optional<int>(2015));
  CHECK(first.targets[0].text ==
        "Målet er, at mindst 40 pct. af de unge er i uddannelse eller job ultimo 2015.");
  CHECK(first.amounts.empty());
  const Initiative& second = Named(e, "Tidlig indsats i familier");
  REQUIRE(second.targets.size() == 1);
  CHECK(second.targets[0].value == Approx(250));
  REQUIRE(second.amounts.size() == 3);
  CHECK(second.amounts[0].rule == "tie.sub-goal");
  CHECK(second.amounts[2].year == std::optional<int>(2015));
  // The comparison amount names no sub-goal: a warning, not an owner.
  std::vector<std::string> codes = WarningCodes(e);
  CHECK(std::count(codes.begin(), codes.end(), "amount-unassigned") == 1);
}

// A line break between an amount and its years ("afsat 800.000 kr. i" /
// "2013 og ...") parts neither: in an initiative's own text, and in the
// closing economy paragraph whose sentences name the sub-goal. The years
// come from the next line of the paragraph; its own amounts are read once.
// handleplan_year_on_next_line_spaced.txt is `scripts/make_family.py
// --family handleplan --seeds 601 --variants txt`.
TEST_CASE("generalise: an amount's years on the next line of its paragraph",
          "[extract][generalise]") {
  const Extraction e =
      Run("Socialudvalgets handleplan for integration 2012-2015\n\n"
          "Delmål 1: Unge i uddannelse\n"
          "Målet er, at mindst 40 pct. af de unge er i uddannelse ultimo 2015.\n"
          "Indsatsen har et budget på 1,2 mio. kr. i\n"
          "2014 og gennemføres med jobcentrene.\n\n"
          "Delmål 2: Tidlig indsats i familier\n"
          "- At 250 familier har deltaget i et familiekursus ultimo 2015\n\n"
          "Økonomi\n"
          "Til familiekurserne under delmål 2 er der afsat 800.000 kr. i\n"
          "2013 og 200.000 kr. i 2014.\n");
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& first = Named(e, "Unge i uddannelse");
  REQUIRE(first.amounts.size() == 1);
  CHECK(first.amounts[0].dkk == 1200000);
  CHECK(first.amounts[0].year == std::optional<int>(2014));
  const Initiative& second = Named(e, "Tidlig indsats i familier");
  REQUIRE(second.amounts.size() == 2);
  CHECK(second.amounts[0].dkk == 800000);
  CHECK(second.amounts[0].year == std::optional<int>(2013));
  CHECK(second.amounts[0].text == "800.000 kr.");
  CHECK(second.amounts[1].dkk == 200000);
  CHECK(second.amounts[1].year == std::optional<int>(2014));

  const Extraction plan = testing::ExtractFile(
      BILAG_SOURCE_DIR "/tests/fixtures/amounts/handleplan_year_on_next_line_spaced.txt");
  const Initiative& motion = Named(plan, "Motionshold for ældre med anden etnisk baggrund");
  REQUIRE(motion.amounts.size() == 2);
  CHECK(motion.amounts[0].dkk == 800000);
  CHECK(motion.amounts[0].year == std::optional<int>(2013));
}

TEST_CASE(
    "generalise: a bilag of no known kind gets initiatives from numbered headings with "
    "labelled paragraphs",
    "[extract][generalise]") {
  const Extraction e =
      Run("Teknik- og Miljøudvalgets redegørelse for integrationsindsatsen 2007\n\n"
          "Redegørelsen beskriver to indsatser.\n\n"
          "1. Områdeløft i Lygtenkvarteret\n"
          "Kvarteret får nye byrum.\n"
          "Økonomi: 1,6 mio. kr. i 2007 og 2,1 mio. kr. i 2008.\n"
          "Mål:\n"
          "- Mindst 500 beboere deltager i borgermøder i 2007\n"
          "- 30 % af deltagerne har anden etnisk baggrund end dansk\n"
          "Status: Der er afholdt 4 workshops med 320 deltagere.\n\n"
          "2. Mangfoldig rekruttering\n"
          "Økonomi: Afholdes inden for forvaltningens ramme.\n"
          "Mål: 5,5 % af medarbejderne har anden etnisk baggrund ultimo 2008\n");
  CHECK(e.info.kind == std::optional<std::string>("generic"));
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& first = Named(e, "Områdeløft i Lygtenkvarteret");
  CHECK(first.section == std::optional<std::string>("1"));
  REQUIRE(first.amounts.size() == 2);
  CHECK(first.amounts[1].dkk == 2100000);
  REQUIRE(first.targets.size() == 2);  // the status's figures are no targets
  CHECK(first.targets[1].unit == TargetUnit::kPercent);
  CHECK(first.fields.at("status").find("4 workshops") != std::string::npos);
  const Initiative& second = Named(e, "Mangfoldig rekruttering");
  REQUIRE(second.targets.size() == 1);
  CHECK(second.targets[0].value == Approx(5.5));
  CHECK(second.targets[0].year == std::optional<int>(2008));
}

TEST_CASE(
    "generalise: a label alone on its line takes the lines below it, even when set in bold "
    "as a heading of its own and its bullets are lost",
    "[extract][generalise]") {
  // A label set as a heading is a block of its own, as a bold "Mål:" on a
  // scan is once bold is told from stroke width; there OCR also reads the
  // bullets as nothing.
  const Extraction e =
      Run("<h1>Teknik- og Miljøudvalgets redegørelse for integrationsindsatsen 2007</h1>\n"
          "<h2>1. Områdeløft i Lygtenkvarteret</h2>\n"
          "<p>Kvarteret får nye byrum.<br>Økonomi: 1,6 mio. kr. i 2007.</p>\n"
          "<h3>Mål:</h3>\n"
          "<p>Mindst 500 beboere deltager i borgermøder i 2007<br>"
          "Andelen af deltagere med anden etnisk baggrund er mindst 30 %</p>\n"
          "<p>Status: Der er afholdt 4 workshops med 320 deltagere.</p>\n");
  const Initiative& first = Named(e, "Områdeløft i Lygtenkvarteret");
  REQUIRE(first.targets.size() == 2);
  CHECK(first.targets[0].value == Approx(500));
  CHECK(first.targets[0].rule == "label.goal");
  CHECK(first.targets[1].unit == TargetUnit::kPercent);
  CHECK(first.fields.at("status").find("4 workshops") != std::string::npos);
}

TEST_CASE("generalise: a range or a foreign currency is a warning with its line, never silence",
          "[extract][generalise]") {
  const Extraction e =
      Run("Handleplan for integration 2014\n\n"
          "Ad 1. Jobmentorer\n"
          "Projektet koster 2-3 mio. kr. om året og får 2 mio. euro fra EU.\n");
  REQUIRE(e.initiatives.size() == 1);
  CHECK(e.initiatives[0].amounts.empty());
  bool range = false, currency = false;
  for (const Warning& warning : e.document.warnings) {
    range = range || (warning.code == "amount-range" && warning.line > 0);
    currency = currency || (warning.code == "amount-foreign-currency" && warning.line > 0);
  }
  CHECK(range);
  CHECK(currency);
}

TEST_CASE("generalise: 'Overordnet målsætning' over an introduction is no initiative",
          "[extract][generalise]") {
  const Extraction e =
      Run("Socialudvalgets handleplan for integration 2012-2015\n\n"
          "Overordnet målsætning\n"
          "Socialudvalget vil sikre lige adgang til de sociale tilbud.\n\n"
          "Delmål 1: Unge i uddannelse\n"
          "Derfor etableres følgende mål:\n"
          "- At 120 unge gennemfører et mentorforløb frem mod 2015\n");
  REQUIRE(e.initiatives.size() == 1);
  CHECK(e.initiatives[0].name == "Unge i uddannelse");
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

TEST_CASE("generalise: a budget's total and subtotal rows are flagged, its unit scales the cells",
          "[extract][generalise]") {
  const Extraction e =
      Run("Økonomisk oversigt (i 1.000 kr.)\n"
          "Indsats\t2009\t2010\tI alt\n"
          "Mentorer\t200\t300\t500\n"
          "Lektiecaféer\t100\t100\t200\n"
          "Udgifter i alt\t300\t400\t700\n");
  REQUIRE(e.budget.size() == 9);
  for (const BudgetCell& cell : e.budget) {
    INFO(cell.item << " " << (cell.year ? *cell.year : 0));
    CHECK(cell.total_row == (cell.item == "Udgifter i alt"));
  }
  CHECK(e.budget.front().dkk == std::optional<int64_t>(200000));
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

TEST_CASE(
    "generalise: a labelled 'Økonomi:' paragraph that names sub-goals gives each its amount, "
    "and the last initiative none it does not name",
    "[extract][generalise]") {
  const Extraction e =
      Run("Handleplan for integration 2011-2012\n\n"
          "Ad 1. Praktikpladser på Nørrebro\n"
          "Derfor etableres følgende mål:\n"
          "- 40 unge får en praktikplads i 2011\n\n"
          "Ad 2. Frivillignetværk\n"
          "Derfor etableres følgende mål:\n"
          "- 12 foreninger indgår i netværket i 2012\n"
          "Økonomi: Til praktikpladser under delmål 1 er der afsat kr. 300.000 i 2011.\n"
          "Frivillignetværket (delmål 2) finansieres med 90.000 kr. om året.\n"
          "Til sammenligning brugte forvaltningen 1,5 mio. kr. i 2010.\n");
  REQUIRE(e.initiatives.size() == 2);
  const Initiative& first = Named(e, "Praktikpladser på Nørrebro");
  REQUIRE(first.amounts.size() == 1);
  CHECK(first.amounts[0].dkk == 300000);
  const Initiative& second = Named(e, "Frivillignetværk");
  REQUIRE(second.amounts.size() == 1);  // not "1" or "2" of "delmål", not the 1,5 mio.
  CHECK(second.amounts[0].dkk == 90000);
  CHECK(second.amounts[0].per_year);
  // Credited to the rule that tied each to its sub-goal, which a user can
  // look up in rules/initiatives.toml.
  CHECK(first.amounts[0].rule == "tie.sub-goal");
  CHECK(second.amounts[0].rule == "tie.sub-goal");
  std::vector<std::string> codes = WarningCodes(e);
  CHECK(std::count(codes.begin(), codes.end(), "amount-unassigned") == 1);
}

// The numbered notes under a budget table explain its cells ("(Se note 1)");
// a note's amounts are nobody's, also when the note wraps.
TEST_CASE("generalise: the notes under a budget table that refers to them give no amounts",
          "[extract][generalise]") {
  const std::string before =
      "Statusskema for integrationsindsatsen 2006\n\n"
      "Skema 1\n"
      "Projektnavn\tHelhedsplan for Ryparken Syd\n"
      "Finansiering\tKommunens andel udgør 3 mio. kr. i perioden 2005-2008.\n"
      "Status\tHelhedsplanen blev godkendt i november 2005.\n\n"
      "Økonomisk oversigt\n"
      "Integrationsindsatser (mio. kr.)\t2005\t2006\tI alt\n";
  const std::string notes =
      "I alt\t0,8\t0,7\t1,5\n\n"
      "1) Kommunens andel for 2007-2008 (1,5 mio. kr.) er endnu ikke\n"
      "fordelt på år.\n"
      "2) Landsbyggefonden bidrager med 9 mio. kr.\n";
  const Extraction e =
      Run(before + "Helhedsplan for Ryparken Syd (Se note 1)\t0,8\t0,7\t1,5\n" + notes);
  const Initiative& plan = Named(e, "Helhedsplan for Ryparken Syd");
  REQUIRE(plan.amounts.size() == 1);
  CHECK(plan.amounts[0].dkk == 3000000);
  // Credited to the vocabulary rule that read "mio. kr." (rules/values.toml).
  CHECK(plan.amounts[0].rule == "money.million");
  CHECK(std::any_of(e.budget.begin(), e.budget.end(), [](const BudgetCell& cell) {
    return cell.note == std::optional<std::string>("1");
  }));

  // Without a note reference in the table, "1)" may start what follows the
  // table, so its amounts stay where they are.
  const Extraction plain = Run(before + "Helhedsplan for Ryparken Syd\t0,8\t0,7\t1,5\n" + notes);
  CHECK(Named(plain, "Helhedsplan for Ryparken Syd").amounts.size() == 3);
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

TEST_CASE(
    "generalise: goals set one per paragraph without markers are split at capitals, "
    "not after a short word",
    "[extract][generalise]") {
  const std::vector<Segment> cell = {
      {"At udarbejde resultatkrav til projektet", 1, 1},
      {"inden 2004", 1, 2},
      {"Mindst 400 ældre modtager et hjemmebesøg i samarbejde med", 1, 3},
      {"Dansk Flygtningehjælp", 1, 4}};
  const std::vector<Segment> items = SplitItems(cell, false);
  REQUIRE(items.size() == 2);
  CHECK(items[0].text == "At udarbejde resultatkrav til projektet inden 2004");
  CHECK(items[1].text ==
        "Mindst 400 ældre modtager et hjemmebesøg i samarbejde med Dansk Flygtningehjælp");
  CHECK(items[1].line == 3);
  // With markers, only markers split.
  const std::vector<Segment> marked = {{"- 200 forløb", 1, 1}, {"Mindst 25 nye", 1, 2}};
  CHECK(SplitItems(marked, false).size() == 1);
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

TEST_CASE(
    "generalise: pdftotext without -layout: a bullet on its own line and blank lines "
    "between the items",
    "[extract][generalise]") {
  const Extraction e =
      Run("Socialudvalgets handleplan for integration 2012-2015\n\n"
          "Delmål 1: Unge i uddannelse\n"
          "Derfor etableres følgende mål:\n"
          "\u2022\n\n"
          "At mindst 40 pct. af de unge er i uddannelse ultimo\n"
          "2015\n\n"
          "\u2022\n\n"
          "At 120 unge gennemfører et mentorforløb frem mod 2015\n\n"
          "Delmål 2: Tidlig indsats\n"
          "Forvaltningen vil styrke indsatsen over for 64 familier.\n");
  const Initiative& first = Named(e, "Unge i uddannelse");
  REQUIRE(first.targets.size() == 2);
  CHECK(first.targets[0].text == "At mindst 40 pct. af de unge er i uddannelse ultimo 2015");
  CHECK(first.targets[1].value == Approx(120));
  CHECK(Named(e, "Tidlig indsats").targets.empty());
}

TEST_CASE(
    "generalise: pdftotext without -layout: a dash on its own line below a wrapped item's year "
    "is the next item's bullet, beside a figure block it is a table's empty cell",
    "[extract][generalise]") {
  const Extraction e =
      Run("Socialudvalgets handleplan for integration 2012-2015\n\n"
          "Delmål 1: Unge i uddannelse\n"
          "Derfor etableres følgende mål:\n"
          "-\n\n"
          "At mindst 40 pct. af de unge er i uddannelse ultimo\n"
          "2015\n\n"
          "-\n\n"
          "At 120 unge gennemfører et mentorforløb frem mod 2015\n");
  const Initiative& first = Named(e, "Unge i uddannelse");
  REQUIRE(first.targets.size() == 2);
  CHECK(first.targets[1].text == "At 120 unge gennemfører et mentorforløb frem mod 2015");
  // "850" / "–" / "2.300": the dash stays a line of its own.
  const Extraction cells = Run("Forældrekurser\n\n850\n\n\u2013\n\n2.300\n");
  bool dash_alone = false;
  for (const Line& line : cells.document.pages.front().lines) {
    dash_alone = dash_alone || line.text == "\u2013";
  }
  CHECK(dash_alone);
}

TEST_CASE(
    "generalise: year columns too narrow for 'Resultatkrav' break the word without a hyphen, "
    "their header and a broken unit word still read, a bold name followed by its description "
    "on one line is the bold words (PDF)",
    "[extract][generalise]") {
  const Extraction e =
      testing::ExtractFile(BILAG_SOURCE_DIR "/tests/fixtures/tables/narrow_columns.pdf");
  // The bold name runs on into its description on one line: the name is
  // the bold words.
  const Initiative& mentors = Named(e, "Skolementorer");
  CHECK(mentors.fields.at("description").starts_with("Frivillige følger"));
  using T = std::tuple<TargetKind, int, double, TargetUnit>;
  std::vector<T> targets;
  for (const Target& t : mentors.targets) {
    if (t.value) targets.emplace_back(t.kind, t.year.value_or(0), *t.value, t.unit);
  }
  CHECK(targets ==
        std::vector<T>{{TargetKind::kResult, 2013, 31, TargetUnit::kPercent},
                       {TargetKind::kRequirement, 2014, 2, TargetUnit::kPercentagePoints},
                       {TargetKind::kRequirement, 2015, 20, TargetUnit::kPercent}});
  const Initiative& jobcafe = Named(e, "Jobcafé i Nordvest");
  int requirements = 0;
  for (const Target& t : jobcafe.targets) requirements += t.kind == TargetKind::kRequirement;
  CHECK(requirements == 2);
}

TEST_CASE(
    "generalise: a letterhead's date wherever its line puts it, 'Dok.nr.' as a document number, "
    "never a date of the prose",
    "[extract][generalise]") {
  using Info = std::tuple<std::optional<std::string>, std::optional<std::string>,
                          std::optional<std::string>>;  // date, case, document number
  auto head = [](const std::string& letterhead) {
    const Extraction e =
        Run(letterhead +
            "\n\nHandleplan for integrationsindsatsen 2012-2014\n\n"
            "Økonomiudvalget besluttede den 12. marts 2010 at styrke indsatsen.\n");
    return Info{e.info.date, e.info.case_number, e.info.document_number};
  };
  CHECK(head("København, den 24. marts 2012\nJ.nr.: 2012-2709148") ==
        Info{"2012-03-24", "2012-2709148", std::nullopt});
  CHECK(head("Teknik- og Miljøforvaltningen København, den 4. marts 2010 Sagsnr. 2010-2230777") ==
        Info{"2010-03-04", "2010-2230777", std::nullopt});
  CHECK(head("Socialforvaltningen 06-06-2007 Sagsnr.: 2007-20795 Sagsbehandler: Birgitte Hansen") ==
        Info{"2007-06-06", "2007-20795", std::nullopt});
  CHECK(head("Sundheds- og Omsorgsforvaltningen Dato: 26. juni 2012 Sagsnr. 2012-7520939 "
             "Dok.nr. 2012-69159") == Info{"2012-06-26", "2012-7520939", "2012-69159"});
  CHECK(head("Teknik- og Miljøforvaltningen 17. maj 2012\nDok.nr. 2012-5438733") ==
        Info{"2012-05-17", std::nullopt, "2012-5438733"});
  // A date in the prose under the title is no date of the document.
  CHECK(head("Teknik- og Miljøforvaltningen") == Info{std::nullopt, std::nullopt, std::nullopt});
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

// Tesseract reads a round bullet before a tab stop as up to four signs, a
// quote among them; the lines below are its reading of a handleplan's scan
// (devset bif_handleplan, 300 dpi). Each item is a target, without its marker.
TEST_CASE("generalise: a bullet OCR read as '\"\u2026\u2026.' before a tab is a list marker",
          "[extract][generalise][lists]") {
  const Extraction e =
      Run("Besk\u00e6ftigelses- og Integrationsudvalgets handleplan for integration 2014-2016\n\n"
          "Ad 2. Danskuddannelse kombineret med praktik\n"
          "Sprogskolerne og jobcentrene tilrettel\u00e6gger forl\u00f8b.\n"
          "Derfor etableres f\u00f8lgende m\u00e5l:\n"
          "\"\u2026\u2026.\tDer gennemf\u00f8res 400 kombinationsforl\u00f8b \u00e5rligt frem mod "
          "2016\n"
          "\"\u2026\u2026.\tAt 60 kursister f\u00e5r job i 2016\n"
          "Ad 3. Jobmentorer for flygtninge\n"
          "Derfor etableres f\u00f8lgende m\u00e5l:\n"
          ".\u2026 At 300 borgere f\u00e5r en jobmentor frem mod 2016\n");
  const Initiative& courses = Named(e, "Danskuddannelse kombineret med praktik");
  REQUIRE(courses.targets.size() == 2);
  CHECK(courses.targets[0].text ==
        "Der gennemf\u00f8res 400 kombinationsforl\u00f8b \u00e5rligt frem mod 2016");
  CHECK(courses.targets[0].value == std::optional<double>(400));
  CHECK(courses.targets[1].text == "At 60 kursister f\u00e5r job i 2016");
  const Initiative& mentors = Named(e, "Jobmentorer for flygtninge");
  REQUIRE(mentors.targets.size() == 1);
  CHECK(mentors.targets[0].value == std::optional<double>(300));
  // Five signs stay a row of dots, no bullet.
  CHECK(IsBulletGlyphs("\u2026\u2026\u2026", ShippedRules().list_markers));
  CHECK_FALSE(IsBulletGlyphs(".....", ShippedRules().list_markers));
}

}  // namespace
}  // namespace bilag
