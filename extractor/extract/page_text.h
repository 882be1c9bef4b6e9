// A page's lines joined by '\n', with the map from byte offsets back to line
// numbers, so that a rule matching across lines still reports where it hit.
#ifndef BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_
#define BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

struct PageText {
  std::string text;
  std::vector<size_t> line_starts;  // offset of each line's first byte
  int page = 0;

  // `max_lines` > 0 keeps only the first lines.
  static PageText Of(const Page& page, int max_lines = 0) {
    PageText result;
    result.page = page.number;
    int count = 0;
    for (const Line& line : page.lines) {
      if (max_lines > 0 && count++ >= max_lines) break;
      result.line_starts.push_back(result.text.size());
      result.text += line.text;
      result.text += '\n';
    }
    return result;
  }

  // 1-based line number of the line holding byte `offset`.
  int LineAt(size_t offset) const {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    return static_cast<int>(it - line_starts.begin());
  }
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PAGE_TEXT_H_
