#include "extractor/render/image_grey_rows.h"

#include <zlib.h>

#include <array>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include <GfxState.h>
#include <Object.h>
#include <Stream.h>

namespace bilag {
namespace {

// What the render makes of one pixel's component values.
class GreyConversion {
 public:
  GreyConversion(GfxImageColorMap* colors, int width)
      : colors_(colors), components_(colors->getNumPixelComps()), width_(width) {
    if (components_ == 1) {
      // SplashOutputDev::drawImage's table for one-component images; a
      // 16-bit image's values are their high bytes (ImageStream), so 256
      // entries are all that is read.
      const int values = colors->getBits() >= 8 ? 256 : 1 << colors->getBits();
      for (int i = 0; i < values; ++i) {
        unsigned char pixel = static_cast<unsigned char>(i);
        GfxGray grey;
        colors->getGray(&pixel, &grey);
        table_[static_cast<size_t>(i)] = colToByte(grey);
      }
    }
  }

  // `values`: width x components bytes, as ImageStream::getLine gives them.
  void Convert(const unsigned char* values, unsigned char* row) {
    if (components_ == 1) {
      for (int x = 0; x < width_; ++x) row[x] = table_[values[x]];
      return;
    }
    // getGray for each pixel, as imageSrc does; a scan's paper is one
    // colour over long runs, so the last pixel's answer is kept.
    const size_t n = static_cast<size_t>(components_);
    for (int x = 0; x < width_; ++x, values += n) {
      if (!have_last_ || std::memcmp(values, last_.data(), n) != 0) {
        GfxGray grey;
        colors_->getGray(values, &grey);
        last_grey_ = colToByte(grey);
        std::memcpy(last_.data(), values, n);
        have_last_ = true;
      }
      row[x] = last_grey_;
    }
  }

 private:
  GfxImageColorMap* colors_;
  int components_;
  int width_;
  std::array<unsigned char, 256> table_{};
  std::array<unsigned char, gfxColorMaxComps> last_{};
  unsigned char last_grey_ = 0;
  bool have_last_ = false;
};

// Through poppler's ImageStream, as the render reads any image.
class PopplerRows : public ImageGreyRows {
 public:
  PopplerRows(Stream* str, int width, GfxImageColorMap* colors)
      : image_(str, width, colors->getNumPixelComps(), colors->getBits()),
        conversion_(colors, width) {
    image_.reset();
  }
  ~PopplerRows() override { image_.close(); }

  bool Next(unsigned char* row) override {
    unsigned char* values = image_.getLine();
    if (values == nullptr) return false;
    conversion_.Convert(values, row);
    return true;
  }

 private:
  ImageStream image_;
  GreyConversion conversion_;
};

// How a Flate image's rows are stored: with a PNG filter byte each, or not.
struct FlateLayout {
  bool png_rows = false;
};

// The stream's one filter when it is FlateDecode straight over the file's
// bytes (no encryption, no second filter), with a predictor this reader
// undoes exactly: none, or PNG over rows of the image's own width.
std::optional<FlateLayout> PlainFlate(Stream* str, int width, int components) {
  if (str->getKind() != strFlate || str->getNextStream() == nullptr ||
      str->getNextStream() != static_cast<Stream*>(str->getBaseStream())) {
    return std::nullopt;
  }
  Dict* dict = str->getDict();
  if (dict == nullptr) return std::nullopt;
  // Stream::addFilters: Filter (or F), a name or an array; DecodeParms
  // (or DP), the filter's own entry of an array.
  Object filter = dict->lookup("Filter");
  if (filter.isNull()) filter = dict->lookup("F");
  Object params = dict->lookup("DecodeParms");
  if (params.isNull()) params = dict->lookup("DP");
  if (filter.isArray()) {
    if (filter.arrayGetLength() != 1) return std::nullopt;
    filter = filter.arrayGet(0);
    params = params.isArray() ? params.arrayGet(0) : Object(objNull);
  }
  if (!filter.isName("FlateDecode") && !filter.isName("Fl")) return std::nullopt;
  int predictor = 1, columns = 1, colors = 1, bits = 8;
  if (params.isDict()) {
    const auto read = [&](const char* key, int* value) {
      Object entry = params.dictLookup(key);
      if (entry.isInt()) *value = entry.getInt();
    };
    read("Predictor", &predictor);
    read("Columns", &columns);
    read("Colors", &colors);
    read("BitsPerComponent", &bits);
  }
  if (predictor == 1) return FlateLayout{false};
  if (predictor >= 10 && predictor <= 15 && columns == width && colors == components && bits == 8) {
    return FlateLayout{true};
  }
  return std::nullopt;
}

// Inflates with zlib what poppler's FlateStream would, a row at a time.
class FlateRows : public ImageGreyRows {
 public:
  FlateRows(Stream* str, int width, GfxImageColorMap* colors, FlateLayout layout)
      : str_(str),
        raw_(str->getNextStream()),
        components_(colors->getNumPixelComps()),
        row_bytes_(static_cast<size_t>(width) * static_cast<size_t>(components_)),
        png_rows_(layout.png_rows),
        line_(row_bytes_ + (png_rows_ ? 1 : 0)),
        previous_(row_bytes_),
        conversion_(colors, width) {
    raw_->reset();
    ok_ = inflateInit(&zlib_) == Z_OK;
  }
  ~FlateRows() override {
    if (ok_) inflateEnd(&zlib_);
    str_->close();
  }

  bool Next(unsigned char* row) override {
    if (!ok_ || !Inflate(line_.data(), line_.size())) return false;
    unsigned char* values = line_.data();
    if (png_rows_) {
      if (!Unfilter(line_[0], line_.data() + 1)) return false;
      values = previous_.data();
    }
    conversion_.Convert(values, row);
    return true;
  }

 private:
  // Fills `out` with the next `size` inflated bytes.
  bool Inflate(unsigned char* out, size_t size) {
    zlib_.next_out = out;
    zlib_.avail_out = static_cast<uInt>(size);
    while (zlib_.avail_out > 0) {
      if (zlib_.avail_in == 0) {
        const int read = raw_->doGetChars(static_cast<int>(input_.size()), input_.data());
        if (read <= 0) return false;  // short: poppler pads, the render says how
        zlib_.next_in = input_.data();
        zlib_.avail_in = static_cast<uInt>(read);
      }
      const int status = inflate(&zlib_, Z_NO_FLUSH);
      if (status == Z_STREAM_END && zlib_.avail_out > 0) return false;
      if (status != Z_OK && status != Z_STREAM_END) return false;
    }
    return true;
  }

  // Undoes a PNG row filter into previous_ (the row above until now), as
  // StreamPredictor::getNextLine does; an unknown filter type is left to
  // the render.
  bool Unfilter(unsigned char type, const unsigned char* in) {
    const size_t bpp = static_cast<size_t>(components_);
    unsigned char* row = previous_.data();
    switch (type) {
      case 0:
        std::memcpy(row, in, row_bytes_);
        return true;
      case 1:
        for (size_t i = 0; i < row_bytes_; ++i) {
          row[i] = static_cast<unsigned char>(in[i] + (i >= bpp ? row[i - bpp] : 0));
        }
        return true;
      case 2:
        for (size_t i = 0; i < row_bytes_; ++i) row[i] = static_cast<unsigned char>(row[i] + in[i]);
        return true;
      case 3:
        for (size_t i = 0; i < row_bytes_; ++i) {
          const int left = i >= bpp ? row[i - bpp] : 0;
          row[i] = static_cast<unsigned char>(((left + row[i]) >> 1) + in[i]);
        }
        return true;
      case 4: {
        // Paeth: upper-left is the row above's byte, before this row
        // overwrites it; kept as the bytes go.
        std::array<unsigned char, gfxColorMaxComps> up_left{};
        for (size_t i = 0; i < row_bytes_; ++i) {
          const int left = i >= bpp ? row[i - bpp] : 0;
          const int up = row[i];
          const int corner = i >= bpp ? up_left[i % bpp] : 0;
          up_left[i % bpp] = static_cast<unsigned char>(up);
          const int p = left + up - corner;
          const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - corner);
          const int predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
          row[i] = static_cast<unsigned char>(predicted + in[i]);
        }
        return true;
      }
      default:
        return false;
    }
  }

  Stream* str_;
  Stream* raw_;
  int components_;
  size_t row_bytes_;
  bool png_rows_;
  std::vector<unsigned char> line_;      // as inflated: a filter byte first for PNG rows
  std::vector<unsigned char> previous_;  // the last row's values (PNG rows)
  std::vector<unsigned char> input_ = std::vector<unsigned char>(size_t{64} * 1024);
  z_stream zlib_{};
  bool ok_ = false;
  GreyConversion conversion_;
};

}  // namespace

std::unique_ptr<ImageGreyRows> ImageGreyRows::Open(Stream* str, int width,
                                                   GfxImageColorMap* colors) {
  if (str == nullptr || colors == nullptr || !colors->isOk() || width <= 0) return nullptr;
  const int components = colors->getNumPixelComps();
  if (components < 1 || components > gfxColorMaxComps) return nullptr;
  // SplashOutputDev::useIccImageSrc: such images are transformed after
  // scaling, which is not mirrored here.
  if (components > 1 && colors->getColorSpace()->getMode() == csICCBased) return nullptr;
  if (colors->getBits() == 8) {
    if (std::optional<FlateLayout> flate = PlainFlate(str, width, components)) {
      return std::make_unique<FlateRows>(str, width, colors, *flate);
    }
  }
  return std::make_unique<PopplerRows>(str, width, colors);
}

}  // namespace bilag
