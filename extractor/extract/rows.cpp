#include "extractor/extract/rows.h"

#include <cmath>
#include <limits>
#include <map>

#include "extractor/base/utf8.h"

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

bool HasGeometry(const Line& line) { return !line.cells.empty() && line.cells[0].x0 >= 0; }

// Left edge and vertical position of a PDF line, from its words.
struct Extent {
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  bool known = false;
};

Extent ExtentOf(const Line& line, const Page& page) {
  Extent extent;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    if (!extent.known) {
      extent = {box.x0, box.x1, box.y0, box.y1, true};
    } else {
      extent.x0 = std::min(extent.x0, box.x0);
      extent.x1 = std::max(extent.x1, box.x1);
      extent.y0 = std::min(extent.y0, box.y0);
      extent.y1 = std::max(extent.y1, box.y1);
    }
  }
  return extent;
}

struct PdfRowState {
  std::vector<double> column_x0;  // left edge of each column of the open row
  double first_column_x1 = 0;     // right edge of the first column
  double last_y1 = 0;             // bottom of the row's last line
  double line_height = 0;
  int page = 0;
  int table = 0;  // the layout stage's table id of the row's first line
};

void AppendCells(const Line& line, Row* row) {
  for (const Cell& cell : line.cells) {
    size_t column = static_cast<size_t>(std::max(cell.column, 0));
    if (row->cells.size() <= column) row->cells.resize(column + 1);
    row->cells[column].push_back(
        {cell.text, line.page, line.number, line.bold || cell.bold, cell.x0, cell.x1});
  }
}

// Whether a line just below a PDF row, starting where its first column
// starts, is the rest of that first cell: a wrapped label ("til mål i
// integrationspolitikken (i" / "1000 kr.)", "DSB-arealet"). A new heading at
// the same place is told apart by its numbering, capital start or length.
bool ContinuesFirstCell(const std::string& text, const Row& row, bool tight) {
  if (text.empty()) return false;
  // Lines of one cell sit closer together than a paragraph after the table.
  bool numbered = text[0] >= '0' && text[0] <= '9' && text.find_first_of(". ") < 4;
  if (tight && !numbered) return true;
  unsigned char first = static_cast<unsigned char>(text[0]);
  bool lower = (first >= 'a' && first <= 'z') ||
               (first == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0);
  if (lower || first == '(' || (first >= '0' && first <= '9' && text.size() < 12)) return true;
  if (text.size() > 30 || text.find_first_of("0123456789") != std::string::npos) return false;
  std::string cell = row.CellText(0, " ");
  return !cell.empty() && cell.back() != '.' && cell.back() != ':';
}

// The open row's column whose left edge is nearest to `x0`.
size_t NearestColumn(const PdfRowState& state, double x0) {
  size_t best = 0;
  double best_distance = std::numeric_limits<double>::max();
  for (size_t i = 0; i < state.column_x0.size(); ++i) {
    double distance = std::fabs(state.column_x0[i] - x0);
    if (distance < best_distance) {
      best_distance = distance;
      best = i;
    }
  }
  return best;
}

struct ExactRow {
  int table = 0;
  std::vector<std::pair<double, double>> columns;  // x extent of each column
  std::vector<const Line*> lines;                  // of the open row
  bool any_cells = false;

  // Columns meet halfway between one's right edge and the next's left edge
  // (at the ruling, in a ruled table, where cells span their columns).
  size_t ColumnAt(double x) const {
    for (size_t c = 0; c + 1 < columns.size(); ++c) {
      if (x <= (columns[c].second + columns[c + 1].first) / 2) return c;
    }
    return columns.empty() ? 0 : columns.size() - 1;
  }
  // Widens the columns by a line's cells (a borderless table's cells hold
  // their words' extent, which differs from row to row).
  void Add(const Line& line) {
    if (columns.size() < line.cells.size()) columns.resize(line.cells.size(), {1e300, -1e300});
    for (size_t c = 0; c < line.cells.size(); ++c) {
      if (line.cells[c].text.empty() && line.cells[c].x0 < 0) continue;
      columns[c].first = std::min(columns[c].first, line.cells[c].x0);
      columns[c].second = std::max(columns[c].second, line.cells[c].x1);
    }
  }
};

}  // namespace

std::vector<Unit> BuildUnits(const Document& doc) {
  std::vector<Unit> units;
  PdfRowState pdf;
  // Index of the last row unit while only blank lines followed it; an index,
  // not a pointer, because `units` grows.
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t open_index = kNone;
  int open_row_id = 0;
  auto open_row = [&]() -> Unit* { return open_index == kNone ? nullptr : &units[open_index]; };
  // A row of a table whose rows the layout stage knows (Line::exact_rows:
  // rulings, or padding between rows): its lines are gathered by row id,
  // not by guessing, also when a page footer or a repeated header came
  // between them (a row carried over a page break).
  ExactRow exact;
  std::map<int, size_t> exact_units;  // row id -> its unit, in the current table
  auto close_row = [&] {
    // An exact row of text in one cell only ("Alsidig beboersammensætning"
    // across the table) is a heading inside the table, not a record: the
    // walker reads it as lines.
    if (open_index != kNone && !exact.lines.empty() && !exact.any_cells &&
        open_index + 1 == units.size()) {
      units.pop_back();
      exact_units.erase(open_row_id);
      for (const Line* line : exact.lines) units.push_back({Unit::Kind::kLine, line, {}});
    }
    exact.lines.clear();
    exact.any_cells = false;
    open_index = kNone;
    open_row_id = 0;
    pdf = PdfRowState();
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
      if (line.exact_rows && line.row != 0) {
        if (exact.table != line.table) {
          exact.columns.clear();
          exact_units.clear();
        }
        exact.table = line.table;
        if (!line.cells.empty()) exact.Add(line);
        bool same_row = open_row() != nullptr && !exact.lines.empty() && open_row_id == line.row;
        auto earlier = exact_units.find(line.row);
        if (!same_row && earlier != exact_units.end()) {
          // Carried over a page break: back to the row's unit.
          close_row();
          open_index = earlier->second;
          open_row_id = line.row;
          exact.any_cells = true;  // it is a record already
        } else if (!same_row) {
          close_row();
          Unit unit{Unit::Kind::kRow, nullptr, {}};
          unit.row.page = line.page;
          unit.row.line = line.number;
          unit.row.from_pdf = true;
          units.push_back(std::move(unit));
          open_index = units.size() - 1;
          open_row_id = line.row;
          exact_units[line.row] = open_index;
        }
        exact.lines.push_back(&line);
        Row& row = open_row()->row;
        if (!line.cells.empty()) {
          exact.any_cells = true;
          AppendCells(line, &row);
        } else {
          Extent extent = ExtentOf(line, page);
          size_t column = exact.ColumnAt((extent.x0 + extent.x1) / 2);
          if (row.cells.size() <= column) row.cells.resize(column + 1);
          row.cells[column].push_back(
              {line.text, line.page, line.number, line.bold, extent.x0, extent.x1});
        }
        continue;
      }
      if (!exact.lines.empty()) close_row();
      bool has_cells = line.kind == LineKind::kTableRow && !line.cells.empty();
      if (HasGeometry(line) || (!has_cells && !line.words.empty())) {
        // PDF line: does it continue the open row below its first column?
        Extent extent = ExtentOf(line, page);
        if (open_row() != nullptr && extent.known && pdf.page == page.number &&
            extent.x0 > pdf.first_column_x1 && extent.y0 - pdf.last_y1 < 1.2 * pdf.line_height) {
          Row& row = open_row()->row;
          if (has_cells) {
            for (const Cell& cell : line.cells) {
              size_t column = NearestColumn(pdf, cell.x0);
              row.cells[column].push_back(
                  {cell.text, line.page, line.number, line.bold || cell.bold, cell.x0, cell.x1});
            }
          } else {
            row.cells[NearestColumn(pdf, extent.x0)].push_back(
                {line.text, line.page, line.number, line.bold, extent.x0, extent.x1});
          }
          pdf.last_y1 = extent.y1;
          continue;
        }
        if (!has_cells && open_row() != nullptr && extent.known && pdf.page == page.number &&
            std::fabs(extent.x0 - pdf.column_x0[0]) < 3.0 &&
            extent.y0 - pdf.last_y1 < 1.2 * pdf.line_height &&
            ContinuesFirstCell(line.text, open_row()->row,
                               extent.y0 - pdf.last_y1 < 0.45 * pdf.line_height)) {
          open_row()->row.cells[0].push_back(
              {line.text, line.page, line.number, line.bold, extent.x0, extent.x1});
          pdf.last_y1 = extent.y1;
          continue;
        }
        if (!has_cells) {
          close_row();
          units.push_back({Unit::Kind::kLine, &line, {}});
          continue;
        }
        // A row of the same table right below, whose first cell goes on in
        // lower case ("Forældre i" / "skolebestyrelser"), wraps the open
        // row's cells: no name starts in lower case.
        if (open_row() != nullptr && extent.known && pdf.page == page.number && line.table != 0 &&
            line.table == pdf.table && extent.y0 - pdf.last_y1 < 1.2 * pdf.line_height &&
            StartsLowerCase(line.cells[0].text)) {
          AppendCells(line, &open_row()->row);
          pdf.last_y1 = extent.y1;
          continue;
        }
        Unit unit{Unit::Kind::kRow, nullptr, {}};
        unit.row.page = line.page;
        unit.row.line = line.number;
        unit.row.from_pdf = true;
        AppendCells(line, &unit.row);
        units.push_back(std::move(unit));
        open_index = units.size() - 1;
        pdf = PdfRowState();
        for (const Cell& cell : line.cells) pdf.column_x0.push_back(cell.x0);
        pdf.first_column_x1 = line.cells[0].x1;
        pdf.last_y1 = extent.y1;
        pdf.line_height = std::max(extent.y1 - extent.y0, 1.0);
        pdf.page = page.number;
        pdf.table = line.table;
        continue;
      }
      if (!has_cells) {
        close_row();
        units.push_back({Unit::Kind::kLine, &line, {}});
        continue;
      }
      // Text input: lines of one source row share its id; a row whose first
      // cell is empty continues the row before it (a page break split it).
      bool same_source_row = open_row() != nullptr && line.row != 0 && line.row == open_row_id;
      // A row whose first cell is empty, or starts in lower case (no name
      // does), continues the row before it: a page break split that row.
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
  close_row();
  return units;
}

}  // namespace bilag
