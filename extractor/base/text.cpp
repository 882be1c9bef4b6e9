#include "extractor/base/text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "extractor/base/byte_words.h"

namespace bilag {

std::string_view Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(kBlanks);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kBlanks) - begin + 1);
}

std::string_view TrimLeft(std::string_view text) {
  const size_t begin = text.find_first_not_of(kBlanks);
  return begin == std::string_view::npos ? std::string_view() : text.substr(begin);
}

std::string FoldCase(std::string_view text) {
  std::string out(text);
  const size_t n = out.size();
  size_t i = 0;
  while (i < n) {
    if constexpr (byte_words::kLittleEndian) {
      // The ASCII bytes of the next eight at once, up to the first other
      // byte: most of a line is such words.
      if (i + 8 <= n) {
        const uint64_t word = byte_words::Load(out.data() + i);
        const uint64_t high = word & byte_words::kHighBits;
        const size_t ascii = high == 0 ? 8 : byte_words::FirstFlagged(high);
        // Past the first non-ASCII byte the sums may carry: only the bytes
        // before it take their capitals' 0x20 bit.
        const uint64_t before = ascii == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * ascii)) - 1;
        const uint64_t lower = word | ((byte_words::AsciiCapitalBytes(word) & before) >> 2);
        std::memcpy(out.data() + i, &lower, sizeof lower);
        i += ascii;
        if (ascii == 8) continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < n) {
      const unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
    ++i;
  }
  return out;
}

bool IsDashCell(std::string_view text) {
  return text == "-" || text == "\u2013" || text == "\u2014" || text == "\u2212";
}

bool IsBareFigure(std::string_view text) {
  if (text.starts_with("\u2212")) text.remove_prefix(std::string_view("\u2212").size());
  bool digit = false;
  for (char c : text) {
    if (IsDigit(c)) {
      digit = true;
    } else if (c != '.' && c != ',' && c != ' ' && c != '-') {
      return false;
    }
  }
  return digit;
}

bool IsYear(std::string_view word) {
  return word.size() == 4 && (word.substr(0, 2) == "19" || word.substr(0, 2) == "20") &&
         std::all_of(word.begin(), word.end(), IsDigit);
}

bool AllYears(std::string_view text) {
  bool any = false;
  size_t begin = text.find_first_not_of(" \t");
  while (begin != std::string_view::npos) {
    const size_t end = std::min(text.find_first_of(" \t", begin), text.size());
    if (!IsYear(text.substr(begin, end - begin))) return false;
    any = true;
    begin = text.find_first_not_of(" \t", end);
  }
  return any;
}

bool EndsSentence(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == ':' || last == '!' || last == '?';
}

namespace {

size_t LeadingDigits(std::string_view text) {
  size_t n = 0;
  while (n < text.size() && IsDigit(text[n])) ++n;
  return n;
}

}  // namespace

bool TwoFigures(std::string_view left, std::string_view right) {
  if (!IsBareFigure(left) || !IsBareFigure(right)) return false;
  if (left.starts_with('-')) left.remove_prefix(1);
  const size_t lead = LeadingDigits(left), group = LeadingDigits(right);
  const bool thousands_apart = lead == left.size() && lead >= 1 && lead <= 3 && group == 3 &&
                               (right.size() == 3 || right[3] == ',' || right[3] == '.');
  return !thousands_apart;
}

}  // namespace bilag
