// Image decoding on hostile PNG, JPEG and TIFF files through Leptonica: frame
// count, header sizes, and decoding to grey with the same pixel cap OCR
// applies (a frame over the cap is scaled down, one far over it is skipped).
// Beyond not crashing: a decoded frame is no larger than its header said
// (turned, for a TIFF Orientation that swaps the axes), and its pixel buffer
// holds all its rows.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractor/render/image_decode.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

constexpr double kMaxPixels = 4'000'000;
constexpr double kMaxDecodeFactor = 4;  // as in ocr/ocr_pages.cpp: beyond this, a frame is skipped
constexpr int kMaxFrames = 4;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  bilag::SilenceLeptonica();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bilag::Result<int> frames = bilag::CountImageFrames(bytes);
  if (!frames.ok()) return 0;
  for (int frame = 0; frame < std::min(*frames, kMaxFrames); ++frame) {
    bilag::Result<bilag::ImageFrameInfo> info = bilag::ReadImageFrameInfo(bytes, frame);
    if (!info.ok()) continue;
    const double pixels = static_cast<double>(info->width) * info->height;
    if (pixels <= 0 || pixels > kMaxDecodeFactor * kMaxPixels) continue;
    const double scale = pixels > kMaxPixels ? std::sqrt(kMaxPixels / pixels) : 1.0;
    bilag::Result<bilag::DecodedFrame> decoded = bilag::DecodeImageFrame(bytes, frame, scale);
    if (!decoded.ok()) continue;
    const bilag::GrayImage& image = decoded->image;
    Require(image.width > 0 && image.height > 0 && image.bytes_per_row >= image.width);
    Require(image.pixels.size() >= static_cast<size_t>(image.bytes_per_row) * (image.height - 1) +
                                       static_cast<size_t>(image.width));
    // A TIFF Orientation of 5-8 turns the frame on decoding: the header's
    // width is then the image's height.
    const auto [small, large] = std::minmax(image.width, image.height);
    const auto [header_small, header_large] = std::minmax(info->width, info->height);
    Require(small <= header_small + 1 && large <= header_large + 1);
  }
  return 0;
}
