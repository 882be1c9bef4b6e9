#include "extractor/emit/layout_json.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "extractor/layout/table_model.h"

namespace bilag {
namespace {

using Json = nlohmann::ordered_json;

// Points to a tenth: enough for a box, and the same text on every run.
Json Points(double value) { return std::round(value * 10) / 10; }

Json IdOrNull(int id) { return id > 0 ? Json(id) : Json(nullptr); }

struct Extent {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  bool Empty() const { return x1 < x0; }
  void Add(const Box& box) {
    x0 = std::min(x0, box.x0);
    y0 = std::min(y0, box.y0);
    x1 = std::max(x1, box.x1);
    y1 = std::max(y1, box.y1);
  }
  Json ToJson() const {
    if (Empty()) return nullptr;
    return Json::array({Points(x0), Points(y0), Points(x1), Points(y1)});
  }
};

Json RowJson(const Table& table, const TableRow& row, int page) {
  // The row's height on this page, for its empty cells.
  Extent band;
  for (const TableCell& cell : row.cells) {
    for (const CellLine& line : cell.lines) {
      if (line.page == page && line.HasBox()) band.Add(line.box);
    }
  }
  Json cells = Json::array();
  for (const TableCell& cell : row.cells) {
    std::string text;
    Json lines = Json::array();
    Extent box;
    for (const CellLine& line : cell.lines) {
      if (line.page != page) continue;
      if (!line.text.empty()) {
        if (!text.empty()) text += ' ';
        text += line.text;
      }
      lines.push_back(line.line);
      if (line.HasBox()) box.Add(line.box);
    }
    if (box.Empty() && !band.Empty()) {
      const int last = std::min(cell.column + cell.colspan, table.columns) - 1;
      const auto& left = table.column_extents[static_cast<size_t>(cell.column)];
      const auto& right = table.column_extents[static_cast<size_t>(std::max(last, cell.column))];
      if (left.first >= 0 && right.second >= 0) {
        box.Add({left.first, band.y0, right.second, band.y1});
      }
    }
    cells.push_back({{"text", text},
                     {"column", cell.column},
                     {"colspan", cell.colspan},
                     {"lines", lines},
                     {"box", box.ToJson()}});
  }
  return {{"id", row.id},
          {"header", row.header},
          {"repeated_header", row.repeated_header},
          {"cells", cells}};
}

// The row's first line on the page; 0 when it has none there.
int TopOnPage(const TableRow& row, int page) {
  int top = 0;
  for (const TableCell& cell : row.cells) {
    for (const CellLine& line : cell.lines) {
      if (line.page == page && (top == 0 || line.line < top)) top = line.line;
    }
  }
  return top;
}

}  // namespace

std::string EmitLayoutJson(const Document& doc, bool pretty) {
  const std::vector<Table> tables = ReadTables(doc);
  Json pages = Json::array();
  for (const Page& page : doc.pages) {
    Json lines = Json::array();
    for (const Line& line : page.lines) {
      lines.push_back({{"number", line.number},
                       {"text", line.text},
                       {"role", RoleName(line.role)},
                       {"block", IdOrNull(line.block)},
                       {"table", line.side ? Json(nullptr) : IdOrNull(line.table)},
                       {"row", line.side ? Json(nullptr) : IdOrNull(line.row)}});
    }
    Json page_tables = Json::array();
    for (const Table& table : tables) {
      // Rows in the order of their lines here: a row carried over from the
      // page before comes below the header repeated above it.
      std::vector<std::pair<int, const TableRow*>> here;
      std::set<int> table_pages;
      for (const TableRow& row : table.rows) {
        for (const TableCell& cell : row.cells) {
          for (const CellLine& line : cell.lines) table_pages.insert(line.page);
        }
        if (const int top = TopOnPage(row, page.number)) here.push_back({top, &row});
      }
      if (here.empty()) continue;
      std::stable_sort(here.begin(), here.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      Json rows = Json::array();
      for (const auto& [top, row] : here) rows.push_back(RowJson(table, *row, page.number));
      page_tables.push_back(
          {{"id", table.id},
           {"columns", table.columns},
           {"header_rows", table.header_rows},
           {"headers", table.headers},
           {"pages", Json(std::vector<int>(table_pages.begin(), table_pages.end()))},
           {"rows", rows}});
    }
    pages.push_back({{"number", page.number},
                     {"width", Points(page.width)},
                     {"height", Points(page.height)},
                     {"lines", lines},
                     {"tables", page_tables}});
  }
  Json out = {{"source", doc.source_path}, {"pages", pages}};
  return out.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bilag
