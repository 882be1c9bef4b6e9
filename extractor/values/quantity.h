// The main quantity of a target sentence: value, unit, comparator and year.
//
// ParseQuantity reads what a goal, requirement, result or success criterion
// promises: "At mindst 150 etniske iværksættere ... i 2008" is 150, count,
// at least, 2008. It considers, left to right:
//   amounts        with a money unit (amount.h)              -> unit kDkk
//   percentages    (percent.h)                  -> kPercent / kPercentagePoints
//   counts         other numbers: "50 mentees", "3-4 foreninger" (a range),
//                  "10.000 og får 500 likes" (10 000, the first)
// and takes the first one outside parentheses (a parenthesis holds background:
// "(Seneste status viser ... 10,6 procentpoint)"); in "fra X til Y" it takes Y
// ("øges fra 6,2 pct. til 6,8 pct." is 6.8). A count is never:
//   a year (1900-2100, so "2000 deltagere" is not a count either), a date, an
//   identifier, a phone number, a page or note reference; an ordinal ("1.
//   ikke-vestlig": a number, '.', then a lower-case word); a list marker ("2)",
//   "1. " opening a line); glued to a word ("3F", "3-årige", "1/3"); written
//   with a decimal point ("1.1" is a section number); a duration ("6 mdr.",
//   "3 år", "2 uger"); a label ("Mål 1:", "stk. 2:").
// Number words (the vocabulary's [[number_word]]: én/ét, to .. tolv, tyve,
// tredive, fyrre, halvtreds) are read only right after a comparator ("min.
// ét", "mindst tre", "minimum fem"). Alone they are too often something
// else ("to" is also English; "en"/"et" are articles, even after "over":
// "over en periode", so they are no number words), so "Gennemførelse af tre
// projekter" has no value.
//
// Comparators are the vocabulary's [[comparator]] rules (rules/values.toml):
// words right before the quantity ("mindst", "ikke under", "op til") or
// after it ("eller mere"), each giving kAtLeast, kAtMost or kEqual; without
// one the comparator is kNone (a bare "30" is a plain value, not "equal").
// "over 50" and "under 5" are strict in Danish; the contract has no strict
// comparators, so they map to kAtLeast / kAtMost with the value as written.
//
// The year is TargetYear(sentence, vocabulary) (year.h).
#ifndef BILAG_EXTRACTOR_VALUES_QUANTITY_H_
#define BILAG_EXTRACTOR_VALUES_QUANTITY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/model/extraction.h"
#include "extractor/values/vocabulary.h"

namespace bilag {

struct Quantity {
  size_t begin = 0, end = 0;  // the quantity as written (number(s) and unit)
  std::string text;
  double value = 0;                 // kroner for kDkk (exact below 2^53)
  std::optional<double> value_max;  // upper bound of a range
  TargetUnit unit = TargetUnit::kCount;
  Comparator comparator = Comparator::kNone;
  std::optional<int> year;
};

// The main quantity of `sentence`, or nullopt when it states none ("Der skal
// være en højere aktiveringsgrad ..."). Never fails otherwise.
std::optional<Quantity> ParseQuantity(std::string_view sentence,
                                      const ValueVocabulary& vocabulary = BuiltinVocabulary());

// A comparator phrase on its own ("mindst", "Min.", "op til") -> its
// Comparator; anything else -> kNone.
Comparator ParseComparator(std::string_view words,
                           const ValueVocabulary& vocabulary = BuiltinVocabulary());

// Copies value, value_max, unit and comparator of ParseQuantity(sentence) into
// `target` (value null and unit kNone when there is none), and the sentence's
// year when it names one; otherwise target->year is kept (a column header may
// have given it).
void ApplyQuantity(std::string_view sentence, Target* target,
                   const ValueVocabulary& vocabulary = BuiltinVocabulary());

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_QUANTITY_H_
