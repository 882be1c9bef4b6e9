// Runs OCR over a list of page tasks on parallel workers.
//
// Each worker (the calling thread plus up to jobs - 1 threads) takes the
// next task, looks it up in the cache, and only on a miss makes the page's
// image and OCRs it; so at most one page image per worker is in memory, and
// a fully cached run loads no Tesseract model at all. A worker creates its
// Tesseract engine and its page source (its own PDF renderer) on its first
// miss and reuses them for every later page. A page's ruling lines are
// found in the image OCR read (FindRulings, extractor/layout/rulings.h) and
// cached with its words. Results land in the slot of
// their task, so the output is in task order whatever order pages finish in.
// OcrOptions::progress is called as tasks finish, serialised.
#ifndef BILAG_EXTRACTOR_OCR_OCR_RUNNER_H_
#define BILAG_EXTRACTOR_OCR_OCR_RUNNER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/gray_image.h"
#include "extractor/ocr/ocr.h"
#include "extractor/ocr/ocr_cache.h"
#include "extractor/ocr/ocr_options.h"

namespace bilag {

struct OcrTask {
  int page = 0;           // 0-based page or frame
  int dpi = 0;            // PDF: render resolution; images: unused (the frame says)
  double scale = 1;       // images: scale factor applied while decoding
  std::string cache_key;  // empty = not cached
};

struct OcrTaskResult {
  Status
      status;  // OK, or why the page could not be read (render-failed, image-damaged, ocr-failed)
  OcrPageResult page;
  bool from_cache = false;
};

struct PageImage {
  GrayImage image;
  double dpi = 0;  // the resolution the image was made at
};

// Makes page images for one worker; not shared between threads.
class PageImageSource {
 public:
  virtual ~PageImageSource() = default;
  virtual Result<PageImage> Load(const OcrTask& task) = 0;
};

// Called once per worker that needs a source (on its first cache miss).
using PageImageSourceFactory = std::function<Result<std::unique_ptr<PageImageSource>>()>;

struct OcrRun {
  // Not OK only when no engine could be loaded (ocr-unavailable); results
  // are then incomplete.
  Status status;
  std::vector<OcrTaskResult> results;  // one per task, in task order
  Status cache_status;                 // the first failure to store an entry, if any
  int cache_hits = 0;
  int cache_damaged = 0;  // entries that failed their checks and were redone
};

OcrRun RunOcrTasks(const std::vector<OcrTask>& tasks, const PageImageSourceFactory& make_source,
                   const OcrOptions& options, const OcrCache& cache);

// The number of workers for `tasks` pages: OcrOptions::jobs, or one per core
// when it is 0, never more than the pages.
int OcrWorkerCount(int jobs, int tasks);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_OCR_RUNNER_H_
