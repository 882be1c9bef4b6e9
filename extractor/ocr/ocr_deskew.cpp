#include "extractor/ocr/ocr_deskew.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace bilag {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Turn {
  double cx = 0, cy = 0, cos = 1, sin = 0;
  std::pair<double, double> operator()(double x, double y) const {
    return {cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos};
  }
};

}  // namespace

double MeasureSkew(const OcrPageResult& result) {
  std::vector<std::pair<double, double>> slopes;  // slope, weight (the line's width)
  for (const std::vector<int>& line : result.lines) {
    if (static_cast<int>(line.size()) < kMinSkewWords) continue;
    double sx = 0, sy = 0, lo = 1e300, hi = -1e300;
    for (int index : line) {
      const OcrWord& w = result.words[static_cast<size_t>(index)];
      sx += (w.x0 + w.x1) / 2.0;
      sy += (w.y0 + w.y1) / 2.0;
      lo = std::min(lo, static_cast<double>(w.x0));
      hi = std::max(hi, static_cast<double>(w.x1));
    }
    if (hi - lo < kMinSkewLineShare * result.width) continue;
    const double n = static_cast<double>(line.size()), mx = sx / n, my = sy / n;
    double sxx = 0, sxy = 0;
    for (int index : line) {
      const OcrWord& w = result.words[static_cast<size_t>(index)];
      const double dx = (w.x0 + w.x1) / 2.0 - mx, dy = (w.y0 + w.y1) / 2.0 - my;
      sxx += dx * dx;
      sxy += dx * dy;
    }
    if (sxx > 0) slopes.push_back({sxy / sxx, hi - lo});
  }
  if (static_cast<int>(slopes.size()) < kMinSkewLines) return 0;
  std::sort(slopes.begin(), slopes.end());
  double total = 0, half = 0;
  for (const auto& s : slopes) total += s.second;
  double slope = slopes.back().first;
  for (const auto& s : slopes) {
    half += s.second;
    if (half >= total / 2) {
      slope = s.first;
      break;
    }
  }
  const double degrees = std::atan(slope) * 180 / kPi;
  if (std::abs(degrees) < kMinSkewDegrees || std::abs(degrees) > kMaxSkewDegrees) return 0;
  return -std::atan(slope);
}

OcrPageResult Deskewed(const OcrPageResult& result, double angle, double points_per_pixel) {
  OcrPageResult out = result;
  if (angle == 0) return out;
  const Turn pixels{result.width / 2.0, result.height / 2.0, std::cos(angle), std::sin(angle)};
  for (OcrWord& w : out.words) {
    const auto [x, y] = pixels((w.x0 + w.x1) / 2.0, (w.y0 + w.y1) / 2.0);
    const double dx = x - (w.x0 + w.x1) / 2.0, dy = y - (w.y0 + w.y1) / 2.0;
    w.x0 = static_cast<int>(std::lround(w.x0 + dx));
    w.x1 = static_cast<int>(std::lround(w.x1 + dx));
    w.y0 = static_cast<int>(std::lround(w.y0 + dy));
    w.y1 = static_cast<int>(std::lround(w.y1 + dy));
  }
  const Turn points{pixels.cx * points_per_pixel, pixels.cy * points_per_pixel, pixels.cos,
                    pixels.sin};
  for (Ruling& r : out.rulings) {
    std::tie(r.x0, r.y0) = points(r.x0, r.y0);
    std::tie(r.x1, r.y1) = points(r.x1, r.y1);
  }
  return out;
}

}  // namespace bilag
