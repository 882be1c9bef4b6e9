#include "extractor/extract/rows.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/layout/table_model.h"

namespace bilag {

std::string Row::CellText(size_t column, const char* separator) const {
  std::string text;
  if (column >= cells.size()) return text;
  size_t size = 0;
  for (const Segment& segment : cells[column]) size += segment.text.size() + 1;
  text.reserve(size);
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
  // A cell's text is empty exactly when each of its lines is: no need to
  // join them.
  size_t filled = 0;
  for (const std::vector<Segment>& cell : cells) {
    filled += std::any_of(cell.begin(), cell.end(),
                          [](const Segment& segment) { return !segment.text.empty(); });
  }
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
  return {std::string(line.text),
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

// A year alone on a header line ("2008") names the one column it stands
// over, even where the layout made its cell span further: a group word
// ("Resultat") spans its years, but the years under it, or a narrow column's
// wrapped year beside a one-line header, do not belong to their neighbours.
bool IsYearOnly(std::string_view text) {
  text = Trim(text);
  return text.size() == 4 && (text.starts_with("19") || text.starts_with("20")) &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The column of a spanning cell that `line` stands in, or -1 when it stands
// over several (or its place is unknown).
int ColumnUnder(const Table& table, const TableCell& cell, const CellLine& line) {
  if (!line.HasBox() || cell.colspan < 2) return -1;
  const double middle = (line.box.x0 + line.box.x1) / 2;
  for (int c = cell.column; c < cell.column + cell.colspan && c < table.columns; ++c) {
    const auto& extent = table.column_extents[static_cast<size_t>(c)];
    if (extent.first < 0) return -1;
    if (middle >= extent.first && middle <= extent.second) return c;
  }
  return -1;
}

// Where the body text of `column` lies: the least x0 and greatest x1 of
// its lines in one-column cells below the header; x0 > x1 when unknown.
std::pair<double, double> BodyExtent(const Table& table, int column) {
  std::pair<double, double> extent{1e9, -1e9};
  for (const TableRow& source : table.rows) {
    if (source.header || source.repeated_header) continue;
    for (const TableCell& cell : source.cells) {
      if (cell.column != column || cell.colspan != 1) continue;
      for (const CellLine& line : cell.lines) {
        if (!line.HasBox()) continue;
        extent.first = std::min(extent.first, line.box.x0);
        extent.second = std::max(extent.second, line.box.x1);
      }
    }
  }
  return extent;
}

// A word line of the one-column header cell over column `from`, above a
// year of its own, that reaches past the middle of the gap between the body text of `from` and
// of `into` beside it, and how far past (0 = none).
struct Lean {
  const CellLine* word = nullptr;
  double by = 0;
};

Lean WordLeaningInto(const Table& table, int from, int into) {
  const auto own = BodyExtent(table, from);
  const auto near = BodyExtent(table, into);
  if (own.first > own.second || near.first > near.second) return {};
  const double gap = from > into ? (near.second + own.first) / 2 : (own.second + near.first) / 2;
  Lean lean;
  for (const TableRow& source : table.rows) {
    if (!source.header || source.repeated_header) continue;
    for (const TableCell& cell : source.cells) {
      if (cell.column != from || cell.colspan != 1) continue;
      // Only a year's group word ("Resultat" over "2011"), never a total
      // ("I alt") or a label beside budget years.
      if (std::none_of(cell.lines.begin(), cell.lines.end(),
                       [](const CellLine& line) { return IsYearOnly(line.text); })) {
        continue;
      }
      for (const CellLine& line : cell.lines) {
        if (line.text.empty() || IsYearOnly(line.text) || !line.HasBox()) continue;
        const double by = from > into ? gap - line.box.x0 : line.box.x1 - gap;
        if (by > lean.by) lean = {&line, by};
      }
    }
  }
  return lean;
}

// A group word centred over two year columns ("Resultat" over "2010 |
// 2011") that the layout gave to one of them: the column whose header is
// only its year takes the word of the neighbour that reaches furthest into
// it.
void LendGroupWords(const Table& table, Row* row) {
  for (int c = 0; c < table.columns; ++c) {
    std::vector<Segment>& segments = row->cells[static_cast<size_t>(c)];
    if (segments.empty() || !std::all_of(segments.begin(), segments.end(),
                                         [](const Segment& s) { return IsYearOnly(s.text); })) {
      continue;
    }
    const Lean left = c > 0 ? WordLeaningInto(table, c - 1, c) : Lean{};
    const Lean right = c + 1 < table.columns ? WordLeaningInto(table, c + 1, c) : Lean{};
    const Lean& lean = left.by >= right.by ? left : right;
    if (lean.word == nullptr || left.by == right.by) continue;
    Segment lent = segments.front();
    lent.text = lean.word->text;
    segments.insert(segments.begin(), lent);
  }
}

// The header rows as one Row: each column's full header, one segment per
// line of the header cells over it (the lines let a reader join a word a
// narrow cell broke), placed at the top line of the header cells over it.
// It is Table::headers[c] but for a year under a spanning cell, which goes
// to the column it stands in only (IsYearOnly), and a group word over a
// column with only a year (LendGroupWords).
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
          if (IsYearOnly(line.text)) {
            const int under = ColumnUnder(table, cell, line);
            if (under >= 0 && under != c) continue;
          }
          segments.push_back(
              {std::string(line.text), top.page, top.line, top.bold, extent.first, extent.second});
        }
      }
    }
  }
  LendGroupWords(table, &row);
  return row;
}

bool OneCell(const TableRow& row) {
  int filled = 0;
  for (const TableCell& cell : row.cells) filled += !cell.Text().empty();
  return filled == 1;
}

}  // namespace

UnitTables ReadUnitTables(const Document& doc) {
  UnitTables index;
  index.tables = ReadStructuredTables(doc);
  for (size_t t = 0; t < index.tables.size(); ++t) {
    const Table& table = index.tables[t];
    index.table[table.id] = t;
    for (size_t r = 0; r < table.rows.size(); ++r) index.row[{table.id, table.rows[r].id}] = r;
  }
  return index;
}

void BuildUnits(const Document& doc, const UnitTables& index, const UnitSink& emit) {
  // A text-input row may still grow (a later line continues it), so it and
  // the units after it wait in `units` until it is closed; everything else
  // goes to `emit` at once, and the document's rows are never all held.
  std::vector<Unit> units;
  std::map<std::pair<int, int>, bool> done;  // layout rows already read (and headers: row 0)
  bool open = false;                         // units.front() is the text-input row still open
  int open_row_id = 0;
  auto open_row = [&]() -> Unit* { return open ? &units.front() : nullptr; };
  auto close_row = [&] {
    for (Unit& unit : units) emit(std::move(unit));
    units.clear();
    open = false;
    open_row_id = 0;
  };
  auto push = [&](Unit&& unit) {
    if (open) {
      units.push_back(std::move(unit));
    } else {
      emit(std::move(unit));
    }
  };

  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      // A side column (a letterhead's addresses) is no part of the body,
      // and a header repeated after a page break is no data.
      if (line.side || line.repeated_header) continue;
      if (IsBlank(line)) {
        push({Unit::Kind::kLine, &line, {}});
        continue;
      }
      auto table = index.table.find(line.table);
      if (line.exact_rows && table != index.table.end()) {
        close_row();
        const Table& t = index.tables[table->second];
        if (line.header) {
          if (!done[{t.id, 0}]) push({Unit::Kind::kRow, nullptr, HeaderRowOf(t)});
          done[{t.id, 0}] = true;
          continue;
        }
        auto row = index.row.find({t.id, line.row});
        if (row == index.row.end() || done[{t.id, line.row}]) continue;
        done[{t.id, line.row}] = true;
        const TableRow& source = t.rows[row->second];
        if (!OneCell(source)) {
          push({Unit::Kind::kRow, nullptr, RowOf(t, source)});
          continue;
        }
        // A row of one cell (a theme across the table, a title) reads as
        // lines: headings and themes are found in lines.
        for (const TableCell& cell : source.cells) {
          for (const CellLine& text : cell.lines) {
            const Line& source_line = doc.pages[static_cast<size_t>(text.page - 1)]
                                          .lines[static_cast<size_t>(text.line - 1)];
            push({Unit::Kind::kLine, &source_line, {}});
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
        push({Unit::Kind::kLine, &line, {}});
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
        push(std::move(unit));
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
      close_row();
      Unit unit{Unit::Kind::kRow, nullptr, {}};
      unit.row.page = line.page;
      unit.row.line = line.number;
      AppendCells(line, &unit.row);
      units.push_back(std::move(unit));
      open = true;
      open_row_id = line.row;
    }
  }
  close_row();
}

}  // namespace bilag
