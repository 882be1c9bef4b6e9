#include "extractor/base/byte_words.h"

#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "extractor/base/text.h"

namespace bilag {
namespace {

// The byte-by-byte answers the word-at-a-time ones must give.
size_t NextDigitByBytes(std::string_view text, size_t i) {
  while (i < text.size() && !IsDigit(text[i])) ++i;
  return i;
}

size_t LastDigitByBytes(std::string_view text, size_t end) {
  for (size_t i = end; i > 0; --i) {
    if (IsDigit(text[i - 1])) return i - 1;
  }
  return std::string_view::npos;
}

std::string FoldCaseByBytes(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

// Texts of every length up to 40 bytes from pieces that sit on each side of
// the tests' edges: '/' and ':' around the digits, '@' and '[' around the
// capitals, 0x7F and 0x80 around ASCII, Danish letters, × (C3 97), a stray
// C3 at the end, and bytes that make the word arithmetic borrow or carry.
std::string RandomText(std::mt19937* random) {
  static const std::vector<std::string> kPieces = {
      "0",  "9",  "/",  ":",   "A",    "Z",    "@",    "[",    "a",
      "z",  "`",  "{",  " ",   "\x7F", "\x80", "\xFF", "Æ",    "Ø",
      "Å",  "æ",  "ø",  "å",   "×",    "É",    "\xC3", "\x01", std::string(1, '\0'),
      "\"", "\\", "\n", "2014"};
  std::uniform_int_distribution<size_t> length(0, 40), piece(0, kPieces.size() - 1);
  std::string text;
  const size_t n = length(*random);
  while (text.size() < n) text += kPieces[piece(*random)];
  return text;
}

TEST_CASE("NextDigit and LastDigitBefore find what a byte-by-byte scan finds", "[byte_words]") {
  std::mt19937 random(14);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(&random);
    for (size_t i = 0; i <= text.size(); ++i) {
      REQUIRE(byte_words::NextDigit(text, i) == NextDigitByBytes(text, i));
      REQUIRE(byte_words::LastDigitBefore(text, i) == LastDigitByBytes(text, i));
    }
  }
  CHECK(byte_words::NextDigit("Målet for 2014 er nået", 0) == 11);
  CHECK(byte_words::NextDigit("ingen tal i denne linje overhovedet", 0) == 35);
  CHECK(byte_words::LastDigitBefore("kl. 9 og 10 i år", 16) == 10);
}

TEST_CASE("FoldCase eight bytes at a time folds as byte by byte", "[byte_words][text]") {
  std::mt19937 random(15);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(&random);
    REQUIRE(FoldCase(text) == FoldCaseByBytes(text));
  }
  CHECK(FoldCase("ØKONOMIFORVALTNINGEN OG SOCIALFORVALTNINGEN × 2") ==
        "økonomiforvaltningen og socialforvaltningen × 2");
}

}  // namespace
}  // namespace bilag
