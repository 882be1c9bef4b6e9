// OCR through Tesseract's C API, in the library loaded on first use
// (extractor/ocr/tesseract_library.h): only extractor/ocr includes
// Tesseract's headers.
//
// An OcrEngine is one loaded model. It is not thread-safe and loading a model
// takes a while, so each OCR worker owns one engine and reuses it for every
// page it takes (extractor/ocr/ocr_runner.h). Engines in different
// threads are independent.
//
// Tesseract runs single-threaded inside each engine (its OpenMP threads
// spin): loading the library sets OMP_THREAD_LIMIT=1 first.
//
// Words are in pixels of the image given, origin top-left; turning them
// into PDF points is the caller's business (extractor/ocr/ocr_page.h).
// Tesseract's and Leptonica's messages never reach stderr.
#ifndef BILAG_EXTRACTOR_OCR_OCR_H_
#define BILAG_EXTRACTOR_OCR_OCR_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/document.h"
#include "extractor/model/gray_image.h"

namespace tesseract {
class TessBaseAPI;
}  // namespace tesseract

namespace bilag {

struct TesseractApi;

struct OcrWord {
  std::string text;                    // UTF-8, never empty, no whitespace
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // pixels; x1/y1 one past the word
  float confidence = 0;                // Tesseract's, 0..100
  // Mean stem width in pixels (extractor/layout/stroke_width.h), measured
  // by the OCR runner in the image read; 0 when not measured. Bold on a
  // scan is told from it (ocr_page.h).
  float stroke = 0;
};

inline bool operator==(const OcrWord& a, const OcrWord& b) {
  return a.text == b.text && a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1 &&
         a.confidence == b.confidence && a.stroke == b.stroke;
}

// What Tesseract read in one image: its words in Tesseract's reading order,
// and its text lines as lists of indices into `words`, each left to right.
// Every word is in exactly one line. The OCR runner adds the ruling lines
// found in the same image (extractor/layout/rulings.h): they are in points,
// as the Page's word boxes will be, not pixels, since they go to the Page
// as they are and the cache must give back exactly what was found.
struct OcrPageResult {
  int width = 0, height = 0;  // the image's, pixels
  double dpi = 0;             // the resolution the image was made at (exact: a scaled
                              // image's is not a whole number)
  std::vector<OcrWord> words;
  std::vector<std::vector<int>> lines;
  std::vector<Ruling> rulings;  // points, origin top-left
  // How far the page's text was turned (quarter turns clockwise, as
  // Tesseract's orientation detection says); the image was turned back
  // before it was read, so words, lines and rulings are those of the
  // upright page (extractor/ocr/ocr_orientation.h).
  int quarter_turn = 0;

  bool operator==(const OcrPageResult& other) const {
    auto same_ruling = [](const Ruling& a, const Ruling& b) {
      return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
    };
    return width == other.width && height == other.height && dpi == other.dpi &&
           quarter_turn == other.quarter_turn && words == other.words && lines == other.lines &&
           std::equal(rulings.begin(), rulings.end(), other.rulings.begin(), other.rulings.end(),
                      same_ruling);
  }
};

class OcrEngine {
 public:
  // Loads the Tesseract model(s) `lang` ("dan", "dan+eng") from the system's
  // tessdata folder. Fails with ocr-unavailable, naming the language, when a
  // model is not installed or `lang` is not a valid language list, and
  // naming the library when Tesseract itself is not installed.
  static Result<std::unique_ptr<OcrEngine>> Create(const std::string& lang);

  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;
  ~OcrEngine();

  // Reads `image`, which was made at `dpi` dots per inch (Tesseract judges
  // text size by it, rounded). Fails with ocr-failed when Tesseract gives up on the
  // image; a blank image is a success with no words.
  Result<OcrPageResult> Recognize(const GrayImage& image, double dpi);

  // Tesseract's orientation detection (its "osd" model, Debian's
  // tesseract-ocr-osd, loaded on first use): how many quarter turns
  // clockwise the text of `image` is turned, or 0 when it is upright or the
  // detection is unsure (confidence below kMinOrientationConfidence). Fails
  // with ocr-unavailable when the model is not installed.
  Result<int> DetectQuarterTurn(const GrayImage& image, double dpi);

 private:
  explicit OcrEngine(const TesseractApi* tesseract);
  // Drops the page and anything learnt from it.
  void Forget();

  // Ends and deletes a TessBaseAPI through the C API it came from.
  struct ApiDeleter {
    const TesseractApi* tesseract;
    void operator()(tesseract::TessBaseAPI* api) const;
  };
  using Api = std::unique_ptr<tesseract::TessBaseAPI, ApiDeleter>;

  const TesseractApi* tesseract_;  // the loaded library's functions
  Api api_;
  Api osd_;  // null until first needed
};

// Tesseract's orientation confidence on clear pages turned a quarter or
// half is 15-17; on an upright page a wrong turn's is below 1.
inline constexpr float kMinOrientationConfidence = 2.0f;

// "tesseract 5.3.0": names the engine in the JSON output and in OCR cache
// keys (a new Tesseract reads differently, so its results are not reused).
// Loads the library; without it, "tesseract (not installed)", which keys
// no cached page (OcrEngine::Create then says what is missing).
std::string OcrEngineName();

// How many times OcrEngine::Recognize has run in this process, across all
// threads: lets tests and benchmarks see that a cached page was not OCRed.
int64_t OcrRecognizeCount();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_H_
