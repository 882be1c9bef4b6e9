#include "extractor/ocr/text_layer_quality.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "extractor/base/danish_letters.h"

namespace bilag {
namespace {

// Decodes UTF-8 into `*out` (cleared first, its storage reused from word to
// word); a malformed sequence is one U+FFFD per byte, as a viewer shows it.
void DecodeInto(std::string_view s, std::u32string* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {  // most of a Danish text layer: no sequence to check
      out->push_back(lead);
      ++i;
      continue;
    }
    size_t extra = 0;
    char32_t cp = lead;
    if (lead >= 0xC0 && lead < 0xE0) {
      extra = 1, cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead < 0xF0) {
      extra = 2, cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead < 0xF8) {
      extra = 3, cp = lead & 0x07;
    } else {
      extra = 4;  // a continuation byte or 0xF8..0xFF: never valid here
    }
    bool valid = extra < 4;
    for (size_t k = 1; valid && k <= extra; ++k) {
      if (i + k >= s.size()) {
        valid = false;
        break;
      }
      const unsigned char next = static_cast<unsigned char>(s[i + k]);
      valid = (next & 0xC0) == 0x80;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (!valid) {
      out->push_back(U'\uFFFD');
      ++i;
      continue;
    }
    out->push_back(cp);
    i += extra + 1;
  }
}

// A set of characters, its ASCII part as a bitmap: most characters a page
// holds are ASCII, and are told without a search through the set.
class CharSet {
 public:
  constexpr explicit CharSet(std::u32string_view chars) : chars_(chars) {
    for (char32_t c : chars) {
      if (c < 0x80) ascii_[c / 64] |= uint64_t{1} << (c % 64);
    }
  }
  constexpr bool Has(char32_t c) const {
    if (c < 0x80) return (ascii_[c / 64] >> (c % 64)) & 1;
    return chars_.find(c) != std::u32string_view::npos;
  }

 private:
  std::u32string_view chars_;
  uint64_t ascii_[2] = {0, 0};
};

bool IsLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x2009; }

// Punctuation of ordinary Danish prose, tables and letters.
constexpr CharSet kProsePunctuation(U".,;:!?-'\"()/%&§+=*@[]–—‘’‚“”„«»•·…€½²");

bool IsOdd(char32_t c) {
  return !IsLetter(c) && !IsDigit(c) && !IsSpace(c) && !kProsePunctuation.Has(c);
}

constexpr CharSet kOpening(U"(\"'«„“‘[-–•");
constexpr CharSet kClosing(U".,;:!?)\"'»”’]%*-");
constexpr CharSet kVowels(U"aeiouyæøåéèêëáàíóúüöäAEIOUYÆØÅÉÈÊËÁÀÍÓÚÜÖÄ");

bool IsNumber(std::u32string_view part) {
  bool digit = false;
  for (char32_t c : part) {
    if (IsDigit(c)) {
      digit = true;
    } else if (c != U'.' && c != U',' && c != U':' && c != U'½') {
      return false;
    }
  }
  return digit;
}

bool IsWord(std::u32string_view part) {
  int letters = 0;
  bool vowel = false;
  for (size_t i = 0; i < part.size(); ++i) {
    const char32_t c = part[i];
    if (IsLetter(c)) {
      ++letters;
      vowel = vowel || kVowels.Has(c);
    } else if ((c == U'.' || c == U'\'' || c == U'’') && i > 0 && i + 1 < part.size()) {
      continue;
    } else {
      return false;
    }
  }
  return letters > 0 && (letters < 4 || vowel);
}

// nullopt: not counted (punctuation only).
std::optional<bool> LooksLikeWord(std::u32string_view token) {
  if (token.size() == 1 && !IsLetter(token[0]) && !IsDigit(token[0])) return std::nullopt;
  while (!token.empty() && kOpening.Has(token.front())) {
    token.remove_prefix(1);
  }
  while (!token.empty() && kClosing.Has(token.back())) {
    token.remove_suffix(1);
  }
  if (token.empty()) return std::nullopt;
  // "HR-strategi", "2010-32472", "og/eller", "3-årig", "www.kk.dk": every
  // part must pass.
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i < token.size() && token[i] != U'-' && token[i] != U'–' && token[i] != U'/' &&
        token[i] != U'.') {
      continue;
    }
    const std::u32string_view part = token.substr(start, i - start);
    if (part.empty() || (!IsNumber(part) && !IsWord(part))) return false;
    start = i + 1;
  }
  return true;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Most words of a text layer are ASCII letters, perhaps with one closing
// mark ("kommune,"): their measure needs no decoding. The letters' length,
// or 0 when `text` is not such a word.
size_t PlainAsciiWord(std::string_view text) {
  size_t n = text.size();
  if (n > 1) {
    const char last = text[n - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
        last == ')') {
      --n;
    }
  }
  if (n == 0) return 0;
  for (size_t i = 0; i < n; ++i) {
    if (!IsAsciiLetter(text[i])) return 0;
  }
  return n;
}

bool HasAsciiVowel(std::string_view letters) {
  for (char c : letters) {
    switch (c | 0x20) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
        return true;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

TextLayerQuality MeasureTextLayer(const std::vector<std::string_view>& words) {
  TextLayerQuality quality;
  int odd = 0, word_like = 0;
  std::u32string decoded;
  for (std::string_view text : words) {
    // What the general path below gives such a word: no odd character,
    // one word, a word-like one unless it has four letters or more and no
    // vowel.
    if (const size_t letters = PlainAsciiWord(text); letters > 0) {
      quality.characters += static_cast<int>(text.size());
      ++quality.words;
      if (letters < 4 || HasAsciiVowel(text.substr(0, letters))) ++word_like;
      continue;
    }
    DecodeInto(text, &decoded);
    // A text layer's "word" may still hold spaces (poppler keeps some).
    size_t start = 0;
    for (size_t i = 0; i <= decoded.size(); ++i) {
      if (i < decoded.size() && !IsSpace(decoded[i])) continue;
      const std::u32string_view token = std::u32string_view(decoded).substr(start, i - start);
      start = i + 1;
      if (token.empty()) continue;
      for (char32_t c : token) {
        ++quality.characters;
        if (IsOdd(c)) ++odd;
      }
      if (std::optional<bool> word = LooksLikeWord(token)) {
        ++quality.words;
        if (*word) ++word_like;
      }
    }
  }
  if (quality.characters > 0) quality.odd_share = static_cast<double>(odd) / quality.characters;
  if (quality.words > 0) quality.word_share = static_cast<double>(word_like) / quality.words;
  return quality;
}

TextLayerQuality MeasureTextLayer(const Page& page) {
  std::vector<std::string_view> words;
  words.reserve(page.words.size());
  for (const Word& word : page.words) words.push_back(word.text);
  return MeasureTextLayer(words);
}

std::optional<std::string> BrokenTextLayerReason(const TextLayerQuality& quality) {
  if (quality.characters < kMinCharacters) return std::nullopt;
  auto percent = [](double share) { return std::to_string(std::lround(share * 100)) + "%"; };
  if (quality.odd_share > kMaxOddShare) {
    return "text layer looks broken: " + percent(quality.odd_share) +
           " of its characters are outside the Danish alphabet and punctuation";
  }
  if (quality.word_share < kMinWordShare) {
    return "text layer looks broken: only " + percent(quality.word_share) +
           " of its words look like words";
  }
  return std::nullopt;
}

DanishLetters CountDanishLetters(const Page& page) {
  // Counted on the bytes: an ASCII byte is never part of a longer UTF-8
  // sequence, and IsDanishLetterAt's pairs always decode as their letter,
  // so this counts what decoding each word would, without decoding it.
  DanishLetters counts;
  for (const Word& word : page.words) {
    const std::string_view text = word.text;
    for (size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        counts.letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      } else if (IsDanishLetterAt(text, i)) {
        ++counts.letters;
        ++counts.danish;
        ++i;
      }
    }
  }
  return counts;
}

std::optional<std::string> ForeignOcrLayerReason(const DanishLetters& counts) {
  if (counts.letters < kMinLettersForDanishShare) return std::nullopt;
  if (counts.Share() >= kMaxForeignOcrDanishShare) return std::nullopt;
  return "its text layer has " + std::to_string(counts.danish) + " æ, ø or å in " +
         std::to_string(counts.letters) +
         " letters, as OCR without a Danish model leaves; read again with the Danish model";
}

bool ReadsBetter(const DanishLetters& layer, const DanishLetters& reread) {
  // The new reading must hold about as much text, and read as Danish.
  return reread.letters * 2 >= layer.letters && reread.Share() >= kMaxForeignOcrDanishShare &&
         reread.Share() > layer.Share();
}

}  // namespace bilag
