// Image inputs (PNG, JPEG, TIFF with any number of frames) through Leptonica:
// one of the two files in bilag that include Leptonica (with page_preview.cpp).
//
// Every frame comes out as an 8-bit grey image, whatever the file holds
// (1-bit fax TIFFs, palettes, RGB, RGBA over a white background), so OCR sees
// the same kind of image as for a rendered PDF page. Frames are decoded one
// at a time, when a worker takes them, so memory follows the workers, not the
// file. Leptonica's messages never reach stderr.
#ifndef BILAG_EXTRACTOR_RENDER_IMAGE_DECODE_H_
#define BILAG_EXTRACTOR_RENDER_IMAGE_DECODE_H_

#include <string_view>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"

namespace bilag {

// Below this a page is not worth reading with OCR (its output would be
// noise), and an image's stated resolution is no information (files without
// one often say 1 or 72).
inline constexpr int kMinOcrDpi = 50;

struct ImageFrameInfo {
  int width = 0, height = 0;  // pixels
};

struct DecodedFrame {
  GrayImage image;
  // The file's resolution, times the scale actually applied (the scaled
  // size is whole pixels); 0 when the file states none.
  double dpi = 0;
};

// The number of frames: TIFF directories, or 1 for PNG and JPEG. Fails with
// image-damaged when the file's header cannot be read.
Result<int> CountImageFrames(std::string_view bytes);

// The size of frame `frame` (0-based) from its header, without decoding it.
// Fails with image-damaged.
Result<ImageFrameInfo> ReadImageFrameInfo(std::string_view bytes, int frame);

// Decodes frame `frame` (0-based) to 8-bit grey, scaled by `scale`
// (0 < scale <= 1; area-averaged when below 1). Fails with image-damaged.
Result<DecodedFrame> DecodeImageFrame(std::string_view bytes, int frame, double scale);

// Turns Leptonica's messages off for the whole process (Tesseract calls
// Leptonica too). Idempotent and thread-safe.
void SilenceLeptonica();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_IMAGE_DECODE_H_
