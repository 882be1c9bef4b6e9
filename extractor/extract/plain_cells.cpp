#include "extractor/extract/plain_cells.h"

#include "extractor/base/text.h"

namespace bilag {

bool IsPlainCellText(const Document& doc) {
  for (const Page& page : doc.pages) {
    if (!page.words.empty()) return false;
    for (const Line& line : page.lines) {
      if (line.kind == LineKind::kTableRow) return false;
    }
  }
  return true;
}

std::vector<std::vector<const Line*>> PlainParagraphs(const Document& doc) {
  std::vector<std::vector<const Line*>> paragraphs;
  for (const Page& page : doc.pages) {
    bool parted = true;
    for (const Line& line : page.lines) {
      const bool content = !Trim(line.text).empty() && line.role != LineRole::kPageHeader &&
                           line.role != LineRole::kPageFooter && line.kind == LineKind::kText;
      if (!content) {
        parted = true;
        continue;
      }
      if (parted) paragraphs.emplace_back();
      paragraphs.back().push_back(&line);
      parted = false;
    }
  }
  return paragraphs;
}

std::string JoinedText(const std::vector<const Line*>& lines) {
  std::string joined;
  for (const Line* line : lines) {
    if (!joined.empty()) joined += ' ';
    joined += Trim(line->text);
  }
  return joined;
}

Segment CellSegment(const Line& line) {
  return Segment{std::string(Trim(line.text)), line.page, line.number, line.bold};
}

}  // namespace bilag
