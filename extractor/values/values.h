// The value parsers: pure functions from captured text to typed values. Start
// here; each header documents the forms it accepts.
//
//   number.h    Danish numbers as exact decimals       ParseNumber, FindNumbers
//   amount.h    money to whole kroner                  ParseAmount, FindAmounts,
//                                                      ParseCellAmount, ParseTableUnit,
//                                                      CellNoteReference, ToModelAmounts
//   percent.h   percentages and percentage points      ParsePercent, FindPercents
//   quantity.h  the main quantity of a target sentence ParseQuantity, ParseComparator,
//                                                      ApplyQuantity
//   year.h      years, ranges, the year of a sentence  FindYears, TargetYear, TitleYears,
//                                                      ParseYears
//   date.h      dates to ISO 8601                      ParseDate, FindDates
//
// Invariants: money is int64 whole kroner computed with integer arithmetic;
// offsets are byte offsets into the text given; text is UTF-8 and may hold
// NBSP and typographic dashes; nothing throws, prints or guesses -- text that
// cannot be read exactly gives nullopt or a Status with a stable code.
#ifndef BILAG_EXTRACTOR_VALUES_VALUES_H_
#define BILAG_EXTRACTOR_VALUES_VALUES_H_

#include "extractor/values/amount.h"
#include "extractor/values/date.h"
#include "extractor/values/number.h"
#include "extractor/values/percent.h"
#include "extractor/values/quantity.h"
#include "extractor/values/year.h"

#endif  // BILAG_EXTRACTOR_VALUES_VALUES_H_
