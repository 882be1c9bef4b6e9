// Lexicon: "is this a Danish word?" for the OCR repair stage. Wraps hunspell
// with the Danish dictionary (hunspell-da: UTF-8, handles compounds such as
// "medarbejdersammensætning") and adds the project's own words (names the
// dictionary lacks: "Mimersgadekvarteret", from rules/*.words). The only file
// that includes hunspell.
//
// A project word is known as written, capitalised, and in capitals; a
// lower-case project word is known capitalised too (as hunspell does).
//
// Cost: spell() is ~0.1 µs for a common word but up to ~400 µs for a long
// compound, so answers are cached. A Lexicon is safe to share between
// threads: hunspell and the cache sit behind a mutex.
#ifndef BILAG_EXTRACTOR_REPAIR_LEXICON_H_
#define BILAG_EXTRACTOR_REPAIR_LEXICON_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/base/status.h"

class Hunspell;

namespace bilag {

// Debian's hunspell-da; ".aff" and ".dic" are appended.
inline constexpr const char* kDanishDictionary = "/usr/share/hunspell/da_DK";

class Lexicon {
 public:
  // Fails with "lexicon-missing" when `dictionary`.aff/.dic cannot be read.
  static Result<std::unique_ptr<Lexicon>> Open(const std::string& dictionary,
                                               const std::vector<std::string>& extra_words);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  enum class Spelling {
    kUnknown,
    kWord,      // in the dictionary (with its inflections) or a project word
    kCompound,  // accepted only as a compound, and a plausible one (below)
    // Accepted only as a compound that no one would write. Danish
    // compounding lets hunspell accept junk such as "integrationspolitikæns"
    // (politik + ænse!), "valgturnæn" or "omrader" (om + rader).
    kImplausibleCompound,
  };

  // `word` is one word of UTF-8 letters, without surrounding punctuation. A
  // compound is plausible when its last part (hunspell's analysis) has four
  // letters or more and is not only a verb's imperative, and what comes
  // before it, without a linking s or e, is a known word of three letters or
  // more.
  Spelling Lookup(std::string_view word) const;

  // hunspell's plain verdict: Lookup(word) != kUnknown.
  bool Knows(std::string_view word) const;

 private:
  Lexicon() = default;
  // Callers hold mutex_.
  bool SpellLocked(const std::string& word, int* info) const;
  bool IsPlausibleCompoundLocked(const std::string& word) const;
  Spelling LookupLocked(const std::string& word) const;

  std::unique_ptr<Hunspell> hunspell_;
  std::unordered_set<std::string> extra_;  // every accepted spelling of the project words
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Spelling> cache_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_LEXICON_H_
