// A scanned PDF page's own pixels, for OCR. Scanners, img2pdf and ocrmypdf
// write a page as one image that fills it; reading that image as it is
// stored, at its own resolution, spares drawing it again at the render
// resolution (poppler's scaling and colour conversion were most of what a
// page cost bilag beyond Tesseract's own work: bench/README.md) and gives
// Tesseract the scan's real pixels.
//
// A page is taken from its image only when a render would show that image
// and nothing else:
//   - the page draws an opaque image (no mask, no soft mask, full opacity,
//     normal blending) in grey or RGB (an ICC profile or a palette over
//     them too), 1 to 8 bits a component, upright (no rotation or mirror,
//     the page's /Rotate included), not clipped to less than the page,
//     and every pixel of it lands within kMaxPlacementPoints of where one
//     resolution across and down puts it: the image fills the page;
//   - nothing visible is drawn after it (no text but invisible text, the
//     render mode 3 of an OCR layer; no path, shading, mask or other image;
//     no annotation); what is drawn before it lies under it, hidden;
//   - its resolution is the one OCR asks for. A finer scan is rendered
//     down, as any page. So is a coarser one rendered up: Tesseract reads a
//     150 or 200 dpi scan better drawn at 300 dpi than as it is (the
//     development set's scans, F1 0.970 rendered, 0.937 as they are:
//     broken budget rows and amounts), so the render's interpolation earns
//     its cost there.
// Any other page, and an image poppler cannot decode, is rendered
// (pdf_render.h). An image of several bits a component becomes 8-bit grey as
// the render makes it (poppler's own conversion); a 1-bit one 0 and 255.
#ifndef BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_
#define BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_

#include <memory>
#include <optional>
#include <string>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"
#include "extractor/render/poppler_core.h"

namespace bilag {

// How far (points) a pixel may land from where the page draws it when it
// is placed by one resolution from the page's top left corner: a third of
// a millimetre, a pixel or two of a scan, below what the layout tells apart.
inline constexpr double kMaxPlacementPoints = 1.0;

struct ScannedPageImage {
  GrayImage image;
  double dpi = 0;  // pixels per inch on the page, across and down
};

// Where an image's unit square lands on a page of `page_width` x
// `page_height` points (device space at 72 dpi, y down from the top left
// corner): x = a*u + c*v + e, y = b*u + d*v + f, v = 1 the image's top
// row. The resolution at which its `width` x `height` pixels fill the page,
// or nullopt when they do not (above).
struct ImagePlacement {
  double a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
};
std::optional<double> FillingResolution(const ImagePlacement& placement, int width, int height,
                                        double page_width, double page_height);

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

  // Page `index`'s (0-based) image when the page is one image that fills
  // it at `dpi` (above); nullopt when the page must be rendered, or poppler
  // cannot read it (the render then says why).
  std::optional<ScannedPageImage> FullPageImage(int index, double dpi) const;

  // Page `index` (0-based) exactly as poppler's render at `dpi`
  // (pdf_render.h) would give it, when the page is one opaque image that
  // covers it and is drawn scaled up by bilinear interpolation, as a scan
  // of `dpi` or less is: decoded (zlib for Flate images,
  // image_grey_rows.h) and scaled (splash_scale.h) here, without the
  // render's per-pixel passes. nullopt: render the page; also when the
  // page has more than `max_pixels` at `dpi` (0: no limit; OCR has chosen
  // its resolution by its own limit).
  std::optional<GrayImage> AsRendered(int index, double dpi, double max_pixels = 0) const;

 private:
  explicit PdfPageImages(CorePdf pdf);

  CorePdf pdf_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_PDF_PAGE_IMAGE_H_
