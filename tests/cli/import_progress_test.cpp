// The progress of `bilag import`: which mode "auto" picks for a terminal, a
// dumb terminal and a pipe; the bar and the plain lines naming the file and
// OCR's page inside it; and the importer passing OCR's pages of a real scan
// to its observer while the scan is read.
#include "extractor/cli/import_progress.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "extractor/extractor.h"
#include "extractor/store/importer.h"
#include "extractor/store/store.h"

namespace bilag::cli {
namespace {

namespace fs = std::filesystem;

// Updates are rate-limited (10 a second for the bar); this is longer.
void WaitOutTheInterval() { std::this_thread::sleep_for(std::chrono::milliseconds(150)); }

TEST_CASE("auto: a bar on a terminal, plain lines on a dumb one, nothing on a pipe", "[progress]") {
  int pipe_fds[2];
  REQUIRE(pipe(pipe_fds) == 0);
  ProgressMode mode = ProgressMode::kBar;
  REQUIRE(ParseProgressMode("auto", pipe_fds[1], &mode));
  CHECK(mode == ProgressMode::kNone);
  close(pipe_fds[0]);
  close(pipe_fds[1]);

  int master = posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(grantpt(master) == 0);
  REQUIRE(unlockpt(master) == 0);
  int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(terminal >= 0);
  setenv("TERM", "xterm", 1);
  REQUIRE(ParseProgressMode("auto", terminal, &mode));
  CHECK(mode == ProgressMode::kBar);
  setenv("TERM", "dumb", 1);
  REQUIRE(ParseProgressMode("auto", terminal, &mode));
  CHECK(mode == ProgressMode::kPlain);
  close(terminal);
  close(master);

  REQUIRE(ParseProgressMode("plain", pipe_fds[1], &mode));
  CHECK(mode == ProgressMode::kPlain);
  CHECK_FALSE(ParseProgressMode("loud", 2, &mode));
}

TEST_CASE("the bar moves page by page inside a long scan and names the file", "[progress]") {
  std::ostringstream out;
  ImportProgress bar(ProgressMode::kBar, out, 120);
  ImportCounts counts;
  counts.files = 2;
  WaitOutTheInterval();
  bar.OnWaiting("archive/2009/scan.pdf", PageProgress{3, 10}, counts);
  std::string first = out.str();
  CHECK(first.find("[#...........] 0/2 files") != std::string::npos);
  CHECK(first.find("page 3/10 of archive/2009/scan.pdf") != std::string::npos);
  WaitOutTheInterval();
  bar.OnWaiting("archive/2009/scan.pdf", PageProgress{9, 10}, counts);
  std::string second = out.str().substr(first.size());
  CHECK(second.find("[#####.......] 0/2 files") != std::string::npos);
  CHECK(second.find("page 9/10 of archive/2009/scan.pdf") != std::string::npos);
}

TEST_CASE("plain lines name the file and OCR's page in it", "[progress]") {
  std::ostringstream out;
  ImportProgress plain(ProgressMode::kPlain, out, 80);
  ImportCounts counts;
  counts.files = 1;
  plain.OnStart(counts);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // plain: one line in 2 s
  plain.OnWaiting("scan.pdf", PageProgress{120, 200}, counts);
  CHECK(out.str() ==
        "bilag import: 1 files to consider\n"
        "bilag import: 0/1 files, 0 pages, 0.0 files/s; page 120/200 of scan.pdf\n");
}

class PagesSeen : public ImportObserver {
 public:
  void OnWaiting(const std::string& path, const PageProgress& pages,
                 const ImportCounts& /*counts*/) override {
    if (pages.total > 0) {
      max_total = std::max(max_total, pages.total);
      paths_with_pages = path;
    }
  }
  void OnFile(const std::string& /*path*/, FileResult /*result*/, const Status& status,
              const ImportCounts& /*counts*/) override {
    if (!status.ok()) error = status.ToString();
  }
  int max_total = 0;
  std::string paths_with_pages;
  std::string error;
};

TEST_CASE("the importer reports OCR's pages of the scan it waits for", "[progress]") {
  ExtractorOptions options;
  options.rule_dirs = {BILAG_SOURCE_DIR "/rules"};
  options.ingest.ocr.mode = OcrMode::kAuto;  // as the command line sets it
  options.ingest.ocr.use_cache = false;      // a cached scan would be done before the first tick
  options.ingest.ocr.dpi = 150;
  options.ingest.ocr.jobs = 1;
  Result<Extractor> extractor = Extractor::Create(options);
  REQUIRE(extractor.ok());
  std::string pattern = (fs::temp_directory_path() / "bilag-progress-XXXXXX").string();
  fs::path dir = mkdtemp(pattern.data());
  Result<Store> store = Store::Open((dir / "a.sqlite").string());
  REQUIRE(store.ok());
  ImportOptions import;
  const std::string scan = BILAG_SOURCE_DIR "/tests/eval/eval04_handleplan_kultur.scan.pdf";
  import.inputs = {scan};
  import.jobs = 1;
  PagesSeen seen;
  Result<ImportCounts> counts = RunImport(*extractor, &store.value(), import, &seen);
  REQUIRE(counts.ok());
  INFO(seen.error);
  CHECK(counts->imported == 1);
  CHECK(seen.max_total == 2);  // the scan's two pages
  CHECK(seen.paths_with_pages == scan);
  std::error_code ignored;
  fs::remove_all(dir, ignored);
}

}  // namespace
}  // namespace bilag::cli
