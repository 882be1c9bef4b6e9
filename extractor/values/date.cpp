#include "extractor/values/date.h"

#include <cstdio>
#include <optional>

#include "extractor/values/scan.h"
#include "extractor/values/text.h"

namespace bilag {
namespace {

using values_internal::DateShape;
using values_internal::kNpos;

size_t DigitsEnd(std::string_view text, size_t i) {
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

int ExpandYear(std::string_view digits) {
  const int y = ToInt(digits);
  if (digits.size() == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

// No decimal or thousands part follows at `i` ("23.03.2010.5" is no date).
bool CleanEnd(std::string_view text, size_t i) {
  return !(i + 1 < text.size() && (text[i] == '.' || text[i] == ',') && IsDigit(text[i + 1]));
}

// The date shape starting at `i` (a digit that starts a number), if any.
// Month words are the vocabulary's ([[month]]), longest first, so that
// "okt. 2008" is read with its stop, not as "okt" before one.
std::optional<DateShape> ShapeAt(const ValueVocabulary& vocabulary, std::string_view text,
                                 std::string_view folded, size_t i) {
  const size_t n = text.size();
  const size_t first_end = DigitsEnd(text, i);
  const size_t first = first_end - i;
  // ISO yyyy-mm-dd.
  if (first == 4 && first_end + 6 <= n && text[first_end] == '-' &&
      DigitsEnd(text, first_end + 1) == first_end + 3 && text[first_end + 3] == '-' &&
      DigitsEnd(text, first_end + 4) == first_end + 6 && CleanEnd(text, first_end + 6)) {
    return DateShape{i, first_end + 6, ToInt(text.substr(first_end + 4, 2)),
                     ToInt(text.substr(first_end + 1, 2)), ToInt(text.substr(i, 4))};
  }
  if (first < 1 || first > 2) return std::nullopt;
  const int day = ToInt(text.substr(i, first));
  size_t k = first_end;
  // Numeric: d-m-y, d.m.y, d/m/y, d/m y, d/m-y.
  if (k + 1 < n && (text[k] == '-' || text[k] == '.' || text[k] == '/') && IsDigit(text[k + 1])) {
    const char sep = text[k];
    const size_t month_end = DigitsEnd(text, k + 1);
    const size_t month_len = month_end - k - 1;
    if (month_len >= 1 && month_len <= 2 && month_end < n) {
      const int month = ToInt(text.substr(k + 1, month_len));
      size_t y = kNpos;
      if (text[month_end] == sep && month_end + 1 < n && IsDigit(text[month_end + 1])) {
        y = month_end + 1;
      } else if (sep == '/' && (text[month_end] == ' ' || text[month_end] == '-') &&
                 month_end + 1 < n && IsDigit(text[month_end + 1])) {
        y = month_end + 1;
      }
      if (y != kNpos) {
        const size_t year_end = DigitsEnd(text, y);
        const size_t year_len = year_end - y;
        const bool four = year_len == 4;
        // "23/3 2010" needs four digits: "23/3 12 personer" is no date.
        const bool two = year_len == 2 && text[month_end] == sep;
        if ((four || two) && CleanEnd(text, year_end) &&
            !values_internal::IsLetterAt(text, year_end)) {
          return DateShape{i, year_end, day, month, ExpandYear(text.substr(y, year_len))};
        }
      }
    }
    return std::nullopt;
  }
  // Month name: "23. marts 2010", "9. okt. 2008", "21. april".
  if (k < n && text[k] == '.') ++k;
  const size_t word = values_internal::SkipSpaces(folded, k);
  if (word == k && k == first_end) return std::nullopt;  // "23marts"
  // Every month word starts with a letter it must match there: most
  // numbers are followed by other words, and fail before a call.
  if (word >= folded.size()) return std::nullopt;
  for (const ValueVocabulary::Entry& m : vocabulary.index.months) {
    if (folded[word] != m.word.front()) continue;
    const size_t end = values_internal::MatchPhraseAt(folded, word, m.word);
    if (end == kNpos) continue;
    DateShape shape{i, end, day, vocabulary.months[m.group].month, std::nullopt};
    const size_t y = values_internal::SkipSpaces(folded, end);
    const size_t year_end = DigitsEnd(text, y);
    if (year_end - y == 4 && CleanEnd(text, year_end) &&
        !values_internal::IsLetterAt(text, year_end)) {
      shape.year = ToInt(text.substr(y, 4));
      shape.end = year_end;
    }
    return shape;
  }
  return std::nullopt;
}

std::string Iso(int year, int month, int day) {
  // Room for any three ints, so that no value can truncate the date.
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

namespace values_internal {

bool IsValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

std::vector<DateShape> FindDateShapes(const ValueVocabulary& vocabulary, std::string_view text,
                                      std::string_view folded) {
  std::vector<DateShape> out;
  size_t i = 0;
  while (i < text.size()) {
    i = NextDigit(text, i);
    if (i >= text.size()) break;
    if (IsWordCharBefore(text, i) ||
        (i > 0 && (text[i - 1] == '.' || text[i - 1] == ',') && IsWordCharBefore(text, i - 1))) {
      ++i;
      continue;
    }
    const auto shape = ShapeAt(vocabulary, text, folded, i);
    if (shape) {
      out.push_back(*shape);
      i = shape->end;
    } else {
      i = DigitsEnd(text, i);
    }
  }
  return out;
}

}  // namespace values_internal

Result<std::string> ParseDate(std::string_view text, const ValueVocabulary& vocabulary) {
  std::string_view rest = values_internal::Trim(text);
  if (rest.empty()) return Status::Error(ErrorCode::kDateEmpty, "no date in an empty text");
  const std::string folded_all = FoldCase(rest);
  // "mandag den 23. marts 2010": the weekday ([[weekday]]) and "den" add
  // nothing. "den" is the article Danish sets before a day's ordinal, not
  // a word an archive chooses, so it stays here.
  size_t start = 0;
  for (bool again = true; again;) {
    again = false;
    for (const ValueVocabulary::Entry& weekday : vocabulary.index.weekdays) {
      const size_t end = values_internal::MatchPhraseAt(folded_all, start, weekday.word);
      if (end != kNpos) {
        start = values_internal::SkipSpaces(folded_all, end);
        again = true;
      }
    }
    const size_t end = values_internal::MatchPhraseAt(folded_all, start, "den");
    if (end != kNpos) {
      start = values_internal::SkipSpaces(folded_all, end);
      again = true;
    }
  }
  const std::string_view body = rest.substr(start);
  const std::string_view folded = std::string_view(folded_all).substr(start);
  const std::string quoted = "\"" + std::string(rest) + "\"";
  if (body.empty() || !IsDigit(body[0])) {
    return Status::Error(ErrorCode::kDateUnreadable, quoted + " is not a date");
  }
  const auto shape = ShapeAt(vocabulary, body, folded, 0);
  if (!shape ||
      (shape->end != body.size() && !(shape->end + 1 == body.size() && body[shape->end] == '.'))) {
    return Status::Error(ErrorCode::kDateUnreadable, quoted + " is not a date");
  }
  if (!shape->year) return Status::Error(ErrorCode::kDateNoYear, quoted + " has no year");
  if (!values_internal::IsValidDate(*shape->year, shape->month, shape->day)) {
    return Status::Error(ErrorCode::kDateInvalid, quoted + " is not a date that exists");
  }
  return Iso(*shape->year, shape->month, shape->day);
}

std::vector<DateMatch> FindDates(std::string_view text, const ValueVocabulary& vocabulary) {
  const std::string folded = FoldCase(text);
  std::vector<DateMatch> out;
  for (const DateShape& shape : values_internal::FindDateShapes(vocabulary, text, folded)) {
    if (!shape.year || !values_internal::IsValidDate(*shape.year, shape.month, shape.day)) continue;
    DateMatch match;
    match.begin = shape.begin;
    match.end = shape.end;
    match.text = std::string(text.substr(shape.begin, shape.end - shape.begin));
    match.year = *shape.year;
    match.month = shape.month;
    match.day = shape.day;
    match.iso = Iso(match.year, match.month, match.day);
    out.push_back(std::move(match));
  }
  return out;
}

}  // namespace bilag
