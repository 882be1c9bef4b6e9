// Text laid out with spaces (extractor/ingest/text_grid.h) through the layout
// stage: its tables must come out as the PDF's do, cell by cell, and text
// that is not laid out so must keep the plain text path.
//
// Two sources: the `pdftotext -layout` renditions of the layout fixtures
// (tests/fixtures/layout/NAME.layout.txt, written by
// scripts/make_text_grid_fixtures.sh from the PDFs whose cells layout_test.cpp
// knows), and the development set's renditions in ../shared/devset/inputs
// (beside the clone, as in CI), whose cells are spelled out here from the
// documents' sources.
//
// A table's rows are read back as in layout_test.cpp: the lines sharing a
// Line::row, each line's cells put in their columns (a line without cells in
// the column its words overlap most), joined with spaces.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ingest/text_grid.h"
#include "extractor/ingest/text_ingest.h"
#include "extractor/layout/layout.h"
#include "tests/layout/layout_test_util.h"

namespace bilag {
namespace {

using testing::Contains;
using testing::LinesOfTable;
using testing::TableIds;
using testing::TableLine;

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/layout/";
const std::string kDevset = BILAG_SOURCE_DIR "/../shared/devset/inputs/";

std::string ReadFile(const std::string& path) {
  INFO(path);
  REQUIRE(std::filesystem::exists(path));
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Document Ingested(const std::string& bytes) {
  Document doc;
  const Status status = IngestText(bytes, &doc);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return doc;
}

Document Analysed(const std::string& path) {
  Document doc = Ingested(ReadFile(path));
  AnalyseLayout(&doc);
  return doc;
}

const Line& LineOf(const Document& doc, const std::string& text, int skip = 0) {
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (Contains(line.text, text) && skip-- == 0) return line;
    }
  }
  FAIL("no line with '" << text << "'");
  static const Line kNone;
  return kNone;
}

struct Row {
  int id = 0;
  int first_page = 0, last_page = 0;
  bool header = false, repeated_header = false;
  std::vector<std::string> cells;
  int lines = 0;
};

void Append(const std::string& text, std::string* cell) {
  if (text.empty()) return;
  if (!cell->empty()) cell->push_back(' ');
  *cell += text;
}

std::vector<Row> RowsOf(const Document& doc, int table) {
  const std::vector<TableLine> lines = LinesOfTable(doc, table);
  size_t columns = 1;
  for (const TableLine& t : lines) columns = std::max(columns, t.line->cells.size());
  std::vector<Row> rows;
  for (const TableLine& t : lines) {
    const Line& line = *t.line;
    auto row =
        std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.id == line.row; });
    if (row == rows.end()) {
      rows.push_back({line.row, line.page, line.page, line.header, line.repeated_header,
                      std::vector<std::string>(columns), 0});
      row = rows.end() - 1;
    }
    row->last_page = line.page;
    ++row->lines;
    if (!line.cells.empty()) {
      for (size_t c = 0; c < line.cells.size() && c < columns; ++c) {
        Append(line.cells[c].text, &row->cells[c]);
      }
      continue;
    }
    // A wrapped line without cells: the column of the row's cell it overlaps.
    double x0 = 1e300, x1 = -1e300;
    for (int index : line.words) {
      x0 = std::min(x0, t.page->words[static_cast<size_t>(index)].box.x0);
      x1 = std::max(x1, t.page->words[static_cast<size_t>(index)].box.x1);
    }
    size_t best = 0;
    double best_overlap = -1e300;
    for (const TableLine& other : lines) {
      for (const Cell& cell : other.line->cells) {
        const double overlap = std::min(x1, cell.x1) - std::max(x0, cell.x0);
        if (overlap > best_overlap) {
          best_overlap = overlap;
          best = static_cast<size_t>(cell.column);
        }
      }
    }
    Append(line.text, &row->cells[best]);
  }
  return rows;
}

std::string Describe(const Document& doc, int table) {
  std::ostringstream out;
  for (const TableLine& t : LinesOfTable(doc, table)) {
    const Line& line = *t.line;
    out << line.page << ':' << line.number << " row " << line.row << (line.header ? " H" : "")
        << (line.repeated_header ? " R" : "") << " |";
    if (line.cells.empty()) {
      out << " (text) " << line.text << " |";
    } else {
      for (const Cell& cell : line.cells) out << ' ' << cell.text << " |";
    }
    out << '\n';
  }
  return out.str();
}

void CheckRow(const Row& row, const std::vector<std::string>& expected) {
  INFO("row " << row.id);
  REQUIRE(row.cells.size() == expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    INFO("column " << c << ": '" << row.cells[c] << "', expected '" << expected[c] << "'");
    CHECK(row.cells[c] == expected[c]);
  }
}

void CheckCells(const Line& line, const std::vector<std::string>& expected) {
  INFO("line " << line.page << ':' << line.number << ": " << line.text);
  REQUIRE(line.cells.size() == expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    INFO("column " << c);
    CHECK(line.cells[c].text == expected[c]);
  }
}

std::vector<Row> DataRows(const std::vector<Row>& rows) {
  std::vector<Row> data;
  for (const Row& row : rows) {
    if (!row.header && !row.repeated_header) data.push_back(row);
  }
  return data;
}

int OnlyTable(const Document& doc) {
  const std::set<int> ids = TableIds(doc);
  REQUIRE(ids.size() == 1);
  return *ids.begin();
}

// The rows of the document's only table, which must be `count`.
std::vector<Row> OnlyTableRows(const Document& doc, size_t count) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == count);
  return rows;
}

// The table whose first line contains `text`.
int TableAt(const Document& doc, const std::string& text) {
  const Line& line = LineOf(doc, text);
  INFO("'" << text << "' is in no table");
  REQUIRE(line.table != 0);
  return line.table;
}

void CheckNumbering(const Document& doc) {
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    REQUIRE(doc.pages[p].number == static_cast<int>(p) + 1);
    for (size_t i = 0; i < doc.pages[p].lines.size(); ++i) {
      CHECK(doc.pages[p].lines[i].page == static_cast<int>(p) + 1);
      CHECK(doc.pages[p].lines[i].number == static_cast<int>(i) + 1);
    }
  }
}

// ------------------------------------------------------------ the fixtures

// The cells make_layout_fixtures.py typeset (layout_test.cpp spells them too).
const std::vector<std::string> kResultsHeader = {"", "Mål 2014", "Resultatkrav 2014",
                                                 "Resultatkrav 2013", "Resultat 2012"};
const std::vector<std::vector<std::string>> kResultsRows = {
    {"Lektiecaféer på bibliotekerne Frivillige hjælper skolebørn med lektier to eftermiddage "
     "om ugen. Der er afsat 0,8 mio. kr. årligt i 2012-2014.",
     "Lektiecaféer på alle 20 biblioteker", "18 biblioteker", "14 biblioteker", "11 biblioteker"},
    {"Foreningsguider i boligområderne Guiderne hjælper børn og forældre med at finde en "
     "forening, der passer til dem.",
     "500 børn er blevet medlem af en forening", "400 børn", "250 børn", "Ingen"},
    {"Mangfoldighed i idrætsforeningerne Kurser for trænere og bestyrelser i at tage imod "
     "nye medlemmer med anden etnisk baggrund end dansk.",
     "Andelen af medlemmer med anden etnisk baggrund end dansk øges til 20 %", "18 %", "16 %",
     "14,5 %"},
};

const std::vector<std::string> kStatusHeader = {"Indsatser", "Succeskriterier", "Status"};
const std::vector<std::vector<std::string>> kStatusRows = {
    {"Sundhedsformidlere i boligområderne Beboere uddannes til at formidle viden om kost, "
     "motion og sundhedstilbud.",
     "- 12 sundhedsformidlere uddannes - 800 beboere deltager i oplæg",
     "Der er uddannet 14 sundhedsformidlere, og 650 beboere har deltaget."},
    {"Motion for kvinder Holdtræning i lokale haller med kvindelige instruktører.",
     "- 6 hold i gang - 120 faste deltagere", "Der er startet 5 hold med i alt 96 deltagere."},
    {"Trivsel i udskolingen Samtalegrupper for elever i 7.-9. klasse om trivsel og fremtid.",
     "- 10 skoler deltager - 200 elever gennemfører forløbet - Mindst 60 % oplever bedre "
     "trivsel",
     "Der er 9 skoler med i projektet, og 170 elever er i gang. Evalueringen foreligger i "
     "marts 2016."},
    {"Rådgivning om rygestop Rygestopkurser på arabisk, tyrkisk og urdu.", "- 4 kurser om året",
     "Der er holdt 3 kurser med 41 deltagere."},
};

const std::vector<std::vector<std::string>> kStatusskemaRows = {
    {"Navn på indsats", "Virksomhedspraktik for nyankomne flygtninge"},
    {"Økonomi", "2,8 mio. kr. årligt i 2014 og 2015"},
    {"Målgruppe",
     "Flygtninge og familiesammenførte i integrationsprogrammet, som har været i Danmark i "
     "mindre end et år."},
    {"Beskriv aktiviteterne",
     "Jobkonsulenter finder praktikpladser i private virksomheder og følger op hver fjortende "
     "dag. Deltagerne får danskundervisning med fagligt indhold fra praktikstedet."},
    {"Indsatsens mål",
     "- 150 flygtninge starter i virksomhedspraktik i 2014 - Mindst 40 % er i ordinært job "
     "eller uddannelse efter et år"},
    {"Status",
     "Der er indgået aftaler med 64 virksomheder, og 112 deltagere er startet i praktik. "
     "Heraf er 31 allerede i job med løntilskud."},
};

const std::vector<std::string> kLetterSide = {"14-04-2015",
                                              "Sagsnr.",
                                              "2015-118734",
                                              "Dokumentnr.",
                                              "2015-307551",
                                              "Sagsbehandler",
                                              "Amira Hansen",
                                              "Center for Forebyggelse",
                                              "Ingerslevsgade 44",
                                              "1705 København V",
                                              "Telefon",
                                              "3317 5210",
                                              "E-mail",
                                              "ah4k@suf.kk.dk",
                                              "EAN nummer",
                                              "5798009811208",
                                              "www.kk.dk"};

const std::vector<std::string> kBudgetHeader = {"(i 1.000 kr.)", "2015", "2016", "2017", "I alt"};
const std::vector<std::vector<std::string>> kBudgetRows = {
    {"Sundhedsformidlere", "1.200", "1.250", "1.250", "3.700"},
    {"Motion for kvinder", "450", "450", "500", "1.400"},
    {"Forebyggende hjemmebesøg med tolk", "1.200", "1.200", "1.200", "3.600"},
    {"Rygestopkurser på flere sprog", "300", "350", "", "650"},
    {"I alt", "3.150", "3.250", "2.950", "9.350"},
};

TEST_CASE("text grid: pdftotext -layout text is laid out with spaces, pdftotext text is not",
          "[text_grid]") {
  for (const char* name : {"results", "status", "budget", "letter", "statusskema"}) {
    INFO(name);
    CHECK(LooksSpaceAligned(ReadFile(kFixtures + name + ".layout.txt")));
  }
  for (const char* name : {"results", "status"}) {
    INFO(name);
    CHECK_FALSE(LooksSpaceAligned(ReadFile(kFixtures + name + ".raw.txt")));
  }
}

TEST_CASE(
    "text grid: a results table's header and wrapped rows come out cell by cell as from "
    "the PDF",
    "[text_grid][layout]") {
  const Document doc = Analysed(kFixtures + "results.layout.txt");
  CheckNumbering(doc);
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kResultsRows.size() + 1);
  CHECK(rows[0].header);
  CheckRow(rows[0], kResultsHeader);
  for (size_t r = 1; r < rows.size(); ++r) {
    CHECK_FALSE(rows[r].header);
    CheckRow(rows[r], kResultsRows[r - 1]);
  }
  CHECK(LineOf(doc, "Kultur- og Fritidsforvaltningen").table == 0);
  CHECK(LineOf(doc, "Resultaterne for 2012").table == 0);
  // Text has no rulings or typography, but its words have boxes.
  for (const Page& page : doc.pages) {
    CHECK(page.width > 0);
    CHECK_FALSE(page.words.empty());
  }
}

TEST_CASE(
    "text grid: a status table over a form feed is one table, its header repeated on "
    "page 2, the row continued there joined to its start",
    "[text_grid][layout]") {
  const Document doc = Analysed(kFixtures + "status.layout.txt");
  CheckNumbering(doc);
  REQUIRE(doc.pages.size() == 2);
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const Line& header = LineOf(doc, "Indsatser");
  const Line& repeat = LineOf(doc, "Indsatser", 1);
  CHECK(header.header);
  CheckCells(header, kStatusHeader);
  CHECK(repeat.page == 2);
  CHECK(repeat.repeated_header);
  CheckCells(repeat, kStatusHeader);
  const std::vector<Row> rows = DataRows(RowsOf(doc, table));
  REQUIRE(rows.size() == kStatusRows.size());
  for (size_t r = 0; r < rows.size(); ++r) CheckRow(rows[r], kStatusRows[r]);
  CHECK(rows[2].first_page == 1);
  CHECK(rows[2].last_page == 2);
  // The page marks stay lines of their pages, outside the table.
  CHECK(LineOf(doc, "Side 1 af 2").page == 1);
  CHECK(LineOf(doc, "Side 1 af 2").table == 0);
  CHECK(LineOf(doc, "Side 2 af 2").page == 2);
}

TEST_CASE(
    "text grid: a budget table's header of years and its rows, cell by cell, and the note "
    "below it is no part of it",
    "[text_grid][layout]") {
  const Document doc = Analysed(kFixtures + "budget.layout.txt");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kBudgetRows.size() + 1);
  CHECK(rows[0].header);
  CheckRow(rows[0], kBudgetHeader);
  for (size_t r = 1; r < rows.size(); ++r) {
    CHECK_FALSE(rows[r].header);
    CHECK(rows[r].lines == 1);
    CheckRow(rows[r], kBudgetRows[r - 1]);
  }
  CHECK(LineOf(doc, "Oversigten viser").table == 0);
  CHECK(LineOf(doc, "2015-priser").table == 0);
}

TEST_CASE(
    "text grid: a letter's side column is side lines in reading order, its results table "
    "a two-line header and one wrapped row",
    "[text_grid][layout]") {
  const Document doc = Analysed(kFixtures + "letter.layout.txt");
  std::vector<std::string> side;
  for (const Line& line : doc.pages[0].lines) {
    if (line.side) side.push_back(line.text);
  }
  CHECK(side == kLetterSide);
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].header);
  CheckRow(rows[0], {"Mål 2016", "Resultatkrav 2016", "Resultatkrav 2015", "Resultat 2013"});
  CheckRow(rows[1], {"Andelen af tosprogede ældre, der bruger forebyggende hjemmebesøg, skal "
                     "være 45 pct.",
                     "40 pct.", "35 pct.", "28 pct."});
  CHECK_FALSE(LineOf(doc, "Til Sundheds- og Omsorgsudvalget").side);
}

TEST_CASE(
    "text grid: a key/value table over a form feed is one table, each key and its wrapped "
    "value one row",
    "[text_grid][layout]") {
  const Document doc = Analysed(kFixtures + "statusskema.layout.txt");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kStatusskemaRows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    CheckRow(rows[r], kStatusskemaRows[r]);
    CHECK_FALSE(rows[r].header);
    CHECK(rows[r].first_page == (r < 4 ? 1 : 2));
  }
  CHECK(LineOf(doc, "Ad 1)").table == 0);
  CHECK(LineOf(doc, "2.1 Indsats").table == 0);
}

// ------------------------------------------------------------ the development set

TEST_CASE(
    "text grid, devset: the statusskema's budget (i 1.000 kr.) has its year header and "
    "eight rows with \"-\" and \"(Se note 2)\" cells in their columns",
    "[text_grid][layout][devset]") {
  const Document doc = Analysed(kDevset + "suf_statusskema_2009.txt");
  CheckNumbering(doc);
  REQUIRE(doc.pages.size() == 3);
  const int table = TableAt(doc, "Integrationsindsatser (i 1.000 kr.)");
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  const std::vector<std::vector<std::string>> expected = {
      {"Integrationsindsatser (i 1.000 kr.)", "2008", "2009", "2010", "I alt"},
      {"Sundhedsformidlere med etnisk minoritetsbaggrund", "1.500", "1.800", "-", "3.300"},
      {"Sprogstøtte i hjemmeplejen", "-", "650", "650", "1.300"},
      {"Social- og sundhedselever (Se note 1)", "1.100", "1.050", "1.050", "3.200"},
      {"Forebyggende hjemmebesøg på modersmål", "-", "400", "(Se note 2)", "400"},
      {"Netværksgrupper for etniske ældre", "250", "300", "-", "550"},
      {"Integrationsindsatser i alt", "2.850", "4.200", "1.700", "8.750"},
      {"Sundhedshus Nørrebro, driftstilskud (Se note 3)", "-", "2.000", "2.000", "4.000"},
      {"I alt", "2.850", "6.200", "3.700", "12.750"},
  };
  REQUIRE(rows.size() == expected.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    CHECK(rows[r].header == (r == 0));
    CheckRow(rows[r], expected[r]);
  }
  CHECK(LineOf(doc, "1) Udgiften deles").table == 0);
  CHECK(LineOf(doc, "Side 3 af 3").page == 3);
}

TEST_CASE(
    "text grid, devset: each statusskema key/value table has its labels in the first "
    "column and the initiative's name beside \"Indsatsens navn:\"",
    "[text_grid][layout][devset]") {
  const Document doc = Analysed(kDevset + "suf_statusskema_2009.txt");
  const std::vector<std::string> names = {
      "Sundhedsformidlere med etnisk minoritetsbaggrund", "Sprogstøtte i hjemmeplejen",
      "Rekruttering af social- og sundhedselever med anden etnisk baggrund",
      "Forebyggende hjemmebesøg på modersmål", "Netværksgrupper for etniske ældre"};
  for (size_t k = 0; k < names.size(); ++k) {
    const Line& line = LineOf(doc, "Indsatsens navn:", static_cast<int>(k));
    CHECK(line.table != 0);
    CheckCells(line, {"Indsatsens navn:", names[k]});
  }
  // Table 1.2 goes on at the top of page 2: its Opfølgning row is its own.
  const Line& follow_up = LineOf(doc, "Opfølgning:", 1);
  CHECK(follow_up.page == 2);
  CHECK(follow_up.table == LineOf(doc, "Indsatsens navn:", 1).table);
  CHECK(follow_up.cells.size() == 2);
}

TEST_CASE(
    "text grid, devset: the letter's results table has its two-line header over four "
    "columns and four rows, and its side column is taken out of the body",
    "[text_grid][layout][devset]") {
  const Document doc = Analysed(kDevset + "sof_brev_2013.txt");
  const int table = TableAt(doc, "Indsats");
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  const std::vector<std::vector<std::string>> expected = {
      {"Indsats", "Resultat 2012", "Resultatkrav 2013", "Mål 2014"},
      {"Andelen af medarbejdere med anden etnisk baggrund end dansk i Socialforvaltningen",
       "13,9 pct.", "14,5 pct.", "15 pct."},
      {"Antal integrations- og oplæringsstillinger Stillingerne finansieres med 2,4 mio. kr. i "
       "2013 fra den centrale pulje.",
       "18", "20", "24"},
      {"Andelen af ledere med anden etnisk baggrund end dansk", "3,1 pct.", "3,5 pct.", "4 pct."},
      {"Antal praktikpladser til studerende med anden etnisk baggrund end dansk "
       "Praktikvejlederne tilbydes et kursus; udgiften er ca. 180.000 kr. i 2013.",
       "27", "Mindst 30", "Mindst 35"},
  };
  REQUIRE(rows.size() == expected.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    CHECK(rows[r].header == (r == 0));
    CheckRow(rows[r], expected[r]);
  }
  for (const char* side :
       {"Sagsnr.", "2013-0004518", "Mette Aagaard Nielsen", "Bernstorffsgade 17, 4. sal",
        "3317 2948", "hr-integration@sof.kk.dk", "5798009377418", "www.kk.dk"}) {
    INFO(side);
    CHECK(LineOf(doc, side).side);
    CHECK(LineOf(doc, side).table == 0);
  }
  CHECK_FALSE(LineOf(doc, "Til Socialudvalget").side);
}

TEST_CASE(
    "text grid, devset: the typewriter results table has its two-line header, theme rows "
    "and five initiatives with their figures in three columns",
    "[text_grid][layout][devset]") {
  const Document doc = Analysed(kDevset + "kff_resultater_2004_2006.txt");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == 8);
  CHECK(rows[0].header);
  CheckRow(rows[0], {"Mål 2006", "Resultat 2004", "Resultatkrav 2005"});
  CheckRow(rows[1], {"IDRÆT OG FORENINGSLIV", "", ""});
  CheckRow(rows[4], {"BIBLIOTEKER OG KULTUR", "", ""});
  const std::vector<std::vector<std::string>> first_lines = {
      {"Flere piger i idrætsforeninger", "210 piger med anden", "300 piger med anden"},
      {"Foreningsguider i boligområderne", "Ingen", "Mindst 15"},
      {"Lektiehjælp på bibliotekerne", "6 biblioteker", "9 biblioteker"},
      {"Materialer på andre sprog end dansk", "Udlån af materialer", "Udlånet øges med 10"},
      {"Kulturmøder i Kulturhuset Nordvest", "4 arrangementer", "Mindst 10"},
  };
  for (const std::vector<std::string>& expected : first_lines) {
    const Line& line = LineOf(doc, expected[0]);
    CHECK(line.table == table);
    CheckCells(line, expected);
  }
  CHECK(rows[2].cells[0] ==
        "Flere piger i idrætsforeninger Foreningskonsulenter hjælper klubberne med at starte "
        "hold for piger. Der er afsat 500.000 kr. årligt i 2004 og 2005 til "
        "foreningskonsulenter.");
  CHECK(rows[2].cells[2] == "300 piger med anden etnisk baggrund er medlem af en idrætsforening");
}

// ------------------------------------------------------------ text that keeps its path

TEST_CASE(
    "text grid: text from pdftotext without -layout, HTML-in-cells text and the seeds keep "
    "the plain text path",
    "[text_grid]") {
  std::vector<std::string> paths = {kFixtures + "results.raw.txt", kFixtures + "status.raw.txt"};
  for (const char* seed : {"000_7fcc06969d5505f7", "001_eeed997eb7ee906a", "002_8629250c46b2c2d7",
                           "003_4de6b8aa97016e05", "004_d1d70512bbcf75c7"}) {
    paths.push_back(BILAG_SOURCE_DIR "/corpus/seeds/" + std::string(seed) + ".txt");
  }
  for (const char* name : {"buf_resultater_2010_2012.raw.txt", "sof_handleplan_2012_2015.raw.txt",
                           "suf_statusskema_2009.html.txt", "kff_statusrapport_2015.html.txt"}) {
    paths.push_back(kDevset + name);
  }
  for (const std::string& path : paths) {
    INFO(path);
    const std::string bytes = ReadFile(path);
    CHECK_FALSE(LooksSpaceAligned(bytes));
    const Document doc = Ingested(bytes);
    for (const Page& page : doc.pages) {
      CHECK(page.words.empty());
      CHECK(page.width == 0);
    }
  }
}

TEST_CASE(
    "text grid: prose with two spaces after full stops, markdown lists with hanging "
    "indents and tab rows are not laid out with spaces",
    "[text_grid]") {
  // Typewriter habit: two spaces after a sentence, wherever it ends.
  CHECK_FALSE(
      LooksSpaceAligned("Udvalget har besluttet planen.  Den gælder fra 2015.\n"
                        "Der er afsat midler.  Forvaltningen følger op.\n"
                        "Planen evalueres i 2016.  Resultatet forelægges udvalget.\n"
                        "Målene er ambitiøse.  De kræver samarbejde med foreningerne.\n"));
  // Markdown and plain-text lists indent their items after the marker.
  CHECK_FALSE(
      LooksSpaceAligned("Mål:\n-   Mindst 40 pct. i 2015\n-   120 unge i 2015\n"
                        "*   250 familier\n1.  Første\n2.  Andet\n"));
  // Cells marked by tabs are read as such, whatever spaces they hold.
  CHECK_FALSE(LooksSpaceAligned("Navn\t2014   2015\nA\t1   2\nB\t3   4\nC\t5   6\n"));
  // Columns of spaces are, with or without form feeds.
  CHECK(
      LooksSpaceAligned("Indsats      2014     2015\nA            1        2\n"
                        "B            3        4\n"));
}

TEST_CASE(
    "text grid: words are boxed by their character columns, blank lines keep their "
    "height, a list item's marker stays with its text",
    "[text_grid]") {
  const Document doc = Ingested(
      "Navn på indsats      Mål 2014     Resultat 2013\n"
      "Søndre Boulevard     1.200        1.300\n"
      "Nordre               800          900\n"
      "\n"
      "•   Mål for året\n"
      "Der    er    afsat    midler    til    indsatsen\n");
  REQUIRE(doc.pages.size() == 1);
  const Page& page = doc.pages[0];
  REQUIRE(page.lines.size() == 5);
  CheckCells(page.lines[0], {"Navn på indsats", "Mål 2014", "Resultat 2013"});
  CheckCells(page.lines[1], {"Søndre Boulevard", "1.200", "1.300"});
  CheckCells(page.lines[2], {"Nordre", "800", "900"});
  // "Søndre Boulevard" is sixteen characters (ø is one), "1.200" starts at
  // column 21.
  CHECK(page.lines[1].cells[0].x0 == 0);
  CHECK(page.lines[1].cells[0].x1 == 16 * kGridCharWidth);
  CHECK(page.lines[1].cells[1].x0 == 21 * kGridCharWidth);
  const Word& first = page.words[static_cast<size_t>(page.lines[1].words.front())];
  CHECK(first.text == "Søndre");
  CHECK(first.box.y0 == kGridLineHeight);
  CHECK(first.font_size == kGridFontSize);
  // The blank line is spacing, not a line: the item sits on the fifth text
  // line, one piece of text once the layout stage (which joins list markers
  // for every input) has seen it.
  Document analysed = doc;
  AnalyseLayout(&analysed);
  REQUIRE(analysed.pages[0].lines.size() == 5);
  const Line& item = analysed.pages[0].lines[3];
  CHECK(item.kind == LineKind::kText);
  CHECK(item.cells.empty());
  CHECK(item.text == "• Mål for året");
  CHECK(page.words[static_cast<size_t>(item.words.front())].box.y0 == 4 * kGridLineHeight);
  // Gaps that are all alike are stretched prose, as in a justified PDF line.
  CHECK(page.lines[4].cells.empty());
  CHECK(page.lines[4].text == "Der er afsat midler til indsatsen");
  CheckNumbering(doc);
}

TEST_CASE(
    "text grid: form feeds make the pages and a page mark at a page's top opens no other, "
    "without form feeds page marks do",
    "[text_grid]") {
  const std::string table =
      "Indsats      2014     2015\nA            1        2\nB            3        4\n";
  const Document fed = Ingested("Kommune                         Side 1 af 2\n" + table +
                                "\n\n                 1\n\fKommune                  "
                                "       Side 2 af 2\n" +
                                table + "\f");
  REQUIRE(fed.pages.size() == 2);
  CHECK(fed.pages[0].lines.front().text == "Kommune\tSide 1 af 2");
  CHECK(fed.pages[0].lines.back().text == "1");
  CHECK(fed.pages[1].lines.front().text == "Kommune\tSide 2 af 2");
  CheckNumbering(fed);

  const Document marked = Ingested(table + "Side 1 af 2\n" + table + "Side 2 af 2\n");
  REQUIRE(marked.pages.size() == 2);
  CHECK(marked.pages[0].lines.back().text == "Side 1 af 2");
  CHECK(marked.pages[1].lines.front().text.starts_with("Indsats"));
  CHECK(marked.pages[1].words.front().box.y0 == 0);
  CheckNumbering(marked);
}

// The fixtures below are scripts/make_family.py documents (results seeds 334
// and 338, status seed 336) as `pdftotext -layout` set them, trimmed: their
// rows are set at the leading, and blank lines stand only below group rows.

TEST_CASE(
    "text grid: a first cell alone is a row of its own below a sub-header that leaves the "
    "first column empty, and a group row with space below it and none above",
    "[text_grid]") {
  const std::vector<Row> rows =
      OnlyTableRows(Analysed(kFixtures + "results_subheader_spaced.txt"), 6);
  CHECK(rows[0].header);
  CHECK(rows[1].header);
  CheckRow(rows[1], {"", "", "", "2005", "2006"});
  CHECK_FALSE(rows[2].header);
  CheckRow(rows[2], {"Dagtilbud og skole", "", "", "", ""});
  CheckRow(rows[3], {"Virksomhedspraktik for medarbejdere med dansk som andetsprog",
                     "5 unge får et fritidsjob", "10 borgere", "80 unge får et fritidsjob",
                     "500 unge får et fritidsjob"});
  CheckRow(rows[5],
           {"Brobyggere i de almene boligområder", "40 %", "90 pct.", "50 %", "Min. 50 %"});

  // results seed 338: group rows in body type, each with a blank line below
  // it and none above, the header a first line over years.
  const std::vector<Row> grouped =
      OnlyTableRows(Analysed(kFixtures + "results_spaced_group_rows.txt"), 6);
  for (size_t group : {1, 4}) CHECK_FALSE(grouped[group].header);
  CheckRow(grouped[1], {"Sundhed og forebyggelse", "", "", ""});
  CheckRow(grouped[0], {"Mål 2007", "Resultatkrav 2005", "Resultatkrav 2006", "Resultat 2004"});
  CHECK(grouped[0].header);
  CheckRow(grouped[2],
           {"Tolkebistand for medarbejdere med dansk som andetsprog", "50", "Mindst 2.500", "150"});
  CHECK(grouped[3].cells[0].starts_with("Kulturpas på bibliotekerne Indsatsen retter sig"));
  CHECK(grouped[3].cells[0].ends_with("900.000 kr. i 2006."));
  CheckRow(grouped[4], {"Etnisk ligestilling", "", "", ""});
  CHECK(grouped[5].cells[0].starts_with("Mentorordning for langtidsledige"));
  CHECK(grouped[5].cells[3] == "2500 forløb");
}

TEST_CASE(
    "text grid: a group row in capitals is no header line, and space below group rows only "
    "is no row padding",
    "[text_grid]") {
  const Document doc = Analysed(kFixtures + "status_group_rows_spaced.txt");
  const std::vector<Row> rows = OnlyTableRows(doc, 6);
  CHECK(rows[0].header);
  CheckRow(rows[0], {"Indsatser", "Succeskriterier", "Status ultimo 2012"});
  CHECK(LineOf(doc, "BESKÆFTIGELSE").cells.front().span == 3);
  CHECK_FALSE(rows[1].header);
  CHECK(rows[1].cells[0] == "BESKÆFTIGELSE");
  CHECK(rows[2].cells[0] ==
        "Brobyggere for unge ledige Deltagerne får tilknyttet en fast kontaktperson, og "
        "forløbet tilpasses den enkeltes behov.");
  CHECK(rows[3].cells[0] == "Uddannelsesvejledning for etniske iværksættere");
  CHECK(rows[3].cells[1] == "• Der etableres 30 netværksgrupper");
  CHECK(rows[4].cells[0] == "INKLUSION VIA PARTNERSKABER");
  CHECK(rows[5].cells[0] == "Sprogstimulering på bibliotekerne");
}

// status_figure_wraps_spaced.txt: the top of scripts/make_family.py
// --family status --seeds 319, as `pdftotext -layout` text. The second
// row's status sentence wraps before a year ("... evalueres i oktober" /
// "2015. Hallerne ..."), while its first cell goes on with the initiative's
// description and its second with another bullet.
TEST_CASE("text grid: a figure that goes on with a cell's cut sentence does not start a row",
          "[text_grid]") {
  const std::vector<Row> rows =
      OnlyTableRows(Analysed(kFixtures + "status_figure_wraps_spaced.txt"), 3);
  CHECK(rows[0].header);
  CHECK(rows[2].cells[0].starts_with("Forebyggende hjemmebesøg for unge ledige Deltagerne får"));
  CHECK(rows[2].cells[1].find("• 8 %") != std::string::npos);
  CHECK(rows[2].cells[2].find("evalueres i oktober 2015. Hallerne") != std::string::npos);
}

// keyvalue_figure_value_spaced.txt: a schema of scripts/make_family.py
// --family statusskema --seeds 501, as `pdftotext -layout` text. A label
// starts its row even when its value is a figure below a value cut mid-
// sentence ("... er blevet bedre" / "Finansiering: 275.000 kr.").
TEST_CASE("text grid: a label starts its row though its value starts with a figure",
          "[text_grid]") {
  const std::vector<Row> rows =
      OnlyTableRows(Analysed(kFixtures + "keyvalue_figure_value_spaced.txt"), 7);
  CheckRow(rows[3], {"Mål:", "– 12% af deltagerne oplever, at deres dansk er blevet bedre"});
  CHECK(rows[4].cells[0] == "Finansiering:");
  CHECK(rows[4].cells[1].starts_with("275.000 kr. i 2003"));
}

// results_single_space_cells_spaced.txt and status_single_space_cells_spaced.txt:
// the table tops of scripts/make_family.py --family results --seeds 306 (page
// 2) and --family status --seeds 333, as `pdftotext -layout` set them. Where a
// cell ran long, pdftotext kept one space between it and the next column's
// text ("Ferieaktiviteter i Tingbjerg og 10 procentp", "... at deres dansk
// Indsatsen starter 1. november 2015."): the other rows say where the
// columns start, and the cells part there.
TEST_CASE("text grid: two cells a single space apart part where the next column starts",
          "[text_grid]") {
  const Document results = Analysed(kFixtures + "results_single_space_cells_spaced.txt");
  const std::vector<Row> rows = RowsOf(results, OnlyTable(results));
  INFO(Describe(results, OnlyTable(results)));
  REQUIRE(rows.size() >= 4);
  CHECK(rows[3].cells[0].starts_with("Ferieaktiviteter i Tingbjerg og Husum"));
  CHECK(rows[3].cells[1] == "10 procentp oint");
  CHECK(rows[3].cells[2] == "Minimum 2 procentpoin t");
  CheckRow(rows[2], {"Uddannelsesvejledning på Nørrebro", "30 forløb", "Min. 80 pladser",
                     "30 pladser", "90 pladser"});

  const Document status = Analysed(kFixtures + "status_single_space_cells_spaced.txt");
  const Line& run_on = LineOf(status, "Maksimalt 15 pct.");
  REQUIRE(run_on.cells.size() == 3);
  CHECK(run_on.cells[1].span == 1);
  CHECK(run_on.cells[1].text == "- Maksimalt 15 pct. af deltagerne oplever, at deres dansk");
  CHECK(run_on.cells[2].text == "Indsatsen starter 1. november 2015.");
}

// results_lower_case_run_on_spaced.txt and results_lower_case_run_on_2_
// spaced.txt: scripts/make_family.py --family results --seeds 336 and 347
// (`--variants txt`), whole. A description's line ran long, and pdftotext
// set the wrapped rest of the next column's cell one space after it, where
// that column's text starts ("Min. 1" / "procentpoint", "Mindst 2500" /
// "familier deltager"): the word in lower case there is that cell's, not
// the description's.
TEST_CASE(
    "text grid: a word in lower case a single space after a long cell, where the next "
    "column starts, is the next column's",
    "[text_grid]") {
  // LineOf finds a line by its cells joined with tabs.
  const Document first = Analysed(kFixtures + "results_lower_case_run_on_spaced.txt");
  const Line& dialog = LineOf(first, "i tæt dialog med\tprocentpoint");
  CHECK(dialog.cells[0].text == "Forløbene tilrettelægges i tæt dialog med");
  CHECK(dialog.row == LineOf(first, "Ferieaktiviteter i udsatte byområder").row);

  const Document second = Analysed(kFixtures + "results_lower_case_run_on_2_spaced.txt");
  const Line& offer = LineOf(second, "om ugen\tfamilier deltager");
  CHECK(offer.cells[0].text == "Tilbuddet er åbent to eftermiddage om ugen");
  CHECK(offer.row == LineOf(second, "Klubtilbud på Nørrebro").row);
}

// status_cell_rest_above_caption_spaced.txt: scripts/make_family.py --family
// status --seeds 364 (`--variants txt`), whole. The last line of a table's
// last row ("uddannelse. Indsatsen koster 3 mio." / "kr. i 2012.") stands
// right above the next table's caption ("Handleplan 2012: SUNDHED OG
// FOREBYGGELSE") and header: it goes on in lower case, so it is the rest of
// the cell, no line of the caption.
TEST_CASE(
    "text grid: a cell's last line in lower case above the next table's caption stays "
    "in its row",
    "[text_grid]") {
  const Document doc = Analysed(kFixtures + "status_cell_rest_above_caption_spaced.txt");
  // A tab after the text: the line has cells, it is in a table.
  CHECK(LineOf(doc, "kr. i 2012.\t").row == LineOf(doc, "Forældrekurser for piger i").row);
  CHECK(LineOf(doc, "Handleplan 2012: SUNDHED OG FOREBYGGELSE").table == 0);
}

// results_header_three_spaces_spaced.txt: the table of scripts/make_family.py
// --family results --seeds 342, as `pdftotext -layout` set it. Its header
// names short columns three spaces apart, with one word space in "Mål
// 2014": the line's ordinary space is one character, so the three are cell
// gaps and the header line is the table's first row.
TEST_CASE("text grid: a header of names three spaces apart is the table's header row",
          "[text_grid]") {
  const Document doc = Analysed(kFixtures + "results_header_three_spaces_spaced.txt");
  const Line& header = LineOf(doc, "Initiativ");
  CHECK(header.table != 0);
  CHECK(header.header);
  const std::vector<Row> rows = RowsOf(doc, OnlyTable(doc));
  INFO(Describe(doc, OnlyTable(doc)));
  REQUIRE_FALSE(rows.empty());
  CheckRow(rows[0],
           {"Initiativ", "Resultatkrav 2012", "Resultat 2011", "Resultatkrav 2013", "Mål 2014"});
}

// status_caption_groups_spaced.txt: the first two pages of
// scripts/make_family.py --family status --seeds 357 (`head -54` of its
// `pdftotext -layout` text). The rows are set at the leading; only a blank
// line before each group's caption ("Statusrapport 2013 MEDARBEJDERE") is
// wider, and those gaps part groups, not rows: without them every line of
// the table was one row.
TEST_CASE("text grid: blank lines before captions inside a table are no row padding",
          "[text_grid]") {
  const Document doc = Analysed(kFixtures + "status_caption_groups_spaced.txt");
  const int klub = LineOf(doc, "Klubtilbud for nyankomne familier").row;
  CHECK(LineOf(doc, "Indsatsen skal bidrage til, at flere nyankomne").row == klub);
  CHECK(LineOf(doc, "Familieklasser i udsatte byområder").row != klub);
  CHECK(LineOf(doc, "Uddannelsesvejledning i de almene").row !=
        LineOf(doc, "Familieklasser i udsatte byområder").row);
  CHECK(LineOf(doc, "Sundhedsformidlere for etniske").row !=
        LineOf(doc, "Opsøgende rådgivning for tosprogede").row);
}

// The same fixture: an initiative's name that does not end its sentence
// ("Idrætsmentorer for flygtninge og" / "familiesammenførte") goes on with
// its description ("Indsatsen skal bidrage til, ..."), though both start in
// capitals, when the other columns only go on too: a further list item
// ("- 15 procent af ...") below an item of the same cell is no new cell.
TEST_CASE("text grid: a description below an unfinished name goes on with its row", "[text_grid]") {
  const Document doc = Analysed(kFixtures + "status_caption_groups_spaced.txt");
  const int name = LineOf(doc, "Idrætsmentorer for flygtninge og").row;
  CHECK(LineOf(doc, "Indsatsen skal bidrage til, at flere flygtninge").row == name);
  CHECK(LineOf(doc, "Sundhedsformidlere for etniske").row != name);
}

// status seed 342 and letter seed 329 of scripts/make_family.py (ranges
// 340-379 and 300-339) as `pdftotext -layout` sets them: the status one
// whole, the letter's first page. Rows are set at the leading.
TEST_CASE(
    "text grid: a first cell that opens a wrapped sentence below a name goes on with the "
    "name's row though every other column starts afresh; a title-case group row above a "
    "name that fills its column stays a row of its own",
    "[text_grid]") {
  const std::vector<Row> status =
      OnlyTableRows(Analysed(kFixtures + "status_description_opens_sentence_spaced.txt"), 3);
  CheckRow(status[1], {"ALSIDIG BEBOERSAMMENSÆTNING", "", ""});
  CHECK(status[2].cells[0].starts_with("Uddannelsesvejledning for nyankomne familier Deltagerne"));
  CHECK(status[2].cells[0].ends_with("finansieres med 1,8 mill. kr."));
  CHECK(status[2].cells[2].ends_with("nåede ca. 934 borgere."));

  const std::vector<Row> letter =
      OnlyTableRows(Analysed(kFixtures + "letter_group_row_above_wide_name_spaced.txt"), 7);
  CheckRow(letter[5], {"Medarbejdere", "", "", ""});
  CHECK(letter[6].cells[0].starts_with("Tolkebistand for tosprogede elever Forløbene"));
  CHECK(letter[6].cells[3] == "Ingen");
}

// A fixture in which a name's description lines share its row and another
// row's name does not.
struct DescriptionCase {
  const char* fixture;
  const char* name;                   // a name's first line
  std::vector<const char*> same_row;  // lines of its description
  const char* other_name;             // another row's name
};

void CheckDescriptionRows(const std::vector<DescriptionCase>& cases) {
  for (const DescriptionCase& c : cases) {
    INFO(c.fixture);
    const Document doc = Analysed(kFixtures + c.fixture);
    const int row = LineOf(doc, c.name).row;
    for (const char* line : c.same_row) {
      INFO(line);
      CHECK(LineOf(doc, line).row == row);
    }
    CHECK(LineOf(doc, c.other_name).row != row);
  }
}

// `scripts/make_family.py --family status --seeds 300 --variants txt` (and
// seed 314; seed 302 is status_long_column_spaced.txt): `pdftotext -layout`
// text, whole. Rows are set at the leading, and every status or target line
// starts afresh. A description's wrapped lines
// count characters of a proportional font, so one may stop well short of
// the column ("åbent to eftermiddage om ugen og bemandes af" / "faste ...");
// a description's second sentence follows one that ended ("... frivillige."
// / "Erfaringerne fra de første år viser, at ..."); and a sentence may break
// off at a proper noun ("... dialog med DGI" / "Storkøbenhavn, så ...").
// None of them is the name of a new row, and another row's name still is.
TEST_CASE(
    "text grid: a description goes on with its name's row when its wrapped lines stop short "
    "in characters, when its second sentence follows one that ended, and when a sentence "
    "breaks off at a proper noun",
    "[text_grid]") {
  const std::vector<DescriptionCase> cases = {
      {"status_description_proportional_wrap_spaced.txt",
       "Iværksætterkurser for langtidsledige",
       {"Erfaringerne fra de første år viser, at en tæt kontakt",
        "faste medarbejdere og frivillige. Budget: ca. 3 mio."},
       "Mentorordning for tosprogede elever"},
      {"status_long_column_spaced.txt",
       "Sprogcaféer på",
       {"medarbejdere og frivillige.", "Erfaringerne fra de første år",
        "erhvervsskolerne er afgørende."},
       "Motionshold i de almene"},
      {"status_sentence_after_proper_noun_spaced.txt",
       "Opsøgende rådgivning for flygtninge og",
       {"Storkøbenhavn, så tilbuddet passer til målgruppen."},
       "Sprogstimulering på Nørrebro"},
  };
  CheckDescriptionRows(cases);
}

// `scripts/make_family.py --family status --seeds 647,606,612,349,371
// --variants txt` and `--family results --seeds 375`: `pdftotext -layout`
// text, whole. A description's sentence that runs over a proper noun in
// capitals ("... sammen med Dansk" / "Flygtningehjælp. ...", "... med
// Region" / "Hovedstaden.") stays with its name's row, also right under a
// repeated header and where the status column starts a sentence of its own;
// a name that wraps after a link word ("Praktikpladser i Tingbjerg og" /
// "Husum") is one name; a second paragraph whose first line holds two long
// words ("Uddannelsesvejledning tilbydes") and one beside a row's target and
// status lines go on with the description. A row that fills every column
// below a description that left them empty is the next row (results seed
// 375).
TEST_CASE(
    "text grid: a description's sentence runs over proper nouns, a name over a link word, and a "
    "second paragraph stays in its row",
    "[text_grid]") {
  const std::vector<DescriptionCase> cases = {
      {"status_row_after_repeated_header_proper_noun_spaced.txt",
       "Virksomhedspraktik for unge ledige",
       {"Indsatsen skal bidrage til, at flere unge", "Flygtningehjælp. Indsatsen koster 150.000",
        "kr. i 2012."},
       "Sprogcaféer i Tingbjerg og Husum"},
      {"status_name_ends_in_link_word_spaced.txt",
       "Praktikpladser i Tingbjerg og",
       {"Husum", "på cirka 800.000 i 2010."},
       "Danskundervisning for"},
      {"status_second_paragraph_two_word_line_spaced.txt",
       "Uddannelsesvejledning for",
       {"Uddannelsesvejledning tilbydes", "omkring 1,4 mill. kr. i 2010."},
       "Integrationsstillinger for"},
      {"status_description_beside_full_row_spaced.txt",
       "Kulturpas i udsatte byområder",
       {"Erfaringerne fra de første år viser, at", "afsat omkring 1,2 mio. kr. i 2016 til"},
       "Foreningsguider for tosprogede"},
      {"status_sentence_over_proper_noun_spaced.txt",
       "Praktikpladser for tosprogede",
       {"sammen med Region", "Hovedstaden."},
       "Uddannelsesvejledning i"},
      {"results_full_row_below_description_spaced.txt",
       "Sundhedsformidlere i Tingbjerg og Husum",
       {"Tingbjerg og Husum bliver selvforsørgende eller"},
       "Lektiehjælp for flygtninge og"},
  };
  CheckDescriptionRows(cases);
}

// `scripts/make_family.py --family results --seeds 341 --variants txt`: a
// results table whose last two columns hold short figures and wrapped
// targets ("Min. 6 ældre  500" / "modtager et") behind a free gutter in the
// right half of the page. Those are the table's columns, not a letterhead's
// side column: their lines are mostly several cells or go on in lower case.
TEST_CASE("text grid: a table's last columns behind a gutter are no side column", "[text_grid]") {
  const Document doc = Analysed(kFixtures + "results_table_not_side_column_spaced.txt");
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) CHECK_FALSE(line.side);
  }
  const Line& row = LineOf(doc, "Lektiehjælp for langtidsledige indvandrere");
  REQUIRE(row.table >= 0);
  REQUIRE(row.cells.size() == 3);
  CHECK(row.cells[1].text == "Min. 6 ældre");
  CHECK(row.cells[2].text == "500");
}

// results_header_spaced_from_subheader_spaced.txt: the first page of
// scripts/make_family.py --family results --seeds 356 (range 340-379) as
// `pdftotext -layout` sets it. A blank line parts the header's spanning
// cells ("Resultat", "Resultatkrav") from their years, and one parts the
// group row from the body, whose rows are set at the leading: the header's
// blank line is no row padding, so the years join the header and each body
// row is a row of its own.
TEST_CASE("text grid: a blank line inside a table's header is no padding between its rows",
          "[text_grid]") {
  const Document doc = Analysed(kFixtures + "results_header_spaced_from_subheader_spaced.txt");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  CHECK(LineOf(doc, "2007").header);
  CHECK_FALSE(LineOf(doc, "Dagtilbud og skole").header);
  const int ferie = LineOf(doc, "Ferieaktiviteter for unge ledige").row;
  CHECK(LineOf(doc, "lokale boligselskaber er afgørende.").row == ferie);
  CHECK(LineOf(doc, "Praktikpladser for tosprogede forældre").row != ferie);
  const std::vector<Row> rows = DataRows(RowsOf(doc, table));
  REQUIRE(rows.size() == 4);
  CheckRow(rows[2], {"Praktikpladser for tosprogede forældre", "600 deltagere",
                     "Højst 80 deltagere", "Mindst 60", "Højst 40 pladser", "400"});
}

// results_first_cell_runs_over_spaced.txt: the first page of
// scripts/make_family.py --family results --seeds 637 (range 600-639) as
// `pdftotext -layout` sets it. A long first cell's lines run one space
// short of the next column's words ("... viser, at en gennemføres"), so
// they read as one piece across two columns; a table row follows them, so
// they are the row's, and the table keeps its header and its rows.
TEST_CASE("text grid: a first cell run over into the next column stays in its table row",
          "[text_grid]") {
  const Document doc = Analysed(kFixtures + "results_first_cell_runs_over_spaced.txt");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const Line& name = LineOf(doc, "Sprogcaféer for piger i foreningslivet");
  CHECK(LineOf(doc, "Erfaringerne fra de første år viser").table == table);
  CHECK(LineOf(doc, "Erfaringerne fra de første år viser").row == name.row);
  CHECK(LineOf(doc, "Indsatsen koster 650.000 kr. om året.").row == name.row);
  CHECK(LineOf(doc, "Familieklasser for nyankomne familier").table == table);
  CHECK(LineOf(doc, "Familieklasser for nyankomne familier").row != name.row);
  CHECK(LineOf(doc, "Idrætsmentorer for kvinder uden for").table == table);
}

// status_cell_runs_on_into_next_column_spaced.txt: the first page of
// scripts/make_family.py --family status --seeds 620 (range 600-639) as
// `pdftotext -layout` sets it. A criterion's second line runs one space
// short of the status column's ("eller uddannelse ved udgangen med i alt
// 112 faste deltagere."): the piece spans two columns but goes on in lower
// case, so it is the rest of the cells above, not a new row's structure.
TEST_CASE("text grid: a cell going on in lower case across two columns does not part its row",
          "[text_grid]") {
  const Document doc = Analysed(kFixtures + "status_cell_runs_on_into_next_column_spaced.txt");
  INFO(Describe(doc, OnlyTable(doc)));
  const int row = LineOf(doc, "Forebyggende").row;
  CHECK(LineOf(doc, "hjemmebesøg for").row == row);
  CHECK(LineOf(doc, "tosprogede elever").row == row);
  CHECK(LineOf(doc, "Erhvervscenter.").row == row);
  CHECK(LineOf(doc, "Foreningsguider i").row != row);
}

}  // namespace
}  // namespace bilag
