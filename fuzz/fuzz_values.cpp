// Every value parser (numbers, amounts, table cells and units, percentages,
// years, dates, quantities) on the same hostile text. Beyond not crashing:
// every match lies inside the text and quotes it exactly, amounts are not
// negative, and dates are valid ISO dates.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "extractor/values/values.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

template <typename Match>
void RequireQuotes(std::string_view text, const Match& match) {
  Require(match.begin <= match.end && match.end <= text.size());
  Require(text.substr(match.begin, match.end - match.begin) == match.text);
}

// A finding lies inside the text, has a code and says what it is about.
class CheckedWarnings final : public bilag::WarningSink {
 public:
  explicit CheckedWarnings(std::string_view text) : text_(text) {}
  void Warn(std::string code, std::string message, int, int) override {
    Require(!code.empty() && !message.empty());
  }
  void WarnAt(size_t offset, std::string code, std::string message) override {
    Require(offset < text_.size());
    Warn(std::move(code), std::move(message), 0, 0);
  }

 private:
  std::string_view text_;
};

void CheckAmounts(std::string_view text, const bilag::AmountOptions& options) {
  CheckedWarnings warnings(text);
  for (const bilag::FoundAmount& amount : bilag::FindAmounts(text, options, &warnings)) {
    RequireQuotes(text, amount);
    Require(amount.unit_end >= amount.begin && amount.unit_end <= amount.end);
    Require(amount.dkk >= 0);
    bilag::ToModelAmounts(amount);
  }
  // Only that it returns: any value or error is fine for hostile text.
  (void)bilag::ParseAmount(text, options);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = bilag::fuzz::AsString(data, size);
  // A (void) parse is checked only for returning: any value or error will do.

  (void)bilag::ParseNumber(text);
  for (const bilag::NumberMatch& number : bilag::FindNumbers(text)) RequireQuotes(text, number);

  CheckAmounts(text, {});
  CheckAmounts(text, {.money_field = true});
  CheckAmounts(text, {.money_field = false, .bare_multiplier = 1000});
  (void)bilag::ParseCellAmount(text, 1);
  (void)bilag::ParseCellAmount(text, 1'000'000'000);
  bilag::CellNoteReference(text);
  bilag::ParseTableUnit(text);

  for (const bilag::FoundPercent& percent : bilag::FindPercents(text)) RequireQuotes(text, percent);
  (void)bilag::ParsePercent(text);

  for (const bilag::YearMention& year : bilag::FindYears(text)) {
    RequireQuotes(text, year);
    Require(bilag::IsPlausibleYear(year.first) && bilag::IsPlausibleYear(year.last));
  }
  bilag::TargetYear(text);
  bilag::TitleYears(text);
  (void)bilag::ParseYears(text);

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
