// Budget tables: a header row with year columns ("2008", "2009") and maybe a
// total column ("I alt"), then item rows. The table's unit ("(i 1000 kr.)")
// comes from the header row or the line above it and scales every cell.
//
// After a table is read it is checked: each row's total against the sum of
// its year cells, each total or subtotal row ("I alt", "... samlet beløb")
// against the rows above it, and each cell against its row's other cells (a
// factor of 500 or more is an OCR slip like "2.050" read as "2,050").
// Mismatches are warnings naming the cells.
#ifndef BILAG_EXTRACTOR_EXTRACT_BUDGET_H_
#define BILAG_EXTRACTOR_EXTRACT_BUDGET_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/extract/rows.h"
#include "extractor/model/extraction.h"
#include "extractor/model/warning_sink.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

class BudgetTable {
 public:
  // A budget table when `header` has two or more year columns per `rule`.
  // `line_above` may name the unit.
  static std::optional<BudgetTable> FromHeader(const BudgetRule& rule, const Row& header,
                                               const std::string& line_above,
                                               const ValueVocabulary& vocabulary);

  // Reads one item row of `doc` into cells; unreadable cells become
  // warnings.
  void AddRow(const Row& row, const Document& doc, WarningSink* warnings);

  // The cells read, after the consistency checks added their warnings.
  std::vector<BudgetCell> Finish(WarningSink* warnings);

  // True for a repeat of this table's header (a table continued on a new page).
  bool IsSameHeader(const Row& row) const;

  const BudgetRule& rule() const { return *rule_; }

 private:
  struct Column {
    std::optional<int> year;  // nullopt: the total column
  };
  struct ItemRow {
    std::string item;
    bool is_total = false;      // "I alt", "samlet", "total" in the item name
    std::vector<size_t> cells;  // indices into cells_
    int page = 0, line = 0;
  };

  // A PDF row's cells by header column: a row with empty cells has fewer
  // cells than the header, so position in the row says nothing; the x
  // position under the header does.
  Row AlignToHeader(const Row& row) const;

  const BudgetRule* rule_ = nullptr;
  const ValueVocabulary* vocabulary_ = nullptr;
  std::vector<double> header_center_;           // by column; empty without geometry
  std::vector<std::optional<Column>> columns_;  // by cell index; nullopt = not a money column
  std::vector<std::string> header_texts_;
  int64_t unit_ = 1;
  std::vector<BudgetCell> cells_;
  std::vector<ItemRow> rows_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_BUDGET_H_
