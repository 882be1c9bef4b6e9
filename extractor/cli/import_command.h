// The import database's commands (see extractor/store/):
//   bilag import PATH... --db FILE   extract folders of documents into SQLite
//   bilag export --db FILE           a table as CSV or JSON Lines
//   bilag merge --db FILE IN...      join the databases of a --shard split
// Flags only; the work is in extractor/store/importer.h, export.h, merge.h.
//
// Exit codes as in main.cpp: 0 all fine; 1 some document failed (now or in
// an earlier run: the database still holds it as failed) or some merge input
// was refused; 2 bad usage; 3 the database cannot be opened or written, or
// another import is writing to it.
#ifndef BILAG_EXTRACTOR_CLI_IMPORT_COMMAND_H_
#define BILAG_EXTRACTOR_CLI_IMPORT_COMMAND_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/extractor.h"

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

struct StoreFlags {
  std::string db;
  // import
  std::vector<std::string> inputs;
  std::vector<std::string> include, exclude;
  int jobs = 0;
  bool force = false;
  std::string shard;
  std::string progress = "auto";
  // export
  std::string format = "csv";
  bool excel = false;
  std::string table = "documents";
  std::string output;
  // merge
  std::vector<std::string> merge_inputs;
};

struct StoreCommands {
  CLI::App* import = nullptr;  // the caller adds the common flags (--rules, ...)
  CLI::App* export_ = nullptr;
  CLI::App* merge = nullptr;
};

StoreCommands AddStoreCommands(CLI::App& app, StoreFlags* flags);

// Runs export or merge, which need no rules; nullopt when neither was given.
std::optional<int> RunStoreCommandWithoutRules(const StoreCommands& commands,
                                               const StoreFlags& flags);

// `options` are what the extractor was made from: those that change the
// output are stored with each document (a re-run with others re-extracts).
int RunImport(const Extractor& extractor, const ExtractorOptions& options, const StoreFlags& flags);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_IMPORT_COMMAND_H_
