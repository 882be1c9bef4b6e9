#include "extractor/normalise/normalise.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace bilag {
namespace {

constexpr std::string_view kSoftHyphen = "\xc2\xad";

// Words after a line-end hyphen that make it a Danish suspended compound
// ("Beskæftigelses- og Integrationsudvalget"), not a word broken in two.
constexpr std::array<std::string_view, 8> kCompoundLinks = {
    "og", "eller", "el.", "samt", "til", "som", "&", "+",
};

// One code point at the front of `s`: its value and byte length; an invalid
// byte is returned as -1 with length 1, so callers copy it unchanged.
struct CodePoint {
  utf8proc_int32_t value = -1;
  size_t length = 1;
};

CodePoint Decode(std::string_view s) {
  CodePoint cp;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                        static_cast<utf8proc_ssize_t>(s.size()), &cp.value);
  if (n <= 0) return CodePoint{};
  cp.length = static_cast<size_t>(n);
  return cp;
}

// The code point that ends at `end` (exclusive).
CodePoint DecodeBefore(std::string_view s, size_t end) {
  size_t start = end;
  while (start > 0 && end - start < 4) {
    --start;
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) break;
  }
  CodePoint cp = Decode(s.substr(start, end - start));
  return cp.length == end - start ? cp : CodePoint{};
}

bool IsSpace(utf8proc_int32_t cp) {
  if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
    return true;
  }
  return cp > 0x7F && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

// Invisible characters that only break words apart for a matcher.
bool IsZeroWidth(utf8proc_int32_t cp) { return cp == 0x200B || cp == 0xFEFF; }

bool IsLower(utf8proc_int32_t cp) {
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

// Bytes of the hyphen ending `text` after a letter ("beskæfti-", or a soft
// hyphen); 0 when the line does not end so (" -" is a dash or list marker).
size_t TrailingHyphen(std::string_view text) {
  size_t hyphen = 0;
  if (text.ends_with('-')) {
    hyphen = 1;
  } else if (text.ends_with(kSoftHyphen)) {
    hyphen = kSoftHyphen.size();
  } else {
    return 0;
  }
  return IsUnicodeLetter(DecodeBefore(text, text.size() - hyphen).value) ? hyphen : 0;
}

// Whether `next` (collapsed, non-empty) continues a word broken before it.
bool ContinuesWord(std::string_view next) {
  std::string_view word = next.substr(0, next.find(' '));
  if (!IsLower(Decode(word).value)) return false;
  std::string_view bare = word.substr(0, word.find_last_not_of(",;:)") + 1);
  return std::find(kCompoundLinks.begin(), kCompoundLinks.end(), word) == kCompoundLinks.end() &&
         std::find(kCompoundLinks.begin(), kCompoundLinks.end(), bare) == kCompoundLinks.end();
}

// Moves the first word of `*next` onto the end of `*text`, dropping the
// hyphen (`hyphen` bytes) there. Both are collapsed text.
void JoinWord(size_t hyphen, std::string* text, std::string* next) {
  size_t space = next->find(' ');
  text->resize(text->size() - hyphen);
  text->append(*next, 0, space);
  next->erase(0, space == std::string::npos ? next->size() : space + 1);
}

// Inner soft hyphens are invisible break hints that only split words for a
// matcher; one left at a line end was printed as a hyphen.
void ResolveSoftHyphens(std::string* text) {
  if (text->find(kSoftHyphen) == std::string::npos) return;
  const bool at_end = text->ends_with(kSoftHyphen);
  std::string out;
  out.reserve(text->size());
  for (size_t pos = 0; pos < text->size();) {
    size_t next = text->find(kSoftHyphen, pos);
    if (next == std::string::npos) next = text->size();
    out.append(*text, pos, next - pos);
    pos = next + kSoftHyphen.size();
  }
  if (at_end) out.push_back('-');
  *text = std::move(out);
}

std::string JoinCells(const std::vector<Cell>& cells) {
  std::string text;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) text.push_back('\t');
    text.append(cells[i].text);
  }
  return text;
}

bool AllCellsEmpty(const Line& line) {
  return std::all_of(line.cells.begin(), line.cells.end(),
                     [](const Cell& cell) { return cell.text.empty(); });
}

void NormaliseLine(Line* line) {
  if (line->cells.empty()) {
    line->text = CollapseWhitespace(ToNfc(line->text));
    return;
  }
  for (Cell& cell : line->cells) cell.text = CollapseWhitespace(ToNfc(cell.text));
  line->text = JoinCells(line->cells);
}

// Joins prose lines: the next non-empty line of the page continues the word
// only when it is prose too (a heading or a table row never does).
void DehyphenateText(std::vector<Line>* lines, size_t i, std::vector<bool>* removed) {
  Line& line = (*lines)[i];
  size_t j = i + 1;
  while (size_t hyphen = TrailingHyphen(line.text)) {
    while (j < lines->size() && (*removed)[j]) ++j;
    while (j < lines->size() && (*lines)[j].kind == LineKind::kText && (*lines)[j].text.empty()) {
      ++j;
    }
    if (j >= lines->size() || (*lines)[j].kind != LineKind::kText) return;
    Line& next = (*lines)[j];
    // A side column's text never continues the body's, nor the other way.
    if (next.side != line.side) return;
    if (!ContinuesWord(next.text)) return;
    JoinWord(hyphen, &line.text, &next.text);
    if (!next.words.empty()) {
      line.words.push_back(next.words.front());
      next.words.erase(next.words.begin());
    }
    if (!next.text.empty()) return;
    (*removed)[j] = true;
  }
}

// Joins within one column of a multi-line table row: the cell's next line
// is the same column of a following Line with the same row id.
void DehyphenateRow(std::vector<Line>* lines, size_t i, std::vector<bool>* removed) {
  Line& line = (*lines)[i];
  bool changed = false;
  for (size_t column = 0; column < line.cells.size(); ++column) {
    std::string& text = line.cells[column].text;
    size_t j = i + 1;
    while (size_t hyphen = TrailingHyphen(text)) {
      while (j < lines->size() && (*lines)[j].row == line.row && (*lines)[j].table == line.table &&
             ((*removed)[j] || column >= (*lines)[j].cells.size() ||
              (*lines)[j].cells[column].text.empty())) {
        ++j;
      }
      if (j >= lines->size() || (*lines)[j].row != line.row || (*lines)[j].table != line.table) {
        break;
      }
      Line& next = (*lines)[j];
      std::string& next_text = next.cells[column].text;
      if (!ContinuesWord(next_text)) break;
      JoinWord(hyphen, &text, &next_text);
      next.text = JoinCells(next.cells);
      changed = true;
      if (AllCellsEmpty(next)) (*removed)[j] = true;
      if (!next_text.empty()) break;
    }
  }
  if (changed) line.text = JoinCells(line.cells);
}

void DehyphenatePage(Page* page) {
  std::vector<Line>& lines = page->lines;
  std::vector<bool> removed(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (removed[i]) continue;
    if (lines[i].kind == LineKind::kText) {
      DehyphenateText(&lines, i, &removed);
    } else if (lines[i].kind == LineKind::kTableRow && lines[i].row != 0) {
      DehyphenateRow(&lines, i, &removed);
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (removed[i]) continue;
    if (kept != i) lines[kept] = std::move(lines[i]);
    ++kept;
  }
  lines.resize(kept);
}

void ResolveSoftHyphens(Line* line) {
  if (line->cells.empty()) {
    ResolveSoftHyphens(&line->text);
    return;
  }
  for (Cell& cell : line->cells) ResolveSoftHyphens(&cell.text);
  line->text = JoinCells(line->cells);
}

}  // namespace

namespace {

// Whether NFC leaves `utf8` as it is, judged from its bytes alone: true for
// text of code points below U+0300 (ASCII, Latin-1, Latin Extended: all
// NFC_Quick_Check=Yes, none composes with what follows, and the combining
// marks start at U+0300) and U+2002..U+206F (dashes, quotes, spaces; U+2000
// and U+2001 are singletons NFC maps to U+2002 and U+2003). Almost every
// line of a Danish document is such text, and utf8proc decomposes and
// recomposes every character it is given.
bool IsNfcStable(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0xCC) continue;  // ASCII, U+0080..U+02FF, or their continuation bytes
    if (c != 0xE2 || i + 2 >= utf8.size()) return false;
    const unsigned char second = static_cast<unsigned char>(utf8[i + 1]);
    const unsigned char third = static_cast<unsigned char>(utf8[i + 2]);
    const bool general_punctuation = (second == 0x80 && third >= 0x82 && third <= 0xBF) ||
                                     (second == 0x81 && third >= 0x80 && third <= 0xAF);
    if (!general_punctuation) return false;
    i += 2;
  }
  return true;
}

}  // namespace

std::string ToNfc(std::string_view utf8) {
  if (IsNfcStable(utf8)) return std::string(utf8);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                   static_cast<utf8proc_ssize_t>(utf8.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  // Ingest guarantees UTF-8; should a stage hand over anything else, the
  // text is better kept than lost.
  if (length < 0) return std::string(utf8);
  std::string result(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
  std::free(mapped);
  return result;
}

std::string CollapseWhitespace(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < utf8.size();) {
    // ASCII, most of Danish text, needs no decoding.
    const unsigned char byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {
      if (IsSpace(byte)) {
        pending_space = !out.empty();
      } else {
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(static_cast<char>(byte));
      }
      ++pos;
      continue;
    }
    CodePoint cp = Decode(utf8.substr(pos));
    if (IsSpace(cp.value)) {
      pending_space = !out.empty();
    } else if (!IsZeroWidth(cp.value)) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(utf8.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return out;
}

void Normalise(const NormaliseOptions& options, Document* doc) {
  for (Page& page : doc->pages) {
    for (Word& word : page.words) word.text = ToNfc(word.text);
    for (Line& line : page.lines) NormaliseLine(&line);
    if (options.dehyphenate) DehyphenatePage(&page);
    for (Line& line : page.lines) ResolveSoftHyphens(&line);
    page.Renumber();
  }
}

bool IsUnicodeLetter(int32_t cp) {
  if (cp < 0) return false;
  // ASCII without the table lookup: its letters are exactly A-Z and a-z.
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

}  // namespace bilag
