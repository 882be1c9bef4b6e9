#include "extractor/values/year.h"

#include <algorithm>
#include <set>

#include "extractor/values/scan.h"
#include "extractor/values/text.h"

namespace bilag {
namespace {

using values_internal::kNpos;
using values_internal::NumberToken;
using values_internal::Scan;

constexpr int kMaxRangeYears = 50;

const NumberToken* TokenAt(const Scan& scan, size_t begin) {
  const auto& numbers = scan.numbers();
  const auto it = std::lower_bound(numbers.begin(), numbers.end(), begin,
                                   [](const NumberToken& t, size_t b) { return t.begin < b; });
  return it != numbers.end() && it->begin == begin ? &*it : nullptr;
}

// A year written at `i` that is not part of something else (scan already
// knows dates, identifiers and glued numbers; amounts and percentages are
// checked here).
const NumberToken* YearTokenAt(const Scan& scan, size_t i) {
  const NumberToken* token = TokenAt(scan, i);
  if (token == nullptr || !token->plausible_year || token->blocked) return nullptr;
  const std::string_view text = scan.text();
  if (token->glued && !(token->end < text.size() && text[token->end] == '/')) return nullptr;
  if (values_internal::MatchMoneyUnitAfter(scan.vocabulary(), scan.folded(), token->end) ||
      values_internal::MatchPercentUnitAfter(scan.vocabulary(), scan.folded(), token->end)) {
    return nullptr;
  }
  return token;
}

// A second year at `i` closing a range or pair that starts with `first`.
std::optional<std::pair<size_t, int>> SecondYearAt(const Scan& scan, size_t i, int first,
                                                   bool two_digits_ok) {
  size_t run_end = 0;
  const auto token = values_internal::ScanNumberAt(scan.text(), i, false, false, &run_end);
  if (!token || token->grouped || token->value.scale != 0 ||
      scan.IsBlocked(token->begin, token->end)) {
    return std::nullopt;
  }
  int year = static_cast<int>(token->value.mantissa);
  if (token->int_digits == 2 && two_digits_ok) {
    year += first / 100 * 100;  // "2013/14"
  } else if (token->int_digits != 4) {
    return std::nullopt;
  }
  if (!IsPlausibleYear(year) || year <= first || year - first > kMaxRangeYears) return std::nullopt;
  if (values_internal::IsLetterAt(scan.text(), token->end) ||
      values_internal::MatchMoneyUnitAfter(scan.vocabulary(), scan.folded(), token->end) ||
      values_internal::MatchPercentUnitAfter(scan.vocabulary(), scan.folded(), token->end)) {
    return std::nullopt;
  }
  return std::make_pair(token->end, year);
}

struct YearRead {
  size_t end = 0;
  int first = 0, last = 0;
};

// One year, range or pair at `i`.
std::optional<YearRead> ReadYearAt(const Scan& scan, size_t i) {
  const NumberToken* token = YearTokenAt(scan, i);
  if (token == nullptr) return std::nullopt;
  const std::string_view text = scan.text();
  YearRead read{token->end, static_cast<int>(token->value.mantissa),
                static_cast<int>(token->value.mantissa)};
  if (read.end < text.size() && text[read.end] == '/') {
    if (auto second = SecondYearAt(scan, read.end + 1, read.first, true)) {
      read.end = second->first;
      read.last = second->second;
    }
    return read;
  }
  const size_t p = values_internal::SkipSpaces(text, read.end);
  size_t after = kNpos;
  if (const size_t dash = values_internal::DashAt(text, p); dash > 0) {
    after = p + dash;
  } else {
    static const std::vector<std::string_view> kTil = {"til og med", "til"};
    after = values_internal::MatchAnyAfter(scan.folded(), p, kTil, nullptr);
  }
  if (after != kNpos) {
    if (auto second =
            SecondYearAt(scan, values_internal::SkipSpaces(text, after), read.first, false)) {
      read.end = second->first;
      read.last = second->second;
    }
  }
  return read;
}

// The anchor words ([[year_anchor]]) before the year at `begin`; sets
// `*start` to where they begin.
YearAnchor AnchorBefore(const Scan& scan, size_t begin, size_t* start) {
  const std::string_view folded = scan.folded();
  *start = begin;
  size_t end = begin;
  // "ultimo -\n2014": a bullet the PDF text left between the words.
  const size_t q = values_internal::SkipSpacesBack(folded, begin);
  if (q < begin) {
    for (size_t width : {size_t{1}, size_t{3}}) {
      if (q >= width && values_internal::DashAt(folded, q - width) == width &&
          values_internal::SkipSpacesBack(folded, q - width) < q - width) {
        end = q - width;
      }
    }
  }
  const std::vector<ValueVocabulary::Entry>& anchors = scan.vocabulary().index.year_anchors;
  auto anchor_of = [&scan](const ValueVocabulary::Entry& entry) {
    return scan.vocabulary().year_anchors[entry.group].anchor;
  };
  for (size_t attempt_end : {begin, end}) {
    const ValueVocabulary::Entry* anchor = nullptr;
    // "ultimo maj 2014": a month ([[month]]), and maybe an anchor before it.
    const size_t month_start = values_internal::MatchEntryBefore(
        folded, attempt_end, scan.vocabulary().index.months, nullptr);
    if (month_start != kNpos) {
      const size_t anchor_start =
          values_internal::MatchEntryBefore(folded, month_start, anchors, &anchor);
      if (anchor_start != kNpos) {
        *start = anchor_start;
        return anchor_of(*anchor);
      }
      *start = month_start;
      return YearAnchor::kIn;
    }
    const size_t anchor_start =
        values_internal::MatchEntryBefore(folded, attempt_end, anchors, &anchor);
    if (anchor_start != kNpos) {
      *start = anchor_start;
      return anchor_of(*anchor);
    }
    if (end == begin) break;
  }
  return YearAnchor::kNone;
}

// Whether only a list separator (",", "og", "samt", "eller", "&") lies
// between `from` and `to`.
bool OnlyListSeparator(std::string_view folded, size_t from, size_t to) {
  static const std::vector<std::string_view> kWords = {"og", "samt", "eller", "&"};
  size_t p = values_internal::SkipSpaces(folded, from);
  bool seen = false;
  for (int step = 0; step < 2 && p < to; ++step) {
    if (folded[p] == ',') {
      p = values_internal::SkipSpaces(folded, p + 1);
      seen = true;
      continue;
    }
    const size_t end = values_internal::MatchAnyAfter(folded, p, kWords, nullptr);
    if (end == kNpos) break;
    p = values_internal::SkipSpaces(folded, end);
    seen = true;
  }
  return seen && p == to;
}

std::vector<YearMention> Mentions(const Scan& scan) {
  std::vector<YearMention> out;
  size_t consumed = 0;
  for (const NumberToken& token : scan.numbers()) {
    if (token.begin < consumed) continue;
    const auto read = ReadYearAt(scan, token.begin);
    if (!read) continue;
    YearMention mention;
    mention.anchor = AnchorBefore(scan, token.begin, &mention.begin);
    if (mention.begin < consumed) {
      mention.begin = token.begin;
      mention.anchor = YearAnchor::kNone;
    }
    mention.end = read->end;
    mention.first = read->first;
    mention.last = read->last;
    mention.text = std::string(scan.text().substr(mention.begin, mention.end - mention.begin));
    mention.in_parentheses = scan.ParenDepthAt(token.begin) > 0;
    // "fra 2009 til 2011" is a period, not a starting point.
    if (mention.anchor == YearAnchor::kSince && mention.last != mention.first) {
      mention.anchor = YearAnchor::kPeriod;
    }
    if (mention.anchor == YearAnchor::kNone && !out.empty() &&
        OnlyListSeparator(scan.folded(), out.back().end, mention.begin)) {
      mention.anchor = out.back().anchor;
    }
    consumed = mention.end;
    out.push_back(std::move(mention));
  }
  return out;
}

}  // namespace

bool IsPlausibleYear(int year) { return values_internal::IsPlausibleYearValue(year); }

std::vector<int> YearMention::Years() const {
  std::vector<int> out;
  for (int y = first; y <= last; ++y) out.push_back(y);
  return out;
}

namespace values_internal {

std::optional<YearList> ReadYearsAt(const Scan& scan, size_t i, bool lists) {
  static const std::vector<std::string_view> kSeparators = {"og", "samt", "eller", "&"};
  const std::string_view folded = scan.folded();
  size_t p = SkipSpaces(folded, i);
  auto read = ReadYearAt(scan, p);
  if (!read) return std::nullopt;
  YearList list;
  while (read) {
    for (int y = read->first; y <= read->last; ++y) list.years.push_back(y);
    list.end = read->end;
    if (!lists) break;
    p = SkipSpaces(folded, read->end);
    if (p < folded.size() && folded[p] == ',') {
      p = SkipSpaces(folded, p + 1);
      const size_t word = MatchAnyAfter(folded, p, kSeparators, nullptr);
      if (word != kNpos) p = SkipSpaces(folded, word);
    } else {
      const size_t word = MatchAnyAfter(folded, p, kSeparators, nullptr);
      if (word == kNpos) break;
      p = SkipSpaces(folded, word);
    }
    read = ReadYearAt(scan, p);
  }
  return list;
}

}  // namespace values_internal

std::vector<YearMention> FindYears(std::string_view text, const ValueVocabulary& vocabulary) {
  return Mentions(Scan(text, vocabulary));
}

std::optional<int> TargetYear(std::string_view sentence, const ValueVocabulary& vocabulary) {
  return values_internal::TargetYearIn(Scan(sentence, vocabulary));
}

namespace values_internal {

std::optional<int> TargetYearIn(const Scan& scan) {
  const std::vector<YearMention> mentions = Mentions(scan);
  const bool any_outside = std::any_of(mentions.begin(), mentions.end(),
                                       [](const YearMention& m) { return !m.in_parentheses; });
  const YearMention* anchored = nullptr;
  const YearMention* bare = nullptr;
  for (const YearMention& m : mentions) {
    if (any_outside && m.in_parentheses) continue;
    if (m.anchor == YearAnchor::kSince) continue;
    (m.anchor == YearAnchor::kNone ? bare : anchored) = &m;
  }
  if (anchored != nullptr) return anchored->last;
  if (bare != nullptr) return bare->last;
  return std::nullopt;
}

}  // namespace values_internal

std::vector<int> TitleYears(std::string_view title) {
  std::set<int> years;
  for (const YearMention& m : FindYears(title)) {
    for (int y : m.Years()) years.insert(y);
  }
  return std::vector<int>(years.begin(), years.end());
}

Result<std::vector<int>> ParseYears(std::string_view text) {
  std::vector<int> years = TitleYears(text);
  if (years.empty()) {
    return Status::Error(ErrorCode::kYearNone,
                         "no year in \"" + std::string(values_internal::Trim(text)) + "\"");
  }
  return years;
}

}  // namespace bilag
