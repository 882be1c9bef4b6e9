#include "extractor/report/locate.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/base/text.h"

namespace bilag::report {
namespace {

constexpr size_t kWrappedPrefix = 16;
// How far back a budget row looks for its table's header row.
constexpr int kHeaderSearchLines = 400;

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// The first occurrence with no word character glued to either side, else
// the first occurrence.
std::optional<size_t> FindBounded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return std::nullopt;
  std::optional<size_t> first;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    if (!first) first = pos;
    size_t end = pos + needle.size();
    bool glued_before = pos > 0 && IsWordByte(haystack[pos - 1]) && IsWordByte(needle.front());
    bool glued_after =
        end < haystack.size() && IsWordByte(haystack[end]) && IsWordByte(needle.back());
    if (!glued_before && !glued_after) return pos;
  }
  return first;
}

// Shortens `length` so that text[0, length) ends on a character boundary.
size_t CharBoundary(std::string_view text, size_t length) {
  while (length > 0 && length < text.size() &&
         (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
    --length;
  }
  return length;
}

// Does a header cell's text name this budget cell's column?
bool NamesColumn(std::string_view header, const BudgetCell& cell,
                 const IsTotalHeader& is_total_header) {
  if (cell.year) {
    std::string year = std::to_string(*cell.year);
    std::optional<size_t> pos = FindBounded(header, year);
    if (!pos) return false;
    size_t end = *pos + year.size();
    bool glued = (*pos > 0 && IsWordByte(header[*pos - 1])) ||
                 (end < header.size() && IsWordByte(header[end]));
    return !glued;
  }
  return is_total_header && is_total_header(header);
}

// Byte offset of cells[index] in the line's text (cells joined by tabs).
std::optional<size_t> CellOffset(const Line& line, size_t index) {
  size_t offset = 0;
  for (size_t i = 0; i < index; ++i) offset += line.cells[i].text.size() + 1;
  const std::string& text = line.cells[index].text;
  if (line.text.compare(offset, text.size(), text) == 0) return offset;
  size_t pos = line.text.find(text);
  if (pos == std::string::npos) return std::nullopt;
  return pos;
}

// The header cell above `row` that names the cell's column, searching back
// through lines of the same table (across page breaks).
const Cell* FindHeaderCell(const Document& doc, const BudgetCell& cell, const Line& row,
                           const IsTotalHeader& is_total_header) {
  std::optional<size_t> page = doc.PageIndex(cell.page);
  if (!page) return nullptr;
  size_t line = static_cast<size_t>(cell.line) - 1;  // lines before the row's
  for (int steps = 0; steps < kHeaderSearchLines; ++steps) {
    while (line == 0) {
      if (*page == 0) return nullptr;
      line = doc.pages[--*page].lines.size();
    }
    const Line& candidate = doc.pages[*page].lines[--line];
    if (candidate.table != row.table || candidate.cells.empty()) continue;
    for (const Cell& header : candidate.cells) {
      if (NamesColumn(header.text, cell, is_total_header)) return &header;
    }
  }
  return nullptr;
}

// The row's cell under `header`: by x overlap when both have geometry.
std::optional<size_t> CellUnder(const Line& row, const Cell& header) {
  bool geometry = header.x0 >= 0 && std::all_of(row.cells.begin(), row.cells.end(),
                                                [](const Cell& c) { return c.x0 >= 0; });
  if (!geometry) {
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].column == header.column) return i;
    }
    return std::nullopt;
  }
  std::optional<size_t> best;
  double best_overlap = 0;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const Cell& c = row.cells[i];
    double overlap = std::min(c.x1, header.x1) - std::max(c.x0, header.x0);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = i;
    }
  }
  return best;
}

std::string Grouped(int64_t value) {
  std::string digits = std::to_string(value);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  return grouped;
}

// How a table may have written an amount: in kroner, thousands or millions.
std::vector<std::string> AmountSpellings(int64_t dkk) {
  std::vector<std::string> spellings;
  if (dkk <= 0) return spellings;
  for (int64_t scale : {int64_t{1000}, int64_t{1}}) {
    if (dkk % scale != 0) continue;
    spellings.push_back(Grouped(dkk / scale));
    spellings.push_back(std::to_string(dkk / scale));
  }
  if (dkk % 100000 == 0) {
    std::string millions = std::to_string(dkk / 1000000);
    if (dkk % 1000000 != 0) millions += "," + std::to_string(dkk / 100000 % 10);
    spellings.push_back(millions);
  }
  return spellings;
}

}  // namespace

std::optional<TextRange> FindInLine(std::string_view line, std::string_view needle, size_t from) {
  if (from > 0) {
    if (from >= line.size()) return std::nullopt;
    std::optional<TextRange> range = FindInLine(line.substr(from), needle);
    if (range) *range = {range->begin + from, range->end + from};
    return range;
  }
  if (needle.empty() || line.empty()) return std::nullopt;
  if (std::optional<size_t> pos = FindBounded(line, needle)) {
    return TextRange{*pos, *pos + needle.size()};
  }
  std::string folded_line = FoldCase(line);
  std::string folded_needle = FoldCase(needle);
  if (std::optional<size_t> pos = FindBounded(folded_line, folded_needle)) {
    return TextRange{*pos, *pos + needle.size()};
  }
  if (needle.size() < kWrappedPrefix) return std::nullopt;
  std::string_view prefix = needle.substr(0, CharBoundary(needle, kWrappedPrefix));
  std::optional<size_t> pos = FindBounded(line, prefix);
  if (!pos) return std::nullopt;
  size_t end = line.find('\t', *pos);
  if (end == std::string_view::npos) end = line.size();
  end = std::min(end, *pos + needle.size());
  return TextRange{*pos, CharBoundary(line, end)};
}

std::optional<TextRange> LocateBudgetCell(const Document& doc, const BudgetCell& cell,
                                          const IsTotalHeader& is_total_header) {
  const Line* row = doc.LineAt(cell.page, cell.line);
  if (row == nullptr) return std::nullopt;
  if (!row->cells.empty() && row->table != 0) {
    const Cell* header = FindHeaderCell(doc, cell, *row, is_total_header);
    std::optional<size_t> index = header ? CellUnder(*row, *header) : std::nullopt;
    if (index) {
      const std::string& text = row->cells[*index].text;
      std::optional<size_t> offset = CellOffset(*row, *index);
      bool plausible = HasDigit(text);
      if (offset && plausible) {
        size_t begin = text.find_first_not_of(' ');
        size_t end = text.find_last_not_of(' ') + 1;
        return TextRange{*offset + begin, *offset + end};
      }
    }
  }
  if (cell.dkk) {
    for (const std::string& spelling : AmountSpellings(*cell.dkk)) {
      if (std::optional<TextRange> range = FindInLine(row->text, spelling)) return range;
    }
  }
  if (cell.note) {
    if (std::optional<TextRange> range = FindInLine(row->text, "note " + *cell.note)) {
      return range;
    }
  }
  return std::nullopt;
}

}  // namespace bilag::report
