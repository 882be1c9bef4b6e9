#include "extractor/layout/layout_text.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extractor/base/utf8.h"

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

void Wrap(std::string_view text, std::vector<std::string>* out) {
  while (CodePoints(text) > kMaxCellWidth) {
    size_t limit = PrefixBytes(text, kMaxCellWidth);
    size_t cut = text.rfind(' ', limit);
    if (cut == std::string_view::npos || cut == 0) cut = limit;
    out->emplace_back(text.substr(0, cut));
    text.remove_prefix(cut);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  }
  if (!text.empty()) out->emplace_back(text);
}

struct GridRow {
  std::vector<std::vector<std::string>> cells;  // by column, lines of text
  bool header = false, repeated_header = false;
};

double Overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

// The column of a line that continues a row's cell: the row's cell it
// overlaps most.
size_t ContinuedColumn(const Line& line, const Page& page, const Line& row_line) {
  double x0 = 1e300, x1 = -1e300;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    x0 = std::min(x0, page.words[static_cast<size_t>(index)].box.x0);
    x1 = std::max(x1, page.words[static_cast<size_t>(index)].box.x1);
  }
  size_t best = 0;
  double best_overlap = 0;
  for (size_t c = 0; c < row_line.cells.size(); ++c) {
    double overlap = Overlap(x0, x1, row_line.cells[c].x0, row_line.cells[c].x1);
    if (overlap > best_overlap) {
      best = c;
      best_overlap = overlap;
    }
  }
  return best;
}

std::vector<GridRow> GridRows(const Page& page, size_t begin, size_t end, size_t columns) {
  std::vector<GridRow> rows;
  const Line* row_line = nullptr;
  int row_id = -1;
  for (size_t i = begin; i < end; ++i) {
    const Line& line = page.lines[i];
    if (rows.empty() || line.row != row_id || line.row == 0) {
      rows.push_back(
          {std::vector<std::vector<std::string>>(columns), line.header, line.repeated_header});
      row_id = line.row;
      row_line = nullptr;
    }
    GridRow& row = rows.back();
    if (!line.cells.empty()) {
      if (row_line == nullptr) row_line = &line;
      for (size_t c = 0; c < line.cells.size() && c < columns; ++c) {
        Wrap(line.cells[c].text, &row.cells[c]);
      }
    } else {
      size_t column = row_line != nullptr ? ContinuedColumn(line, page, *row_line) : 0;
      Wrap(line.text, &row.cells[std::min(column, columns - 1)]);
    }
  }
  return rows;
}

void AppendRule(const std::vector<size_t>& widths, char fill, std::string* out) {
  out->push_back('+');
  for (size_t width : widths) {
    out->append(width + 2, fill);
    out->push_back('+');
  }
  out->push_back('\n');
}

void AppendGrid(const Page& page, size_t begin, size_t end, bool numbered, std::string* out) {
  size_t columns = 1;
  for (size_t i = begin; i < end; ++i) columns = std::max(columns, page.lines[i].cells.size());
  std::vector<GridRow> rows = GridRows(page, begin, end, columns);
  std::vector<size_t> widths(columns, 0);
  for (const GridRow& row : rows) {
    for (size_t c = 0; c < columns; ++c) {
      for (const std::string& text : row.cells[c]) {
        widths[c] = std::max(widths[c], CodePoints(text));
      }
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
    for (const auto& cell : row.cells) height = std::max(height, cell.size());
    for (size_t k = 0; k < height; ++k) {
      out->push_back('|');
      for (size_t c = 0; c < columns; ++c) {
        std::string_view text =
            k < row.cells[c].size() ? std::string_view(row.cells[c][k]) : std::string_view();
        out->push_back(' ');
        out->append(text);
        out->append(widths[c] - CodePoints(text) + 1, ' ');
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
  int last_block = 0;
  bool previous_blank = false;
  for (const Page& page : doc.pages) {
    if (&page != &doc.pages.front()) out += '\f';
    for (size_t i = 0; i < page.lines.size();) {
      const Line& line = page.lines[i];
      if (line.table != 0 && !line.side) {
        size_t end = i + 1;
        while (end < page.lines.size() && page.lines[end].table == line.table) ++end;
        AppendGrid(page, i, end, numbered, &out);
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
