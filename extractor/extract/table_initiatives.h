// What extract/initiatives.cpp reads from table rows: [[budget]] tables
// (and the notes right under them), [[column]] tables whose every row is an
// initiative, and [[label]] rows that fill the open initiative's fields.
#ifndef BILAG_EXTRACTOR_EXTRACT_TABLE_INITIATIVES_H_
#define BILAG_EXTRACTOR_EXTRACT_TABLE_INITIATIVES_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/extract/budget.h"
#include "extractor/extract/initiative_builder.h"
#include "extractor/extract/rows.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// The first column rule whose header pattern matches `text`, with the
// year its (?P<year>) group read, if any.
const ColumnRule* MatchColumnHeader(const RuleSet& rule_set, const std::optional<std::string>& kind,
                                    const std::string& text, std::optional<int>* year);

// Where a name written without type (text laid out with spaces, plain
// pdftotext's cells) runs into its description on the same line:
// "Sundhedsformidlere på folkeskolerne Tilbuddet er" / "åbent to
// eftermiddage ...". Danish writes no capital inside a noun phrase except
// in proper nouns, so a capitalised word after a small one starts the
// description's first sentence, when the cell ends as a sentence does (a
// full stop). A capital after a short link word ("i Tingbjerg", "til
// Region") or after another capital ("Region Hovedstaden") belongs to a
// proper noun and starts nothing, unless it repeats the name's first word,
// or the capital before it is a proper noun (a word the lexicon does not
// know in lower case: "på Nørrebro Indsatsen retter sig ...") and it is a
// common word that a small word follows, as a sentence's subject and verb
// do. Only the lines a name can span are searched: the first, and those
// that go on in lower case or after a link word.
struct RunOnSplit {
  size_t line = 0;    // the cell line holding the description's first word
  size_t offset = 0;  // byte offset of that word in the line's trimmed text
};
std::optional<RunOnSplit> FindRunOnDescription(const std::vector<Segment>& cell,
                                               const KnowsCommonWord& knows);

// The rows under a [[budget]] header become budget cells; the numbered notes
// right under such a table explain its cells and are skipped.
class BudgetTables {
 public:
  // Starts a table at a budget header row. Inside a table only a repeat of
  // its header (a new page) is a header: an item row with cells like "2000"
  // must not start a new table.
  bool Start(const Row& row, const std::string& line_above, InitiativeBuilder* builder);
  bool open() const { return budget_.has_value(); }
  void AddRow(const Row& row, const Document& doc, WarningSink* warnings) {
    budget_->AddRow(row, doc, warnings);
  }
  void Finish(InitiativeBuilder* builder);
  // Whether `line` is a note under the table just ended (a note's wrapped
  // line goes with it while the note has not ended its sentence). Anything
  // else ends the notes.
  bool SkipNote(const Line& line, const std::string& text, InitiativeBuilder* builder);
  void EndNotes() {
    notes_of_ = nullptr;
    in_note_ = false;
  }

 private:
  std::optional<BudgetTable> budget_;
  // The rule of the budget table just ended, while the lines after it are its
  // notes; `in_note_` while a note wraps onto the next line.
  const BudgetRule* notes_of_ = nullptr;
  bool in_note_ = false;
};

// Initiatives from key/value rows ([[label]]) and from the rows under a
// [[column]] header.
class TableInitiatives {
 public:
  // Reads a column table's header row; a new one finishes the open
  // initiative. A repeated header (a new page) is taken and changes nothing.
  bool ReadHeader(const Row& row, InitiativeBuilder* builder);
  bool in_column_table() const { return columns_.has_value(); }
  void EndColumnTable() { columns_.reset(); }
  // A row under the column header: one initiative.
  void ReadColumnRow(const Row& row, InitiativeBuilder* builder);
  // A row whose first cell is a [[label]]: a field, amounts or targets of
  // the open initiative, or the name of a new one.
  bool ReadLabelRow(const Row& row, InitiativeBuilder* builder);

 private:
  // What each column of the rows below its header is.
  struct ColumnRoles {
    std::vector<const ColumnRule*> rules;   // by column; nullptr = unknown column
    std::vector<std::optional<int>> years;  // by column
    std::vector<std::string> header_texts;
  };

  std::optional<ColumnRoles> columns_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_TABLE_INITIATIVES_H_
