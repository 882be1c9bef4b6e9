// The highlights of one document's report: every extracted value (and every
// OCR repair) becomes a Mark on the line it came from, in the colour of its
// field kind, with a tooltip naming the rule and the parsed value.
//
// The tables of the report add the marks as they list the values, so each
// table row and its mark share an id; the text view then asks for each line's
// marks. A mark that cannot be placed within its line (the value's text is
// not there) covers the whole line. A mark whose page/line does not exist in
// the document is not recorded at all (Add returns -1).
#ifndef BILAG_EXTRACTOR_REPORT_MARKS_H_
#define BILAG_EXTRACTOR_REPORT_MARKS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/model/document.h"
#include "extractor/model/extraction.h"
#include "extractor/report/locate.h"

namespace bilag::report {

// What a mark stands for; each has its own colour (see assets.cpp).
enum class MarkKind {
  kMetadata,
  kInitiative,
  kAmount,
  kGoal,
  kRequirement,
  kResult,
  kSuccessCriterion,
  kBudget,
  kCorrection,
};

// The CSS class of a kind: one letter, since every mark carries it.
const char* MarkClass(MarkKind kind);
// For people: "amount", "target: goal", ...
const char* MarkLabel(MarkKind kind);
MarkKind TargetMarkKind(TargetKind kind);

struct Mark {
  MarkKind kind = MarkKind::kMetadata;
  int id = 0;    // unique within the document: element id "d<doc>v<id>"
  int page = 0;  // where the mark is drawn: the value's line, or a later
  int line = 0;  //   line of the same table row that holds its text
  bool whole_line = false;
  TextRange range;  // in Line::text; meaningless when whole_line
  std::string title;
  // A value that goes on over the next lines gets a mark on each: those
  // carry the id of the value's first mark (its table row's), else -1.
  int continues = -1;
};

// The id of the value a mark shows: its own, or that of the mark it continues.
inline int ValueId(const Mark& mark) { return mark.continues >= 0 ? mark.continues : mark.id; }

class Highlights {
 public:
  // `is_total_header` finds a total budget cell's column (LocateBudgetCell).
  explicit Highlights(const Document& doc, IsTotalHeader is_total_header = {});

  // Marks `span` of the line at page/line when extraction recorded where
  // the value is (TextSpan); else the first of `needles` found in that line
  // (or, for a table row that spans several lines, in its continuation
  // lines), else the whole line. A value that wraps (a cell's text over
  // several lines of its row, or a paragraph over the next lines) is marked
  // on every line it covers. Returns the id of its first mark, or -1 when
  // there is no such line.
  int AddText(MarkKind kind, int page, int line, const std::vector<std::string_view>& needles,
              std::string title, std::optional<TextSpan> span = std::nullopt);

  // Marks a budget cell at its span, else in its row (see LocateBudgetCell).
  int AddBudgetCell(const BudgetCell& cell, std::string title);

  // Indices into marks() of the marks drawn on a line, in the order added.
  const std::vector<int>& OnLine(int page, int line) const;
  const std::vector<Mark>& marks() const { return marks_; }

 private:
  // Is there a mark of `kind` on exactly this range already?
  bool Taken(MarkKind kind, int page, int line, TextRange range) const;
  int Record(Mark mark);
  // Marks the rest of a value whose first part `first` marks, on the lines
  // after it (see AddText).
  void AddContinuation(const Mark& first, std::string_view needle);

  const Document& doc_;
  IsTotalHeader is_total_header_;
  std::vector<Mark> marks_;
  std::vector<std::vector<std::vector<int>>> by_line_;  // [page index][line - 1]
  std::vector<int> none_;                               // OnLine() of a line that is not there
};

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_MARKS_H_
