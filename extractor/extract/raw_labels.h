// The key/value tables ("Navn på indsats | Fritidsjobguider ...",
// "Målgruppe | ...") of plain `pdftotext` text (without -layout), which
// writes each cell as a block of its own: the label cell's line, a blank
// line, the value cell's lines, a blank line, the next label. What the
// layout stage gives as a row of two cells for a PDF (a label and its
// value) is rebuilt here as the same Row, so the one reader of labelled
// rows (table_initiatives.h) reads both.
//
// A line is a label when a [[label]] pattern takes all of it and it ends
// its block (a heading above the table may share the block: "2. Kulturpas"
// / "Navn på indsats"); so is a block of a few lines that a pattern takes
// as a whole (a label cell that wraps). A table's column header written the same way
// ("Succeskriterier" / "Status", each a block) is no form: labels count
// only in a run of two label/value pairs or more with a value each, one
// pair after the other. A label whose next block is another label has an
// empty value. A form written "Projektnavn: ..." / "Målgruppe: ..." (a
// label and its colon starting each pair's first line) gives the same rows
// when its run names its initiative; other inline labels are prose's
// labelled paragraphs (paragraphs.h).
#ifndef BILAG_EXTRACTOR_EXTRACT_RAW_LABELS_H_
#define BILAG_EXTRACTOR_EXTRACT_RAW_LABELS_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/extract/raw_figures.h"
#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

class RawLabelRows {
 public:
  // Empty unless the document is plain cell text (plain_cells.h) with a
  // run of label/value pairs. A block that starts one of `figures`' tables
  // is no label's value ("Økonomi" over a budget overview is its heading).
  static RawLabelRows Find(const Document& doc, const RuleSet& rules,
                           const std::optional<std::string>& kind, const RawFigureRows& figures);

  // The row whose label is `line`, or nullptr.
  const Row* StartingAt(const Line& line) const;
  // Whether `line` is a further line of a row's label or value.
  bool Consumed(const Line& line) const { return consumed_lines_.contains(&line); }
  bool empty() const { return rows_.empty(); }

 private:
  // Forms written "Label: value", a label line starting each pair, when a
  // run of them names its initiative ("Projektnavn: ..."): the same rows.
  void FindInline(const std::vector<std::vector<const Line*>>& paragraphs, const RuleSet& rules,
                  const std::optional<std::string>& kind);

  std::unordered_map<const Line*, Row> rows_;
  std::unordered_set<const Line*> consumed_lines_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_RAW_LABELS_H_
