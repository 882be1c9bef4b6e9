#include "extractor/layout/blocks.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "extractor/base/utf8.h"
#include "extractor/layout/geometry.h"

namespace bilag::layout {
namespace {

// A gap this much wider than the page's usual gap between prose lines
// (a share of the line height, at least kMinParagraphSpacePoints) is
// paragraph spacing.
constexpr double kMinParagraphSpacePoints = 2;
constexpr double kParagraphSpaceShare = 0.3;

}  // namespace

bool StartsListItem(std::string_view text, const ListMarkers& markers) {
  size_t i = text.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  text.remove_prefix(i);
  const size_t space = text.find(' ');
  if (space != std::string_view::npos && space > 0 &&
      IsBulletGlyphs(text.substr(0, space), markers)) {
    return true;
  }
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  // "14. marts 2006" is a date: a numbered item does not go on in lower case.
  return digits > 0 && digits + 2 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
         text[digits + 1] == ' ' && !StartsLowerCase(text.substr(digits + 2));
}

namespace {

bool IsProse(const Line& line) {
  return !line.side && line.table == 0 && line.text.find_first_not_of(" \t") != std::string::npos;
}

void BlocksFromGeometry(Page* page, int* block, const ListMarkers& markers) {
  struct Placed {
    Line* line;
    Band band;
    double x0;
  };
  std::vector<Placed> prose;
  for (Line& line : page->lines) {
    if (!IsProse(line) || line.words.empty()) continue;
    std::vector<Span> pieces = PiecesOf(line, *page);
    if (pieces.empty()) continue;
    prose.push_back({&line, BandOf(line, *page), pieces.front().x0});
  }
  std::vector<double> gaps;
  for (size_t k = 1; k < prose.size(); ++k) {
    gaps.push_back(prose[k].band.y0 - prose[k - 1].band.y1);
  }
  double usual = 0;
  if (!gaps.empty()) {
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(),
                     sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    usual = sorted[sorted.size() / 2];
  }
  for (size_t k = 0; k < prose.size(); ++k) {
    bool starts = k == 0;
    if (!starts) {
      const Placed& above = prose[k - 1];
      const Placed& here = prose[k];
      const double height = std::max(1.0, here.band.y1 - here.band.y0);
      // Lines that were not neighbours on the page (a table between them)
      // are not one paragraph.
      const bool adjacent = here.line - above.line == 1;
      starts =
          !adjacent ||
          gaps[k - 1] > usual + std::max(kMinParagraphSpacePoints, kParagraphSpaceShare * height) ||
          above.line->bold != here.line->bold || StartsListItem(here.line->text, markers);
    }
    if (starts) ++*block;
    prose[k].line->block = *block;
  }
}

void BlocksFromText(Page* page, int* block) {
  bool open = false;
  for (Line& line : page->lines) {
    if (!IsProse(line)) {
      open = false;
      continue;
    }
    if (!open || line.kind == LineKind::kHeading) ++*block;
    line.block = *block;
    open = line.kind != LineKind::kHeading;
  }
}

}  // namespace

int FindBlocks(Document* doc, const ListMarkers& markers) {
  int block = 0;
  for (Page& page : doc->pages) {
    if (HasGeometry(page)) {
      BlocksFromGeometry(&page, &block, markers);
    } else {
      BlocksFromText(&page, &block);
    }
  }
  return block;
}

}  // namespace bilag::layout
