// `bilag explain FILE [--page N] [--rule ID] [--json]`: what every rule did
// on one document, for people correcting rules.
#ifndef BILAG_EXTRACTOR_CLI_EXPLAIN_COMMAND_H_
#define BILAG_EXTRACTOR_CLI_EXPLAIN_COMMAND_H_

#include <string>

#include "extractor/extractor.h"

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

struct ExplainFlags {
  std::string input;
  int page = 0;
  std::string rule;
  bool json = false;
  bool color = false;  // from --color (color_flag.h), set by main
};

// Adds the subcommand; the caller adds the common flags (--rules, ...).
CLI::App* AddExplainCommand(CLI::App& app, ExplainFlags* flags);

// Exit code: 0, or 1 when the document could not be read.
int RunExplain(const Extractor& extractor, const ExplainFlags& flags);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_EXPLAIN_COMMAND_H_
