#include "extractor/rules/rule_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "extractor/base/sha256.h"

namespace bilag {

bool RuleBase::AppliesTo(const std::optional<std::string>& kind) const {
  if (profiles.empty()) return true;
  return kind && std::find(profiles.begin(), profiles.end(), *kind) != profiles.end();
}

namespace {

namespace fs = std::filesystem;

// Reads one rule table, remembering which keys were used so that the rest can
// be reported as unknown (a misspelt key would otherwise be ignored silently).
class TableReader {
 public:
  TableReader(const toml::table& table, const std::string& file, RuleCheckReport* report)
      : table_(table), file_(file), report_(report) {}

  RuleOrigin Where(const toml::node& node) const {
    return {file_, static_cast<int>(node.source().begin.line),
            static_cast<int>(node.source().begin.column)};
  }
  RuleOrigin Where() const { return Where(table_); }

  // How the rule's patterns compile (`ocr_tolerant`); set before reading them.
  void set_pattern_options(const PatternOptions& options) { pattern_options_ = options; }
  const PatternOptions& pattern_options() const { return pattern_options_; }

  void Error(const RuleOrigin& where, std::string message) {
    report_->errors.push_back({where, std::move(message)});
  }

  const toml::node* Get(const std::string& key) {
    used_.insert(key);
    return table_.get(key);
  }

  std::optional<std::string> String(const std::string& key, bool required) {
    const toml::node* node = Get(key);
    if (node == nullptr) {
      if (required) Error(Where(), "missing key '" + key + "'");
      return std::nullopt;
    }
    if (!node->is_string()) {
      Error(Where(*node), "'" + key + "' must be a string");
      return std::nullopt;
    }
    return node->value<std::string>();
  }

  std::optional<Pattern> PatternAt(const toml::node& node, const std::string& key) {
    if (!node.is_string()) {
      Error(Where(node), "'" + key + "' must be a string (a regex)");
      return std::nullopt;
    }
    std::string source = *node.value<std::string>();
    Result<Pattern> pattern = Pattern::Compile(source, pattern_options_);
    if (!pattern.ok()) {
      Error(Where(node), "'" + key + "': " + pattern.status().message());
      return std::nullopt;
    }
    for (std::string& note : PatternPortabilityNotes(source)) {
      report_->warnings.push_back({Where(node), "'" + key + "': " + note});
    }
    return std::move(pattern).value();
  }

  std::optional<Pattern> RegexKey(const std::string& key, bool required) {
    const toml::node* node = Get(key);
    if (node == nullptr) {
      if (required) Error(Where(), "missing key '" + key + "'");
      return std::nullopt;
    }
    return PatternAt(*node, key);
  }

  // A regex or a list of regexes.
  std::vector<Pattern> RegexList(const std::string& key) {
    std::vector<Pattern> patterns;
    const toml::node* node = Get(key);
    if (node == nullptr) return patterns;
    if (const toml::array* array = node->as_array()) {
      for (const toml::node& item : *array) {
        if (auto pattern = PatternAt(item, key)) patterns.push_back(std::move(*pattern));
      }
    } else if (auto pattern = PatternAt(*node, key)) {
      patterns.push_back(std::move(*pattern));
    }
    return patterns;
  }

  std::vector<std::string> StringList(const std::string& key) {
    std::vector<std::string> values;
    const toml::node* node = Get(key);
    if (node == nullptr) return values;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      Error(Where(*node), "'" + key + "' must be a list of strings");
      return values;
    }
    for (const toml::node& item : *array) {
      if (!item.is_string()) {
        Error(Where(item), "'" + key + "' must be a list of strings");
        continue;
      }
      values.push_back(*item.value<std::string>());
    }
    return values;
  }

  int64_t Int64(const std::string& key, int64_t fallback) {
    const toml::node* node = Get(key);
    if (node == nullptr) return fallback;
    if (!node->is_integer()) {
      Error(Where(*node), "'" + key + "' must be an integer");
      return fallback;
    }
    return *node->value<int64_t>();
  }

  int Int(const std::string& key, int fallback) { return static_cast<int>(Int64(key, fallback)); }

  bool Bool(const std::string& key, bool fallback) {
    const toml::node* node = Get(key);
    if (node == nullptr) return fallback;
    if (!node->is_boolean()) {
      Error(Where(*node), "'" + key + "' must be true or false");
      return fallback;
    }
    return *node->value<bool>();
  }

  // One of `choices`, mapped to its value.
  template <typename T>
  T Choice(const std::string& key, const std::map<std::string, T>& choices, T fallback) {
    std::optional<std::string> value = String(key, false);
    if (!value) return fallback;
    auto it = choices.find(*value);
    if (it != choices.end()) return it->second;
    std::string names;
    for (const auto& [name, ignored] : choices) names += (names.empty() ? "" : ", ") + name;
    Error(Where(*table_.get(key)), "'" + key + "' must be one of: " + names);
    return fallback;
  }

  void ReportUnknownKeys() {
    for (const auto& [key, node] : table_) {
      if (!used_.count(std::string(key.str()))) {
        RuleOrigin where{file_, static_cast<int>(key.source().begin.line),
                         static_cast<int>(key.source().begin.column)};
        if (where.line == 0) where = Where(node);
        Error(where, "unknown key '" + std::string(key.str()) + "'");
      }
    }
  }

 private:
  const toml::table& table_;
  const std::string& file_;
  RuleCheckReport* report_;
  std::set<std::string> used_;
  PatternOptions pattern_options_;
};

const std::map<std::string, TargetKind> kTargetKinds = {
    {"goal", TargetKind::kGoal},
    {"requirement", TargetKind::kRequirement},
    {"result", TargetKind::kResult},
    {"success_criterion", TargetKind::kSuccessCriterion}};

const std::set<std::string> kMetadataFields = {"title",           "bilag", "committee",
                                               "administration",  "date",  "case_number",
                                               "document_number", "years"};

// `roles = [...]`: line roles by name (document.h RoleName).
std::vector<LineRole> ReadRoles(TableReader& reader) {
  std::vector<LineRole> roles;
  for (const std::string& name : reader.StringList("roles")) {
    bool known = false;
    for (int r = 0; r <= static_cast<int>(LineRole::kSide); ++r) {
      if (name == RoleName(static_cast<LineRole>(r))) {
        roles.push_back(static_cast<LineRole>(r));
        known = true;
      }
    }
    if (!known) {
      reader.Error(reader.Where(), "unknown role '" + name +
                                       "' (roles: text, page_header, page_footer, title, heading, "
                                       "list_item, caption, table, side)");
    }
  }
  return roles;
}

// Reads what all rules share; false when the rule is switched off.
bool ReadBase(TableReader& reader, RuleBase* rule) {
  rule->origin = reader.Where();
  rule->id = reader.String("id", true).value_or("");
  rule->priority = reader.Int("priority", 0);
  rule->profiles = reader.StringList("profiles");
  reader.Get("description");  // free text for people; allowed everywhere
  // Every kind reads its patterns after ReadBase, so they all honour it.
  PatternOptions options = reader.pattern_options();
  options.ocr_tolerant = reader.Bool("ocr_tolerant", false);
  reader.set_pattern_options(options);
  return reader.Bool("enabled", true);
}

struct LoadState {
  RuleSet set;
  RuleCheckReport report;
  // id -> (kind, folder index, origin) of the rule that holds it now.
  struct Holder {
    std::string kind;
    size_t dir = 0;
    RuleOrigin origin;
  };
  std::map<std::string, Holder> ids;
  bool place_current = true;  // the rule being read has a usable id
  // The first of two passes reads only the [[confusion]] rules, whose forms
  // the second gives every ocr_tolerant pattern.
  bool confusions_only = false;
  std::vector<OcrLetterForms> ocr_forms;
  // A check compiles every pattern, to report those RE2 cannot.
  bool compile_patterns = false;
};

// Checks and records a rule's id before its body is read, so that a
// duplicate is reported even when the rule itself has errors. False when the
// rule must not be placed.
bool ClaimId(LoadState* state, const std::string& kind, size_t dir, const std::string& id,
             const RuleOrigin& origin) {
  if (id.empty()) return false;  // reported as missing by ReadBase
  auto held = state->ids.find(id);
  if (held != state->ids.end()) {
    if (held->second.dir == dir) {
      state->report.errors.push_back(
          {origin, "duplicate id '" + id + "' (first at " + held->second.origin.ToString() + ")"});
      return false;
    }
    if (held->second.kind != kind) {
      state->report.errors.push_back({origin, "id '" + id + "' replaces a [[" + held->second.kind +
                                                  "]] rule with a [[" + kind + "]] rule (at " +
                                                  held->second.origin.ToString() + ")"});
      return false;
    }
  }
  state->ids[id] = {kind, dir, origin};
  return true;
}

// Adds a rule, replacing an earlier folder's rule with the same id.
template <typename Rule>
void Place(LoadState* state, const std::string&, size_t, bool enabled, Rule rule,
           std::vector<Rule>* rules) {
  if (!state->place_current) return;
  auto it =
      std::find_if(rules->begin(), rules->end(), [&](const Rule& r) { return r.id == rule.id; });
  if (it != rules->end()) rules->erase(it);
  if (enabled) rules->push_back(std::move(rule));
}

// A word list that must not be empty ([[currency]] words = ["kr.", "kroner"]).
std::vector<std::string> RequiredWords(TableReader& reader, const std::string& key) {
  std::vector<std::string> words = reader.StringList(key);
  if (words.empty()) reader.Error(reader.Where(), "'" + key + "' must list at least one word");
  return words;
}

// [[profile]]: which kind of document this is.
void ReadProfileRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  ProfileRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.require = reader.RegexList("require");
  rule.any = reader.RegexList("any");
  rule.exclude = reader.RegexList("exclude");
  if (rule.require.empty() && rule.any.empty()) {
    reader.Error(reader.Where(), "a profile needs 'require' or 'any' patterns");
  }
  Place(state, kind, dir, enabled, std::move(rule), &state->set.profiles);
}

// [[field]]: a metadata field and where and how to read it.
void ReadFieldRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  FieldRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.field = reader.String("field", true).value_or("");
  if (!rule.field.empty() && !kMetadataFields.count(rule.field)) {
    reader.Error(reader.Where(), "unknown field '" + rule.field + "'");
  }
  rule.pattern = reader.RegexKey("pattern", false);
  rule.from = reader.String("from", false).value_or("");
  if (!rule.pattern && rule.from.empty()) {
    reader.Error(reader.Where(), "a field rule needs 'pattern' or 'from'");
  }
  if (rule.pattern && !rule.pattern->HasGroup("value")) {
    reader.Error(reader.Where(), "'pattern' needs a (?P<value>...) group");
  }
  rule.parse = reader.Choice<FieldParse>(
      "parse",
      {{"text", FieldParse::kText}, {"date", FieldParse::kDate}, {"years", FieldParse::kYears}},
      rule.field == "date" ? FieldParse::kDate
                           : (rule.field == "years" ? FieldParse::kYears : FieldParse::kText));
  rule.first_pages = reader.Int("first_pages", 0);
  rule.first_lines = reader.Int("first_lines", 0);
  rule.roles = ReadRoles(reader);
  rule.capitalize = reader.Bool("capitalize", false);
  rule.join_wrapped = reader.Bool("join_wrapped", false);
  Place(state, kind, dir, enabled, std::move(rule), &state->set.fields);
}

// The rules that are one pattern over a line: [[section]] (with roles and
// a name group), [[theme]] (with roles), [[stop]], [[skip]], [[split]],
// [[tie]] (with a section group) and [[empty_value]].
void ReadLinePatternRule(LoadState* state, const std::string& kind, size_t dir,
                         TableReader& reader) {
  RuleSet& set = state->set;
  RuleBase base;
  bool enabled = ReadBase(reader, &base);
  if (kind == "section" || kind == "theme") base.roles = ReadRoles(reader);
  std::optional<Pattern> pattern = reader.RegexKey("pattern", true);
  if (!pattern) return;
  const char* group = kind == "section" ? "name" : (kind == "tie" ? "section" : nullptr);
  if (group != nullptr && !pattern->HasGroup(group)) {
    reader.Error(reader.Where(), std::string("'pattern' needs a (?P<") + group + ">...) group");
  }
  if (kind == "section") {
    SectionRule rule{base, std::move(*pattern), reader.Bool("only_with_targets", false)};
    Place(state, kind, dir, enabled, std::move(rule), &set.sections);
  } else if (kind == "stop") {
    Place(state, kind, dir, enabled, StopRule{base, std::move(*pattern)}, &set.stops);
  } else if (kind == "split") {
    Place(state, kind, dir, enabled, SplitRule{base, std::move(*pattern)}, &set.splits);
  } else if (kind == "skip") {
    Place(state, kind, dir, enabled, SkipRule{base, std::move(*pattern)}, &set.skips);
  } else if (kind == "theme") {
    Place(state, kind, dir, enabled, ThemeRule{base, std::move(*pattern)}, &set.themes);
  } else if (kind == "tie") {
    Place(state, kind, dir, enabled, TieRule{base, std::move(*pattern)}, &set.ties);
  } else {
    Place(state, kind, dir, enabled, EmptyValueRule{base, std::move(*pattern)}, &set.empty_values);
  }
}

// [[label]]: a label before a value ("Økonomi:") and what the value is.
void ReadLabelRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  RuleBase base;
  bool enabled = ReadBase(reader, &base);
  std::optional<Pattern> pattern = reader.RegexKey("pattern", true);
  std::string key = reader.String("key", true).value_or("");
  LabelRole role = reader.Choice<LabelRole>("role",
                                            {{"text", LabelRole::kText},
                                             {"name", LabelRole::kName},
                                             {"amounts", LabelRole::kAmounts},
                                             {"targets", LabelRole::kTargets}},
                                            LabelRole::kText);
  TargetKind target_kind = reader.Choice<TargetKind>("kind", kTargetKinds, TargetKind::kGoal);
  std::vector<Pattern> ignore = reader.RegexList("ignore");
  if (!pattern) return;
  LabelRule rule{base, std::move(*pattern), key, role, target_kind, std::move(ignore)};
  Place(state, kind, dir, enabled, std::move(rule), &state->set.labels);
}

// [[column]]: a table column by its header, and what its cells are.
void ReadColumnRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  RuleBase base;
  bool enabled = ReadBase(reader, &base);
  std::optional<Pattern> header = reader.RegexKey("header", true);
  ColumnRole role = reader.Choice<ColumnRole>(
      "role",
      {{"name", ColumnRole::kName}, {"text", ColumnRole::kText}, {"target", ColumnRole::kTarget}},
      ColumnRole::kTarget);
  TargetKind target_kind = reader.Choice<TargetKind>("kind", kTargetKinds, TargetKind::kGoal);
  std::string key = reader.String("key", role == ColumnRole::kText).value_or("");
  if (!header) return;
  ColumnRule rule{base, std::move(*header), role, target_kind, key};
  Place(state, kind, dir, enabled, std::move(rule), &state->set.columns);
}

// [[target_list]] (an intro line before a list of targets) and
// [[target_sentence]] (a sentence that is a target): a pattern, the
// targets' kind and what to leave out of them.
void ReadTargetRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  RuleBase base;
  bool enabled = ReadBase(reader, &base);
  const bool list = kind == "target_list";
  std::optional<Pattern> pattern = reader.RegexKey(list ? "intro" : "pattern", true);
  TargetKind target_kind = reader.Choice<TargetKind>("kind", kTargetKinds, TargetKind::kGoal);
  std::vector<Pattern> ignore = reader.RegexList("ignore");
  if (!pattern) return;
  if (list) {
    TargetListRule rule{base, std::move(*pattern), target_kind, std::move(ignore)};
    Place(state, kind, dir, enabled, std::move(rule), &state->set.target_lists);
  } else {
    TargetSentenceRule rule{base, std::move(*pattern), target_kind, std::move(ignore)};
    Place(state, kind, dir, enabled, std::move(rule), &state->set.target_sentences);
  }
}

// [[budget]]: a budget table's year and total headers, notes, unit and rows.
void ReadBudgetRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  RuleBase base;
  bool enabled = ReadBase(reader, &base);
  std::optional<Pattern> year = reader.RegexKey("year_header", true);
  std::optional<Pattern> total = reader.RegexKey("total_header", true);
  std::optional<Pattern> note = reader.RegexKey("note", true);
  std::optional<Pattern> unit = reader.RegexKey("unit", false);
  std::optional<Pattern> total_row = reader.RegexKey("total_row", false);
  std::optional<Pattern> note_line = reader.RegexKey("note_line", false);
  if (year && !year->HasGroup("year")) {
    reader.Error(reader.Where(), "'year_header' needs a (?P<year>...) group");
  }
  if (note && !note->HasGroup("note")) {
    reader.Error(reader.Where(), "'note' needs a (?P<note>...) group");
  }
  if (!year || !total || !note) return;
  BudgetRule rule{base,
                  std::move(*year),
                  std::move(*total),
                  std::move(*note),
                  std::move(unit),
                  std::move(total_row),
                  std::move(note_line)};
  Place(state, kind, dir, enabled, std::move(rule), &state->set.budgets);
}

// [[correction]]: text to replace before extraction.
void ReadCorrectionRule(LoadState* state, const std::string& kind, size_t dir,
                        TableReader& reader) {
  CorrectionRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.pattern = reader.RegexKey("pattern", false);
  rule.literal = reader.String("literal", false).value_or("");
  if (!rule.pattern && rule.literal.empty()) {
    reader.Error(reader.Where(), "a correction needs 'pattern' or 'literal'");
  }
  if (rule.pattern && !rule.literal.empty()) {
    reader.Error(reader.Where(), "a correction has either 'pattern' or 'literal', not both");
  }
  rule.replacement = reader.String("replacement", true).value_or("");
  rule.before = reader.RegexKey("before", false);
  rule.after = reader.RegexKey("after", false);
  Place(state, kind, dir, enabled, std::move(rule), &state->set.corrections);
}

// [[confusion]]: the forms OCR misreads a letter as.
void ReadConfusionRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  ConfusionRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.correct = reader.String("correct", true).value_or("");
  rule.misreads = reader.StringList("misreads");
  if (rule.misreads.empty()) reader.Error(reader.Where(), "'misreads' must list at least one form");
  rule.word_start_only = reader.Bool("word_start_only", false);
  Place(state, kind, dir, enabled, std::move(rule), &state->set.confusions);
}

// The value readers' words: [[money_scale]], [[currency]], [[percent_unit]],
// [[approximate]] and [[per_year]].
void ReadValueWordsRule(LoadState* state, const std::string& kind, size_t dir,
                        TableReader& reader) {
  RuleSet& set = state->set;
  if (kind == "money_scale") {
    MoneyScaleRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    rule.multiplier = reader.Int64("multiplier", 0);
    if (rule.multiplier < 2) reader.Error(reader.Where(), "'multiplier' must be 2 or more");
    rule.needs_currency = reader.Bool("needs_currency", false);
    Place(state, kind, dir, enabled, std::move(rule), &set.money_scales);
  } else if (kind == "currency") {
    CurrencyRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    rule.before_number = reader.StringList("before_number");
    rule.multiplier = reader.Int64("multiplier", 1);
    if (rule.multiplier < 1) reader.Error(reader.Where(), "'multiplier' must be 1 or more");
    rule.foreign = reader.Bool("foreign", false);
    Place(state, kind, dir, enabled, std::move(rule), &set.currencies);
  } else if (kind == "percent_unit") {
    PercentUnitRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    if (reader.Get("kind") == nullptr) reader.Error(reader.Where(), "missing key 'kind'");
    rule.points =
        reader.Choice<bool>("kind", {{"percent", false}, {"percentage_point", true}}, false);
    Place(state, kind, dir, enabled, std::move(rule), &set.percent_units);
  } else {
    WordsRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    Place(state, kind, dir, enabled, std::move(rule),
          kind == "approximate" ? &set.approximate_words : &set.per_year_words);
  }
}

// [[comparator]]: words that make a target "at least", "at most" or "equal".
void ReadComparatorRule(LoadState* state, const std::string& kind, size_t dir,
                        TableReader& reader) {
  ComparatorRule rule;
  bool enabled = ReadBase(reader, &rule);
  const std::string name = reader.String("comparator", true).value_or("");
  if (name == "at_least") {
    rule.comparator = Comparator::kAtLeast;
  } else if (name == "at_most") {
    rule.comparator = Comparator::kAtMost;
  } else if (name == "equal") {
    rule.comparator = Comparator::kEqual;
  } else if (!name.empty()) {
    reader.Error(reader.Where(), "'comparator' must be \"at_least\", \"at_most\" or \"equal\"");
  }
  rule.words = reader.StringList("words");
  rule.after = reader.StringList("after");
  if (rule.words.empty() && rule.after.empty()) {
    reader.Error(reader.Where(), "a comparator needs 'words' or 'after'");
  }
  Place(state, kind, dir, enabled, std::move(rule), &state->set.comparators);
}

// [[year_anchor]]: words before a year that say what it is for ("ultimo 2014").
const std::map<std::string, YearAnchor> kYearAnchorKinds = {{"in", YearAnchor::kIn},
                                                            {"for", YearAnchor::kFor},
                                                            {"period", YearAnchor::kPeriod},
                                                            {"year", YearAnchor::kYear},
                                                            {"start_of", YearAnchor::kStartOf},
                                                            {"middle", YearAnchor::kMiddle},
                                                            {"end_of", YearAnchor::kEndOf},
                                                            {"until", YearAnchor::kUntil},
                                                            {"since", YearAnchor::kSince}};

void ReadYearAnchorRule(LoadState* state, const std::string& kind, size_t dir,
                        TableReader& reader) {
  YearAnchorRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.words = RequiredWords(reader, "words");
  if (reader.Get("kind") == nullptr) reader.Error(reader.Where(), "missing key 'kind'");
  rule.anchor = reader.Choice<YearAnchor>("kind", kYearAnchorKinds, YearAnchor::kNone);
  Place(state, kind, dir, enabled, std::move(rule), &state->set.year_anchors);
}

// A whole number from `low` to `high` that the rule must give (`must_be`
// says which, for the error); 0 when it does not.
int RequiredInt(TableReader& reader, const std::string& key, int64_t low, int64_t high,
                const std::string& must_be) {
  const toml::node* node = reader.Get(key);
  if (node == nullptr) {
    reader.Error(reader.Where(), "missing key '" + key + "'");
    return 0;
  }
  if (!node->is_integer() || *node->value<int64_t>() < low || *node->value<int64_t>() > high) {
    reader.Error(reader.Where(*node), "'" + key + "' must be " + must_be);
    return 0;
  }
  return static_cast<int>(*node->value<int64_t>());
}

// [[month]] (a month's words and its number), [[weekday]] (words before a
// date) and [[number_word]] (a count written as a word): the calendar and
// number words of the value readers.
constexpr int64_t kMonthsOfTheYear = 12;

void ReadCalendarWordsRule(LoadState* state, const std::string& kind, size_t dir,
                           TableReader& reader) {
  RuleSet& set = state->set;
  if (kind == "month") {
    MonthRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    rule.number = RequiredInt(reader, "number", 1, kMonthsOfTheYear, "a month's number, 1 to 12");
    Place(state, kind, dir, enabled, std::move(rule), &set.months);
  } else if (kind == "number_word") {
    NumberWordRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    rule.value = RequiredInt(reader, "value", 0, std::numeric_limits<int>::max(),
                             "a whole number, 0 or more");
    Place(state, kind, dir, enabled, std::move(rule), &set.number_words);
  } else {
    WordsRule rule;
    bool enabled = ReadBase(reader, &rule);
    rule.words = RequiredWords(reader, "words");
    Place(state, kind, dir, enabled, std::move(rule), &set.weekdays);
  }
}

// Whether `text` holds a letter, a digit or whitespace (ASCII; a sign of a
// list marker is punctuation or a symbol).
bool HoldsWordCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
           c == '\t';
  });
}

// [[list_marker]]: the signs and letters that start a list item.
void ReadListMarkerRule(LoadState* state, const std::string& kind, size_t dir,
                        TableReader& reader) {
  ListMarkerRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.signs = reader.StringList("signs");
  rule.letters = reader.StringList("letters");
  if (rule.signs.empty() && rule.letters.empty()) {
    reader.Error(reader.Where(), "a list marker needs 'signs' or 'letters'");
  }
  for (const std::string& sign : rule.signs) {
    if (sign.empty() || HoldsWordCharacter(sign)) {
      reader.Error(reader.Where(), "'signs' must be signs, without letters, digits or spaces ('" +
                                       sign + "'); put letters in 'letters'");
    }
  }
  for (const std::string& letter : rule.letters) {
    if (letter.empty() || letter.find_first_of(" \t") != std::string::npos) {
      reader.Error(reader.Where(), "'letters' must be single words ('" + letter + "')");
    }
  }
  Place(state, kind, dir, enabled, std::move(rule), &state->set.list_marker_rules);
}

// [[table_note]]: words that start a note under a table.
void ReadTableNoteRule(LoadState* state, const std::string& kind, size_t dir, TableReader& reader) {
  WordsRule rule;
  bool enabled = ReadBase(reader, &rule);
  rule.words = RequiredWords(reader, "words");
  Place(state, kind, dir, enabled, std::move(rule), &state->set.table_notes);
}

using KindReader = void (*)(LoadState*, const std::string&, size_t, TableReader&);

// Every rule kind ([[kind]] in a rule file) and its reader.
const std::map<std::string, KindReader> kKindReaders = {
    {"profile", ReadProfileRule},         {"field", ReadFieldRule},
    {"section", ReadLinePatternRule},     {"stop", ReadLinePatternRule},
    {"skip", ReadLinePatternRule},        {"theme", ReadLinePatternRule},
    {"split", ReadLinePatternRule},       {"tie", ReadLinePatternRule},
    {"empty_value", ReadLinePatternRule}, {"label", ReadLabelRule},
    {"column", ReadColumnRule},           {"target_list", ReadTargetRule},
    {"target_sentence", ReadTargetRule},  {"budget", ReadBudgetRule},
    {"correction", ReadCorrectionRule},   {"confusion", ReadConfusionRule},
    {"money_scale", ReadValueWordsRule},  {"currency", ReadValueWordsRule},
    {"percent_unit", ReadValueWordsRule}, {"approximate", ReadValueWordsRule},
    {"per_year", ReadValueWordsRule},     {"comparator", ReadComparatorRule},
    {"year_anchor", ReadYearAnchorRule},  {"list_marker", ReadListMarkerRule},
    {"table_note", ReadTableNoteRule},    {"month", ReadCalendarWordsRule},
    {"weekday", ReadCalendarWordsRule},   {"number_word", ReadCalendarWordsRule}};

// The value readers' vocabulary from its rules, in rule order.
ValueVocabulary BuildVocabulary(const RuleSet& set) {
  ValueVocabulary v;
  for (const MoneyScaleRule& r : set.money_scales) {
    v.scales.push_back({{r.id, r.words}, r.multiplier, r.needs_currency});
  }
  for (const CurrencyRule& r : set.currencies) {
    v.currencies.push_back({{r.id, r.words}, r.multiplier, r.foreign, r.before_number});
  }
  for (const PercentUnitRule& r : set.percent_units) {
    v.percent_units.push_back({{r.id, r.words}, r.points});
  }
  for (const WordsRule& r : set.approximate_words) v.approximate.push_back({r.id, r.words});
  for (const WordsRule& r : set.per_year_words) v.per_year.push_back({r.id, r.words});
  for (const ComparatorRule& r : set.comparators) {
    v.comparators.push_back({{r.id, r.words}, r.comparator, r.after});
  }
  for (const YearAnchorRule& r : set.year_anchors) {
    v.year_anchors.push_back({{r.id, r.words}, r.anchor});
  }
  for (const MonthRule& r : set.months) v.months.push_back({{r.id, r.words}, r.number});
  for (const WordsRule& r : set.weekdays) v.weekdays.push_back({r.id, r.words});
  for (const NumberWordRule& r : set.number_words) {
    v.number_words.push_back({{r.id, r.words}, r.value});
  }
  v.Index();
  return v;
}

// The list markers of their rules, in rule order.
ListMarkers BuildListMarkers(const std::vector<ListMarkerRule>& rules) {
  ListMarkers markers;
  for (const ListMarkerRule& rule : rules) {
    markers.signs.insert(markers.signs.end(), rule.signs.begin(), rule.signs.end());
    markers.letters.insert(markers.letters.end(), rule.letters.begin(), rule.letters.end());
  }
  return markers;
}

void LoadFile(LoadState* state, size_t dir, const fs::path& path, std::string* hash_input) {
  std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    state->report.errors.push_back({{file, 0, 0}, "cannot read the file"});
    return;
  }
  std::string bytes = buffer.str();
  *hash_input += path.filename().string() + '\0' + bytes + '\0';
  ++state->report.files;

  toml::table root;
  try {
    root = toml::parse(bytes, file);
  } catch (const toml::parse_error& error) {
    state->report.errors.push_back({{file, static_cast<int>(error.source().begin.line),
                                     static_cast<int>(error.source().begin.column)},
                                    "TOML syntax: " + std::string(error.description())});
    return;
  }
  for (const auto& [key, node] : root) {
    std::string kind(key.str());
    RuleOrigin where{file, static_cast<int>(node.source().begin.line),
                     static_cast<int>(node.source().begin.column)};
    if (!kKindReaders.count(kind)) {
      state->report.errors.push_back(
          {where, "unknown rule kind '" + kind +
                      "' (expected [[profile]], [[field]], [[section]], [[stop]], [[skip]], "
                      "[[split]], [[theme]], "
                      "[[label]], [[column]], [[target_list]], [[target_sentence]], [[tie]], "
                      "[[empty_value]], "
                      "[[budget]], [[correction]], [[confusion]], [[money_scale]], "
                      "[[currency]], [[percent_unit]], [[approximate]], [[per_year]], "
                      "[[comparator]], [[year_anchor]], [[month]], [[weekday]], "
                      "[[number_word]], [[list_marker]] or [[table_note]])"});
      continue;
    }
    const toml::array* rules = node.as_array();
    if (rules == nullptr || !rules->is_array_of_tables()) {
      state->report.errors.push_back({where, "'" + kind + "' must be written [[" + kind + "]]"});
      continue;
    }
    for (const toml::node& item : *rules) {
      if (state->confusions_only && kind != "confusion") continue;
      TableReader reader(*item.as_table(), file, &state->report);
      reader.set_pattern_options(
          {.ocr_forms = &state->ocr_forms, .compile_now = state->compile_patterns});
      ++state->report.rules;
      const toml::node* id = item.as_table()->get("id");
      state->place_current = id != nullptr && id->is_string() &&
                             ClaimId(state, kind, dir, *id->value<std::string>(), reader.Where());
      kKindReaders.at(kind)(state, kind, dir, reader);
      reader.ReportUnknownKeys();
    }
  }
}

// A word list: one word per line; '#' starts a comment.
void LoadWords(LoadState* state, const fs::path& path, std::string* hash_input) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    state->report.errors.push_back({{path.string(), 0, 0}, "cannot read the word list"});
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = buffer.str();
  *hash_input += path.filename().string() + '\0' + bytes + '\0';
  ++state->report.files;
  std::istringstream lines(bytes);
  std::string line;
  while (std::getline(lines, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.erase(hash);
    size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    size_t end = line.find_last_not_of(" \t\r");
    state->set.words.push_back(line.substr(begin, end - begin + 1));
  }
}

template <typename Rule>
void SortByPriority(std::vector<Rule>* rules) {
  std::stable_sort(rules->begin(), rules->end(),
                   [](const Rule& a, const Rule& b) { return a.priority > b.priority; });
}

void LoadDirs(LoadState* state, const std::vector<std::string>& dirs, std::string* hash_input) {
  for (size_t i = 0; i < dirs.size(); ++i) {
    std::error_code ec;
    if (!fs::is_directory(dirs[i], ec)) {
      state->report.errors.push_back({{dirs[i], 0, 0}, "not a folder of rule files"});
      continue;
    }
    std::vector<fs::path> files;
    std::vector<fs::path> word_files;
    for (const auto& entry : fs::directory_iterator(dirs[i], ec)) {
      if (entry.path().extension() == ".toml") files.push_back(entry.path());
      if (entry.path().extension() == ".words") word_files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::sort(word_files.begin(), word_files.end());
    for (const fs::path& file : files) LoadFile(state, i, file, hash_input);
    if (state->confusions_only) continue;
    for (const fs::path& file : word_files) LoadWords(state, file, hash_input);
  }
}

// The letters' OCR forms as the loaded [[confusion]] rules give them.
std::vector<OcrLetterForms> OcrFormsOf(const std::vector<ConfusionRule>& confusions) {
  std::vector<OcrLetterForms> forms;
  for (const ConfusionRule& rule : confusions) {
    auto it = std::find_if(forms.begin(), forms.end(),
                           [&](const OcrLetterForms& f) { return f.letter == rule.correct; });
    if (it == forms.end()) it = forms.insert(forms.end(), OcrLetterForms{rule.correct, {}, {}});
    std::vector<std::string>& into = rule.word_start_only ? it->word_start_misreads : it->misreads;
    into.insert(into.end(), rule.misreads.begin(), rule.misreads.end());
  }
  return forms;
}

// A check wants only the report, and compiles every pattern for it; use
// compiles each on first use, and makes the matcher over every line pattern
// (an RE2::Set, also built on first use).
enum class LoadFor { kUse, kCheck };

LoadState Load(const std::vector<std::string>& dirs, LoadFor purpose) {
  LoadState confusions;
  confusions.confusions_only = true;
  std::string ignored;
  LoadDirs(&confusions, dirs, &ignored);

  LoadState state;
  state.ocr_forms = OcrFormsOf(confusions.set.confusions);
  state.compile_patterns = purpose == LoadFor::kCheck;
  std::string hash_input;
  LoadDirs(&state, dirs, &hash_input);
  RuleSet& set = state.set;
  SortByPriority(&set.profiles);
  SortByPriority(&set.fields);
  SortByPriority(&set.sections);
  SortByPriority(&set.stops);
  SortByPriority(&set.skips);
  SortByPriority(&set.splits);
  SortByPriority(&set.themes);
  SortByPriority(&set.labels);
  SortByPriority(&set.columns);
  SortByPriority(&set.target_lists);
  SortByPriority(&set.target_sentences);
  SortByPriority(&set.ties);
  SortByPriority(&set.budgets);
  SortByPriority(&set.corrections);
  SortByPriority(&set.confusions);
  set.vocabulary = BuildVocabulary(set);
  set.list_markers = BuildListMarkers(set.list_marker_rules);
  for (const WordsRule& rule : set.table_notes) {
    set.table_note_words.insert(set.table_note_words.end(), rule.words.begin(), rule.words.end());
  }
  set.ocr_forms = state.ocr_forms;
  if (purpose == LoadFor::kUse) {
    set.line_patterns = PatternSet::Of(LinePatterns(set));
    std::vector<const Pattern*> labels, headers;
    for (const LabelRule& rule : set.labels) labels.push_back(&rule.pattern);
    for (const ColumnRule& rule : set.columns) headers.push_back(&rule.header);
    set.label_patterns = PatternSet::Of(labels);
    set.column_header_patterns = PatternSet::Of(headers);
  }
  set.dirs = dirs;
  set.sha256 = Sha256Hex(hash_input);
  return state;
}

}  // namespace

Result<RuleSet> LoadRuleSet(const std::vector<std::string>& dirs) {
  LoadState state = Load(dirs, LoadFor::kUse);
  if (!state.report.errors.empty()) {
    std::string message;
    for (const RuleProblem& problem : state.report.errors) {
      message += (message.empty() ? "" : "\n") + problem.ToString();
    }
    return Status::Error(ErrorCode::kRuleError, message);
  }
  return std::move(state.set);
}

RuleCheckReport CheckRuleDirs(const std::vector<std::string>& dirs) {
  return Load(dirs, LoadFor::kCheck).report;
}

bool NamesTotalColumn(const RuleSet& rules, std::string_view header) {
  return std::any_of(rules.budgets.begin(), rules.budgets.end(), [header](const BudgetRule& rule) {
    return rule.total_header.Matches(header);
  });
}

}  // namespace bilag
