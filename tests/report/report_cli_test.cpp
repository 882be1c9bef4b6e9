// `bilag report` end to end: the binary on seeds, a failed input in the middle
// of a batch, and an output that cannot be written.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

namespace fs = std::filesystem;

const std::string kBilag = BILAG_BINARY_DIR "/bilag";
const std::string kSeeds = BILAG_SOURCE_DIR "/corpus/seeds/";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "bilag-report-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string err;
};

RunResult Run(const std::vector<std::string>& args, const fs::path& dir) {
  std::string command = Quote(kBilag);
  for (const std::string& arg : args) command += " " + Quote(arg);
  command += " 2>" + Quote((dir / "stderr").string());
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFile(dir / "stderr");
  return result;
}

TEST_CASE("bilag report: a failed input is reported and the rest still shown", "[report][cli]") {
  TempDir dir;
  fs::path out = dir.path() / "report.html";
  RunResult run = Run({"report", kSeeds + "001_eeed997eb7ee906a.txt", "/no/such/file.pdf",
                       kSeeds + "002_8629250c46b2c2d7.txt", "-o", out.string()},
                      dir.path());
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("/no/such/file.pdf") != std::string::npos);
  CHECK(run.err.find("[file-not-found]") != std::string::npos);
  std::string html = ReadFile(out);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<section class=\"doc\" id=\"d1\"") != std::string::npos);
  CHECK(html.find("<section class=\"doc failed\" id=\"d2\"") != std::string::npos);
  CHECK(html.find("<section class=\"doc\" id=\"d3\"") != std::string::npos);
  CHECK(html.find(">7,497 mio. kr.</mark>") != std::string::npos);
  // Only the report is left in the folder: the temporary file was renamed.
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  CHECK(files == std::vector<std::string>{"report.html", "stderr"});
}

TEST_CASE("bilag report: the common flags work as for extract", "[report][cli]") {
  TempDir dir;
  fs::path out = dir.path() / "r.html";
  // A user rule folder that switches off the goal label: no goal is marked.
  fs::create_directory(dir.path() / "rules");
  std::ofstream(dir.path() / "rules" / "off.toml")
      << "[[label]]\nid = \"label.goal\"\nenabled = false\nkey = \"goal\"\npattern = 'unused'\n";
  RunResult run = Run({"report", kSeeds + "001_eeed997eb7ee906a.txt", "-o", out.string(),
                       "--rules=" + (dir.path() / "rules").string()},
                      dir.path());
  CHECK(run.exit_code == 0);
  std::string html = ReadFile(out);
  CHECK(html.find("<b>1:110</b>") != std::string::npos);
  CHECK(html.find(">7,497 mio. kr.</mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"g\"") == std::string::npos);
}

TEST_CASE("bilag report: scanned pages show their images unless --no-page-images",
          "[report][cli][ocr]") {
  TempDir dir;
  fs::path out = dir.path() / "scan.html";
  const std::string scan = BILAG_SOURCE_DIR "/tests/fixtures/ocr/scan.pdf";
  RunResult run = Run({"report", scan, "-o", out.string()}, dir.path());
  CHECK(run.exit_code == 0);
  std::string html = ReadFile(out);
  CHECK(html.find("<img alt=\"page 1 as scanned\" data-src=\"data:image/png;base64,iVBORw0KGgo") !=
        std::string::npos);

  run = Run({"report", scan, "--no-page-images", "-o", out.string()}, dir.path());
  CHECK(run.exit_code == 0);
  html = ReadFile(out);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<div class=\"scan\" style=") != std::string::npos);
}

TEST_CASE("bilag report: an unwritable output is exit code 3 and leaves nothing", "[report][cli]") {
  TempDir dir;
  fs::path out = dir.path() / "missing-folder" / "r.html";
  RunResult run =
      Run({"report", kSeeds + "004_d1d70512bbcf75c7.txt", "-o", out.string()}, dir.path());
  CHECK(run.exit_code == 3);
  CHECK(run.err.find("cannot write") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "missing-folder"));

  run = Run({"report", kSeeds + "004_d1d70512bbcf75c7.txt"}, dir.path());
  CHECK(run.exit_code == 2);  // -o is required
}

}  // namespace
