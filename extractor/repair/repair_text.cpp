#include "extractor/repair/repair_text.h"

#include "extractor/normalise/normalise.h"

#include <utf8proc.h>

namespace bilag {
namespace {

struct CodePoint {
  utf8proc_int32_t value = -1;  // -1 for a byte that is not valid UTF-8
  size_t size = 1;
};

CodePoint Decode(std::string_view s, size_t pos) {
  CodePoint cp;
  // ASCII, most of any Danish text, needs no call into utf8proc (which
  // gives the byte itself for it).
  if (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) {
    cp.value = static_cast<unsigned char>(s[pos]);
    return cp;
  }
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                        static_cast<utf8proc_ssize_t>(s.size() - pos), &cp.value);
  if (n <= 0) {
    cp.value = -1;
    return cp;
  }
  cp.size = static_cast<size_t>(n);
  return cp;
}

void Append(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

bool IsDigit(utf8proc_int32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsUpper(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return cp >= 0 && (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
                     utf8proc_category(cp) == UTF8PROC_CATEGORY_LT);
}
bool IsLower(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) return cp >= 'a' && cp <= 'z';
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

// Characters a word may hold: OCR puts '@' and digits where æ, ø, å were.
bool IsWordPart(utf8proc_int32_t cp) { return IsUnicodeLetter(cp) || IsDigit(cp) || cp == '@'; }

bool IsSplitter(utf8proc_int32_t cp) {
  return cp == '-' || cp == '/' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014;
}

bool StartsWithCaseless(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool IsUrlOrEmail(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos) return true;
  size_t start = chunk.find_first_not_of("(<[\"'");
  if (start != std::string_view::npos && StartsWithCaseless(chunk.substr(start), "www.")) {
    return true;
  }
  size_t at = chunk.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  size_t dot = chunk.find('.', at);
  return dot != std::string_view::npos && dot + 1 < chunk.size() &&
         IsWordPart(Decode(chunk, dot + 1).value);
}

// Adds the words of one chunk (no spaces in it) at `offset` in the line.
void ChunkWords(std::string_view chunk, size_t offset, std::vector<WordSpan>* words) {
  if (IsUrlOrEmail(chunk)) return;
  // Trim everything that cannot be part of a word from both ends.
  size_t begin = 0;
  while (begin < chunk.size()) {
    CodePoint cp = Decode(chunk, begin);
    if (IsWordPart(cp.value)) break;
    begin += cp.size;
  }
  size_t end = chunk.size();
  while (end > begin) {
    size_t prev = PreviousCharStart(chunk, end);
    if (IsWordPart(Decode(chunk, prev).value)) break;
    end = prev;
  }
  if (begin >= end) return;
  std::string_view core = chunk.substr(begin, end - begin);
  // '.' or ',' between word characters: an abbreviation, a domain, a number.
  for (size_t i = 1; i + 1 < core.size(); ++i) {
    if ((core[i] == '.' || core[i] == ',') && IsWordPart(Decode(core, i + 1).value) &&
        IsWordPart(Decode(core, PreviousCharStart(core, i)).value)) {
      return;
    }
  }
  size_t part_begin = 0;
  bool clean = true;
  auto flush = [&](size_t part_end) {
    if (clean && part_end > part_begin) {
      words->push_back({offset + begin + part_begin, offset + begin + part_end});
    }
  };
  for (size_t i = 0; i < core.size();) {
    CodePoint cp = Decode(core, i);
    if (IsSplitter(cp.value)) {
      flush(i);
      part_begin = i + cp.size;
      clean = true;
    } else if (!IsWordPart(cp.value)) {
      clean = false;  // an apostrophe, '&', '%', ...: not a word repair can judge
    }
    i += cp.size;
  }
  flush(core.size());
}

template <typename Map>
std::string MapCase(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = Decode(text, i);
    if (cp.value < 0) {
      out += text[i];
    } else {
      Append(map(cp.value), &out);
    }
    i += cp.size;
  }
  return out;
}

}  // namespace

size_t PreviousCharStart(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t i = pos - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool IsWordCharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  utf8proc_int32_t cp = Decode(text, pos).value;
  if (cp >= 0 && cp < 0x80) return IsUnicodeLetter(cp) || IsDigit(cp) || cp == '_';
  return IsUnicodeLetter(cp) || (cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND) ||
         cp == '_';
}

std::vector<WordSpan> RepairableWords(std::string_view text) {
  std::vector<WordSpan> words;
  RepairableWords(text, &words);
  return words;
}

void RepairableWords(std::string_view text, std::vector<WordSpan>* words) {
  words->clear();
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) ChunkWords(text.substr(start, i - start), start, words);
  }
}

bool IsProtectedWord(std::string_view word) {
  int letters = 0, upper = 0, lower = 0, symbols = 0, zeros = 0, other_digits = 0, chars = 0;
  for (size_t i = 0; i < word.size();) {
    CodePoint cp = Decode(word, i);
    ++chars;
    if (IsUnicodeLetter(cp.value)) {
      ++letters;
      if (IsUpper(cp.value)) ++upper;
      if (IsLower(cp.value)) ++lower;
    } else if (cp.value == '0') {
      ++zeros;
    } else if (IsDigit(cp.value)) {
      ++other_digits;
    } else if (cp.value == '@') {
      ++symbols;
    }
    i += cp.size;
  }
  if (chars < 2 || letters == 0 || other_digits > 0) return true;
  if (zeros > 0 && letters < 3) return true;
  if (symbols > 0 || zeros > 0) return false;
  // "EVU", "ERFA", and their genitive "EVUs".
  bool genitive = lower == 1 && word.back() == 's';
  int caps = upper;
  return caps >= 2 && caps <= 4 && (lower == 0 || genitive);
}

int CountLetters(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    CodePoint cp = Decode(word, i);
    if (IsUnicodeLetter(cp.value)) ++letters;
    i += cp.size;
  }
  return letters;
}

bool IsAllUpper(std::string_view word) {
  bool any = false;
  for (size_t i = 0; i < word.size();) {
    CodePoint cp = Decode(word, i);
    if (IsLower(cp.value)) return false;
    if (IsUpper(cp.value)) any = true;
    i += cp.size;
  }
  return any;
}

bool StartsWithUpper(std::string_view word) {
  return !word.empty() && IsUpper(Decode(word, 0).value);
}

bool StartsWithLetter(std::string_view word) {
  return !word.empty() && IsUnicodeLetter(Decode(word, 0).value);
}

std::string ToLowerUtf8(std::string_view text) {
  return MapCase(text, [](utf8proc_int32_t cp) { return utf8proc_tolower(cp); });
}

std::string ToUpperUtf8(std::string_view text) {
  return MapCase(text, [](utf8proc_int32_t cp) { return utf8proc_toupper(cp); });
}

std::string CapitaliseUtf8(std::string_view text) {
  if (text.empty()) return std::string();
  CodePoint first = Decode(text, 0);
  if (first.value < 0) return std::string(text);
  std::string out;
  Append(utf8proc_toupper(first.value), &out);
  out.append(text.substr(first.size));
  return out;
}

}  // namespace bilag
