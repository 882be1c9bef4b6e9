// Tables that keep their rows and columns: the documents that
// scripts/make_table_fixtures.py writes to tests/fixtures/tables/, each read
// as a text layer (NAME.pdf), a scan (NAME.scan.pdf, OCR at 200 dpi) and
// `pdftotext -layout` text (NAME.txt), against NAME.truth.json: every
// table, row by row and cell by cell (text, first column, colspan), its
// header rows and their repeats, and each column's full header.
//
// What each variant cannot show is allowed for, and only that: a scan's
// text is compared with whitespace ignored and OCR's misreadings allowed
// (Reads); text has no typography, so a group row in mixed case ("Beskæftigelse")
// is a row of one cell, not one drawn across the table, and a ruled table's
// title row ("Handleplan 2016: ...") stands above the table as a line.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/layout/layout_text.h"
#include "extractor/layout/table_model.h"
#include "tests/layout/layout_test_util.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/tables/";

enum class Variant { kPdf, kScan, kText };

const char* Suffix(Variant variant) {
  switch (variant) {
    case Variant::kPdf:
      return ".pdf";
    case Variant::kScan:
      return ".scan.pdf";
    case Variant::kText:
      return ".txt";
  }
  return "";
}

Document Analysed(const std::string& path) {
  return testing::AnalysedFile(path, testing::CachedOcr("tables", 200));
}

std::string Collapsed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n') out.push_back(c);
  }
  return out;
}

// A scan's cell is read where it is: OCR may misread its characters (a
// figure "0" as "(9)", "I alt" as "l alt") or lose a speck of punctuation
// (".."), which is no matter of layout. An empty cell is empty but for a
// speck, a cell of a few characters has some (unless it is punctuation
// alone), a longer one seven characters in ten right, or eight in a cell
// of six or more.
bool Reads(const std::string& actual, const std::string& expected, Variant variant) {
  if (variant != Variant::kScan) return Collapsed(actual) == Collapsed(expected);
  const std::string read = Squeezed(actual), truth = Squeezed(expected);
  if (truth.empty()) return read.size() <= 1;
  const bool punctuation = std::none_of(truth.begin(), truth.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
  });
  if (truth.size() <= 3) return punctuation || !read.empty();
  return testing::CharacterAccuracy(read, truth) >= (truth.size() >= 6 ? 0.8 : 0.7);
}

std::string Describe(const TableRow& row) {
  std::string out = "row " + std::to_string(row.id) + (row.header ? " H" : "") +
                    (row.repeated_header ? " R" : "") + ":";
  for (const TableCell& cell : row.cells) {
    out += " [" + std::to_string(cell.column) + "+" + std::to_string(cell.colspan) + "] " +
           cell.Text() + " |";
  }
  return out;
}

void CheckRow(const TableRow& row, const nlohmann::json& expected, Variant variant) {
  INFO(Describe(row));
  CHECK(row.header == expected.value("header", false));
  CHECK(row.repeated_header == expected.value("repeated", false));
  const nlohmann::json& cells = expected["cells"];
  if (expected.value("group", false) && variant != Variant::kPdf) {
    // Without typography: the group's text alone in the first column.
    int filled = 0;
    for (const TableCell& cell : row.cells) filled += !Squeezed(cell.Text()).empty();
    CHECK(filled == 1);
    REQUIRE_FALSE(row.cells.empty());
    CHECK(row.cells[0].column == 0);
    CHECK(Reads(row.cells[0].Text(), cells[0]["text"].get<std::string>(), variant));
    return;
  }
  REQUIRE(row.cells.size() == cells.size());
  for (size_t c = 0; c < cells.size(); ++c) {
    const std::string text = cells[c]["text"].get<std::string>();
    INFO("cell " << c << ": expected '" << text << "', read '" << row.cells[c].Text() << "'");
    CHECK(row.cells[c].column == cells[c]["column"].get<int>());
    CHECK(row.cells[c].colspan == cells[c]["colspan"].get<int>());
    CHECK(Reads(row.cells[c].Text(), text, variant));
  }
}

void CheckTables(const std::string& name, Variant variant) {
  const nlohmann::json truth =
      nlohmann::json::parse(testing::ReadFile(kFixtures + name + ".truth.json"));
  const Document doc = Analysed(kFixtures + name + Suffix(variant));
  INFO(name << Suffix(variant) << ":\n" << RenderLayout(doc, true));
  const std::vector<Table> tables = ReadTables(doc);
  REQUIRE(tables.size() == truth["tables"].size());
  for (size_t t = 0; t < tables.size(); ++t) {
    const Table& table = tables[t];
    const nlohmann::json& expected = truth["tables"][t];
    INFO("table " << t + 1);
    REQUIRE(table.columns == expected["columns"].get<int>());
    for (size_t c = 0; c < table.headers.size(); ++c) {
      const std::string header = expected["headers"][c].get<std::string>();
      INFO("header of column " << c << ": expected '" << header << "', read '" << table.headers[c]
                               << "'");
      CHECK(Reads(table.headers[c], header, variant));
    }
    std::vector<nlohmann::json> rows;
    for (const nlohmann::json& row : expected["rows"]) {
      // Text sets a ruled table's title row above the table.
      if (variant == Variant::kText && row.value("title", false)) continue;
      rows.push_back(row);
    }
    std::string read;
    for (const TableRow& row : table.rows) read += Describe(row) + "\n";
    INFO(read);
    REQUIRE(table.rows.size() == rows.size());
    for (size_t r = 0; r < rows.size(); ++r) CheckRow(table.rows[r], rows[r], variant);
  }
}

}  // namespace

// ---------------------------------------------------------------- two_row_header

TEST_CASE(
    "tables: a two-row header gives every column its full header, spanning cells span their "
    "sub-columns, group rows span the table, a cell of many lines keeps its row (PDF)",
    "[tables]") {
  CheckTables("two_row_header", Variant::kPdf);
}

TEST_CASE("tables: two-row header, group rows and tall cells (scan)", "[tables][ocr][slow]") {
  CheckTables("two_row_header", Variant::kScan);
}

TEST_CASE("tables: two-row header, group rows and tall cells (pdftotext -layout text)",
          "[tables][text]") {
  CheckTables("two_row_header", Variant::kText);
}

// ---------------------------------------------------------------- header_ends_page

TEST_CASE(
    "tables: a header and a group row that end a page, whose rows go on at the top of the "
    "next page without the header, are one table with the header's columns (PDF)",
    "[tables]") {
  CheckTables("header_ends_page", Variant::kPdf);
}

TEST_CASE("tables: a header that ends a page and rows on the next (scan)", "[tables][ocr][slow]") {
  CheckTables("header_ends_page", Variant::kScan);
}

// In pdftotext -layout text the header's words lie up to ten characters
// left of the columns the rows below them set (each page is fitted on its
// own), and the stub's "Mål 2015" has nothing below it in the years' line.
TEST_CASE("tables: a header that ends a page and rows on the next (pdftotext -layout text)",
          "[tables][text]") {
  CheckTables("header_ends_page", Variant::kText);
}

// Whether `text` lies inside `owner`'s characters (a view of it, not a copy).
bool ViewsInto(std::string_view text, const std::string& owner) {
  return text.data() >= owner.data() && text.data() + text.size() <= owner.data() + owner.size();
}

TEST_CASE(
    "tables: a table read from the document views its lines' text instead of copying it, so "
    "the extraction's copy of every table holds no second copy of the text",
    "[tables]") {
  for (const char* suffix : {".pdf", ".txt"}) {
    const Document doc = Analysed(kFixtures + "two_row_header" + suffix);
    const std::vector<Table> tables = ReadTables(doc);
    REQUIRE_FALSE(tables.empty());
    int lines = 0;
    for (const Table& table : tables) {
      for (const TableRow& row : table.rows) {
        for (const TableCell& cell : row.cells) {
          for (const CellLine& text : cell.lines) {
            const Line* line = doc.LineAt(text.page, text.line);
            REQUIRE(line != nullptr);
            bool viewed = ViewsInto(text.text, line->text);
            for (const Cell& source : line->cells)
              viewed = viewed || ViewsInto(text.text, source.text);
            INFO(suffix << " page " << text.page << " line " << text.line << ": '" << text.text
                        << "'");
            CHECK(viewed);
            ++lines;
          }
        }
      }
    }
    CHECK(lines > 10);
  }
}

// ---------------------------------------------------------------- grid_status

TEST_CASE(
    "tables: a ruled table's shaded header row is three cells, rows of many lines with "
    "capitals inside stay whole, the row continued on page 2 joins its start (PDF)",
    "[tables]") {
  CheckTables("grid_status", Variant::kPdf);
}

TEST_CASE("tables: ruled status table over a page break (scan)", "[tables][ocr][slow]") {
  CheckTables("grid_status", Variant::kScan);
}

TEST_CASE("tables: ruled status table over a page break (pdftotext -layout text)",
          "[tables][text]") {
  CheckTables("grid_status", Variant::kText);
}

// ---------------------------------------------------------------- dark_shading

TEST_CASE(
    "tables: the rules beside a dark header band and dark group rows still part them from "
    "the rows (PDF)",
    "[tables]") {
  CheckTables("dark_shading", Variant::kPdf);
}

TEST_CASE("tables: dark header band and group rows (scan)", "[tables][ocr][slow]") {
  CheckTables("dark_shading", Variant::kScan);
}

// ---------------------------------------------------------------- captions

TEST_CASE(
    "tables: caption row across a ruled table, caption and header repeated on page 2 above "
    "the rest of a row, a second table below (PDF)",
    "[tables]") {
  CheckTables("captions", Variant::kPdf);
}

TEST_CASE("tables: captioned tables with a repeated head (scan)", "[tables][ocr][slow]") {
  CheckTables("captions", Variant::kScan);
}

TEST_CASE("tables: captioned tables with a repeated head (pdftotext -layout text)",
          "[tables][text]") {
  CheckTables("captions", Variant::kText);
}

// ---------------------------------------------------------------- figures

TEST_CASE(
    "tables: seven columns of right-aligned figures under two spanning headers, empty cells, "
    "a column empty but for one note, a row of dashes, rows at the leading (PDF)",
    "[tables]") {
  CheckTables("figures", Variant::kPdf);
}

TEST_CASE("tables: statistics table of figures (scan)", "[tables][ocr][slow]") {
  CheckTables("figures", Variant::kScan);
}

TEST_CASE("tables: statistics table of figures (pdftotext -layout text)", "[tables][text]") {
  CheckTables("figures", Variant::kText);
}

// ---------------------------------------------------------------- typewriter

TEST_CASE(
    "tables: whitespace-only table in a typewriter font, header cells on two lines, group "
    "rows in capitals (PDF)",
    "[tables]") {
  CheckTables("typewriter", Variant::kPdf);
}

TEST_CASE("tables: typewriter table (scan)", "[tables][ocr][slow]") {
  CheckTables("typewriter", Variant::kScan);
}

TEST_CASE("tables: typewriter table (pdftotext -layout text)", "[tables][text]") {
  CheckTables("typewriter", Variant::kText);
}

// ---------------------------------------------------------------- keyvalue_break

TEST_CASE(
    "tables: key/value tables under captions are two tables, the second one across the page "
    "break (PDF)",
    "[tables]") {
  CheckTables("keyvalue_break", Variant::kPdf);
}

TEST_CASE("tables: key/value tables over a page break (scan)", "[tables][ocr][slow]") {
  CheckTables("keyvalue_break", Variant::kScan);
}

TEST_CASE("tables: key/value tables over a page break (pdftotext -layout text)", "[tables][text]") {
  CheckTables("keyvalue_break", Variant::kText);
}

// ---------------------------------------------------------------- statistics

TEST_CASE(
    "tables: government statistics: nine columns of figures under a two-level header, "
    "indented names, rules around the header only; the same as a grid; a first column "
    "spanning rows (PDF)",
    "[tables]") {
  CheckTables("statistics", Variant::kPdf);
}

TEST_CASE("tables: government statistics (scan)", "[tables][ocr][slow]") {
  CheckTables("statistics", Variant::kScan);
}

TEST_CASE("tables: government statistics (pdftotext -layout text)", "[tables][text]") {
  CheckTables("statistics", Variant::kText);
}

// ---------------------------------------------------------------- scans without font sizes

// Pages of generated statusskema scans (scripts/make_family.py --family
// statusskema --seeds 702 and 708, page 3 and page 2; tests/fixtures/
// scan_tables/README.md), read at 300 dpi as `bilag extract` reads them. OCR
// gives no font sizes, so a caption between two tables shows only by the
// space above it and the other table's columns.
// The first line holding `part`; the test stops when there is none.
const Line& LineWith(const Document& doc, const std::string& part) {
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (testing::Contains(line.text, part)) return line;
    }
  }
  FAIL("no line holds \"" << part << "\"");
  return doc.pages.front().lines.front();
}

const std::string kScanTables = BILAG_SOURCE_DIR "/tests/fixtures/scan_tables/";

TEST_CASE(
    "tables: a scan's caption set apart above a table of other columns starts a new table "
    "(key/value table, then \"2. Økonomisk oversigt\" over a budget)",
    "[tables][ocr][slow]") {
  const Document doc = testing::AnalysedFile(kScanTables + "kv_then_budget_caption.scan.pdf",
                                             testing::CachedOcr("scan_tables"));
  CHECK(LineWith(doc, "Økonomisk oversigt").table == 0);
  const Line& row = LineWith(doc, "Virksomhedspraktik");
  REQUIRE(row.cells.size() == 4);
  CHECK(row.cells[1].text == "2.750");
  CHECK(row.cells[2].text == "1.700");
  CHECK(row.cells[3].text == "4.450");
}

TEST_CASE(
    "tables: on a scan, a list's last item set apart by OCR stays in its cell; a budget row "
    "whose name OCR read in lower case, beside figures in the columns of the row above, is a "
    "row of its own",
    "[tables][ocr][slow]") {
  const Document doc = testing::AnalysedFile(kScanTables + "kv_list_then_budget_caption.scan.pdf",
                                             testing::CachedOcr("scan_tables"));
  const int list_table = LineWith(doc, "formidles til de").table;
  CHECK(list_table != 0);
  CHECK(LineWith(doc, "maksimalt 2.500").table == list_table);
  CHECK(LineWith(doc, "Økonomisk oversigt").table == 0);
  const Line& first_row = LineWith(doc, "Netværksgrupper for unge");
  const Line& second_row = LineWith(doc, "klasser for piger");
  CHECK(second_row.table == first_row.table);
  CHECK(second_row.row != first_row.row);
  REQUIRE(second_row.cells.size() == 5);
  CHECK(second_row.cells[1].text == "264");
  CHECK(second_row.cells[2].text.empty());
  CHECK(second_row.cells[3].text == "84");
}

}  // namespace bilag
