// The words the value readers look for around a number: money scales and
// currencies, percent units, approximation words, per-year phrases,
// comparators, the words before a year that say what it is for, and the
// calendar and number words: months, weekdays, counts written as words.
//
// They are the rule files' (rules/values.toml: [[money_scale]], [[currency]],
// [[percent_unit]], [[approximate]], [[per_year]], [[comparator]],
// [[year_anchor]], [[month]], [[weekday]], [[number_word]]), so that a user
// can teach the readers an archive's own words ("mill. kr.", "omtrentlig",
// "mart." for March) without recompiling; the rule loader builds a
// ValueVocabulary from them and the extraction passes it to every reader,
// and its month words to the layout (LayoutOptions) and the report. BuiltinVocabulary() is the
// shipped file's set for callers without rules (unit tests, fuzzers, the
// stages' default options); a test keeps the two equal. It is the only copy
// of these words in the code.
//
// Words are matched on case-folded text as whole words (a digit may touch a
// unit: "50mio."). Where several words fit at one place the longest wins, so
// "ikke under" (at least) beats "under" (at most) and "millioner" beats
// "million".
#ifndef BILAG_EXTRACTOR_VALUES_VOCABULARY_H_
#define BILAG_EXTRACTOR_VALUES_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extractor/model/extraction.h"
#include "extractor/values/year_anchor.h"

namespace bilag {

// Words of one meaning, and the rule they came from (credited on amounts).
struct VocabularyWords {
  std::string rule;
  std::vector<std::string> words;  // case-folded
};

// "mio.", "mia.", "tusind": multiplies the number before it.
struct ScaleWords : VocabularyWords {
  int64_t multiplier = 1;
  // Spelled-out scales also count other nouns ("1 million indbyggere"): they
  // are money only with a currency after them. Abbreviations ("1,5 mio.")
  // are money alone.
  bool needs_currency = false;
};

// "kr.", "t.kr.", "euro": a currency, possibly with a scale of its own.
struct CurrencyWords : VocabularyWords {
  int64_t multiplier = 1;
  bool foreign = false;                   // a sum, but not in kroner: a warning
  std::vector<std::string> before_words;  // also written before the number ("kr. 250.000")
};

// "pct.", "procent", "%" or, with `points`, "procentpoint", "%-point".
struct PercentWords : VocabularyWords {
  bool points = false;  // percentage points: a change, not a share
};

struct ComparatorWords : VocabularyWords {
  Comparator comparator = Comparator::kNone;
  std::vector<std::string> after_words;  // after the quantity ("eller mere")
};

// "ultimo", "til og med", "siden": before a year, what the year is for.
struct YearAnchorWords : VocabularyWords {
  YearAnchor anchor = YearAnchor::kNone;
};

// "januar", "jan.": a month's name (the first word: the report writes dates
// with it) and its abbreviations.
struct MonthWords : VocabularyWords {
  int month = 0;  // 1 = January
};

// "to", "tre": a count written as a word (read after a comparator only).
struct NumberWords : VocabularyWords {
  int value = 0;
};

struct ValueVocabulary {
  std::vector<ScaleWords> scales;
  std::vector<CurrencyWords> currencies;
  std::vector<PercentWords> percent_units;
  std::vector<VocabularyWords> approximate;   // "ca.", "omkring", before the number
  std::vector<VocabularyWords> per_year;      // "årligt", "om året", after the unit
  std::vector<ComparatorWords> comparators;   // "mindst", "højst", before the quantity
  std::vector<YearAnchorWords> year_anchors;  // "ultimo", "senest", before a year
  std::vector<MonthWords> months;             // "marts", "okt.": dates, "ultimo maj 2014"
  std::vector<VocabularyWords> weekdays;      // "mandag": before a date, adds nothing
  std::vector<NumberWords> number_words;      // "tre": "mindst tre projekter"

  // Every word once, longest first, with the index of its group: what the
  // readers match against. Built by Index(), after the groups change.
  struct Entry {
    std::string word;
    size_t group = 0;
  };
  struct Indexed {
    std::vector<Entry> scales, currencies, currencies_before, percent_units, approximate, per_year,
        comparators_before, comparators_after, year_anchors, months, weekdays, number_words;
    // The first bytes of the percent unit words that start with a letter:
    // a unit a line break split ("2 pro" / "centpoint") is looked for only
    // after one of them.
    std::string percent_unit_initials;
  } index;
  void Index();
};

// The vocabulary of the shipped rules/values.toml, indexed.
const ValueVocabulary& BuiltinVocabulary();

// Every month word of `vocabulary` (case-folded, longest first), as plain
// data for the stages that know no vocabulary: the layout tells a dateline
// and a date in a table header by them (LayoutOptions::month_words).
std::vector<std::string> MonthWordsOf(const ValueVocabulary& vocabulary);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_VOCABULARY_H_
