// Every value parser (numbers, amounts, table cells and units, percentages,
// years, dates, quantities) on the same hostile text. Beyond not crashing:
// every match lies inside the text and quotes it exactly, amounts are not
// negative, and dates are valid ISO dates.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extractor/values/values.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

template <typename Match>
void RequireQuotes(std::string_view text, const Match& match) {
  Require(match.begin <= match.end && match.end <= text.size());
  Require(text.substr(match.begin, match.end - match.begin) == match.text);
}

void CheckAmounts(std::string_view text, const bilag::AmountOptions& options) {
  std::vector<bilag::AmountProblem> problems;
  for (const bilag::FoundAmount& amount : bilag::FindAmounts(text, options, &problems)) {
    RequireQuotes(text, amount);
    Require(amount.unit_end >= amount.begin && amount.unit_end <= amount.end);
    Require(amount.dkk >= 0);
    bilag::ToModelAmounts(amount);
  }
  for (const bilag::AmountProblem& problem : problems) {
    RequireQuotes(text, problem);
    Require(!problem.status.ok());
  }
  bilag::ParseAmount(text, options);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = bilag::fuzz::AsString(data, size);

  bilag::ParseNumber(text);
  for (const bilag::NumberMatch& number : bilag::FindNumbers(text)) RequireQuotes(text, number);

  CheckAmounts(text, {});
  CheckAmounts(text, {.money_field = true});
  CheckAmounts(text, {.money_field = false, .bare_multiplier = 1000});
  bilag::ParseCellAmount(text, 1);
  bilag::ParseCellAmount(text, 1'000'000'000);
  bilag::CellNoteReference(text);
  bilag::ParseTableUnit(text);

  for (const bilag::FoundPercent& percent : bilag::FindPercents(text)) RequireQuotes(text, percent);
  bilag::ParsePercent(text);

  for (const bilag::YearMention& year : bilag::FindYears(text)) {
    RequireQuotes(text, year);
    Require(bilag::IsPlausibleYear(year.first) && bilag::IsPlausibleYear(year.last));
  }
  bilag::TargetYear(text);
  bilag::TitleYears(text);
  bilag::ParseYears(text);

  for (const bilag::DateMatch& date : bilag::FindDates(text)) {
    RequireQuotes(text, date);
    Require(date.iso.size() == 10 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
            date.day <= 31);
  }
  bilag::Result<std::string> iso = bilag::ParseDate(text);
  if (iso.ok()) Require(iso->size() == 10);

  std::optional<bilag::Quantity> quantity = bilag::ParseQuantity(text);
  if (quantity) RequireQuotes(text, *quantity);
  bilag::ParseComparator(text);
  bilag::Target target;
  bilag::ApplyQuantity(text, &target);
  return 0;
}
