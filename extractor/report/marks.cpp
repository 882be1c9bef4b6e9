#include "extractor/report/marks.h"

#include <algorithm>

#include <optional>
#include <utility>

namespace bilag::report {
namespace {

// A table row's text may continue on the next lines (a cell with several
// paragraphs); a value found in a cell may sit on any of them.
constexpr int kMaxContinuationLines = 40;

// How far `text` and `value` agree from their starts (bytes of each), a run
// of spaces in one matching a run in the other.
struct Agreement {
  size_t text = 0, value = 0;
};

Agreement Agree(std::string_view text, std::string_view value) {
  size_t i = 0, j = 0;
  while (i < text.size() && j < value.size()) {
    if (text[i] == ' ' && value[j] == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;
      while (j < value.size() && value[j] == ' ') ++j;
      continue;
    }
    if (text[i] != value[j]) break;
    ++i;
    ++j;
  }
  return {i, j};
}

std::string_view TrimLeft(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

// The end of the cell (text up to a tab) that starts at `begin`, without
// trailing spaces.
size_t CellEnd(std::string_view line, size_t begin) {
  size_t end = line.find('\t', begin);
  if (end == std::string_view::npos) end = line.size();
  while (end > begin && line[end - 1] == ' ') --end;
  return end;
}

// Whether the cell text [begin, end) is all a start of `value` (a hyphen at
// its end may be one dehyphenation dropped): the value goes on after it.
// Sets `*consumed` to the bytes of `value` it covers.
bool CellStartsValue(std::string_view cell, std::string_view value, size_t* consumed) {
  Agreement agree = Agree(cell, value);
  bool whole = agree.text == cell.size() ||
               (agree.text + 1 == cell.size() && cell.back() == '-' && agree.value > 0);
  *consumed = agree.value;
  return whole && agree.text > 0;
}

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

Highlights::Highlights(const Document& doc, IsTotalHeader is_total_header)
    : doc_(doc), is_total_header_(std::move(is_total_header)) {
  by_line_.resize(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) by_line_[p].resize(doc.pages[p].lines.size());
}

int Highlights::AddText(MarkKind kind, int page, int line,
                        const std::vector<std::string_view>& needles, std::string title,
                        std::optional<TextSpan> span) {
  const Line* first = doc_.LineAt(page, line);
  if (first == nullptr) return -1;
  Mark mark{kind, 0, page, line, true, {}, std::move(title), -1};
  if (span && span->begin < span->end && span->end <= first->text.size()) {
    // A value that goes on over the next lines (its span is the start of
    // its text) is followed line by line below, from its text.
    const std::string_view spanned =
        std::string_view(first->text).substr(span->begin, span->end - span->begin);
    const bool wraps = std::any_of(needles.begin(), needles.end(), [&](std::string_view needle) {
      return needle.size() > spanned.size() && needle.starts_with(spanned);
    });
    if (!wraps) {
      mark.whole_line = false;
      mark.range = {span->begin, span->end};
      return Record(std::move(mark));
    }
  }
  const std::vector<Line>& lines = doc_.pages[*doc_.PageIndex(page)].lines;
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
      int id = Record(std::move(mark));
      AddContinuation(marks_[id], needle);
      return id;
    }
  }
  return Record(std::move(mark));
}

int Highlights::AddBudgetCell(const BudgetCell& cell, std::string title) {
  if (doc_.LineAt(cell.page, cell.line) == nullptr) return -1;
  Mark mark{MarkKind::kBudget, 0, cell.page, cell.line, true, {}, std::move(title), -1};
  const Line* row = doc_.LineAt(cell.page, cell.line);
  if (cell.span && cell.span->begin < cell.span->end && cell.span->end <= row->text.size()) {
    mark.whole_line = false;
    mark.range = {cell.span->begin, cell.span->end};
  } else if (std::optional<TextRange> range = LocateBudgetCell(doc_, cell, is_total_header_)) {
    mark.whole_line = false;
    mark.range = *range;
  }
  return Record(std::move(mark));
}

void Highlights::AddContinuation(const Mark& first, std::string_view needle) {
  const std::vector<Line>& lines = doc_.pages[*doc_.PageIndex(first.page)].lines;
  const Line& start = lines[first.line - 1];
  std::string_view text = start.text;
  size_t consumed = 0;
  size_t end = CellEnd(text, first.range.begin);
  if (needle.size() <= first.range.end - first.range.begin ||
      !CellStartsValue(text.substr(first.range.begin, end - first.range.begin), needle,
                       &consumed)) {
    return;  // all on its line, or the line's text goes on otherwise
  }
  const Mark head = first;  // Record() may move marks_
  std::string_view rest = TrimLeft(needle.substr(consumed));
  for (int n = head.line + 1; !rest.empty() && n <= static_cast<int>(lines.size()) &&
                              n < head.line + kMaxContinuationLines;
       ++n) {
    const Line& line = lines[n - 1];
    // A table cell goes on in its row; a paragraph at the start of the next
    // line outside tables.
    if (line.row != start.row) return;
    std::vector<size_t> cells = {0};
    if (start.row != 0) {
      for (size_t tab = line.text.find('\t'); tab != std::string::npos;
           tab = line.text.find('\t', tab + 1)) {
        cells.push_back(tab + 1);
      }
    }
    bool found = false;
    for (size_t begin : cells) {
      while (begin < line.text.size() && line.text[begin] == ' ') ++begin;
      size_t cell_end = CellEnd(line.text, begin);
      std::string_view cell = std::string_view(line.text).substr(begin, cell_end - begin);
      Agreement agree = Agree(cell, rest);
      bool ends_here = agree.value == rest.size() && agree.text > 0;
      if (!ends_here && !CellStartsValue(cell, rest, &consumed)) continue;
      Mark mark{head.kind, 0, head.page, n, false, {}, head.title, ValueId(head)};
      mark.range = {begin, ends_here ? begin + agree.text : cell_end};
      Record(std::move(mark));
      rest = ends_here ? std::string_view() : TrimLeft(rest.substr(consumed));
      found = true;
      break;
    }
    if (!found) return;
  }
}

const std::vector<int>& Highlights::OnLine(int page, int line) const {
  std::optional<size_t> index = doc_.PageIndex(page);
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
  by_line_[*doc_.PageIndex(mark.page)][mark.line - 1].push_back(mark.id);
  marks_.push_back(std::move(mark));
  return marks_.back().id;
}

}  // namespace bilag::report
