// Progress of `bilag import` on stderr, and one line per failed document.
//
//   bar    redrawn in place at most ten times a second (a terminal): files
//          done/total, pages, rate, ETA and the current file with the page
//          OCR is at inside it (the bar moves on inside a long scan), cut to
//          the terminal's width
//   plain  one line every 2 seconds at most, never a flood; the current file
//          and its OCR page too
//   none   only the failure lines
// "auto" is bar on a terminal, plain on a dumb one (TERM=dumb), and none
// when stderr is no terminal: a log then holds failures and the summary.
// Failure lines ("bilag: PATH: message [code]") come in every mode, as for
// `bilag extract`.
#ifndef BILAG_EXTRACTOR_CLI_IMPORT_PROGRESS_H_
#define BILAG_EXTRACTOR_CLI_IMPORT_PROGRESS_H_

#include <chrono>
#include <ostream>
#include <string>

#include "extractor/store/importer.h"

namespace bilag::cli {

enum class ProgressMode { kBar, kPlain, kNone };

// "auto" (see above), "bar", "plain", "none";
// false for anything else.
bool ParseProgressMode(const std::string& text, int fd, ProgressMode* mode);

class ImportProgress : public ImportObserver {
 public:
  // `columns`: the terminal's width for the bar.
  ImportProgress(ProgressMode mode, std::ostream& out, int columns);

  void OnStart(const ImportCounts& counts) override;
  void OnFile(const std::string& path, FileResult result, const Status& status,
              const ImportCounts& counts) override;
  void OnWaiting(const std::string& path, const PageProgress& pages,
                 const ImportCounts& counts) override;
  // Clears the bar (the summary line follows on stdout).
  void Finish(const ImportCounts& counts);

 private:
  using Clock = std::chrono::steady_clock;

  void Update(const std::string& path, const PageProgress& pages, const ImportCounts& counts,
              bool force);
  std::string Figures(const ImportCounts& counts, double seconds) const;
  void ClearBar();

  ProgressMode mode_;
  std::ostream& out_;
  int columns_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
  bool bar_shown_ = false;
};

// The terminal width of `fd`, or 80.
int TerminalColumns(int fd);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_IMPORT_PROGRESS_H_
