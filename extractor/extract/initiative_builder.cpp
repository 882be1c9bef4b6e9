#include "extractor/extract/initiative_builder.h"

#include "extractor/extract/spans.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include "extractor/base/text.h"
#include "extractor/model/names.h"
#include "extractor/values/number.h"
#include "extractor/values/quantity.h"

namespace bilag {
namespace {

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

// An amount is credited to the vocabulary rule that read its unit, or, when
// it is a bare number, to the rule that made its field a money field.
std::string CreditedRule(const FoundAmount& found, const RuleBase* money_field) {
  if (!found.rule.empty() || money_field == nullptr) return found.rule;
  return money_field->id;
}

}  // namespace

std::string LabelText(std::string_view text) {
  text = Trim(text);
  // A bar at either end is a scan's ruling that OCR read as a glyph
  // ("| Resultatkrav"): no label or header starts or ends with one.
  while (!text.empty() && text.front() == '|') text = Trim(text.substr(1));
  std::string label(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '|')) {
    label.pop_back();
  }
  return label;
}

size_t SentenceEnd(std::string_view text) {
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

// Where a text's sentences end (SentenceEnd at every start), found once so
// that each of many amounts in one long text finds its sentence by binary
// search instead of a scan from the text's start (quadratic on a line of
// thousands of amounts).
class InitiativeBuilder::Sentences {
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
struct InitiativeBuilder::TieMemo {
  const char* sentence = nullptr;
  Initiative* owner = nullptr;
  const TieRule* rule = nullptr;  // set when the owner was noted in the trace
  const TieRule* tie = nullptr;   // the rule that tied the owner: amounts are credited to it
};

InitiativeBuilder::InitiativeBuilder(const RuleSet& rules, Extraction* extraction, Trace* trace)
    : rules_(rules),
      extraction_(extraction),
      kind_(extraction->info.kind),
      trace_(trace),
      warnings_(&extraction->document.warnings) {}

void InitiativeBuilder::Note(const std::string& rule, const char* kind, int page, int line,
                             const std::string& text, std::string produced) {
  if (trace_ == nullptr) return;
  trace_->Add(MakeEvent(rule, kind, page, line, text, std::move(produced)));
}

OpenInitiative& InitiativeBuilder::Start(int page, int line, const std::string& rule) {
  open_.emplace();
  open_->initiative.theme = theme_;
  open_->initiative.page = page;
  open_->initiative.line = line;
  open_->initiative.rule = rule;
  return *open_;
}

void InitiativeBuilder::Finish() {
  if (before_finish_) before_finish_();
  if (!open_) return;
  Initiative& initiative = open_->initiative;
  if (open_->only_with_targets && initiative.targets.empty() && initiative.amounts.empty()) {
    Note(initiative.rule, "section", initiative.page, initiative.line, initiative.name,
         "no targets or amounts followed: an introduction, not an initiative");
  } else if (!initiative.name.empty()) {
    extraction_->initiatives.push_back(std::move(initiative));
  } else {
    warnings()->Warn("initiative-unnamed", "an initiative without a name was left out",
                     initiative.page, initiative.line);
  }
  open_.reset();
}

void InitiativeBuilder::AppendField(const std::string& key, const std::string& text) {
  std::string& field = current()->fields[key];
  if (!field.empty()) field += "\n";
  field += text;
}

// `money_field`: the label or column rule whose cells are money, so that a
// bare number there ("Ca. 150.000") is kroner; nullptr elsewhere.
AmountOptions InitiativeBuilder::AmountOptionsFor(const RuleBase* money_field) const {
  AmountOptions options;
  options.money_field = money_field != nullptr;
  options.vocabulary = &rules_.vocabulary;
  return options;
}

// The finished initiative whose section the sentence around `at` names.
Initiative* InitiativeBuilder::TiedInitiative(const Sentences& sentences, size_t at,
                                              TieMemo* memo) {
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
  Initiative* open = current();
  for (const TieRule& rule : rules_.ties) {
    if (!rule.AppliesTo(kind_)) continue;
    PatternMatch match;
    if (!rule.pattern.Find(sentence, 0, &match)) continue;
    const std::string section(match.Text(
        sentence, match.groups[static_cast<size_t>(rule.pattern.GroupIndex("section"))]));
    if (open != nullptr && open->section && *open->section == section) {
      memo->owner = open;
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

bool InitiativeBuilder::AddCellAmounts(const std::vector<Segment>& segments,
                                       const RuleBase* money_field, bool economy, bool* closing) {
  Initiative* open = current();
  if (open == nullptr || std::none_of(segments.begin(), segments.end(),
                                      [](const Segment& s) { return HasDigit(s.text); })) {
    return false;
  }
  std::string joined;
  std::vector<size_t> starts;
  for (const Segment& segment : segments) {
    if (!joined.empty()) joined += ' ';
    starts.push_back(joined.size());
    joined += segment.text;
  }
  const AmountOptions options = AmountOptionsFor(money_field);
  auto segment_at = [&](size_t offset) {
    size_t k = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                   starts.begin());
    return k == 0 ? 0 : k - 1;
  };
  std::vector<PlacedWarnings::Piece> pieces;
  for (size_t k = 0; k < segments.size(); ++k) {
    pieces.push_back({starts[k], segments[k].page, segments[k].line});
  }
  PlacedWarnings placed = AmountWarnings(std::move(pieces));
  std::vector<FoundAmount> amounts = FindAmounts(joined, options, &placed);
  std::vector<Initiative*> owners(amounts.size(), open);
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
      names_another = names_another || tied != open;
    }
    for (size_t a = 0; a < amounts.size(); ++a) {
      if (owners[a] == nullptr && !names_another) owners[a] = open;
    }
  }
  if (closing != nullptr) *closing = names_another;
  for (size_t a = 0; a < amounts.size(); ++a) {
    const FoundAmount& found = amounts[a];
    const Segment& at = segments[segment_at(found.begin)];
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
                   ties[a] != nullptr ? ties[a]->id : CreditedRule(found, money_field),
                   AmountSpan(at, starts[segment_at(found.begin)], found));
  }
  return !amounts.empty();
}

// Money that cannot be one sum of kroner ("2-3 mio. kr.", "2 mio. euro")
// is never dropped in silence: the reader's findings go to the document's
// warnings, at their lines, naming the initiative.
PlacedWarnings InitiativeBuilder::AmountWarnings(std::vector<PlacedWarnings::Piece> pieces) {
  const Initiative* open = current();
  return PlacedWarnings(warnings(), std::move(pieces),
                        open != nullptr ? " (in '" + open->name + "')" : "");
}

namespace {

// Years of amounts that a line break parted from them ("afsat 800.000 kr.
// i" / "2013 og 200.000 kr. i 2014."): an amount of `text` that has none is
// read again with the next line of its paragraph after it. Only the years
// come from there; the amount, its warnings and the next line's own
// amounts are read from each line as before.
void AddYearsFromNextLine(std::string_view text, std::string_view next_line,
                          const AmountOptions& options, std::vector<FoundAmount>* amounts) {
  if (next_line.empty() || std::none_of(amounts->begin(), amounts->end(),
                                        [](const FoundAmount& a) { return a.years.empty(); })) {
    return;
  }
  const std::string joined = std::string(text) + " " + std::string(next_line);
  const std::vector<FoundAmount> across = FindAmounts(joined, options);
  for (FoundAmount& found : *amounts) {
    if (!found.years.empty()) continue;
    for (const FoundAmount& other : across) {
      if (other.begin != found.begin || other.dkk != found.dkk ||
          other.unit_end != found.unit_end || other.years.empty()) {
        continue;
      }
      found.years = other.years;
      found.per_year = other.per_year;
    }
  }
}

}  // namespace

void InitiativeBuilder::AddAmounts(const Segment& segment, const RuleBase* money_field,
                                   std::string_view next_line) {
  Initiative* open = current();
  if (open == nullptr || !HasDigit(segment.text)) return;
  PlacedWarnings placed = AmountWarnings({{0, segment.page, segment.line}});
  const AmountOptions options = AmountOptionsFor(money_field);
  std::vector<FoundAmount> amounts = FindAmounts(segment.text, options, &placed);
  AddYearsFromNextLine(segment.text, next_line, options, &amounts);
  for (const FoundAmount& found : amounts) {
    AddFoundAmount(open, found, segment, CreditedRule(found, money_field),
                   AmountSpan(segment, 0, found));
  }
}

void InitiativeBuilder::AddUnownedAmounts(const Segment& line, const std::string& previous_prose,
                                          std::string_view next_line) {
  const std::string& text = line.text;
  if (!HasDigit(text)) return;
  PlacedWarnings placed = AmountWarnings({{0, line.page, line.line}});
  const AmountOptions options = AmountOptionsFor(nullptr);
  std::vector<FoundAmount> amounts = FindAmounts(text, options, &placed);
  // Most prose holds no amount: no sentences to find owners in.
  if (amounts.empty()) return;
  AddYearsFromNextLine(text, next_line, options, &amounts);
  const std::string context = previous_prose.empty() ? text : previous_prose + " " + text;
  const size_t offset = context.size() - text.size();
  const Sentences sentences(context);
  TieMemo memo;
  for (const FoundAmount& found : amounts) {
    Initiative* owner = TiedInitiative(sentences, offset + found.begin, &memo);
    if (owner != nullptr) {
      AddFoundAmount(owner, found, line, memo.tie->id, AmountSpan(line, 0, found));
      continue;
    }
    warnings()->Warn("amount-unassigned",
                     "'" + found.text + "' is in no initiative; it is not in the output", line.page,
                     line.line);
  }
}

std::optional<TextSpan> InitiativeBuilder::AmountSpan(const Segment& piece, size_t piece_start,
                                                      const FoundAmount& found) const {
  // The amount as written, without the years after it (as Amount::text).
  const size_t end = found.unit_end > found.begin ? found.unit_end : found.end;
  if (found.begin < piece_start) return std::nullopt;
  return SpanInLine(extraction_->document, piece.page, piece.line, piece.text,
                    found.begin - piece_start, end - piece_start);
}

void InitiativeBuilder::AddFoundAmount(Initiative* owner, const FoundAmount& found,
                                       const Segment& segment, const std::string& rule,
                                       std::optional<TextSpan> span) {
  for (Amount& amount : ToModelAmounts(found)) {
    amount.span = span;
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

void InitiativeBuilder::AddTarget(const Segment& item, TargetKind kind, std::optional<int> year,
                                  const std::vector<Pattern>& ignore, const std::string& rule,
                                  bool read_quantity) {
  Initiative* open = current();
  if (open == nullptr) return;
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
  target.span =
      SpanInLine(extraction_->document, item.page, item.line, item.text, 0, item.text.size());
  if (trace_ != nullptr) {
    std::string value = "no number";
    if (target.value) {
      std::ostringstream number;
      number << *target.value;
      if (target.value_max) number << "-" << *target.value_max;
      value = number.str() + " " + UnitWord(target.unit);
    }
    Note(rule, "target", item.page, item.line, item.text,
         std::string("target of '") + open->name + "': " + TargetKindWords(kind) +
             (target.year ? " " + std::to_string(*target.year) : "") + ", " + value);
  }
  open->targets.push_back(std::move(target));
}

}  // namespace bilag
