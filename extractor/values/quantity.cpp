#include "extractor/values/quantity.h"

#include <algorithm>
#include <array>
#include <vector>

#include "extractor/values/scan.h"
#include "extractor/values/text.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

using values_internal::kNpos;
using values_internal::NumberToken;
using values_internal::Scan;
using values_internal::SkipSpaces;

// Words after a count that make it a duration or an age, not the target.
const std::vector<std::string_view>& DurationWords() {
  static const std::vector<std::string_view> kWords = {
      "år",  "års",  "måneder", "måned", "mdr.", "mdr",      "md.", "uger",
      "uge", "dage", "dag",     "timer", "time", "minutter", "ar"};
  return kWords;
}

struct Candidate {
  size_t begin = 0, end = 0;
  double value = 0;
  std::optional<double> value_max;
  TargetUnit unit = TargetUnit::kCount;
};

Comparator ComparatorBefore(const ValueVocabulary& vocabulary, std::string_view folded,
                            size_t begin) {
  const ValueVocabulary::Entry* which = nullptr;
  if (values_internal::MatchEntryBefore(folded, begin, vocabulary.index.comparators_before,
                                        &which) == kNpos) {
    return Comparator::kNone;
  }
  return vocabulary.comparators[which->group].comparator;
}

// "95 pct. eller mere", "5 klager eller færre": right after the quantity or
// after the one word it counts.
Comparator ComparatorAfter(const ValueVocabulary& vocabulary, std::string_view folded, size_t end) {
  const std::vector<ValueVocabulary::Entry>& after = vocabulary.index.comparators_after;
  const ValueVocabulary::Entry* which = nullptr;
  if (values_internal::MatchEntryAfter(folded, end, after, &which) != kNpos) {
    return vocabulary.comparators[which->group].comparator;
  }
  size_t word = SkipSpaces(folded, end);
  if (!values_internal::IsLetterAt(folded, word)) return Comparator::kNone;
  while (word < folded.size() && values_internal::IsWordCharAt(folded, word)) {
    word += static_cast<unsigned char>(folded[word]) >= 0xC0 ? 2u : 1u;
  }
  if (values_internal::MatchEntryAfter(folded, word, after, &which) != kNpos) {
    return vocabulary.comparators[which->group].comparator;
  }
  return Comparator::kNone;
}

bool Inside(size_t pos, const std::vector<values_internal::Span>& spans) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const values_internal::Span& s) { return pos >= s.begin && pos < s.end; });
}

// A count, or a range of counts, starting at `token`.
std::optional<Candidate> CountAt(const Scan& scan, const NumberToken& token) {
  if (token.blocked || token.ordinal || token.list_marker || token.glued || token.dot_decimal ||
      token.plausible_year || token.leading_zero || token.value.mantissa < 0) {
    return std::nullopt;
  }
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  Candidate c;
  c.begin = token.begin;
  c.end = token.end;
  c.value = token.value.ToDouble();
  // "3-4 kulturelle foreninger", "250-300 medarbejdere".
  const size_t p = SkipSpaces(text, token.end);
  if (const size_t dash = values_internal::DashAt(text, p); dash > 0) {
    size_t run_end = 0;
    const auto upper =
        values_internal::ScanNumberAt(text, SkipSpaces(text, p + dash), false, false, &run_end);
    if (upper && !upper->dot_decimal && !scan.IsBlocked(upper->begin, upper->end) &&
        upper->value.ToDouble() > c.value &&
        !(upper->int_digits == 4 && values_internal::IsPlausibleYearValue(upper->value.mantissa)) &&
        !values_internal::IsLetterAt(text, upper->end)) {
      c.value_max = upper->value.ToDouble();
      c.end = upper->end;
    }
  }
  if (values_internal::MatchAnyAfter(folded, c.end, DurationWords(), nullptr) != kNpos) {
    return std::nullopt;
  }
  if (c.end < text.size() && text[c.end] == ':') return std::nullopt;  // "Mål 1:", "stk. 2:"
  return c;
}

// ParseQuantity on a prepared Scan.
std::optional<Quantity> QuantityIn(const Scan& scan) {
  const std::string_view sentence = scan.text();
  const ValueVocabulary& vocabulary = scan.vocabulary();
  const std::string_view folded = scan.folded();
  std::vector<Candidate> candidates;
  std::vector<values_internal::Span> taken;
  for (const FoundAmount& a : values_internal::FindAmountsIn(scan, {}, nullptr)) {
    Candidate c;
    c.begin = a.begin;
    c.end = a.end;
    c.value = static_cast<double>(a.dkk);
    c.unit = TargetUnit::kDkk;
    candidates.push_back(c);
    taken.push_back({a.begin, a.end});
  }
  for (const FoundPercent& f : values_internal::FindPercentsIn(scan)) {
    if (Inside(f.begin, taken)) continue;
    candidates.push_back({f.begin, f.end, f.value, f.value_max, f.unit});
    taken.push_back({f.begin, f.end});
  }
  size_t consumed = 0;
  for (const NumberToken& token : scan.numbers()) {
    if (token.begin < consumed || Inside(token.begin, taken)) continue;
    if (auto c = CountAt(scan, token)) {
      consumed = c->end;
      candidates.push_back(*c);
    }
  }
  // Number words, only right after a comparator ("min. ét", "mindst tre").
  // A byte that starts none of them is passed first: most of the sentence.
  std::array<bool, 256> initial{};
  for (const ValueVocabulary::Entry& w : vocabulary.index.number_words) {
    if (!w.word.empty()) initial[static_cast<unsigned char>(w.word[0])] = true;
  }
  for (size_t i = 0; i < folded.size(); ++i) {
    if (!initial[static_cast<unsigned char>(folded[i])]) continue;
    if (values_internal::AsciiWordCharBefore(folded, i) ||
        values_internal::IsWordCharBefore(folded, i) || !values_internal::IsLetterAt(folded, i)) {
      continue;
    }
    for (const ValueVocabulary::Entry& w : vocabulary.index.number_words) {
      // A word that fails on its first byte needs no call (none starts with a space).
      if (folded[i] != w.word[0]) continue;
      const size_t end = values_internal::MatchPhraseAt(folded, i, w.word);
      if (end == kNpos) continue;
      if (ComparatorBefore(vocabulary, folded, i) != Comparator::kNone &&
          values_internal::MatchAnyAfter(folded, end, DurationWords(), nullptr) == kNpos) {
        candidates.push_back({i, end, static_cast<double>(vocabulary.number_words[w.group].value),
                              std::nullopt, TargetUnit::kCount});
      }
      break;
    }
  }
  const Candidate* best = nullptr;
  for (const Candidate& c : candidates) {
    if (scan.ParenDepthAt(c.begin) > 0) continue;
    if (best == nullptr || c.begin < best->begin) best = &c;
  }
  if (best == nullptr) return std::nullopt;
  // "øges fra 6,2 pct. til 6,8 pct.": the target is where it goes, not where
  // it starts.
  if (values_internal::MatchPhraseEndingAt(
          folded, values_internal::SkipSpacesBack(folded, best->begin), "fra") != kNpos) {
    const size_t til = values_internal::MatchPhraseAt(folded, SkipSpaces(folded, best->end), "til");
    if (til != kNpos) {
      const size_t next = SkipSpaces(folded, til);
      for (const Candidate& c : candidates) {
        if (c.begin == next && c.unit == best->unit) best = &c;
      }
    }
  }
  Quantity q;
  q.begin = best->begin;
  q.end = best->end;
  q.text = std::string(sentence.substr(q.begin, q.end - q.begin));
  q.value = best->value;
  q.value_max = best->value_max;
  q.unit = best->unit;
  q.comparator = ComparatorBefore(vocabulary, folded, best->begin);
  if (q.comparator == Comparator::kNone)
    q.comparator = ComparatorAfter(vocabulary, folded, best->end);
  q.year = values_internal::TargetYearIn(scan);
  return q;
}

}  // namespace

Comparator ParseComparator(std::string_view words, const ValueVocabulary& vocabulary) {
  const std::string folded = FoldCase(values_internal::Trim(words));
  for (const ValueVocabulary::Entry& entry : vocabulary.index.comparators_before) {
    if (values_internal::MatchPhraseAt(folded, 0, entry.word) == folded.size()) {
      return vocabulary.comparators[entry.group].comparator;
    }
  }
  return Comparator::kNone;
}

std::optional<Quantity> ParseQuantity(std::string_view sentence,
                                      const ValueVocabulary& vocabulary) {
  return QuantityIn(Scan(sentence, vocabulary));
}

void ApplyQuantity(std::string_view sentence, Target* target, const ValueVocabulary& vocabulary) {
  // One scan for the quantity and, where there is none, the year.
  const Scan scan(sentence, vocabulary);
  const std::optional<Quantity> q = QuantityIn(scan);
  target->value.reset();
  target->value_max.reset();
  target->unit = TargetUnit::kNone;
  target->comparator = Comparator::kNone;
  if (q) {
    target->value = q->value;
    target->value_max = q->value_max;
    target->unit = q->unit;
    target->comparator = q->comparator;
  }
  if (const std::optional<int> year = q ? q->year : values_internal::TargetYearIn(scan))
    target->year = *year;
}

}  // namespace bilag
