#include "extractor/extract/budget.h"

#include "extractor/extract/spans.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "extractor/base/text.h"
#include "extractor/values/amount.h"

namespace bilag {
namespace {

std::string Place(const BudgetCell& cell) {
  return "'" + cell.item + "' " + (cell.year ? std::to_string(*cell.year) : "I alt") + " (page " +
         std::to_string(cell.page) + ", line " + std::to_string(cell.line) + ")";
}

std::string Kroner(int64_t dkk) { return std::to_string(dkk) + " kr."; }

// A cell that is no sum of kroner. Øre ("12,50" under "kr.") and a sum too
// large keep the reader's own code and words; anything else is no number.
void WarnUnreadCell(const BudgetCell& cell, const std::string& text, const Status& why,
                    WarningSink* warnings) {
  if (why.code() == ErrorCode::kAmountFractionalKroner ||
      why.code() == ErrorCode::kAmountOverflow) {
    warnings->Warn(std::string(why.code_name()),
                   "budget cell " + Place(cell) + ": " + why.message(), cell.page, cell.line);
    return;
  }
  warnings->Warn("amount-unparsed",
                 "budget cell " + Place(cell) + " holds '" + text + "', which is not a number",
                 cell.page, cell.line);
}

}  // namespace

std::optional<BudgetTable> BudgetTable::FromHeader(const BudgetRule& rule, const Row& header,
                                                   const std::string& line_above,
                                                   const ValueVocabulary& vocabulary) {
  // Two year columns, or a year and a total, after the item column; or one
  // year column under a unit ("Indsats (i 1000 kr.) | 2009"). A row of two
  // cells is otherwise a label and its value, and its long value need not go
  // through the header patterns.
  if (header.cells.size() < 2) return std::nullopt;
  const bool two_cells = header.cells.size() == 2;
  if (two_cells && !rule.year_header.Matches(Trim(header.CellText(1, " ")))) return std::nullopt;
  BudgetTable table;
  table.rule_ = &rule;
  table.vocabulary_ = &vocabulary;
  int years = 0;
  bool total = false;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::string text(Trim(header.CellText(i, " ")));
    table.header_texts_.push_back(text);
    PatternMatch match;
    if (i > 0 && rule.year_header.Find(text, 0, &match)) {
      const Span& year = match.groups[static_cast<size_t>(rule.year_header.GroupIndex("year"))];
      table.columns_.push_back(Column{std::stoi(std::string(match.Text(text, year)))});
      ++years;
    } else if (i > 0 && rule.total_header.Matches(text)) {
      table.columns_.push_back(Column{std::nullopt});
      total = true;
    } else {
      table.columns_.push_back(std::nullopt);
    }
  }
  if (years < 2 && !(years == 1 && (total || two_cells))) return std::nullopt;
  if (header.HasGeometry()) {
    for (const auto& cell : header.cells) {
      double x0 = 1e9, x1 = -1e9;
      for (const Segment& segment : cell) {
        if (segment.x0 < 0) continue;
        x0 = std::min(x0, segment.x0);
        x1 = std::max(x1, segment.x1);
      }
      table.header_center_.push_back(x1 >= x0 ? (x0 + x1) / 2 : -1);
    }
  }
  // The unit: in the header's first cell, else in the line above the table.
  // The rule's `unit` pattern says where it is written; its (?P<unit>...)
  // text says the scale ("i 1.000 kr." x 1000, "mio. kr." x 1 000 000).
  auto unit_in = [&](std::string_view text) -> std::optional<int64_t> {
    if (!rule.unit) return ParseTableUnit(text, vocabulary);
    PatternMatch match;
    if (!rule.unit->Find(text, 0, &match)) return std::nullopt;
    const int group = rule.unit->GroupIndex("unit");
    const Span& span = group >= 0 ? match.groups[static_cast<size_t>(group)] : match.whole;
    return ParseTableUnit(match.Text(text, span), vocabulary);
  };
  std::optional<int64_t> unit = unit_in(table.header_texts_.empty() ? "" : table.header_texts_[0]);
  if (!unit) unit = unit_in(line_above);
  if (two_cells && !unit) return std::nullopt;
  table.unit_ = unit.value_or(1);
  return table;
}

bool BudgetTable::IsSameHeader(const Row& row) const {
  if (row.cells.size() != header_texts_.size()) return false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (std::string(Trim(row.CellText(i, " "))) != header_texts_[i]) return false;
  }
  return true;
}

Row BudgetTable::AlignToHeader(const Row& row) const {
  if (header_center_.empty() || !row.HasGeometry()) return row;
  Row aligned = row;
  aligned.cells.assign(header_center_.size(), {});
  if (!row.cells.empty()) aligned.cells[0] = row.cells[0];
  for (size_t i = 1; i < row.cells.size(); ++i) {
    for (const Segment& segment : row.cells[i]) {
      double center = (segment.x0 + segment.x1) / 2;
      size_t best = 0;
      double best_distance = 1e18;
      for (size_t column = 1; column < header_center_.size(); ++column) {
        if (header_center_[column] < 0) continue;
        double distance = std::fabs(header_center_[column] - center);
        if (distance < best_distance) {
          best_distance = distance;
          best = column;
        }
      }
      if (best > 0) aligned.cells[best].push_back(segment);
    }
  }
  return aligned;
}

void BudgetTable::AddRow(const Row& source_row, const Document& doc, WarningSink* warnings) {
  Row row = AlignToHeader(source_row);
  ItemRow item_row;
  item_row.item = std::string(Trim(row.CellText(0, " ")));
  item_row.page = row.page;
  item_row.line = row.line;
  // A note reference in the item name belongs to the whole row.
  std::optional<std::string> row_note;
  PatternMatch match;
  if (rule_->note.Find(item_row.item, 0, &match)) {
    const Span& note = match.groups[static_cast<size_t>(rule_->note.GroupIndex("note"))];
    row_note = std::string(match.Text(item_row.item, note));
    item_row.item = std::string(
        Trim(item_row.item.substr(0, match.whole.begin) + item_row.item.substr(match.whole.end)));
  }
  if (item_row.item.empty()) return;
  // Total and subtotal rows are named so ("I alt", "Samlet"): the rule says how.
  item_row.is_total = rule_->total_row && rule_->total_row->Matches(item_row.item);
  for (size_t i = 1; i < row.cells.size() && i < columns_.size(); ++i) {
    if (!columns_[i]) continue;
    std::string text(Trim(row.CellText(i, " ")));
    if (text.empty()) continue;
    BudgetCell cell;
    cell.item = item_row.item;
    cell.year = columns_[i]->year;
    cell.total = !columns_[i]->year.has_value();
    cell.total_row = item_row.is_total;
    cell.page = row.cells[i].empty() ? row.page : row.cells[i].front().page;
    cell.line = row.cells[i].empty() ? row.line : row.cells[i].front().line;
    cell.rule = rule_->id;
    if (!row.cells[i].empty()) {
      const Segment& first = row.cells[i].front();
      cell.span = SpanInLine(doc, first.page, first.line, first.text, 0, first.text.size());
    }
    if (rule_->note.Find(text, 0, &match)) {
      const Span& note = match.groups[static_cast<size_t>(rule_->note.GroupIndex("note"))];
      cell.note = std::string(match.Text(text, note));
      std::string rest =
          std::string(Trim(text.substr(0, match.whole.begin) + text.substr(match.whole.end)));
      if (!rest.empty()) {
        Result<int64_t> dkk = ParseCellAmount(rest, unit_, *vocabulary_);
        if (dkk.ok()) {
          cell.dkk = *dkk;
        } else {
          WarnUnreadCell(cell, rest, dkk.status(), warnings);  // the note is kept
        }
      }
    } else {
      Result<int64_t> dkk = ParseCellAmount(text, unit_, *vocabulary_);
      if (!dkk.ok()) {
        WarnUnreadCell(cell, text, dkk.status(), warnings);
        continue;
      }
      cell.dkk = *dkk;
      cell.note = row_note;
    }
    item_row.cells.push_back(cells_.size());
    cells_.push_back(std::move(cell));
  }
  rows_.push_back(std::move(item_row));
}

std::vector<BudgetCell> BudgetTable::Finish(WarningSink* warnings) {
  auto warn = [&](const BudgetCell& at, std::string message) {
    warnings->Warn("budget-mismatch", std::move(message), at.page, at.line);
  };
  // Row total against the sum of its year cells.
  for (const ItemRow& row : rows_) {
    const BudgetCell* total = nullptr;
    int64_t sum = 0;
    int years = 0;
    for (size_t index : row.cells) {
      const BudgetCell& cell = cells_[index];
      if (cell.total) {
        total = &cell;
      } else if (cell.dkk) {
        sum += *cell.dkk;
        ++years;
      }
    }
    if (total != nullptr && total->dkk && years > 0 && *total->dkk != sum) {
      warn(*total, "row total " + Place(*total) + " is " + Kroner(*total->dkk) +
                       " but its year cells add up to " + Kroner(sum));
    }
    // One cell far off its siblings is likely a misread decimal separator.
    for (size_t index : row.cells) {
      const BudgetCell& cell = cells_[index];
      if (!cell.dkk || cell.total || *cell.dkk == 0) continue;
      for (size_t other : row.cells) {
        const BudgetCell& sibling = cells_[other];
        if (other == index || sibling.total || !sibling.dkk || *sibling.dkk == 0) continue;
        if (std::llabs(*sibling.dkk) >= 500 * std::llabs(*cell.dkk)) {
          warn(cell, "budget cell " + Place(cell) + " (" + Kroner(*cell.dkk) +
                         ") is implausibly far from " + Place(sibling) + " (" +
                         Kroner(*sibling.dkk) + ")");
          break;
        }
      }
    }
  }
  // Total rows against the rows above them. A total replaces the rows it
  // sums, so a grand total below a subtotal is checked against the subtotal
  // plus the items after it.
  std::map<std::optional<int>, int64_t> above;  // by year; nullopt = total column
  std::map<std::optional<int>, bool> seen;
  for (const ItemRow& row : rows_) {
    for (size_t index : row.cells) {
      const BudgetCell& cell = cells_[index];
      if (!cell.dkk) continue;
      std::optional<int> key = cell.total ? std::nullopt : cell.year;
      if (row.is_total && seen[key] && above[key] != *cell.dkk) {
        warn(cell, "total " + Place(cell) + " is " + Kroner(*cell.dkk) +
                       " but the rows above it add up to " + Kroner(above[key]));
      }
      above[key] = row.is_total ? *cell.dkk : above[key] + *cell.dkk;
      seen[key] = true;
    }
  }
  return std::move(cells_);
}

}  // namespace bilag
