#include "extractor/ocr/ocr_orientation.h"

#include <cstddef>

namespace bilag {

double MeanConfidence(const OcrPageResult& result) {
  if (result.words.empty()) return 0;
  double confidence = 0;
  for (const OcrWord& word : result.words) confidence += word.confidence;
  return confidence / static_cast<double>(result.words.size());
}

bool LooksTurned(const OcrPageResult& result) {
  if (result.words.empty()) return false;
  int telling = 0, tall = 0;
  for (const OcrWord& word : result.words) {
    if (static_cast<int>(word.text.size()) < kMinTellingLetters) continue;
    ++telling;
    if (word.y1 - word.y0 > word.x1 - word.x0) ++tall;
  }
  if (telling > 0 && tall > kMaxTallWordShare * telling) return true;
  return MeanConfidence(result) < kMinUprightConfidence;
}

bool ReadsBetterTurned(const OcrPageResult& first, const OcrPageResult& turned, int quarter_turns) {
  return quarter_turns % 2 == 1 || MeanConfidence(turned) > MeanConfidence(first);
}

GrayImage TurnedImage(const GrayImage& image, int quarter_turns) {
  const int turns = ((quarter_turns % 4) + 4) % 4;
  if (turns == 0) return image;
  GrayImage out;
  out.width = turns == 2 ? image.width : image.height;
  out.height = turns == 2 ? image.height : image.width;
  out.bytes_per_row = out.width;
  out.pixels.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height));
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels.data() + static_cast<size_t>(y) * image.bytes_per_row;
    for (int x = 0; x < image.width; ++x) {
      // Clockwise: a quarter takes (x, y) to (height - 1 - y, x).
      int nx = x, ny = y;
      if (turns == 1) {
        nx = image.height - 1 - y;
        ny = x;
      } else if (turns == 2) {
        nx = image.width - 1 - x;
        ny = image.height - 1 - y;
      } else {
        nx = y;
        ny = image.width - 1 - x;
      }
      out.pixels[static_cast<size_t>(ny) * static_cast<size_t>(out.width) +
                 static_cast<size_t>(nx)] = row[x];
    }
  }
  return out;
}

}  // namespace bilag
