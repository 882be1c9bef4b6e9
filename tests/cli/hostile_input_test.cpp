// Inputs that used to take quadratic time still come out whole: a tab line of
// many words through `text --layout`, and lines of many numbers through
// `extract` and `explain`. (How the time grows is bench/linear_time.sh's
// business; tests assert no timings.)
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;

size_t Count(const std::string& text, const std::string& word) {
  size_t count = 0;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    ++count;
  }
  return count;
}

std::string Repeat(const std::string& unit, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += unit;
  return text;
}

TEST_CASE("text --layout keeps every word of a tab line of 50,000 words", "[cli]") {
  TempDir dir;
  auto input = dir.Write("tab.txt", "Indsats\t" + Repeat("ord ", 49999) + "ord\n");
  RunResult r = Run({"text", "--layout", input.string()});
  CHECK(r.exit_code == 0);
  CHECK(Count(r.out, "ord") == 50000);
  CHECK(Count(r.out, "Indsats") == 1);
  // Wrapped into the cell's width: every grid line as wide as the first.
  size_t first_end = r.out.find('\n', r.out.find('+'));
  size_t width = first_end - r.out.find('+');
  CHECK(width < 60);
}

TEST_CASE("extract and explain read a line of 20,000 amounts in a budget line", "[cli]") {
  TempDir dir;
  auto input =
      dir.Write("numbers.txt", "Budget 2012\n\nUdgifter " + Repeat("1.000.000 ", 20000) + "kr.\n");
  RunResult extracted = Run({"extract", input.string()});
  CHECK(extracted.exit_code == 0);
  CHECK(extracted.out.find("\"pages\": 1,") != std::string::npos);
  CHECK(extracted.out.find("\"error\"") == std::string::npos);
  RunResult explained = Run({"explain", input.string()});
  CHECK(explained.exit_code == 0);
  // Every profile rule was tried against the line.
  CHECK(Count(explained.out, "[profile]") >= 4);
}

}  // namespace
