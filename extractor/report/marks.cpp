#include "extractor/report/marks.h"

#include <optional>
#include <utility>

namespace bilag::report {
namespace {

// A table row's text may continue on the next lines (a cell with several
// paragraphs); a value found in a cell may sit on any of them.
constexpr int kMaxContinuationLines = 40;

}  // namespace

const char* MarkClass(MarkKind kind) {
  switch (kind) {
    case MarkKind::kMetadata:
      return "m";
    case MarkKind::kInitiative:
      return "i";
    case MarkKind::kAmount:
      return "a";
    case MarkKind::kGoal:
      return "g";
    case MarkKind::kRequirement:
      return "q";
    case MarkKind::kResult:
      return "r";
    case MarkKind::kSuccessCriterion:
      return "s";
    case MarkKind::kBudget:
      return "b";
    case MarkKind::kCorrection:
      return "x";
  }
  return "m";
}

const char* MarkLabel(MarkKind kind) {
  switch (kind) {
    case MarkKind::kMetadata:
      return "metadata";
    case MarkKind::kInitiative:
      return "initiative";
    case MarkKind::kAmount:
      return "amount";
    case MarkKind::kGoal:
      return "target: goal";
    case MarkKind::kRequirement:
      return "target: requirement";
    case MarkKind::kResult:
      return "target: result";
    case MarkKind::kSuccessCriterion:
      return "target: success criterion";
    case MarkKind::kBudget:
      return "budget cell";
    case MarkKind::kCorrection:
      return "OCR repair";
  }
  return "metadata";
}

MarkKind TargetMarkKind(TargetKind kind) {
  switch (kind) {
    case TargetKind::kGoal:
      return MarkKind::kGoal;
    case TargetKind::kRequirement:
      return MarkKind::kRequirement;
    case TargetKind::kResult:
      return MarkKind::kResult;
    case TargetKind::kSuccessCriterion:
      return MarkKind::kSuccessCriterion;
  }
  return MarkKind::kGoal;
}

Highlights::Highlights(const Document& doc) : doc_(doc) {
  by_line_.resize(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) by_line_[p].resize(doc.pages[p].lines.size());
}

int Highlights::AddText(MarkKind kind, int page, int line,
                        const std::vector<std::string_view>& needles, std::string title) {
  const Line* first = LineAt(doc_, page, line);
  if (first == nullptr) return -1;
  Mark mark{kind, 0, page, line, true, {}, std::move(title)};
  const std::vector<Line>& lines = doc_.pages[*PageIndex(doc_, page)].lines;
  for (std::string_view needle : needles) {
    for (int n = line; n <= static_cast<int>(lines.size()) && n < line + kMaxContinuationLines;
         ++n) {
      const Line& candidate = lines[n - 1];
      // Later lines count only while they continue the same table row.
      if (n > line && (first->row == 0 || candidate.row != first->row)) break;
      std::optional<TextRange> first_found = FindInLine(candidate.text, needle);
      if (!first_found) continue;
      // Two values with the same text on a line ("50 mio. kr. fra KK og 50
      // mio. kr. fra Realdania") take one occurrence each.
      std::optional<TextRange> range = first_found;
      while (range && Taken(kind, page, n, *range)) {
        range = FindInLine(candidate.text, needle, range->begin + 1);
      }
      mark.line = n;
      mark.whole_line = false;
      mark.range = range ? *range : *first_found;
      return Record(std::move(mark));
    }
  }
  return Record(std::move(mark));
}

int Highlights::AddBudgetCell(const BudgetCell& cell, std::string title) {
  if (LineAt(doc_, cell.page, cell.line) == nullptr) return -1;
  Mark mark{MarkKind::kBudget, 0, cell.page, cell.line, true, {}, std::move(title)};
  if (std::optional<TextRange> range = LocateBudgetCell(doc_, cell)) {
    mark.whole_line = false;
    mark.range = *range;
  }
  return Record(std::move(mark));
}

const std::vector<int>& Highlights::OnLine(int page, int line) const {
  std::optional<size_t> index = PageIndex(doc_, page);
  if (!index) return none_;
  const std::vector<std::vector<int>>& lines = by_line_[*index];
  if (line < 1 || static_cast<size_t>(line) > lines.size()) return none_;
  return lines[line - 1];
}

bool Highlights::Taken(MarkKind kind, int page, int line, TextRange range) const {
  for (int id : OnLine(page, line)) {
    const Mark& mark = marks_[id];
    if (mark.kind == kind && !mark.whole_line && mark.range.begin == range.begin &&
        mark.range.end == range.end) {
      return true;
    }
  }
  return false;
}

int Highlights::Record(Mark mark) {
  mark.id = static_cast<int>(marks_.size());
  // Callers checked that the line exists.
  by_line_[*PageIndex(doc_, mark.page)][mark.line - 1].push_back(mark.id);
  marks_.push_back(std::move(mark));
  return marks_.back().id;
}

}  // namespace bilag::report
