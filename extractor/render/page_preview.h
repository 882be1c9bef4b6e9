// Small page images for people to look at: a PDF page rendered, or a frame
// of an image input decoded, in grey, scaled down and compressed so that a
// page costs tens of kilobytes. The review report (extractor/report) shows
// them under the OCR words of scanned pages, so a reviewer can compare what
// OCR read with what the page shows.
//
//   Result<std::unique_ptr<PagePreviewer>> previewer = PagePreviewer::Open(bytes, "", 300);
//   Result<PagePreview> preview = (*previewer)->Preview(0, {});
//
// Encoding: grey reduced to 4 levels in a 2-bit PNG, which keeps printed text
// sharp at a third of a JPEG's size; a page where that is larger than a JPEG
// (photographs, noisy scans) is a JPEG instead.
//
// Like PdfRenderer, a previewer is for one thread at a time. Failures are
// Status codes: pdf-damaged, pdf-encrypted (Open, for PDFs), render-failed,
// image-damaged and preview-failed (Preview).
#ifndef BILAG_EXTRACTOR_RENDER_PAGE_PREVIEW_H_
#define BILAG_EXTRACTOR_RENDER_PAGE_PREVIEW_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"

namespace bilag {

class PdfRenderer;

struct PagePreviewOptions {
  // 96 dpi is one image pixel per CSS pixel for a page shown at its printed
  // size: an A4 page is 794 x 1123 pixels, and 9-point text stays readable.
  double dpi = 96;
  // A larger page (A3, a poster) is scaled down to about this many pixels, so no
  // page costs much more than an A4 one.
  int64_t max_pixels = 1'500'000;
  // For the pages that are JPEGs; 50 keeps text legible.
  int jpeg_quality = 50;
};

struct PagePreview {
  std::string media_type;  // "image/png" or "image/jpeg"
  std::string data;        // the encoded file
  int width = 0, height = 0;
};

class PagePreviewer {
 public:
  // `bytes` (a PDF, or a PNG, JPEG or TIFF image) must outlive the
  // previewer. `password` opens an encrypted PDF. An image frame whose file
  // states no resolution (or one below 50 dpi, as OCR reads it) is taken to
  // be at `assumed_dpi` (IngestOptions::ocr.dpi). Fails with pdf-damaged,
  // pdf-encrypted, or unsupported-format for anything else.
  static Result<std::unique_ptr<PagePreviewer>> Open(const std::string& bytes,
                                                     const std::string& password, int assumed_dpi);

  PagePreviewer(const PagePreviewer&) = delete;
  PagePreviewer& operator=(const PagePreviewer&) = delete;
  ~PagePreviewer();

  // Page or frame `index` (0-based). Fails with render-failed (PDF),
  // image-damaged (image) or preview-failed (encoding).
  Result<PagePreview> Preview(int index, const PagePreviewOptions& options) const;

 private:
  PagePreviewer(const std::string& bytes, std::unique_ptr<PdfRenderer> pdf, int assumed_dpi);

  const std::string& bytes_;
  std::unique_ptr<PdfRenderer> pdf_;  // null for an image
  int assumed_dpi_;
};

// Previews of the pages (or frames) `indices` (0-based) of `bytes`, in that
// order, made on up to `jobs` threads (0 = one per core), each with its own
// previewer. When `bytes` cannot be opened every page has that error.
std::vector<Result<PagePreview>> PreviewPages(const std::string& bytes, const std::string& password,
                                              int assumed_dpi, const std::vector<int>& indices,
                                              const PagePreviewOptions& options, int jobs);

// Scales `image` by `scale` (0 < scale <= 1, area-averaged) and encodes it as
// PagePreviewer does. Fails with preview-failed.
Result<PagePreview> EncodePagePreview(const GrayImage& image, double scale, int jpeg_quality);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_PAGE_PREVIEW_H_
