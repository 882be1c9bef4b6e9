// Statistics tables as public table-extraction suites hold them (issue 12),
// cell by cell: pages that scripts/make_stats_tables.py generated
// (tests/fixtures/stats_tables/, seeds named in their files) and real pages
// from Debian's documentation (tests/fixtures/realworld/), each against its
// expected cells. A table is right when bilag finds one on the page with the
// expected rows and columns and every cell's text, whitespace aside (a
// footnote mark set small and raised may come out as a word of its own).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extractor/layout/table_model.h"
#include "tests/layout/layout_test_util.h"

namespace bilag {
namespace {

using Grid = std::vector<std::vector<std::string>>;

const std::string kStats = BILAG_SOURCE_DIR "/tests/fixtures/stats_tables/";
const std::string kRealWorld = BILAG_SOURCE_DIR "/tests/fixtures/realworld/";

std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n') out.push_back(c);
  }
  return out;
}

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  return nlohmann::json::parse(in);
}

Grid GridOf(const Table& table) {
  Grid grid;
  for (const TableRow& row : table.rows) {
    std::vector<std::string> cells(static_cast<size_t>(table.columns));
    for (const TableCell& cell : row.cells) cells[static_cast<size_t>(cell.column)] = cell.Text();
    grid.push_back(std::move(cells));
  }
  return grid;
}

std::string Printed(const Grid& grid) {
  std::ostringstream out;
  for (const auto& row : grid) {
    for (const std::string& cell : row) out << cell << " | ";
    out << "\n";
  }
  return out.str();
}

bool Same(const Grid& found, const nlohmann::json& expected) {
  if (found.size() != expected.size()) return false;
  for (size_t r = 0; r < found.size(); ++r) {
    if (found[r].size() != expected[r].size()) return false;
    for (size_t c = 0; c < found[r].size(); ++c) {
      if (Squeezed(found[r][c]) != Squeezed(expected[r][c].get<std::string>())) return false;
    }
  }
  return true;
}

// Whether some table on the page reads exactly as `expected` (rows of cell
// texts); prints the page's tables when none does.
void RequireTable(const std::string& pdf, int page, const nlohmann::json& expected) {
  const Document doc = testing::AnalysedFile(pdf, {});
  std::string seen;
  bool found = false;
  for (const Table& table : ReadStructuredTables(doc)) {
    const Grid grid = GridOf(table);
    found = found || Same(grid, expected);
    seen += "table " + std::to_string(table.id) + ":\n" + Printed(grid);
  }
  INFO(pdf << " page " << page << ", tables found:\n" << seen);
  CHECK(found);
}

// Every table of a generated page.
void RequireStatsPage(int seed) {
  char name[32];
  std::snprintf(name, sizeof name, "stats_%04d", seed);
  const nlohmann::json truth = ReadJson(kStats + name + ".truth.json");
  for (const nlohmann::json& table : truth["tables"]) {
    RequireTable(kStats + name + ".pdf", truth["page"].get<int>(), table["rows"]);
  }
}

void RequireRealWorld(const std::string& cells) {
  const nlohmann::json truth = ReadJson(kRealWorld + cells);
  RequireTable(kRealWorld + truth["pdf"].get<std::string>(), truth["page"].get<int>(),
               truth["rows"]);
}

}  // namespace

// Rules under the header and over the totals row frame the rows between
// them, which are told apart as in a table without rulings; a group's name
// set out to the left of its indented members ("Fuels" under "  Textile
// fibres") is a row of its own, not the rest of the label above it.
TEST_CASE("stats tables: rows inside the rules around a body, group names apart", "[tables]") {
  RequireStatsPage(1);
}

// A frame around the table with a ruling under the header and after the
// stub column only: the figures' columns inside the frame come from their
// alignment, and the rows from the rows of figures.
TEST_CASE("stats tables: a framed block of figures has its columns and rows", "[tables]") {
  RequireStatsPage(22);
}

// A paragraph set beside the table in the body's size, on a leading of its
// own (seed 16: the prose at the left): line building joins its lines to
// the rows at nearly the same height, but they are no column of the table,
// and the prose lines between two rows do not join them.
TEST_CASE("stats tables: a paragraph beside the table on baselines of its own is no column",
          "[tables]") {
  RequireStatsPage(16);
}

// Eurostat's ":" for a figure not available (seed 4: "Herning | 42,339.9 |
// 28,005 | :") is a drawn glyph narrower than an OCR speck: a cell.
TEST_CASE("stats tables: a colon for no value is a cell of its own", "[tables]") {
  RequireStatsPage(4);
}

// Statistics output names its rows in lower case ("sexM",
// "ethnictyHISPANIC"): two lines that fill the same columns with figures
// are two rows.
TEST_CASE("stats tables: rows of figures under lower-case labels (xtable's lm)", "[tables]") {
  RequireRealWorld("xtable-gallery-lm.cells.json");
}

// Figures set close together come from ingest as one piece of several
// words ("67,039 73,227 115,866 ..."): no prose across the columns, so the
// table's last rows stay in it.
TEST_CASE("stats tables: last rows of close-set figures stay in the table", "[tables]") {
  const nlohmann::json truth = ReadJson(kStats + "stats_0008.truth.json");
  const nlohmann::json& rows = truth["tables"][0]["rows"];
  const Document doc = testing::AnalysedFile(kStats + "stats_0008.pdf", {});
  const std::vector<Table> tables = ReadStructuredTables(doc);
  REQUIRE(tables.size() == 1);
  const Grid grid = GridOf(tables[0]);
  INFO(Printed(grid));
  REQUIRE(grid.size() == rows.size());
  // Every body row (the spanning header row aside): the last two are
  // "Ordinary classes" and "Special classes".
  for (size_t r = 1; r < rows.size(); ++r) {
    for (size_t c = 0; c < grid[r].size(); ++c) {
      CHECK(Squeezed(grid[r][c]) == Squeezed(rows[r][c].get<std::string>()));
    }
  }
}

}  // namespace bilag
