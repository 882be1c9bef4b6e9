// Amounts of money to whole Danish kroner (int64, never a double).
//
// An amount is a number (see number.h) with a money unit:
//   scale words   tusind(e), t. (only in t.kr.), mio(.), mill(.), million(er),
//                 mia(.), mrd(.), milliard(er)
//   currencies    kr(.), kroner, DKK, ",-" ("250.000,-"), or before the number:
//                 "kr. 250.000", "DKK 1,5 mio."
//   together      "2,5 mio. kr." (2 500 000), "100 mio.kr.", "2.500 t.kr."
//                 (2 500 000), "1,2 mia. kr." (1 200 000 000), "7,497 mio. kr."
//                 (7 497 000), "millioner kroner", "5 tusind kr."
// A scale abbreviation alone is money ("1,5 mio" -> 1 500 000); a spelled-out
// scale word needs a currency ("5 tusind kr." is money, "5 tusind deltagere"
// and "1 million indbyggere" are not). A bare number is money
// only when the caller says so (AmountOptions::money_field, or a table unit
// multiplier): "Ca. 200.000 i 2009" in an "Økonomi" field is 200 000.
// Scaling is exact: "1,2345 mio." is 1 234 500; "12,50 kr." would leave øre and
// is reported as a problem ("amount-fractional-kroner"), never rounded.
//
// Around the number:
//   approximate   "ca.", "ca", "cirka", "circa", "omkring", "omtrent", "knap(t)",
//                 "godt", "op mod", "op imod", "i omegnen af", "anslået" right
//                 before the amount set `approximate`. "op til" (a ceiling) and
//                 "over"/"under" do not: they are comparators (quantity.h).
//   per year      "årligt", "årlig", "om året", "pr. år", "per år", "hvert år",
//                 "p.a." (and the OCR reading "arligt") after the amount, before
//                 or after its years, set `per_year`.
//   years         "i 2009", "for 2005, 2006 og 2007", "i 2010-2012", "for
//                 perioden 2011-2014", "i 2013/2014", "fra 2010 til 2012"
//                 right after the amount (or after its per-year word) are its
//                 `years`. Otherwise the one year (after "i", "for", "i løbet
//                 af") that the amount's sentence names is its year, when the
//                 sentence holds no other amount ("I 2011 brugte
//                 bibliotekerne ca. 450.000 kr."); two years give none.
//
// Never money: percentages ("50%"), years, dates ("21. april"), case numbers
// ("2010-32472"), phone numbers ("3317 3047"), identifiers ("EAN nummer
// 5798009683052"), page and note references, numbers glued to words ("3F",
// "3-årige"), section numbers ("1.1"), and -- even in a money field -- a bare
// number followed by a noun ("1500 personer"), a bare plausible year ("2009"),
// a bare number with a decimal point, and the table header unit
// "(i 1000 kr.)" / "(1.000 kr.)" (see ParseTableUnit).
#ifndef BILAG_EXTRACTOR_VALUES_AMOUNT_H_
#define BILAG_EXTRACTOR_VALUES_AMOUNT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/extraction.h"
#include "extractor/model/warning_sink.h"
#include "extractor/values/vocabulary.h"

namespace bilag {

struct AmountOptions {
  // The text is a money field ("Økonomi", "Budget", "Bevilling"): a number
  // without a unit is kroner.
  bool money_field = false;
  // A table unit for bare numbers: 1000 under "(i 1000 kr.)", 1000000 under
  // "mio. kr.". Anything but 1 implies money_field. Numbers with their own
  // unit ignore it.
  int64_t bare_multiplier = 1;
  // The words around numbers; nullptr: BuiltinVocabulary().
  const ValueVocabulary* vocabulary = nullptr;
};

struct FoundAmount {
  // Byte offsets of the whole phrase: approximation word, currency, number,
  // unit, per-year word and years ("ca. 22 mio. kr.", "2,5 mio. kr. årligt
  // for 2005, 2006 og 2007").
  size_t begin = 0, end = 0;
  std::string text;
  // Where the number and its unit end, before any per-year word and years:
  // text.substr(0, unit_end - begin) is "2,5 mio. kr." for the phrase above.
  size_t unit_end = 0;
  int64_t dkk = 0;
  bool approximate = false;
  bool per_year = false;
  std::vector<int> years;  // in the order written, ranges expanded
  bool bare = false;       // no unit; read as money because the caller said so
  // The vocabulary rule that made it money: its unit's ("money.million"), or
  // for a bare approximate sum the approximation's; empty for a bare number
  // that the caller's money field made money.
  std::string rule;
};

// Something that looks like money but cannot be read as whole kroner.
// Codes: "amount-fractional-kroner" ("12,50 kr."), "amount-overflow",
// "amount-foreign-currency" ("2 mio. euro", "EUR 500.000"), "amount-range"
// ("2-3 mio. kr.", "mellem 2 og 3 mio. kr.": no single sum to report).
// ParseAmount returns it as its Status; FindAmounts hands it to a sink.
struct AmountProblem {
  size_t begin = 0, end = 0;
  std::string text;
  Status status;
};

// Every amount in `text`, left to right. Each AmountProblem goes to
// `warnings` (when given) by WarnAt at its phrase's byte offset, with its
// code and a message that quotes its text.
std::vector<FoundAmount> FindAmounts(std::string_view text, const AmountOptions& options = {},
                                     WarningSink* warnings = nullptr);

// The whole text (trailing '.', ',', ';', ':' and ')' allowed) must be one
// amount. Errors: "amount-empty", "amount-no-number", "amount-no-unit" (a bare
// number outside a money field, or a bare year), "amount-several",
// "amount-trailing-text", and the AmountProblem codes.
Result<FoundAmount> ParseAmount(std::string_view text, const AmountOptions& options = {});

// One budget-table cell: a bare number times the table's `multiplier`
// ("16.970" * 1000 = 16 970 000, "2000" * 1000 = 2 000 000, "2,5" * 1000000),
// or an amount with its own unit ("2.000 kr." is 2000 whatever the table
// says). Years are not special here: a cell is an amount by its column.
// Errors: "cell-empty" ("", "-"), "cell-note" ("(Se note 1)", see
// CellNoteReference), "amount-fractional-kroner", "amount-overflow",
// "cell-unreadable".
Result<int64_t> ParseCellAmount(std::string_view cell, int64_t multiplier,
                                const ValueVocabulary& vocabulary = BuiltinVocabulary());

// "(Se note 1)", "Se note 2", "note 3" -> "1", "2", "3"; nullopt otherwise.
std::optional<std::string> CellNoteReference(std::string_view cell);

// The kroner multiplier a table header or caption declares: "(i 1000 kr.)",
// "(1.000 kr.)", "i 1.000 kr." -> 1000; "t.kr.", "tkr.", "tusind kr." -> 1000;
// "mio. kr.", "mill. kr.", "(1 mio. kr.)" -> 1000000; "mia. kr." ->
// 1000000000; "kr.", "kroner", "DKK" -> 1. nullopt when it names no unit.
std::optional<int64_t> ParseTableUnit(std::string_view header,
                                      const ValueVocabulary& vocabulary = BuiltinVocabulary());

// The contract's amounts for one found amount: one per year when `per_year`
// and years are named (each with that year and per_year true); otherwise one
// amount whose year is the single year named, or null when none or several
// (a sum over a period) are named. page, line and rule are left for the
// caller.
std::vector<Amount> ToModelAmounts(const FoundAmount& found);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_AMOUNT_H_
