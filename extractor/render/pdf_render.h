// Renders PDF pages to 8-bit grey images for OCR through poppler-cpp's
// page_renderer. Reading the text layer is pdf_ingest.cpp's and
// pdf_drawing.cpp's job; rendering is kept apart because it is only needed
// for OCR (and for the rulings of a page whose drawing cannot be read) and
// shares nothing with text reading but the bytes.
//
// A PdfRenderer holds its own poppler document: poppler is thread-safe
// across documents but not within one, so each OCR worker opens its own
// renderer. Pages render as displayed (after /Rotate), like the boxes that
// pdf_ingest gives, so one pixel at `dpi` is 72 / dpi points on the page.
#ifndef BILAG_EXTRACTOR_RENDER_PDF_RENDER_H_
#define BILAG_EXTRACTOR_RENDER_PDF_RENDER_H_

#include <memory>
#include <string>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"

namespace poppler {
class document;
class page;
}  // namespace poppler

namespace bilag {

class PdfRenderer {
 public:
  // Opens the PDF in `bytes`, which must outlive the renderer (poppler reads
  // them in place), with `password` if it is encrypted. Fails with
  // pdf-damaged or pdf-encrypted, as IngestPdf does.
  static Result<std::unique_ptr<PdfRenderer>> Open(const std::string& bytes,
                                                   const std::string& password);

  PdfRenderer(const PdfRenderer&) = delete;
  PdfRenderer& operator=(const PdfRenderer&) = delete;
  ~PdfRenderer();

  // Renders page `index` (0-based) at `dpi`, or at the lower resolution
  // that keeps the image within `max_pixels` when that is > 0 (a poster-sized
  // page costs what a normal one does). Fails with render-failed.
  Result<GrayImage> Render(int index, double dpi, double max_pixels = 0) const;

 private:
  explicit PdfRenderer(std::unique_ptr<poppler::document> pdf);

  std::unique_ptr<poppler::document> pdf_;
};

// A part of a page to render, in pixels at the render's resolution, from the
// top left corner of the page as displayed; width < 0 = the whole page.
struct PixelRect {
  int x = 0, y = 0, width = -1, height = -1;
};

// Renders one page of a poppler document the caller holds (pdf_ingest
// renders pages it reads, for their rulings). Fails with render-failed.
// `smooth` = false draws without antialiasing: a third faster, and enough
// for finding rulings (thin lines still take a whole pixel).
Result<GrayImage> RenderPage(const poppler::page& page, double dpi, bool smooth = true,
                             const PixelRect& part = {});

// The highest resolution up to `dpi` at which `width` x `height` points take
// at most `max_pixels` pixels.
double DpiWithin(double width, double height, double dpi, double max_pixels);

// "poppler 22.12.0": part of OCR cache keys, since a new renderer may draw
// pages differently.
std::string RendererName();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_PDF_RENDER_H_
