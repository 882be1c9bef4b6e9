// The layout stage (extractor/layout/layout.h) on the documents that
// scripts/make_layout_fixtures.py writes to tests/fixtures/layout/: a results
// table with year headers (seed 000), a ruled statusskema over a page break
// (seed 001), a status table whose row continues on page 2 (seed 003), a
// letter with a side column (seed 004) and a ruled budget table with a total
// column. Each document is read as a text layer and, for three of them, as
// a scan (OCR); the tables are checked cell by cell against the text the
// script typeset.
//
// A table's cells are read back per row: the lines sharing a Line::row,
// each line's text put in its column (Line::cells, or for a line without
// cells the column its words lie in), joined with spaces. Scans are
// compared with tolerance for OCR slips: whitespace is ignored and a cell
// may differ from the truth by a tenth of its characters.
#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/layout/layout_text.h"
#include "tests/layout/layout_test_util.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

using testing::Contains;
using testing::LinesOfTable;
using testing::TableIds;
using testing::TableLine;

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/layout/";

// Ingests a fixture and runs the layout stage. Scans are OCRed at their own
// 200 dpi, with a cache in the build folder so that reruns are quick.
Document Analysed(const std::string& name) {
  return testing::AnalysedFile(kFixtures + name, testing::CachedOcr("layout", 200));
}

// ------------------------------------------------------------ text helpers

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n') out.push_back(c);
  }
  return out;
}

// Whether `actual` reads as `expected`: exactly for a text layer; for a
// scan, whitespace aside and with at most one character in ten wrong.
bool Reads(const std::string& actual, const std::string& expected, bool scan) {
  if (!scan || expected.empty()) return actual == expected;
  return testing::CharacterAccuracy(Squeezed(actual), Squeezed(expected)) >= 0.9;
}

// The first line whose text contains `text` (after `skip` earlier matches).
const Line* LineWith(const Document& doc, const std::string& text, int skip = 0) {
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (Contains(line.text, text) && skip-- == 0) return &line;
    }
  }
  return nullptr;
}

struct Row {
  int id = 0;
  int first_page = 0, last_page = 0;
  bool header = false, repeated_header = false;
  std::vector<std::string> cells;  // by column, the row's lines joined with ' '
  int lines = 0;
};

// The table's column extents: per column, the union of its cells' x
// extents over the lines with the most cells.
std::vector<std::pair<double, double>> ColumnExtents(const std::vector<TableLine>& lines) {
  size_t most = 0;
  for (const TableLine& t : lines) most = std::max(most, t.line->cells.size());
  std::vector<std::pair<double, double>> columns(most, {1e300, -1e300});
  for (const TableLine& t : lines) {
    if (t.line->cells.size() != most) continue;
    for (size_t c = 0; c < most; ++c) {
      const Cell& cell = t.line->cells[c];
      if (cell.x0 < 0 || cell.text.empty()) continue;
      columns[c].first = std::min(columns[c].first, cell.x0);
      columns[c].second = std::max(columns[c].second, cell.x1);
    }
  }
  return columns;
}

// The column a line without cells continues: the one its words overlap most.
size_t ColumnOf(const TableLine& t, const std::vector<std::pair<double, double>>& columns) {
  double x0 = 1e300, x1 = -1e300;
  for (int index : t.line->words) {
    const Box& box = t.page->words[static_cast<size_t>(index)].box;
    x0 = std::min(x0, box.x0);
    x1 = std::max(x1, box.x1);
  }
  size_t best = 0;
  double best_overlap = -1e300;
  for (size_t c = 0; c < columns.size(); ++c) {
    double overlap = std::min(x1, columns[c].second) - std::max(x0, columns[c].first);
    if (overlap > best_overlap) {
      best = c;
      best_overlap = overlap;
    }
  }
  return best;
}

void Append(const std::string& text, std::string* cell) {
  if (text.empty()) return;
  if (!cell->empty()) cell->push_back(' ');
  *cell += text;
}

// The rows of a table in order of their first line, each cell the text of
// its lines joined. A row carried over a page break past a repeated header
// gathers its lines from both sides of it.
std::vector<Row> RowsOf(const Document& doc, int table) {
  std::vector<TableLine> lines = LinesOfTable(doc, table);
  std::vector<std::pair<double, double>> columns = ColumnExtents(lines);
  std::vector<Row> rows;
  for (const TableLine& t : lines) {
    const Line& line = *t.line;
    auto found =
        std::find_if(rows.begin(), rows.end(), [&](const Row& row) { return row.id == line.row; });
    if (found == rows.end()) {
      rows.push_back({line.row, line.page, line.page, line.header, line.repeated_header,
                      std::vector<std::string>(std::max<size_t>(columns.size(), 1)), 0});
      found = rows.end() - 1;
    }
    Row& row = *found;
    row.last_page = line.page;
    ++row.lines;
    if (!line.cells.empty()) {
      for (size_t c = 0; c < line.cells.size() && c < row.cells.size(); ++c) {
        Append(line.cells[c].text, &row.cells[c]);
      }
    } else {
      Append(line.text, &row.cells[ColumnOf(t, columns)]);
    }
  }
  return rows;
}

// The table as the test sees it, for failure messages.
std::string Describe(const Document& doc, int table) {
  std::ostringstream out;
  for (const TableLine& t : LinesOfTable(doc, table)) {
    const Line& line = *t.line;
    out << line.page << ':' << line.number << " row " << line.row << (line.header ? " H" : "")
        << (line.repeated_header ? " R" : "") << (line.exact_rows ? " exact" : "") << " |";
    if (line.cells.empty()) {
      out << " (text) " << line.text << " |";
    } else {
      for (const Cell& cell : line.cells) out << ' ' << cell.text << " |";
    }
    out << '\n';
  }
  return out.str();
}

// Checks one row cell by cell.
void CheckRow(const Row& row, const std::vector<std::string>& expected, bool scan) {
  INFO("row " << row.id);
  REQUIRE(row.cells.size() == expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    INFO("column " << c << ": '" << row.cells[c] << "', expected '" << expected[c] << "'");
    CHECK(Reads(row.cells[c], expected[c], scan));
  }
}

void CheckCells(const Line& line, const std::vector<std::string>& expected, bool scan) {
  INFO("line " << line.page << ':' << line.number << ": " << line.text);
  REQUIRE(line.cells.size() == expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    INFO("column " << c << ": '" << line.cells[c].text << "', expected '" << expected[c] << "'");
    CHECK(Reads(line.cells[c].text, expected[c], scan));
  }
}

// ------------------------------------------------------------ the documents

// results.pdf: what make_layout_fixtures.py typesets (RESULTS_*).
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
// The first line of each initiative's row.
const std::vector<std::vector<std::string>> kResultsFirstLines = {
    {"Lektiecaféer på bibliotekerne", "Lektiecaféer på alle 20", "18 biblioteker", "14 biblioteker",
     "11 biblioteker"},
    {"Foreningsguider i boligområderne", "500 børn er blevet medlem af", "400 børn", "250 børn",
     "Ingen"},
    {"Mangfoldighed i idrætsforeningerne", "Andelen af medlemmer med", "18 %", "16 %", "14,5 %"},
};

// statusskema.pdf (STATUSSKEMA_ROWS); rows 1-4 on page 1, 5-6 on page 2.
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

// status.pdf and status_ruled.pdf (STATUS_*): the third row goes on at the
// top of page 2.
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
const std::vector<std::string> kStatusContinuation = {"", "- Mindst 60 % oplever bedre trivsel",
                                                      "Evalueringen foreligger i marts 2016."};

// letter.pdf (LETTER_*): the side column from top to bottom, and the table.
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
const std::vector<std::string> kLetterHeader = {"Mål 2016", "Resultatkrav 2016",
                                                "Resultatkrav 2015", "Resultat 2013"};
const std::vector<std::string> kLetterRow = {
    "Andelen af tosprogede ældre, der bruger forebyggende hjemmebesøg, skal være 45 pct.",
    "40 pct.", "35 pct.", "28 pct."};

// budget.pdf (BUDGET_*).
const std::vector<std::string> kBudgetHeader = {"(i 1.000 kr.)", "2015", "2016", "2017", "I alt"};
const std::vector<std::vector<std::string>> kBudgetRows = {
    {"Sundhedsformidlere", "1.200", "1.250", "1.250", "3.700"},
    {"Motion for kvinder", "450", "450", "500", "1.400"},
    {"Forebyggende hjemmebesøg med tolk", "1.200", "1.200", "1.200", "3.600"},
    {"Rygestopkurser på flere sprog", "300", "350", "", "650"},
    {"I alt", "3.150", "3.250", "2.950", "9.350"},
};

// The rows that hold data: neither the header nor its repeat.
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

const Line& LineOf(const Document& doc, const std::string& text, int skip = 0) {
  const Line* line = LineWith(doc, text, skip);
  INFO("a line with '" << text << "'");
  REQUIRE(line != nullptr);
  return *line;
}

// ------------------------------------------------------------ results table (seed 000)

// Passes: which lines form the table, and its header line.
void CheckResultsExtent(const Document& doc) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<TableLine> lines = LinesOfTable(doc, table);
  // The header line, then 4 + 3 + 4 lines of the three initiatives.
  REQUIRE(lines.size() == 12);
  CHECK(lines.front().line->header);
  CHECK(Contains(lines.front().line->text, "2014"));
  CHECK(std::count_if(lines.begin(), lines.end(),
                      [](const TableLine& t) { return t.line->header; }) == 1);
  CHECK(Contains(lines.back().line->text, "baggrund end dansk."));
  CHECK(LineOf(doc, "Kultur- og Fritidsforvaltningen").table == 0);
  CHECK(LineOf(doc, "Resultater og m").table == 0);
  CHECK(LineOf(doc, "Resultaterne for 2012").table == 0);
}

void CheckResultsHeader(const Document& doc, bool scan) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  CheckCells(*LinesOfTable(doc, table).front().line, kResultsHeader, scan);
}

void CheckResultsFirstLines(const Document& doc, bool scan) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  for (const char* name : {"Lektiecaf", "Foreningsguider", "Mangfoldighed i"}) {
    const Line& line = LineOf(doc, name);
    CHECK(line.table == table);
    const size_t i = Contains(name, "Lektie") ? 0 : Contains(name, "Forening") ? 1 : 2;
    CheckCells(line, kResultsFirstLines[i], scan);
  }
}

void CheckResultsRows(const Document& doc, bool scan) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = DataRows(RowsOf(doc, table));
  REQUIRE(rows.size() == kResultsRows.size());
  for (size_t r = 0; r < rows.size(); ++r) CheckRow(rows[r], kResultsRows[r], scan);
}

TEST_CASE("results table: one table from its header line to the last description line",
          "[layout][results]") {
  CheckResultsExtent(Analysed("results.pdf"));
}

TEST_CASE("results table: the header names the four year columns right of an empty corner",
          "[layout][results]") {
  CheckResultsHeader(Analysed("results.pdf"), false);
}

TEST_CASE("results table: each initiative's first line has its four figures in their columns",
          "[layout][results]") {
  CheckResultsFirstLines(Analysed("results.pdf"), false);
}

TEST_CASE("results table: an initiative's wrapped lines share its row, read back cell by cell",
          "[layout][results]") {
  CheckResultsRows(Analysed("results.pdf"), false);
}

TEST_CASE("results scan: one table from its header line to the last description line",
          "[layout][results][ocr]") {
  CheckResultsExtent(Analysed("results.scan.pdf"));
}

TEST_CASE("results scan: the header names the four year columns right of an empty corner",
          "[layout][results][ocr]") {
  CheckResultsHeader(Analysed("results.scan.pdf"), true);
}

TEST_CASE("results scan: each initiative's first line has its four figures in their columns",
          "[layout][results][ocr]") {
  CheckResultsFirstLines(Analysed("results.scan.pdf"), true);
}

TEST_CASE("results scan: an initiative's wrapped lines share its row, read back cell by cell",
          "[layout][results][ocr]") {
  CheckResultsRows(Analysed("results.scan.pdf"), true);
}

// ------------------------------------------------------------ statusskema (seed 001)

void CheckStatusskema(const Document& doc, bool scan) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kStatusskemaRows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    CheckRow(rows[r], kStatusskemaRows[r], scan);
    CHECK_FALSE(rows[r].header);
    CHECK_FALSE(rows[r].repeated_header);
    // Four rows on page 1, two on page 2; none is cut by the page break.
    CHECK(rows[r].first_page == (r < 4 ? 1 : 2));
    CHECK(rows[r].last_page == rows[r].first_page);
  }
  for (const TableLine& t : LinesOfTable(doc, table)) CHECK(t.line->exact_rows);
  CHECK(LineOf(doc, "Ad 1)").table == 0);
  CHECK(LineOf(doc, "2.1 Indsats").table == 0);
}

TEST_CASE(
    "statusskema: the ruled key/value table over the page break is one table, "
    "each key and its wrapped value one row",
    "[layout][statusskema]") {
  CheckStatusskema(Analysed("statusskema.pdf"), false);
}

TEST_CASE(
    "statusskema scan: the ruled key/value table over the page break is one table, "
    "each key and its wrapped value one row",
    "[layout][statusskema][ocr]") {
  CheckStatusskema(Analysed("statusskema.scan.pdf"), true);
}

// ------------------------------------------------------------ status table (seed 003)

const std::vector<std::vector<std::string>> kStatusFirstLines = {
    {"Sundhedsformidlere i boligområderne", "- 12 sundhedsformidlere uddannes",
     "Der er uddannet 14 sundhedsformidlere, og 650 beboere har"},
    {"Motion for kvinder", "- 6 hold i gang", "Der er startet 5 hold med i alt 96 deltagere."},
    {"Trivsel i udskolingen", "- 10 skoler deltager",
     "Der er 9 skoler med i projektet, og 170 elever er i gang."},
    {"Rådgivning om rygestop", "- 4 kurser om året", "Der er holdt 3 kurser med 41 deltagere."},
};

TEST_CASE(
    "status table: both pages are one table, its header marked and the header "
    "repeated on page 2 marked repeated",
    "[layout][status]") {
  const Document doc = Analysed("status.pdf");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const Line& header = LineOf(doc, "Indsatser");
  const Line& repeat = LineOf(doc, "Indsatser", 1);
  CHECK(header.page == 1);
  CHECK(header.table == table);
  CHECK(header.header);
  CHECK_FALSE(header.repeated_header);
  CheckCells(header, kStatusHeader, false);
  CHECK(repeat.page == 2);
  CHECK(repeat.table == table);
  CHECK(repeat.repeated_header);
  CHECK_FALSE(repeat.header);
  CheckCells(repeat, kStatusHeader, false);
  const std::vector<TableLine> lines = LinesOfTable(doc, table);
  CHECK(std::count_if(lines.begin(), lines.end(),
                      [](const TableLine& t) { return t.line->header; }) == 1);
  CHECK(LineOf(doc, "Side 1 af 2").table == 0);
}

TEST_CASE(
    "status table: each indsats's first line has its name, first criterion and status "
    "in their columns",
    "[layout][status]") {
  const Document doc = Analysed("status.pdf");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  for (const std::vector<std::string>& expected : kStatusFirstLines) {
    const Line& line = LineOf(doc, expected[0]);
    CHECK(line.table == table);
    CheckCells(line, expected, false);
  }
}

TEST_CASE(
    "status table: the continuation at the top of page 2 fills the Succeskriterier and "
    "Status columns",
    "[layout][status]") {
  const Document doc = Analysed("status.pdf");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const Line& continuation = LineOf(doc, "Mindst 60 %");
  CHECK(continuation.page == 2);
  CHECK(continuation.table == table);
  CheckCells(continuation, kStatusContinuation, false);
}

TEST_CASE(
    "status table: the row continued below the repeated header keeps its row id from "
    "page 1 and is data, not header",
    "[layout][status]") {
  const Document doc = Analysed("status.pdf");
  INFO(Describe(doc, OnlyTable(doc)));
  const Line& start = LineOf(doc, "Trivsel i udskolingen");
  const Line& continuation = LineOf(doc, "Mindst 60 %");
  CHECK(continuation.row == start.row);
  CHECK_FALSE(continuation.repeated_header);
}

TEST_CASE(
    "status table: an indsats's wrapped description lines share its row, read back cell "
    "by cell",
    "[layout][status]") {
  const Document doc = Analysed("status.pdf");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = DataRows(RowsOf(doc, table));
  REQUIRE(rows.size() == kStatusRows.size());
  for (size_t r = 0; r < rows.size(); ++r) CheckRow(rows[r], kStatusRows[r], false);
}

// status_ruled.pdf as the layout stage must read it, also when turned.
void CheckRuledStatus(const Document& doc) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kStatusRows.size() + 1);
  CHECK(rows[0].header);
  CheckRow(rows[0], kStatusHeader, false);
  for (size_t r = 1; r < rows.size(); ++r) {
    CHECK_FALSE(rows[r].header);
    CHECK_FALSE(rows[r].repeated_header);
    CheckRow(rows[r], kStatusRows[r - 1], false);
  }
  CHECK(rows[3].first_page == 1);
  CHECK(rows[3].last_page == 2);
  const Line& continuation = LineOf(doc, "Mindst 60 %");
  CHECK(continuation.page == 2);
  CHECK(continuation.row == LineOf(doc, "Trivsel i udskolingen").row);
  CheckCells(continuation, kStatusContinuation, false);
  for (const TableLine& t : LinesOfTable(doc, table)) CHECK(t.line->exact_rows);
}

TEST_CASE(
    "ruled status table: rows read back cell by cell, the row continued on page 2 "
    "joined to its start",
    "[layout][status]") {
  CheckRuledStatus(Analysed("status_ruled.pdf"));
}

// tests/fixtures/rotate/ (scripts/make_rotate_fixtures.py): status_ruled.pdf
// with /Rotate 90 or 270, or drawn sideways on a portrait page. poppler
// gives their words as displayed, running down or up the page.
TEST_CASE(
    "turned status table: a page with /Rotate or drawn sideways reads as the upright one, "
    "title first and the table cell by cell",
    "[layout][status][rotate]") {
  const std::string name = GENERATE("rotate90.pdf", "rotate270.pdf", "sideways.pdf");
  INFO(name);
  const Document doc = Analysed("../rotate/" + name);
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[0].width > doc.pages[0].height);
  REQUIRE_FALSE(doc.pages[0].lines.empty());
  CHECK(doc.pages[0].lines[0].text ==
        "Statusrapport for Et stærkere fællesskab 2015: SUNDHED OG TRIVSEL");
  CHECK(doc.pages[0].lines[0].role == LineRole::kTitle);
  CHECK_FALSE(doc.pages[0].rulings.empty());
  CheckRuledStatus(doc);
}

// Page 1 of status_ruled.pdf scanned at 150 dpi upright, and turned a
// quarter clockwise, upside down and a quarter anticlockwise.
TEST_CASE(
    "turned status scan: OCR reads a scan turned 90, 180 or 270 degrees in reading order, "
    "title first and the table's rows cell by cell",
    "[layout][status][rotate][ocr]") {
  const std::string name = GENERATE("scan0.png", "scan90.png", "scan180.png", "scan270.png");
  INFO(name);
  const Document doc =
      testing::AnalysedFile(kFixtures + "../rotate/" + name, testing::CachedOcr("rotate", 150));
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].width > doc.pages[0].height);
  REQUIRE_FALSE(doc.pages[0].lines.empty());
  CHECK(Reads(doc.pages[0].lines[0].text,
              "Statusrapport for Et stærkere fællesskab 2015: SUNDHED OG TRIVSEL", true));
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  // The third row goes on on page 2, which was not scanned.
  REQUIRE(rows.size() == 4);
  CheckRow(rows[0], kStatusHeader, true);
  CheckRow(rows[1], kStatusRows[0], true);
  CheckRow(rows[2], kStatusRows[1], true);
  CheckCells(LineOf(doc, "Trivsel i udskolingen"), kStatusFirstLines[2], true);
}

// ------------------------------------------------------------ letter (seed 004)

// Strings of the side column that no body line may hold.
const std::vector<std::string> kSideOnly = {
    "14-04-2015",     "2015-118734", "2015-307551",     "Amira",     "Sagsbehandler",
    "Ingerslevsgade", "1705",        "3317 5210",       "suf.kk.dk", "5798009811208",
    "www.kk.dk",      "Dokumentnr.", "Center for Fore", "EAN nummer"};

void CheckSideColumn(const Document& doc, bool scan) {
  std::vector<const Line*> side;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.side) side.push_back(&line);
    }
  }
  std::ostringstream found;
  for (const Line* line : side) found << line->number << ": " << line->text << '\n';
  INFO("side lines:\n" << found.str());
  REQUIRE(side.size() == kLetterSide.size());
  for (size_t i = 0; i < side.size(); ++i) {
    INFO("side line " << i << ": '" << side[i]->text << "', expected '" << kLetterSide[i] << "'");
    CHECK(Reads(side[i]->text, kLetterSide[i], scan));
    CHECK(side[i]->table == 0);
  }
}

void CheckBodyWithoutSide(const Document& doc) {
  int body = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.side) continue;
      ++body;
      for (const std::string& part : kSideOnly) {
        INFO("body line " << line.number << ": " << line.text);
        CHECK_FALSE(Contains(line.text, part));
      }
    }
  }
  CHECK(body >= 15);
  CHECK_FALSE(LineOf(doc, "Til Sundheds- og Omsorgsudvalget").side);
}

void CheckLetterTable(const Document& doc, bool scan) {
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].header);
  CHECK(rows[0].lines == 2);
  CheckRow(rows[0], kLetterHeader, scan);
  CHECK_FALSE(rows[1].header);
  CHECK(rows[1].lines == 5);
  CheckRow(rows[1], kLetterRow, scan);
  for (const TableLine& t : LinesOfTable(doc, table)) {
    CHECK_FALSE(t.line->side);
    CHECK(t.line->header == (t.line->row == rows[0].id));
  }
}

TEST_CASE(
    "letter: the side column's date, case numbers, address and phone are side lines "
    "in reading order",
    "[layout][letter]") {
  CheckSideColumn(Analysed("letter.pdf"), false);
}

TEST_CASE("letter: no body line holds the side column's date, case numbers, address or phone",
          "[layout][letter]") {
  CheckBodyWithoutSide(Analysed("letter.pdf"));
}

TEST_CASE(
    "letter: the results table beside the side column has a two-line header over four "
    "columns and one wrapped row, cell by cell",
    "[layout][letter]") {
  const Document doc = Analysed("letter.pdf");
  CheckLetterTable(doc, false);
  const int table = OnlyTable(doc);
  const std::vector<TableLine> lines = LinesOfTable(doc, table);
  REQUIRE(lines.size() >= 2);
  CheckCells(*lines[0].line, {"Mål 2016", "Resultatkrav", "Resultatkrav", "Resultat"}, false);
  CheckCells(*lines[1].line, {"", "2016", "2015", "2013"}, false);
}

// Each part is on a side-column line, in no table.
void CheckSideLines(const Document& doc, const std::vector<std::string>& parts) {
  for (const std::string& part : parts) {
    INFO(part);
    const Line& line = LineOf(doc, part);
    CHECK(line.side);
    CHECK(line.table == 0);
  }
}

// letter_side_beside_grid.pdf (scripts/make_family.py --family letter --seeds 336): the
// side column runs down beside a ruled table whose right border is 10 pt from it.
TEST_CASE(
    "letter: a side column beside a ruled table is side lines, the table's rows stay whole "
    "and one table",
    "[layout][letter]") {
  const Document doc = Analysed("letter_side_beside_grid.pdf");
  CheckSideLines(doc, {"Sekretariatet", "Sjælør Boulevard 135", "2200 København N", "33 17 39 85",
                       "integration@tek.kk.dk"});
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  // Header, three groups and three initiatives.
  REQUIRE(rows.size() == 7);
  CHECK(rows[6].cells[0].starts_with("Sprogstimulering for tosprogede elever Erfaringerne"));
  CHECK(rows[6].cells[3] == "Min. 60%");
}

// status_prose_last_column_spaced.txt (scripts/make_family.py --family status --seeds 605
// --variants txt): the status column of a table whose first two columns ran together,
// one space apart, right of a gutter no body line crosses, its lines prose ("grupper med i
// alt 95 faste deltagere.", "besøgende pr. weekend.").
TEST_CASE(
    "status as spaced text: a table's last column of prose is no side column, though the "
    "cells beside it ran together",
    "[layout][status]") {
  const Document doc = Analysed("status_prose_last_column_spaced.txt");
  for (const char* part : {"Status", "grupper med i alt 95 faste deltagere.",
                           "Indsatsen starter 1. november 2010.", "i forløbet."}) {
    INFO(part);
    const Line& line = LineOf(doc, part);
    CHECK_FALSE(line.side);
    CHECK(line.table != 0);
  }
}

// letter_side_in_spaced_text.txt (scripts/make_family.py --family letter --seeds 308, its
// `pdftotext -layout` text): the side column's lines fall between the table's lines, which
// the text gives lines of their own, and the head has "Dato: 12. juli 2012" above the title.
TEST_CASE(
    "letter as spaced text: side-column lines between a table's lines neither split its rows "
    "nor end it, and a date field is no title",
    "[layout][letter]") {
  const Document doc = Analysed("letter_side_in_spaced_text.txt");
  for (const char* part : {"Integrationsenheden", "Borups Allé 177", "1592 København V"}) {
    INFO(part);
    CHECK(LineOf(doc, part).side);
  }
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  // Header, two groups and three initiatives.
  REQUIRE(rows.size() == 6);
  CHECK(rows[5].cells[0].starts_with("Praktikpladser for unge ledige"));
  CHECK(rows[5].cells[0].ends_with("Budget: ca. 2,1 mio. kr. i 2012."));
  CHECK(rows[5].cells[2] == "Mindst 80 medarbejdere gennemfører kurset");
  std::string title;
  for (const Line& line : doc.pages[0].lines) {
    if (line.role == LineRole::kTitle) title += (title.empty() ? "" : " ") + line.text;
  }
  CHECK(title == "Resultatkrav og mål for integrationsindsatsen 2012");
}

// status_long_column_spaced.txt (scripts/make_family.py --family status --seeds 302, its
// `pdftotext -layout` text): on page 2 the Status column runs on for lines where the other
// columns are empty, at the right of the page like a letter's side column.
TEST_CASE("status as spaced text: a last column of wrapped prose is the table's, not a side column",
          "[layout][status]") {
  const Document doc = Analysed("status_long_column_spaced.txt");
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      INFO(line.text);
      CHECK_FALSE(line.side);
    }
  }
  for (const char* part :
       {"Indsatsen er forsinket, men", "midler til opfølgningen.", "491 borgere."}) {
    INFO(part);
    CHECK(LineOf(doc, part).table != 0);
  }
}

// tests/fixtures/rotate/letter_rotate90.pdf: letter.pdf with /Rotate 90, its
// text running down the page as displayed.
TEST_CASE(
    "turned letter: with /Rotate 90 the side column, the prose without it and the results "
    "table read as upright",
    "[layout][letter][rotate]") {
  const Document doc = Analysed("../rotate/letter_rotate90.pdf");
  CHECK(doc.pages[0].width < doc.pages[0].height);
  CheckSideColumn(doc, false);
  CheckBodyWithoutSide(doc);
  CheckLetterTable(doc, false);
}

TEST_CASE("letter scan: the side column's texts are side lines in reading order",
          "[layout][letter][ocr]") {
  CheckSideColumn(Analysed("letter.scan.pdf"), true);
}

TEST_CASE(
    "letter scan: no body line holds the side column's date, case numbers, address or "
    "phone",
    "[layout][letter][ocr]") {
  CheckBodyWithoutSide(Analysed("letter.scan.pdf"));
}

TEST_CASE(
    "letter scan: the results table beside the side column has a two-line header over "
    "four columns and one wrapped row, cell by cell",
    "[layout][letter][ocr]") {
  CheckLetterTable(Analysed("letter.scan.pdf"), true);
}

// ------------------------------------------------------------ budget table

TEST_CASE(
    "budget table: a ruled header of years and a total column over every row, cell by "
    "cell",
    "[layout][budget]") {
  const Document doc = Analysed("budget.pdf");
  const int table = OnlyTable(doc);
  INFO(Describe(doc, table));
  const std::vector<Row> rows = RowsOf(doc, table);
  REQUIRE(rows.size() == kBudgetRows.size() + 1);
  CHECK(rows[0].header);
  CheckRow(rows[0], kBudgetHeader, false);
  for (size_t r = 1; r < rows.size(); ++r) {
    CHECK_FALSE(rows[r].header);
    CHECK(rows[r].lines == 1);
    CheckRow(rows[r], kBudgetRows[r - 1], false);
  }
  CHECK(rows.back().cells.front() == "I alt");
  CHECK(rows.back().cells.back() == "9.350");
  for (const TableLine& t : LinesOfTable(doc, table)) CHECK(t.line->exact_rows);
  CHECK(LineOf(doc, "Oversigten viser").table == 0);
  CHECK(LineOf(doc, "2015-priser").table == 0);
}

// ------------------------------------------------------------ bilag text --layout

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE(
    "text --layout draws the letter's table as a grid with a ruled-off header and marks "
    "side-column lines",
    "[layout][render]") {
  const Document doc = Analysed("letter.pdf");
  const std::string text = RenderLayout(doc, false);
  INFO(text);
  CHECK(Contains(text, "[table 1, 4 columns]\n+-"));
  CHECK(Contains(text, "\n+=="));
  CHECK(Contains(text, "\n| Mål 2016 "));
  CHECK(Contains(text, "| Resultatkrav | Resultatkrav | Resultat |"));
  CHECK(Contains(text, "\n| Andelen af tosprogede "));
  for (const std::string& side : kLetterSide) CHECK(Contains(text, "\nside| " + side + "\n"));
  for (const std::string& line : SplitLines(text)) {
    if (Contains(line, "Ingerslevsgade") || Contains(line, "3317 5210")) {
      CHECK(line.rfind("side| ", 0) == 0);
    }
    // Every line of the grid is a border or a row between bars.
    if (!line.empty() && (line[0] == '+' || line[0] == '|')) CHECK(line.back() == line[0]);
  }
  const std::string numbered = RenderLayout(doc, true);
  // Above the title at the top of the page: the letterhead band.
  CHECK(Contains(numbered, "1:1: page_header| Til Sundheds- og Omsorgsudvalget\n"));
  CHECK(Contains(numbered, "title| Bilag 4. Handleplan for integration på sundheds- og\n"));
  CHECK(Contains(numbered, ": [table 1, 4 columns]"));
  CHECK(Contains(numbered, ": side| Ingerslevsgade 44\n"));
}

TEST_CASE("text --layout draws the statusskema's table once on each page", "[layout][render]") {
  const std::string text = RenderLayout(Analysed("statusskema.pdf"), false);
  INFO(text);
  const size_t feed = text.find('\f');
  REQUIRE(feed != std::string::npos);
  const std::string page1 = text.substr(0, feed), page2 = text.substr(feed + 1);
  CHECK(Contains(page1, "[table 1, 2 columns]"));
  CHECK(Contains(page1, "| Navn på indsats "));
  CHECK(Contains(page2, "[table 1, 2 columns]"));
  CHECK(Contains(page2, "| Indsatsens mål "));
  CHECK_FALSE(Contains(text, "side|"));
}

}  // namespace
}  // namespace bilag

namespace bilag {

TEST_CASE("blocks: a numbered item with its wrapped lines is one paragraph, the next item another",
          "[layout][blocks]") {
  IngestOptions options;
  Result<Document> doc =
      IngestFile(BILAG_SOURCE_DIR "/tests/fixtures/pdf/statusskema.pdf", options);
  REQUIRE(doc.ok());
  AnalyseLayout(&*doc);
  const std::vector<Line>& lines = doc->pages[0].lines;
  REQUIRE(lines.size() > 13);
  auto block = [&](int number) { return lines[static_cast<size_t>(number - 1)].block; };
  INFO(RenderLayout(*doc, true));
  // "1. Økonomiudvalget (ØU) bedes ..." wraps over lines 3-6; "2. ØU bedes
  // ..." starts line 7 and wraps once; the prose after it is one paragraph.
  CHECK(block(1) != 0);
  CHECK(block(2) != block(1));
  CHECK(block(3) != block(2));
  CHECK(block(4) == block(3));
  CHECK(block(6) == block(3));
  CHECK(block(7) != block(6));
  CHECK(block(8) == block(7));
  CHECK(block(9) != block(8));
  CHECK(block(13) == block(9));
  // Table lines are no prose.
  for (const Line& line : lines) {
    if (line.table != 0) CHECK(line.block == 0);
  }
}

TEST_CASE("blocks: a text input's paragraphs end at blank lines", "[layout][blocks]") {
  Result<Document> doc =
      IngestBytes("plain.txt", "Første afsnit\nfortsætter her.\n\nAndet afsnit.\n", {});
  REQUIRE(doc.ok());
  AnalyseLayout(&*doc);
  const std::vector<Line>& lines = doc->pages[0].lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].block == 1);
  CHECK(lines[1].block == 1);
  CHECK(lines[2].block == 0);
  CHECK(lines[3].block == 2);
}

}  // namespace bilag
