#include "extractor/extract/table_initiatives.h"

#include <algorithm>
#include <utility>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/extract/items.h"
#include "extractor/values/number.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

// A header cell is a few words ("Resultatkrav 2014"); a longer cell is data.
constexpr size_t kMaxBrokenHeaderBytes = 40;

// Whether a money field holds a number that is neither a year nor part of
// an amount that was read: worth a warning, never a guess.
bool HasUnreadNumber(std::string_view text) {
  for (const NumberMatch& number : FindNumbers(text)) {
    std::optional<int64_t> whole = number.value.ToScaledInteger(1);
    if (whole && IsPlausibleYear(static_cast<int>(*whole))) continue;
    return true;
  }
  return false;
}

// Splits `line` after its bold words (Segment::bold_words) when the words
// after them start with a capital; leaves both empty otherwise.
void SplitAfterBoldWords(const Segment& line, std::string* bold, std::string* rest) {
  if (line.bold_words <= 0) return;
  const std::string text(Trim(line.text));
  size_t end = 0;
  for (int word = 0; word < line.bold_words && end < text.size(); ++word) {
    end = text.find_first_not_of(' ', end);
    if (end == std::string::npos) return;
    end = text.find(' ', end);
    if (end == std::string::npos) return;  // the bold words are the whole line
  }
  const size_t next = text.find_first_not_of(' ', end);
  if (next == std::string::npos || StartsLowerCase(std::string_view(text).substr(next)) ||
      !EndsInLetter(std::string_view(text).substr(0, end))) {
    return;
  }
  *bold = text.substr(0, end);
  *rest = text.substr(next);
}

// Whether `word` is written with a capital and then small letters
// ("Tilbuddet", "Ønsket"): not an abbreviation ("KK"), a number or a sign.
bool IsCapitalisedWord(std::string_view word) {
  if (!StartsUpperCase(word)) return false;
  const size_t capital_bytes = static_cast<unsigned char>(word[0]) < 0x80 ? 1 : 2;
  return StartsLowerCase(word.substr(capital_bytes));
}

// Whether `word` starts a sentence after the proper noun `previous`: the
// lexicon knows it in lower case but not `previous`, and `next` (the word
// after it) is written small.
bool StartsSentenceAfterProperNoun(std::string_view previous, std::string_view word,
                                   std::string_view next, const KnowsCommonWord& knows) {
  if (!knows || !IsCapitalisedWord(previous) || next.empty() || !StartsLowerCase(next)) {
    return false;
  }
  return knows(WithSmallInitial(word)) && !knows(WithSmallInitial(Trim(previous)));
}

}  // namespace

std::optional<RunOnSplit> FindRunOnDescription(const std::vector<Segment>& cell,
                                               const KnowsCommonWord& knows) {
  if (cell.empty() || !Trim(cell.back().text).ends_with(".")) return std::nullopt;
  const std::string_view first_line = Trim(cell.front().text);
  const std::string_view first_word = first_line.substr(0, first_line.find(' '));
  for (size_t line = 0; line < cell.size(); ++line) {
    const std::string_view text = Trim(cell[line].text);
    if (line > 0) {
      const std::string_view above = Trim(cell[line - 1].text);
      if (above.ends_with(".") || (!StartsLowerCase(text) && !EndsInLinkWord(above))) break;
    }
    size_t previous_begin = std::string_view::npos;
    for (size_t begin = 0; begin < text.size();) {
      size_t end = text.find(' ', begin);
      if (end == std::string_view::npos) end = text.size();
      if (previous_begin != std::string_view::npos) {
        const std::string_view previous = text.substr(previous_begin, begin - previous_begin);
        const std::string_view word = text.substr(begin, end - begin);
        // A description that repeats the name's first word ("Mentorordning
        // på Nørrebro Mentorordning tilbydes ...") starts there even after a
        // proper noun.
        const bool repeats_name = word == first_word;
        const size_t next_begin =
            end < text.size() ? text.find_first_not_of(' ', end) : std::string_view::npos;
        // The word after it, on the next line of the cell when it ends this one.
        std::string_view next;
        if (next_begin != std::string_view::npos) {
          next = text.substr(next_begin, text.find(' ', next_begin) - next_begin);
        } else if (line + 1 < cell.size()) {
          const std::string_view below = Trim(cell[line + 1].text);
          next = below.substr(0, below.find(' '));
        }
        const bool name_word = StartsLowerCase(previous) || (line == 0 && previous_begin == 0) ||
                               repeats_name ||
                               StartsSentenceAfterProperNoun(previous, word, next, knows);
        // A capital after a link word belongs to a proper noun, also when
        // the link word begins a wrapped name's line ("Kompetenceafklaring
        // i Tingbjerg" / "og Husum").
        if (IsCapitalisedWord(word) && name_word && EndsInLetter(Trim(previous)) &&
            !IsLinkWord(Trim(previous))) {
          return RunOnSplit{line, begin};
        }
      }
      previous_begin = begin;
      begin = text.find_first_not_of(' ', end);
      if (begin == std::string_view::npos) break;
    }
  }
  return std::nullopt;
}

namespace {

// A name cell read as the initiative's name and its description.
struct NameCell {
  std::string name;
  std::string description;
  size_t title_lines = 1;  // lines of the cell that are the name
};

// A bold first line is the title; the rest of the cell describes it.
NameCell ReadNameCell(const std::vector<Segment>& cell, bool from_pdf,
                      const KnowsCommonWord& knows) {
  NameCell read;
  std::string name_tail, rest_of_line;
  if (from_pdf) {
    read.title_lines = 0;
    while (read.title_lines < cell.size() && cell[read.title_lines].bold) ++read.title_lines;
    // A bold name that its description follows on the same line
    // ("Lektiehjælp i Tingbjerg Forløbene tilrettelægges ..."): the name
    // ends with the line's bold words when a sentence starts after them.
    if (read.title_lines < cell.size()) {
      SplitAfterBoldWords(cell[read.title_lines], &name_tail, &rest_of_line);
    }
    // Without type (scans, text): the name is the first line and the
    // lines that go on in lower case ("Sprogstimulering i" /
    // "daginstitutioner"); the description starts with a capital.
    std::optional<RunOnSplit> run_on;
    if (read.title_lines == 0 && name_tail.empty()) run_on = FindRunOnDescription(cell, knows);
    if (run_on) {
      const std::string_view text = Trim(cell[run_on->line].text);
      read.title_lines = run_on->line;
      name_tail = std::string(Trim(text.substr(0, run_on->offset)));
      rest_of_line = std::string(text.substr(run_on->offset));
    } else if (read.title_lines == 0 && name_tail.empty()) {
      read.title_lines = 1;
      while (read.title_lines < cell.size() &&
             !Trim(cell[read.title_lines - 1].text).ends_with(".") &&
             (StartsLowerCase(Trim(cell[read.title_lines].text)) ||
              EndsInLinkWord(cell[read.title_lines - 1].text))) {
        ++read.title_lines;
      }
    }
  }
  for (size_t i = 0; i < cell.size(); ++i) {
    const bool split = i == read.title_lines && !name_tail.empty();
    std::string& part = i < read.title_lines || split ? read.name : read.description;
    if (!part.empty()) part += i < read.title_lines || split ? " " : "\n";
    part += split ? name_tail : std::string(Trim(cell[i].text));
    if (split) read.description = rest_of_line;
  }
  return read;
}

}  // namespace

const ColumnRule* MatchColumnHeader(const RuleSet& rule_set, const std::optional<std::string>& kind,
                                    const std::string& text, std::optional<int>* year) {
  const std::vector<ColumnRule>& rules = rule_set.columns;
  const std::vector<bool> may_match =
      MayMatchEach(rule_set.column_header_patterns, rules.size(), text);
  for (size_t i = 0; i < rules.size(); ++i) {
    const ColumnRule& rule = rules[i];
    PatternMatch match;
    if (!may_match[i] || !rule.AppliesTo(kind) || !rule.header.Find(text, 0, &match)) {
      continue;
    }
    int group = rule.header.GroupIndex("year");
    if (group >= 0 && match.groups[static_cast<size_t>(group)].matched) {
      *year = std::stoi(std::string(match.Text(text, match.groups[static_cast<size_t>(group)])));
    }
    return &rule;
  }
  return nullptr;
}

bool BudgetTables::Start(const Row& row, const std::string& line_above,
                         InitiativeBuilder* builder) {
  if (budget_) return budget_->IsSameHeader(row);
  for (const BudgetRule& rule : builder->rules().budgets) {
    if (!rule.AppliesTo(builder->kind())) continue;
    std::optional<BudgetTable> table =
        BudgetTable::FromHeader(rule, row, line_above, builder->rules().vocabulary);
    if (!table) continue;
    budget_ = std::move(table);
    builder->Note(rule.id, "budget", row.page, row.line, row.CellText(0, " "),
                  "budget table header: the rows below are budget cells");
    return true;
  }
  return false;
}

void BudgetTables::Finish(InitiativeBuilder* builder) {
  if (!budget_) return;
  // Only a table that refers to notes ("(Se note 1)") has notes under it:
  // a "1)" after any other table may start the next section.
  bool refers_to_notes = false;
  for (BudgetCell& cell : budget_->Finish(builder->warnings())) {
    refers_to_notes = refers_to_notes || cell.note.has_value();
    builder->extraction()->budget.push_back(std::move(cell));
  }
  const BudgetRule& rule = budget_->rule();
  notes_of_ = refers_to_notes && rule.note_line ? &rule : nullptr;
  in_note_ = false;
  budget_.reset();
}

bool BudgetTables::SkipNote(const Line& line, const std::string& text, InitiativeBuilder* builder) {
  if (notes_of_ == nullptr) return false;
  const bool starts_note = notes_of_->note_line->Matches(text);
  const bool continues_note = in_note_ && line.role != LineRole::kHeading &&
                              line.role != LineRole::kListItem && !starts_note;
  if (!starts_note && !continues_note) {
    EndNotes();
    return false;
  }
  builder->Note(notes_of_->id, "skip", line.page, line.number, text,
                "note under the budget table: its amounts are no initiative's");
  const char last = text.empty() ? '.' : text.back();
  in_note_ = last != '.' && last != '!' && last != '?';
  return true;
}

bool TableInitiatives::ReadHeader(const Row& row, InitiativeBuilder* builder) {
  ColumnRoles roles;
  int matched = 0;
  int targets = 0;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    // Two columns must be named: once the cells left cannot make two, the
    // row is data (a label row's long value is not matched in vain).
    if (matched + (row.cells.size() - i) < 2) return false;
    std::string text = LabelText(row.CellText(i, " "));
    roles.header_texts.push_back(text);
    roles.rules.push_back(nullptr);
    roles.years.push_back(std::nullopt);
    if (text.empty()) continue;
    // A narrow header cell may break its word without a hyphen
    // ("Resultatkr" / "av 2013"): read that way only when the cell as
    // written names no column, and only a cell short enough to be a
    // header (every body row passes through here).
    const ColumnRule* rule =
        MatchColumnHeader(builder->rules(), builder->kind(), text, &roles.years[i]);
    if (rule == nullptr && text.size() <= kMaxBrokenHeaderBytes) {
      std::string unbroken = LabelText(row.CellTextJoiningBrokenWords(i));
      if (unbroken != text)
        rule = MatchColumnHeader(builder->rules(), builder->kind(), unbroken, &roles.years[i]);
    }
    if (rule == nullptr) continue;
    roles.rules[i] = rule;
    ++matched;
    targets += rule->role == ColumnRole::kTarget;
  }
  if (matched < 2 || targets == 0) return false;
  if (columns_ && columns_->header_texts == roles.header_texts) return true;  // repeated header
  builder->Finish();
  if (builder->tracing()) {
    std::string described;
    for (size_t i = 0; i < roles.rules.size(); ++i) {
      if (roles.rules[i] == nullptr) continue;
      described += (described.empty() ? "" : "; ") + roles.header_texts[i] + " -> " +
                   roles.rules[i]->id +
                   (roles.years[i] ? " (year " + std::to_string(*roles.years[i]) + ")" : "");
    }
    builder->Note("column-header", "column", row.page, row.line,
                  std::string(Trim(row.CellText(0, " "))), "column table header: " + described);
  }
  columns_ = std::move(roles);
  return true;
}

void TableInitiatives::ReadColumnRow(const Row& row, InitiativeBuilder* builder) {
  const ColumnRoles& roles = *columns_;
  // The name: the name column, else the first column.
  size_t name_column = 0;
  for (size_t i = 0; i < roles.rules.size(); ++i) {
    if (roles.rules[i] != nullptr && roles.rules[i]->role == ColumnRole::kName) {
      name_column = i;
      break;
    }
  }
  if (name_column >= row.cells.size()) return;
  std::vector<Segment> name_cell;
  for (const Segment& segment : row.cells[name_column]) {
    if (!Trim(segment.text).empty()) name_cell.push_back(segment);
  }
  if (name_cell.empty()) return;
  builder->Finish();
  const NameCell read = ReadNameCell(name_cell, row.from_pdf, builder->knows_common_word());
  const ColumnRule* name_rule = roles.rules[name_column];
  OpenInitiative& open = builder->Start(name_cell.front().page, name_cell.front().line,
                                        name_rule != nullptr ? name_rule->id : "");
  Initiative& initiative = open.initiative;
  initiative.name = read.name;
  open.name_from_label = true;
  if (!read.description.empty()) initiative.fields["description"] = read.description;

  for (size_t i = 0; i < row.cells.size() && i < roles.rules.size(); ++i) {
    const ColumnRule* rule = roles.rules[i];
    if (initiative.rule.empty() && rule != nullptr) initiative.rule = rule->id;
    builder->AddCellAmounts(row.cells[i], nullptr);
    if (rule == nullptr) continue;
    if (i == name_column && rule->role == ColumnRole::kTarget) {
      // The name column is also the goal column ("Mål 2012" over the
      // names): the goal is the description, and the figures of a
      // description (budgets, hours) are no target values.
      Segment goal = name_cell.front();
      goal.text = read.description.empty() ? read.name : read.description;
      std::replace(goal.text.begin(), goal.text.end(), '\n', ' ');
      if (name_cell.size() > read.title_lines) {
        goal.page = name_cell[read.title_lines].page;
        goal.line = name_cell[read.title_lines].line;
      }
      // A name cell that is one sentence ("Andelen ... skal være 14 pct.")
      // is the goal itself, figures and all.
      builder->AddTarget(goal, rule->kind, roles.years[i], {}, rule->id,
                         /*read_quantity=*/read.description.empty());
      continue;
    }
    if (rule->role == ColumnRole::kText) {
      std::string text = row.CellText(i);
      if (!text.empty()) initiative.fields[rule->key] = text;
    } else if (rule->role == ColumnRole::kTarget) {
      for (const Segment& item :
           SplitItems(row.cells[i], !row.from_pdf, builder->rules().empty_values,
                      builder->rules().list_markers)) {
        builder->AddTarget(item, rule->kind, roles.years[i], {}, rule->id);
      }
    }
  }
  builder->Finish();
}

bool TableInitiatives::ReadLabelRow(const Row& row, InitiativeBuilder* builder) {
  if (row.cells.size() < 2) return false;
  std::string label = LabelText(row.CellText(0, " "));
  if (label.empty()) return false;
  auto find_rule = [&](const std::string& text) {
    return FirstMatchingLabel(builder->rules(), builder->kind(), text);
  };
  const LabelRule* rule = find_rule(label);
  // A narrow label cell may break its word without a hyphen, as a header
  // cell may ("Succeskriteri" / "er:"): read that way only when the label as
  // written names no field.
  if (rule == nullptr && label.size() <= kMaxBrokenHeaderBytes) {
    std::string unbroken = LabelText(row.CellTextJoiningBrokenWords(0));
    if (unbroken != label && (rule = find_rule(unbroken)) != nullptr) label = std::move(unbroken);
  }
  if (rule == nullptr) return false;
  builder->Note(rule->id, "label", row.page, row.line, label, "label -> field '" + rule->key + "'");
  columns_.reset();
  // The value: every cell after the label, line by line.
  std::vector<Segment> value;
  for (size_t i = 1; i < row.cells.size(); ++i) {
    for (const Segment& segment : row.cells[i]) {
      if (!Trim(segment.text).empty()) value.push_back(segment);
    }
  }
  std::string text;
  for (const Segment& segment : value) {
    text += (text.empty() ? "" : "\n") + std::string(Trim(segment.text));
  }

  if (rule->role == LabelRole::kName) {
    if (text.empty()) return true;
    OpenInitiative* open = builder->open();
    if (open == nullptr || open->name_from_label) {
      builder->Finish();
      open = &builder->Start(row.page, row.line, rule->id);
    }
    open->initiative.name = text;
    open->name_from_label = true;
    return true;
  }
  Initiative* initiative = builder->current();
  if (initiative == nullptr) {
    builder->warnings()->Warn("field-outside-initiative",
                              "'" + label + "' row is not inside any initiative; ignored", row.page,
                              row.line);
    return true;
  }
  if (!text.empty()) builder->AppendField(rule->key, text);
  const bool economy = rule->role == LabelRole::kAmounts;
  const bool found_amount = builder->AddCellAmounts(value, economy ? rule : nullptr);
  if (economy && !text.empty() && !found_amount) {
    builder->warnings()->Warn(
        "amount-unparsed",
        "'" + label + "' of '" + initiative->name +
            (HasUnreadNumber(text) ? "' has a number that is not a readable amount: "
                                   : "' states no amount: ") +
            text.substr(0, 160),
        row.page, row.line);
  }
  if (rule->role == LabelRole::kTargets) {
    for (const Segment& item : SplitItems(value, !row.from_pdf, builder->rules().empty_values,
                                          builder->rules().list_markers)) {
      builder->AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
    }
  }
  return true;
}

}  // namespace bilag
