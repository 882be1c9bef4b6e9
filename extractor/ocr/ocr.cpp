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

#include <tesseract/baseapi.h>
#include <tesseract/publictypes.h>
#include <tesseract/resultiterator.h>

#include "extractor/base/text.h"
#include "extractor/ocr/ocr_options.h"
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

}  // namespace

OcrEngine::OcrEngine() : api_(std::make_unique<tesseract::TessBaseAPI>()) {}

OcrEngine::~OcrEngine() {
  if (api_ != nullptr) api_->End();
  if (osd_ != nullptr) osd_->End();
}

void OcrEngine::Forget() {
  // Keeps the model, frees the page. The legacy engine (in models that have
  // it) adapts to the pages it has read; forgetting that keeps a page's text
  // the same whichever worker, after whichever pages, reads it.
  api_->Clear();
  api_->ClearAdaptiveClassifier();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const std::string& lang) {
  if (!IsValidOcrLanguage(lang)) {
    return Status::Error(ErrorCode::kOcrUnavailable,
                         "'" + lang + "' is not a Tesseract language list");
  }
  SilenceLeptonica();
  try {
    std::unique_ptr<OcrEngine> engine(new OcrEngine());
    std::lock_guard<std::mutex> lock(init_mutex);
    engine->api_->SetVariable("debug_file", kQuietDebugFile);
    // nullptr datapath: Tesseract's own default (TESSDATA_PREFIX, else the
    // folder Debian installs models into).
    if (engine->api_->Init(nullptr, lang.c_str(), tesseract::OEM_DEFAULT) != 0) {
      return Status::Error(ErrorCode::kOcrUnavailable,
                           "Tesseract cannot load the language model '" + lang +
                               "' (is tesseract-ocr-" + lang + " installed?)");
    }
    engine->api_->SetVariable("debug_file", kQuietDebugFile);
    // The tesseract command line's default layout analysis (the API's own
    // default assumes a single block of text): columns and tables stay apart.
    engine->api_->SetPageSegMode(tesseract::PSM_AUTO);
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
  try {
    api_->SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
    api_->SetSourceResolution(std::max(1, static_cast<int>(std::lround(dpi))));
    if (api_->Recognize(nullptr) != 0) {
      Forget();
      return Status::Error(ErrorCode::kOcrFailed, "Tesseract could not recognise the page image");
    }
    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    bool line_starts = true;
    if (it != nullptr) {
      do {
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) line_starts = true;
        if (it->Empty(tesseract::RIL_WORD)) continue;
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        OcrWord word;
        word.text = Trimmed(text.get());
        if (word.text.empty()) continue;
        it->BoundingBox(tesseract::RIL_WORD, &word.x0, &word.y0, &word.x1, &word.y1);
        word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD), 0.0f, 100.0f);
        if (line_starts || result.lines.empty()) result.lines.emplace_back();
        line_starts = false;
        result.lines.back().push_back(static_cast<int>(result.words.size()));
        result.words.push_back(std::move(word));
      } while (it->Next(tesseract::RIL_WORD));
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
  try {
    if (osd_ == nullptr) {
      auto osd = std::make_unique<tesseract::TessBaseAPI>();
      std::lock_guard<std::mutex> lock(init_mutex);
      osd->SetVariable("debug_file", kQuietDebugFile);
      if (osd->Init(nullptr, "osd", tesseract::OEM_DEFAULT) != 0) {
        return Status::Error(ErrorCode::kOcrUnavailable,
                             "Tesseract cannot load its orientation model 'osd' (is "
                             "tesseract-ocr-osd installed?)");
      }
      osd->SetVariable("debug_file", kQuietDebugFile);
      osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
      osd_ = std::move(osd);
    }
    osd_->SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
    osd_->SetSourceResolution(std::max(1, static_cast<int>(std::lround(dpi))));
    int degrees = 0;
    float confidence = 0, script_confidence = 0;
    const char* script = nullptr;
    const bool found =
        osd_->DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
    osd_->Clear();
    // Too few letters to tell is no turn: the page is read as it is.
    if (!found || confidence < kMinOrientationConfidence) return 0;
    return ((degrees / 90) % 4 + 4) % 4;
  } catch (const std::exception& e) {
    if (osd_ != nullptr) osd_->Clear();
    return Status::Error(ErrorCode::kOcrFailed,
                         std::string("orientation detection failed: ") + e.what());
  }
}

std::string OcrEngineName() {
  return std::string("tesseract ") + tesseract::TessBaseAPI::Version();
}

int64_t OcrRecognizeCount() { return recognize_count.load(std::memory_order_relaxed); }

}  // namespace bilag
