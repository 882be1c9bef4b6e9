#include "extractor/layout/geometry.h"

#include <algorithm>
#include <iterator>

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

bool IsNoValueMark(std::string_view text, const Page& page) {
  if (text == "-" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94") return true;  // - – —
  return text == ":" && !page.words.empty() && page.words.front().confidence < 0;
}

bool HasGeometry(const Page& page) { return !page.words.empty() && page.width > 0; }

bool LaidOutWithSpaces(const Page& page) {
  if (page.words.empty()) return false;
  return std::all_of(page.words.begin(), page.words.end(), [](const Word& word) {
    return word.font < 0 && word.font_size > 0 && word.confidence < 0;
  });
}

LineGaps::LineGaps(const Page& page) {
  if (!LaidOutWithSpaces(page)) return;
  std::vector<Band> body;
  for (const Line& line : page.lines) {
    if (line.words.empty()) continue;
    (line.side ? side_only_ : body).push_back(BandOf(line, page));
  }
  auto by_top = [](const Band& a, const Band& b) { return a.y0 < b.y0; };
  std::sort(side_only_.begin(), side_only_.end(), by_top);
  std::sort(body.begin(), body.end(), by_top);
  // A body line's side part shares its band; only lines of their own count.
  // On the grid every line is as tall, so the body line that starts last
  // above a side line's bottom is the only one that can overlap it.
  std::erase_if(side_only_, [&](const Band& side) {
    auto after = std::lower_bound(body.begin(), body.end(), side.y1,
                                  [](const Band& band, double y) { return band.y0 < y; });
    return after != body.begin() && std::prev(after)->y1 > side.y0;
  });
}

LineGaps LineGaps::Within(double y0, double y1) const {
  LineGaps within;
  auto it = std::lower_bound(side_only_.begin(), side_only_.end(), y0,
                             [](const Band& band, double y) { return band.y0 < y; });
  for (; it != side_only_.end() && it->y1 <= y1; ++it) within.side_only_.push_back(*it);
  return within;
}

double LineGaps::Between(const Band& upper, const Band& lower) const {
  double top = upper.y1;
  auto it = std::lower_bound(side_only_.begin(), side_only_.end(), upper.y1,
                             [](const Band& band, double y) { return band.y0 < y; });
  for (; it != side_only_.end() && it->y1 <= lower.y0; ++it) top = std::max(top, it->y1);
  return lower.y0 - top;
}

}  // namespace bilag::layout
