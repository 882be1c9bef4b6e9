// Expectations: a hand-checked JSON (the whole output, or only the parts
// that matter) kept next to a document, and the comparison that names every
// field where the actual output differs. Used by `bilag rules test` and the
// corpus tests.
//
// Matching is partial: every key in an expected object must be present in the
// actual object with a matching value; keys the expectation leaves out are
// not checked. Arrays must have the same length and match element by element.
// Numbers compare by value (150 equals 150.0).
#ifndef BILAG_EXTRACTOR_EMIT_EXPECTATION_H_
#define BILAG_EXTRACTOR_EMIT_EXPECTATION_H_

#include <string>
#include <vector>

#include "extractor/base/status.h"

namespace bilag {

struct Mismatch {
  std::string path;      // e.g. "initiatives[2].targets[0].value"
  std::string expected;  // JSON text
  std::string actual;    // JSON text, or "(missing)"
};

// Compares two JSON texts. Fails with "expectation-syntax" when either is not
// JSON.
Result<std::vector<Mismatch>> CompareWithExpectation(const std::string& expected_json,
                                                     const std::string& actual_json);

// The parts of `actual_json` worth keeping as an expectation: everything but
// the fields that change with the tool or the rules (tool version, rules
// hash) and the machine (source path). Pretty-printed.
Result<std::string> ExpectationFrom(const std::string& actual_json);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EMIT_EXPECTATION_H_
