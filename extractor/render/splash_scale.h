// What poppler's Splash rasteriser (behind poppler-cpp's page_renderer and
// pdftoppm) makes of an upright image drawn larger or smaller than it is
// stored: the device pixels it covers and the interpolation or average
// that fills them, to the bit. A scanned page is one such image, and OCR wants it exactly as
// the render would give it (the words Tesseract reads, and so the cached
// results, depend on every pixel), without the render's cost: poppler reads
// a Flate image a byte at a time through its predictor, and blits and
// composites the page a pixel at a time (bench/README.md).
//
// Mirrors poppler 22.12 (Debian 12), splash/Splash.cc: Splash::drawImage's
// "scaling only" case, Splash::scaleImage's choice of scaler,
// scaleImageYupXupBilinear with expandRow (drawn larger, as a scan of 150
// to 300 dpi is at 300), and scaleImageYdownXdown (drawn smaller in both
// directions, a 600 dpi scan at 300: a box average; up to 4x smaller).
// Other cases (larger one way and smaller the other, rotated or flipped,
// at 4x and more larger without /Interpolate, more than 4x smaller) are
// not mirrored: the caller renders those pages.
// tests/ocr/scan_render_test.cpp compares with poppler's render.
#ifndef BILAG_EXTRACTOR_RENDER_SPLASH_SCALE_H_
#define BILAG_EXTRACTOR_RENDER_SPLASH_SCALE_H_

#include <functional>
#include <optional>

namespace bilag {

// Device pixels an image covers; x1 and y1 exclusive.
struct SplashPixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
};

// Where Splash draws an image whose unit square the current transformation
// matrix `ctm` (device space, y down, as poppler's GfxState holds it while
// the image is drawn) places: nullopt unless the image stands upright,
// unflipped and unrotated (Splash::drawImage's "scaling only" case).
std::optional<SplashPixelRect> SplashUprightImageRect(const double ctm[6]);

// Whether Splash scales a `src_width` x `src_height` image to `scaled_width`
// x `scaled_height` in a way SplashScale mirrors.
bool SplashScaleMirrored(int src_width, int src_height, int scaled_width, int scaled_height,
                         bool interpolate);

// One 8-bit grey row of the source image after another, top to bottom:
// fills `row` (the image's width in bytes) and says whether it could.
using GreyRowReader = std::function<bool(unsigned char* row)>;

// Scales a `src_width` x `src_height` grey image, read a row at a time, to
// `scaled_width` x `scaled_height` as Splash does (SplashScaleMirrored must
// hold), and hands each scaled row to `emit(y, row)`, y from 0 on. False
// when a row could not be read (what was emitted is then of no use).
bool SplashScale(const GreyRowReader& read_row, int src_width, int src_height, int scaled_width,
                 int scaled_height, bool interpolate,
                 const std::function<void(int y, const unsigned char* row)>& emit);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_SPLASH_SCALE_H_
