// A page's lines joined by '\n', with the map from byte offsets back to line
// numbers, so that a rule matching across lines still reports where it hit.
#ifndef BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_
#define BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/model/document.h"
#include "extractor/model/extraction.h"

namespace bilag {

struct PageText {
  std::string text;
  std::vector<size_t> line_starts;  // offset of each line's first byte
  std::vector<int> line_numbers;    // Line::number of each line in `text`
  int page = 0;

  // `max_lines` > 0 keeps only the first lines of the body; the lines of a
  // side column are kept whatever their place (the layout stage puts them
  // after the body): a letterhead's date and case numbers are top matter.
  // `roles`, when not empty, keeps only lines of those roles.
  static PageText Of(const Page& page, int max_lines = 0, const std::vector<LineRole>& roles = {}) {
    PageText result;
    result.page = page.number;
    int count = 0;
    for (const Line& line : page.lines) {
      if (max_lines > 0 && !line.side && count++ >= max_lines) continue;
      if (!roles.empty() && std::find(roles.begin(), roles.end(), line.role) == roles.end()) {
        continue;
      }
      result.line_starts.push_back(result.text.size());
      result.line_numbers.push_back(line.number);
      result.text += line.text;
      result.text += '\n';
    }
    return result;
  }

  // Line number of the line holding byte `offset`.
  int LineAt(size_t offset) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    size_t index = static_cast<size_t>(it - line_starts.begin());
    return index == 0 ? 0 : line_numbers[index - 1];
  }

  // Bytes [begin, end) of `text` on the line that holds `begin`, cut at that
  // line's end.
  TextSpan SpanOnLine(size_t begin, size_t end) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), begin);
    const size_t index = static_cast<size_t>(it - line_starts.begin());
    const size_t start = index == 0 ? 0 : line_starts[index - 1];
    // Each line ends with the '\n' that Of() adds.
    const size_t line_end = index < line_starts.size() ? line_starts[index] - 1 : text.size() - 1;
    return {begin - start, std::min(end, line_end) - start};
  }
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_
