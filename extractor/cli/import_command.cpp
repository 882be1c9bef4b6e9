#include "extractor/cli/import_command.h"

#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/base/file_io.h"
#include "extractor/base/output_file.h"
#include "extractor/cli/exit_codes.h"
#include "extractor/cli/import_progress.h"
#include "extractor/cli/repeatable_option.h"
#include "extractor/store/database.h"
#include "extractor/store/export.h"
#include "extractor/store/importer.h"
#include "extractor/store/merge.h"
#include "extractor/store/schema.h"
#include "extractor/store/store.h"

namespace bilag::cli {
namespace {

namespace fs = std::filesystem;

void ReportError(const Status& status) {
  std::cerr << "bilag: " << status.message() << " [" << status.code_name() << "]\n";
}

// The options that change what is extracted, as stored in documents.options.
// Update it with every new output-changing option, or a re-run with that
// option changed would skip documents it should redo.
std::string OutputOptions(const ExtractorOptions& options) {
  std::string text = options.normalise.dehyphenate ? "dehyphenate" : "no-dehyphenate";
  switch (options.repair.mode) {
    case RepairMode::kOff:
      text += ";repair=off";
      break;
    case RepairMode::kOn:
      text += ";repair=on";
      break;
    case RepairMode::kAuto:
      text += ";repair=auto";
      break;
  }
  // Only whether one was given: the database is no place for a password.
  if (!options.ingest.password.empty()) text += ";password";
  return text;
}

// The database and the files SQLite and the lock keep beside it, which a
// walk must not import when the database lies inside the archive.
std::vector<std::string> DatabaseFiles(const std::string& db) {
  return {db, db + "-wal", db + "-shm", db + "-journal", db + ".lock"};
}

Status ExportOne(Database* db, const std::string& table, ExportFormat format,
                 const std::string& output) {
  if (output.empty()) return ExportTable(db, table, format, std::cout);
  return WriteOutputFile(output,
                         [&](std::ostream& out) { return ExportTable(db, table, format, out); });
}

int RunExport(const StoreFlags& flags) {
  ExportFormat format = flags.format == "jsonl" ? ExportFormat::kJsonl
                        : flags.excel           ? ExportFormat::kExcelCsv
                                                : ExportFormat::kCsv;
  std::vector<std::string> tables = {flags.table};
  if (flags.table == "all") {
    if (flags.output.empty()) {
      std::cerr << "bilag: --table all writes one file per table: give a folder with -o\n";
      return kExitUsage;
    }
    tables = StoreTables();
    std::error_code ec;
    fs::create_directories(flags.output, ec);
    if (ec) {
      std::cerr << "bilag: cannot create folder " << flags.output << ": " << ec.message() << "\n";
      return kExitOutput;
    }
  }
  std::error_code ec;
  if (!fs::exists(flags.db, ec)) {
    std::cerr << "bilag: " << flags.db << ": no such database\n";
    return kExitUsage;
  }
  Result<Database> db = Database::Open(flags.db, Database::Mode::kReadOnly);
  if (!db.ok()) {
    ReportError(db.status());
    return kExitOutput;
  }
  for (const std::string& table : tables) {
    std::string output = flags.output;
    if (flags.table == "all")
      output = (fs::path(flags.output) / (table + "." + flags.format)).string();
    Status status = ExportOne(&db.value(), table, format, output);
    if (!status.ok()) {
      ReportError(status);
      return status.code() == ErrorCode::kStoreUnknownTable ? kExitUsage : kExitOutput;
    }
  }
  return kExitOk;
}

int RunMerge(const StoreFlags& flags) {
  Result<Store> store = Store::Open(flags.db);
  if (!store.ok()) {
    ReportError(store.status());
    return kExitOutput;
  }
  MergeCounts counts;
  int refused = 0;
  for (const std::string& input : flags.merge_inputs) {
    Status status = MergeInto(&store.value(), input, &counts);
    if (!status.ok()) {
      ReportError(status);
      if (status.code() != ErrorCode::kStoreOpen && status.code() != ErrorCode::kStoreSchema)
        return kExitOutput;
      ++refused;
    }
  }
  std::cout << "merged " << counts.merged << ", skipped " << counts.skipped << " (from "
            << flags.merge_inputs.size() - static_cast<size_t>(refused) << " of "
            << flags.merge_inputs.size() << " databases)\n";
  return refused == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace

StoreCommands AddStoreCommands(CLI::App& app, StoreFlags* flags) {
  StoreCommands commands;
  CLI::App* import = app.add_subcommand(
      "import", "Extract files and folders (recursively) into an SQLite database");
  import->add_option("PATH", flags->inputs, "Files and folders to import")
      ->required()
      ->type_name("");
  import->add_option("--db", flags->db, "The database file (created when missing)")
      ->required()
      ->type_name("FILE");
  // One glob each, so a PATH after it stays a PATH (see repeatable_option.h).
  OneValuePerUse(import->add_option("--include", flags->include,
                                    "Only files whose name or path below the folder matches this "
                                    "glob (one per --include, repeatable; e.g. '*.pdf')"))
      ->type_name("GLOB");
  OneValuePerUse(import->add_option("--exclude", flags->exclude,
                                    "Skip files whose name or path below the folder matches this "
                                    "glob (one per --exclude, repeatable)"))
      ->type_name("GLOB");
  import->add_option("-j,--jobs", flags->jobs, "Extract with this many threads (default: cores)")
      ->check(CLI::NonNegativeNumber.description(""))
      ->type_name("N");
  import->add_flag("--force", flags->force,
                   "Extract every document again, even when stored with the same rules");
  import
      ->add_option("--shard", flags->shard,
                   "Only documents of shard K of N (by content hash), for splitting a run "
                   "over N machines; join them with `bilag merge`")
      ->type_name("K/N");
  import
      ->add_option("--progress", flags->progress,
                   "auto (a bar on a terminal, nothing but failures and the summary when stderr "
                   "is no terminal), bar, plain (a line every 2 s) or none")
      ->check(CLI::IsMember({"auto", "bar", "plain", "none"}).description(""))
      ->type_name("auto|bar|plain|none")
      ->capture_default_str();
  commands.import = import;

  CLI::App* export_command =
      app.add_subcommand("export", "Write a table of an import database as CSV or JSON Lines");
  export_command->add_option("--db", flags->db, "The database file")->required()->type_name("FILE");
  CLI::Option* format =
      export_command->add_option("--format", flags->format, "csv (RFC 4180) or jsonl")
          ->check(CLI::IsMember({"csv", "jsonl"}).description(""))
          ->type_name("csv|jsonl")
          ->capture_default_str();
  export_command
      ->add_flag("--excel", flags->excel,
                 "CSV for Excel with Danish settings: UTF-8 byte order mark, ';' between "
                 "fields, decimal comma")
      ->excludes(format);
  export_command
      ->add_option(
          "--table", flags->table,
          "documents, document_paths, document_years, provenance, initiatives, fields, amounts, "
          "targets, budget_cells, corrections, warnings, schema_version, or all")
      ->type_name("TABLE")
      ->capture_default_str();
  export_command
      ->add_option("-o,--output", flags->output,
                   "Write to this file (a folder for --table all) instead of stdout; a symlink "
                   "is written through, a FIFO or device in place")
      ->type_name("FILE");
  commands.export_ = export_command;

  CLI::App* merge = app.add_subcommand(
      "merge", "Copy the documents of other import databases (e.g. --shard runs) into one");
  merge->add_option("--db", flags->db, "The database to merge into (created when missing)")
      ->required()
      ->type_name("FILE");
  merge->add_option("DB", flags->merge_inputs, "Databases to merge from")
      ->required()
      ->type_name("");
  commands.merge = merge;
  return commands;
}

std::optional<int> RunStoreCommandWithoutRules(const StoreCommands& commands,
                                               const StoreFlags& flags) {
  if (commands.export_->parsed()) return RunExport(flags);
  if (commands.merge->parsed()) return RunMerge(flags);
  return std::nullopt;
}

int RunImport(const Extractor& extractor, const ExtractorOptions& options,
              const StoreFlags& flags) {
  ImportOptions import;
  import.inputs = flags.inputs;
  import.filter.include = flags.include;
  import.filter.exclude = flags.exclude;
  import.filter.ignore = DatabaseFiles(flags.db);
  import.jobs = flags.jobs;
  import.force = flags.force;
  import.options = OutputOptions(options);
  if (!flags.shard.empty()) {
    Result<Shard> shard = ParseShard(flags.shard);
    if (!shard.ok()) {
      std::cerr << "bilag: " << shard.status().message() << "\n";
      return kExitUsage;
    }
    import.shard = *shard;
  }
  ProgressMode mode = ProgressMode::kPlain;
  ParseProgressMode(flags.progress, STDERR_FILENO, &mode);  // checked by CLI11

  Result<Store> store = Store::Open(flags.db);
  if (!store.ok()) {
    ReportError(store.status());
    return kExitOutput;
  }
  ImportProgress progress(mode, std::cerr, TerminalColumns(STDERR_FILENO));
  Result<ImportCounts> counts = RunImport(extractor, &store.value(), import, &progress);
  if (!counts.ok()) {
    progress.Finish(ImportCounts{});
    ReportError(counts.status());
    return kExitOutput;
  }
  progress.Finish(*counts);
  if (counts->files == 0) {
    std::cerr << "bilag: no documents to import: check the paths and --include/--exclude\n";
  }
  size_t in_shard = counts->files - counts->other_shard;
  std::cout << "imported " << counts->imported << ", skipped " << counts->skipped << ", failed "
            << counts->failed << " (of " << in_shard << ")";
  if (counts->other_shard > 0) {
    std::cout << "; " << counts->other_shard << " in other shards";
  }
  if (counts->not_documents > 0) {
    std::cout << "; " << counts->not_documents
              << " not documents left out (hidden, Thumbs.db, *.expected.json, other formats)";
  }
  std::cout << "\n" << std::flush;
  if (counts->failed > 0) return kExitSomeFailed;
  if (counts->skipped_failed > 0) {
    std::cerr << "bilag: " << counts->skipped_failed
              << " of the skipped documents are stored as failed by an earlier run (see "
                 "documents.status, error_code, error_message in "
              << flags.db << ")\n";
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace bilag::cli
