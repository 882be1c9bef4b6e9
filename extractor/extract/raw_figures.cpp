#include "extractor/extract/raw_figures.h"

#include <string_view>
#include <vector>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/extract/plain_cells.h"
#include "extractor/values/amount.h"

namespace bilag {
namespace {

// An item cell wraps over a few lines at most; a longer block is prose.
constexpr size_t kMaxItemLines = 3;

using Paragraph = std::vector<const Line*>;

// One line of digits with their separators ("1.750", "0,1", "-40"), or a
// dash alone for an empty cell; either may carry a note reference, which
// may stand alone ("(Se note 1)": a cell whose figure a note explains).
bool IsFigure(const Paragraph& paragraph, const RuleSet& rules,
              const std::optional<std::string>& kind) {
  if (paragraph.size() != 1) return false;
  std::string without_note(Trim(paragraph[0]->text));
  for (const BudgetRule& rule : rules.budgets) {
    PatternMatch match;
    if (!rule.AppliesTo(kind) || !rule.note.Find(without_note, 0, &match)) continue;
    without_note.erase(match.whole.begin, match.whole.end - match.whole.begin);
    if (Trim(without_note).empty()) return true;
    break;
  }
  const std::string_view text = Trim(without_note);
  return IsDashCell(text) || IsBareFigure(text);
}

bool IsHeaderCell(const Paragraph& paragraph, const RuleSet& rules,
                  const std::optional<std::string>& kind) {
  if (paragraph.size() != 1) return false;
  const std::string_view text = Trim(paragraph[0]->text);
  for (const BudgetRule& rule : rules.budgets) {
    if (!rule.AppliesTo(kind)) continue;
    PatternMatch match;
    if (rule.year_header.Find(text, 0, &match) || rule.total_header.Matches(text)) return true;
  }
  return false;
}

// The unit cell in the block above the header: its last line that names a
// unit ("Integrationsindsatser (1.000 kr.)" above the items pdftotext set
// below it), else its last line.
size_t UnitLineIndex(const Paragraph& block, const RuleSet& rules,
                     const std::optional<std::string>& kind) {
  for (size_t k = block.size(); k-- > 0;) {
    const std::string_view text = Trim(block[k]->text);
    for (const BudgetRule& rule : rules.budgets) {
      if (!rule.AppliesTo(kind)) continue;
      PatternMatch match;
      const bool unit = rule.unit ? rule.unit->Find(text, 0, &match)
                                  : ParseTableUnit(text, rules.vocabulary).has_value();
      if (unit) return k;
    }
  }
  return block.size() - 1;
}

// The items in a block's lines from `from`: a line that starts in lower
// case goes on from the item above ("Sprogcaféer for kvinder uden for" /
// "arbejdsmarkedet"); a note under the table ("1) ...") ends them.
std::vector<std::vector<const Line*>> ItemsOf(const Paragraph& block, size_t from,
                                              const RuleSet& rules,
                                              const std::optional<std::string>& kind) {
  std::vector<std::vector<const Line*>> items;
  for (size_t k = from; k < block.size(); ++k) {
    const std::string_view text = Trim(block[k]->text);
    bool note = false;
    for (const BudgetRule& rule : rules.budgets) {
      note = note || (rule.AppliesTo(kind) && rule.note_line && rule.note_line->Matches(text));
    }
    if (note) break;
    if (items.empty() || !StartsLowerCase(text)) items.emplace_back();
    items.back().push_back(block[k]);
  }
  return items;
}

}  // namespace

RawFigureRows RawFigureRows::Find(const Document& doc, const RuleSet& rules,
                                  const std::optional<std::string>& kind) {
  RawFigureRows found;
  if (rules.budgets.empty() || !IsPlainCellText(doc)) return found;
  const std::vector<Paragraph> paragraphs = PlainParagraphs(doc);
  size_t i = 1;
  while (i < paragraphs.size()) {
    // The header: the unit cell's block, then two header cells or more.
    size_t columns = 0;
    while (i + columns < paragraphs.size() && IsHeaderCell(paragraphs[i + columns], rules, kind)) {
      ++columns;
    }
    if (columns < 2) {
      i += columns + 1;
      continue;
    }
    const size_t header_at = i;
    const Paragraph& unit_block = paragraphs[i - 1];
    const size_t unit_at = UnitLineIndex(unit_block, rules, kind);
    const Line* unit_line = unit_block[unit_at];
    RawRow header;
    header.row.page = unit_line->page;
    header.row.line = unit_line->number;
    header.row.from_pdf = true;
    header.row.cells.push_back({CellSegment(*unit_line)});
    if (unit_at > 0) header.line_above = Trim(unit_block[unit_at - 1]->text);
    for (size_t c = 0; c < columns; ++c) {
      header.row.cells.push_back({CellSegment(*paragraphs[i + c].front())});
    }
    std::vector<std::pair<const Line*, RawRow>> table;
    std::vector<const Line*> consumed;
    std::vector<size_t> without_item;  // indices into table
    table.emplace_back(unit_line, std::move(header));
    i += columns;
    // The rows: an item block (none where pdftotext set the item elsewhere),
    // then one figure block per column.
    while (i < paragraphs.size()) {
      const bool item =
          !IsFigure(paragraphs[i], rules, kind) && paragraphs[i].size() <= kMaxItemLines;
      const size_t first_figure = item ? i + 1 : i;
      size_t figures = 0;
      while (figures < columns && first_figure + figures < paragraphs.size() &&
             IsFigure(paragraphs[first_figure + figures], rules, kind)) {
        ++figures;
      }
      if (figures != columns) break;
      const Line* start = paragraphs[i].front();
      RawRow body;
      body.row.page = start->page;
      body.row.line = start->number;
      body.row.from_pdf = true;
      body.row.cells.emplace_back();
      if (item) {
        for (const Line* line : paragraphs[i]) body.row.cells.back().push_back(CellSegment(*line));
      } else {
        without_item.push_back(table.size());
      }
      for (size_t c = 0; c < columns; ++c) {
        const Line* cell = paragraphs[first_figure + c].front();
        body.row.cells.push_back({CellSegment(*cell)});
        consumed.push_back(cell);
      }
      for (const Line* line : paragraphs[i]) {
        if (line != start) consumed.push_back(line);
      }
      table.emplace_back(start, std::move(body));
      i = first_figure + columns;
    }
    // Year headers without a row of figures below (a results table's
    // "2011" / "2012" over its target cells) are no figure table.
    if (table.size() < 2) continue;
    // Rows whose items pdftotext set as one block elsewhere: the lines
    // below the unit cell above the header, or else the block that ends
    // the table, when they name as many items as there are such rows.
    if (!without_item.empty()) {
      std::vector<std::vector<const Line*>> items;
      if (unit_at + 1 < unit_block.size()) {
        items = ItemsOf(unit_block, unit_at + 1, rules, kind);
        // A note below the items there ("1) Udgiften deles ...") sits
        // between the header and its rows: the walk must not end the table
        // at it.
        if (items.size() == without_item.size()) {
          consumed.insert(consumed.end(),
                          unit_block.begin() + static_cast<std::ptrdiff_t>(unit_at) + 1,
                          unit_block.end());
        }
      } else if (i < paragraphs.size()) {
        items = ItemsOf(paragraphs[i], 0, rules, kind);
      }
      if (items.size() == without_item.size()) {
        for (size_t k = 0; k < items.size(); ++k) {
          for (const Line* line : items[k]) {
            table[without_item[k]].second.row.cells[0].push_back(CellSegment(*line));
            consumed.push_back(line);
          }
        }
      }
    }
    for (size_t c = 0; c < columns; ++c) consumed.push_back(paragraphs[header_at + c].front());
    for (auto& [line, row] : table) found.rows_.emplace(line, std::move(row));
    found.consumed_lines_.insert(consumed.begin(), consumed.end());
  }
  return found;
}

const RawRow* RawFigureRows::StartingAt(const Line& line) const {
  auto it = rows_.find(&line);
  return it == rows_.end() ? nullptr : &it->second;
}

}  // namespace bilag
