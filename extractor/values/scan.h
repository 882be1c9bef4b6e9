// Internal to extractor/values: one pass over a sentence that every value
// scanner shares. It finds the number tokens, marks the ones that are not
// quantities (inside dates, identifiers, phone numbers, page references;
// ordinals; list markers; glued to letters), and matches the words around
// them: money, approximation and per-year words from its ValueVocabulary
// (the rule files' [[money_scale]], [[currency]], ...; vocabulary.h), and
// the percent units.
#ifndef BILAG_EXTRACTOR_VALUES_SCAN_H_
#define BILAG_EXTRACTOR_VALUES_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/values/amount.h"
#include "extractor/values/number.h"
#include "extractor/values/percent.h"
#include "extractor/values/vocabulary.h"

namespace bilag::values_internal {

struct NumberToken {
  size_t begin = 0, end = 0;
  DecimalNumber value;
  int int_digits = 0;          // digits before the decimal mark
  bool grouped = false;        // has thousands separators
  bool ascii_grouped = false;  // ... and they are ASCII spaces
  bool dot_decimal = false;    // the decimal mark was '.' ("10.9")
  bool negative = false;       // exact parse only
  // Set by Scan:
  bool blocked = false;      // inside a date, identifier, phone, page reference
  bool ordinal = false;      // "1. ikke-vestlig", "9. okt."
  bool list_marker = false;  // "2) ..." or "1. ..." opening a line
  bool glued = false;        // "3F", "3-årige", "1/3"
  bool plausible_year = false;
  bool leading_zero = false;  // "08", "09": a two-digit year or a code, never a quantity
  int paren_depth = 0;        // how many '(' are open at the token
};

// Reads a number starting at `i` (a digit, or with `allow_sign` a minus).
// Returns nullopt when the characters there are not one number (see number.h
// for the forms); `*run_end` is then set past the whole run of digits and
// separators so that the caller does not read its tail as a number.
std::optional<NumberToken> ScanNumberAt(std::string_view text, size_t i, bool allow_sign,
                                        bool allow_ascii_groups, size_t* run_end);

bool IsPlausibleYearValue(int64_t value);

// A date as written, possibly without a year ("21. april"), possibly invalid
// ("31-02-2010"): anything shaped like a date is never a quantity.
struct DateShape {
  size_t begin = 0, end = 0;
  int day = 0, month = 0;
  std::optional<int> year;
};
// Implemented in date.cpp.
std::vector<DateShape> FindDateShapes(const ValueVocabulary& vocabulary, std::string_view text,
                                      std::string_view folded);
bool IsValidDate(int year, int month, int day);

struct Span {
  size_t begin = 0, end = 0;
};

// A sentence prepared for the value scanners.
class Scan {
 public:
  explicit Scan(std::string_view text, const ValueVocabulary& vocabulary = BuiltinVocabulary());

  std::string_view text() const { return text_; }
  std::string_view folded() const { return folded_; }
  const ValueVocabulary& vocabulary() const { return *vocabulary_; }
  const std::vector<NumberToken>& numbers() const { return numbers_; }
  // Whether [begin, end) overlaps a date, identifier, phone or reference.
  // Both answer in O(log n), so a line of many numbers stays linear.
  bool IsBlocked(size_t begin, size_t end) const;
  int ParenDepthAt(size_t i) const;

 private:
  void BlockIdentifiers();
  void BlockKeywordNumbers();
  void BlockPhoneNumbers();
  void IndexBlockedSpans();
  void IndexParentheses();

  std::string_view text_;
  std::string folded_;
  const ValueVocabulary* vocabulary_;
  std::vector<Span> blocked_;            // sorted by begin once built
  std::vector<size_t> blocked_reach_;    // [k]: the largest end among blocked_[0..k]
  std::vector<size_t> paren_positions_;  // every '(' and ')' that changes the depth
  std::vector<int> depth_after_paren_;   // the depth just after each of them
  std::vector<NumberToken> numbers_;
};

// A year expression starting at `i` (after whitespace): one year, a range
// ("2010-2012", "2010 til 2012"), a pair ("2013/2014") or, with `lists`, a
// list of those ("2005, 2006 og 2007"). Implemented in year.cpp.
struct YearList {
  size_t end = 0;
  std::vector<int> years;  // ranges expanded, in the order written
};
std::optional<YearList> ReadYearsAt(const Scan& scan, size_t i, bool lists);
// TargetYear (year.h) on a prepared Scan, for a reader that has one.
std::optional<int> TargetYearIn(const Scan& scan);

// The scanners behind FindAmounts / FindPercents, on a prepared Scan.
// Implemented in amount.cpp and percent.cpp.
std::vector<FoundAmount> FindAmountsIn(const Scan& scan, const AmountOptions& options,
                                       std::vector<AmountProblem>* problems);
std::vector<FoundPercent> FindPercentsIn(const Scan& scan);

// --- Unit lexicon. All positions are byte offsets; `folded` is FoldCase(text).

struct MoneyUnit {
  size_t end = 0;          // just past the unit
  int64_t multiplier = 1;  // 1000 for "t.kr.", 1000000 for "mio."
  bool foreign = false;    // "mio. euro": a sum, but not in kroner
  std::string_view rule;   // the vocabulary rule that read the unit
};
// A money unit starting at `i` (after optional whitespace): an optional scale
// word (tusind, t., mio., mill., million(er), mia., mrd., milliard(er)) then an
// optional currency (kr., kr, kroner, DKK, ",-"); "t.kr."/"tkr." together.
// A scale abbreviation alone counts ("1,5 mio"); a spelled-out scale word
// needs a currency. Returns nullopt if there is no money unit.
std::optional<MoneyUnit> MatchMoneyUnitAfter(const ValueVocabulary& vocabulary,
                                             std::string_view folded, size_t i);

struct PercentUnit {
  size_t end = 0;
  bool points = false;  // procentpoint, %-point, pct.-point
};
// A percent unit of the vocabulary ([[percent_unit]]) starting at `i`
// (after optional whitespace), also one a line break split without a hyphen
// ("2 pro" / "centpoint"); the longest reading wins.
std::optional<PercentUnit> MatchPercentUnitAfter(const ValueVocabulary& vocabulary,
                                                 std::string_view folded, size_t i);

// An approximation marker ("ca.", "cirka", "omkring", "knap", "godt", "op mod",
// ...) ending (before whitespace) at `i`: returns its start or kNpos.
size_t MatchApproxBefore(const ValueVocabulary& vocabulary, std::string_view folded, size_t i);
// A per-year phrase ("årligt", "om året", "pr. år", ...) after optional
// whitespace at `i`: returns its end or kNpos.
size_t MatchPerYearAfter(const ValueVocabulary& vocabulary, std::string_view folded, size_t i);

// The first of `phrases` that ends at `end` (before whitespace); returns its
// start and sets `*which` to its index. Longest phrases should come first.
size_t MatchAnyBefore(std::string_view folded, size_t end,
                      const std::vector<std::string_view>& phrases, size_t* which);
// The same over a vocabulary index (longest first); `*which` is the entry.
size_t MatchEntryBefore(std::string_view folded, size_t end,
                        const std::vector<ValueVocabulary::Entry>& entries,
                        const ValueVocabulary::Entry** which);
size_t MatchEntryAfter(std::string_view folded, size_t i,
                       const std::vector<ValueVocabulary::Entry>& entries,
                       const ValueVocabulary::Entry** which);

// The first of `phrases` that starts at `i` (after whitespace); returns its end.
size_t MatchAnyAfter(std::string_view folded, size_t i,
                     const std::vector<std::string_view>& phrases, size_t* which);

}  // namespace bilag::values_internal

#endif  // BILAG_EXTRACTOR_VALUES_SCAN_H_
