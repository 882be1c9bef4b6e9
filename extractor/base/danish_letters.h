// The Danish letters æ ø å Æ Ø Å found on the bytes of UTF-8 text, for the
// measures that decide whether a text layer reads as Danish (the OCR plan's
// and the repair stage's) without decoding it.
#ifndef BILAG_EXTRACTOR_BASE_DANISH_LETTERS_H_
#define BILAG_EXTRACTOR_BASE_DANISH_LETTERS_H_

#include <cstddef>
#include <string_view>

namespace bilag {

// Whether one of æ ø å Æ Ø Å (U+00E6 U+00F8 U+00E5 U+00C6 U+00D8 U+00C5)
// starts at byte `i`: 0xC3 followed by 0xA6, 0xB8, 0xA5, 0x86, 0x98 or
// 0x85. Such a pair always decodes as that letter (0xC3 is no continuation
// byte, so no sequence before it can take it in).
inline bool IsDanishLetterAt(std::string_view text, size_t i) {
  if (i + 1 >= text.size() || static_cast<unsigned char>(text[i]) != 0xC3) return false;
  switch (static_cast<unsigned char>(text[i + 1])) {
    case 0xA6:
    case 0xB8:
    case 0xA5:
    case 0x86:
    case 0x98:
    case 0x85:
      return true;
    default:
      return false;
  }
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_DANISH_LETTERS_H_
