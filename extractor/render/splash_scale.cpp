#include "extractor/render/splash_scale.h"

#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace bilag {
namespace {

// Beyond this a coordinate is no page's: floor() would overflow an int.
constexpr double kMaxDeviceCoordinate = 1e8;

// splashCheckDet's epsilon in Splash::drawImage.
constexpr double kSingularDeterminant = 0.000001;

// expandRow: `src` holds `src_width` pixels and one more of padding.
void ExpandRow(unsigned char* src, unsigned char* dst, int src_width, int scaled_width) {
  src[src_width] = src[src_width - 1];
  const double x_step = static_cast<double>(src_width) / scaled_width;
  if (x_step == 1.0) {
    // Every fraction is 0: src * 1.0 + next * 0.0 is src.
    std::memcpy(dst, src, static_cast<size_t>(scaled_width));
    return;
  }
  double x_src = 0.0;
  for (int x = 0; x < scaled_width; ++x) {
    double x_int;
    const double x_frac = std::modf(x_src, &x_int);
    int p = static_cast<int>(x_int);
    if (p > src_width - 1) p = src_width - 1;  // never, short of rounding: stay in the row
    dst[x] = static_cast<unsigned char>(src[p] * (1.0 - x_frac) + src[p + 1] * x_frac);
    x_src += x_step;
  }
}

}  // namespace

std::optional<SplashPixelRect> SplashUprightImageRect(const double ctm[6]) {
  for (int i = 0; i < 6; ++i) {
    if (!std::isfinite(ctm[i]) || std::abs(ctm[i]) > kMaxDeviceCoordinate) return std::nullopt;
  }
  // SplashOutputDev::drawImage: the image's matrix, its first row on top.
  const double mat[6] = {ctm[0], ctm[1], -ctm[2], -ctm[3], ctm[2] + ctm[4], ctm[3] + ctm[5]};
  if (!(std::abs(mat[0] * mat[3] - mat[1] * mat[2]) >= kSingularDeterminant)) return std::nullopt;
  if (!(mat[0] > 0 && mat[1] == 0 && mat[2] == 0 && mat[3] > 0)) return std::nullopt;
  // imgCoordMungeLower and imgCoordMungeUpper: floor, and floor + 1.
  SplashPixelRect rect;
  rect.x0 = static_cast<int>(std::floor(mat[4]));
  rect.y0 = static_cast<int>(std::floor(mat[5]));
  rect.x1 = static_cast<int>(std::floor(mat[0] + mat[4])) + 1;
  rect.y1 = static_cast<int>(std::floor(mat[3] + mat[5])) + 1;
  if (rect.x0 == rect.x1) ++rect.x1;
  if (rect.y0 == rect.y1) ++rect.y1;
  return rect;
}

bool SplashScalesBilinearly(int src_width, int src_height, int scaled_width, int scaled_height,
                            bool interpolate) {
  if (src_width <= 0 || src_height <= 0) return false;
  if (scaled_width < src_width || scaled_height < src_height) return false;
  // isImageInterpolationRequired: from 4x up, pixels are repeated instead.
  return interpolate || (scaled_width / src_width < 4 && scaled_height / src_height < 4);
}

bool SplashScaleUpBilinear(const GreyRowReader& read_row, int src_width, int src_height,
                           int scaled_width, int scaled_height,
                           const std::function<void(int y, const unsigned char* row)>& emit) {
  if (src_width < 1 || src_height < 1 || scaled_width < src_width || scaled_height < src_height) {
    return false;
  }
  std::vector<unsigned char> src(static_cast<size_t>(src_width) + 1);
  std::vector<unsigned char> line1(static_cast<size_t>(scaled_width));
  std::vector<unsigned char> line2(line1.size()), out(line1.size());
  if (!read_row(src.data())) return false;
  ExpandRow(src.data(), line2.data(), src_width, scaled_width);

  double y_src = 0.0;
  const double y_step = static_cast<double>(src_height) / scaled_height;
  int current_src_row = -1;
  for (int y = 0; y < scaled_height; ++y) {
    double y_int;
    const double y_frac = std::modf(y_src, &y_int);
    if (static_cast<int>(y_int) > current_src_row) {
      ++current_src_row;
      // The last source row stays in line2: it pads the bottom.
      line1 = line2;
      if (current_src_row < src_height - 1) {
        if (!read_row(src.data())) return false;
        ExpandRow(src.data(), line2.data(), src_width, scaled_width);
      }
    }
    if (y_frac == 0.0) {
      emit(y, line1.data());  // a * 1.0 + b * 0.0 is a
    } else {
      const double w1 = 1.0 - y_frac;
      for (int x = 0; x < scaled_width; ++x) {
        out[static_cast<size_t>(x)] = static_cast<unsigned char>(
            line1[static_cast<size_t>(x)] * w1 + line2[static_cast<size_t>(x)] * y_frac);
      }
      emit(y, out.data());
    }
    y_src += y_step;
  }
  return true;
}

}  // namespace bilag
