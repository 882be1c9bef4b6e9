// Line roles (extractor/layout/roles.h) on the development set's documents
// (../shared/devset beside the checkout, as CI has it): ten bilag of the five
// families with other letterheads, running headers, date blocks and titles on
// two lines, each as a text-layer PDF and as `pdftotext -layout` text. Their
// gold names the title; the title lines must read as it, and no running line
// or letterhead may be taken for it.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extractor/base/text.h"
#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "tests/layout/layout_test_util.h"

namespace bilag {
namespace {

const std::string kDevset = BILAG_SOURCE_DIR "/../shared/devset/";

const std::vector<std::string> kNames = {
    "suf_statusskema_2009",     "okf_statusskema_2006",     "buf_resultater_2010_2012",
    "kff_resultater_2004_2006", "sof_handleplan_2012_2015", "bif_handleplan_2014_2016",
    "kff_statusrapport_2015",   "buf_statusrapport_2016",   "sof_brev_2013",
    "tmf_redegoerelse_2007"};

std::string GoldTitle(const std::string& name) {
  const std::string path = kDevset + "gold/" + name + ".json";
  INFO(path);
  REQUIRE(std::filesystem::exists(path));
  std::ifstream in(path);
  return nlohmann::json::parse(in)["document"]["title"].get<std::string>();
}

Document Analysed(const std::string& path) {
  IngestOptions options;
  options.ocr.mode = OcrMode::kNever;
  return testing::AnalysedFile(path, options);
}

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The title lines joined, without a "Bilag 2. " prefix (the gold keeps the
// number apart).
std::string TitleOf(const Document& doc) {
  std::string title;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kTitle) title += line.text + " ";
    }
  }
  title = Squeezed(title);
  if (title.rfind("Bilag ", 0) == 0) {
    const size_t stop = title.find_first_of(".:", 6);
    if (stop != std::string::npos && stop < 10) title = Squeezed(title.substr(stop + 1));
    while (!title.empty() && title.front() == ' ') title.erase(0, 1);
  }
  return title;
}

// The title of a fixture in tests/fixtures/layout/.
std::string FixtureTitle(const std::string& name) {
  return TitleOf(Analysed(BILAG_SOURCE_DIR "/tests/fixtures/layout/" + name));
}

void CheckTitle(const std::string& name, const std::string& suffix) {
  const Document doc = Analysed(kDevset + "inputs/" + name + suffix);
  INFO(name + suffix);
  CHECK(TitleOf(doc) == GoldTitle(name));
}

TEST_CASE("roles: the title of every devset PDF is its largest text, two lines joined",
          "[layout][roles]") {
  for (const std::string& name : kNames) CheckTitle(name, ".pdf");
}

TEST_CASE("roles: the title of every devset pdftotext -layout text, without typography",
          "[layout][roles]") {
  for (const std::string& name : kNames) CheckTitle(name, ".txt");
}

// A scan has no font sizes: box heights (weighed by letter shape) and the
// gaps between lines say which lines are one title. The OCR cache makes a
// second run cheap.
TEST_CASE("roles: the title of every devset scan, from box heights, two lines joined",
          "[layout][roles][ocr]") {
  for (const std::string& name : kNames) {
    IngestOptions options;
    options.ocr.mode = OcrMode::kAuto;
    const Document doc = testing::AnalysedFile(kDevset + "inputs/" + name + ".scan.pdf", options);
    INFO(name + ".scan.pdf");
    CHECK(TitleOf(doc) == GoldTitle(name));
  }
}

TEST_CASE("roles: a letterhead repeated on every page is a page header, page numbers are footers",
          "[layout][roles]") {
  const Document doc = Analysed(kDevset + "inputs/suf_statusskema_2009.pdf");
  REQUIRE(doc.pages.size() == 3);
  for (const Page& page : doc.pages) {
    INFO("page " << page.number);
    bool header = false, footer = false;
    for (const Line& line : page.lines) {
      if (line.text.find("Københavns Kommune") != std::string::npos) {
        CHECK(line.role == LineRole::kPageHeader);
        header = true;
      }
      if (line.text.rfind("Side ", 0) == 0) {
        CHECK(line.role == LineRole::kPageFooter);
        footer = true;
      }
    }
    CHECK(header);
    CHECK(footer);
  }
}

// handleplan_numbered_sections.pdf (scripts/make_family.py --family handleplan --seeds
// 322): sub-goals headed "1. Sprogcaféer på bibliotekerne" in body type, each over
// prose and a list of "- At ..." goals.
TEST_CASE(
    "roles: a short numbered line alone between prose is a heading in body type, the items "
    "of a list are list items",
    "[layout][roles]") {
  const Document doc =
      Analysed(BILAG_SOURCE_DIR "/tests/fixtures/layout/handleplan_numbered_sections.pdf");
  int headings = 0, items = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.text.rfind("1. ", 0) == 0 || line.text.rfind("2. ", 0) == 0 ||
          line.text.rfind("3. ", 0) == 0) {
        INFO(line.text);
        CHECK(line.role == LineRole::kHeading);
        ++headings;
      }
      if (line.text.rfind("- At ", 0) == 0) {
        INFO(line.text);
        CHECK(line.role == LineRole::kListItem);
        ++items;
      }
    }
  }
  CHECK(headings == 3);
  CHECK(items >= 5);
}

// letter_dateline_spaced.txt: the head of scripts/make_family.py --family
// letter --seeds 303 as `pdftotext -layout` text; letter_dateline_numeric.txt
// written by hand. A dateline names a year and stands alone above the title.
TEST_CASE(
    "roles: a dateline ('København, den 18. august 2015', 'København den 17/1 2013') is no title",
    "[layout][roles]") {
  CHECK(FixtureTitle("letter_dateline_spaced.txt") ==
        "Resultatkrav og mål for integrationsindsatsen for perioden 2016-2018");
  CHECK(FixtureTitle("letter_dateline_numeric.txt") ==
        "Handleplan for integration i Socialforvaltningen 2013-2014");
}

TEST_CASE("roles: a date block's '5. november 2013' is no list item, '1) ...' items are",
          "[layout][roles]") {
  const Document doc = Analysed(kDevset + "inputs/bif_handleplan_2014_2016.pdf");
  int items = 0;
  for (const Line& line : doc.pages.front().lines) {
    if (line.text.find("november 2013") != std::string::npos) {
      CHECK(line.role != LineRole::kListItem);
    }
    if (line.text.rfind("1) ", 0) == 0 || line.text.rfind("4) ", 0) == 0) {
      CHECK(line.role == LineRole::kListItem);
      ++items;
    }
  }
  CHECK(items == 2);
}

TEST_CASE(
    "roles: a numbered heading set in bold is a heading, and the bullets under 'Mål:' "
    "are list items",
    "[layout][roles]") {
  const Document doc = Analysed(kDevset + "inputs/tmf_redegoerelse_2007.pdf");
  int headings = 0, bullets = 0;
  for (const Line& line : doc.pages.front().lines) {
    if (line.text.rfind("1. Områdeløft", 0) == 0 || line.text.rfind("4. Legepladser", 0) == 0) {
      CHECK(line.role == LineRole::kHeading);
      ++headings;
    }
    if (line.text.rfind("\u2022 ", 0) == 0) {
      CHECK(line.role == LineRole::kListItem);
      CHECK(line.cells.empty());
      ++bullets;
    }
  }
  CHECK(headings == 2);
  CHECK(bullets == 4);
}

// The roles of the lines of the first page that start with `prefix`.
std::vector<LineRole> RolesOf(const Document& doc, const std::string& prefix) {
  std::vector<LineRole> roles;
  for (const Line& line : doc.pages.front().lines) {
    if (Trim(line.text).starts_with(prefix)) roles.push_back(line.role);
  }
  return roles;
}

// tests/fixtures/layout/handleplan_numbered_plain.txt: scripts/make_family.py's
// handleplan seed 305 as text, trimmed. No column lines up, so it takes the
// plain text path: no geometry, no type.
TEST_CASE(
    "roles: in plain text a numbered line that stops short of the prose below it is a "
    "heading, and a journal line naming a case number is no title",
    "[layout][roles]") {
  const Document doc =
      Analysed(BILAG_SOURCE_DIR "/tests/fixtures/layout/handleplan_numbered_plain.txt");
  CHECK(RolesOf(doc, "Socialforvaltningen 3. maj 2010") ==
        std::vector<LineRole>{LineRole::kPageHeader});
  CHECK(TitleOf(doc) == "Handleplan for integration for perioden 2011\u20132012");
  CHECK(RolesOf(doc, "1. Motionshold") == std::vector<LineRole>{LineRole::kHeading});
  CHECK(RolesOf(doc, "\u2022 ") == std::vector<LineRole>(3, LineRole::kListItem));
}

// tests/fixtures/layout/handleplan_numbered_after_bullets_spaced.txt:
// scripts/make_family.py's handleplan seed 349 as `pdftotext -layout` text.
// Sections "1." to "5." set in body type, each ending in a "-" list of
// targets, one across a page break.
TEST_CASE(
    "roles: a numbered line after a bulleted list is a heading when its number goes on from "
    "the numbered heading above",
    "[layout][roles]") {
  const Document doc = Analysed(
      BILAG_SOURCE_DIR "/tests/fixtures/layout/handleplan_numbered_after_bullets_spaced.txt");
  auto role_of = [&](std::string_view words) {
    std::vector<LineRole> roles;
    for (const Page& page : doc.pages) {
      for (const Line& line : page.lines) {
        if (line.text.find(words) != std::string::npos) roles.push_back(line.role);
      }
    }
    return roles;
  };
  for (const char* heading : {"1. Lederuddannelse", "2. Sundhedsformidlere", "3. Netværksgrupper",
                              "4. Forebyggende hjemmebesøg", "5. Virksomhedspraktik"}) {
    INFO(heading);
    CHECK(role_of(heading) == std::vector<LineRole>{LineRole::kHeading});
  }
  CHECK(role_of("Minimum 500 skoler") == std::vector<LineRole>{LineRole::kListItem});
}

// Titles of scripts/make_family.py documents that the devset's ten do not
// show, trimmed (text: the first lines of `pdftotext -layout`; PDF: the first
// page, by pdfseparate): letter seeds 312 and 316, results 313, handleplan 323
// (range 300-339); statusskema 316, results 305 (300-339) and 348 (340-379).
TEST_CASE(
    "roles: without type, a title line that a hyphen or a link word leaves open goes on "
    "below the blank rows of a large title, and a paragraph whose sentence ends inside a "
    "line is prose, not a title naming its year",
    "[layout][roles]") {
  CHECK(FixtureTitle("letter_title_across_blank_rows_spaced.txt") ==
        "Handleplan for integration i Sundheds- og Omsorgsforvaltningen 2011");
  CHECK(FixtureTitle("letter_title_centred_prose_below_spaced.txt") ==
        "Handleplan for integration i Beskæftigelses- og Integrationsforvaltningen 2011");
  CHECK(FixtureTitle("handleplan_title_above_numbered_item_spaced.txt") ==
        "Sundheds- og Omsorgsudvalgets handleplan for integration 2008\u20132010");
}

TEST_CASE(
    "roles: a first page without prose is a cover, and the next page's title naming the "
    "period is the document's",
    "[layout][roles]") {
  CHECK(FixtureTitle("results_title_after_cover_page_spaced.txt") ==
        "Resultater og mål for integrationsindsatsen 2011\u20132016");
}

TEST_CASE(
    "roles: a title keeps its leading and may take four lines; a larger heading below a "
    "title naming the period does not take its place",
    "[layout][roles]") {
  CHECK(FixtureTitle("statusskema_title_above_larger_heading.pdf") ==
        "Statusskema for integrationsindsatsen 2008\u20132010");
  CHECK(FixtureTitle("results_title_gap_before_forvaltning.pdf") ==
        "Kultur- og Fritidsudvalgets mål og resultatkrav på integrationsområdet 2007-2009");
  CHECK(FixtureTitle("results_title_four_lines.pdf") ==
        "Beskæftigelses- og Integrationsudvalgets resultater og mål for "
        "integrationsindsatsen for perioden 2012\u20132013");
}

// First pages (pdfseparate) of scripts/make_family.py handleplan seeds 348
// and 627 (range 340-379, 600-639).
TEST_CASE(
    "roles: a letterhead set larger than the title, with the letter's date, case number or "
    "appendix label below it, gives way to the title naming the period below those",
    "[layout][roles]") {
  CHECK(FixtureTitle("handleplan_letterhead_larger_than_title.pdf") ==
        "Sundheds- og Omsorgsudvalgets handleplan for integrationsindsatsen for perioden "
        "2011-2012");
  CHECK(FixtureTitle("handleplan_letterhead_above_appendix_label.pdf") ==
        "Handleplan for integrationsindsatsen 2011-2014");
}

// The first lines of scripts/make_family.py status seed 366 and statusskema
// seed 601 (txt).
TEST_CASE(
    "roles: a journal line whose case number has four digits after its year, or a dateline "
    "with its 'Dato:' label after the administration, is no title",
    "[layout][roles]") {
  CHECK(FixtureTitle("statusskema_dateline_with_label_spaced.txt") ==
        "Statusskema for integrationsindsatsen 2012-2014");
  // Any one-word field label, not only "Dato:", is no place word.
  const std::filesystem::path relabelled =
      std::filesystem::temp_directory_path() /
      ("bilag-roles-dateline-label-" + std::to_string(getpid()) + ".txt");
  std::ofstream(relabelled) << "Sundheds- og Omsorgsforvaltningen Udskrevet: 14. juli 2012\n"
                               "Bilag 2\n\n   Statusskema for integrationsindsatsen 2012-2014\n";
  CHECK(TitleOf(Analysed(relabelled.string())) ==
        "Statusskema for integrationsindsatsen 2012-2014");
  std::filesystem::remove(relabelled);
  CHECK(FixtureTitle("status_journal_line_short_case_number_spaced.txt") ==
        "Statusrapport for integrationsindsatsen 2011");
}

}  // namespace
}  // namespace bilag
