// Small facts about UTF-8 text that several stages need: Danish text is
// mostly ASCII plus the Latin-1 letters (æ ø å and their capitals), which
// UTF-8 writes as 0xC3 followed by one byte.
#ifndef BILAG_EXTRACTOR_BASE_UTF8_H_
#define BILAG_EXTRACTOR_BASE_UTF8_H_

#include <cstddef>
#include <string_view>

namespace bilag {

// Whether the text starts with a small letter: a-z, or a Latin-1 small
// letter (U+00E0..U+00FF: æ ø å é ...). A name never does, so a table line
// or wrapped title that starts in lower case continues the one above.
inline bool StartsLowerCase(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(text[0]);
  if (first >= 'a' && first <= 'z') return true;
  return first == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0;
}

// Whether the text starts with a capital: A-Z, or a Latin-1 capital
// (U+00C0..U+00DE: Æ Ø Å É ..., but for the sign ×).
inline bool StartsUpperCase(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') return true;
  if (first != 0xC3 || text.size() < 2) return false;
  const unsigned char second = static_cast<unsigned char>(text[1]);
  return second >= 0x80 && second <= 0x9E && second != 0x97;
}

// Whether the text ends in a letter: a-z, A-Z, or a Latin-1 letter (U+00C0..
// U+00FF but for the signs × and ÷).
inline bool EndsInLetter(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char last = static_cast<unsigned char>(text.back());
  if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) return true;
  return text.size() > 1 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC3 &&
         last >= 0x80 && last != 0x97 && last != 0xB7;
}

// Code points: the columns a terminal gives Danish text (no wide or
// combining characters in bilag's output).
inline size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Whether the word is a short lower-case word that links the words either
// side of it ("for", "i", "og", "med").
inline bool IsLinkWord(std::string_view word) {
  return !word.empty() && CodePoints(word) <= 3 && StartsLowerCase(word) &&
         word.find_first_of(".,;:") == std::string_view::npos;
}

// Whether the text ends in a short lower-case word ("... handleplan for",
// "... end dansk i"): a title or name line that a wrap cut, which goes on
// on the next line even when that starts with a capital ("Socialforvaltningen").
inline bool EndsInLinkWord(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  const size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  return IsLinkWord(text.substr(space + 1));
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_UTF8_H_
