// Eight bytes at a time: the tests the value scanners and FoldCase make on
// every byte of a cell or line (is it a digit, an ASCII capital, ASCII at
// all), answered for a whole 64-bit word of text with a few arithmetic
// operations, so that prose without any of them costs a fraction of a
// byte-by-byte loop. Results are exact: a word's mask flags precisely its
// lowest matching byte (higher flags may be spurious where a borrow runs on,
// so callers take only the lowest, or re-test the bytes one by one).
#ifndef BILAG_EXTRACTOR_BASE_BYTE_WORDS_H_
#define BILAG_EXTRACTOR_BASE_BYTE_WORDS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace bilag::byte_words {

// Whether bytes are laid out low to high in a loaded word; elsewhere the
// callers below fall back to testing byte by byte.
inline constexpr bool kLittleEndian = std::endian::native == std::endian::little;

inline constexpr uint64_t kOnes = 0x0101010101010101;
inline constexpr uint64_t kHighBits = 0x8080808080808080;

inline uint64_t Load(const char* at) {
  uint64_t word;
  std::memcpy(&word, at, sizeof word);
  return word;
}

// The high bit of the lowest byte below `n` (n <= 128) is set, and no bit
// below it (Bit Twiddling Hacks, "hasless"); 0 when no byte is below `n`.
inline uint64_t BytesBelow(uint64_t word, uint64_t n) {
  return (word - kOnes * n) & ~word & kHighBits;
}

// Flags the lowest ASCII digit of `word` (see BytesBelow); 0 when none.
inline uint64_t DigitBytes(uint64_t word) {
  // A digit 0x30..0x39 XOR 0x30 is 0..9; every other byte is 10 or more.
  return BytesBelow(word ^ (kOnes * '0'), 10);
}

inline bool HasNonAscii(uint64_t word) { return (word & kHighBits) != 0; }

// For a word of ASCII bytes only: the high bit of every byte 'A'..'Z'.
inline uint64_t AsciiCapitalBytes(uint64_t word) {
  // Below 0x80, adding 0x80 - 'A' sets the high bit from 'A' up, adding
  // 0x80 - 'Z' - 1 from past 'Z' up; no byte carries into the next.
  const uint64_t from_a = word + kOnes * (0x80 - 'A');
  const uint64_t past_z = word + kOnes * (0x80 - 'Z' - 1);
  return (from_a ^ past_z) & kHighBits;
}

// The index of the byte a BytesBelow-style mask flags first.
inline size_t FirstFlagged(uint64_t mask) {
  return static_cast<size_t>(std::countr_zero(mask)) / 8;
}

// The offset of the first ASCII digit at or after `i`, or text.size().
inline size_t NextDigit(std::string_view text, size_t i) {
  const size_t n = text.size();
  if constexpr (kLittleEndian) {
    for (; i + 8 <= n; i += 8) {
      const uint64_t digits = DigitBytes(Load(text.data() + i));
      if (digits != 0) return i + FirstFlagged(digits);
    }
  }
  for (; i < n; ++i) {
    if (text[i] >= '0' && text[i] <= '9') return i;
  }
  return n;
}

// Whether `text` holds an ASCII digit before offset `end`, looking from
// `end` backwards: the offset of the last one, or npos.
inline size_t LastDigitBefore(std::string_view text, size_t end) {
  size_t i = end;
  if constexpr (kLittleEndian) {
    while (i >= 8 && DigitBytes(Load(text.data() + i - 8)) == 0) i -= 8;
  }
  for (; i > 0; --i) {
    if (text[i - 1] >= '0' && text[i - 1] <= '9') return i - 1;
  }
  return std::string_view::npos;
}

}  // namespace bilag::byte_words

#endif  // BILAG_EXTRACTOR_BASE_BYTE_WORDS_H_
