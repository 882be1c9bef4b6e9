// Rulings of one page found two ways (drawing operators, render) set side by
// side: shared by the test that holds the fixtures to it and the bench tool
// that runs it over the development set and corpus.
#ifndef BILAG_TESTS_INGEST_RULING_COMPARISON_H_
#define BILAG_TESTS_INGEST_RULING_COMPARISON_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

// The render measures in 1.44 pt pixels, centres of the pixel rows a line
// darkens: positions agree within a pixel and a half, ends within two
// (a line cap, a pixel's rounding at either end).
inline constexpr double kSamePositionPoints = 2;
inline constexpr double kSameEndPoints = 3;

struct RulingComparison {
  int drawn = 0, rendered = 0;
  int drawn_unmatched = 0, rendered_unmatched = 0;
  double max_offset = 0;  // across the line, over matched pairs
};

inline bool SameRuling(const Ruling& a, const Ruling& b, double* offset) {
  if (a.Horizontal() != b.Horizontal()) return false;
  const bool h = a.Horizontal();
  const double across =
      h ? std::abs((a.y0 + a.y1) - (b.y0 + b.y1)) / 2 : std::abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2;
  const double begin = h ? std::abs(a.x0 - b.x0) : std::abs(a.y0 - b.y0);
  const double end = h ? std::abs(a.x1 - b.x1) : std::abs(a.y1 - b.y1);
  *offset = across;
  return across <= kSamePositionPoints && begin <= kSameEndPoints && end <= kSameEndPoints;
}

inline RulingComparison CompareRulings(const std::vector<Ruling>& drawn,
                                       const std::vector<Ruling>& rendered) {
  RulingComparison c;
  c.drawn = static_cast<int>(drawn.size());
  c.rendered = static_cast<int>(rendered.size());
  std::vector<char> used(rendered.size(), 0);
  for (const Ruling& d : drawn) {
    bool found = false;
    for (size_t i = 0; i < rendered.size() && !found; ++i) {
      double offset = 0;
      if (!used[i] && SameRuling(d, rendered[i], &offset)) {
        used[i] = 1;
        found = true;
        c.max_offset = std::max(c.max_offset, offset);
      }
    }
    c.drawn_unmatched += !found;
  }
  c.rendered_unmatched = static_cast<int>(std::count(used.begin(), used.end(), 0));
  return c;
}

}  // namespace bilag

#endif  // BILAG_TESTS_INGEST_RULING_COMPARISON_H_
