// `bilag report FILE... -o report.html`: one self-contained HTML page for
// reviewing what was extracted from each input (extractor/report/report.h).
#ifndef BILAG_EXTRACTOR_CLI_REPORT_COMMAND_H_
#define BILAG_EXTRACTOR_CLI_REPORT_COMMAND_H_

#include <string>
#include <vector>

#include "extractor/extractor.h"

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

struct ReportFlags {
  std::vector<std::string> inputs;
  std::string output;  // "-" = standard output
  // Scanned pages show their image under the OCR words (re-reading each
  // input for it); false = the words as text only, a smaller report.
  bool page_images = true;
};

// Adds the subcommand; the caller adds the common flags (--rules, ...).
CLI::App* AddReportCommand(CLI::App& app, ReportFlags* flags);

// Exit code as README.md documents: 0 every input was processed, 1 some
// failed (each on stderr and as an error section of the report), 3 the
// report could not be written (then no file is left behind).
int RunReport(const Extractor& extractor, const ReportFlags& flags);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_REPORT_COMMAND_H_
