// A scanned PDF page as poppler's render would draw it, computed from the
// page's one image instead of drawn. Scanners, img2pdf and ocrmypdf write a
// page as one image that fills it; OCR wants it at its own resolution
// (300 dpi), which for a scan of 150 to 300 dpi means drawn scaled up, and
// for one of 600 dpi scaled down.
// Drawing it through poppler cost 14.5 % of an OCR page's CPU on img2pdf
// pages (bench/README.md): poppler reads a Flate image's PNG predictor a
// byte at a time, then blits and composites the page a pixel at a time.
// Here the image is decoded (image_grey_rows.h) and scaled and placed as
// Splash does (splash_scale.h), to the same bytes: Tesseract reads the
// same pixels, so its words, the cached results and the extraction are
// what they were (tests/ocr/scan_render_test.cpp compares with the render).
//
// (Reading a scan as stored, at its own resolution, was tried: it moved
// OCR enough to lower F1 on four family scans, and a 150 or 200 dpi scan
// reads better drawn at 300 dpi: bench/README.md.)
//
// A page is computed only when the render would show its one image and
// nothing else, drawn the way mirrored here:
//   - the page draws an opaque image (no mask, no soft mask, full opacity,
//     normal blending, no transfer function) in grey or RGB (a palette
//     over them too; through an ICC profile, grey only), 1 to 8 bits a
//     component, upright (no rotation or mirror, the page's /Rotate
//     included), drawn larger by Splash's bilinear interpolation (less
//     than 4x, or /Interpolate) or smaller both ways by its box average (up
//     to 4x), covering every pixel of the page, under clips that leave
//     every pixel wholly inside;
//   - nothing visible is drawn after it (no text but invisible text, the
//     render mode 3 of an OCR layer; no path, shading, mask or other image;
//     no annotation); what is drawn before it lies under it, hidden.
// Any other page, and an image whose data is damaged, is rendered
// (pdf_render.h).
#ifndef BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_
#define BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_

#include <memory>
#include <optional>
#include <string>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"
#include "extractor/render/poppler_core.h"

namespace bilag {

class PdfPageImages {
 public:
  // Opens the PDF in `bytes`, which must outlive the object, with
  // `password` if it is encrypted. Fails with pdf-damaged or pdf-encrypted.
  // Not thread-safe: one per thread.
  static Result<std::unique_ptr<PdfPageImages>> Open(const std::string& bytes,
                                                     const std::string& password);

  PdfPageImages(const PdfPageImages&) = delete;
  PdfPageImages& operator=(const PdfPageImages&) = delete;
  ~PdfPageImages();

  // Page `index` (0-based) exactly as poppler's render at `dpi`
  // (pdf_render.h) would give it, when the page is one opaque image that
  // covers it, drawn larger or smaller as above: decoded (zlib for Flate
  // images, image_grey_rows.h) and scaled (splash_scale.h) here, without
  // the render's per-pixel passes. nullopt: render the page; also when the
  // page has more than `max_pixels` at `dpi` (0: no limit; OCR has chosen
  // its resolution by its own limit).
  std::optional<GrayImage> AsRendered(int index, double dpi, double max_pixels = 0) const;

 private:
  explicit PdfPageImages(CorePdf pdf);

  CorePdf pdf_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_
