#include "extractor/ocr/ocr.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <utility>

#include "extractor/base/text.h"
#include "extractor/ocr/ocr_options.h"
#include "extractor/ocr/tesseract_api.h"
#include "extractor/ocr/tesseract_library.h"
#include "extractor/render/image_decode.h"

namespace bilag {
namespace {

std::atomic<int64_t> recognize_count{0};

// Model loading reads shared files and Tesseract's global parameter table;
// one at a time is cheap insurance, since it happens once per worker.
std::mutex init_mutex;

// tprintf (all of Tesseract's messages) writes to this file instead of
// stderr once the parameter is set; library code must not print.
constexpr const char* kQuietDebugFile = "/dev/null";

std::string Trimmed(const char* text) {
  return text == nullptr ? std::string() : std::string(Trim(text));
}

// What the C API hands over is freed through it, by the library's allocator.
struct IteratorDeleter {
  const TesseractApi* tesseract;
  void operator()(TessResultIterator* it) const { tesseract->TessResultIteratorDelete(it); }
};
struct TextDeleter {
  const TesseractApi* tesseract;
  void operator()(char* text) const { tesseract->TessDeleteText(text); }
};

}  // namespace

void OcrEngine::ApiDeleter::operator()(tesseract::TessBaseAPI* api) const {
  tesseract->TessBaseAPIEnd(api);
  tesseract->TessBaseAPIDelete(api);
}

OcrEngine::OcrEngine(const TesseractApi* tesseract)
    : tesseract_(tesseract),
      api_(tesseract->TessBaseAPICreate(), ApiDeleter{tesseract}),
      osd_(nullptr, ApiDeleter{tesseract}) {}

OcrEngine::~OcrEngine() = default;

void OcrEngine::Forget() {
  // Keeps the model, frees the page. The legacy engine (in models that have
  // it) adapts to the pages it has read; forgetting that keeps a page's text
  // the same whichever worker, after whichever pages, reads it.
  tesseract_->TessBaseAPIClear(api_.get());
  tesseract_->TessBaseAPIClearAdaptiveClassifier(api_.get());
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const std::string& lang) {
  if (!IsValidOcrLanguage(lang)) {
    return Status::Error(ErrorCode::kOcrUnavailable,
                         "'" + lang + "' is not a Tesseract language list");
  }
  Result<const TesseractApi*> loaded = Tesseract();
  if (!loaded.ok()) return loaded.status();
  const TesseractApi& t = **loaded;
  SilenceLeptonica();
  try {
    std::unique_ptr<OcrEngine> engine(new OcrEngine(&t));
    std::lock_guard<std::mutex> lock(init_mutex);
    t.TessBaseAPISetVariable(engine->api_.get(), "debug_file", kQuietDebugFile);
    // nullptr datapath: Tesseract's own default (TESSDATA_PREFIX, else the
    // folder Debian installs models into).
    if (t.TessBaseAPIInit2(engine->api_.get(), nullptr, lang.c_str(), tesseract::OEM_DEFAULT) !=
        0) {
      return Status::Error(ErrorCode::kOcrUnavailable,
                           "Tesseract cannot load the language model '" + lang +
                               "' (is tesseract-ocr-" + lang + " installed?)");
    }
    t.TessBaseAPISetVariable(engine->api_.get(), "debug_file", kQuietDebugFile);
    // The tesseract command line's default layout analysis (the API's own
    // default assumes a single block of text): columns and tables stay apart.
    t.TessBaseAPISetPageSegMode(engine->api_.get(), tesseract::PSM_AUTO);
    return engine;
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kOcrUnavailable,
                         "Tesseract failed to load '" + lang + "': " + std::string(e.what()));
  }
}

Result<OcrPageResult> OcrEngine::Recognize(const GrayImage& image, double dpi) {
  recognize_count.fetch_add(1, std::memory_order_relaxed);
  if (image.width <= 0 || image.height <= 0 || image.bytes_per_row < image.width ||
      image.pixels.size() <
          static_cast<size_t>(image.bytes_per_row) * static_cast<size_t>(image.height)) {
    return Status::Error(ErrorCode::kOcrFailed, "empty or inconsistent page image");
  }
  OcrPageResult result;
  result.width = image.width;
  result.height = image.height;
  result.dpi = dpi;
  const TesseractApi& t = *tesseract_;
  try {
    t.TessBaseAPISetImage(api_.get(), image.pixels.data(), image.width, image.height, 1,
                          image.bytes_per_row);
    t.TessBaseAPISetSourceResolution(api_.get(), std::max(1, static_cast<int>(std::lround(dpi))));
    if (t.TessBaseAPIRecognize(api_.get(), nullptr) != 0) {
      Forget();
      return Status::Error(ErrorCode::kOcrFailed, "Tesseract could not recognise the page image");
    }
    std::unique_ptr<TessResultIterator, IteratorDeleter> it(t.TessBaseAPIGetIterator(api_.get()),
                                                            IteratorDeleter{&t});
    bool line_starts = true;
    if (it != nullptr) {
      const TessPageIterator* at = t.TessResultIteratorGetPageIteratorConst(it.get());
      do {
        if (t.TessPageIteratorIsAtBeginningOf(at, tesseract::RIL_TEXTLINE)) line_starts = true;
        OcrWord word;
        // The C API has no Empty(): the box is there exactly when a word is
        // (PageIterator::BoundingBox fails only on an empty position).
        if (!t.TessPageIteratorBoundingBox(at, tesseract::RIL_WORD, &word.x0, &word.y0, &word.x1,
                                           &word.y1)) {
          continue;
        }
        std::unique_ptr<char, TextDeleter> text(
            t.TessResultIteratorGetUTF8Text(it.get(), tesseract::RIL_WORD), TextDeleter{&t});
        word.text = Trimmed(text.get());
        if (word.text.empty()) continue;
        word.confidence =
            std::clamp(t.TessResultIteratorConfidence(it.get(), tesseract::RIL_WORD), 0.0f, 100.0f);
        if (line_starts || result.lines.empty()) result.lines.emplace_back();
        line_starts = false;
        result.lines.back().push_back(static_cast<int>(result.words.size()));
        result.words.push_back(std::move(word));
      } while (t.TessResultIteratorNext(it.get(), tesseract::RIL_WORD));
    }
  } catch (const std::bad_alloc&) {
    Forget();
    return Status::Error(ErrorCode::kOcrFailed, "out of memory while recognising the page image");
  } catch (const std::exception& e) {
    Forget();
    return Status::Error(ErrorCode::kOcrFailed, std::string("Tesseract failed: ") + e.what());
  }
  Forget();
  return result;
}

Result<int> OcrEngine::DetectQuarterTurn(const GrayImage& image, double dpi) {
  const TesseractApi& t = *tesseract_;
  try {
    if (osd_ == nullptr) {
      Api osd(t.TessBaseAPICreate(), ApiDeleter{&t});
      std::lock_guard<std::mutex> lock(init_mutex);
      t.TessBaseAPISetVariable(osd.get(), "debug_file", kQuietDebugFile);
      if (t.TessBaseAPIInit2(osd.get(), nullptr, "osd", tesseract::OEM_DEFAULT) != 0) {
        return Status::Error(ErrorCode::kOcrUnavailable,
                             "Tesseract cannot load its orientation model 'osd' (is "
                             "tesseract-ocr-osd installed?)");
      }
      t.TessBaseAPISetVariable(osd.get(), "debug_file", kQuietDebugFile);
      t.TessBaseAPISetPageSegMode(osd.get(), tesseract::PSM_OSD_ONLY);
      osd_ = std::move(osd);
    }
    t.TessBaseAPISetImage(osd_.get(), image.pixels.data(), image.width, image.height, 1,
                          image.bytes_per_row);
    t.TessBaseAPISetSourceResolution(osd_.get(), std::max(1, static_cast<int>(std::lround(dpi))));
    int degrees = 0;
    float confidence = 0, script_confidence = 0;
    const char* script = nullptr;
    const bool found = t.TessBaseAPIDetectOrientationScript(osd_.get(), &degrees, &confidence,
                                                            &script, &script_confidence) != 0;
    t.TessBaseAPIClear(osd_.get());
    // Too few letters to tell is no turn: the page is read as it is.
    if (!found || confidence < kMinOrientationConfidence) return 0;
    return ((degrees / 90) % 4 + 4) % 4;
  } catch (const std::exception& e) {
    if (osd_ != nullptr) t.TessBaseAPIClear(osd_.get());
    return Status::Error(ErrorCode::kOcrFailed,
                         std::string("orientation detection failed: ") + e.what());
  }
}

std::string OcrEngineName() {
  Result<const TesseractApi*> loaded = Tesseract();
  if (!loaded.ok()) return "tesseract (not installed)";
  return std::string("tesseract ") + (*loaded)->TessVersion();
}

int64_t OcrRecognizeCount() { return recognize_count.load(std::memory_order_relaxed); }

}  // namespace bilag
