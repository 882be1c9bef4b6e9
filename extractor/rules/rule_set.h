// The rule set: every user-editable rule, loaded from TOML files at run time
// (see rules/README.md, the rule authors' guide, for the file format).
//
// Each rule has an id, unique across the set, and every extracted item names
// the rule that produced it. Rules of a user's folder (--rules DIR) extend the
// shipped ones, or replace the shipped rule with the same id; `enabled =
// false` switches a rule off.
//
// Rule kinds (one TOML array of tables each):
//   [[profile]]      recognises a kind of bilag (document.kind)
//   [[field]]        a metadata field (title, bilag, committee, date, ...)
//   [[section]]      a heading that starts an initiative
//   [[stop]]         a line that ends the current initiative
//   [[skip]]         a line that is not content (page marks, letterhead details)
//   [[split]]        a line at the top of a page that starts the next bilag of a bundle
//   [[theme]]        a heading that groups the initiatives below it
//   [[label]]        key/value table labels -> initiative fields
//   [[column]]       table column headers -> names, fields, targets with year
//   [[target_list]]  sentences introducing a list of targets
//   [[target_sentence]] a sentence that is a target itself ("Målet er, at mindst 75 pct. ...")
//   [[tie]]          words that tie an amount outside every initiative to one ("under delmål 2")
//   [[empty_value]]  a cell or item that says there is nothing ("Ingen", "-", "Ikke relevant")
//   [[budget]]       budget tables with year and total columns
//   [[correction]]   an OCR repair the lexicon cannot decide ("malet med" -> "målet med")
//   [[confusion]]    how OCR without a Danish model misreads a letter (ø as g, o, @)
//   [[money_scale]], [[currency]], [[percent_unit]], [[approximate]], [[per_year]],
//   [[comparator]], [[year_anchor]], [[month]], [[weekday]], [[number_word]]
//                    the words around numbers ("mio.", "kr.", "pct.", "ca.", "årligt",
//                    "mindst", "ultimo") and the calendar and number words ("marts",
//                    "okt.", "mandag", "tre"), gathered into `vocabulary` for the value
//                    readers (and its month words for the layout and the report)
//   [[list_marker]]  signs and letters that mark a list item ("•", "-", "o"),
//                    gathered into `list_markers` for the layout and extract stages
//   [[table_note]]   words that start a note under a table ("Note", "Kilde"),
//                    gathered into `table_note_words` for the layout stage
#ifndef BILAG_EXTRACTOR_RULES_RULE_SET_H_
#define BILAG_EXTRACTOR_RULES_RULE_SET_H_

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/model/document.h"
#include "extractor/model/extraction.h"
#include "extractor/rules/pattern.h"
#include "extractor/values/vocabulary.h"

namespace bilag {

// Where a rule was written, for messages ("rules/labels.toml:12:1").
struct RuleOrigin {
  std::string file;
  int line = 0, column = 0;
  std::string ToString() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

// What every rule has.
struct RuleBase {
  std::string id;
  RuleOrigin origin;
  int priority = 0;                   // higher runs first; ties keep file order
  std::vector<std::string> profiles;  // applies only to these kinds; empty = all
  // Field, section and theme rules: only lines of these roles (set by the
  // layout stage: "title", "heading", ...); empty = every line.
  std::vector<LineRole> roles;
  bool AppliesTo(const std::optional<std::string>& kind) const;
  bool AppliesToRole(LineRole role) const {
    return roles.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
  }
};

struct ProfileRule : RuleBase {
  std::vector<Pattern> require;  // every pattern must match somewhere
  std::vector<Pattern> any;      // when given, at least one must match
  std::vector<Pattern> exclude;  // none may match
};

// Which metadata field a [[field]] rule fills and how its text is read.
enum class FieldParse { kText, kDate, kYears };

struct FieldRule : RuleBase {
  std::string field;               // title, bilag, committee, administration, date, case_number,
                                   // document_number, years
  std::optional<Pattern> pattern;  // matched against each page's text (lines joined by \n)
  std::string from;                // instead of text: read another field's value
  FieldParse parse = FieldParse::kText;
  int first_pages = 0;  // only the first N pages; 0 = all
  int first_lines = 0;  // only the first N lines of a page; 0 = all
  bool capitalize = false;
  // A value that a line break cut off continues on the next lines that start
  // in lower case ("Bilag 3. Handleplan for integration på det sociale" /
  // "område for perioden 2011-2014"); only their first cell counts.
  bool join_wrapped = false;
};

struct SectionRule : RuleBase {
  Pattern pattern;  // groups: name (required), section (optional)
  // The heading is an initiative only when targets or amounts follow it
  // ("Overordnet målsætning" over goals, not over an introduction).
  bool only_with_targets = false;
};

struct StopRule : RuleBase {
  Pattern pattern;
};

struct SkipRule : RuleBase {
  Pattern pattern;
};

// A line near the top of a page that starts a new bilag in a bundle.
struct SplitRule : RuleBase {
  Pattern pattern;
};

struct ThemeRule : RuleBase {
  Pattern pattern;  // group: theme (optional; whole match otherwise)
};

// What a labelled value becomes.
enum class LabelRole {
  kText,     // initiative field `key`
  kName,     // the initiative's name (and a new initiative when the table starts one)
  kAmounts,  // field `key`, and every amount in it, bare numbers included
  kTargets,  // field `key`, and one target of `kind` per item in it
};

struct LabelRule : RuleBase {
  Pattern pattern;  // matched against the label cell
  std::string key;
  LabelRole role = LabelRole::kText;
  TargetKind kind = TargetKind::kGoal;
  std::vector<Pattern> ignore;  // text removed before reading numbers
};

enum class ColumnRole { kName, kText, kTarget };

struct ColumnRule : RuleBase {
  Pattern header;  // matched against a header cell; group: year (optional)
  ColumnRole role = ColumnRole::kTarget;
  TargetKind kind = TargetKind::kGoal;
  std::string key;  // for role text
};

struct TargetListRule : RuleBase {
  Pattern intro;  // a line that introduces targets in the next paragraph
  TargetKind kind = TargetKind::kGoal;
  std::vector<Pattern> ignore;
};

// A sentence that states a target: from where `pattern` matches to the end
// of the sentence, also when it wraps onto the next lines.
struct TargetSentenceRule : RuleBase {
  Pattern pattern;
  TargetKind kind = TargetKind::kGoal;
  std::vector<Pattern> ignore;
};

// In a closing economy paragraph, the words that name which initiative an
// amount funds; group `section` is the initiative's number.
struct TieRule : RuleBase {
  Pattern pattern;
};

// A target cell or item that says there is nothing: no target.
struct EmptyValueRule : RuleBase {
  Pattern pattern;  // matched against the trimmed item text
};

struct BudgetRule : RuleBase {
  Pattern year_header;          // header cell of a year column; group: year
  Pattern total_header;         // header cell of the total column
  Pattern note;                 // a note reference; group: note
  std::optional<Pattern> unit;  // the unit line/cell; group: unit
  // An item that is a total or subtotal row ("I alt", "Samlet"); its cells
  // get total_row and are checked against the rows above.
  std::optional<Pattern> total_row;
  // A numbered note under the table ("1) Kommunens andel ... (1,5 mio. kr.)"):
  // it explains budget cells, so its amounts belong to no initiative.
  std::optional<Pattern> note_line;
};

// A literal or regex replacement applied by the repair stage. With `before`
// / `after`, only where the word before / after the match fits.
struct CorrectionRule : RuleBase {
  std::optional<Pattern> pattern;  // a regex; or
  std::string literal;             // an exact text (matched as whole words)
  std::string replacement;         // for a regex, $1.. / ${name} refer to groups
  std::optional<Pattern> before;   // must match the word before the match
  std::optional<Pattern> after;    // must match the word after the match
};

// The words around numbers (values/vocabulary.h has what each means).
struct MoneyScaleRule : RuleBase {
  std::vector<std::string> words;
  int64_t multiplier = 1;
  bool needs_currency = false;
};

struct CurrencyRule : RuleBase {
  std::vector<std::string> words;
  std::vector<std::string> before_number;
  int64_t multiplier = 1;
  bool foreign = false;
};

struct PercentUnitRule : RuleBase {
  std::vector<std::string> words;
  bool points = false;  // kind = "percentage_point"
};

// [[approximate]], [[per_year]], [[weekday]] and [[table_note]].
struct WordsRule : RuleBase {
  std::vector<std::string> words;
};

struct ComparatorRule : RuleBase {
  Comparator comparator = Comparator::kNone;
  std::vector<std::string> words;  // before the quantity
  std::vector<std::string> after;  // after it
};

// [[year_anchor]]: words before a year that say what it is for.
struct YearAnchorRule : RuleBase {
  std::vector<std::string> words;
  YearAnchor anchor = YearAnchor::kNone;
};

// [[month]]: a month's name and abbreviations ("oktober", "okt.").
struct MonthRule : RuleBase {
  std::vector<std::string> words;
  int number = 0;  // 1..12
};

// [[number_word]]: a count written as a word ("tre").
struct NumberWordRule : RuleBase {
  std::vector<std::string> words;
  int value = 0;
};

struct ListMarkerRule : RuleBase {
  std::vector<std::string> signs;    // alone or up to four together
  std::vector<std::string> letters;  // only before a space
};

// One letter (or letters) as OCR without a Danish model tends to read it.
struct ConfusionRule : RuleBase {
  std::string correct;                // "ø"
  std::vector<std::string> misreads;  // {"g", "o", "0", "@", "D"}
  bool word_start_only = false;       // e.g. "D" for "Ø" only starts a word
};

struct RuleSet {
  std::vector<ProfileRule> profiles;
  std::vector<FieldRule> fields;
  std::vector<SectionRule> sections;
  std::vector<StopRule> stops;
  std::vector<SkipRule> skips;
  std::vector<SplitRule> splits;
  std::vector<ThemeRule> themes;
  std::vector<LabelRule> labels;
  std::vector<ColumnRule> columns;
  std::vector<TargetListRule> target_lists;
  std::vector<TargetSentenceRule> target_sentences;
  std::vector<TieRule> ties;
  std::vector<EmptyValueRule> empty_values;
  std::vector<BudgetRule> budgets;
  std::vector<CorrectionRule> corrections;
  std::vector<ConfusionRule> confusions;
  // What the confusions make of each letter in ocr_tolerant patterns.
  std::vector<OcrLetterForms> ocr_forms;
  std::vector<MoneyScaleRule> money_scales;
  std::vector<CurrencyRule> currencies;
  std::vector<PercentUnitRule> percent_units;
  std::vector<WordsRule> approximate_words;
  std::vector<WordsRule> per_year_words;
  std::vector<ComparatorRule> comparators;
  std::vector<YearAnchorRule> year_anchors;
  std::vector<MonthRule> months;
  std::vector<WordsRule> weekdays;
  std::vector<NumberWordRule> number_words;
  // The ten kinds above, indexed for the value readers.
  ValueVocabulary vocabulary = BuiltinVocabulary();
  std::vector<ListMarkerRule> list_marker_rules;
  // Their signs and letters, for the layout and extract stages.
  ListMarkers list_markers = BuiltinListMarkers();
  std::vector<WordsRule> table_notes;
  // Their words, for the layout stage (empty without [[table_note]] rules).
  std::vector<std::string> table_note_words;
  // Extra words the lexicon accepts (names it lacks: "Mimersgadekvarteret"),
  // from *.words files (one word per line) in the rule folders.
  std::vector<std::string> words;

  // The patterns of every rule the extract stage tries on each line, as one
  // RE2::Set (a prefilter, see PatternSet): skips, stops, sections, themes
  // and target list intros, in that order (LineSetIndex). LoadRuleSet builds
  // it once the rules are sorted.
  PatternSet line_patterns;
  // The same for a table's cells: the label rules' patterns, and the column
  // rules' header patterns, each in its rules' order. Most cells name no
  // label or column, and one pass over the cell says so.
  PatternSet label_patterns;
  PatternSet column_header_patterns;

  std::vector<std::string> dirs;  // as given, shipped folder first
  std::string sha256;             // over every loaded file's name and bytes
};

// Where each kind's patterns start in RuleSet::line_patterns.
enum class LineSetOffset { kSkips, kStops, kSections, kThemes, kTargetLists, kEnd };

inline size_t LineSetIndex(const RuleSet& rules, LineSetOffset kind) {
  const size_t sizes[] = {rules.skips.size(), rules.stops.size(), rules.sections.size(),
                          rules.themes.size(), rules.target_lists.size()};
  size_t index = 0;
  for (int k = 0; k < static_cast<int>(kind); ++k) index += sizes[k];
  return index;
}

// The patterns of RuleSet::line_patterns, in its order.
inline std::vector<const Pattern*> LinePatterns(const RuleSet& rules) {
  std::vector<const Pattern*> patterns;
  for (const SkipRule& rule : rules.skips) patterns.push_back(&rule.pattern);
  for (const StopRule& rule : rules.stops) patterns.push_back(&rule.pattern);
  for (const SectionRule& rule : rules.sections) patterns.push_back(&rule.pattern);
  for (const ThemeRule& rule : rules.themes) patterns.push_back(&rule.pattern);
  for (const TargetListRule& rule : rules.target_lists) patterns.push_back(&rule.intro);
  return patterns;
}

// Which of `count` rules may match `text`, one flag each, from `set` (their
// patterns in the rules' order); all of them when `set` does not hold
// `count` patterns (a RuleSet made by another loader than LoadRuleSet).
// `*exact`: whether the flags are the set's exact answer (PatternSet::Matching).
inline std::vector<bool> MayMatchEach(const PatternSet& set, size_t count, std::string_view text,
                                      bool* exact = nullptr) {
  if (set.size() != count) {
    if (exact != nullptr) *exact = false;
    return std::vector<bool>(count, true);
  }
  return set.Matching(text, exact);
}

// The first [[label]] rule that applies to a document of `kind` and whose
// pattern matches `label` (a label cell's text, LabelText), or nullptr.
inline const LabelRule* FirstMatchingLabel(const RuleSet& rules,
                                           const std::optional<std::string>& kind,
                                           std::string_view label) {
  bool exact = false;
  const std::vector<bool> may_match =
      MayMatchEach(rules.label_patterns, rules.labels.size(), label, &exact);
  for (size_t i = 0; i < rules.labels.size(); ++i) {
    const LabelRule& rule = rules.labels[i];
    if (may_match[i] && rule.AppliesTo(kind) && (exact || rule.pattern.Matches(label))) {
      return &rule;
    }
  }
  return nullptr;
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RULES_RULE_SET_H_
