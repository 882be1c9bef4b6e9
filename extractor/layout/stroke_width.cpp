#include "extractor/layout/stroke_width.h"

#include <algorithm>
#include <vector>

namespace bilag {

double StrokeWidth(const GrayImage& image, int x0, int y0, int x1, int y1) {
  x0 = std::max(x0, 0);
  y0 = std::max(y0, 0);
  x1 = std::min(x1, image.width);
  y1 = std::min(y1, image.height);
  if (x1 - x0 < 2 || y1 - y0 < 2) return 0;
  const int width = x1 - x0, height = y1 - y0;
  auto pixel = [&](int x, int y) {
    return image.pixels[static_cast<size_t>(y0 + y) * static_cast<size_t>(image.bytes_per_row) +
                        static_cast<size_t>(x0 + x)];
  };
  int darkest = 255, lightest = 0;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      darkest = std::min<int>(darkest, pixel(x, y));
      lightest = std::max<int>(lightest, pixel(x, y));
    }
  }
  if (lightest - darkest < kMinStrokeContrast) return 0;
  const int threshold = (darkest + lightest) / 2;
  // Each ink pixel's run along its row (across) and along its column (down).
  auto at = [&](int x, int y) {
    return static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x);
  };
  auto runs = [&](bool rows) {
    std::vector<int> length(static_cast<size_t>(width) * static_cast<size_t>(height), 0);
    const int lines = rows ? height : width, along = rows ? width : height;
    for (int line = 0; line < lines; ++line) {
      auto ink = [&](int i) {
        return rows ? pixel(i, line) < threshold : pixel(line, i) < threshold;
      };
      for (int i = 0; i < along;) {
        int end = i;
        while (end < along && ink(end)) ++end;
        for (int k = i; k < end; ++k) length[rows ? at(k, line) : at(line, k)] = end - i;
        i = end == i ? i + 1 : end;
      }
    }
    return length;
  };
  const std::vector<int> across = runs(true), down = runs(false);
  long sum = 0, count = 0;
  for (size_t i = 0; i < across.size(); ++i) {
    if (across[i] == 0) continue;
    sum += std::min(across[i], down[i]);
    ++count;
  }
  return count == 0 ? 0 : static_cast<double>(sum) / static_cast<double>(count);
}

}  // namespace bilag
