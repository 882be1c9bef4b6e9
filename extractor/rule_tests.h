// `bilag rules test`: runs the expectation files kept next to documents (a
// document X.pdf / X.txt / X.html with X.expected.json beside it) and reports
// every mismatch as a field path with the expected and the actual value.
#ifndef BILAG_EXTRACTOR_RULE_TESTS_H_
#define BILAG_EXTRACTOR_RULE_TESTS_H_

#include <string>
#include <vector>

#include "extractor/emit/expectation.h"
#include "extractor/extractor.h"

namespace bilag {

struct RuleTestCase {
  std::string input;        // the document
  std::string expectation;  // its X.expected.json
  bool passed = false;
  bool updated = false;  // --update rewrote the expectation
  std::string error;     // the case could not run (unreadable expectation)
  std::vector<Mismatch> mismatches;
};

// Every case under `dirs` (searched recursively, in path order). A missing
// input for an expectation is a failed case, not a skipped one.
std::vector<RuleTestCase> FindRuleTestCases(const std::vector<std::string>& dirs);

// Runs one case; with `update`, a failing case's expectation is rewritten
// from the actual output (atomically) and the case counts as passed.
void RunRuleTestCase(const Extractor& extractor, bool update, RuleTestCase* test_case);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RULE_TESTS_H_
