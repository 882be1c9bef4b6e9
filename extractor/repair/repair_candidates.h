// Candidate spellings of a word that OCR without a Danish model misread: every
// way of undoing some of the known letter confusions (rules/confusions.toml:
// "ø" read as "g", "æ" as "ae", "Ø" as "@", ...), by number of substitutions.
//
// A substitution replaces one occurrence of a misread form by the letter it
// stands for ("ae" -> "æ" counts one). Substituted spans never overlap, and a
// `word_start_only` form ("D" for "Ø") is replaced only at the word's start.
// Candidates keep the word's capitalisation: confusions are case-specific
// ("a" -> "å", "A" -> "Å").
//
// The search is bounded: CandidatesAt(word, k) lists only spellings with
// exactly k substitutions, so a caller can stop at the first k that gives a
// known word, and it stops after `limit` candidates. Pure functions, no state.
#ifndef BILAG_EXTRACTOR_REPAIR_REPAIR_CANDIDATES_H_
#define BILAG_EXTRACTOR_REPAIR_REPAIR_CANDIDATES_H_

#include <string>
#include <string_view>
#include <vector>

namespace bilag {

struct Confusion {
  std::string misread;  // as OCR wrote it: "g", "ae", "@"
  std::string correct;  // the letter meant: "ø", "æ", "Ø"
  bool word_start_only = false;
};

// Distinct spellings of `word` with exactly `substitutions` confusions undone,
// in a stable order (left-most substitutions first), at most `limit` of them.
std::vector<std::string> CandidatesAt(std::string_view word,
                                      const std::vector<Confusion>& confusions, int substitutions,
                                      size_t limit);

// How many places of `word` some confusion could undo (0: nothing to try).
size_t CountConfusionSites(std::string_view word, const std::vector<Confusion>& confusions);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_REPAIR_CANDIDATES_H_
