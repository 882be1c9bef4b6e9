#include "extractor/values/text.h"

namespace bilag::values_internal {
namespace {

unsigned char Byte(std::string_view text, size_t i) {
  return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
}

bool IsAsciiLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Unicode spaces that are three bytes long: E2 80 {87, 89, AF}.
bool IsThreeByteSpace(std::string_view text, size_t i) {
  if (Byte(text, i) != 0xE2 || Byte(text, i + 1) != 0x80) return false;
  const unsigned char c = Byte(text, i + 2);
  return c == 0x87 || c == 0x89 || c == 0xAF;
}

// The byte length of the whitespace character that ends just before `i`.
size_t SpaceBefore(std::string_view text, size_t i) {
  if (i == 0) return 0;
  const unsigned char c = Byte(text, i - 1);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (i >= 2 && c == 0xA0 && Byte(text, i - 2) == 0xC2) return 2;
  if (i >= 3 && IsThreeByteSpace(text, i - 3)) return 3;
  return 0;
}

bool IsPhraseWordChar(char c) {
  return IsDigit(c) || IsAsciiLetter(static_cast<unsigned char>(c)) ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

}  // namespace

size_t SpaceAt(std::string_view text, size_t i) {
  const unsigned char c = Byte(text, i);
  if (i >= text.size()) return 0;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && Byte(text, i + 1) == 0xA0) return 2;
  if (IsThreeByteSpace(text, i)) return 3;
  return 0;
}

size_t GroupSpaceAt(std::string_view text, size_t i, bool* ascii) {
  const unsigned char c = Byte(text, i);
  *ascii = false;
  if (i >= text.size()) return 0;
  if (c == ' ') {
    *ascii = true;
    return 1;
  }
  if (c == 0xC2 && Byte(text, i + 1) == 0xA0) return 2;
  if (IsThreeByteSpace(text, i)) return 3;
  return 0;
}

size_t DashAt(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  const unsigned char c = Byte(text, i);
  if (c == '-') return 1;
  if (c == 0xE2 && Byte(text, i + 1) == 0x80) {
    const unsigned char d = Byte(text, i + 2);
    if (d == 0x90 || d == 0x91 || d == 0x93 || d == 0x94) return 3;
  }
  if (c == 0xE2 && Byte(text, i + 1) == 0x88 && Byte(text, i + 2) == 0x92) return 3;
  return 0;
}

bool IsLetterAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  const unsigned char c = Byte(text, i);
  if (IsAsciiLetter(c)) return true;
  const unsigned char d = Byte(text, i + 1);
  if (d < 0x80 || d > 0xBF) return false;
  if (c == 0xC3) return d != 0x97 && d != 0xB7;  // × and ÷ are not letters
  return c == 0xC4 || c == 0xC5;
}

bool IsLetterBefore(std::string_view text, size_t i) {
  if (i == 0 || i > text.size()) return false;
  const unsigned char c = Byte(text, i - 1);
  if (c < 0x80) return IsAsciiLetter(c);
  return i >= 2 && c <= 0xBF && IsLetterAt(text, i - 2);
}

bool IsLowerLetterAt(std::string_view text, size_t i) {
  const unsigned char c = Byte(text, i);
  if (c >= 'a' && c <= 'z') return true;
  const unsigned char d = Byte(text, i + 1);
  return c == 0xC3 && d >= 0x9F && d <= 0xBF && d != 0xB7;
}

bool IsWordCharAt(std::string_view text, size_t i) {
  return (i < text.size() && IsDigit(text[i])) || IsLetterAt(text, i);
}

bool IsWordCharBefore(std::string_view text, size_t i) {
  return (i > 0 && i <= text.size() && IsDigit(text[i - 1])) || IsLetterBefore(text, i);
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size()) {
    const size_t n = SpaceAt(text, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

size_t SkipSpacesBack(std::string_view text, size_t i) {
  while (i > 0) {
    const size_t n = SpaceBefore(text, i);
    if (n == 0) break;
    i -= n;
  }
  return i;
}

size_t MatchPhraseAt(std::string_view folded, size_t i, std::string_view phrase) {
  if (phrase.empty() || i > folded.size()) return kNpos;
  size_t t = i;
  for (size_t p = 0; p < phrase.size(); ++p) {
    if (phrase[p] == ' ') {
      const size_t start = t;
      t = SkipSpaces(folded, t);
      if (t == start && (p == 0 || phrase[p - 1] != '.')) return kNpos;
      continue;
    }
    if (t >= folded.size() || folded[t] != phrase[p]) return kNpos;
    ++t;
  }
  // The word boundaries are tested last: readers try every vocabulary word at
  // every position, and a byte comparison rejects nearly all of them sooner
  // than the UTF-8 decoding a boundary needs.
  if (IsPhraseWordChar(phrase.back()) && IsWordCharAt(folded, t)) return kNpos;
  if (IsPhraseWordChar(phrase.front()) && IsWordCharBefore(folded, i)) return kNpos;
  return t;
}

size_t MatchPhraseEndingAt(std::string_view folded, size_t end, std::string_view phrase) {
  if (phrase.empty() || end > folded.size()) return kNpos;
  size_t t = end;
  for (size_t p = phrase.size(); p-- > 0;) {
    if (phrase[p] == ' ') {
      const size_t stop = t;
      t = SkipSpacesBack(folded, t);
      if (t == stop && (p == 0 || phrase[p - 1] != '.')) return kNpos;
      continue;
    }
    if (t == 0 || folded[t - 1] != phrase[p]) return kNpos;
    --t;
  }
  // Boundaries last, as in MatchPhraseAt.
  if (IsPhraseWordChar(phrase.front()) && IsWordCharBefore(folded, t)) return kNpos;
  if (IsPhraseWordChar(phrase.back()) && IsWordCharAt(folded, end)) return kNpos;
  return t;
}

std::string_view Trim(std::string_view text) {
  const size_t begin = SkipSpaces(text, 0);
  const size_t end = SkipSpacesBack(text, text.size());
  return begin >= end ? std::string_view() : text.substr(begin, end - begin);
}

}  // namespace bilag::values_internal
