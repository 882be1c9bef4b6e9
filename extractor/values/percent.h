// Percentages and percentage points.
//
// A percentage is a number (see number.h; "11.9" with a decimal point is
// accepted here) followed, after optional whitespace or NBSP, by a unit:
//   percent             "%", "pct.", "pct", "procent"
//   percentage points   "procentpoint(s)", "procent-point", "procentenhed(er)",
//                       "pct.-point", "pct.point", "pct-point", "%-point(s)",
//                       "%point", "%-enheder"
// A range puts the unit after the upper bound: "10-15 pct.", "10–15 %" (en or
// em dash, spaces allowed), "10 til 15 pct.", "mellem 10 og 15 pct.", or after
// both with a dash: "50 % - 60 %" ("fra 6,2 pct. til 6,8 pct." is a change
// from one value to another, two percentages, not a range); the
// upper bound must be larger than the lower, else only the second number is
// read. Values are doubles (they are ratios, not money), with the unit kept
// beside them.
#ifndef BILAG_EXTRACTOR_VALUES_PERCENT_H_
#define BILAG_EXTRACTOR_VALUES_PERCENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/extraction.h"

namespace bilag {

struct FoundPercent {
  size_t begin = 0, end = 0;  // the number(s) and the unit as written
  std::string text;
  double value = 0;                        // the lower bound for a range
  std::optional<double> value_max;         // the upper bound of a range
  TargetUnit unit = TargetUnit::kPercent;  // kPercent or kPercentagePoints
};

// Every percentage in `text`, left to right (numbers inside dates and
// identifiers excluded, as for amounts).
std::vector<FoundPercent> FindPercents(std::string_view text);

// The whole text (a trailing '.' allowed) must be one percentage. Errors:
// "percent-empty", "percent-no-unit", "percent-several",
// "percent-trailing-text".
Result<FoundPercent> ParsePercent(std::string_view text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_PERCENT_H_
