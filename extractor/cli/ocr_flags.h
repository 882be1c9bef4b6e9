// The OCR side of the command line: the flags that fill bilag::OcrOptions
// (--ocr, --dpi, --lang, -j, --cache, --no-cache) and the progress line on a
// terminal.
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

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_OCR_FLAGS_H_
