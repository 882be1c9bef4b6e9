#include "extractor/render/page_preview.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include <leptonica/allheaders.h>

#include "extractor/base/media_type.h"
#include "extractor/base/parallel.h"
#include "extractor/render/image_decode.h"
#include "extractor/render/pdf_render.h"

namespace bilag {
namespace {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

struct LeptFree {
  void operator()(l_uint8* data) const { lept_free(data); }
};
using LeptBytes = std::unique_ptr<l_uint8, LeptFree>;

// 4 grey levels (black, white, two greys) keep antialiased text legible;
// Leptonica's documentation finds them close to continuous grey for text.
constexpr int kGreyLevels = 4;

Status Failed(const std::string& what) { return Status::Error(ErrorCode::kPreviewFailed, what); }

PixPtr ToPix(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (pix == nullptr) return nullptr;
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    const unsigned char* row = image.pixels.data() + static_cast<size_t>(y) * image.bytes_per_row;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

// Takes over a buffer Leptonica allocated; empty when it gave none.
std::string TakeBytes(l_uint8* data, size_t size) {
  LeptBytes owned(data);
  if (data == nullptr || size == 0) return "";
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace

Result<PagePreview> EncodePagePreview(const GrayImage& image, double scale, int jpeg_quality) {
  SilenceLeptonica();
  if (image.width <= 0 || image.height <= 0 || image.bytes_per_row < image.width ||
      image.pixels.size() < static_cast<size_t>(image.bytes_per_row) * image.height) {
    return Failed("the page image is empty");
  }
  if (!(scale > 0)) return Failed("bad scale");
  try {
    PixPtr pix = ToPix(image);
    if (pix == nullptr) return Failed("out of memory for the page image");
    if (scale < 1) {
      PixPtr scaled(
          pixScaleAreaMap(pix.get(), static_cast<l_float32>(scale), static_cast<l_float32>(scale)));
      if (scaled == nullptr) return Failed("the page image cannot be scaled down");
      pix = std::move(scaled);
    }
    PagePreview preview;
    preview.width = static_cast<int>(pixGetWidth(pix.get()));
    preview.height = static_cast<int>(pixGetHeight(pix.get()));

    PixPtr levels(pixThresholdTo2bpp(pix.get(), kGreyLevels, 1));
    if (levels != nullptr) {
      l_uint8* data = nullptr;
      size_t size = 0;
      if (pixWriteMemPng(&data, &size, levels.get(), 0) == 0) {
        preview.data = TakeBytes(data, size);
        preview.media_type = "image/png";
      } else {
        TakeBytes(data, size);
      }
    }
    // Text on clean paper is a small PNG; photographs and speckled scans
    // make many small areas of one level each, which a JPEG keeps smaller.
    l_uint8* data = nullptr;
    size_t size = 0;
    const int quality = std::clamp(jpeg_quality, 1, 100);
    if (pixWriteMemJpeg(&data, &size, pix.get(), quality, 0) == 0) {
      std::string jpeg = TakeBytes(data, size);
      if (!jpeg.empty() && (preview.data.empty() || jpeg.size() < preview.data.size())) {
        preview.data = std::move(jpeg);
        preview.media_type = "image/jpeg";
      }
    } else {
      TakeBytes(data, size);
    }
    if (preview.data.empty()) return Failed("the page image cannot be encoded");
    return preview;
  } catch (const std::bad_alloc&) {
    return Failed("out of memory while encoding the page image");
  }
}

PagePreviewer::PagePreviewer(const std::string& bytes, std::unique_ptr<PdfRenderer> pdf,
                             int assumed_dpi)
    : bytes_(bytes), pdf_(std::move(pdf)), assumed_dpi_(assumed_dpi) {}

PagePreviewer::~PagePreviewer() = default;

Result<std::unique_ptr<PagePreviewer>> PagePreviewer::Open(const std::string& bytes,
                                                           const std::string& password,
                                                           int assumed_dpi) {
  const std::string type = SniffMediaType(bytes);
  std::unique_ptr<PdfRenderer> pdf;
  if (type == "application/pdf") {
    Result<std::unique_ptr<PdfRenderer>> renderer = PdfRenderer::Open(bytes, password);
    if (!renderer.ok()) return renderer.status();
    pdf = std::move(renderer).value();
  } else if (type != "image/png" && type != "image/jpeg" && type != "image/tiff") {
    return Status::Error(ErrorCode::kUnsupportedFormat, "no page images in " + type + " input");
  }
  return std::unique_ptr<PagePreviewer>(
      new PagePreviewer(bytes, std::move(pdf), std::max(assumed_dpi, kMinOcrDpi)));
}

Result<PagePreview> PagePreviewer::Preview(int index, const PagePreviewOptions& options) const {
  const double dpi = options.dpi > 0 ? options.dpi : PagePreviewOptions().dpi;
  GrayImage image;
  double scale = 1;  // from the image at hand down to `dpi`
  if (pdf_ != nullptr) {
    Result<GrayImage> rendered =
        pdf_->Render(index, dpi, static_cast<double>(std::max<int64_t>(0, options.max_pixels)));
    if (!rendered.ok()) return rendered.status();
    image = std::move(rendered).value();
  } else {
    // Decoded whole and scaled here: the frame's resolution is known only
    // once it is decoded.
    Result<DecodedFrame> frame = DecodeImageFrame(bytes_, index, 1);
    if (!frame.ok()) return frame.status();
    // As OCR places the frame: a stated resolution below kMinOcrDpi is a
    // default ("72 dpi"), not a measurement.
    const double frame_dpi = frame->dpi >= kMinOcrDpi ? frame->dpi : assumed_dpi_;
    scale = std::min(1.0, dpi / frame_dpi);
    image = std::move(frame->image);
  }
  const double pixels = static_cast<double>(image.width) * image.height * scale * scale;
  if (options.max_pixels > 0 && pixels > static_cast<double>(options.max_pixels)) {
    scale *= std::sqrt(static_cast<double>(options.max_pixels) / pixels);
  }
  return EncodePagePreview(image, scale, options.jpeg_quality);
}

std::vector<Result<PagePreview>> PreviewPages(const std::string& bytes, const std::string& password,
                                              int assumed_dpi, const std::vector<int>& indices,
                                              const PagePreviewOptions& options, int jobs) {
  // Each worker opens its own previewer: poppler is not thread-safe within
  // one document.
  using Preview = Result<PagePreview>;
  return MapInOrder<Preview>(
      indices.size(), WorkerCount(jobs, indices.size()),
      [&]() -> std::function<Preview(size_t)> {
        Result<std::unique_ptr<PagePreviewer>> open =
            PagePreviewer::Open(bytes, password, assumed_dpi);
        if (!open.ok()) return [status = open.status()](size_t) -> Preview { return status; };
        return [previewer = std::shared_ptr<PagePreviewer>(std::move(open).value()), &indices,
                &options](size_t i) { return previewer->Preview(indices[i], options); };
      },
      [](const std::string& what) -> Preview { return Failed("page image failed: " + what); });
}

}  // namespace bilag
