#include "extractor/render/pdf_page_image.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <Function.h>
#include <GfxState.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Stream.h>

#include "extractor/render/image_grey_rows.h"
#include "extractor/render/splash_scale.h"

namespace bilag {
namespace {

// Text render mode 3 draws nothing: the text layer OCR tools lay over a scan.
constexpr int kInvisibleText = 3;
// A sliver of a point is no slant: rounding in the clip path's corners.
constexpr double kUprightSlack = 1e-3;

// Whether images in `space` become grey the way the render makes them:
// grey and RGB (calibrated, through an ICC profile, or behind a palette).
// CMYK, spot colours and Lab are rendered.
bool IsGreyOrRgb(GfxColorSpace* space) {
  switch (space->getMode()) {
    case csDeviceGray:
    case csCalGray:
    case csDeviceRGB:
    case csCalRGB:
      return true;
    case csICCBased:
      return space->getNComps() == 1 || space->getNComps() == 3;
    case csIndexed:
      return IsGreyOrRgb(static_cast<GfxIndexedColorSpace*>(space)->getBase());
    default:
      return false;
  }
}

// The device-space box of `path` when it is one upright rectangle: a clip
// to it is all of that box, so whether the clip leaves the page whole can
// be told from the box.
struct DeviceBox {
  double x_min, y_min, x_max, y_max;
};
std::optional<DeviceBox> UprightRectangle(const GfxState* state, const GfxPath* path) {
  if (path->getNumSubpaths() != 1) return std::nullopt;
  const GfxSubpath* sub = path->getSubpath(0);
  const int n = sub->getNumPoints();
  if (n < 4 || n > 5) return std::nullopt;
  std::vector<double> xs, ys;
  for (int i = 0; i < n; ++i) {
    if (sub->getCurve(i)) return std::nullopt;
    double x, y;
    state->transform(sub->getX(i), sub->getY(i), &x, &y);
    xs.push_back(x);
    ys.push_back(y);
  }
  // Each side runs along x or along y.
  for (int i = 0; i < n; ++i) {
    const size_t j = static_cast<size_t>((i + 1) % n), k = static_cast<size_t>(i);
    const bool along_x = std::abs(ys[j] - ys[k]) <= kUprightSlack;
    const bool along_y = std::abs(xs[j] - xs[k]) <= kUprightSlack;
    if (!along_x && !along_y) return std::nullopt;
  }
  return DeviceBox{*std::min_element(xs.begin(), xs.end()), *std::min_element(ys.begin(), ys.end()),
                   *std::max_element(xs.begin(), xs.end()),
                   *std::max_element(ys.begin(), ys.end())};
}

// Follows what a page draws: whether the clip in force is an upright box,
// how far right the page's own clips reach, and whether anything visible
// is drawn after the image a subclass took (TakeImage), which hides what
// was drawn before it.
class PageImageWatch : public OutputDev {
 public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }

  // The clips in force, per saved state.
  void saveState(GfxState* /*state*/) override { clips_.push_back(clips_.back()); }
  void restoreState(GfxState* /*state*/) override {
    if (clips_.size() > 1) clips_.pop_back();
  }
  void clip(GfxState* state) override { ClipTo(state); }
  void eoClip(GfxState* state) override { ClipTo(state); }
  void clipToStrokePath(GfxState* /*state*/) override { clips_.back().is_box = false; }

  void stroke(GfxState* /*state*/) override { Visible(); }
  void fill(GfxState* /*state*/) override { Visible(); }
  void eoFill(GfxState* /*state*/) override { Visible(); }
  void drawChar(GfxState* state, double /*x*/, double /*y*/, double /*dx*/, double /*dy*/,
                double /*origin_x*/, double /*origin_y*/, CharCode /*code*/, int /*bytes*/,
                const Unicode* /*u*/, int /*u_length*/) override {
    if (state->getRender() != kInvisibleText) Visible();
  }
  void setSoftMask(GfxState* /*state*/, const double* /*bbox*/, bool /*alpha*/,
                   Function* /*transfer*/, GfxColor* /*backdrop*/) override {
    Visible();
  }
  void beginTransparencyGroup(GfxState* /*state*/, const double* /*bbox*/,
                              GfxColorSpace* /*blending_space*/, bool /*isolated*/,
                              bool /*knockout*/, bool /*for_soft_mask*/) override {
    ++groups_;
  }
  void endTransparencyGroup(GfxState* /*state*/) override { groups_ = std::max(0, groups_ - 1); }

  // A stencil mask paints the fill colour; the base class skips an inline
  // mask's data, which the content parser needs it to.
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override {
    Visible();
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void setSoftMaskFromImageMask(GfxState* /*state*/, Object* /*ref*/, Stream* /*str*/,
                                int /*width*/, int /*height*/, bool /*invert*/,
                                bool /*inline_image*/, double* /*base_matrix*/) override {
    Visible();
  }
  // Masked images show what lies under them.
  void drawMaskedImage(GfxState* /*state*/, Object* /*ref*/, Stream* /*str*/, int /*width*/,
                       int /*height*/, GfxImageColorMap* /*color_map*/, bool /*interpolate*/,
                       Stream* /*mask*/, int /*mask_width*/, int /*mask_height*/,
                       bool /*mask_invert*/, bool /*mask_interpolate*/) override {
    Visible();
  }
  void drawSoftMaskedImage(GfxState* /*state*/, Object* /*ref*/, Stream* /*str*/, int /*width*/,
                           int /*height*/, GfxImageColorMap* /*color_map*/, bool /*interpolate*/,
                           Stream* /*mask*/, int /*mask_width*/, int /*mask_height*/,
                           GfxImageColorMap* /*mask_color_map*/,
                           bool /*mask_interpolate*/) override {
    Visible();
  }

  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_image) override {
    if (!inline_image && mask_colors == nullptr && Opaque(state, color_map) &&
        TakeImage(state, str, width, height, color_map, interpolate)) {
      drawn_after_image_ = false;
      return;
    }
    Visible();
    // Skips an inline image's data, as above.
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                         inline_image);
  }

 protected:
  // An opaque image in a colour space read as the render reads it, drawn
  // under upright rectangular clips: true when the subclass took it (it may
  // have read `str` then; reading it is possible only here).
  virtual bool TakeImage(GfxState* state, Stream* str, int width, int height,
                         GfxImageColorMap* color_map, bool interpolate) = 0;

  bool ImageTakenAndShown() const { return !drawn_after_image_; }
  // The right edge in device space of the clips the page's content set
  // (infinite when none). Splash draws an image's pixels on such a clip's
  // edge anti-aliased, but the page's own edge, where GfxState's clip box
  // starts, is no clip of Splash's: a black scan on a page 237.52 pixels
  // wide fills its 238th column black, and the same page with the
  // content's own clip to the same box fills it three quarters (tried on
  // poppler 22.12; the fuzz_scan_render finding crash-3b0ae3a1).
  double ContentClipRight() const { return clips_.back().content_x_max; }
  bool NothingDrawnYet() const { return !drawn_any_; }

 private:
  void Visible() { drawn_after_image_ = drawn_any_ = true; }

  void ClipTo(GfxState* state) {
    const std::optional<DeviceBox> box = UprightRectangle(state, state->getPath());
    Clips& clips = clips_.back();
    if (!box) {
      clips.is_box = false;
    } else {
      clips.content_x_max = std::min(clips.content_x_max, box->x_max);
    }
  }

  bool Opaque(GfxState* state, GfxImageColorMap* color_map) const {
    if (groups_ > 0 || state->getFillOpacity() < 1 || state->getBlendMode() != gfxBlendNormal ||
        !clips_.back().is_box || color_map == nullptr || !color_map->isOk() ||
        color_map->getBits() < 1 || color_map->getBits() > 8 ||
        !IsGreyOrRgb(color_map->getColorSpace())) {
      return false;
    }
    // A transfer function maps the render's greys (Splash's grayTransfer).
    Function** transfer = state->getTransfer();
    for (int i = 0; i < 4; ++i) {
      if (transfer[i] != nullptr) return false;
    }
    return true;
  }

  struct Clips {
    bool is_box = true;  // every clip in force an upright rectangle
    double content_x_max = std::numeric_limits<double>::infinity();
  };
  std::vector<Clips> clips_{Clips{}};
  int groups_ = 0;  // transparency groups open
  bool drawn_after_image_ = true;
  bool drawn_any_ = false;  // anything visible, before or after an image
};

// The page as poppler's render at the device resolution the page is drawn
// at would give it, when it is one image that covers every pixel of it,
// drawn by Splash's bilinear scaling (splash_scale.h).
class RenderedScanCollector : public PageImageWatch {
 public:
  explicit RenderedScanCollector(double max_pixels) : max_pixels_(max_pixels) {}

  std::optional<GrayImage> Take() {
    if (!image_ || failed_ || !ImageTakenAndShown()) return std::nullopt;
    return std::move(image_);
  }

  // SplashOutputDev::startPage: the bitmap's size, rounded as it rounds
  // it (lround would differ on negative sizes, which it makes 1).
  void startPage(int /*page*/, GfxState* state, XRef* /*xref*/) override {
    const double width = state->getPageWidth(), height = state->getPageHeight();
    if (!(std::abs(width) < kMaxPageSide && std::abs(height) < kMaxPageSide)) {
      failed_ = true;  // poppler's render copes or fails on its own
      return;
    }
    width_ = std::max(1, static_cast<int>(width + 0.5));    // NOLINT(bugprone-incorrect-roundings)
    height_ = std::max(1, static_cast<int>(height + 0.5));  // NOLINT(bugprone-incorrect-roundings)
    if (max_pixels_ > 0 && static_cast<double>(width_) * height_ > max_pixels_) failed_ = true;
  }

 protected:
  bool TakeImage(GfxState* state, Stream* str, int width, int height, GfxImageColorMap* color_map,
                 bool interpolate) override {
    if (failed_) return false;
    // The image covers the page and little more (a scan: a pixel over at
    // most, where the page's size rounds), so the scaled image is the page's
    // size, which OCR caps. A source image larger than that (a scan finer
    // than the page is drawn at) is read a row at a time.
    constexpr int kOver = 2;
    const std::optional<SplashPixelRect> rect = SplashUprightImageRect(state->getCTM());
    if (!rect || rect->x0 > 0 || rect->y0 > 0 || rect->x1 < width_ || rect->y1 < height_ ||
        rect->x0 < -kOver || rect->y0 < -kOver || rect->x1 > width_ + kOver ||
        rect->y1 > height_ + kOver ||
        !SplashScaleMirrored(width, height, rect->width(), rect->height(), interpolate)) {
      return false;
    }
    const std::optional<int> last_column = LastColumnQuarters(state);
    // A column drawn in part shows what lies under it: only paper is known.
    if (!last_column || (*last_column < 4 && !NothingDrawnYet())) return false;
    std::unique_ptr<ImageGreyRows> rows = ImageGreyRows::Open(str, width, color_map);
    if (rows == nullptr) return false;
    // poppler-cpp's grey image: rows padded to 4 bytes, paper white where
    // nothing is drawn (here only the padding).
    GrayImage page;
    page.width = width_;
    page.height = height_;
    page.bytes_per_row = (width_ + 3) / 4 * 4;
    page.pixels.assign(static_cast<size_t>(page.bytes_per_row) * static_cast<size_t>(height_), 255);
    const size_t skip = static_cast<size_t>(-rect->x0);
    const bool scaled = SplashScale(
        [&](unsigned char* row) { return rows->Next(row); }, width, height, rect->width(),
        rect->height(), interpolate,
        [&](int y, const unsigned char* row) {
          const int device_y = rect->y0 + y;
          if (device_y < 0 || device_y >= height_) return;
          std::memcpy(page.pixels.data() + static_cast<size_t>(device_y) * page.bytes_per_row,
                      row + skip, static_cast<size_t>(width_));
        });
    if (!scaled) {
      failed_ = true;  // the stream is read part way: the render says what it holds
      return true;
    }
    if (*last_column < 4) BlendLastColumn(*last_column, &page);
    image_ = std::move(page);
    return true;
  }

 private:
  // How many quarters across of the page's last column Splash covers under
  // the clip in force (4: all), when it covers every other pixel wholly;
  // nullopt when not. It draws the pixels on the edge of a clip the
  // content set anti-aliased: in 4 x 4 samples clipped across only, for a
  // rectangle, and rows whole as long as the clip reaches them
  // (SplashClip::clipAALine, Splash::drawAAPixel). The crop box's edge
  // does not cut the last column (ContentClipRight); Splash's own clip
  // ends 0.001 short of the bitmap's far edge.
  std::optional<int> LastColumnQuarters(const GfxState* state) const {
    constexpr double kLeft = 0.2, kDown = 0.9;  // within 0.25 and 1, with a margin
    double x_min, y_min, x_max, y_max;
    state->getClipBBox(&x_min, &y_min, &x_max, &y_max);
    if (!(x_min <= kLeft && y_min <= kDown && y_max >= height_ - kDown)) return std::nullopt;
    // The first sample past the clip, as clipAALine finds it. An edge
    // within rounding of a sample's boundary is too close to call:
    // Splash's own arithmetic of the clip may fall either way there, so
    // those pages are rendered.
    const double samples = 4 * std::min(ContentClipRight(), width_ - 0.001);
    if (std::abs(samples - std::round(samples)) < 1e-6) return std::nullopt;
    const double quarters = std::floor(samples) + 1 - 4.0 * (width_ - 1);
    if (quarters < 0) return std::nullopt;
    return static_cast<int>(std::min(quarters, 4.0));
  }

  // The last column covered in `quarters` over paper: Splash's shape for
  // that coverage (aaGamma, its gamma 1.5 over 16 samples) is the pixel's
  // alpha, and compositing over the paper blends it with white.
  void BlendLastColumn(int quarters, GrayImage* page) const {
    const int samples = 4 * quarters;
    const int alpha = static_cast<int>(std::floor(std::pow(samples / 16.0, 1.5) * 255 + 0.5));
    const auto div255 = [](int x) { return (x + (x >> 8) + 0x80) >> 8; };
    for (int y = 0; y < height_; ++y) {
      unsigned char& pixel = page->pixels[static_cast<size_t>(y) * page->bytes_per_row +
                                          static_cast<size_t>(width_ - 1)];
      pixel = static_cast<unsigned char>(div255((255 - alpha) * 255 + alpha * pixel));
    }
  }

  // Beyond this many pixels a side the int arithmetic of poppler's sizes
  // would overflow; such a page is the render's to refuse.
  static constexpr double kMaxPageSide = 1e8;

  double max_pixels_;  // 0: none
  int width_ = 1, height_ = 1;
  std::optional<GrayImage> image_;
  bool failed_ = false;
};

}  // namespace

PdfPageImages::PdfPageImages(CorePdf pdf) : pdf_(std::move(pdf)) {}

PdfPageImages::~PdfPageImages() = default;

Result<std::unique_ptr<PdfPageImages>> PdfPageImages::Open(const std::string& bytes,
                                                           const std::string& password) {
  Result<CorePdf> pdf = OpenCorePdf(bytes, password, "read for OCR");
  if (!pdf.ok()) return pdf.status();
  return std::unique_ptr<PdfPageImages>(new PdfPageImages(std::move(pdf).value()));
}

std::optional<GrayImage> PdfPageImages::AsRendered(int index, double dpi, double max_pixels) const {
  if (index < 0 || index >= pdf_.doc->getNumPages() || !(dpi > 0)) return std::nullopt;
  try {
    RenderedScanCollector collector(max_pixels);
    const FirstPopplerDraw first;
    // As poppler-cpp's page_renderer draws it (displayPageSlice of the
    // whole page), so that the page's state and matrices are the render's.
    pdf_.doc->displayPage(&collector, index + 1, dpi, dpi, 0, /*useMediaBox=*/false, /*crop=*/true,
                          /*printing=*/false);
    return collector.Take();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace bilag
