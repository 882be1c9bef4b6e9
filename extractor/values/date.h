// Dates to ISO 8601 (yyyy-mm-dd).
//
// Forms accepted:
//   "23-03-2010", "23.03.2010", "23/03/2010"   day, month, year; one separator
//   "23/3 2010", "23/3-2010"                   the Danish short form
//   "23. marts 2010", "1. januar 2007",        day, month name or abbreviation
//   "9. okt. 2008", "23 marts 2010"            (the vocabulary's [[month]]
//                                              words: "okt.", "sept"), year
//   "2010-03-23"                               ISO
//   "24.01.09", "23-03-10"                     two-digit years: 00-69 are
//                                              20xx, 70-99 are 19xx
// ParseDate also takes a leading weekday ([[weekday]]) and "den" ("mandag
// den 23. marts 2010").
//
// A date must exist: "31-02-2010" fails with "date-invalid" rather than being
// moved to 3 March. A date without a year ("21. april") fails with
// "date-no-year"; the amount and quantity scanners still know it is a date and
// never read its numbers as quantities.
#ifndef BILAG_EXTRACTOR_VALUES_DATE_H_
#define BILAG_EXTRACTOR_VALUES_DATE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/values/vocabulary.h"

namespace bilag {

// The whole text must be one date. Returns "yyyy-mm-dd". Errors:
// "date-empty", "date-unreadable", "date-no-year", "date-invalid".
Result<std::string> ParseDate(std::string_view text,
                              const ValueVocabulary& vocabulary = BuiltinVocabulary());

struct DateMatch {
  size_t begin = 0, end = 0;  // byte offsets of the date as written
  std::string text;
  int year = 0, month = 0, day = 0;
  std::string iso;  // "yyyy-mm-dd"
};

// Every complete, valid date in `text`, left to right.
std::vector<DateMatch> FindDates(std::string_view text,
                                 const ValueVocabulary& vocabulary = BuiltinVocabulary());

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_DATE_H_
