// The development set's tables (../shared/devset/inputs, beside the
// checkout) as the layout stage reads them from the born-digital PDF, the
// scan (OCR) and the `pdftotext -layout` text: how many tables, their
// columns and each column's full header, their data rows, the pages they
// run over, and the cells that used to go astray: a two-row header with
// spanning cells, a header row drawn without inner rulings, rows continued
// on the next page with or without their header repeated, group rows, a
// row of dashes, a side column beside a table, captions between key/value
// tables. Scans are compared with OCR's misreadings allowed.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/layout/layout_text.h"
#include "extractor/layout/table_model.h"
#include "tests/layout/layout_test_util.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

const std::string kDevset = BILAG_SOURCE_DIR "/../shared/devset/inputs/";

enum class Variant { kPdf, kScan, kText };
const Variant kVariants[] = {Variant::kPdf, Variant::kScan, Variant::kText};

std::string PathOf(const std::string& name, Variant variant) {
  switch (variant) {
    case Variant::kPdf:
      return kDevset + name + ".pdf";
    case Variant::kScan:
      return kDevset + name + ".scan.pdf";
    case Variant::kText:
      return kDevset + name + ".txt";
  }
  return "";
}

// As `bilag` reads them: scans at 300 dpi, cached in the build folder.
Document Analysed(const std::string& path) {
  return testing::AnalysedFile(path, testing::CachedOcr("devset"));
}

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '|') out.push_back(c);
  }
  return out;
}

bool Reads(const std::string& actual, const std::string& expected, Variant variant) {
  if (variant != Variant::kScan) return Squeezed(actual) == Squeezed(expected);
  return testing::CharacterAccuracy(Squeezed(actual), Squeezed(expected)) >= 0.8;
}

bool Holds(const std::string& text, const std::string& part) {
  return Squeezed(text).find(Squeezed(part)) != std::string::npos;
}

int DataRows(const Table& table) {
  return static_cast<int>(
      std::count_if(table.rows.begin(), table.rows.end(),
                    [](const TableRow& r) { return !r.header && !r.repeated_header; }));
}

std::vector<int> PagesOf(const Table& table) {
  std::vector<int> pages;
  for (const TableRow& row : table.rows) {
    for (const TableCell& cell : row.cells) {
      for (const CellLine& line : cell.lines) {
        if (std::find(pages.begin(), pages.end(), line.page) == pages.end()) {
          pages.push_back(line.page);
        }
      }
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The row (index) and cell holding `part`; -1 when none does.
struct Where {
  int row = -1, column = -1;
};
Where Find(const Table& table, const std::string& part) {
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (const TableCell& cell : table.rows[r].cells) {
      if (Holds(cell.Text(), part)) return {static_cast<int>(r), cell.column};
    }
  }
  return {};
}

struct Expected {
  int columns = 0;
  std::vector<std::string> headers;
  int data_rows = 0;
  std::vector<int> pages;
};

struct Read {
  Document doc;
  std::vector<Table> tables;
};

Read ReadDevset(const std::string& name, Variant variant) {
  Read read{Analysed(PathOf(name, variant)), {}};
  read.tables = ReadTables(read.doc);
  return read;
}

void CheckTable(const Table& table, const Expected& expected, Variant variant) {
  std::string rows;
  for (const TableRow& row : table.rows) {
    rows += "row " + std::to_string(row.id) + (row.header ? " H" : "") +
            (row.repeated_header ? " R" : "") + ":";
    for (const TableCell& cell : row.cells) {
      rows += " [" + std::to_string(cell.column) + "+" + std::to_string(cell.colspan) + "] " +
              cell.Text().substr(0, 40) + " |";
    }
    rows += "\n";
  }
  INFO(rows);
  REQUIRE(table.columns == expected.columns);
  for (size_t c = 0; c < expected.headers.size(); ++c) {
    INFO("column " << c << ": '" << table.headers[c] << "', expected '" << expected.headers[c]
                   << "'");
    CHECK(Reads(table.headers[c], expected.headers[c], variant));
  }
  CHECK(DataRows(table) == expected.data_rows);
  CHECK(PagesOf(table) == expected.pages);
}

const char* Name(Variant variant) {
  return variant == Variant::kPdf ? "pdf" : variant == Variant::kScan ? "scan" : "txt";
}

}  // namespace

TEST_CASE(
    "devset tables: buf_resultater's two-row header gives five columns their full headers, "
    "its group rows span the table, its cells stay in their columns",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("buf_resultater_2010_2012", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 1);
    const Table& table = read.tables[0];
    CheckTable(
        table,
        {5,
         {"Mål 2012", "Resultatkrav 2011", "Resultatkrav 2012", "Resultat 2009", "Resultat 2010"},
         7,
         {1}},
        variant);
    CHECK(table.header_rows == 2);
    const Where theme = Find(table, "Dagtilbud og skole");
    REQUIRE(theme.row >= 0);
    int filled = 0;
    for (const TableCell& cell : table.rows[static_cast<size_t>(theme.row)].cells) {
      filled += !Squeezed(cell.Text()).empty();
    }
    CHECK(filled == 1);
    const Where name = Find(table, "Sprogstimulering i daginstitutioner");
    const Where requirement = Find(table, "80 % af de sprogvurderede børn har alderssvarende");
    const Where result = Find(table, "74 %");
    CHECK(name.row >= 0);
    CHECK(requirement.row == name.row);
    CHECK(requirement.column == 1);
    CHECK(result.row == name.row);
    CHECK(result.column == 4);
    // The description's last line stays in the name's row.
    CHECK(Find(table, "sprogpædagoger.").row == name.row);
  }
}

TEST_CASE(
    "devset tables: buf_statusrapport's header row is three cells, a cell of many lines keeps "
    "its row, and the row continued on page 2 without a header joins its start",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("buf_statusrapport_2016", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 1);
    const Table& table = read.tables[0];
    // pdftotext sets "Uddannelsesvejledning for tosprogede - Mindst 95 pct."
    // with one space between two columns: the other rows say where the
    // second column starts, and the marker goes with its item.
    CheckTable(table, {3, {"Indsats", "Succeskriterium", "Status pr. 1. oktober 2016"}, 8, {1, 2}},
               variant);
    CHECK(Find(table, "- Mindst 95 pct.").column == 1);
    const Where family = Find(table, "Familieklasser for nyankomne");
    CHECK(family.row >= 0);
    CHECK(Find(table, "finansieret med 2,1 mio. kr. fra").row == family.row);
    CHECK(Find(table, "150 familier deltager").row == family.row);
    const Where criterion = Find(table, "målgruppen har søgt en");
    const Where carried = Find(table, "Maksimalt 10 pct. falder fra");
    CHECK(carried.row == criterion.row);
    CHECK(carried.column == 1);
  }
}

TEST_CASE(
    "devset tables: kff_statusrapport's caption rows, the head repeated on page 2 above the rest "
    "of a row, and a second table",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("kff_statusrapport_2015", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 2);
    // A text rendition sets the caption above the table: no row of it.
    const int caption = variant == Variant::kText ? 0 : 1;
    CheckTable(read.tables[0], {3, {"Indsatser", "Succeskriterier", "Status"}, 4 + caption, {1, 2}},
               variant);
    CheckTable(read.tables[1], {3, {"Indsatser", "Succeskriterier", "Status"}, 2 + caption, {2}},
               variant);
    const Table& table = read.tables[0];
    CHECK(std::count_if(table.rows.begin(), table.rows.end(),
                        [](const TableRow& r) { return r.repeated_header; }) == 1 + caption);
    const Where mentors = Find(table, "Idrætsmentorer i fritidsordningerne");
    CHECK(mentors.row >= 0);
    CHECK(Find(table, "8 skoler indgår i samarbejdet i 2015").row == mentors.row);
    CHECK(Find(table, "videreføres uden ny bevilling").row == mentors.row);
  }
}

TEST_CASE(
    "devset tables: sof_brev's results table has its two-line header cells, and no side-column "
    "line in it",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("sof_brev_2013", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 1);
    const Table& table = read.tables[0];
    CheckTable(table, {4, {"Indsats", "Resultat 2012", "Resultatkrav 2013", "Mål 2014"}, 4, {1}},
               variant);
    for (const char* side : {"Bernstorffsgade", "Sagsbehandler", "HR og Organisation"}) {
      INFO(side);
      CHECK(Find(table, side).row < 0);
    }
    const Where row = Find(table, "Antal praktikpladser til");
    CHECK(Find(table, "Mindst 35").row == row.row);
    CHECK(Find(table, "Mindst 35").column == 3);
  }
}

TEST_CASE(
    "devset tables: kff_resultater's whitespace-only table has its two-line headers and its "
    "group rows in capitals across the table",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("kff_resultater_2004_2006", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 1);
    const Table& table = read.tables[0];
    CheckTable(table, {3, {"Mål 2006", "Resultat 2004", "Resultatkrav 2005"}, 7, {1}}, variant);
    for (const char* theme : {"IDRÆT OG FORENINGSLIV", "BIBLIOTEKER OG KULTUR"}) {
      INFO(theme);
      const Where where = Find(table, theme);
      REQUIRE(where.row >= 0);
      CHECK(table.rows[static_cast<size_t>(where.row)].cells.size() == 1);
    }
    CHECK(Find(table, "Tallene for 2004 stammer").row < 0);
  }
}

TEST_CASE(
    "devset tables: tmf_redegoerelse's budget ruled with horizontal rules only keeps its row "
    "of dashes, and its notes stay below it",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("tmf_redegoerelse_2007", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 1);
    const Table& table = read.tables[0];
    CheckTable(table,
               {4, {"Udgifter til integrationsindsatser, t.kr.", "2007", "2008", "I alt"}, 5, {2}},
               variant);
    const Where dashes = Find(table, "Mangfoldig rekruttering");
    REQUIRE(dashes.row >= 0);
    const TableRow& row = table.rows[static_cast<size_t>(dashes.row)];
    REQUIRE(row.cells.size() == 4);
    for (size_t c = 1; c < 4; ++c) CHECK(Squeezed(row.cells[c].Text()) == "-");
    CHECK(Find(table, "Finansieret af byfornyelsespuljen").row < 0);
    CHECK(Find(table, "(Se note 2)").column == 2);
  }
}

TEST_CASE(
    "devset tables: okf_statusskema's key/value tables are one a caption, also the one at the "
    "top of page 2, and its budget has year columns",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("okf_statusskema_2006", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 5);
    for (size_t t = 0; t < 4; ++t) {
      INFO("Skema " << t + 1);
      CHECK(read.tables[t].columns == 2);
      CHECK(DataRows(read.tables[t]) == 6);
      CHECK(PagesOf(read.tables[t]) == std::vector<int>{t < 3 ? 1 : 2});
    }
    CheckTable(read.tables[4],
               {4, {"Integrationsindsatser (mio. kr.)", "2005", "2006", "I alt"}, 5, {2}}, variant);
  }
}

TEST_CASE(
    "devset tables: suf_statusskema's key/value tables run over page breaks between their rows",
    "[tables][devset]") {
  for (Variant variant : kVariants) {
    INFO(Name(variant));
    const Read read = ReadDevset("suf_statusskema_2009", variant);
    INFO(RenderLayout(read.doc, true));
    REQUIRE(read.tables.size() == 6);
    const std::vector<std::vector<int>> pages = {{1}, {1, 2}, {2}, {2}, {2, 3}};
    for (size_t t = 0; t < 5; ++t) {
      INFO("table " << t + 1);
      CHECK(read.tables[t].columns == 2);
      CHECK(DataRows(read.tables[t]) == 7);
      CHECK(PagesOf(read.tables[t]) == pages[t]);
    }
    CheckTable(
        read.tables[5],
        {5, {"Integrationsindsatser (i 1.000 kr.)", "2008", "2009", "2010", "I alt"}, 8, {3}},
        variant);
  }
}

}  // namespace bilag
