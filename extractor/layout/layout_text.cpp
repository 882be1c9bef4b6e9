#include "extractor/layout/layout_text.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extractor/base/utf8.h"
#include "extractor/layout/table_model.h"

namespace bilag {
namespace {

// Wider cells wrap at spaces, so that a table stays readable in a terminal.
constexpr size_t kMaxCellWidth = 40;

// Byte offset of the first `width` characters of `text`.
size_t PrefixBytes(std::string_view text, size_t width) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == width) return i;
    ++chars;
  }
  return text.size();
}

void Wrap(std::string_view text, size_t width, std::vector<std::string>* out) {
  // Counted once and kept up to date: counting the rest again at every cut
  // is quadratic in a long cell (a tab line of 100,000 words).
  size_t remaining = CodePoints(text);
  while (remaining > width) {
    size_t limit = PrefixBytes(text, width);
    size_t cut = text.rfind(' ', limit);
    if (cut == std::string_view::npos || cut == 0) cut = limit;
    out->emplace_back(text.substr(0, cut));
    remaining -= CodePoints(text.substr(0, cut));
    text.remove_prefix(cut);
    while (!text.empty() && text.front() == ' ') {
      text.remove_prefix(1);
      --remaining;
    }
  }
  if (!text.empty()) out->emplace_back(text);
}

struct GridCell {
  size_t column = 0, span = 1;
  std::vector<std::string> lines;  // wrapped
};

struct GridRow {
  std::vector<GridCell> cells;  // left to right, covering every column once
  bool header = false, repeated_header = false;
};

// The table's rows with lines on this page between lines first..last (1-based),
// each cell holding its lines from there.
std::vector<GridRow> GridRows(const Table& table, int page, int first, int last) {
  std::vector<std::pair<int, GridRow>> rows;  // by the row's first line here
  for (const TableRow& row : table.rows) {
    GridRow grid{{}, row.header, row.repeated_header};
    bool here = false;
    int top = last + 1;
    for (const TableCell& cell : row.cells) {
      GridCell out{static_cast<size_t>(cell.column), static_cast<size_t>(cell.colspan), {}};
      for (const CellLine& line : cell.lines) {
        if (line.page != page || line.line < first || line.line > last) continue;
        here = true;
        top = std::min(top, line.line);
        std::vector<std::string> wrapped;
        Wrap(line.text, kMaxCellWidth * out.span, &wrapped);
        out.lines.insert(out.lines.end(), wrapped.begin(), wrapped.end());
      }
      grid.cells.push_back(std::move(out));
    }
    if (here) rows.push_back({top, std::move(grid)});
  }
  // A row carried over from the page before comes below the header
  // repeated above it.
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<GridRow> sorted;
  sorted.reserve(rows.size());
  for (auto& [top, row] : rows) sorted.push_back(std::move(row));
  return sorted;
}

void AppendRule(const std::vector<size_t>& widths, char fill, std::string* out) {
  out->push_back('+');
  for (size_t width : widths) {
    out->append(width + 2, fill);
    out->push_back('+');
  }
  out->push_back('\n');
}

// The width a cell has: its columns' and the borders between them.
size_t SpanWidth(const std::vector<size_t>& widths, const GridCell& cell) {
  size_t width = 0;
  for (size_t c = cell.column; c < cell.column + cell.span && c < widths.size(); ++c) {
    width += widths[c] + (c > cell.column ? 3 : 0);
  }
  return width;
}

void AppendGrid(const Table& table, const Page& page, size_t begin, size_t end, bool numbered,
                std::string* out) {
  const size_t columns = static_cast<size_t>(std::max(1, table.columns));
  std::vector<GridRow> rows =
      GridRows(table, page.number, page.lines[begin].number, page.lines[end - 1].number);
  std::vector<size_t> widths(columns, 0);
  for (const GridRow& row : rows) {
    for (const GridCell& cell : row.cells) {
      if (cell.span != 1 || cell.column >= columns) continue;
      for (const std::string& text : cell.lines) {
        widths[cell.column] = std::max(widths[cell.column], CodePoints(text));
      }
    }
  }
  // A spanning cell wider than its columns widens the last of them.
  for (const GridRow& row : rows) {
    for (const GridCell& cell : row.cells) {
      if (cell.span < 2) continue;
      size_t needed = 0;
      for (const std::string& text : cell.lines) needed = std::max(needed, CodePoints(text));
      const size_t width = SpanWidth(widths, cell);
      const size_t last = std::min(cell.column + cell.span, columns) - 1;
      if (needed > width) widths[last] += needed - width;
    }
  }
  const Line& first = page.lines[begin];
  if (numbered) {
    *out += std::to_string(first.page) + ':' + std::to_string(first.number) + '-' +
            std::to_string(page.lines[end - 1].number) + ": ";
  }
  *out += "[table " + std::to_string(first.table) + ", " + std::to_string(columns) + " columns";
  if (!rows.empty() && rows.front().repeated_header) *out += "; first row repeats the header";
  *out += "]\n";
  AppendRule(widths, '-', out);
  for (const GridRow& row : rows) {
    size_t height = 1;
    for (const GridCell& cell : row.cells) height = std::max(height, cell.lines.size());
    for (size_t k = 0; k < height; ++k) {
      out->push_back('|');
      for (const GridCell& cell : row.cells) {
        std::string_view text =
            k < cell.lines.size() ? std::string_view(cell.lines[k]) : std::string_view();
        out->push_back(' ');
        out->append(text);
        out->append(
            SpanWidth(widths, cell) - std::min(SpanWidth(widths, cell), CodePoints(text)) + 1, ' ');
        out->push_back('|');
      }
      out->push_back('\n');
    }
    AppendRule(widths, row.header || row.repeated_header ? '=' : '-', out);
  }
}

}  // namespace

std::string RenderLayout(const Document& doc, bool numbered) {
  std::string out;
  const std::vector<Table> tables = ReadTables(doc);
  int last_block = 0;
  bool previous_blank = false;
  for (const Page& page : doc.pages) {
    if (&page != &doc.pages.front()) out += '\f';
    for (size_t i = 0; i < page.lines.size();) {
      const Line& line = page.lines[i];
      if (line.table != 0 && !line.side) {
        size_t end = i + 1;
        while (end < page.lines.size() && page.lines[end].table == line.table) ++end;
        const auto table = std::find_if(tables.begin(), tables.end(),
                                        [&](const Table& t) { return t.id == line.table; });
        if (table != tables.end()) AppendGrid(*table, page, i, end, numbered, &out);
        i = end;
        continue;
      }
      // A blank line between paragraphs (unnumbered: it is not in the text).
      const bool blank = line.text.find_first_not_of(" \t") == std::string::npos;
      if (line.block != 0 && last_block != 0 && line.block != last_block && !previous_blank) {
        out += '\n';
      }
      previous_blank = blank;
      if (line.block != 0) last_block = line.block;
      if (numbered) out += std::to_string(line.page) + ':' + std::to_string(line.number) + ": ";
      // The line's role, unless it is plain prose (side lines are "side|").
      if (line.side) {
        out += "side| ";
      } else if (line.role != LineRole::kText && line.role != LineRole::kTable) {
        out += std::string(RoleName(line.role)) + "| ";
      }
      out += line.text;
      out += '\n';
      ++i;
    }
  }
  return out;
}

}  // namespace bilag
