#include "extractor/extract/rows.h"

#include <map>
#include <utility>

#include "extractor/base/utf8.h"
#include "extractor/layout/table_model.h"

namespace bilag {

std::string Row::CellText(size_t column, const char* separator) const {
  std::string text;
  if (column >= cells.size()) return text;
  for (const Segment& segment : cells[column]) {
    if (segment.text.empty()) continue;
    if (!text.empty()) text += separator;
    text += segment.text;
  }
  return text;
}

std::string Row::CellTextJoiningBrokenWords(size_t column) const {
  std::string text;
  if (column >= cells.size()) return text;
  for (const Segment& segment : cells[column]) {
    if (segment.text.empty()) continue;
    if (!text.empty() && !(EndsInLetter(text) && StartsLowerCase(segment.text))) text += ' ';
    text += segment.text;
  }
  return text;
}

bool Row::HasGeometry() const {
  for (const auto& cell : cells) {
    for (const Segment& segment : cell) {
      if (segment.x0 >= 0) return true;
    }
  }
  return false;
}

size_t Row::FilledCells() const {
  size_t filled = 0;
  for (size_t i = 0; i < cells.size(); ++i) filled += !CellText(i).empty();
  return filled;
}

namespace {

bool IsBlank(const Line& line) { return line.text.find_first_not_of(" \t") == std::string::npos; }

void AppendCells(const Line& line, Row* row) {
  for (const Cell& cell : line.cells) {
    size_t column = static_cast<size_t>(std::max(cell.column, 0));
    if (row->cells.size() <= column) row->cells.resize(column + 1);
    row->cells[column].push_back(
        {cell.text, line.page, line.number, line.bold || cell.bold, cell.x0, cell.x1});
  }
}

Segment SegmentOf(const CellLine& line) {
  return {line.text,
          line.page,
          line.line,
          line.bold,
          line.HasBox() ? line.box.x0 : -1,
          line.HasBox() ? line.box.x1 : -1,
          line.bold_words};
}

// A table row as the walker reads it: each cell's lines at its first column.
Row RowOf(const Table& table, const TableRow& source) {
  Row row;
  row.from_pdf = true;
  row.cells.resize(static_cast<size_t>(table.columns));
  for (const TableCell& cell : source.cells) {
    for (const CellLine& line : cell.lines) {
      row.cells[static_cast<size_t>(cell.column)].push_back(SegmentOf(line));
      if (row.page == 0 || line.page < row.page ||
          (line.page == row.page && line.line < row.line)) {
        row.page = line.page;
        row.line = line.line;
      }
    }
  }
  return row;
}

// The header rows as one Row: each column's full header, one segment per
// line of the header cells over it (CellText(c, " ") is Table::headers[c];
// the lines let a reader join a word a narrow cell broke), placed at the top
// line of the header cells over it.
Row HeaderRowOf(const Table& table) {
  Row row;
  row.from_pdf = true;
  row.cells.resize(static_cast<size_t>(table.columns));
  for (const TableRow& source : table.rows) {
    if (!source.header || source.repeated_header) continue;
    for (const TableCell& cell : source.cells) {
      if (cell.lines.empty()) continue;
      const CellLine& top = cell.lines.front();
      if (row.page == 0) {
        row.page = top.page;
        row.line = top.line;
      }
      for (int c = cell.column; c < cell.column + cell.colspan && c < table.columns; ++c) {
        std::vector<Segment>& segments = row.cells[static_cast<size_t>(c)];
        const auto& extent = table.column_extents[static_cast<size_t>(c)];
        for (const CellLine& line : cell.lines) {
          if (line.text.empty()) continue;
          segments.push_back(
              {line.text, top.page, top.line, top.bold, extent.first, extent.second});
        }
      }
    }
  }
  return row;
}

bool OneCell(const TableRow& row) {
  int filled = 0;
  for (const TableCell& cell : row.cells) filled += !cell.Text().empty();
  return filled == 1;
}

// Where each layout table and its rows are, by id.
struct TableIndex {
  std::vector<Table> tables;
  std::map<int, size_t> table;                // Line::table -> tables
  std::map<std::pair<int, int>, size_t> row;  // (table, Line::row) -> rows of that table
};

TableIndex IndexTables(const Document& doc) {
  TableIndex index;
  index.tables = ReadTables(doc);
  for (size_t t = 0; t < index.tables.size(); ++t) {
    const Table& table = index.tables[t];
    index.table[table.id] = t;
    for (size_t r = 0; r < table.rows.size(); ++r) index.row[{table.id, table.rows[r].id}] = r;
  }
  return index;
}

}  // namespace

std::vector<Unit> BuildUnits(const Document& doc) {
  std::vector<Unit> units;
  const TableIndex index = IndexTables(doc);
  std::map<std::pair<int, int>, bool> done;  // layout rows already read (and headers: row 0)
  // Index of the text-input row unit still open; an index, not a pointer,
  // because `units` grows.
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t open_index = kNone;
  int open_row_id = 0;
  auto open_row = [&]() -> Unit* { return open_index == kNone ? nullptr : &units[open_index]; };
  auto close_row = [&] {
    open_index = kNone;
    open_row_id = 0;
  };

  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      // A side column (a letterhead's addresses) is no part of the body,
      // and a header repeated after a page break is no data.
      if (line.side || line.repeated_header) continue;
      if (IsBlank(line)) {
        units.push_back({Unit::Kind::kLine, &line, {}});
        continue;
      }
      auto table = index.table.find(line.table);
      if (line.exact_rows && table != index.table.end()) {
        close_row();
        const Table& t = index.tables[table->second];
        if (line.header) {
          if (!done[{t.id, 0}]) units.push_back({Unit::Kind::kRow, nullptr, HeaderRowOf(t)});
          done[{t.id, 0}] = true;
          continue;
        }
        auto row = index.row.find({t.id, line.row});
        if (row == index.row.end() || done[{t.id, line.row}]) continue;
        done[{t.id, line.row}] = true;
        const TableRow& source = t.rows[row->second];
        if (!OneCell(source)) {
          units.push_back({Unit::Kind::kRow, nullptr, RowOf(t, source)});
          continue;
        }
        // A row of one cell (a theme across the table, a title) reads as
        // lines: headings and themes are found in lines.
        for (const TableCell& cell : source.cells) {
          for (const CellLine& text : cell.lines) {
            const Line& source_line = doc.pages[static_cast<size_t>(text.page - 1)]
                                          .lines[static_cast<size_t>(text.line - 1)];
            units.push_back({Unit::Kind::kLine, &source_line, {}});
          }
        }
        continue;
      }
      // A running header or footer ("Københavns Kommune | Forvaltning") is
      // no row of the table it interrupts.
      const bool furniture =
          line.role == LineRole::kPageHeader || line.role == LineRole::kPageFooter;
      const bool has_cells = line.kind == LineKind::kTableRow && !line.cells.empty() && !furniture;
      if (!has_cells) {
        close_row();
        units.push_back({Unit::Kind::kLine, &line, {}});
        continue;
      }
      if (line.cells[0].x0 >= 0) {
        // Cells with geometry outside every table: a row of one line.
        close_row();
        Unit unit{Unit::Kind::kRow, nullptr, {}};
        unit.row.page = line.page;
        unit.row.line = line.number;
        unit.row.from_pdf = true;
        AppendCells(line, &unit.row);
        units.push_back(std::move(unit));
        continue;
      }
      // Text input: lines of one source row share its id; a row whose first
      // cell is empty, or starts in lower case (no name does), continues the
      // row before it: a page break split that row.
      bool same_source_row = open_row() != nullptr && line.row != 0 && line.row == open_row_id;
      bool continued = open_row() != nullptr && open_row()->row.cells.size() >= 2 &&
                       line.cells.size() >= 2 &&
                       (line.cells[0].text.empty() || StartsLowerCase(line.cells[0].text));
      if (same_source_row || continued) {
        AppendCells(line, &open_row()->row);
        open_row_id = line.row;
        continue;
      }
      Unit unit{Unit::Kind::kRow, nullptr, {}};
      unit.row.page = line.page;
      unit.row.line = line.number;
      AppendCells(line, &unit.row);
      units.push_back(std::move(unit));
      open_index = units.size() - 1;
      open_row_id = line.row;
    }
  }
  return units;
}

}  // namespace bilag
