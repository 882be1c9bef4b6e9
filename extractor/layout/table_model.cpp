#include "extractor/layout/table_model.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace bilag {
namespace {

struct RowBuilder {
  TableRow row;
  std::vector<int> owner;  // per column: index of the cell covering it, -1 = none
};

struct TableBuilder {
  Table table;
  std::vector<RowBuilder> rows;
  std::map<int, size_t> row_index;  // Line::row -> rows
};

Box WordsIn(const Line& line, const Page& page, double x0, double x1) {
  Box box{-1, -1, -1, -1};
  bool any = false;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& word = page.words[static_cast<size_t>(index)].box;
    const double centre = (word.x0 + word.x1) / 2;
    if (x0 >= 0 && (centre < x0 || centre > x1)) continue;
    box = any ? Box{std::min(box.x0, word.x0), std::min(box.y0, word.y0), std::max(box.x1, word.x1),
                    std::max(box.y1, word.y1)}
              : word;
    any = true;
  }
  return box;
}

// How many of the first words in [x0, x1] of `line` are bold when not all
// of them are (a bold name that a description follows on its line).
int LeadingBoldWords(const Line& line, const Page& page, double x0, double x1) {
  int leading = 0;
  bool all_bold = true;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Word& word = page.words[static_cast<size_t>(index)];
    const double centre = (word.box.x0 + word.box.x1) / 2;
    if (x0 >= 0 && (centre < x0 || centre > x1)) continue;
    if (!word.bold) all_bold = false;
    if (all_bold) ++leading;
  }
  return all_bold ? 0 : leading;
}

bool Before(const CellLine& a, const CellLine& b) {
  return a.page != b.page ? a.page < b.page : a.line < b.line;
}

// Puts one line of text into the row's cell covering columns [first, last],
// joining cells the range runs across.
void Place(size_t first, size_t last, CellLine text, RowBuilder* builder) {
  std::vector<TableCell>& cells = builder->row.cells;
  std::vector<int>& owner = builder->owner;
  if (owner.size() <= last) owner.resize(last + 1, -1);
  int target = -1;
  for (size_t c = first; c <= last; ++c) {
    const int o = owner[c];
    if (o < 0 || o == target) continue;
    if (target < 0) {
      target = o;
      continue;
    }
    // A second cell under the range: joined into the first.
    TableCell& into = cells[static_cast<size_t>(target)];
    TableCell& from = cells[static_cast<size_t>(o)];
    into.lines.insert(into.lines.end(), from.lines.begin(), from.lines.end());
    std::stable_sort(into.lines.begin(), into.lines.end(), Before);
    const int end = std::max(into.column + into.colspan, from.column + from.colspan);
    into.column = std::min(into.column, from.column);
    into.colspan = end - into.column;
    from.lines.clear();
    from.colspan = 0;
    for (int& other : owner) other = other == o ? target : other;
  }
  if (target < 0) {
    cells.push_back({static_cast<int>(first), static_cast<int>(last - first + 1), {}});
    target = static_cast<int>(cells.size() - 1);
  }
  TableCell& cell = cells[static_cast<size_t>(target)];
  const int end = std::max(cell.column + cell.colspan, static_cast<int>(last) + 1);
  cell.column = std::min(cell.column, static_cast<int>(first));
  cell.colspan = end - cell.column;
  for (int c = cell.column; c < end; ++c) {
    if (owner.size() <= static_cast<size_t>(c)) owner.resize(static_cast<size_t>(c) + 1, -1);
    owner[static_cast<size_t>(c)] = target;
  }
  cell.lines.push_back(text);
}

void AddLine(const Line& line, const Page& page, TableBuilder* builder, int* unnumbered) {
  Table& table = builder->table;
  const int key = line.row != 0 ? line.row : --*unnumbered;
  auto [found, added] = builder->row_index.try_emplace(key, builder->rows.size());
  if (added) builder->rows.push_back({{key, false, false, {}}, {}});
  RowBuilder& row = builder->rows[found->second];
  row.row.header = row.row.header || line.header;
  row.row.repeated_header = row.row.repeated_header || line.repeated_header;
  if (line.cells.empty()) {
    table.columns = std::max(table.columns, 1);
    Place(0, 0,
          {line.text, line.page, line.number, line.bold,
           line.bold ? 0 : LeadingBoldWords(line, page, -1, -1), WordsIn(line, page, -1, -1)},
          &row);
    return;
  }
  table.columns = std::max(table.columns, static_cast<int>(line.cells.size()));
  if (table.column_extents.size() < line.cells.size()) {
    table.column_extents.resize(line.cells.size(), {-1, -1});
  }
  for (size_t c = 0; c < line.cells.size(); ++c) {
    const Cell& cell = line.cells[c];
    if (cell.span == 1 && cell.x0 >= 0) {
      auto& extent = table.column_extents[c];
      extent = extent.first < 0
                   ? std::pair{cell.x0, cell.x1}
                   : std::pair{std::min(extent.first, cell.x0), std::max(extent.second, cell.x1)};
    }
    if (cell.span == 0 || cell.text.empty()) continue;
    const size_t last = c + static_cast<size_t>(std::max(cell.span, 1)) - 1;
    const Box box = cell.x0 >= 0 ? WordsIn(line, page, cell.x0, cell.x1) : Box{-1, -1, -1, -1};
    const bool bold = line.bold || cell.bold;
    const int bold_words = bold || cell.x0 < 0 ? 0 : LeadingBoldWords(line, page, cell.x0, cell.x1);
    Place(c, last, {cell.text, line.page, line.number, bold, bold_words, box}, &row);
  }
}

void Finish(TableBuilder* builder) {
  Table& table = builder->table;
  table.column_extents.resize(static_cast<size_t>(table.columns), {-1, -1});
  for (RowBuilder& builder_row : builder->rows) {
    TableRow& row = builder_row.row;
    std::erase_if(row.cells, [](const TableCell& cell) { return cell.colspan == 0; });
    std::vector<bool> covered(static_cast<size_t>(table.columns), false);
    for (const TableCell& cell : row.cells) {
      for (int c = cell.column; c < cell.column + cell.colspan && c < table.columns; ++c) {
        covered[static_cast<size_t>(c)] = true;
      }
    }
    for (int c = 0; c < table.columns; ++c) {
      if (!covered[static_cast<size_t>(c)]) row.cells.push_back({c, 1, {}});
    }
    std::sort(row.cells.begin(), row.cells.end(),
              [](const TableCell& a, const TableCell& b) { return a.column < b.column; });
    table.rows.push_back(std::move(row));
  }
  table.headers.assign(static_cast<size_t>(table.columns), "");
  for (const TableRow& row : table.rows) {
    if (!row.header || row.repeated_header) continue;
    ++table.header_rows;
    for (const TableCell& cell : row.cells) {
      const std::string text = cell.Text(" ");
      if (text.empty()) continue;
      for (int c = cell.column; c < cell.column + cell.colspan && c < table.columns; ++c) {
        std::string& header = table.headers[static_cast<size_t>(c)];
        header += (header.empty() ? "" : " ") + text;
      }
    }
  }
}

}  // namespace

namespace {

std::vector<Table> ReadTablesWhere(const Document& doc, const std::function<bool(int)>& wanted) {
  std::vector<TableBuilder> builders;
  std::map<int, size_t> index;
  int unnumbered = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.table == 0 || line.side || !wanted(line.table)) continue;
      auto [found, added] = index.try_emplace(line.table, builders.size());
      if (added) {
        builders.emplace_back();
        builders.back().table.id = line.table;
      }
      AddLine(line, page, &builders[found->second], &unnumbered);
    }
  }
  std::vector<Table> tables;
  for (TableBuilder& builder : builders) {
    Finish(&builder);
    tables.push_back(std::move(builder.table));
  }
  return tables;
}

}  // namespace

std::vector<Table> ReadTables(const Document& doc) {
  return ReadTablesWhere(doc, [](int) { return true; });
}

std::vector<Table> ReadStructuredTables(const Document& doc) {
  std::set<int> structured;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.exact_rows && line.table != 0) structured.insert(line.table);
    }
  }
  return ReadTablesWhere(doc, [&structured](int table) { return structured.contains(table); });
}

}  // namespace bilag
