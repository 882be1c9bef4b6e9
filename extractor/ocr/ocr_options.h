// The OCR settings of one run, carried in IngestOptions::ocr: which pages to
// read with OCR, at what resolution, with which Tesseract model, on how many
// threads, where results are cached, and the limits that keep a hostile or
// huge input from taking the machine. The CLI fills them from --ocr, --dpi,
// --lang, -j, --cache and --no-cache (extractor/cli/ocr_flags.h).
//
// What each mode does is described in extractor/ocr/ocr_pages.h.
#ifndef BILAG_EXTRACTOR_OCR_OCR_OPTIONS_H_
#define BILAG_EXTRACTOR_OCR_OCR_OPTIONS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bilag {

enum class OcrMode {
  kAuto,    // pages without a text layer, and pages whose text layer looks broken
  kAlways,  // every page, whatever its text layer
  kNever,   // no page: a scan fails with needs-ocr
};

struct OcrOptions {
  // kNever unless asked: OCR costs about a second per page per core and
  // writes to the user's cache folder, so library callers opt in. The CLI's
  // default is kAuto.
  OcrMode mode = OcrMode::kNever;
  // PDF pages are rendered at this resolution (dots per inch). An image
  // whose file states no resolution is taken to have it.
  int dpi = 300;
  // Tesseract model(s): "dan", or several joined by '+' ("dan+eng").
  std::string lang = "dan";
  // Worker threads, each with its own Tesseract engine; 0 = one per core.
  int jobs = 0;
  // Where OCR results are cached; empty = $XDG_CACHE_HOME/bilag, else
  // $HOME/.cache/bilag. use_cache = false neither reads nor writes it.
  std::string cache_dir;
  bool use_cache = true;
  // A PDF page that would render to more pixels than this is rendered at a
  // lower resolution (warning "ocr-dpi-reduced"); an image frame above it is
  // scaled down the same way. 100 megapixels is an A0 sheet at 250 dpi.
  int64_t max_pixels_per_page = 100'000'000;
  // At most this many pages of one document are OCRed; later pages that
  // need OCR stay empty (warning "ocr-page-limit").
  int max_pages = 2000;
  // Called as pages finish, with the pages done and the pages to do, first
  // with done == 0. Calls are serialised (never two at once) but may come
  // from any thread. Empty = no progress reports.
  std::function<void(int done, int total)> progress;
};

// "auto", "always", "never".
std::optional<OcrMode> ParseOcrMode(std::string_view name);
const char* OcrModeName(OcrMode mode);

// Whether `lang` is a syntactically valid Tesseract language list: names of
// ASCII letters, digits and '_' joined by '+' ("dan", "dan+eng", "Latin").
// No '/' or '.', so a name cannot point outside the model folder. Says
// nothing about whether the models are installed.
bool IsValidOcrLanguage(std::string_view lang);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_OPTIONS_H_
