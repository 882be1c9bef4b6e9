// Helpers of the store tests: temporary folders, running the real binary
// (to completion or in the background), and reading a database back as
// text so two databases can be compared.
#ifndef BILAG_TESTS_STORE_STORE_TEST_UTIL_H_
#define BILAG_TESTS_STORE_STORE_TEST_UTIL_H_

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace bilag::testing {

namespace fs = std::filesystem;

inline const std::string kBilag = BILAG_BINARY_DIR "/bilag";
inline const std::string kSource = BILAG_SOURCE_DIR;
inline const std::string kSeeds = kSource + "/corpus/seeds/";
inline const std::string kPdfs = kSource + "/tests/fixtures/pdf/";

// A fresh folder, removed with everything in it at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path Write(const std::string& name, const std::string& bytes) const;

 private:
  fs::path path_;
};

std::string ReadFile(const fs::path& path);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs build/bilag with `args` to completion.
RunResult Run(const std::vector<std::string>& args);

// A bilag process in the background; its stdout/stderr go to files in `dir`.
class Background {
 public:
  Background(const std::vector<std::string>& args, const fs::path& dir);
  ~Background();  // kills (SIGKILL) and reaps the process if still running
  pid_t pid() const { return pid_; }
  bool Running();    // false once it has ended (reaps it)
  void Kill();       // SIGKILL, then reaps
  RunResult Wait();  // waits for the end
 private:
  pid_t pid_ = -1;
  fs::path out_, err_;
  int status_ = 0;
  bool done_ = false;
};

// The corpus seeds (the .txt inputs, not the expectations) and the PDF
// fixtures with a text layer.
std::vector<std::string> SeedTexts();
std::vector<std::string> TextLayerPdfs();

// Copies `sources` into `dir` `count` times in all, each copy with a
// distinct few bytes appended (a trailing comment line for text, a PDF
// comment after %%EOF) so each has its own content hash. Returns the paths.
std::vector<std::string> MakeVariants(const std::vector<std::string>& sources, const fs::path& dir,
                                      int count);

// Every row of every table of the database at `db`, one line per row in
// primary-key order, with extracted_at (the only column that differs
// between equal runs) left out; without `child_ids`, also the row ids of
// the child tables (a re-extracted document keeps only its own id).
std::string DumpDatabase(const std::string& db, bool child_ids = true);
// count(*) of `table`, or -1 when the database cannot be read.
int64_t CountRows(const std::string& db, const std::string& table);
// The first column of every row of `sql`, as text ("" for NULL).
std::vector<std::string> Column(const std::string& db, const std::string& sql);

// RFC 4180 records (or those of Excel's CSV with its separator), for
// checking the export.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text, char separator = ',');

}  // namespace bilag::testing

#endif  // BILAG_TESTS_STORE_STORE_TEST_UTIL_H_
