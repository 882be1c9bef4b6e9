// An 8-bit grey image in memory: what the PDF renderer and the image decoder
// hand to OCR. One byte per pixel (0 = black, 255 = white), rows top to
// bottom, each row `bytes_per_row` bytes long (>= width; the rest is
// padding). pixels.size() == bytes_per_row * height.
#ifndef BILAG_EXTRACTOR_MODEL_GRAY_IMAGE_H_
#define BILAG_EXTRACTOR_MODEL_GRAY_IMAGE_H_

#include <vector>

namespace bilag {

struct GrayImage {
  int width = 0, height = 0;
  int bytes_per_row = 0;
  std::vector<unsigned char> pixels;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_GRAY_IMAGE_H_
