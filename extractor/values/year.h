// Years, year ranges and the year a sentence is about.
//
// A year is four digits from 1900 to 2100, written without separators, that
// is not part of a date ("23-03-2010"), a case number ("2010-32472"), an amount
// ("2000 kr.") or a percentage. Two-digit years ("I 08") are not read.
//
// Forms accepted:
//   "2013"                              one year
//   "2011-2014", "2011–2014",           a range, expanded: 2011, 2012, 2013,
//   "2011 - 2014", "fra 2009 til 2011"  2014 (at most 50 years long)
//   "2008/2009", "2013/14"              two years (a season or budget year)
//   "2005, 2006 og 2007"                a list; each year is its own mention,
//                                       and a year continuing a list takes the
//                                       anchor of the first ("for 2005, 2006
//                                       og 2007" are all kFor)
// and the words before a year that say what it is for (YearAnchor), the
// vocabulary's [[year_anchor]] rules (rules/values.toml; the longest that
// ends before the year wins, so "til og med år" beats "år"):
//   "ultimo 2014", "ultimo maj 2014", "primo 2010", "medio 2009",
//   "(frem mod / ved / inden) udgangen af 2014", "i 2013", "i løbet af 2009",
//   "for 2009", "for perioden 2011-2014", "til og med (år) 2010",
//   "frem til 2014", "senest 2012", "år 2011", "fra 2010", "siden 2008".
// A stray list bullet between the word and the year ("ultimo -\n2014", as PDF
// text extraction leaves it) is skipped.
#ifndef BILAG_EXTRACTOR_VALUES_YEAR_H_
#define BILAG_EXTRACTOR_VALUES_YEAR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/values/vocabulary.h"
#include "extractor/values/year_anchor.h"

namespace bilag {

struct YearMention {
  size_t begin = 0, end = 0;  // byte offsets, anchor words included
  std::string text;
  int first = 0, last = 0;  // equal for a single year
  YearAnchor anchor = YearAnchor::kNone;
  bool in_parentheses = false;
  std::vector<int> Years() const;  // first..last
};

// Every year mention in `text`, left to right.
std::vector<YearMention> FindYears(std::string_view text,
                                   const ValueVocabulary& vocabulary = BuiltinVocabulary());

// The year a target sentence is for: the end year of the last anchored
// mention (any anchor but kSince), else of the last bare year; mentions inside
// parentheses count only when there are none outside. nullopt when the
// sentence names no such year.
//   "At mindst 150 ... modtager rådgivning i 2008"          -> 2008
//   "At 30 procent af aktiveringen ... ultimo 2014 sker ..." -> 2014
//   "... i 2013/2014"                                         -> 2014
std::optional<int> TargetYear(std::string_view sentence,
                              const ValueVocabulary& vocabulary = BuiltinVocabulary());

// Every year a title or heading covers, ranges expanded, sorted, without
// duplicates; empty when there is none.
//   "Resultater og mål for integrationsindsatsen 2005-2007" -> 2005, 2006, 2007
//   "Handleplan ... for perioden 2011-2014"                 -> 2011 .. 2014
std::vector<int> TitleYears(std::string_view title);

// Like TitleYears, for a text captured as a year expression ("2011-2014",
// "2008/2009", "ultimo 2014"). Error "year-none" when it holds no year.
Result<std::vector<int>> ParseYears(std::string_view text);

bool IsPlausibleYear(int year);  // 1900..2100

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_YEAR_H_
