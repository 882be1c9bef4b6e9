// Applies the [[correction]] rules (rules/corrections.toml and the user's
// folders) to one piece of text: a line, or one cell of a table row. These are
// the OCR repairs the lexicon cannot decide, because the misread form is a
// word too ("malet" = painted, for "målet").
//
//   literal      matched as a whole word, ignoring case ("malet med" also
//                finds "Malet med"); the replacement is taken as written
//   pattern      an RE2 pattern (see extractor/rules/pattern.h); $1.. and
//                ${name} in the replacement insert its groups, $$ a '$'
//   before/after a pattern the neighbouring word (within the same text, its
//                surrounding punctuation dropped) must match; no word there
//                means no match
//
// The matched word's capitalisation is kept: a capital first letter
// capitalises the replacement, a match in capitals (two letters or more)
// puts the replacement in capitals. Rules run in rule-set order (priority,
// then file order), each over the text the earlier ones left.
#ifndef BILAG_EXTRACTOR_REPAIR_CORRECTIONS_H_
#define BILAG_EXTRACTOR_REPAIR_CORRECTIONS_H_

#include <string>
#include <vector>

#include "extractor/rules/pattern.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// One change to a text. [begin, end) is where it changed the text: the part
// of `to` that differs from `from` (a match's unchanged ends are not in it).
struct TextRepair {
  std::string from, to, rule;
  size_t begin = 0, end = 0;
};

class Corrector {
 public:
  // A literal is compiled into a case-insensitive pattern here; the rule
  // loader has already checked every regex, so nothing can fail.
  explicit Corrector(const std::vector<CorrectionRule>& rules);

  // Applies every rule to `text`, appending what changed to `repairs` (spans
  // of earlier entries are kept up to date with later changes).
  void Apply(std::string* text, std::vector<TextRepair>* repairs) const;

  size_t size() const { return rules_.size(); }

 private:
  struct Compiled {
    CorrectionRule rule;
    Pattern pattern;
    bool whole_word = false;  // a literal: only between non-word characters
  };
  std::vector<Compiled> rules_;
};

// "$1", "${name}" and "$$" in `replacement`, filled from `match` in `text`.
std::string ExpandReplacement(const std::string& replacement, const Pattern& pattern,
                              std::string_view text, const PatternMatch& match);

// `replacement` with the capitalisation of `matched` (see above).
std::string KeepCapitalisation(std::string_view matched, const std::string& replacement);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_CORRECTIONS_H_
