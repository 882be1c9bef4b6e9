// The OCR flags end to end: the real binary on the scan fixtures, with the
// exit codes and error codes README.md documents.
#include <sys/wait.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/ocr/ocr_test_util.h"

namespace {

using bilag::testing::kOcrFixtures;
using bilag::testing::ReadFile;
using bilag::testing::TempDir;

const std::string kBilag = BILAG_BINARY_DIR "/bilag";
const std::string kGood = BILAG_SOURCE_DIR "/corpus/seeds/002_8629250c46b2c2d7.txt";

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// `env` is prefixed to the command ("env -u X", "VAR=value").
RunResult Run(const std::vector<std::string>& args, const std::string& env = "",
              const std::string& stdin_path = "") {
  TempDir dir;
  std::string command = env.empty() ? "" : env + " ";
  command += Quote(kBilag);
  for (const std::string& arg : args) command += " " + Quote(arg);
  command += " >" + Quote(dir.path() + "/out") + " 2>" + Quote(dir.path() + "/err");
  if (!stdin_path.empty()) command += " <" + Quote(stdin_path);
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(dir.path() + "/out");
  result.err = ReadFile(dir.path() + "/err");
  return result;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("extract fills source.ocr for a scan, and caches where --cache says", "[ocr][cli]") {
  TempDir cache;
  const RunResult r =
      Run({"extract", "--dpi", "200", "--cache", cache.path(), kOcrFixtures + "scan.pdf", kGood});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());  // no progress line when stderr is not a terminal
  const std::string scan = r.out.substr(0, r.out.find('\n'));
  const std::string text = r.out.substr(r.out.find('\n') + 1);
  CHECK(Contains(scan, "\"ocr\":{\"engine\":\"tesseract 5."));
  CHECK(Contains(scan, "\"lang\":\"dan\",\"pages\":[1],\"mean_confidence\":"));
  CHECK(Contains(scan,
                 "{\"code\":\"ocr-applied\",\"message\":\"page 1 was read with OCR: no "
                 "text layer\",\"page\":1,\"line\":null}"));
  CHECK(Contains(scan, "\"case_number\":\"2010-32472\""));  // the rules read the OCR text
  CHECK(Contains(text, "\"ocr\":null"));
  CHECK(bilag::testing::FilesBelow(cache.path()).size() == 1);
}

TEST_CASE("text reads an image from stdin, OMP_THREAD_LIMIT unset or not", "[ocr][cli]") {
  // Unset, the binary sets it before it loads Tesseract; the text is the same.
  for (const std::string& env :
       {std::string("env -u OMP_THREAD_LIMIT"), std::string("OMP_THREAD_LIMIT=1")}) {
    INFO(env);
    const RunResult r = Run({"text", "--no-cache", "-"}, env, kOcrFixtures + "scan.png");
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.out, "Økonomiforvaltningen, Københavns Kommune\n"));
    CHECK(r.err ==
          "bilag: -: warning: page 1 was read with OCR: the input is an image "
          "[ocr-applied]\n");
  }
}

TEST_CASE("ocr never: a scan is one needs-ocr error and the batch goes on", "[ocr][cli]") {
  for (const std::string& input : {kOcrFixtures + "scan.pdf", kOcrFixtures + "scan.png"}) {
    INFO(input);
    const RunResult r = Run({"extract", "--ocr", "never", input, kGood});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find('\n') == r.err.size() - 1);  // one line
    CHECK(Contains(r.err, input));
    CHECK(Contains(r.err, "[needs-ocr]"));
    const std::string first = r.out.substr(0, r.out.find('\n'));
    CHECK(Contains(first, "\"error\":{\"code\":\"needs-ocr\""));
    CHECK(Contains(r.out.substr(r.out.find('\n') + 1), "\"path\":\"" + kGood + "\""));
  }
}

TEST_CASE("bad OCR flags are usage errors, a missing model fails the input", "[ocr][cli]") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"text", "--ocr", "sometimes", kGood},
        std::vector<std::string>{"text", "--dpi", "10", kGood},
        std::vector<std::string>{"text", "--lang", "../etc/x", kGood},
        std::vector<std::string>{"extract", "-j", "-1", kGood}}) {
    INFO(args[1] << " " << args[2]);
    CHECK(Run(args).exit_code == 2);
  }
  const RunResult r = Run({"text", "--lang", "xyz", "--no-cache", kOcrFixtures + "scan.png"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find('\n') == r.err.size() - 1);  // one line: Tesseract's own complaint is muted
  CHECK(Contains(r.err, "[ocr-unavailable]"));
  CHECK(Contains(r.err, "'xyz'"));
  // Text inputs never need the model.
  CHECK(Run({"text", "--lang", "xyz", kGood}).exit_code == 0);
}

}  // namespace
