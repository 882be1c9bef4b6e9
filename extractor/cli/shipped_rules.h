// Where the rules that ship with bilag are found, so that an installed binary
// needs nothing from the source tree. In order:
//   1. $BILAG_RULES_DIR, when set and not empty (then nothing else is tried)
//   2. ../share/bilag/rules from the executable's real path (an install:
//      PREFIX/bin/bilag reads PREFIX/share/bilag/rules)
//   3. rules/ beside the executable (the build folder links the checkout's)
//   4. rules/ above the executable (build/bilag in a checkout)
#ifndef BILAG_EXTRACTOR_CLI_SHIPPED_RULES_H_
#define BILAG_EXTRACTOR_CLI_SHIPPED_RULES_H_

#include <filesystem>
#include <string>
#include <vector>

#include "extractor/base/status.h"

namespace bilag::cli {

// The folders tried for `executable` (a real path), in the order above.
std::vector<std::filesystem::path> ShippedRulesCandidates(const std::filesystem::path& executable);

// The first candidate folder of this process (or $BILAG_RULES_DIR); an error
// naming every folder tried when none exists.
Result<std::string> FindShippedRules();

// The search order as a section of --help (and so of the man page).
std::string ShippedRulesSearchOrder();

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_SHIPPED_RULES_H_
