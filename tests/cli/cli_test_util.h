// Helpers of the end-to-end CLI tests: the real binary, run on real inputs
// with its stdout, stderr and exit code captured, and temporary folders.
#ifndef BILAG_TESTS_CLI_CLI_TEST_UTIL_H_
#define BILAG_TESTS_CLI_CLI_TEST_UTIL_H_

#include <stdlib.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bilag::testing {

namespace fs = std::filesystem;

inline const std::string kBilag = BILAG_BINARY_DIR "/bilag";
inline const std::string kSource = BILAG_SOURCE_DIR;
inline const std::string kSeeds = kSource + "/corpus/seeds/";
inline const std::string kPdfs = kSource + "/tests/fixtures/pdf/";

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// A fresh folder per test case, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "bilag-cli-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  // Writes `bytes` to `name` (a path below the folder; its folders are made).
  fs::path Write(const std::string& name, const std::string& bytes) const {
    fs::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path_ / name;
  }

 private:
  fs::path path_;
};

// Runs build/bilag with `args` to completion; `stdin_path` is its input and
// `env` ("NAME=value") are set for it besides the test's own environment.
inline RunResult Run(const std::vector<std::string>& args, const std::string& stdin_path = "",
                     const std::vector<std::string>& env = {}) {
  TempDir dir;
  std::string command = env.empty() ? "" : "env";
  for (const std::string& variable : env) command += " " + Quote(variable) + " ";
  command += Quote(kBilag);
  for (const std::string& arg : args) command += " " + Quote(arg);
  command += " >" + Quote((dir.path() / "out").string());
  command += " 2>" + Quote((dir.path() / "err").string());
  if (!stdin_path.empty()) command += " <" + Quote(stdin_path);
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(dir.path() / "out");
  result.err = ReadFile(dir.path() / "err");
  return result;
}

inline size_t CountLines(const std::string& text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

}  // namespace bilag::testing

#endif  // BILAG_TESTS_CLI_CLI_TEST_UTIL_H_
