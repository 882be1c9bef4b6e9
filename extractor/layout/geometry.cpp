#include "extractor/layout/geometry.h"

#include <algorithm>

namespace bilag::layout {

double Span::Overlap(const Span& other) const {
  return std::max(0.0, std::min(x1, other.x1) - std::max(x0, other.x0));
}

std::vector<Span> PiecesOf(const Line& line, const Page& page) {
  std::vector<Span> pieces;
  if (!line.cells.empty() && line.cells.front().x0 >= 0) {
    for (const Cell& cell : line.cells) pieces.push_back({cell.x0, cell.x1});
    return pieces;
  }
  bool any = false;
  Span extent;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    extent =
        any ? Span{std::min(extent.x0, box.x0), std::max(extent.x1, box.x1)} : Span{box.x0, box.x1};
    any = true;
  }
  if (any) pieces.push_back(extent);
  return pieces;
}

Band BandOf(const Line& line, const Page& page) {
  Band band;
  bool any = false;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    band = any ? Band{std::min(band.y0, box.y0), std::max(band.y1, box.y1)} : Band{box.y0, box.y1};
    any = true;
  }
  return band;
}

bool HasGeometry(const Page& page) { return !page.words.empty() && page.width > 0; }

}  // namespace bilag::layout
