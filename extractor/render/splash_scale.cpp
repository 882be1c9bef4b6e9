#include "extractor/render/splash_scale.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
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

namespace {

// scaleImage's choice: scaleImageYupXupBilinear.
bool ScalesUpBilinearly(int src_width, int src_height, int scaled_width, int scaled_height,
                        bool interpolate) {
  if (scaled_width < src_width || scaled_height < src_height) return false;
  // isImageInterpolationRequired: from 4x up, pixels are repeated instead.
  return interpolate || (scaled_width / src_width < 4 && scaled_height / src_height < 4);
}

// scaleImage's choice: scaleImageYdownXdown. Mirrored up to 4x smaller
// each way (a 1200 dpi scan drawn at 300), so that the source image costs
// at most 16 times the scaled one to read; a finer one is rendered, at
// what poppler makes it cost.
constexpr int kMaxDownscale = 4;
bool ScalesDownBoth(int src_width, int src_height, int scaled_width, int scaled_height) {
  return scaled_width < src_width && scaled_height < src_height &&
         src_width <= kMaxDownscale * scaled_width && src_height <= kMaxDownscale * scaled_height;
}

bool ScaleUpBilinear(const GreyRowReader& read_row, int src_width, int src_height, int scaled_width,
                     int scaled_height,
                     const std::function<void(int y, const unsigned char* row)>& emit) {
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

// scaleImageYdownXdown: each scaled pixel the mean of the box of source
// pixels it covers, the boxes' sizes spread by Bresenham steps, the mean
// taken in 23-bit fixed point as Splash takes it.
bool ScaleDownBoth(const GreyRowReader& read_row, int src_width, int src_height, int scaled_width,
                   int scaled_height,
                   const std::function<void(int y, const unsigned char* row)>& emit) {
  const int yp = src_height / scaled_height, yq = src_height % scaled_height;
  const int xp = src_width / scaled_width, xq = src_width % scaled_width;
  std::vector<unsigned char> line(static_cast<size_t>(src_width));
  std::vector<uint32_t> sums(line.size());
  std::vector<unsigned char> out(static_cast<size_t>(scaled_width));
  int yt = 0;
  for (int y = 0; y < scaled_height; ++y) {
    int y_step = yp;
    if ((yt += yq) >= scaled_height) {
      yt -= scaled_height;
      y_step = yp + 1;
    }
    std::fill(sums.begin(), sums.end(), 0);
    for (int i = 0; i < y_step; ++i) {
      if (!read_row(line.data())) return false;
      for (size_t j = 0; j < line.size(); ++j) sums[j] += line[j];
    }
    const uint32_t d0 = static_cast<uint32_t>((1 << 23) / (y_step * xp));
    const uint32_t d1 = static_cast<uint32_t>((1 << 23) / (y_step * (xp + 1)));
    int xt = 0;
    size_t xx = 0;
    for (int x = 0; x < scaled_width; ++x) {
      int x_step = xp;
      uint32_t d = d0;
      if ((xt += xq) >= scaled_width) {
        xt -= scaled_width;
        x_step = xp + 1;
        d = d1;
      }
      uint32_t pixel = 0;
      for (int i = 0; i < x_step; ++i) pixel += sums[xx++];
      out[static_cast<size_t>(x)] = static_cast<unsigned char>((pixel * d) >> 23);
    }
    emit(y, out.data());
  }
  return true;
}

}  // namespace

bool SplashScaleMirrored(int src_width, int src_height, int scaled_width, int scaled_height,
                         bool interpolate) {
  if (src_width <= 0 || src_height <= 0 || scaled_width <= 0 || scaled_height <= 0) return false;
  return ScalesUpBilinearly(src_width, src_height, scaled_width, scaled_height, interpolate) ||
         ScalesDownBoth(src_width, src_height, scaled_width, scaled_height);
}

bool SplashScale(const GreyRowReader& read_row, int src_width, int src_height, int scaled_width,
                 int scaled_height, bool interpolate,
                 const std::function<void(int y, const unsigned char* row)>& emit) {
  if (!SplashScaleMirrored(src_width, src_height, scaled_width, scaled_height, interpolate)) {
    return false;
  }
  if (ScalesDownBoth(src_width, src_height, scaled_width, scaled_height)) {
    return ScaleDownBoth(read_row, src_width, src_height, scaled_width, scaled_height, emit);
  }
  return ScaleUpBilinear(read_row, src_width, src_height, scaled_width, scaled_height, emit);
}

}  // namespace bilag
