// A scanned page computed from its image (PdfPageImages::AsRendered) on
// hostile PDFs, against poppler's render of the same page: wherever the
// page is computed, every byte must be the render's (OCR reads these
// pixels, and the words it reads and caches must not depend on which path
// drew them). Damaged Flate data, odd matrices, crop boxes, decode arrays
// and colour spaces are what the mutations reach. The first pages only, at
// a resolution and pixel cap that keep a page cheap.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "extractor/render/pdf_page_image.h"
#include "extractor/render/pdf_render.h"
#include "fuzz/fuzz_input.h"

namespace {

using bilag::fuzz::Require;

constexpr double kDpi = 150;
constexpr double kMaxPixels = 1'000'000;
constexpr int kMaxPages = 3;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes = bilag::fuzz::AsString(data, size);
  bilag::Result<std::unique_ptr<bilag::PdfPageImages>> images =
      bilag::PdfPageImages::Open(bytes, "");
  if (!images.ok()) return 0;
  std::unique_ptr<bilag::PdfRenderer> renderer;
  for (int page = 0; page < kMaxPages; ++page) {
    const std::optional<bilag::GrayImage> drawn = (*images)->AsRendered(page, kDpi, kMaxPixels);
    if (!drawn) continue;
    Require(drawn->width > 0 && drawn->height > 0 && drawn->bytes_per_row >= drawn->width);
    Require(static_cast<double>(drawn->width) * drawn->height <= kMaxPixels);
    if (renderer == nullptr) {
      bilag::Result<std::unique_ptr<bilag::PdfRenderer>> opened =
          bilag::PdfRenderer::Open(bytes, "");
      Require(opened.ok());  // the same bytes opened for the images
      renderer = std::move(opened).value();
    }
    const bilag::Result<bilag::GrayImage> rendered = renderer->Render(page, kDpi);
    Require(rendered.ok());
    Require(rendered->width == drawn->width && rendered->height == drawn->height &&
            rendered->bytes_per_row == drawn->bytes_per_row);
    Require(std::memcmp(rendered->pixels.data(), drawn->pixels.data(), drawn->pixels.size()) == 0);
  }
  return 0;
}
