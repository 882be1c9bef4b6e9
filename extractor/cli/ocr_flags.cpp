#include "extractor/cli/ocr_flags.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

namespace bilag::cli {
namespace {

// Redraws one line on stderr; the rate is over the pages of this document.
class TerminalProgress {
 public:
  void operator()(int done, int total) {
    const auto now = std::chrono::steady_clock::now();
    if (done == 0) {
      start_ = now;
      std::fprintf(stderr, "\rOCR page 0/%d", total);
    } else {
      const double seconds = std::chrono::duration<double>(now - start_).count();
      std::fprintf(stderr, "\rOCR page %d/%d, %.1f pages/s   ", done, total,
                   seconds > 0 ? done / seconds : 0.0);
    }
    if (done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

void AddOcrFlags(CLI::App* command, bilag::OcrOptions* options) {
  options->mode = bilag::OcrMode::kAuto;
  command
      ->add_option_function<std::string>(
          "--ocr",
          [options](const std::string& mode) {
            options->mode = bilag::ParseOcrMode(mode).value_or(bilag::OcrMode::kAuto);
          },
          "Read pages with OCR: auto (pages without a usable text layer, and images), always, "
          "or never")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""))
      ->type_name("auto|always|never")
      ->default_str("auto");
  command
      ->add_option("--dpi", options->dpi, "Render PDF pages for OCR at this resolution (50-1200)")
      ->check(CLI::Range(50, 1200).description(""))
      ->type_name("N")
      ->capture_default_str();
  command
      ->add_option("--lang", options->lang,
                   "Tesseract language model(s) for OCR, e.g. dan or dan+eng")
      ->check(CLI::Validator(
          [](std::string& lang) {
            return bilag::IsValidOcrLanguage(lang)
                       ? std::string()
                       : "not a Tesseract language list (e.g. dan, dan+eng): " + lang;
          },
          ""))
      ->type_name("LANG")
      ->capture_default_str();
  const bool own_jobs = command->get_option_no_throw("-j") != nullptr;
  if (!own_jobs) {
    command->add_option("-j,--jobs", options->jobs, "OCR this many pages at once (default: cores)")
        ->check(CLI::NonNegativeNumber.description(""))
        ->type_name("N");
  }
  command
      ->add_option("--cache", options->cache_dir,
                   "Keep OCR results in this folder (default: $XDG_CACHE_HOME/bilag or "
                   "~/.cache/bilag)")
      ->type_name("DIR");
  command->add_flag_callback(
      "--no-cache", [options] { options->use_cache = false; },
      "Neither read nor write the OCR cache");
  const bool own_progress = command->get_option_no_throw("--progress") != nullptr;
  command->parse_complete_callback([options, own_progress, own_jobs] {
    // The command's -j already runs documents side by side, one core each.
    if (own_jobs) options->jobs = 1;
    if (!own_progress && isatty(STDERR_FILENO)) {
      auto progress = std::make_shared<TerminalProgress>();
      options->progress = [progress](int done, int total) { (*progress)(done, total); };
    }
  });
}

}  // namespace bilag::cli
