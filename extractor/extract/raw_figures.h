// The figure tables of plain `pdftotext` text (without -layout), a budget
// overview above all ("(i 1000 kr.)" / "2007" / "2008" / "I alt", then
// "Fritidsjobguider ..." / "312" / "54" / "366", ...): each cell a block of
// its own, a row's cells one after another. What the layout stage gives as
// rows for a PDF is rebuilt here as the same Rows, so the one reader of
// budget tables (budget.h, through table_initiatives.h) reads both.
//
// The header is what makes it a table: two or more one-line blocks in a
// row that a [[budget]] rule takes as year or total headers, after the
// block whose last line is the first column's header (the unit cell).
// Below it, each row is an item block followed by exactly one figure block
// per header column (a figure: digits with their separators, or a dash for
// an empty cell). The table ends at the first block that does not go on
// that way: where a cell is missing, which cell it was is not known.
#ifndef BILAG_EXTRACTOR_EXTRACT_RAW_FIGURES_H_
#define BILAG_EXTRACTOR_EXTRACT_RAW_FIGURES_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

struct RawRow {
  Row row;
  std::string line_above;  // the text above a header row, which may name the unit
};

class RawFigureRows {
 public:
  // Empty unless the document is plain cell text (plain_cells.h) with such
  // a table.
  static RawFigureRows Find(const Document& doc, const RuleSet& rules,
                            const std::optional<std::string>& kind);

  // The row whose first cell starts at `line`, or nullptr.
  const RawRow* StartingAt(const Line& line) const;
  // Whether `line` is a further line of a row.
  bool Consumed(const Line& line) const { return consumed_lines_.contains(&line); }
  bool empty() const { return rows_.empty(); }

 private:
  std::unordered_map<const Line*, RawRow> rows_;
  std::unordered_set<const Line*> consumed_lines_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_RAW_FIGURES_H_
