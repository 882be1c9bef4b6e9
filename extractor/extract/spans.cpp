#include "extractor/extract/spans.h"

#include <algorithm>
#include <string>

namespace bilag {
namespace {

// Enough of a piece's start to find it on its line: a cell's first words.
constexpr size_t kProbeBytes = 32;

}  // namespace

const Line* FindLine(const Document& doc, int page, int line) {
  if (line < 1) return nullptr;
  const Page* found = nullptr;
  // Pages are numbered from 1 in order, except in a part split off a bundle.
  if (page >= 1 && static_cast<size_t>(page) <= doc.pages.size() &&
      doc.pages[static_cast<size_t>(page) - 1].number == page) {
    found = &doc.pages[static_cast<size_t>(page) - 1];
  } else {
    for (const Page& candidate : doc.pages) {
      if (candidate.number == page) found = &candidate;
    }
  }
  if (found == nullptr || static_cast<size_t>(line) > found->lines.size()) return nullptr;
  return &found->lines[static_cast<size_t>(line) - 1];
}

std::optional<TextSpan> SpanInLine(const Document& doc, int page, int line, std::string_view piece,
                                   size_t begin, size_t end) {
  const Line* at = FindLine(doc, page, line);
  if (at == nullptr || piece.empty() || begin >= end) return std::nullopt;
  const std::string_view text = at->text;
  const size_t pos = text.find(piece.substr(0, std::min(piece.size(), kProbeBytes)));
  if (pos == std::string_view::npos) return std::nullopt;
  size_t same = 0;
  while (pos + same < text.size() && same < piece.size() && text[pos + same] == piece[same]) {
    ++same;
  }
  if (begin >= same) return std::nullopt;
  end = std::min(end, same);
  while (end > begin && end < piece.size() &&
         (static_cast<unsigned char>(piece[end]) & 0xC0) == 0x80) {
    --end;
  }
  if (end <= begin) return std::nullopt;
  return TextSpan{pos + begin, pos + end};
}

}  // namespace bilag
