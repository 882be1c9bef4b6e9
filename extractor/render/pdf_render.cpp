#include "extractor/render/pdf_render.h"

#include <climits>
#include <cmath>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <utility>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <poppler-version.h>

#include "extractor/render/poppler_core.h"

namespace bilag {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

poppler::image RenderLocked(const poppler::page_renderer& renderer, const poppler::page& page,
                            double dpi, const PixelRect& part) {
  const FirstPopplerDraw first;
  return part.width < 0
             ? renderer.render_page(&page, dpi, dpi)
             : renderer.render_page(&page, dpi, dpi, part.x, part.y, part.width, part.height);
}

}  // namespace

PdfRenderer::PdfRenderer(std::unique_ptr<poppler::document> pdf) : pdf_(std::move(pdf)) {}

PdfRenderer::~PdfRenderer() = default;

Result<std::unique_ptr<PdfRenderer>> PdfRenderer::Open(const std::string& bytes,
                                                       const std::string& password) {
  static std::once_flag silenced;
  std::call_once(silenced,
                 [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::Error(ErrorCode::kPdfDamaged, "PDF is larger than 2 GiB");
  }
  try {
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (pdf == nullptr) return Status::Error(ErrorCode::kPdfDamaged, "not a readable PDF");
    if (pdf->is_locked() && pdf->unlock(password, password)) {
      return Status::Error(ErrorCode::kPdfEncrypted, "PDF is encrypted and cannot be rendered");
    }
    return std::unique_ptr<PdfRenderer>(new PdfRenderer(std::move(pdf)));
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kPdfDamaged,
                         std::string("PDF could not be opened: ") + e.what());
  }
}

Result<GrayImage> PdfRenderer::Render(int index, double dpi, double max_pixels) const {
  try {
    std::unique_ptr<poppler::page> page(pdf_->create_page(index));
    if (page == nullptr)
      return Status::Error(ErrorCode::kRenderFailed, "page is missing from the PDF");
    if (max_pixels > 0) {
      // Rotation swaps width and height, which leaves their product alone.
      const poppler::rectf crop = page->page_rect(poppler::crop_box);
      dpi = DpiWithin(crop.width(), crop.height(), dpi, max_pixels);
    }
    return RenderPage(*page, dpi);
  } catch (const std::bad_alloc&) {
    return Status::Error(ErrorCode::kRenderFailed, "out of memory while rendering the page");
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kRenderFailed, std::string("poppler failed: ") + e.what());
  }
}

double DpiWithin(double width, double height, double dpi, double max_pixels) {
  const double pixels = (width * dpi / 72.0) * (height * dpi / 72.0);
  return pixels > max_pixels && pixels > 0 ? dpi * std::sqrt(max_pixels / pixels) : dpi;
}

Result<GrayImage> RenderPage(const poppler::page& page_ref, double dpi, bool smooth,
                             const PixelRect& part) {
  const poppler::page* page = &page_ref;
  try {
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    // As pdftoppm draws: smooth edges read better than jagged ones.
    renderer.set_render_hint(poppler::page_renderer::antialiasing, smooth);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, smooth);
    poppler::image rendered = RenderLocked(renderer, *page, dpi, part);
    if (!rendered.is_valid() || rendered.width() <= 0 || rendered.height() <= 0) {
      return Status::Error(ErrorCode::kRenderFailed, "poppler could not render the page");
    }
    GrayImage image;
    image.width = rendered.width();
    image.height = rendered.height();
    image.bytes_per_row = rendered.bytes_per_row();
    const size_t size =
        static_cast<size_t>(image.bytes_per_row) * static_cast<size_t>(image.height);
    image.pixels.resize(size);
    std::memcpy(image.pixels.data(), rendered.const_data(), size);
    return image;
  } catch (const std::bad_alloc&) {
    return Status::Error(ErrorCode::kRenderFailed, "out of memory while rendering the page");
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kRenderFailed, std::string("poppler failed: ") + e.what());
  }
}

std::string RendererName() { return "poppler " + poppler::version_string(); }

}  // namespace bilag
