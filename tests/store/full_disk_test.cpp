// A full disk during `bilag import`: the run stops with a message naming the
// database and the system's reason, exits non-zero, leaves the database
// whole, and a rerun with room finishes to the same database as an import
// that never ran out of room.
//
// No root and no small filesystem: the import runs with a file-size limit
// (RLIMIT_FSIZE) and SIGXFSZ ignored, so that a write past the limit fails
// with EFBIG as a write to a full disk fails with ENOSPC.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/store/store_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::Column;
using testing::CountRows;
using testing::DumpDatabase;
using testing::RunResult;
using testing::TempDir;

// Runs build/bilag with `args`, no file it writes allowed past `max_bytes`.
RunResult RunWithFileSizeLimit(const std::vector<std::string>& args, rlim_t max_bytes,
                               const fs::path& dir) {
  const std::string out = (dir / "limited.out").string();
  const std::string err = (dir / "limited.err").string();
  std::vector<std::string> words = {testing::kBilag};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out_fd < 0 || err_fd < 0) _exit(126);
    dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    // Ignored, the signal leaves write() to fail with EFBIG; an ignored
    // signal stays ignored across exec.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{max_bytes, max_bytes};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(126);
    execv(argv[0], argv.data());
    _exit(127);
  }
  REQUIRE(pid > 0);
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = testing::ReadFile(out);
  result.err = testing::ReadFile(err);
  return result;
}

std::string Summary(int imported, int skipped, int total) {
  return "imported " + std::to_string(imported) + ", skipped " + std::to_string(skipped) +
         ", failed 0 (of " + std::to_string(total) + ")\n";
}

TEST_CASE("an import that runs out of room stops, says why, and a rerun completes it", "[import]") {
  TempDir dir;
  std::vector<std::string> sources = testing::SeedTexts();
  sources.erase(sources.begin());  // seed 000 loads the OCR lexicon: only time here
  constexpr int kDocuments = 16;
  testing::MakeVariants(sources, dir.path() / "archive", kDocuments);
  const std::string folder = (dir.path() / "archive").string();
  auto import = [&](const std::string& db, const std::string& input) {
    return std::vector<std::string>{"import", "--db", db, "-j", "1", "--progress=none", input};
  };

  // The limit: the size of the database with every document. The import
  // writes each document's pages to the write-ahead log first, and the log
  // of a whole run (more than one version of some pages) outgrows the
  // database: the run has stored some documents when it runs out of room.
  const std::string whole_db = (dir.path() / "whole.sqlite").string();
  RunResult whole = testing::Run(import(whole_db, folder));
  REQUIRE(whole.exit_code == 0);
  REQUIRE(whole.out == Summary(kDocuments, 0, kDocuments));
  const auto limit = static_cast<rlim_t>(fs::file_size(whole_db));

  const std::string db = (dir.path() / "archive.sqlite").string();
  RunResult full = RunWithFileSizeLimit(import(db, folder), limit, dir.path());
  INFO("stderr: " << full.err);
  CHECK(full.exit_code != 0);
  CHECK(full.exit_code != -1);  // an exit, not a death by signal
  // The database by name, and the system's reason rather than SQLite's
  // "disk I/O error" alone.
  CHECK(full.err.find(db) != std::string::npos);
  CHECK(full.err.find("File too large") != std::string::npos);

  // Whole, and holding only complete documents: every stored document has
  // its children (an interrupted transaction would leave none or all).
  CHECK(Column(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
  const int64_t stored = CountRows(db, "documents");
  CHECK(stored >= 1);
  CHECK(stored < kDocuments);
  CHECK(Column(db,
               "SELECT count(*) FROM documents d WHERE NOT EXISTS "
               "(SELECT 1 FROM document_paths p WHERE p.document_id = d.id)") ==
        std::vector<std::string>{"0"});
  // The document being written when room ran out is not stored as failed:
  // the rerun extracts it like any other.
  CHECK(Column(db, "SELECT count(*) FROM documents WHERE status = 'failed'") ==
        std::vector<std::string>{"0"});

  // With room again: the rest is imported, the stored ones skipped, and the
  // database is the one an import with room all along made.
  RunResult rerun = testing::Run(import(db, folder));
  CHECK(rerun.exit_code == 0);
  CHECK(rerun.out ==
        Summary(kDocuments - static_cast<int>(stored), static_cast<int>(stored), kDocuments));
  CHECK(DumpDatabase(db) == DumpDatabase(whole_db));
}

}  // namespace
}  // namespace bilag
