// Repair: undoes the artefacts that OCR without a Danish model leaves in the
// text ("@konomiforvaltningen", "Kgbenhavn", "Mal 2007"). Runs after
// Normalise, before extraction, on Line::text and cell texts in place
// (Word::text keeps what was read; `bilag text --raw` shows the original).
//
// Two steps per line (per cell in a table row):
//   1. [[correction]] rules (corrections.h): fixes the lexicon cannot decide
//      because the misread form is a word too ("malet med" -> "målet med").
//   2. The lexicon: a word hunspell-da and the *.words lists do not know is
//      rewritten through the [[confusion]] rules (repair_candidates.h), fewest
//      substitutions first. It is replaced only when exactly one spelling
//      (ignoring case) at the lowest number of substitutions is a known word;
//      ties ("arlig": årlig or ærlig) and words with no known spelling are
//      left as they are and counted in one "repair-ambiguous" warning. Words a
//      correction rule wrote are not touched again.
//      Danish compounding makes hunspell accept nearly anything, so compounds
//      are judged (Lexicon::Lookup): a junk compound ("omrader" = om + rader)
//      counts as unknown and is never a repair; a plausible one
//      ("Brandvasen" = brand + vasen) stays unless one substitution gives a
//      plain dictionary word ("Brandvæsen").
//
// Never touched (repair_text.h): numbers, amounts, case numbers, words with
// digits other than a 0 among letters, e-mail addresses, URLs, abbreviations
// with '.', all-capital abbreviations of 2-4 letters.
//
// Capitalisation: a candidate keeps the word's case letter by letter (the
// confusions are case-specific: "a" -> "å", "A" -> "Å"). A symbol that starts
// a word ("@konomi", "0konomi", "@KFs") becomes a capital: in seed 000 every
// word-initial '@' is an "Ø" (its shape), and "økonomi" vs "Økonomi" would
// otherwise tie.
//
// The document's own clean parts win: a word that a clean page of the same
// document (ocr_signs.h: æøå where Danish has them, no symbols in words)
// writes as it stands is never rewritten by the lexicon elsewhere ("Arhus"
// in a clean page's address stays "Arhus" on a scanned page too).
//
// Every change is a Correction on the Document (from, to, page, line, and the
// rule id or "lexicon"). Modes: off; on (every document); auto (default):
// only documents whose measured signs say OCR without a Danish model and
// Danish text (ocr_signs.h), so clean and non-Danish text is never changed;
// a repaired document says so in a "repair-applied" warning with its signs.
//
// A Repairer is immutable after construction except for internal caches and
// the lexicon, which is opened on first need (~0.4 s); safe to share between
// threads.
#ifndef BILAG_EXTRACTOR_REPAIR_REPAIR_H_
#define BILAG_EXTRACTOR_REPAIR_REPAIR_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/model/document.h"
#include "extractor/repair/corrections.h"
#include "extractor/repair/lexicon.h"
#include "extractor/repair/ocr_signs.h"
#include "extractor/repair/repair_candidates.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

enum class RepairMode { kOff, kOn, kAuto };

struct RepairOptions {
  RepairMode mode = RepairMode::kAuto;
  std::string dictionary = kDanishDictionary;  // hunspell files without .aff/.dic
  size_t max_candidates = 2000;                // spellings tried per word
  int max_substitutions = 3;                   // confusions undone in one word
  size_t max_word_bytes = 64;                  // longer words are left alone (and counted unknown)
};

// What the lexicon makes of one word.
struct WordVerdict {
  enum Kind { kProtected, kKnown, kRepaired, kAmbiguous, kUnknown };
  Kind kind = kUnknown;
  std::string replacement;                // for kRepaired
  std::vector<std::string> alternatives;  // for kAmbiguous: the tied spellings
};

// What one Repair() call did; the Document holds the details.
struct RepairReport {
  bool ran = false;  // false: mode off, or auto found the text clean
  OcrSigns signs;    // as far as they were measured
  int by_rule = 0, by_lexicon = 0, ambiguous = 0, unknown = 0;
  int words = 0;         // words the lexicon step looked at
  int contradicted = 0;  // repairs not made: a clean page spells the word as it stands
};

class Repairer {
 public:
  // Copies what it needs from `rules` (corrections, confusions, words).
  Repairer(const RuleSet& rules, const RepairOptions& options);
  Repairer(const Repairer&) = delete;
  Repairer& operator=(const Repairer&) = delete;

  RepairReport Repair(Document* doc) const;

  // The lexicon step for one word, cached (kUnknown when there is no
  // lexicon). Exposed for tests and the benchmark.
  WordVerdict JudgeWord(std::string_view word) const;

  // Opens the lexicon if needed; null when the dictionary is missing.
  const Lexicon* lexicon() const;

 private:
  // What one Repair() call works with besides the text at hand.
  struct Pass {
    const Lexicon* lexicon = nullptr;
    std::unordered_set<std::string> clean_words;  // lower case, from the clean pages
    Document* doc = nullptr;
    RepairReport* report = nullptr;
    std::vector<std::string> ambiguous_examples;
  };

  WordVerdict Search(std::string_view word, const Lexicon& lexicon) const;
  void RepairText(std::string* text, int page, int line, Pass* pass) const;

  RepairOptions options_;
  Corrector corrector_;
  std::vector<Confusion> confusions_;
  std::vector<std::string> words_;

  mutable std::once_flag lexicon_once_;
  mutable std::unique_ptr<Lexicon> lexicon_;
  mutable Status lexicon_status_;
  mutable std::mutex verdicts_mutex_;
  mutable std::unordered_map<std::string, WordVerdict> verdicts_;
};

// "off", "on", "auto" -> mode; false for anything else.
bool ParseRepairMode(std::string_view text, RepairMode* mode);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_REPAIR_H_
