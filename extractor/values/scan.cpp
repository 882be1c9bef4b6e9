#include "extractor/values/scan.h"

#include <algorithm>
#include <array>

#include "extractor/values/text.h"

namespace bilag::values_internal {
namespace {

// A unit may touch the number before it ("50mio.", "50%"): a digit just
// before the phrase does not break its word boundary.
size_t MatchGluedPhraseAt(std::string_view folded, size_t i, std::string_view phrase) {
  if (i > 0 && i <= folded.size() && IsDigit(folded[i - 1])) {
    const size_t end = MatchPhraseAt(folded.substr(i), 0, phrase);
    return end == kNpos ? kNpos : i + end;
  }
  return MatchPhraseAt(folded, i, phrase);
}

int FourDigits(std::string_view text, size_t i) {
  int v = 0;
  for (size_t k = i; k < i + 4; ++k) v = v * 10 + (text[k] - '0');
  return v;
}

}  // namespace

namespace {

std::string_view WordOf(std::string_view phrase) { return phrase; }
std::string_view WordOf(const ValueVocabulary::Entry& entry) { return entry.word; }

// The first of `phrases` that ends at `end` (before whitespace): its start,
// and its index in `*which`. Shared by word lists and vocabulary indexes.
template <typename Phrase>
size_t FirstEndingAt(std::string_view folded, size_t end, const std::vector<Phrase>& phrases,
                     size_t* which) {
  const size_t q = SkipSpacesBack(folded, end);
  for (size_t k = 0; k < phrases.size(); ++k) {
    // Most phrases fail on their last byte: a cheap test before the match.
    const std::string_view word = WordOf(phrases[k]);
    if (word.empty() || (word.back() != ' ' && (q == 0 || folded[q - 1] != word.back()))) continue;
    const size_t start = MatchPhraseEndingAt(folded, q, word);
    if (start != kNpos) {
      if (which != nullptr) *which = k;
      return start;
    }
  }
  return kNpos;
}

// The first of `phrases` that starts at `i` (after whitespace): its end.
template <typename Phrase>
size_t FirstStartingAt(std::string_view folded, size_t i, const std::vector<Phrase>& phrases,
                       size_t* which) {
  const size_t p = SkipSpaces(folded, i);
  for (size_t k = 0; k < phrases.size(); ++k) {
    // Most phrases fail on their first byte: a cheap test before the match.
    const std::string_view word = WordOf(phrases[k]);
    if (word.empty() || (word.front() != ' ' && (p >= folded.size() || folded[p] != word.front())))
      continue;
    const size_t end = MatchGluedPhraseAt(folded, p, word);
    if (end != kNpos) {
      if (which != nullptr) *which = k;
      return end;
    }
  }
  return kNpos;
}

}  // namespace

size_t MatchAnyBefore(std::string_view folded, size_t end,
                      const std::vector<std::string_view>& phrases, size_t* which) {
  return FirstEndingAt(folded, end, phrases, which);
}

size_t MatchAnyAfter(std::string_view folded, size_t i,
                     const std::vector<std::string_view>& phrases, size_t* which) {
  return FirstStartingAt(folded, i, phrases, which);
}

size_t MatchEntryBefore(std::string_view folded, size_t end,
                        const std::vector<ValueVocabulary::Entry>& entries,
                        const ValueVocabulary::Entry** which) {
  size_t k = 0;
  const size_t start = FirstEndingAt(folded, end, entries, &k);
  if (start != kNpos && which != nullptr) *which = &entries[k];
  return start;
}

size_t MatchEntryAfter(std::string_view folded, size_t i,
                       const std::vector<ValueVocabulary::Entry>& entries,
                       const ValueVocabulary::Entry** which) {
  size_t k = 0;
  const size_t end = FirstStartingAt(folded, i, entries, &k);
  if (end != kNpos && which != nullptr) *which = &entries[k];
  return end;
}

std::optional<MoneyUnit> MatchMoneyUnitAfter(const ValueVocabulary& vocabulary,
                                             std::string_view folded, size_t i) {
  const ValueVocabulary::Indexed& index = vocabulary.index;
  // "250.000,-": the Danish way to say "whole kroner" after a number.
  if (folded.substr(i, 2) == ",-" && (i + 2 >= folded.size() || !IsDigit(folded[i + 2]))) {
    const std::string_view rule =
        vocabulary.currencies.empty() ? std::string_view() : vocabulary.currencies[0].rule;
    return MoneyUnit{i + 2, 1, false, rule};
  }
  const ValueVocabulary::Entry* entry = nullptr;
  size_t end = MatchEntryAfter(folded, i, index.scales, &entry);
  if (end != kNpos) {
    const ScaleWords& scale = vocabulary.scales[entry->group];
    MoneyUnit unit{end, scale.multiplier, false, scale.rule};
    // A currency after a scale: "mio. kr.", "mio. euro"; not "mio. t.kr.".
    const ValueVocabulary::Entry* currency = nullptr;
    const size_t after = MatchEntryAfter(folded, end, index.currencies, &currency);
    if (after != kNpos && vocabulary.currencies[currency->group].multiplier == 1) {
      unit.end = after;
      unit.foreign = vocabulary.currencies[currency->group].foreign;
    } else if (scale.needs_currency) {
      return std::nullopt;
    }
    return unit;
  }
  end = MatchEntryAfter(folded, i, index.currencies, &entry);
  if (end == kNpos) return std::nullopt;
  const CurrencyWords& currency = vocabulary.currencies[entry->group];
  return MoneyUnit{end, currency.multiplier, currency.foreign, currency.rule};
}

namespace {

std::optional<PercentUnit> MatchWholePercentUnitAfter(const ValueVocabulary& vocabulary,
                                                      std::string_view folded, size_t i) {
  const ValueVocabulary::Entry* entry = nullptr;
  const size_t end = MatchEntryAfter(folded, i, vocabulary.index.percent_units, &entry);
  if (end == kNpos) return std::nullopt;
  return PercentUnit{end, vocabulary.percent_units[entry->group].points};
}

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// A cell too narrow for a long unit word breaks it where its line ends,
// without a hyphen ("2 pro" / "centpoint", "10 procentp" / "oint"); with
// the line break read as a space, the unit reads again once the one space
// inside it is taken out. The unit must span that space.
std::optional<PercentUnit> MatchBrokenPercentUnitAfter(const ValueVocabulary& vocabulary,
                                                       std::string_view folded, size_t i) {
  const size_t p = SkipSpaces(folded, i);
  // Only a letter that starts a spelled-out unit ("p" for procent, pct.,
  // procentpoint): most numbers are followed by other words and cost no
  // more than this.
  if (p >= folded.size() ||
      vocabulary.index.percent_unit_initials.find(folded[p]) == std::string::npos) {
    return std::nullopt;
  }
  size_t space = p;
  while (space < folded.size() && IsAsciiLower(folded[space])) ++space;
  if (space == p || space + 1 >= folded.size() || folded[space] != ' ' ||
      !IsAsciiLower(folded[space + 1])) {
    return std::nullopt;
  }
  size_t rest_end = space + 1;
  while (rest_end < folded.size() && folded[rest_end] != ' ' && folded[rest_end] != '\n') {
    ++rest_end;
  }
  std::string joined(folded.substr(p, space - p));
  joined.append(folded.substr(space + 1, rest_end - space - 1));
  const std::optional<PercentUnit> unit = MatchWholePercentUnitAfter(vocabulary, joined, 0);
  if (!unit || unit->end <= space - p) return std::nullopt;
  return PercentUnit{p + unit->end + 1, unit->points};
}

}  // namespace

std::optional<PercentUnit> MatchPercentUnitAfter(const ValueVocabulary& vocabulary,
                                                 std::string_view folded, size_t i) {
  const std::optional<PercentUnit> whole = MatchWholePercentUnitAfter(vocabulary, folded, i);
  if (whole && whole->points) return whole;
  // "procent" is a whole word in "2,5 procent" / "point" too: the points
  // a narrow cell broke (or a writer spaced) are the longer reading.
  const std::optional<PercentUnit> broken = MatchBrokenPercentUnitAfter(vocabulary, folded, i);
  if (broken && (!whole || broken->points)) return broken;
  return whole;
}

size_t MatchApproxBefore(const ValueVocabulary& vocabulary, std::string_view folded, size_t i) {
  return MatchEntryBefore(folded, i, vocabulary.index.approximate, nullptr);
}

size_t MatchPerYearAfter(const ValueVocabulary& vocabulary, std::string_view folded, size_t i) {
  const size_t p = SkipSpaces(folded, i);
  for (const ValueVocabulary::Entry& entry : vocabulary.index.per_year) {
    const size_t end = MatchPhraseAt(folded, p, entry.word);
    if (end != kNpos) return end;
  }
  return kNpos;
}

Scan::Scan(std::string_view text, const ValueVocabulary& vocabulary)
    : text_(text), folded_(FoldCase(text)), vocabulary_(&vocabulary) {
  // What is blocked matters only to the number tokens, and without a digit
  // there are none: most prose lines and cells.
  if (LastDigit(text_) == kNpos) {
    IndexParentheses();
    return;
  }
  for (const DateShape& date : FindDateShapes(*vocabulary_, text_, folded_))
    blocked_.push_back({date.begin, date.end});
  BlockIdentifiers();
  BlockKeywordNumbers();
  BlockPhoneNumbers();
  IndexBlockedSpans();
  IndexParentheses();

  const size_t n = text_.size();
  size_t i = 0;
  while (i < n) {
    i = NextDigit(text_, i);
    if (i >= n) break;
    // A number glued to what precedes it is part of something else: "Æ5",
    // "WY28", "Ad.1", "17,5.Sal", "+45", "2008/2009" (years read that form
    // themselves), "M+forløb".
    bool readable = !IsWordCharBefore(text_, i);
    if (readable && i > 0) {
      const char before = text_[i - 1];
      if (before == '.' || before == ',') {
        readable = !IsWordCharBefore(text_, i - 1);
      } else if (before == '+' || before == '@' || before == '_' || before == '/' ||
                 before == '#' || before == '\\' || before == '&') {
        readable = false;
      }
    }
    size_t run_end = i + 1;
    auto token = ScanNumberAt(text_, i, false, true, &run_end);
    if (token && token->ascii_grouped && !IsLetterAt(text_, SkipSpaces(text_, token->end)) &&
        !MatchMoneyUnitAfter(*vocabulary_, folded_, token->end) &&
        !MatchPercentUnitAfter(*vocabulary_, folded_, token->end)) {
      token = ScanNumberAt(text_, i, false, false, &run_end);
    }
    if (!readable || !token) {
      i = run_end;
      continue;
    }
    NumberToken& t = *token;
    t.blocked = IsBlocked(t.begin, t.end);
    t.plausible_year = !t.grouped && t.value.scale == 0 && t.int_digits == 4 &&
                       IsPlausibleYearValue(t.value.mantissa);
    t.leading_zero = t.int_digits > 1 && text_[t.begin] == '0' && !t.grouped;
    const size_t e = t.end;
    if (IsLetterAt(text_, e)) {
      t.glued = !MatchMoneyUnitAfter(*vocabulary_, folded_, e) &&
                !MatchPercentUnitAfter(*vocabulary_, folded_, e);
    } else if (const size_t dash = DashAt(text_, e); dash > 0 && IsLetterAt(text_, e + dash)) {
      t.glued = true;  // "3-årige", "18-årige"
    } else if (e + 1 < n && (text_[e] == '/' || text_[e] == '@') && IsDigit(text_[e + 1])) {
      t.glued = true;  // "1/3", "2008/2009" (see year.h)
    }
    const bool integer = !t.grouped && t.value.scale == 0;
    if (integer && e + 1 < n && text_[e] == '.' && SpaceAt(text_, e + 1) > 0 &&
        IsLowerLetterAt(text_, SkipSpaces(text_, e + 1))) {
      t.ordinal = true;  // Danish sentences start with a capital; "1. ikke-vestlig" does not
    }
    // A list marker opens a line (after spaces or a bullet) and is followed by
    // ')' or ". ": "1. Økonomiudvalget ...", "2) Borgerrepræsentationen ...".
    if (integer && t.int_digits <= 2) {
      size_t b = t.begin;
      while (b > 0) {
        if (text_[b - 1] == ' ' || text_[b - 1] == '-' || text_[b - 1] == '*') {
          --b;
        } else {
          break;
        }
      }
      const bool line_start =
          b == 0 || text_[b - 1] == '\n' || text_[b - 1] == '\t' || text_[b - 1] == '>';
      const bool closes = e < n && (text_[e] == ')' ||
                                    (text_[e] == '.' && (e + 1 == n || SpaceAt(text_, e + 1) > 0)));
      const bool in_parens = t.begin > 0 && text_[t.begin - 1] == '(' && e < n && text_[e] == ')';
      t.list_marker = (line_start && closes) || in_parens;
    }
    t.paren_depth = ParenDepthAt(t.begin);
    numbers_.push_back(t);
    i = e;
  }
}

void Scan::IndexBlockedSpans() {
  std::sort(blocked_.begin(), blocked_.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  blocked_reach_.reserve(blocked_.size());
  size_t reach = 0;
  for (const Span& span : blocked_) {
    reach = std::max(reach, span.end);
    blocked_reach_.push_back(reach);
  }
}

void Scan::IndexParentheses() {
  // A ')' before the first '(' changes no depth: most texts have neither.
  const size_t first_open = text_.find('(');
  if (first_open == std::string_view::npos) return;
  int depth = 0;
  for (size_t k = first_open; k < text_.size(); ++k) {
    if (text_[k] == '(') {
      ++depth;
    } else if (text_[k] == ')' && depth > 0) {
      --depth;
    } else {
      continue;
    }
    paren_positions_.push_back(k);
    depth_after_paren_.push_back(depth);
  }
}

bool Scan::IsBlocked(size_t begin, size_t end) const {
  // The spans that start before `end` are a prefix; one of them overlaps
  // iff the farthest any of them reaches is past `begin`.
  auto first_after = std::lower_bound(blocked_.begin(), blocked_.end(), end,
                                      [](const Span& s, size_t at) { return s.begin < at; });
  if (first_after == blocked_.begin()) return false;
  return blocked_reach_[static_cast<size_t>(first_after - blocked_.begin()) - 1] > begin;
}

int Scan::ParenDepthAt(size_t i) const {
  // The depth after the last parenthesis before `i`.
  auto after = std::lower_bound(paren_positions_.begin(), paren_positions_.end(), i);
  if (after == paren_positions_.begin()) return 0;
  return depth_after_paren_[static_cast<size_t>(after - paren_positions_.begin()) - 1];
}

void Scan::BlockIdentifiers() {
  const size_t n = text_.size();
  size_t i = 0;
  while (i < n) {
    i = NextDigit(text_, i);
    if (i >= n) break;
    if (i > 0 && IsDigit(text_[i - 1])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && IsDigit(text_[end])) ++end;
    const size_t first = end - i;
    // Ten or more ungrouped digits: CPR, EAN, GLN, account numbers. Amounts of
    // that size are written with thousands separators.
    if (first >= 10) blocked_.push_back({i, end});
    // "2010-32472", "2010-204624", "010203-1234": a case, document or CPR
    // number; a year range ("2005-2007") or count range ("250-300") has at
    // most four digits on each side.
    if (end + 1 < n && text_[end] == '-' && IsDigit(text_[end + 1])) {
      size_t second_end = end + 1;
      while (second_end < n && IsDigit(text_[second_end])) ++second_end;
      const size_t second = second_end - end - 1;
      if (first >= 5 || second >= 5) blocked_.push_back({i, second_end});
      end = second_end;
    }
    i = end;
  }
}

void Scan::BlockKeywordNumbers() {
  // Numbers that follow these words name a thing instead of counting it.
  static const std::vector<std::string_view> kKeywords = {
      "telefon",    "tlf.",        "tlf",        "mobil",   "mobilnr.", "fax",      "sagsnr.",
      "sagsnr",     "dokumentnr.", "dokumentnr", "dok.nr.", "j.nr.",    "j. nr.",   "jnr.",
      "journalnr.", "nr.",         "nr",         "nummer",  "numre",    "ean",      "ean-nr.",
      "cvr",        "cvr-nr.",     "cvr.nr.",    "se-nr.",  "p-nr.",    "side",     "sider",
      "bilag",      "note",        "noter",      "kl.",     "klokken",  "\xC2\xA7", "postnr.",
      "reg.nr.",    "konto",       "kontonr.",   "pkt.",    "punkt",    "afsnit",   "kapitel",
      "ad",         "ad."};
  static const std::vector<std::string_view> kPhoneKeywords = {"telefon", "tlf.",     "tlf",
                                                               "mobil",   "mobilnr.", "fax"};
  // The keywords by first byte, in kKeywords' order (the first that matches
  // wins): most positions start none, and the rest try only their own few.
  static const std::array<std::vector<std::string_view>, 256> kByFirstByte = [] {
    std::array<std::vector<std::string_view>, 256> by_first{};
    for (std::string_view keyword : kKeywords) {
      by_first[static_cast<unsigned char>(keyword[0])].push_back(keyword);
    }
    return by_first;
  }();
  const std::string_view folded = folded_;
  const size_t n = folded.size();
  // A keyword only blocks the number after it: none can start at or after
  // the last digit (most prose lines have none at all).
  const size_t last_digit = LastDigit(folded);
  if (last_digit == std::string_view::npos) return;
  auto try_keywords_at = [&](size_t i) {
    const std::vector<std::string_view>& candidates =
        kByFirstByte[static_cast<unsigned char>(folded[i])];
    if (candidates.empty()) return;
    if (AsciiWordCharBefore(folded, i) || IsWordCharBefore(folded, i)) return;
    for (std::string_view keyword : candidates) {
      // Every keyword's second byte is a letter or sign (no space): most
      // words fail on it, before a call.
      if (i + 1 >= n || folded[i + 1] != keyword[1]) continue;
      const size_t end = MatchPhraseAt(folded, i, keyword);
      if (end == kNpos) continue;
      const bool phone =
          std::find(kPhoneKeywords.begin(), kPhoneKeywords.end(), keyword) != kPhoneKeywords.end();
      size_t p = end;
      while (p < n &&
             (SpaceAt(folded, p) > 0 || folded[p] == ':' || folded[p] == '.' || folded[p] == '#')) {
        p += std::max<size_t>(SpaceAt(folded, p), 1);
      }
      if (p >= n || !IsDigit(folded[p])) return;
      size_t q = p;
      while (q < n) {
        if (IsDigit(folded[q])) {
          ++q;
        } else if ((folded[q] == '-' || folded[q] == '.' || folded[q] == '/' ||
                    (phone && folded[q] == ' ')) &&
                   q + 1 < n && IsDigit(folded[q + 1])) {
          ++q;
        } else {
          break;
        }
      }
      blocked_.push_back({p, q});
      // "Side 2 af 4": the page count too.
      if (keyword == "side") {
        const size_t af = MatchPhraseAt(folded, SkipSpaces(folded, q), "af");
        if (af != kNpos) {
          const size_t r = SkipSpaces(folded, af);
          size_t s = r;
          while (s < n && IsDigit(folded[s])) ++s;
          if (s > r) blocked_.push_back({r, s});
        }
      }
      return;
    }
  };
  // A keyword that blocks ends where spaces, ':', '.' or '#' lead to the
  // first digit of a number; those bytes, and a keyword's letters (at most
  // no more than its length), lie just
  // before it. So only a few positions before each number can start one:
  // walking back from the number, every byte that is a space, one of
  // those signs or part of a multi-byte character is passed for free, the
  // others count. Each such position is tried once, in order, as a try at
  // every position would, and the others would find nothing to block.
  static const size_t kLongestKeyword =
      std::max_element(kKeywords.begin(), kKeywords.end(),
                       [](std::string_view a, std::string_view b) { return a.size() < b.size(); })
          ->size();
  size_t tried_to = 0;
  for (size_t p = NextDigit(folded, 0); p <= last_digit; p = NextDigit(folded, p + 1)) {
    if (p > 0 && IsDigit(folded[p - 1])) continue;
    size_t from = p, counted = 0;
    while (from > tried_to) {
      const unsigned char c = static_cast<unsigned char>(folded[from - 1]);
      const bool free = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '.' ||
                        c == '#' || c >= 0x80;
      if (!free && counted++ == kLongestKeyword) break;
      --from;
    }
    for (size_t i = from; i < p; ++i) try_keywords_at(i);
    tried_to = p;
  }
}

void Scan::BlockPhoneNumbers() {
  const std::string_view t = text_;
  const size_t n = t.size();
  auto digits_at = [&](size_t i, size_t count) {
    if (i + count > n) return false;
    for (size_t k = 0; k < count; ++k) {
      if (!IsDigit(t[i + k])) return false;
    }
    return i + count == n || !IsDigit(t[i + count]);
  };
  auto clean_end = [&](size_t e) {
    // Not followed by a decimal or thousands part.
    return !(e + 1 < n && (t[e] == '.' || t[e] == ',') && IsDigit(t[e + 1]));
  };
  for (size_t i = 0; i < n; ++i) {
    i = NextDigit(t, i);
    if (i >= n) break;
    if (i > 0 && (IsDigit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ',')) continue;
    // "+45 3317 3047", "+4533173047".
    if (i > 0 && t[i - 1] == '+') {
      size_t e = i;
      while (e < n && (IsDigit(t[e]) || (t[e] == ' ' && e + 1 < n && IsDigit(t[e + 1])))) ++e;
      blocked_.push_back({i - 1, e});
      i = e;
      continue;
    }
    bool ascii = false;
    // "3317 3047" (not two years side by side).
    if (digits_at(i, 4)) {
      const size_t s = GroupSpaceAt(t, i + 4, &ascii);
      if (s > 0 && digits_at(i + 4 + s, 4) && clean_end(i + 8 + s)) {
        const int a = FourDigits(t, i);
        const int b = FourDigits(t, i + 4 + s);
        if (!IsPlausibleYearValue(a) || !IsPlausibleYearValue(b)) {
          blocked_.push_back({i, i + 8 + s});
          i += 8 + s;
          continue;
        }
      }
    }
    // "33 17 30 47".
    size_t e = i;
    int pairs = 0;
    while (digits_at(e, 2)) {
      ++pairs;
      e += 2;
      if (pairs == 4) break;
      const size_t s = GroupSpaceAt(t, e, &ascii);
      if (s == 0 || !digits_at(e + s, 2)) break;
      e += s;
    }
    if (pairs == 4 && clean_end(e)) {
      blocked_.push_back({i, e});
      i = e;
    }
  }
}

}  // namespace bilag::values_internal
