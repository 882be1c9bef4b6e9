// The parallel runner with a page source of our own: results in task order,
// one failing page among good ones, progress, and a model that is missing.
#include "extractor/ocr/ocr_runner.h"

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

// Blank pages whose width tells them apart; page 1 (0-based) cannot be made.
class BlankPages : public PageImageSource {
 public:
  Result<PageImage> Load(const OcrTask& task) override {
    if (task.page == 1)
      return Status::Error(ErrorCode::kRenderFailed, "page 2 is broken on purpose");
    PageImage page;
    page.dpi = 100;
    page.image.width = 120 + task.page;
    page.image.height = 80;
    page.image.bytes_per_row = page.image.width;
    page.image.pixels.assign(static_cast<size_t>(page.image.width * page.image.height), 255);
    return page;
  }
};

PageImageSourceFactory Blanks() {
  return []() -> Result<std::unique_ptr<PageImageSource>> {
    return std::unique_ptr<PageImageSource>(new BlankPages());
  };
}

TEST_CASE("ocr runner: results in task order, a failing page does not stop the rest",
          "[ocr][runner]") {
  std::vector<OcrTask> tasks(5);
  for (int i = 0; i < 5; ++i) tasks[static_cast<size_t>(i)].page = i;
  OcrOptions options;
  options.jobs = 3;
  std::mutex mutex;
  std::vector<std::pair<int, int>> calls;
  options.progress = [&](int done, int total) {
    std::lock_guard<std::mutex> lock(mutex);  // the runner serialises; this checks nothing overlaps
    calls.emplace_back(done, total);
  };
  const OcrRun run = RunOcrTasks(tasks, Blanks(), options, OcrCache(""));
  REQUIRE(run.status.ok());
  REQUIRE(run.results.size() == 5);
  for (int i = 0; i < 5; ++i) {
    const OcrTaskResult& result = run.results[static_cast<size_t>(i)];
    INFO("task " << i);
    if (i == 1) {
      CHECK(result.status.code() == ErrorCode::kRenderFailed);
      continue;
    }
    CHECK(result.status.ok());
    CHECK(result.page.width == 120 + i);
    CHECK(result.page.dpi == 100);
    CHECK(result.page.words.empty());
  }
  REQUIRE(calls.size() == 6);
  for (int i = 0; i <= 5; ++i) CHECK(calls[static_cast<size_t>(i)] == std::make_pair(i, 5));
}

TEST_CASE("ocr runner: a missing language model stops the run with ocr-unavailable",
          "[ocr][runner]") {
  std::vector<OcrTask> tasks(2);
  tasks[1].page = 2;
  OcrOptions options;
  options.lang = "xyz";
  const OcrRun run = RunOcrTasks(tasks, Blanks(), options, OcrCache(""));
  CHECK(run.status.code() == ErrorCode::kOcrUnavailable);
  CHECK(run.status.message().find("'xyz'") != std::string::npos);
}

TEST_CASE("ocr runner: workers follow -j, never more than the pages", "[ocr][runner]") {
  CHECK(OcrWorkerCount(4, 2) == 2);
  CHECK(OcrWorkerCount(1, 10) == 1);
  CHECK(OcrWorkerCount(3, 10) == 3);
  CHECK(OcrWorkerCount(0, 1000) >= 1);
  CHECK(OcrWorkerCount(0, 1) == 1);
}

}  // namespace
}  // namespace bilag
