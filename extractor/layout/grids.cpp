#include "extractor/layout/grids.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <vector>

namespace bilag::layout {
namespace {

// Rulings closer than this touch: lines of a grid meet, give or take a
// pixel of the low-resolution render or of a scan.
constexpr double kTouchPoints = 4;
// Vertical rulings closer than this to the box's edge are its border.
constexpr double kBorderPoints = 6;
// A horizontal ruling is text when it runs through the middle of words
// (between these shares of their height from top and bottom) over at least
// kTextCrossingShare of its length.
constexpr double kWordMiddleShare = 0.2;
constexpr double kTextCrossingShare = 0.5;
// A vertical ruling is text when it runs inside words' boxes (this far
// from their sides) over at least kTextCrossingShare of its length.
constexpr double kInsideWordPoints = 0.5;

// The height of a (possibly sloped) horizontal ruling at x, and the x of a
// vertical one at y.
double YAt(const Ruling& r, double x) {
  if (r.x1 == r.x0) return r.y0;
  double t = std::clamp((x - r.x0) / (r.x1 - r.x0), 0.0, 1.0);
  return r.y0 + t * (r.y1 - r.y0);
}
double XAt(const Ruling& r, double y) {
  if (r.y1 == r.y0) return r.x0;
  double t = std::clamp((y - r.y0) / (r.y1 - r.y0), 0.0, 1.0);
  return r.x0 + t * (r.x1 - r.x0);
}

bool Touch(const Ruling& h, const Ruling& v) {
  double x = XAt(v, (h.y0 + h.y1) / 2), y = YAt(h, x);
  return x >= std::min(h.x0, h.x1) - kTouchPoints && x <= std::max(h.x0, h.x1) + kTouchPoints &&
         y >= std::min(v.y0, v.y1) - kTouchPoints && y <= std::max(v.y0, v.y1) + kTouchPoints;
}

int Find(std::vector<int>* parent, int i) {
  while ((*parent)[static_cast<size_t>(i)] != i) {
    i = (*parent)[static_cast<size_t>(i)] =
        (*parent)[static_cast<size_t>((*parent)[static_cast<size_t>(i)])];
  }
  return i;
}

// The page's word boxes sorted by top and by left edge, with the tallest
// height and widest width: a ruling is checked against the words whose
// boxes can reach it, not against every word of the page (a page of tables
// has dozens of rulings and hundreds of words).
struct WordBoxes {
  explicit WordBoxes(const Page& page) {
    by_top.reserve(page.words.size());
    for (const Word& word : page.words) {
      by_top.push_back(word.box);
      tallest = std::max(tallest, word.box.y1 - word.box.y0);
      widest = std::max(widest, word.box.x1 - word.box.x0);
    }
    by_left = by_top;
    std::sort(by_top.begin(), by_top.end(), [](const Box& a, const Box& b) { return a.y0 < b.y0; });
    std::sort(by_left.begin(), by_left.end(),
              [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  }
  // Boxes of `sorted` (by `edge`) whose edge lies in [from, to).
  template <typename Edge>
  static std::span<const Box> Between(const std::vector<Box>& sorted, Edge edge, double from,
                                      double to) {
    auto first = std::partition_point(sorted.begin(), sorted.end(),
                                      [&](const Box& b) { return edge(b) < from; });
    auto last =
        std::partition_point(first, sorted.end(), [&](const Box& b) { return edge(b) < to; });
    return {first, last};
  }
  std::vector<Box> by_top, by_left;
  double tallest = 0, widest = 0;
};

bool RunsThroughWords(const Ruling& r, const WordBoxes& boxes) {
  if (!r.Horizontal()) {
    // A column of right-aligned figures blurs into a vertical band too; a
    // column border runs beside the words, never inside their boxes.
    const double top = std::min(r.y0, r.y1), bottom = std::max(r.y0, r.y1);
    const double left = std::min(r.x0, r.x1), right = std::max(r.x0, r.x1);
    double crossed = 0;
    for (const Box& box : WordBoxes::Between(
             boxes.by_left, [](const Box& b) { return b.x0; }, left - boxes.widest, right)) {
      if (box.y1 <= top || box.y0 >= bottom) continue;
      const double x = XAt(r, std::clamp((box.y0 + box.y1) / 2, top, bottom));
      if (x <= box.x0 + kInsideWordPoints || x >= box.x1 - kInsideWordPoints) continue;
      crossed += std::min(box.y1, bottom) - std::max(box.y0, top);
    }
    return crossed >= kTextCrossingShare * (bottom - top);
  }
  const double left = std::min(r.x0, r.x1), right = std::max(r.x0, r.x1);
  const double top = std::min(r.y0, r.y1), bottom = std::max(r.y0, r.y1);
  double crossed = 0;
  for (const Box& box : WordBoxes::Between(
           boxes.by_top, [](const Box& b) { return b.y0; }, top - boxes.tallest, bottom)) {
    if (box.x1 <= left || box.x0 >= right) continue;
    const double x = std::clamp((box.x0 + box.x1) / 2, left, right);
    const double y = YAt(r, x), margin = kWordMiddleShare * (box.y1 - box.y0);
    if (y <= box.y0 + margin || y >= box.y1 - margin) continue;
    crossed += std::min(box.x1, right) - std::max(box.x0, left);
  }
  return crossed >= kTextCrossingShare * (right - left);
}

}  // namespace

std::vector<Ruling> TableRulings(const Page& page) {
  std::vector<Ruling> rulings;
  if (page.rulings.empty()) return rulings;
  const WordBoxes boxes(page);
  for (const Ruling& r : page.rulings) {
    if (!RunsThroughWords(r, boxes)) rulings.push_back(r);
  }
  return rulings;
}

std::vector<Span> Grid::Columns() const {
  std::vector<double> edges{x0};
  for (const Ruling& v : vertical) {
    double x = (v.x0 + v.x1) / 2;
    if (x - x0 > kBorderPoints && x1 - x > kBorderPoints) edges.push_back(x);
  }
  edges.push_back(x1);
  std::vector<Span> columns;
  for (size_t i = 0; i + 1 < edges.size(); ++i) {
    if (edges[i + 1] - edges[i] > kBorderPoints) columns.push_back({edges[i], edges[i + 1]});
  }
  return columns;
}

std::vector<size_t> Grid::CoveringColumns(double y) const {
  std::vector<Span> columns = Columns();
  std::vector<size_t> covering(columns.size(), 0);
  for (size_t c = 1; c < columns.size(); ++c) {
    bool divided = false;
    for (const Ruling& v : vertical) {
      double x = XAt(v, y);
      if (std::abs(x - columns[c].x0) <= kTouchPoints && y >= std::min(v.y0, v.y1) - kTouchPoints &&
          y <= std::max(v.y0, v.y1) + kTouchPoints) {
        divided = true;
      }
    }
    covering[c] = divided ? c : covering[c - 1];
  }
  return covering;
}

bool Grid::RuledBetween(double a, double b, double x) const {
  for (const Ruling& h : horizontal) {
    if (x < std::min(h.x0, h.x1) - kTouchPoints || x > std::max(h.x0, h.x1) + kTouchPoints) {
      continue;
    }
    double y = YAt(h, x);
    if (y > a && y < b) return true;
  }
  return false;
}

std::vector<Grid> FindGrids(const Page& page) {
  const std::vector<Ruling> rulings = TableRulings(page);
  std::vector<int> parent(rulings.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < rulings.size(); ++i) {
    if (!rulings[i].Horizontal()) continue;
    for (size_t j = 0; j < rulings.size(); ++j) {
      if (rulings[j].Horizontal() || !Touch(rulings[i], rulings[j])) continue;
      parent[static_cast<size_t>(Find(&parent, static_cast<int>(i)))] =
          Find(&parent, static_cast<int>(j));
    }
  }
  std::vector<Grid> grids;
  std::vector<int> grid_of(rulings.size(), -1);
  for (size_t i = 0; i < rulings.size(); ++i) {
    size_t root = static_cast<size_t>(Find(&parent, static_cast<int>(i)));
    if (grid_of[root] < 0) {
      grid_of[root] = static_cast<int>(grids.size());
      const Ruling& r = rulings[i];
      grids.push_back({std::min(r.x0, r.x1),
                       std::min(r.y0, r.y1),
                       std::max(r.x0, r.x1),
                       std::max(r.y0, r.y1),
                       {},
                       {}});
    }
    Grid& grid = grids[static_cast<size_t>(grid_of[root])];
    const Ruling& r = rulings[i];
    grid.x0 = std::min({grid.x0, r.x0, r.x1});
    grid.x1 = std::max({grid.x1, r.x0, r.x1});
    grid.y0 = std::min({grid.y0, r.y0, r.y1});
    grid.y1 = std::max({grid.y1, r.y0, r.y1});
    (r.Horizontal() ? grid.horizontal : grid.vertical).push_back(r);
  }
  std::erase_if(grids, [](const Grid& grid) {
    return grid.horizontal.size() < 2 || grid.vertical.size() < 2;
  });
  for (Grid& grid : grids) {
    std::sort(grid.horizontal.begin(), grid.horizontal.end(),
              [](const Ruling& a, const Ruling& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
    std::sort(grid.vertical.begin(), grid.vertical.end(),
              [](const Ruling& a, const Ruling& b) { return a.x0 + a.x1 < b.x0 + b.x1; });
  }
  return grids;
}

}  // namespace bilag::layout
