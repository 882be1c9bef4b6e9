// Internal to extractor/values: byte-level helpers for reading Danish UTF-8
// text. Not part of the public API; the rule engine uses the headers listed in
// extractor/values/values.h.
//
// Everything works on byte offsets into the caller's text so that every match
// the value parsers report can be mapped back to the line it came from.
// FoldCase() keeps the byte length of its input (ASCII and the Latin-1 letters
// Æ Ø Å É ... are folded within their own width), so an offset into the folded
// copy is an offset into the original.
#ifndef BILAG_EXTRACTOR_VALUES_TEXT_H_
#define BILAG_EXTRACTOR_VALUES_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "extractor/base/byte_words.h"
#include "extractor/base/text.h"

namespace bilag::values_internal {

inline constexpr size_t kNpos = std::string_view::npos;

// Whether byte i - 1 is an ASCII letter or digit: then IsWordCharBefore(text,
// i) holds, answered without decoding (inside a word, the common case).
inline bool AsciiWordCharBefore(std::string_view text, size_t i) {
  if (i == 0 || i > text.size()) return false;
  const char c = text[i - 1];
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Offset of the last ASCII digit, or kNpos: every value the scanners read
// holds one, so a text without any is done at once.
inline size_t LastDigit(std::string_view text) {
  return byte_words::LastDigitBefore(text, text.size());
}

// Offset of the first ASCII digit at or after `i`, or text.size(): the
// scanners jump from number to number over the prose between.
inline size_t NextDigit(std::string_view text, size_t i) { return byte_words::NextDigit(text, i); }

// The byte length of the whitespace character starting at `i`, or 0. Space,
// tab, newline, carriage return, and the Unicode spaces PDFs put into numbers
// and before units: NBSP U+00A0, figure space U+2007, thin space U+2009,
// narrow NBSP U+202F.
size_t SpaceAt(std::string_view text, size_t i);

// Like SpaceAt(), but only the spaces that may separate thousands inside one
// number: one ASCII space or one of the Unicode spaces above (not tab or
// newline: those separate table cells and lines). `ascii` tells which.
size_t GroupSpaceAt(std::string_view text, size_t i, bool* ascii);

// The byte length of a dash starting at `i`, or 0: hyphen-minus, en dash
// U+2013, em dash U+2014, minus sign U+2212, hyphen U+2010, non-breaking
// hyphen U+2011.
size_t DashAt(std::string_view text, size_t i);

// Whether a letter starts at / ends just before byte `i`. Letters are ASCII
// letters and the Latin-1 and Latin Extended-A letters (æ ø å é ü ...).
bool IsLetterAt(std::string_view text, size_t i);
bool IsLetterBefore(std::string_view text, size_t i);
// A lower-case letter starts at `i` (a-z, æ ø å and the other Latin-1
// lower-case letters).
bool IsLowerLetterAt(std::string_view text, size_t i);
// A letter or digit starts at / ends before `i`: what a word must not touch.
bool IsWordCharAt(std::string_view text, size_t i);
bool IsWordCharBefore(std::string_view text, size_t i);

// The first offset at or after `i` that is not whitespace (SpaceAt).
size_t SkipSpaces(std::string_view text, size_t i);
// The offset just after the last non-whitespace byte before `i`.
size_t SkipSpacesBack(std::string_view text, size_t i);

// Matches `phrase` (lower case; a ' ' in it matches one or more whitespace
// characters, including none after a '.') in `folded` starting exactly at
// `i`. The match must start and end on word boundaries where the phrase starts
// or ends with a letter or digit. Returns the end offset of the match, or
// kNpos.
size_t MatchPhraseAt(std::string_view folded, size_t i, std::string_view phrase);

// Matches `phrase` so that it ends exactly at `end` (same rules). Returns its
// start offset, or kNpos.
size_t MatchPhraseEndingAt(std::string_view folded, size_t end, std::string_view phrase);

// Removes leading and trailing whitespace (SpaceAt).
std::string_view Trim(std::string_view text);

}  // namespace bilag::values_internal

#endif  // BILAG_EXTRACTOR_VALUES_TEXT_H_
