// `--rules DIR` takes exactly one folder per use, in every command: the
// arguments after it stay inputs (documents, case folders, import paths),
// and `--rules D1 --rules D2` loads both. Each command is run with the
// argument order README.md and rules/README.md write, and with rules that
// change an outcome, so a rules folder that is not loaded (or an input that
// is loaded as one) shows in the output.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::CountLines;
using bilag::testing::kSeeds;
using bilag::testing::ReadFile;
using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;
namespace fs = std::filesystem;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Seed 004 has "Sagsnr. 2010-32472" and "Dokumentnr. 2010-204624".
const std::string kSeed004 = kSeeds + "004_d1d70512bbcf75c7.txt";
const std::string kShippedCaseNumber = "2010-32472";
const std::string kDocumentNumber = "2010-204624";

// A rules folder that replaces the shipped meta.case_number (same id) with
// one that reads the document number: case_number becomes 2010-204624.
fs::path WriteCaseNumberRules(const TempDir& dir) {
  dir.Write("my-rules/case.toml",
            "[[field]]\n"
            "id = \"meta.case_number\"\n"
            "description = \"test: the document number read as the case number\"\n"
            "field = \"case_number\"\n"
            "pattern = '(?P<value>2010-204624)'\n");
  return dir.path() / "my-rules";
}

// A second folder that switches meta.document_number off.
fs::path WriteNoDocumentNumberRules(const TempDir& dir) {
  dir.Write("more-rules/off.toml",
            "[[field]]\n"
            "id = \"meta.document_number\"\n"
            "enabled = false\n"
            "field = \"document_number\"\n"
            "pattern = '(?P<value>unused)'\n");
  return dir.path() / "more-rules";
}

// The lines of JSON Lines output.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

TEST_CASE("rules test --rules DIR CASES runs CASES with DIR's rules", "[cli][rules-flag]") {
  TempDir dir;
  fs::path rules = WriteCaseNumberRules(dir);
  // Two copies of seed 004: one expects what my-rules make of it, one what
  // the shipped rules make of it. Exactly one of them passes either way.
  std::string seed = ReadFile(kSeed004);
  fs::path mine = dir.Write("my-cases/mine.txt", seed);
  dir.Write("my-cases/mine.expected.json",
            "{\"document\": {\"case_number\": \"" + kDocumentNumber + "\"}}\n");
  fs::path shipped = dir.Write("my-cases/shipped.txt", seed);
  dir.Write("my-cases/shipped.expected.json",
            "{\"document\": {\"case_number\": \"" + kShippedCaseNumber + "\"}}\n");
  const std::string cases = (dir.path() / "my-cases").string();

  // As rules/README.md writes it.
  RunResult r = Run({"rules", "test", "--rules", rules.string(), cases});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  // Only the two cases ran (not the corpus), and with my-rules: the case
  // that expects the shipped rules' value is the one that fails.
  CHECK(r.out == "FAIL " + shipped.string() + "\n  document.case_number: expected \"" +
                     kShippedCaseNumber + "\", got \"" + kDocumentNumber +
                     "\"\n1 passed, 1 failed\n");

  // Without --rules the same cases run with the shipped rules: the other
  // case fails.
  RunResult plain = Run({"rules", "test", cases});
  CHECK(plain.exit_code == 1);
  CHECK(Contains(plain.out, "FAIL " + mine.string() + "\n"));
  CHECK(Contains(plain.out, "\n1 passed, 1 failed\n"));

  // --rules after the case folder, and --rules=DIR, mean the same.
  CHECK(Run({"rules", "test", cases, "--rules", rules.string()}).out == r.out);
  CHECK(Run({"rules", "test", "--rules=" + rules.string(), cases}).out == r.out);
}

TEST_CASE("rules test --rules DIR without cases still tests the corpus", "[cli][rules-flag]") {
  TempDir dir;
  // A rule that changes nothing in the corpus: every case still passes.
  dir.Write("my-rules/extra.toml",
            "[[skip]]\nid = \"test.never\"\npattern = '^this line occurs in no document$'\n");
  RunResult r = Run({"rules", "test", "--rules", (dir.path() / "my-rules").string()});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, " passed, 0 failed\n"));
  CHECK(r.out == Run({"rules", "test"}).out);
}

TEST_CASE("extract --rules DIR A B extracts A and B with DIR's rules", "[cli][rules-flag]") {
  TempDir dir;
  fs::path rules = WriteCaseNumberRules(dir);
  const std::string a = kSeed004;
  const std::string b = kSeeds + "002_8629250c46b2c2d7.txt";
  RunResult r = Run({"extract", "--rules", rules.string(), a, b});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  // Two inputs: JSON Lines, one per input, in order.
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(Contains(lines[0], "\"path\":\"" + a + "\""));
  CHECK(Contains(lines[1], "\"path\":\"" + b + "\""));
  CHECK(Contains(lines[0], "\"dirs\":[\"rules\",\"" + rules.string() + "\"]"));
  CHECK(Contains(lines[0], "\"case_number\":\"" + kDocumentNumber + "\""));
}

TEST_CASE("repeated --rules D1 --rules D2 loads both folders, in order", "[cli][rules-flag]") {
  TempDir dir;
  fs::path d1 = WriteCaseNumberRules(dir);
  fs::path d2 = WriteNoDocumentNumberRules(dir);
  RunResult r = Run({"extract", "--rules", d1.string(), "--rules", d2.string(), kSeed004});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  // One input: one pretty object.
  CHECK(Contains(r.out, "\"dirs\": [\n      \"rules\",\n      \"" + d1.string() + "\",\n      \"" +
                            d2.string() + "\"\n    ]"));
  CHECK(Contains(r.out, "\"case_number\": \"" + kDocumentNumber + "\""));  // from D1
  CHECK(Contains(r.out, "\"document_number\": null"));                     // from D2

  // With --no-shipped-rules only the two folders are loaded.
  RunResult own = Run(
      {"extract", "--no-shipped-rules", "--rules", d1.string(), "--rules", d2.string(), kSeed004});
  CHECK(own.exit_code == 0);
  CHECK(Contains(own.out, "\"dirs\": [\n      \"" + d1.string() + "\",\n      \"" + d2.string() +
                              "\"\n    ]"));
}

TEST_CASE("text --rules DIR A B prints A and B with DIR's corrections", "[cli][rules-flag]") {
  TempDir dir;
  dir.Write("my-rules/corrections.toml",
            "[[correction]]\n"
            "id = \"test.fortaetning\"\n"
            "description = \"OCR drops the æ of fortætning\"\n"
            "literal = \"forttning\"\n"
            "replacement = \"fortætning\"\n");
  fs::path a = dir.Write("a.txt", "Forttning af almene boligområder\n");
  fs::path b = dir.Write("b.txt", "Bilag 2: Handleplan\n");
  RunResult r = Run({"text", "--repair", "on", "--rules", (dir.path() / "my-rules").string(),
                     a.string(), b.string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "==> " + a.string() + " <==\nFortætning af almene boligområder\n==> " +
                     b.string() + " <==\nBilag 2: Handleplan\n");
}

TEST_CASE("explain --rules DIR FILE explains FILE with DIR's rules", "[cli][rules-flag]") {
  TempDir dir;
  fs::path rules = WriteCaseNumberRules(dir);
  RunResult r = Run({"explain", "--rules", rules.string(), kSeed004, "--rule", "meta.case_number"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, kSeed004 + "\n"));
  CHECK(Contains(r.out, "-> document.case_number = \"" + kDocumentNumber + "\""));
}

TEST_CASE("report --rules DIR A B reports A and B with DIR's rules", "[cli][rules-flag]") {
  TempDir dir;
  fs::path rules = WriteCaseNumberRules(dir);
  const std::string b = kSeeds + "002_8629250c46b2c2d7.txt";
  fs::path html_path = dir.path() / "report.html";
  RunResult r = Run({"report", "--rules", rules.string(), kSeed004, b, "-o", html_path.string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  std::string html = ReadFile(html_path);
  CHECK(Contains(html, "<h2>" + kSeed004 + "</h2>"));
  CHECK(Contains(html, "<h2>" + b + "</h2>"));
  CHECK(Contains(html, "<td class=\"key\">case_number</td><td><span class=\"badge m\">" +
                           kDocumentNumber + "</span>"));
}

TEST_CASE("import --rules DIR PATH... imports every PATH with DIR's rules", "[cli][rules-flag]") {
  TempDir dir;
  fs::path rules = WriteCaseNumberRules(dir);
  const std::string db = (dir.path() / "archive.sqlite").string();
  const std::string b = kSeeds + "002_8629250c46b2c2d7.txt";
  RunResult r =
      Run({"import", "--db", db, "--progress=none", "--rules", rules.string(), kSeed004, b});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "imported 2, skipped 0, failed 0 (of 2)\n");
  RunResult rows = Run({"export", "--db", db, "--format", "jsonl"});
  CHECK(rows.exit_code == 0);
  CHECK(CountLines(rows.out) == 2);
  CHECK(Contains(rows.out, "\"path\":\"" + b + "\""));
  CHECK(Contains(rows.out, "\"path\":\"" + kSeed004 + "\""));
  CHECK(Contains(rows.out, "\"case_number\":\"" + kDocumentNumber + "\""));
}

TEST_CASE("import --include GLOB PATH keeps PATH an input", "[cli][rules-flag]") {
  TempDir dir;
  dir.Write("archive/a.txt", ReadFile(kSeed004));
  dir.Write("archive/b.md", ReadFile(kSeed004));
  const std::string db = (dir.path() / "archive.sqlite").string();
  RunResult r = Run({"import", "--db", db, "--progress=none", "--include", "*.txt", "--include",
                     "*.html", (dir.path() / "archive").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "imported 1, skipped 0, failed 0 (of 1)\n");
}

// "9 files, 77 rules, 0 errors, 0 warnings" -> {9, 77}.
std::pair<int, int> FilesAndRules(const std::string& summary) {
  int files = -1, rules = -1;
  std::sscanf(summary.c_str(), "%d files, %d rules", &files, &rules);
  return {files, rules};
}

TEST_CASE("rules check --rules DIR DIR2 checks both folders", "[cli][rules-flag]") {
  TempDir dir;
  const std::string d1 = WriteCaseNumberRules(dir).string();
  const std::string d2 = WriteNoDocumentNumberRules(dir).string();
  RunResult shipped = Run({"rules", "check"});
  REQUIRE(shipped.exit_code == 0);
  auto [files, rules] = FilesAndRules(shipped.out);
  REQUIRE(files > 0);
  // Each folder adds one file with one rule, as README.md writes it
  // (`rules check DIR`) and with --rules given once per folder.
  const std::string expected = std::to_string(files + 2) + " files, " + std::to_string(rules + 2) +
                               " rules, 0 errors, 0 warnings\n";
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"rules", "check", d1, d2},
                                             {"rules", "check", "--rules", d1, d2},
                                             {"rules", "check", "--rules", d1, "--rules", d2}}) {
    RunResult r = Run(args);
    INFO(args[2] << " " << args[3]);
    CHECK(r.exit_code == 0);
    CHECK(r.out == expected);
  }
  // A broken rule in the folder after --rules DIR is reported.
  fs::path bad =
      dir.Write("broken/bad.toml", "[[field]]\nid = \"test.bad\"\nfield = \"x\"\npattern = '('\n");
  RunResult broken = Run({"rules", "check", "--rules", d1, bad.parent_path().string()});
  CHECK(broken.exit_code == 2);
  CHECK(Contains(broken.err, bad.string() + ":"));
}

}  // namespace
