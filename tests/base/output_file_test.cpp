// WriteOutputFile on the kinds of things a user may name with -o: nothing,
// a regular file, a symlink (relative, absolute, chained, dangling), a FIFO,
// a folder (devices: the commands' `-o /dev/stdout` tests). What a reader of
// the path finds afterwards is what is checked.
#include "extractor/base/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TempDir;

size_t Entries(const fs::path& dir) {
  size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++count;
  return count;
}

TEST_CASE("an absent or regular file is replaced whole, keeping its permissions", "[output-file]") {
  TempDir dir;
  fs::path file = dir.path() / "out.json";
  REQUIRE(WriteOutputFile(file.string(), "first\n").ok());
  CHECK(ReadFile(file) == "first\n");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  auto inode = [](const fs::path& path) {
    struct stat info {};
    stat(path.c_str(), &info);
    return info.st_ino;
  };
  ino_t before = inode(file);
  REQUIRE(WriteOutputFile(file.string(), "second\n").ok());
  CHECK(ReadFile(file) == "second\n");
  CHECK(inode(file) != before);  // a new file renamed over the old: never half written
  CHECK((fs::status(file).permissions() & fs::perms::mask) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(Entries(dir.path()) == 1);  // no temporary file left behind
}

TEST_CASE("a failing writer leaves the old file and no temporary file", "[output-file]") {
  TempDir dir;
  fs::path file = dir.path() / "out.csv";
  REQUIRE(WriteOutputFile(file.string(), "old\n").ok());
  Status status = WriteOutputFile(file.string(), [](std::ostream& out) {
    out << "half";
    return Status::Error(ErrorCode::kExportWrite, "the database went away");
  });
  CHECK(status.code() == ErrorCode::kExportWrite);
  CHECK(ReadFile(file) == "old\n");
  CHECK(Entries(dir.path()) == 1);
}

TEST_CASE("a symlink stays and its target is written", "[output-file]") {
  TempDir dir;
  fs::create_directories(dir.path() / "real");
  fs::path target = dir.path() / "real" / "report.html";
  std::ofstream(target) << "old";
  fs::create_symlink("real/report.html", dir.path() / "relative");
  fs::create_symlink(target, dir.path() / "absolute");
  fs::create_symlink(dir.path() / "relative", dir.path() / "chain");
  fs::create_symlink("real/new.html", dir.path() / "dangling");

  REQUIRE(WriteOutputFile((dir.path() / "relative").string(), "one").ok());
  CHECK(fs::is_symlink(dir.path() / "relative"));
  CHECK(ReadFile(target) == "one");
  REQUIRE(WriteOutputFile((dir.path() / "absolute").string(), "two").ok());
  CHECK(fs::is_symlink(dir.path() / "absolute"));
  CHECK(ReadFile(target) == "two");
  REQUIRE(WriteOutputFile((dir.path() / "chain").string(), "three").ok());
  CHECK(fs::is_symlink(dir.path() / "chain"));
  CHECK(ReadFile(target) == "three");
  // A dangling link gets its target created.
  REQUIRE(WriteOutputFile((dir.path() / "dangling").string(), "four").ok());
  CHECK(fs::is_symlink(dir.path() / "dangling"));
  CHECK(ReadFile(dir.path() / "real" / "new.html") == "four");
  CHECK(Entries(dir.path() / "real") == 2);
}

TEST_CASE("a FIFO is written in place, not replaced", "[output-file]") {
  TempDir dir;
  fs::path fifo = dir.path() / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  Status status = WriteOutputFile(fifo.string(), "through the pipe\n");
  // Should the writer have failed to open it, the reader is still waiting.
  if (int fd = open(fifo.c_str(), O_WRONLY | O_NONBLOCK); fd >= 0) close(fd);
  reader.join();
  CHECK(status.ok());
  CHECK(received == "through the pipe\n");
  CHECK(fs::is_fifo(fifo));
}

TEST_CASE("a folder or a missing parent folder is an error naming the path", "[output-file]") {
  TempDir dir;
  Status folder = WriteOutputFile(dir.path().string(), "x");
  CHECK(folder.code() == ErrorCode::kOutputWrite);
  CHECK(folder.message().find(dir.path().string()) == 0);
  Status missing = WriteOutputFile((dir.path() / "no" / "such.json").string(), "x");
  CHECK(missing.code() == ErrorCode::kOutputWrite);
  CHECK(missing.message().find((dir.path() / "no" / "such.json").string()) == 0);
}

}  // namespace
}  // namespace bilag
