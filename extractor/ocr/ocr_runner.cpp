#include "extractor/ocr/ocr_runner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <utility>

#include "extractor/base/parallel.h"
#include "extractor/layout/rulings.h"
#include "extractor/layout/stroke_width.h"
#include "extractor/ocr/ocr_orientation.h"

namespace bilag {
namespace {

// What the workers of one run share. Each task slot is written by exactly
// one worker; the rest is guarded by `mutex` or atomic.
struct Shared {
  Shared(const std::vector<OcrTask>& t, const PageImageSourceFactory& m, const OcrOptions& o,
         const OcrCache& c, OcrRun* r)
      : tasks(t), make_source(m), options(o), cache(c), run(r), queue(t.size()) {}

  const std::vector<OcrTask>& tasks;
  const PageImageSourceFactory& make_source;
  const OcrOptions& options;
  const OcrCache& cache;
  OcrRun* run;
  TaskQueue queue;
  std::atomic<bool> abort{false};
  std::mutex mutex;
  int done = 0;
};

void Finished(Shared* shared, bool hit, bool damaged, const Status& cache_status) {
  std::lock_guard<std::mutex> lock(shared->mutex);
  OcrRun* run = shared->run;
  if (hit) ++run->cache_hits;
  if (damaged) ++run->cache_damaged;
  if (!cache_status.ok() && run->cache_status.ok()) run->cache_status = cache_status;
  ++shared->done;
  if (shared->options.progress) {
    shared->options.progress(shared->done, static_cast<int>(shared->tasks.size()));
  }
}

void Fail(Shared* shared, const Status& status) {
  std::lock_guard<std::mutex> lock(shared->mutex);
  if (shared->run->status.ok()) shared->run->status = status;
  shared->abort = true;
}

// A page whose first reading looks turned: when orientation detection finds
// a turn, the image is turned back and read again, and that reading
// replaces the first when it reads better (ReadsBetterTurned). Without the
// orientation model, or when the second reading fails, the first stands.
void ReadTurnedBack(OcrEngine* engine, PageImage* image, Result<OcrPageResult>* page) {
  const Result<int> turn = engine->DetectQuarterTurn(image->image, image->dpi);
  if (!turn.ok() || *turn == 0) return;
  GrayImage upright = TurnedImage(image->image, 4 - *turn);
  Result<OcrPageResult> again = engine->Recognize(upright, image->dpi);
  if (!again.ok() || !ReadsBetterTurned(**page, *again, *turn)) return;
  again->quarter_turn = *turn;
  image->image = std::move(upright);
  *page = std::move(again);
}

// Bold is told from stroke width later (ocr_page.h); the pixels are gone by
// then, so each word's is measured now and cached with it.
void MeasureStrokes(const GrayImage& image, OcrPageResult* page) {
  for (OcrWord& word : page->words) {
    word.stroke = static_cast<float>(StrokeWidth(image, word.x0, word.y0, word.x1, word.y1));
  }
}

// One page: cache, else image + OCR (+ store). Returns false when the run
// must stop (no engine).
bool RunTask(Shared* shared, const OcrTask& task, OcrTaskResult* result,
             std::unique_ptr<PageImageSource>* source, std::unique_ptr<OcrEngine>* engine) {
  bool damaged = false;
  if (shared->cache.enabled() && !task.cache_key.empty()) {
    const CacheLookup lookup = shared->cache.Load(task.cache_key, &result->page);
    if (lookup == CacheLookup::kHit) {
      result->from_cache = true;
      Finished(shared, true, false, Status::Ok());
      return true;
    }
    damaged = lookup == CacheLookup::kDamaged;
  }
  if (*engine == nullptr) {
    Result<std::unique_ptr<OcrEngine>> created = OcrEngine::Create(shared->options.lang);
    if (!created.ok()) {
      Fail(shared, created.status());
      return false;
    }
    *engine = std::move(created).value();
  }
  if (*source == nullptr) {
    Result<std::unique_ptr<PageImageSource>> made = shared->make_source();
    if (!made.ok()) {
      result->status = made.status();
      Finished(shared, false, damaged, Status::Ok());
      return true;
    }
    *source = std::move(made).value();
  }
  // The page image lives only as long as its OCR. Its rulings are looked
  // for in the same pixels Tesseract reads, so that they and the words share
  // one frame whatever the scan's tilt, and are cached with the words.
  Result<OcrPageResult> read = [&]() -> Result<OcrPageResult> {
    Result<PageImage> image = (*source)->Load(task);
    if (!image.ok()) return image.status();
    Result<OcrPageResult> page = (*engine)->Recognize(image->image, image->dpi);
    if (page.ok() && LooksTurned(*page)) ReadTurnedBack(engine->get(), &image.value(), &page);
    if (page.ok() && image->dpi > 0) page->rulings = FindRulings(image->image, 72.0 / image->dpi);
    if (page.ok()) MeasureStrokes(image->image, &page.value());
    return page;
  }();
  Status stored;
  if (!read.ok()) {
    result->status = read.status();
  } else {
    result->page = std::move(read).value();
    if (!task.cache_key.empty()) stored = shared->cache.Store(task.cache_key, result->page);
  }
  Finished(shared, false, damaged, stored);
  return true;
}

void Work(Shared* shared) {
  std::unique_ptr<PageImageSource> source;
  std::unique_ptr<OcrEngine> engine;
  for (std::optional<size_t> next = shared->queue.Take(); next && !shared->abort;
       next = shared->queue.Take()) {
    const size_t i = *next;
    OcrTaskResult& result = shared->run->results[i];
    try {
      if (!RunTask(shared, shared->tasks[i], &result, &source, &engine)) return;
    } catch (const std::exception& e) {
      // Nothing may leave a worker thread: it would end the process.
      result.status = Status::Error(ErrorCode::kOcrFailed, std::string("OCR failed: ") + e.what());
      Finished(shared, false, false, Status::Ok());
    }
  }
}

}  // namespace

int OcrWorkerCount(int jobs, int tasks) {
  return WorkerCount(jobs, static_cast<size_t>(std::max(0, tasks)));
}

OcrRun RunOcrTasks(const std::vector<OcrTask>& tasks, const PageImageSourceFactory& make_source,
                   const OcrOptions& options, const OcrCache& cache) {
  OcrRun run;
  run.results.resize(tasks.size());
  if (tasks.empty()) return run;
  Shared shared(tasks, make_source, options, cache, &run);
  if (options.progress) options.progress(0, static_cast<int>(tasks.size()));

  RunWorkers(WorkerCount(options.jobs, tasks.size()), [&shared] { Work(&shared); });
  return run;
}

}  // namespace bilag
