// Loads rule files (TOML, through toml++) into a RuleSet, and checks them.
//
// A rule folder holds *.toml files, read in name order. Folders are read in
// the order given: the shipped rules first, then each --rules DIR. A rule in
// a later folder with an id that already exists replaces that rule (it must
// be of the same kind); a duplicate id within one folder is an error.
//
// Every problem names FILE:LINE:COLUMN: bad TOML, an unknown kind or key, a
// missing or mistyped key, an invalid regex, a duplicate id.
#ifndef BILAG_EXTRACTOR_RULES_RULE_LOADER_H_
#define BILAG_EXTRACTOR_RULES_RULE_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

struct RuleProblem {
  RuleOrigin where;
  std::string message;
  std::string ToString() const { return where.ToString() + ": " + message; }
};

struct RuleCheckReport {
  std::vector<RuleProblem> errors;    // the rule set cannot be used
  std::vector<RuleProblem> warnings;  // usable, but probably not what was meant
  int files = 0;
  int rules = 0;
};

// Loads every folder. Fails with "rule-error"; the message lists every error,
// one "FILE:LINE:COLUMN: message" per line.
Result<RuleSet> LoadRuleSet(const std::vector<std::string>& dirs);

// Like LoadRuleSet, but reports every problem instead of failing on them.
RuleCheckReport CheckRuleDirs(const std::vector<std::string>& dirs);

// Whether a table header cell names a budget table's total column: a loaded
// [[budget]] rule's total_header matches it ("I alt", "Samlet"). For stages
// that get the answer, not the rules (the report).
bool NamesTotalColumn(const RuleSet& rules, std::string_view header);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RULES_RULE_LOADER_H_
