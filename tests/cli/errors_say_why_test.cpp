// Errors that say why: a failed write names the path (or standard output)
// and the system's reason, and a FIFO or device given as input is refused at
// once instead of blocking on it.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::kSeeds;
using bilag::testing::Quote;
using bilag::testing::ReadFile;
using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;
namespace fs = std::filesystem;

const std::string kSeed = kSeeds + "004_d1d70512bbcf75c7.txt";

// Runs bilag with stdout going to `stdout_path` (e.g. /dev/full), killed
// after `seconds` so that a regression that blocks fails instead of hanging.
RunResult RunTo(const std::string& args, const std::string& stdout_path, int seconds = 60) {
  TempDir dir;
  std::string command = "timeout " + std::to_string(seconds) + " " + Quote(bilag::testing::kBilag) +
                        " " + args + " >" + Quote(stdout_path) + " 2>" +
                        Quote((dir.path() / "err").string());
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFile(dir.path() / "err");
  return result;
}

TEST_CASE("a failed write to standard output is reported with the reason, exit 3", "[cli]") {
  for (const std::string command : {"extract", "text", "text --layout --json", "explain"}) {
    INFO(command);
    RunResult r = RunTo(command + " " + Quote(kSeed), "/dev/full");
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("cannot write standard output") != std::string::npos);
    CHECK(r.err.find("No space left on device") != std::string::npos);
  }
}

TEST_CASE("a write into a folder that cannot take it names the file and the reason", "[cli]") {
  TempDir dir;
  fs::path locked = dir.path() / "locked";
  fs::create_directories(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  std::string target = locked.string();
  std::string reason = "Permission denied";
  if (access(locked.c_str(), W_OK) == 0) {
    // Root writes anywhere: /proc is a folder that takes no new file even then.
    target = "/proc";
    reason = ": ";
  }
  RunResult r = Run({"extract", "-o", target, kSeed});
  fs::permissions(locked, fs::perms::owner_all);
  CHECK(r.exit_code == 3);
  // The file asked for, and the temporary file beside it that could not be made.
  CHECK(r.err.find(target + "/004_d1d70512bbcf75c7.json: cannot write " + target +
                   "/.004_d1d70512bbcf75c7.json.tmp-") != std::string::npos);
  CHECK(r.err.find(reason) != std::string::npos);
}

TEST_CASE("a FIFO without a writer is refused at once, and the batch goes on", "[cli]") {
  TempDir dir;
  fs::path fifo = dir.path() / "pipe.txt";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  RunResult r = RunTo("extract " + Quote(fifo.string()) + " " + Quote(kSeed),
                      (dir.path() / "out").string(), 30);
  CHECK(r.exit_code == 1);  // 124 would be the timeout: blocked on the FIFO
  CHECK(r.err.find(fifo.string() + ": is a FIFO (named pipe)") != std::string::npos);
  CHECK(r.err.find("[not-a-file]") != std::string::npos);
  std::string out = ReadFile(dir.path() / "out");
  CHECK(out.find("\"code\":\"not-a-file\"") != std::string::npos);
  CHECK(out.find("\"media_type\":\"text/plain\"") != std::string::npos);  // the seed
}

TEST_CASE("a device is refused as input; '-' still reads a pipe", "[cli]") {
  RunResult device = Run({"extract", "/dev/zero"});
  CHECK(device.exit_code == 1);
  CHECK(device.err.find("/dev/zero: is a character device") != std::string::npos);
  RunResult piped = Run({"extract", "-"}, kSeed);
  CHECK(piped.exit_code == 0);
  CHECK(piped.out.find("\"media_type\": \"text/plain\"") != std::string::npos);
}

}  // namespace
