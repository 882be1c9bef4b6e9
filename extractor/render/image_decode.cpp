#include "extractor/render/image_decode.h"

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include <leptonica/allheaders.h>

namespace bilag {
namespace {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

bool IsTiff(std::string_view bytes) {
  l_int32 format = IFF_UNKNOWN;
  if (bytes.size() < 12 || findFileFormatBuffer(Data(bytes), &format) != 0) return false;
  return format == IFF_TIFF || (format >= IFF_TIFF_PACKBITS && format <= IFF_TIFF_ZIP) ||
         format == IFF_TIFF_JPEG;
}

Status Damaged(const std::string& what) { return Status::Error(ErrorCode::kImageDamaged, what); }

// 8-bit grey without a palette; transparent areas become white paper rather
// than the black an RGBA file usually stores under them.
PixPtr ToGray(PIX* pix) {
  PixPtr flat;
  if (pixGetDepth(pix) == 32 && pixGetSpp(pix) == 4) {
    flat.reset(pixAlphaBlendUniform(pix, 0xffffff00));
    if (flat == nullptr) return nullptr;
    pix = flat.get();
  }
  return PixPtr(pixConvertTo8(pix, 0));
}

GrayImage CopyOut(PIX* pix) {
  GrayImage image;
  image.width = static_cast<int>(pixGetWidth(pix));
  image.height = static_cast<int>(pixGetHeight(pix));
  image.bytes_per_row = image.width;
  image.pixels.resize(static_cast<size_t>(image.width) * static_cast<size_t>(image.height));
  const l_uint32* data = pixGetData(pix);
  const l_int32 wpl = pixGetWpl(pix);
  unsigned char* out = image.pixels.data();
  for (int y = 0; y < image.height; ++y) {
    const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    for (int x = 0; x < image.width; ++x)
      *out++ = static_cast<unsigned char>(GET_DATA_BYTE(line, x));
  }
  return image;
}

void IgnoreLeptonicaMessage(const char* /*message*/) {}

}  // namespace

void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] {
    setMsgSeverity(L_SEVERITY_NONE);
    // Some messages (of the TIFF memory reader, among others) bypass the
    // severity and go straight to this handler.
    leptSetStderrHandler(IgnoreLeptonicaMessage);
  });
}

Result<int> CountImageFrames(std::string_view bytes) {
  SilenceLeptonica();
  if (!IsTiff(bytes)) {
    Result<ImageFrameInfo> info = ReadImageFrameInfo(bytes, 0);
    if (!info.ok()) return info.status();
    return 1;
  }
  // fmemopen only reads through the pointer in "r" mode.
  FILE* file = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "r");
  if (file == nullptr) return Damaged("TIFF cannot be opened");
  l_int32 count = 0;
  const l_ok failed = tiffGetCount(file, &count);
  std::fclose(file);
  if (failed != 0 || count <= 0) return Damaged("TIFF has no readable frames (damaged file)");
  return static_cast<int>(count);
}

Result<ImageFrameInfo> ReadImageFrameInfo(std::string_view bytes, int frame) {
  SilenceLeptonica();
  l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
  l_ok failed = 1;
  if (IsTiff(bytes)) {
    failed = readHeaderMemTiff(Data(bytes), bytes.size(), frame, &w, &h, &bps, &spp, &res, &cmap,
                               &format);
  } else if (frame == 0) {
    failed = pixReadHeaderMem(Data(bytes), bytes.size(), &format, &w, &h, &bps, &spp, &cmap);
  }
  if (failed != 0 || w <= 0 || h <= 0) {
    return Damaged("frame " + std::to_string(frame + 1) + " has no readable image header");
  }
  return ImageFrameInfo{static_cast<int>(w), static_cast<int>(h)};
}

Result<DecodedFrame> DecodeImageFrame(std::string_view bytes, int frame, double scale) {
  SilenceLeptonica();
  PixPtr pix(IsTiff(bytes) ? pixReadMemTiff(Data(bytes), bytes.size(), frame)
                           : (frame == 0 ? pixReadMem(Data(bytes), bytes.size()) : nullptr));
  if (pix == nullptr) {
    return Damaged("frame " + std::to_string(frame + 1) + " cannot be decoded (damaged image)");
  }
  DecodedFrame decoded;
  decoded.dpi = pixGetXRes(pix.get());
  const int full_width = static_cast<int>(pixGetWidth(pix.get()));
  PixPtr gray = ToGray(pix.get());
  pix.reset();
  if (gray == nullptr) {
    return Damaged("frame " + std::to_string(frame + 1) + " has an unsupported pixel format");
  }
  if (scale > 0 && scale < 1) {
    PixPtr scaled(
        pixScaleAreaMap(gray.get(), static_cast<l_float32>(scale), static_cast<l_float32>(scale)));
    if (scaled == nullptr) {
      return Damaged("frame " + std::to_string(frame + 1) + " cannot be scaled down");
    }
    decoded.dpi *= static_cast<double>(pixGetWidth(scaled.get())) / full_width;
    gray = std::move(scaled);
  }
  decoded.image = CopyOut(gray.get());
  return decoded;
}

}  // namespace bilag
