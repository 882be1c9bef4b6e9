// A question the extract stage asks of a language's lexicon without
// depending on the stage that loads it (extractor/repair/lexicon.h): whether
// a word, in lower case, is a common word of the language. A capitalised
// common word inside a line ("... på Nørrebro Indsatsen retter sig ...")
// starts a sentence; a capitalised word the lexicon does not know in lower
// case ("Nørrebro", "Husum") is a proper noun.
#ifndef BILAG_EXTRACTOR_BASE_COMMON_WORDS_H_
#define BILAG_EXTRACTOR_BASE_COMMON_WORDS_H_

#include <functional>
#include <string>
#include <string_view>

namespace bilag {

// Empty = no lexicon: nothing counts as known.
using KnowsCommonWord = std::function<bool(std::string_view lower_case_word)>;

// The word with its first letter in lower case: ASCII, and the Latin-1
// capitals (Æ, Ø, Å, É, ...) whose small letter is 0x20 above them.
inline std::string WithSmallInitial(std::string_view word) {
  std::string out(word);
  if (out.empty()) return out;
  const auto first = static_cast<unsigned char>(out[0]);
  if (first >= 'A' && first <= 'Z') {
    out[0] = static_cast<char>(first + 0x20);
  } else if (first == 0xC3 && out.size() >= 2) {
    const auto second = static_cast<unsigned char>(out[1]);
    if (second >= 0x80 && second <= 0x9E && second != 0x97)
      out[1] = static_cast<char>(second + 0x20);
  }
  return out;
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_COMMON_WORDS_H_
