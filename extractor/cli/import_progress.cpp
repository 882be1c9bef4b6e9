#include "extractor/cli/import_progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "extractor/base/utf8.h"

namespace bilag::cli {
namespace {

constexpr auto kBarInterval = std::chrono::milliseconds(100);
constexpr auto kPlainInterval = std::chrono::seconds(2);
constexpr int kBarCells = 12;
// Below this many free columns the bar leaves the current file out.
constexpr size_t kMinPathColumns = 12;

std::string Duration(double seconds) {
  long total = std::lround(seconds);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof(text), "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof(text), "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

// Keeps the end of a path (the file name matters most), cut at a UTF-8
// boundary, with "..." in front.
std::string KeepTail(const std::string& text, size_t width) {
  if (CodePoints(text) <= width) return text;
  if (width <= 3) return "";
  size_t keep = width - 3;
  size_t start = text.size();
  while (start > 0 && keep > 0) {
    --start;
    if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) --keep;
  }
  return "..." + text.substr(start);
}

// The start of `text` in at most `width` columns, cut at a UTF-8 boundary.
std::string KeepHead(const std::string& text, size_t width) {
  size_t shown = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && shown++ == width) {
      return text.substr(0, i);
    }
  }
  return text;
}

}  // namespace

bool ParseProgressMode(const std::string& text, int fd, ProgressMode* mode) {
  if (text == "bar") {
    *mode = ProgressMode::kBar;
  } else if (text == "plain") {
    *mode = ProgressMode::kPlain;
  } else if (text == "none") {
    *mode = ProgressMode::kNone;
  } else if (text == "auto") {
    const char* term = std::getenv("TERM");
    bool dumb = term == nullptr || std::string(term) == "dumb";
    // Logs and pipes get only failures and the summary: a person asks for
    // plain lines. A dumb terminal cannot redraw a bar but has a reader.
    if (!isatty(fd)) {
      *mode = ProgressMode::kNone;
    } else {
      *mode = dumb ? ProgressMode::kPlain : ProgressMode::kBar;
    }
  } else {
    return false;
  }
  return true;
}

int TerminalColumns(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

ImportProgress::ImportProgress(ProgressMode mode, std::ostream& out, int columns)
    : mode_(mode), out_(out), columns_(columns) {}

void ImportProgress::OnStart(const ImportCounts& counts) {
  if (mode_ == ProgressMode::kPlain) {
    out_ << "bilag import: " << counts.files << " files to consider\n" << std::flush;
  }
}

void ImportProgress::OnFile(const std::string& path, FileResult result, const Status& status,
                            const ImportCounts& counts) {
  if (result == FileResult::kFailed) {
    ClearBar();
    // Statuses from the library already name the file; a folder that could
    // not be listed or a thread's error too.
    out_ << "bilag: " << status.message() << " [" << status.code_name() << "]\n" << std::flush;
  }
  Update(path, PageProgress{}, counts, false);
}

void ImportProgress::OnWaiting(const std::string& path, const PageProgress& pages,
                               const ImportCounts& counts) {
  Update(path, pages, counts, false);
}

void ImportProgress::Finish(const ImportCounts& counts) {
  if (mode_ == ProgressMode::kPlain && counts.files > 0) Update("", PageProgress{}, counts, true);
  ClearBar();
}

std::string ImportProgress::Figures(const ImportCounts& counts, double seconds) const {
  // The bar saves its columns for the file name.
  const std::string sep = mode_ == ProgressMode::kBar ? " " : ", ";
  std::string text = std::to_string(counts.done) + "/" + std::to_string(counts.files) + " files";
  text += sep + std::to_string(counts.pages);
  // Pages are known only once extracted: estimate the rest from the mean so
  // far (high when many of the rest will be skipped).
  if (counts.imported > 0 && counts.done < counts.files) {
    double per_file = static_cast<double>(counts.pages) / static_cast<double>(counts.imported);
    double total = static_cast<double>(counts.pages) +
                   per_file * static_cast<double>(counts.files - counts.done);
    text += "/~" + std::to_string(std::lround(total));
  }
  text += " pages";
  double rate = seconds > 0 ? static_cast<double>(counts.done) / seconds : 0;
  char figure[64];
  std::snprintf(figure, sizeof(figure), "%.1f files/s", rate);
  text += sep + figure;
  if (counts.done < counts.files && rate > 0) {
    text += sep + "ETA " + Duration(static_cast<double>(counts.files - counts.done) / rate);
  } else if (counts.done == counts.files) {
    text += sep + Duration(seconds);
  }
  return text;
}

void ImportProgress::Update(const std::string& path, const PageProgress& pages,
                            const ImportCounts& counts, bool force) {
  if (mode_ == ProgressMode::kNone) return;
  Clock::time_point now = Clock::now();
  auto interval =
      mode_ == ProgressMode::kBar ? Clock::duration(kBarInterval) : Clock::duration(kPlainInterval);
  if (!force && now - last_ < interval) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string figures = Figures(counts, seconds);
  // A long scan moves the bar page by page.
  std::string in_file;
  double part = 0;
  if (pages.total > 0 && !path.empty()) {
    in_file = "page " + std::to_string(pages.done) + "/" + std::to_string(pages.total) + " of ";
    part = static_cast<double>(pages.done) / static_cast<double>(pages.total);
  }
  if (mode_ == ProgressMode::kPlain) {
    out_ << "bilag import: " << figures;
    if (!path.empty()) out_ << "; " << in_file << path;
    out_ << "\n" << std::flush;
    return;
  }
  int filled = counts.files == 0 ? kBarCells
                                 : static_cast<int>((static_cast<double>(counts.done) + part) *
                                                    kBarCells / static_cast<double>(counts.files));
  std::string line = "[" + std::string(static_cast<size_t>(filled), '#') +
                     std::string(static_cast<size_t>(kBarCells - filled), '.') + "] " + figures;
  // One column spare: writing into the last one makes some terminals wrap.
  size_t width = static_cast<size_t>(columns_ > 1 ? columns_ - 1 : 1);
  if (!path.empty() && CodePoints(line) + 2 + CodePoints(in_file) + kMinPathColumns <= width) {
    line += "  " + in_file;
    line += KeepTail(path, width - CodePoints(line));
  }
  line = KeepHead(line, width);
  out_ << "\r" << line << "\033[K" << std::flush;
  bar_shown_ = true;
}

void ImportProgress::ClearBar() {
  if (!bar_shown_) return;
  out_ << "\r\033[K" << std::flush;
  bar_shown_ = false;
}

}  // namespace bilag::cli
