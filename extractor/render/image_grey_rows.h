// An image a PDF page draws, read a row at a time as the 8-bit grey that
// poppler's Splash renderer turns it into on a grey page
// (SplashOutputDev::imageSrc in poppler 22.12: a table over a one-component
// image's values, the colour map's getGray for each pixel of more).
//
// A Flate stream of 8-bit components, alone or behind a PNG predictor
// (what img2pdf, scanners' PDF writers and most PDF libraries write for
// lossless images), is inflated with zlib a row at a time: poppler's own
// reader takes the predictor a byte at a time through a function call each
// (10 % of an OCR page's CPU: bench/README.md). Every other stream is read
// through poppler's ImageStream, as the render reads it. Where the Flate
// data is damaged or short, Next fails instead of guessing what poppler
// would make of it; the caller renders the page then.
#ifndef BILAG_EXTRACTOR_RENDER_IMAGE_GREY_ROWS_H_
#define BILAG_EXTRACTOR_RENDER_IMAGE_GREY_ROWS_H_

#include <memory>

class GfxImageColorMap;
class Stream;

namespace bilag {

class ImageGreyRows {
 public:
  // The rows of the image `width` pixels wide in `str` (not yet reset;
  // closed by the destructor) with `colors`; null when the render would
  // convert them otherwise (an RGB image through an ICC profile: Splash
  // transforms those after scaling) or the image is one poppler cannot read.
  static std::unique_ptr<ImageGreyRows> Open(Stream* str, int width, GfxImageColorMap* colors);

  virtual ~ImageGreyRows() = default;

  // Fills `row` (width bytes) with the next row; false when it cannot.
  virtual bool Next(unsigned char* row) = 0;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_IMAGE_GREY_ROWS_H_
