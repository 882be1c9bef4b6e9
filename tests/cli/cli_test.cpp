// End-to-end tests of the bilag binary: real inputs on the command line, the
// exit codes README.md documents, and one clear line per bad input while the
// rest of the batch goes on.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::CountLines;
using bilag::testing::kPdfs;
using bilag::testing::kSeeds;
using bilag::testing::ReadFile;
using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;
namespace fs = std::filesystem;

TEST_CASE("extract on one seed prints one pretty JSON object and exits 0", "[cli]") {
  RunResult r = Run({"extract", kSeeds + "004_d1d70512bbcf75c7.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("\"schema_version\": \"1\"") != std::string::npos);
  CHECK(r.out.find("\"media_type\": \"text/plain\"") != std::string::npos);
}

TEST_CASE("each bad input gets one named error line and the batch goes on", "[cli]") {
  TempDir dir;
  fs::path empty = dir.Write("empty.txt", "");
  std::string garbage;
  for (int i = 0; i < 8192; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  fs::path binary = dir.Write("garbage.dat", garbage);
  fs::path missing = dir.path() / "missing.pdf";
  std::string good = kSeeds + "002_8629250c46b2c2d7.txt";

  struct Case {
    std::string path;
    std::string code;
  };
  std::vector<Case> cases = {
      {missing.string(), "file-not-found"},       {empty.string(), "empty-file"},
      {binary.string(), "unsupported-format"},    {kPdfs + "truncated.pdf", "pdf-damaged"},
      {kPdfs + "encrypted.pdf", "pdf-encrypted"}, {kPdfs + "empty_pages.pdf", "pdf-no-pages"},
      // A scan is read with OCR now; tests/ocr/ocr_cli_test.cpp has needs-ocr.
      // A folder is no error: extract takes its documents (see below).
  };
  for (const Case& c : cases) {
    INFO(c.path);
    RunResult r = Run({"extract", c.path, good});
    CHECK(r.exit_code == 1);
    // Exactly one line on stderr, naming the file and the reason.
    CHECK(CountLines(r.err) == 1);
    CHECK(r.err.find(c.path) != std::string::npos);
    CHECK(r.err.find("[" + c.code + "]") != std::string::npos);
    // JSON Lines: the failure object first, then the good document.
    REQUIRE(CountLines(r.out) == 2);
    std::string first = r.out.substr(0, r.out.find('\n'));
    std::string second = r.out.substr(r.out.find('\n') + 1);
    CHECK(first.find("\"error\":{\"code\":\"" + c.code + "\"") != std::string::npos);
    CHECK(second.find("\"path\":\"" + good + "\"") != std::string::npos);
    CHECK(second.find("\"error\"") == std::string::npos);
  }
}

TEST_CASE("an encrypted PDF opens with --password", "[cli]") {
  RunResult r = Run({"text", "--password", "hemmelig", kPdfs + "encrypted.pdf"});
  CHECK(r.exit_code == 0);
  CHECK_FALSE(r.out.empty());
}

TEST_CASE("text that is not UTF-8 is converted with a warning", "[cli]") {
  TempDir dir;
  fs::path latin1 = dir.Write("latin1.txt",
                              "K\xf8"
                              "benhavns Kommune \x96 \xc6ldrebyr\xe5"
                              "d\n");
  RunResult r = Run({"text", latin1.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Københavns Kommune – Ældrebyråd\n");
  CHECK(r.err.find("encoding-converted") != std::string::npos);

  RunResult json = Run({"extract", latin1.string()});
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"code\": \"encoding-converted\"") != std::string::npos);
}

TEST_CASE("NUL bytes in text are dropped with a warning, never silently", "[cli]") {
  TempDir dir;
  fs::path nul = dir.Write("nul.txt", std::string("Bilag 2\0: Handleplan\n", 21));
  RunResult r = Run({"extract", nul.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("nul-bytes-removed") != std::string::npos);
}

TEST_CASE("'-' reads the document from standard input", "[cli]") {
  RunResult r = Run({"text", "-"}, kSeeds + "004_d1d70512bbcf75c7.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Til Beskæftigelses- og Integrationsudvalget") != std::string::npos);
}

TEST_CASE("extract -o writes one file per input and leaves no partial files", "[cli]") {
  TempDir dir;
  fs::path out = dir.path() / "json";
  RunResult r = Run({"extract", "-o", out.string(), kSeeds + "002_8629250c46b2c2d7.txt",
                     (dir.path() / "missing.txt").string(), kSeeds + "004_d1d70512bbcf75c7.txt"});
  CHECK(r.exit_code == 1);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"002_8629250c46b2c2d7.json", "004_d1d70512bbcf75c7.json",
                                          "missing.json"});
  CHECK(ReadFile(out / "missing.json").find("file-not-found") != std::string::npos);
}

TEST_CASE("extract DIR -o OUT mirrors the folder's documents, leaving out the rest", "[cli]") {
  TempDir dir;
  fs::path in = dir.path() / "archive";
  fs::create_directories(in / "2009" / "udvalg");
  fs::create_directories(in / ".cache");
  fs::copy_file(kSeeds + "002_8629250c46b2c2d7.txt", in / "a.txt");
  fs::copy_file(kSeeds + "004_d1d70512bbcf75c7.txt", in / "2009" / "udvalg" / "b.txt");
  fs::copy_file(kPdfs + "letter.pdf", in / "2009" / "a.pdf");
  fs::copy_file(kSeeds + "002_8629250c46b2c2d7.txt", in / ".cache" / "c.txt");
  fs::copy_file(kSeeds + "002_8629250c46b2c2d7.expected.json", in / "a.expected.json");
  dir.Write("archive/2009/Thumbs.db", std::string("\xd0\xcf\x11\xe0\0\0", 6));
  fs::path out = dir.path() / "json";
  RunResult r = Run({"extract", in.string(), "-o", out.string()});
  CHECK(r.exit_code == 0);
  std::vector<std::string> written;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (entry.is_regular_file()) written.push_back(entry.path().lexically_relative(out).string());
  }
  std::sort(written.begin(), written.end());
  CHECK(written == std::vector<std::string>{"2009/a.json", "2009/udvalg/b.json", "a.json"});
  CHECK(ReadFile(out / "2009" / "udvalg" / "b.json") ==
        Run({"extract", in.string() + "/2009/udvalg/b.txt"}).out);
  CHECK(r.err.find("left out 3 files that are not documents") != std::string::npos);

  // Without -o: one JSON line per document, in path order.
  RunResult lines = Run({"extract", in.string()});
  CHECK(lines.exit_code == 0);
  CHECK(std::count(lines.out.begin(), lines.out.end(), '\n') == 3);
  CHECK(lines.out.find("\"source\":{\"path\":\"" + (in / "2009" / "a.pdf").string()) !=
        std::string::npos);
}

TEST_CASE("every -o keeps a symlink and writes its target, and writes to /dev/stdout", "[cli]") {
  TempDir dir;
  const std::string seed = kSeeds + "004_d1d70512bbcf75c7.txt";
  dir.Write("real/report.html", "old");
  fs::create_symlink("real/report.html", dir.path() / "report-link.html");
  RunResult report = Run({"report", seed, "-o", (dir.path() / "report-link.html").string()});
  CHECK(report.exit_code == 0);
  CHECK(fs::is_symlink(dir.path() / "report-link.html"));
  CHECK(ReadFile(dir.path() / "real" / "report.html").find("<!DOCTYPE html>") == 0);

  RunResult to_stdout = Run({"report", seed, "-o", "/dev/stdout"});
  CHECK(to_stdout.exit_code == 0);
  CHECK(to_stdout.out == ReadFile(dir.path() / "real" / "report.html"));

  // extract -o: a NAME.json in the folder that is a symlink is written through.
  fs::path out = dir.path() / "json";
  dir.Write("real/kept.json", "old");
  fs::create_directories(out);
  fs::create_symlink(dir.path() / "real" / "kept.json", out / "004_d1d70512bbcf75c7.json");
  CHECK(Run({"extract", seed, "-o", out.string()}).exit_code == 0);
  CHECK(fs::is_symlink(out / "004_d1d70512bbcf75c7.json"));
  CHECK(ReadFile(dir.path() / "real" / "kept.json") == Run({"extract", seed}).out);
}

TEST_CASE("bad usage exits 2", "[cli]") {
  CHECK(Run({"extract"}).exit_code == 2);
  CHECK(Run({"frobnicate"}).exit_code == 2);
  CHECK(Run({"extract", "--no-such-flag", kSeeds + "002_8629250c46b2c2d7.txt"}).exit_code == 2);
}

TEST_CASE("extract output is byte-identical across runs", "[cli]") {
  std::string seed = kSeeds + "001_eeed997eb7ee906a.txt";
  RunResult first = Run({"extract", seed});
  RunResult second = Run({"extract", seed});
  CHECK(first.exit_code == 0);
  CHECK(first.out == second.out);
}

}  // namespace

namespace {

TEST_CASE("extract --split-bilag gives one object per bilag with its page range", "[cli]") {
  TempDir dir;
  std::string bundle = ReadFile(kSeeds + "001_eeed997eb7ee906a.txt") + "\f" +
                       ReadFile(kSeeds + "004_d1d70512bbcf75c7.txt") + "\f" +
                       ReadFile(kSeeds + "002_8629250c46b2c2d7.txt");
  fs::path path = dir.Write("bundle.txt", bundle);
  RunResult r = Run({"extract", "--split-bilag", path.string()});
  CHECK(r.exit_code == 0);
  REQUIRE(CountLines(r.out) == 2);
  std::string first = r.out.substr(0, r.out.find('\n'));
  std::string second = r.out.substr(r.out.find('\n') + 1);
  CHECK(first.find("\"page_range\":[1,1]") != std::string::npos);
  CHECK(first.find("\"bilag\":\"1\"") != std::string::npos);
  CHECK(first.find("\"kind\":\"statusskema\"") != std::string::npos);
  // Seed 002 has no "Bilag N" line, so its pages stay with bilag 3.
  CHECK(second.find("\"page_range\":[2,3]") != std::string::npos);
  CHECK(second.find("\"bilag\":\"3\"") != std::string::npos);
  CHECK(second.find("\"case_number\":\"2010-32472\"") != std::string::npos);
  // Without the flag the bundle is one document.
  RunResult whole = Run({"extract", path.string()});
  CHECK(whole.out.find("page_range") == std::string::npos);
}

}  // namespace
