#include "extractor/values/number.h"

#include <algorithm>

#include "extractor/values/scan.h"
#include "extractor/values/text.h"

namespace bilag {
namespace {

constexpr int kMaxDigits = 18;

constexpr int64_t kPow10[kMaxDigits + 1] = {1LL,
                                            10LL,
                                            100LL,
                                            1000LL,
                                            10000LL,
                                            100000LL,
                                            1000000LL,
                                            10000000LL,
                                            100000000LL,
                                            1000000000LL,
                                            10000000000LL,
                                            100000000000LL,
                                            1000000000000LL,
                                            10000000000000LL,
                                            100000000000000LL,
                                            1000000000000000LL,
                                            10000000000000000LL,
                                            100000000000000000LL,
                                            1000000000000000000LL};

bool ThreeDigitsAt(std::string_view text, size_t i) {
  return i + 3 <= text.size() && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
         (i + 3 == text.size() || !IsDigit(text[i + 3]));
}

size_t DigitsEnd(std::string_view text, size_t i) {
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i;
}

int64_t ParseDigits(std::string_view digits) {
  int64_t v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<int64_t> DecimalNumber::ToScaledInteger(int64_t multiplier) const {
  int64_t m = mantissa;
  int s = scale;
  // Cancel powers of ten first so that "2,5" * 10^6 never needs 25 * 10^6 / 10
  // to fit at full width.
  while (s > 0 && m % 10 == 0) {
    m /= 10;
    --s;
  }
  while (s > 0 && multiplier % 10 == 0) {
    multiplier /= 10;
    --s;
  }
  if (s > 0) return std::nullopt;  // a fraction remains
  int64_t product = 0;
  if (__builtin_mul_overflow(m, multiplier, &product)) return std::nullopt;
  return product;
}

double DecimalNumber::ToDouble() const {
  const int s = std::clamp(scale, 0, kMaxDigits);
  return static_cast<double>(mantissa) / static_cast<double>(kPow10[s]);
}

bool DecimalNumber::IsInteger() const {
  const int s = std::clamp(scale, 0, kMaxDigits);
  return mantissa % kPow10[s] == 0;
}

std::string DecimalNumber::ToString() const {
  std::string digits = std::to_string(mantissa < 0 ? -mantissa : mantissa);
  if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) {
      digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  }
  return mantissa < 0 ? "-" + digits : digits;
}

namespace values_internal {

bool IsPlausibleYearValue(int64_t value) { return value >= 1900 && value <= 2100; }

std::optional<NumberToken> ScanNumberAt(std::string_view text, size_t i, bool allow_sign,
                                        bool allow_ascii_groups, size_t* run_end) {
  const size_t n = text.size();
  NumberToken token;
  token.begin = i;
  size_t k = i;
  if (allow_sign) {
    const size_t dash = DashAt(text, k);
    if (dash > 0 && k + dash < n && IsDigit(text[k + dash])) {
      token.negative = true;
      k += dash;
    }
  }
  {
    size_t r = k;
    while (r < n && (IsDigit(text[r]) ||
                     ((text[r] == '.' || text[r] == ',') && r + 1 < n && IsDigit(text[r + 1])))) {
      ++r;
    }
    *run_end = std::max(r, i + 1);
  }
  if (k >= n || !IsDigit(text[k])) return std::nullopt;

  std::string digits(text.substr(k, DigitsEnd(text, k) - k));
  k += digits.size();
  enum class Sep { kNone, kDot, kAscii, kUnicode };
  Sep sep = Sep::kNone;
  if (digits.size() <= 3) {
    while (k < n) {
      size_t width = 0;
      Sep kind = Sep::kNone;
      if (text[k] == '.') {
        width = 1;
        kind = Sep::kDot;
      } else {
        bool ascii = false;
        width = GroupSpaceAt(text, k, &ascii);
        if (width > 0) kind = ascii ? Sep::kAscii : Sep::kUnicode;
        if (ascii && !allow_ascii_groups) break;
      }
      if (width == 0 || (sep != Sep::kNone && kind != sep)) break;
      if (!ThreeDigitsAt(text, k + width)) break;
      digits.append(text.substr(k + width, 3));
      k += width + 3;
      sep = kind;
    }
  }
  token.grouped = sep != Sep::kNone;
  token.ascii_grouped = sep == Sep::kAscii;
  token.int_digits = static_cast<int>(digits.size());

  std::string_view fraction;
  if (k + 1 < n && text[k] == ',' && IsDigit(text[k + 1])) {
    const size_t end = DigitsEnd(text, k + 1);
    const std::string_view f = text.substr(k + 1, end - k - 1);
    // "1,2,3" is a list, and "2005,2006" two years, not decimals.
    const bool list = end + 1 < n && text[end] == ',' && IsDigit(text[end + 1]);
    const bool year_pair = sep == Sep::kNone && digits.size() == 4 && f.size() == 4 &&
                           IsPlausibleYearValue(ParseDigits(digits)) &&
                           IsPlausibleYearValue(ParseDigits(f));
    if (!list && !year_pair) {
      fraction = f;
      k = end;
    }
  } else if (k + 1 < n && text[k] == '.' && IsDigit(text[k + 1])) {
    // After the grouping loop a '.' + digit is either an English/OCR decimal
    // point (one or two digits, nothing dotted after) or part of something
    // that is not one number: "1.5000", "1.2.3", "23.03.2010", "1.500.00".
    const size_t end = DigitsEnd(text, k + 1);
    const std::string_view f = text.substr(k + 1, end - k - 1);
    const bool more =
        end + 1 < n && (text[end] == '.' || text[end] == ',') && IsDigit(text[end + 1]);
    if (sep != Sep::kNone || f.size() > 2 || more) return std::nullopt;
    fraction = f;
    token.dot_decimal = true;
    k = end;
  }
  if (digits.size() + fraction.size() > static_cast<size_t>(kMaxDigits)) return std::nullopt;
  token.end = k;
  token.value.mantissa = ParseDigits(digits) * kPow10[fraction.size()] + ParseDigits(fraction);
  if (token.negative) token.value.mantissa = -token.value.mantissa;
  token.value.scale = static_cast<int>(fraction.size());
  return token;
}

}  // namespace values_internal

Result<DecimalNumber> ParseNumber(std::string_view text) {
  const std::string_view trimmed = values_internal::Trim(text);
  if (trimmed.empty()) return Status::Error(ErrorCode::kNumberEmpty, "no number in an empty text");
  size_t run_end = 0;
  const auto token = values_internal::ScanNumberAt(trimmed, 0, /*allow_sign=*/true,
                                                   /*allow_ascii_groups=*/true, &run_end);
  if (!token || token->end != trimmed.size()) {
    size_t digits = 0;
    for (char c : trimmed) digits += IsDigit(c) ? 1u : 0u;
    if (digits > static_cast<size_t>(kMaxDigits)) {
      return Status::Error(ErrorCode::kNumberTooLong,
                           "more than 18 digits in \"" + std::string(trimmed) + "\"");
    }
    return Status::Error(ErrorCode::kNumberSyntax,
                         "\"" + std::string(trimmed) + "\" is not one number");
  }
  return token->value;
}

std::vector<NumberMatch> FindNumbers(std::string_view text) {
  const values_internal::Scan scan(text);
  std::vector<NumberMatch> out;
  for (const auto& token : scan.numbers()) {
    if (token.blocked || token.glued || token.ordinal || token.list_marker) continue;
    NumberMatch match;
    match.begin = token.begin;
    match.end = token.end;
    match.text = std::string(text.substr(token.begin, token.end - token.begin));
    match.value = token.value;
    match.plausible_year = token.plausible_year;
    out.push_back(std::move(match));
  }
  return out;
}

}  // namespace bilag
