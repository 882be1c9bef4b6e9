// `bilag export` beyond RFC 4180: the Excel flavour Danish spreadsheet users
// open with a double click, list columns as JSON arrays in JSON Lines, and
// -o through a symlink, a FIFO or /dev/stdout.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/store/store_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::Column;
using testing::ParseCsv;
using testing::ReadFile;
using testing::Run;
using testing::RunResult;
using testing::TempDir;
using Json = nlohmann::json;

// Seeds 001 (targets with values) and 004 (years 2011-2014) imported.
std::string ImportSeeds(const TempDir& dir) {
  fs::create_directories(dir.path() / "in");
  fs::copy_file(testing::kSeeds + "001_eeed997eb7ee906a.txt", dir.path() / "in" / "a.txt");
  fs::copy_file(testing::kSeeds + "004_d1d70512bbcf75c7.txt", dir.path() / "in" / "b.txt");
  std::string db = (dir.path() / "a.sqlite").string();
  REQUIRE(Run({"import", "--db", db, (dir.path() / "in").string()}).exit_code == 0);
  return db;
}

TEST_CASE("export --excel: BOM, ';' separators, CRLF, æøå as UTF-8, decimal comma", "[import]") {
  TempDir dir;
  std::string db = ImportSeeds(dir);
  RunResult documents = Run({"export", "--db", db, "--excel"});
  REQUIRE(documents.exit_code == 0);
  REQUIRE(documents.out.compare(0, 3, "\xef\xbb\xbf") == 0);
  CHECK(documents.out.compare(3, 13, "id;path;sha25") == 0);
  std::vector<std::vector<std::string>> rows = ParseCsv(documents.out.substr(3), ';');
  REQUIRE(rows.size() == 3);
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  size_t committee = std::find(rows[0].begin(), rows[0].end(), "committee") - rows[0].begin();
  size_t years = std::find(rows[0].begin(), rows[0].end(), "years") - rows[0].begin();
  REQUIRE(committee < rows[0].size());
  REQUIRE(years < rows[0].size());
  CHECK(rows[1][committee] == "Økonomiudvalget");
  CHECK(rows[2][years] == "[2011,2012,2013,2014]");  // one field: ',' is no separator here
  // Every record ends in CRLF, never a bare LF.
  CHECK(documents.out.find("\r\n") != std::string::npos);
  for (size_t lf = documents.out.find('\n'); lf != std::string::npos;
       lf = documents.out.find('\n', lf + 1)) {
    CHECK(documents.out[lf - 1] == '\r');
  }

  // Reals with a decimal comma, as Danish Excel reads numbers.
  RunResult targets = Run({"export", "--db", db, "--excel", "--table", "targets"});
  std::vector<std::vector<std::string>> target_rows = ParseCsv(targets.out.substr(3), ';');
  size_t value =
      std::find(target_rows[0].begin(), target_rows[0].end(), "value") - target_rows[0].begin();
  REQUIRE(value < target_rows[0].size());
  std::vector<std::string> stored = Column(db, "SELECT value FROM targets ORDER BY id");
  REQUIRE(stored.size() + 1 == target_rows.size());
  size_t with_value = 0;
  for (size_t i = 0; i < stored.size(); ++i) {
    std::string expected = stored[i];
    std::replace(expected.begin(), expected.end(), '.', ',');
    CHECK(target_rows[i + 1][value] == expected);
    with_value += !stored[i].empty();
  }
  CHECK(with_value > 0);

  // Plain CSV stays RFC 4180: no BOM, commas.
  RunResult plain = Run({"export", "--db", db});
  CHECK(plain.out.compare(0, 12, "id,path,sha2") == 0);
  CHECK(Run({"export", "--db", db, "--excel", "--format", "jsonl"}).exit_code == 2);
}

TEST_CASE("export JSON Lines: years is a JSON array", "[import]") {
  TempDir dir;
  std::string db = ImportSeeds(dir);
  RunResult jsonl = Run({"export", "--db", db, "--format", "jsonl"});
  REQUIRE(jsonl.exit_code == 0);
  size_t second = jsonl.out.find('\n') + 1;
  CHECK(Json::parse(jsonl.out.substr(0, second))["years"].is_null());
  CHECK(Json::parse(jsonl.out.substr(second))["years"] == Json::array({2011, 2012, 2013, 2014}));
}

TEST_CASE("export -o writes through a symlink, a FIFO and /dev/stdout without replacing them",
          "[import]") {
  TempDir dir;
  std::string db = ImportSeeds(dir);
  std::string expected = Run({"export", "--db", db}).out;
  REQUIRE(!expected.empty());

  fs::path target = dir.path() / "target.csv";
  dir.Write("target.csv", "old");
  fs::create_symlink("target.csv", dir.path() / "link.csv");
  CHECK(Run({"export", "--db", db, "-o", (dir.path() / "link.csv").string()}).exit_code == 0);
  CHECK(fs::is_symlink(dir.path() / "link.csv"));
  CHECK(ReadFile(target) == expected);

  fs::path fifo = dir.path() / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  RunResult to_fifo = Run({"export", "--db", db, "-o", fifo.string()});
  // Should the writer have failed to open it, the reader is still waiting.
  if (int fd = open(fifo.c_str(), O_WRONLY | O_NONBLOCK); fd >= 0) close(fd);
  reader.join();
  CHECK(to_fifo.exit_code == 0);
  CHECK(received == expected);
  CHECK(fs::is_fifo(fifo));

  RunResult to_stdout = Run({"export", "--db", db, "-o", "/dev/stdout"});
  CHECK(to_stdout.exit_code == 0);
  CHECK(to_stdout.out == expected);
}

}  // namespace
}  // namespace bilag
