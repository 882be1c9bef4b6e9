// Danish numbers as exact decimals.
//
// The value parsers never go through a double for money: a number is read as
// its digits and the count of digits after the decimal mark, and scaled with
// integer arithmetic ("7,497" * 1 000 000 = 7 497 000 exactly).
//
// Forms accepted (Danish conventions, plus what OCR and English-style PDFs
// produce):
//   "2000", "0,4", "7,497"      ',' is the decimal comma, any number of digits
//   "16.970", "1.500.000"       '.' followed by exactly three digits groups
//                               thousands (the first group has 1-3 digits)
//   "1.500,25"                  both together
//   "1 500", "1 500 000"        a space, NBSP (U+00A0), thin space (U+2009),
//                               figure space or narrow NBSP groups thousands
//                               the same way; one kind of separator per number
//   "10.9", "11.9", "2.50"      '.' followed by ONE or TWO digits is a decimal
//                               point (OCR / English style); with exactly three
//                               digits it is always a thousands separator, so
//                               "2.050" is 2050 (an OCR slip "2,050" reads 2.05
//                               and is caught by the budget checks)
//   "-5", "−5"                  a leading minus (hyphen or U+2212), exact parse
//                               only
// Not numbers (ParseNumber fails, FindNumbers skips them): "1.5000", "1.2.3",
// "23.03.2010" (use date.h), a digit run longer than 18 digits, a number glued
// to a letter before it ("Æ5", "WY28").
//
// When scanning running text (FindNumbers and the amount/percent/quantity
// scanners) an ASCII space only groups thousands when the result is followed
// by a word or unit ("1 500 kr.", "1 500 deltagere"), because table rows
// flattened to one line put cells side by side ("300 200 500"). A '-' before a
// number in running text is a list bullet ("-50 pct."), not a sign.
#ifndef BILAG_EXTRACTOR_VALUES_NUMBER_H_
#define BILAG_EXTRACTOR_VALUES_NUMBER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"

namespace bilag {

// mantissa / 10^scale, exactly. "7,497" is {7497, 3}; "16.970" is {16970, 0}.
// Trailing zeros after the decimal mark are kept ("2,50" is {250, 2}).
struct DecimalNumber {
  int64_t mantissa = 0;
  int scale = 0;  // digits after the decimal mark, 0..18

  // The value times `multiplier` when that is a whole number that fits in an
  // int64 ("2,5" * 1000000 = 2500000); nullopt when a fraction would remain
  // ("2,5" * 1) or on overflow.
  std::optional<int64_t> ToScaledInteger(int64_t multiplier) const;
  // The value as a double (for percentages, counts and display; never money).
  double ToDouble() const;
  bool IsInteger() const;  // no non-zero digits after the decimal mark
  // The digits the number was written with, normalised: "7.497", "-5", "16970".
  std::string ToString() const;

  friend bool operator==(const DecimalNumber&, const DecimalNumber&) = default;
};

// Parses one whole number (leading/trailing whitespace allowed, nothing else).
// Errors: "number-empty", "number-syntax" (not one of the forms above),
// "number-too-long" (more than 18 digits).
Result<DecimalNumber> ParseNumber(std::string_view text);

// One number in running text, with its byte offsets.
struct NumberMatch {
  size_t begin = 0, end = 0;  // text.substr(begin, end - begin) is `text`
  std::string text;
  DecimalNumber value;
  bool plausible_year = false;  // four ungrouped digits 1900..2100
};

// Every number in `text`, left to right, except those that are part of a
// date, a case or document number ("2010-32472"), a phone number
// ("3317 3047"), an identifier ("EAN nummer 5798009683052"), a page, note or
// paragraph reference ("Side 2 af 4", "Se note 1", "§ 5 stk. 2"), glued to a
// word ("3F", "3-årige", "1/3"), ordinals ("1. ikke-vestlig") and list
// markers ("2) ..."). Years are included, flagged plausible_year.
std::vector<NumberMatch> FindNumbers(std::string_view text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_NUMBER_H_
