// The OCR side of the command line: the flags that fill bilag::OcrOptions
// (--ocr, --dpi, --lang, -j, --cache, --no-cache), the progress line on a
// terminal, and the start-up step that keeps Tesseract single-threaded.
#ifndef BILAG_EXTRACTOR_CLI_OCR_FLAGS_H_
#define BILAG_EXTRACTOR_CLI_OCR_FLAGS_H_

#include "extractor/ocr/ocr_options.h"

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

// Adds the OCR flags to `command`, writing into *options, and sets the CLI's
// defaults there (mode auto). A command that already has -j (import, which
// runs documents in parallel) keeps its own, and OCRs each document's pages
// one at a time when it runs. When `command` is the one run
// and stderr is a terminal, options->progress prints "OCR page 3/12,
// 0.7 pages/s" in place on stderr, unless the command draws its own
// progress (has --progress).
void AddOcrFlags(CLI::App* command, bilag::OcrOptions* options);

// Tesseract's OpenMP threads spin and make OCR ~6x slower on 2 cores; only
// OMP_THREAD_LIMIT=1 in the environment at process start turns them off
// (setenv later is too late: libgomp reads it when it is loaded). So when
// the variable is unset, this sets it and re-executes /proc/self/exe with the
// same argv (unless argv shows no OCR can happen: --ocr never, --help,
// --version). The variable being set is what stops a second re-exec; a
// user's own value is kept. When exec fails, the process goes on as it is
// (OCR is slower, nothing else changes). Call first thing in main(), before
// reading stdin or starting threads.
void ReexecWithOmpThreadLimit(char** argv);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_OCR_FLAGS_H_
