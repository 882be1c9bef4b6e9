#include "extractor/extract/spans.h"

#include <algorithm>
#include <string>

namespace bilag {
namespace {

// Enough of a piece's start to find it on its line: a cell's first words.
constexpr size_t kProbeBytes = 32;

}  // namespace

std::optional<TextSpan> SpanInLine(const Document& doc, int page, int line, std::string_view piece,
                                   size_t begin, size_t end) {
  const Line* at = doc.LineAt(page, line);
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
