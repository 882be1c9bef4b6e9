#include "extractor/extract/initiatives.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extractor/base/utf8.h"
#include "extractor/extract/budget.h"
#include "extractor/extract/items.h"
#include "extractor/extract/placed_warnings.h"
#include "extractor/extract/rows.h"
#include "extractor/values/amount.h"
#include "extractor/values/number.h"
#include "extractor/values/quantity.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

std::string Trimmed(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// Label cells are matched without a trailing colon or surrounding spaces.
std::string LabelText(std::string_view text) {
  std::string label = Trimmed(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

// Text with every match of `ignore` removed: what numbers are read from.
std::string WithoutIgnored(std::string text, const std::vector<Pattern>& ignore) {
  for (const Pattern& pattern : ignore) {
    PatternMatch match;
    size_t start = 0;
    while (pattern.Find(text, start, &match) && match.whole.end > match.whole.begin) {
      text.erase(match.whole.begin, match.whole.end - match.whole.begin);
      start = match.whole.begin;
    }
  }
  return text;
}

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

const char* KindWord(TargetKind kind) {
  switch (kind) {
    case TargetKind::kGoal:
      return "goal";
    case TargetKind::kRequirement:
      return "requirement";
    case TargetKind::kResult:
      return "result";
    case TargetKind::kSuccessCriterion:
      return "success criterion";
  }
  return "goal";
}

const char* UnitWord(TargetUnit unit) {
  switch (unit) {
    case TargetUnit::kNone:
      return "";
    case TargetUnit::kCount:
      return "(count)";
    case TargetUnit::kPercent:
      return "%";
    case TargetUnit::kPercentagePoints:
      return "percentage points";
    case TargetUnit::kDkk:
      return "kr.";
  }
  return "";
}

// "Økonomi:", "Indsatsens mål:": a label before a colon is short; a colon
// further into a line is a sentence's.
constexpr size_t kMaxInlineLabelBytes = 40;
// A header cell is a few words ("Resultatkrav 2014"); a longer cell is data.
constexpr size_t kMaxBrokenHeaderBytes = 40;

// The active column table: what each column of the rows below its header is.
struct ColumnRoles {
  std::vector<const ColumnRule*> rules;   // by column; nullptr = unknown column
  std::vector<std::optional<int>> years;  // by column
  std::vector<std::string> header_texts;
};

class Walker {
 public:
  Walker(const RuleSet& rules, Extraction* extraction, Trace* trace)
      : rules_(rules),
        extraction_(extraction),
        kind_(extraction->info.kind),
        trace_(trace),
        warnings_(&extraction->document.warnings) {}

  void Run() {
    std::string line_above;
    // Unit by unit as they are built: the rows of a large document are
    // never all held at once.
    BuildUnits(extraction_->document, [&](Unit&& unit) {
      if (unit.kind == Unit::Kind::kLine) {
        // Running headers and footers, page marks and the letterhead band
        // are no content: a list or a paragraph goes on over them.
        const LineRole role = unit.line->role;
        if (role == LineRole::kPageHeader || role == LineRole::kPageFooter) return;
        OnLine(*unit.line);
        if (!Trimmed(unit.line->text).empty()) line_above = unit.line->text;
      } else {
        OnRow(unit.row, line_above);
        line_above.clear();
      }
    });
    FlushTargetList();
    FinishBudget();
    FinishInitiative();
  }

 private:
  WarningSink* warnings() { return &warnings_; }

  // ---- prose lines ----------------------------------------------------

  void OnLine(const Line& line) {
    std::string text = Trimmed(line.text);
    bool after_heading = after_section_heading_;
    after_section_heading_ = false;
    if (text.empty()) {
      // Text inputs set a blank line between list items: the list goes on
      // if the next line is an item.
      if (list_rule_ != nullptr && !list_items_.empty()) list_paused_ = true;
      FlushLabel();
      FlushSentence();
      return;
    }
    if (const SkipRule* skip = Find(rules_.skips, LineSetOffset::kSkips, text)) {
      Note(skip->id, "skip", line.page, line.number, text, "line skipped: not content");
      return;
    }
    FinishBudget();
    if (SkipTableNote(line, text)) return;
    if (after_heading && ContinuesHeading(text)) {
      current_->name += " " + text;
      return;
    }
    if (const StopRule* stop = Find(rules_.stops, LineSetOffset::kStops, text)) {
      Note(stop->id, "stop", line.page, line.number, text,
           current_ ? "ends initiative '" + current_->name + "'" : "ends no initiative");
      FlushTargetList();
      FinishInitiative();
      columns_.reset();
      return;
    }
    if (StartSection(text, line.page, line.number, line.role)) {
      after_section_heading_ = true;
      return;
    }
    ContinueSentence(line, text);
    if (current_ && StartLabel(line, text)) return;
    if (label_rule_ != nullptr) {
      if (ContinuesLabel(line)) {
        label_segments_.push_back({text, line.page, line.number, line.bold});
        return;
      }
      FlushLabel();
    }
    if (list_rule_ != nullptr && list_paused_ && line.role != LineRole::kListItem) {
      FlushTargetList();
    }
    list_paused_ = false;
    if (list_rule_ != nullptr) {
      list_items_.push_back({text, line.page, line.number, line.bold});
      return;
    }
    if (UpdateTheme(text, line.role)) return;
    for (size_t i = 0; i < rules_.target_lists.size(); ++i) {
      const TargetListRule& rule = rules_.target_lists[i];
      if (rule.AppliesTo(kind_) && MayMatch(text, LineSetOffset::kTargetLists, i) &&
          rule.intro.Matches(text)) {
        list_rule_ = &rule;
        Note(rule.id, "target_list", line.page, line.number, text,
             current_ ? "the next paragraph holds targets of '" + current_->name + "'"
                      : "introduces targets, but no initiative is open: they are dropped");
        return;
      }
    }
    if (current_) {
      StartSentence(line, text);
      AddAmounts(Segment{text, line.page, line.number, line.bold}, nullptr);
      if (current_from_section_) AppendField("description", text);
      previous_prose_ = text;
      return;
    }
    // Money outside every initiative goes to the one its sentence names
    // ("under delmål 2"); else it belongs to none: say so rather than drop
    // it or guess an owner.
    const std::string context = previous_prose_.empty() ? text : previous_prose_ + " " + text;
    const size_t offset = context.size() - text.size();
    const Segment segment{text, line.page, line.number, line.bold};
    PlacedWarnings placed = AmountWarnings({{0, line.page, line.number}});
    std::vector<FoundAmount> amounts = FindAmounts(text, AmountOptionsFor(nullptr), &placed);
    const Sentences sentences(context);
    TieMemo memo;
    for (const FoundAmount& found : amounts) {
      Initiative* owner = TiedInitiative(sentences, offset + found.begin, &memo);
      if (owner != nullptr) {
        AddFoundAmount(owner, found, segment, memo.tie->id);
        continue;
      }
      warnings()->Warn("amount-unassigned",
                       "'" + found.text + "' is in no initiative; it is not in the output",
                       line.page, line.number);
    }
    previous_prose_ = text;
  }

  // ---- labelled paragraphs ("Økonomi: 1,6 mio. kr.", "Mål:" over a list)

  bool StartLabel(const Line& line, const std::string& text) {
    const size_t colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon > kMaxInlineLabelBytes) return false;
    const std::string label = LabelText(text.substr(0, colon));
    const LabelRule* rule = nullptr;
    for (const LabelRule& candidate : rules_.labels) {
      if (candidate.AppliesTo(kind_) && candidate.role != LabelRole::kName &&
          candidate.pattern.Matches(label)) {
        rule = &candidate;
        break;
      }
    }
    if (rule == nullptr) return false;
    FlushLabel();
    FlushSentence();
    Note(rule->id, "label", line.page, line.number, label,
         "labelled paragraph -> field '" + rule->key + "'");
    label_rule_ = rule;
    label_block_ = line.block;
    const std::string rest = Trimmed(text.substr(colon + 1));
    if (!rest.empty()) label_segments_.push_back({rest, line.page, line.number, line.bold});
    return true;
  }

  // The paragraph goes on in its block, and over the list items below the
  // label ("Mål:" / "• ..." / "• ...", each item a block of its own).
  bool ContinuesLabel(const Line& line) {
    const bool same_block = line.block != 0 && line.block == label_block_;
    if (!same_block && line.role != LineRole::kListItem) return false;
    label_block_ = line.block;
    return true;
  }

  void FlushLabel() {
    const LabelRule* rule = label_rule_;
    std::vector<Segment> segments = std::move(label_segments_);
    label_rule_ = nullptr;
    label_segments_.clear();
    if (rule == nullptr || !current_) return;
    std::string text;
    for (const Segment& segment : segments) text += (text.empty() ? "" : "\n") + segment.text;
    if (!text.empty()) AppendField(rule->key, text);
    const bool economy = rule->role == LabelRole::kAmounts;
    AddCellAmounts(segments, economy ? rule : nullptr, economy);
    if (rule->role == LabelRole::kTargets) {
      for (const Segment& item : SplitItems(segments, false, rules_.empty_values)) {
        AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
      }
    }
  }

  // ---- target sentences ("Målet er, at mindst 75 pct. ... i 2015.") -------

  // Where the sentence that starts at 0 ends: after a full stop that ends
  // the text or is followed by a capital ("75 pct. af" goes on).
  static size_t SentenceEnd(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '.') continue;
      if (i + 1 == text.size()) return i + 1;
      if (text[i + 1] != ' ' || i + 2 >= text.size()) continue;
      const unsigned char next = static_cast<unsigned char>(text[i + 2]);
      const bool capital =
          (next >= 'A' && next <= 'Z') ||
          (next == 0xC3 && i + 3 < text.size() && static_cast<unsigned char>(text[i + 3]) >= 0x80 &&
           static_cast<unsigned char>(text[i + 3]) <= 0x9E);
      if (capital) return i + 1;
    }
    return std::string_view::npos;
  }

  void StartSentence(const Line& line, const std::string& text) {
    if (sentence_rule_ != nullptr) return;
    for (const TargetSentenceRule& rule : rules_.target_sentences) {
      if (!rule.AppliesTo(kind_)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(text, 0, &match)) continue;
      sentence_rule_ = &rule;
      sentence_ = {text.substr(match.whole.begin), line.page, line.number, line.bold};
      sentence_block_ = line.block;
      if (SentenceEnd(sentence_.text) != std::string::npos) FlushSentence();
      return;
    }
  }

  void ContinueSentence(const Line& line, const std::string& text) {
    if (sentence_rule_ == nullptr || line.page != sentence_.page || line.block != sentence_block_) {
      FlushSentence();
      return;
    }
    sentence_.text += " " + text;
    if (SentenceEnd(sentence_.text) != std::string::npos) FlushSentence();
  }

  void FlushSentence() {
    const TargetSentenceRule* rule = sentence_rule_;
    sentence_rule_ = nullptr;
    if (rule == nullptr || !current_) return;
    Segment item = sentence_;
    const size_t end = SentenceEnd(item.text);
    if (end != std::string::npos) item.text.resize(end);
    AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
  }

  // ---- ties ("Til jobmentorerne under delmål 3 er der afsat ...") ---------

  // `money_field`: the label or column rule whose cells are money, so that a
  // bare number there ("Ca. 150.000") is kroner; nullptr elsewhere.
  AmountOptions AmountOptionsFor(const RuleBase* money_field) const {
    AmountOptions options;
    options.money_field = money_field != nullptr;
    options.vocabulary = &rules_.vocabulary;
    return options;
  }

  // An amount is credited to the vocabulary rule that read its unit, or, when
  // it is a bare number, to the rule that made its field a money field.
  static std::string CreditedRule(const FoundAmount& found, const RuleBase* money_field) {
    if (!found.rule.empty() || money_field == nullptr) return found.rule;
    return money_field->id;
  }

  // Where a text's sentences end (SentenceEnd at every start), found once so
  // that each of many amounts in one long text finds its sentence by binary
  // search instead of a scan from the text's start (quadratic on a line of
  // thousands of amounts).
  class Sentences {
   public:
    explicit Sentences(const std::string& text) : text_(text) {
      for (size_t begin = 0;;) {
        const size_t next = SentenceEnd(std::string_view(text).substr(begin));
        if (next == std::string_view::npos) break;
        begin += next;
        ends_.push_back(begin);
      }
    }
    // The sentence that holds byte `at` (one that ends at `at` is left behind).
    std::string_view Around(size_t at) const {
      const auto after = std::upper_bound(ends_.begin(), ends_.end(), at);
      const size_t begin = after == ends_.begin() ? 0 : *(after - 1);
      const size_t end = after == ends_.end() ? text_.size() : *after;
      return std::string_view(text_).substr(begin, end - begin);
    }

   private:
    const std::string& text_;
    std::vector<size_t> ends_;
  };

  // What the last TiedInitiative call found, for the next amount of the same
  // sentence: a long sentence is matched against the tie rules once.
  struct TieMemo {
    const char* sentence = nullptr;
    Initiative* owner = nullptr;
    const TieRule* rule = nullptr;  // set when the owner was noted in the trace
    const TieRule* tie = nullptr;   // the rule that tied the owner: amounts are credited to it
  };

  // The finished initiative whose section the sentence around `at` names.
  Initiative* TiedInitiative(const Sentences& sentences, size_t at, TieMemo* memo) {
    const std::string_view around = sentences.Around(at);
    if (memo->sentence == around.data()) {
      if (memo->rule != nullptr) {
        Note(memo->rule->id, "tie", 0, 0, std::string(around),
             "amount of '" + memo->owner->name + "'");
      }
      return memo->owner;
    }
    *memo = TieMemo{around.data(), nullptr, nullptr, nullptr};
    const std::string sentence(around);
    for (const TieRule& rule : rules_.ties) {
      if (!rule.AppliesTo(kind_)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(sentence, 0, &match)) continue;
      const std::string section(match.Text(
          sentence, match.groups[static_cast<size_t>(rule.pattern.GroupIndex("section"))]));
      if (current_ && current_->section && *current_->section == section) {
        memo->owner = &*current_;
        memo->tie = &rule;
        return memo->owner;
      }
      for (Initiative& initiative : extraction_->initiatives) {
        if (initiative.section && *initiative.section == section) {
          Note(rule.id, "tie", 0, 0, sentence, "amount of '" + initiative.name + "'");
          memo->owner = &initiative;
          memo->rule = &rule;
          memo->tie = &rule;
          return &initiative;
        }
      }
    }
    return nullptr;
  }

  // A heading wrapped onto a second line: short, lower-case, no full stop.
  bool ContinuesHeading(const std::string& text) const {
    if (!current_ || !current_from_section_ || text.size() > 40) return false;
    unsigned char first = static_cast<unsigned char>(text[0]);
    bool lower = (first >= 'a' && first <= 'z') ||
                 (first == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0);
    return lower && text.find('.') == std::string::npos && !current_->name.ends_with(".");
  }

  // Whether rule `index` of the kind at `kind` in RuleSet::line_patterns
  // can match `text`: one RE2::Set pass answers for every line rule, and is
  // kept for the text last asked about, which a line asks about in turn.
  bool MayMatch(const std::string& text, LineSetOffset kind, size_t index) {
    if (!line_set_usable_) return true;
    if (!line_matches_ || text != line_matches_text_) {
      line_matches_ = rules_.line_patterns.Matching(text);
      line_matches_text_ = text;
    }
    return (*line_matches_)[LineSetIndex(rules_, kind) + index];
  }

  template <typename Rule>
  const Rule* Find(const std::vector<Rule>& rules, LineSetOffset kind, const std::string& text) {
    for (size_t i = 0; i < rules.size(); ++i) {
      const Rule& rule = rules[i];
      if (rule.AppliesTo(kind_) && MayMatch(text, kind, i) && rule.pattern.Matches(text)) {
        return &rule;
      }
    }
    return nullptr;
  }

  bool StartSection(const std::string& text, int page, int line, LineRole role) {
    for (size_t i = 0; i < rules_.sections.size(); ++i) {
      const SectionRule& rule = rules_.sections[i];
      if (!rule.AppliesTo(kind_) || !rule.AppliesToRole(role)) continue;
      if (!MayMatch(text, LineSetOffset::kSections, i)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(text, 0, &match)) continue;
      std::string name = Trimmed(
          match.Text(text, match.groups[static_cast<size_t>(rule.pattern.GroupIndex("name"))]));
      // A bare number ("Skema 1") starts an initiative whose name label follows.
      const int section_group = rule.pattern.GroupIndex("section");
      const bool numbered =
          section_group >= 0 && match.groups[static_cast<size_t>(section_group)].matched;
      if (name.empty() && !numbered) continue;
      FlushTargetList();
      FinishInitiative();
      columns_.reset();
      current_.emplace();
      current_->name = name;
      int section = rule.pattern.GroupIndex("section");
      if (section >= 0 && match.groups[static_cast<size_t>(section)].matched) {
        current_->section =
            std::string(match.Text(text, match.groups[static_cast<size_t>(section)]));
      }
      current_->theme = theme_;
      current_->page = page;
      current_->line = line;
      current_->rule = rule.id;
      current_only_with_targets_ = rule.only_with_targets;
      Note(rule.id, "section", page, line, text,
           "starts initiative '" + name + "'" +
               (current_->section ? " (section " + *current_->section + ")" : ""));
      current_from_section_ = true;
      name_from_label_ = false;
      return true;
    }
    return false;
  }

  bool UpdateTheme(const std::string& text, LineRole role) {
    for (size_t i = 0; i < rules_.themes.size(); ++i) {
      const ThemeRule& rule = rules_.themes[i];
      if (!rule.AppliesTo(kind_) || !rule.AppliesToRole(role)) continue;
      if (!MayMatch(text, LineSetOffset::kThemes, i)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(text, 0, &match)) continue;
      int group = rule.pattern.GroupIndex("theme");
      const Span& span = group >= 0 ? match.groups[static_cast<size_t>(group)] : match.whole;
      theme_ = Trimmed(match.Text(text, span));
      Note(rule.id, "theme", 0, 0, text, "theme = \"" + *theme_ + "\"");
      return true;
    }
    return false;
  }

  void FlushTargetList() {
    list_paused_ = false;
    if (list_rule_ != nullptr && current_) {
      for (const Segment& item : SplitItems(list_items_, false, rules_.empty_values)) {
        AddTarget(item, list_rule_->kind, std::nullopt, list_rule_->ignore, list_rule_->id);
      }
    }
    list_rule_ = nullptr;
    list_items_.clear();
  }

  // The numbered notes right under a budget table explain its cells; a
  // note's wrapped line goes with it while the note has not ended its
  // sentence. Anything else ends the notes.
  bool SkipTableNote(const Line& line, const std::string& text) {
    if (notes_of_ == nullptr) return false;
    const bool starts_note = notes_of_->note_line->Matches(text);
    const bool continues_note = in_note_ && line.role != LineRole::kHeading &&
                                line.role != LineRole::kListItem && !starts_note;
    if (!starts_note && !continues_note) {
      notes_of_ = nullptr;
      in_note_ = false;
      return false;
    }
    Note(notes_of_->id, "skip", line.page, line.number, text,
         "note under the budget table: its amounts are no initiative's");
    const char last = text.empty() ? '.' : text.back();
    in_note_ = last != '.' && last != '!' && last != '?';
    return true;
  }

  // ---- table rows -----------------------------------------------------

  void OnRow(const Row& row, const std::string& line_above) {
    after_section_heading_ = false;
    notes_of_ = nullptr;
    in_note_ = false;
    FlushTargetList();
    if (StartBudget(row, line_above)) return;
    if (budget_) {
      budget_->AddRow(row, warnings());
      return;
    }
    // A row with one filled cell reads like a line: a heading or a theme.
    if (row.FilledCells() == 1 && !row.CellText(0).empty() && row.cells.size() > 1) {
      std::string text = Trimmed(row.CellText(0, " "));
      if (StartSection(text, row.page, row.line, LineRole::kTable) ||
          UpdateTheme(text, LineRole::kTable)) {
        return;
      }
    }
    if (ReadColumnHeader(row)) return;
    if (ReadLabelRow(row)) return;
    if (columns_ && row.FilledCells() >= 2) ReadColumnRow(row);
  }

  bool StartBudget(const Row& row, const std::string& line_above) {
    // Inside a table only a repeat of its header (a new page) is a header: an
    // item row with cells like "2000" must not start a new table.
    if (budget_) return budget_->IsSameHeader(row);
    for (const BudgetRule& rule : rules_.budgets) {
      if (!rule.AppliesTo(kind_)) continue;
      std::optional<BudgetTable> table =
          BudgetTable::FromHeader(rule, row, line_above, rules_.vocabulary);
      if (!table) continue;
      budget_ = std::move(table);
      Note(rule.id, "budget", row.page, row.line, row.CellText(0, " "),
           "budget table header: the rows below are budget cells");
      return true;
    }
    return false;
  }

  void FinishBudget() {
    if (!budget_) return;
    // Only a table that refers to notes ("(Se note 1)") has notes under it:
    // a "1)" after any other table may start the next section.
    bool refers_to_notes = false;
    for (BudgetCell& cell : budget_->Finish(warnings())) {
      refers_to_notes = refers_to_notes || cell.note.has_value();
      extraction_->budget.push_back(std::move(cell));
    }
    const BudgetRule& rule = budget_->rule();
    notes_of_ = refers_to_notes && rule.note_line ? &rule : nullptr;
    in_note_ = false;
    budget_.reset();
  }

  // The first column rule whose header pattern matches `text`, with the
  // year its (?P<year>) group read, if any.
  const ColumnRule* MatchColumnHeader(const std::string& text, std::optional<int>* year) const {
    for (const ColumnRule& rule : rules_.columns) {
      PatternMatch match;
      if (!rule.AppliesTo(kind_) || !rule.header.Find(text, 0, &match)) continue;
      int group = rule.header.GroupIndex("year");
      if (group >= 0 && match.groups[static_cast<size_t>(group)].matched) {
        *year = std::stoi(std::string(match.Text(text, match.groups[static_cast<size_t>(group)])));
      }
      return &rule;
    }
    return nullptr;
  }

  bool ReadColumnHeader(const Row& row) {
    ColumnRoles roles;
    int matched = 0;
    int targets = 0;
    for (size_t i = 0; i < row.cells.size(); ++i) {
      std::string text = LabelText(row.CellText(i, " "));
      roles.header_texts.push_back(text);
      roles.rules.push_back(nullptr);
      roles.years.push_back(std::nullopt);
      if (text.empty()) continue;
      // A narrow header cell may break its word without a hyphen
      // ("Resultatkr" / "av 2013"): read that way only when the cell as
      // written names no column, and only a cell short enough to be a
      // header (every body row passes through here).
      const ColumnRule* rule = MatchColumnHeader(text, &roles.years[i]);
      if (rule == nullptr && text.size() <= kMaxBrokenHeaderBytes) {
        std::string unbroken = LabelText(row.CellTextJoiningBrokenWords(i));
        if (unbroken != text) rule = MatchColumnHeader(unbroken, &roles.years[i]);
      }
      if (rule == nullptr) continue;
      roles.rules[i] = rule;
      ++matched;
      targets += rule->role == ColumnRole::kTarget;
    }
    if (matched < 2 || targets == 0) return false;
    if (columns_ && columns_->header_texts == roles.header_texts) return true;  // repeated header
    FinishInitiative();
    if (trace_ != nullptr) {
      std::string described;
      for (size_t i = 0; i < roles.rules.size(); ++i) {
        if (roles.rules[i] == nullptr) continue;
        described += (described.empty() ? "" : "; ") + roles.header_texts[i] + " -> " +
                     roles.rules[i]->id +
                     (roles.years[i] ? " (year " + std::to_string(*roles.years[i]) + ")" : "");
      }
      Note("column-header", "column", row.page, row.line, Trimmed(row.CellText(0, " ")),
           "column table header: " + described);
    }
    columns_ = std::move(roles);
    return true;
  }

  // Splits `line` after its bold words (Segment::bold_words) when the words
  // after them start with a capital; leaves both empty otherwise.
  static void SplitAfterBoldWords(const Segment& line, std::string* bold, std::string* rest) {
    if (line.bold_words <= 0) return;
    const std::string text = Trimmed(line.text);
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

  void ReadColumnRow(const Row& row) {
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
      if (!Trimmed(segment.text).empty()) name_cell.push_back(segment);
    }
    if (name_cell.empty()) return;
    FinishInitiative();
    current_.emplace();
    // A bold first line is the title; the rest of the cell describes it.
    size_t title_lines = 1;
    std::string bold_tail, rest_of_line;
    if (row.from_pdf) {
      title_lines = 0;
      while (title_lines < name_cell.size() && name_cell[title_lines].bold) ++title_lines;
      // A bold name that its description follows on the same line
      // ("Lektiehjælp i Tingbjerg Forløbene tilrettelægges ..."): the name
      // ends with the line's bold words when a sentence starts after them.
      if (title_lines < name_cell.size()) {
        SplitAfterBoldWords(name_cell[title_lines], &bold_tail, &rest_of_line);
      }
      // Without type (scans, text): the name is the first line and the
      // lines that go on in lower case ("Sprogstimulering i" /
      // "daginstitutioner"); the description starts with a capital.
      if (title_lines == 0 && bold_tail.empty()) {
        title_lines = 1;
        while (title_lines < name_cell.size() &&
               !Trimmed(name_cell[title_lines - 1].text).ends_with(".") &&
               (StartsLowerCase(Trimmed(name_cell[title_lines].text)) ||
                EndsInLinkWord(name_cell[title_lines - 1].text))) {
          ++title_lines;
        }
      }
    }
    std::string name;
    std::string description;
    for (size_t i = 0; i < name_cell.size(); ++i) {
      const bool split = i == title_lines && !bold_tail.empty();
      std::string& part = i < title_lines || split ? name : description;
      if (!part.empty()) part += i < title_lines || split ? " " : "\n";
      part += split ? bold_tail : Trimmed(name_cell[i].text);
      if (split) description = rest_of_line;
    }
    current_->name = name;
    current_->theme = theme_;
    current_->page = name_cell.front().page;
    current_->line = name_cell.front().line;
    const ColumnRule* name_rule = roles.rules[name_column];
    current_->rule = name_rule != nullptr ? name_rule->id : "";
    current_from_section_ = false;
    name_from_label_ = true;
    if (!description.empty()) current_->fields["description"] = description;

    for (size_t i = 0; i < row.cells.size() && i < roles.rules.size(); ++i) {
      const ColumnRule* rule = roles.rules[i];
      if (current_->rule.empty() && rule != nullptr) current_->rule = rule->id;
      AddCellAmounts(row.cells[i], nullptr);
      if (rule == nullptr) continue;
      if (i == name_column && rule->role == ColumnRole::kTarget) {
        // The name column is also the goal column ("Mål 2012" over the
        // names): the goal is the description, and the figures of a
        // description (budgets, hours) are no target values.
        Segment goal = name_cell.front();
        goal.text = description.empty() ? name : description;
        std::replace(goal.text.begin(), goal.text.end(), '\n', ' ');
        if (name_cell.size() > title_lines) {
          goal.page = name_cell[title_lines].page;
          goal.line = name_cell[title_lines].line;
        }
        // A name cell that is one sentence ("Andelen ... skal være 14 pct.")
        // is the goal itself, figures and all.
        AddTarget(goal, rule->kind, roles.years[i], {}, rule->id,
                  /*read_quantity=*/description.empty());
        continue;
      }
      if (rule->role == ColumnRole::kText) {
        std::string text = row.CellText(i);
        if (!text.empty()) current_->fields[rule->key] = text;
      } else if (rule->role == ColumnRole::kTarget) {
        for (const Segment& item : SplitItems(row.cells[i], !row.from_pdf, rules_.empty_values)) {
          AddTarget(item, rule->kind, roles.years[i], {}, rule->id);
        }
      }
    }
    FinishInitiative();
  }

  bool ReadLabelRow(const Row& row) {
    if (row.cells.size() < 2) return false;
    std::string label = LabelText(row.CellText(0, " "));
    if (label.empty()) return false;
    const LabelRule* rule = nullptr;
    for (const LabelRule& candidate : rules_.labels) {
      if (candidate.AppliesTo(kind_) && candidate.pattern.Matches(label)) {
        rule = &candidate;
        Note(candidate.id, "label", row.page, row.line, label,
             "label -> field '" + candidate.key + "'");
        break;
      }
    }
    if (rule == nullptr) return false;
    columns_.reset();
    // The value: every cell after the label, line by line.
    std::vector<Segment> value;
    for (size_t i = 1; i < row.cells.size(); ++i) {
      for (const Segment& segment : row.cells[i]) {
        if (!Trimmed(segment.text).empty()) value.push_back(segment);
      }
    }
    std::string text;
    for (const Segment& segment : value) text += (text.empty() ? "" : "\n") + Trimmed(segment.text);

    if (rule->role == LabelRole::kName) {
      if (text.empty()) return true;
      if (!current_ || name_from_label_) {
        FinishInitiative();
        current_.emplace();
        current_->theme = theme_;
        current_->page = row.page;
        current_->line = row.line;
        current_->rule = rule->id;
        current_from_section_ = false;
      }
      current_->name = text;
      name_from_label_ = true;
      return true;
    }
    if (!current_) {
      warnings()->Warn("field-outside-initiative",
                       "'" + label + "' row is not inside any initiative; ignored", row.page,
                       row.line);
      return true;
    }
    if (!text.empty()) AppendField(rule->key, text);
    found_amount_in_row_ = false;
    AddCellAmounts(value, rule->role == LabelRole::kAmounts ? rule : nullptr);
    if (rule->role == LabelRole::kAmounts && !text.empty() && !found_amount_in_row_) {
      warnings()->Warn("amount-unparsed",
                       "'" + label + "' of '" + current_->name +
                           (HasUnreadNumber(text) ? "' has a number that is not a readable amount: "
                                                  : "' states no amount: ") +
                           text.substr(0, 160),
                       row.page, row.line);
    }
    found_amount_in_row_ = false;
    if (rule->role == LabelRole::kTargets) {
      for (const Segment& item : SplitItems(value, !row.from_pdf, rules_.empty_values)) {
        AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
      }
    }
    return true;
  }

  // ---- building initiatives --------------------------------------------

  void AppendField(const std::string& key, const std::string& text) {
    std::string& field = current_->fields[key];
    if (!field.empty()) field += "\n";
    field += text;
  }

  // Amounts in a cell or field of several lines, read across the line ends
  // ("1,4 mio." / "kr. i 2005."), each credited to the line it starts on.
  // `economy`: a labelled economy paragraph ("Økonomi: Til praktikpladser
  // under delmål 1 ..."). Its amounts go to the initiative their sentence
  // names; once it names another initiative than the open one, it is the
  // plan's closing economy paragraph, and an amount that names none
  // belongs to no initiative.
  void AddCellAmounts(const std::vector<Segment>& segments, const RuleBase* money_field,
                      bool economy = false) {
    if (!current_) return;
    std::string joined;
    std::vector<size_t> starts;
    std::vector<PlacedWarnings::Piece> pieces;
    for (const Segment& segment : segments) {
      if (!joined.empty()) joined += ' ';
      starts.push_back(joined.size());
      pieces.push_back({joined.size(), segment.page, segment.line});
      joined += segment.text;
    }
    const AmountOptions options = AmountOptionsFor(money_field);
    auto segment_at = [&](size_t offset) {
      size_t k = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                     starts.begin());
      return k == 0 ? 0 : k - 1;
    };
    PlacedWarnings placed = AmountWarnings(std::move(pieces));
    std::vector<FoundAmount> amounts = FindAmounts(joined, options, &placed);
    std::vector<Initiative*> owners(amounts.size(), &*current_);
    std::vector<const TieRule*> ties(amounts.size(), nullptr);
    bool names_another = false;
    if (economy) {
      const Sentences sentences(joined);
      TieMemo memo;
      for (size_t a = 0; a < amounts.size(); ++a) {
        Initiative* tied = TiedInitiative(sentences, amounts[a].begin, &memo);
        ties[a] = memo.tie;
        if (tied == nullptr) {
          owners[a] = nullptr;
          continue;
        }
        owners[a] = tied;
        names_another = names_another || tied != &*current_;
      }
      for (size_t a = 0; a < amounts.size(); ++a) {
        if (owners[a] == nullptr && !names_another) owners[a] = &*current_;
      }
    }
    for (size_t a = 0; a < amounts.size(); ++a) {
      const FoundAmount& found = amounts[a];
      const Segment& at = segments[segment_at(found.begin)];
      found_amount_in_row_ = true;
      if (owners[a] == nullptr) {
        warnings()->Warn("amount-unassigned",
                         "'" + found.text +
                             "' names no initiative in a closing economy paragraph; it is "
                             "not in the output",
                         at.page, at.line);
        continue;
      }
      Segment where = at;
      where.text = joined;
      AddFoundAmount(owners[a], found, where,
                     ties[a] != nullptr ? ties[a]->id : CreditedRule(found, money_field));
    }
  }

  // Money that cannot be one sum of kroner ("2-3 mio. kr.", "2 mio. euro")
  // is never dropped in silence: the reader's findings go to the
  // document's warnings, at their lines, naming the initiative.
  PlacedWarnings AmountWarnings(std::vector<PlacedWarnings::Piece> pieces) {
    return PlacedWarnings(warnings(), std::move(pieces),
                          current_ ? " (in '" + current_->name + "')" : "");
  }

  void AddAmounts(const Segment& segment, const RuleBase* money_field) {
    if (!current_) return;
    PlacedWarnings placed = AmountWarnings({{0, segment.page, segment.line}});
    std::vector<FoundAmount> amounts =
        FindAmounts(segment.text, AmountOptionsFor(money_field), &placed);
    for (const FoundAmount& found : amounts) {
      AddFoundAmount(&*current_, found, segment, CreditedRule(found, money_field));
      found_amount_in_row_ = true;
    }
  }

  void AddFoundAmount(Initiative* owner, const FoundAmount& found, const Segment& segment,
                      const std::string& rule) {
    for (Amount& amount : ToModelAmounts(found)) {
      // The amount as written ("2,5 mio. kr."), without the years after it.
      if (found.unit_end > found.begin && found.unit_end <= segment.text.size()) {
        amount.text = segment.text.substr(found.begin, found.unit_end - found.begin);
      }
      amount.page = segment.page;
      amount.line = segment.line;
      amount.rule = rule;
      Note(amount.rule, "amount", segment.page, segment.line, amount.text,
           "amount of '" + owner->name + "': " + std::to_string(amount.dkk) + " kr." +
               (amount.year ? " in " + std::to_string(*amount.year) : "") +
               (amount.per_year ? ", per year" : "") + (amount.approximate ? ", approximate" : ""));
      owner->amounts.push_back(std::move(amount));
    }
  }

  void AddTarget(const Segment& item, TargetKind kind, std::optional<int> year,
                 const std::vector<Pattern>& ignore, const std::string& rule,
                 bool read_quantity = true) {
    if (!current_) return;
    Target target;
    target.kind = kind;
    target.text = item.text;
    std::string readable = WithoutIgnored(item.text, ignore);
    target.year = year;
    // Keeps a column header's year unless the sentence names its own.
    if (read_quantity) ApplyQuantity(readable, &target, rules_.vocabulary);
    if (year) target.year = year;
    target.page = item.page;
    target.line = item.line;
    target.rule = rule;
    if (trace_ != nullptr) {
      std::string value = "no number";
      if (target.value) {
        std::ostringstream number;
        number << *target.value;
        if (target.value_max) number << "-" << *target.value_max;
        value = number.str() + " " + UnitWord(target.unit);
      }
      Note(rule, "target", item.page, item.line, item.text,
           std::string("target of '") + current_->name + "': " + KindWord(kind) +
               (target.year ? " " + std::to_string(*target.year) : "") + ", " + value);
    }
    current_->targets.push_back(std::move(target));
  }

  void FinishInitiative() {
    FlushLabel();
    FlushSentence();
    previous_prose_.clear();
    if (!current_) return;
    if (current_only_with_targets_ && current_->targets.empty() && current_->amounts.empty()) {
      Note(current_->rule, "section", current_->page, current_->line, current_->name,
           "no targets or amounts followed: an introduction, not an initiative");
      current_.reset();
      current_only_with_targets_ = false;
      return;
    }
    current_only_with_targets_ = false;
    if (!current_->name.empty()) {
      extraction_->initiatives.push_back(std::move(*current_));
    } else {
      warnings()->Warn("initiative-unnamed", "an initiative without a name was left out",
                       current_->page, current_->line);
    }
    current_.reset();
    name_from_label_ = false;
    current_from_section_ = false;
  }

  void Note(const std::string& rule, const char* kind, int page, int line, const std::string& text,
            std::string produced) {
    if (trace_ == nullptr) return;
    trace_->Add(MakeEvent(rule, kind, page, line, text, std::move(produced)));
  }

  const RuleSet& rules_;
  // Made by another loader than LoadRuleSet, a RuleSet may lack the set.
  const bool line_set_usable_ =
      rules_.line_patterns.size() == LineSetIndex(rules_, LineSetOffset::kEnd);
  std::optional<std::vector<bool>> line_matches_;
  std::string line_matches_text_;
  Extraction* extraction_;
  const std::optional<std::string>& kind_;
  Trace* trace_;
  WarningList warnings_;

  std::optional<Initiative> current_;
  bool current_from_section_ = false;
  bool current_only_with_targets_ = false;
  bool name_from_label_ = false;
  bool found_amount_in_row_ = false;
  bool after_section_heading_ = false;
  std::optional<std::string> theme_;
  std::optional<ColumnRoles> columns_;
  std::optional<BudgetTable> budget_;
  // The rule of the budget table just ended, while the lines after it are its
  // notes; `in_note_` while a note wraps onto the next line.
  const BudgetRule* notes_of_ = nullptr;
  bool in_note_ = false;
  const TargetListRule* list_rule_ = nullptr;
  std::vector<Segment> list_items_;
  bool list_paused_ = false;  // a blank line after list items: the next line decides
  // An open labelled paragraph ("Mål:" and the list below it).
  const LabelRule* label_rule_ = nullptr;
  std::vector<Segment> label_segments_;
  int label_block_ = 0;
  // An open target sentence that wraps onto the next line.
  const TargetSentenceRule* sentence_rule_ = nullptr;
  Segment sentence_;
  int sentence_block_ = 0;
  // The prose line before, for a sentence that wraps (ties in an economy paragraph).
  std::string previous_prose_;
};

}  // namespace

void ExtractInitiatives(const RuleSet& rules, Extraction* extraction, Trace* trace) {
  Walker(rules, extraction, trace).Run();
}

}  // namespace bilag
