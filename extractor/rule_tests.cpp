#include "extractor/rule_tests.h"

#include <algorithm>
#include <filesystem>

#include "extractor/base/file_io.h"

#include "extractor/base/output_file.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSuffix = ".expected.json";

}  // namespace

std::vector<RuleTestCase> FindRuleTestCases(const std::vector<std::string>& dirs) {
  std::vector<RuleTestCase> cases;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_regular_file(dir, ec)) {
      files.push_back(dir);
    } else {
      for (auto it = fs::recursive_directory_iterator(dir, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file()) files.push_back(it->path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::string name = file.filename().string();
      if (name.size() <= kSuffix.size() || !name.ends_with(kSuffix)) continue;
      std::string stem = name.substr(0, name.size() - kSuffix.size());
      RuleTestCase test_case;
      test_case.expectation = file.string();
      for (const fs::path& sibling : files) {
        if (sibling.parent_path() == file.parent_path() && sibling.stem().string() == stem &&
            sibling != file) {
          test_case.input = sibling.string();
          break;
        }
      }
      if (test_case.input.empty()) {
        test_case.error = "no document " + stem + ".* beside " + file.string();
      }
      cases.push_back(std::move(test_case));
    }
  }
  return cases;
}

void RunRuleTestCase(const Extractor& extractor, bool update, RuleTestCase* test_case) {
  if (!test_case->error.empty()) return;
  Result<std::string> expected = ReadRegularFile(test_case->expectation);
  if (!expected.ok()) {
    test_case->error = expected.status().message();
    return;
  }
  Outcome outcome = extractor.Extract(test_case->input);
  std::string actual = extractor.ToJson(outcome, false);
  Result<std::vector<Mismatch>> mismatches = CompareWithExpectation(*expected, actual);
  if (!mismatches.ok()) {
    test_case->error = test_case->expectation + ": " + mismatches.status().message();
    return;
  }
  test_case->mismatches = std::move(mismatches).value();
  test_case->passed = test_case->mismatches.empty();
  if (!test_case->passed && update) {
    Result<std::string> fresh = ExpectationFrom(actual);
    Status written = fresh.ok() ? WriteOutputFile(test_case->expectation, *fresh) : fresh.status();
    if (written.ok()) {
      test_case->updated = true;
      test_case->passed = true;
    } else {
      test_case->error = "cannot rewrite " + test_case->expectation + ": " + written.message();
    }
  }
}

}  // namespace bilag
