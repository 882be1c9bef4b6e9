// Pattern: a rule's regular expression, compiled with RE2 (linear-time, so a
// user's regex can never hang a batch). The only file that includes RE2.
//
// Before compiling, a pattern is adapted to Danish text, because Debian's RE2
// treats \w as ASCII-only ("\w+" stops at "ø"):
//   \w  -> a letter, digit or _ of the Latin script's blocks: [\p{L}\p{N}_]
//          up to U+024F (Basic Latin, Latin-1 Supplement with ª ² ³ µ ¹ º ¼
//          ½ ¾, Latin Extended-A and -B), as ranges; not Greek or Cyrillic
//          (\pL is every letter). The full [\p{L}\p{N}_] costs RE2 ~1,300
//          instructions and ~5M to compile per \w; this a few dozen.
//   \W -> its complement                                 (\w also inside [...])
//   -   -> [-‐‑–—]           a literal hyphen outside [...] also matches the
//                            typographic dashes that documents use
//   "   -> ["“”„«»]          a literal double quote matches typographic quotes
// \b and \B stay ASCII-only (RE2 has no look-around to fix them); `bilag rules
// check` warns where they touch a non-ASCII letter. Named groups are written
// (?P<name>...).
//
// With PatternOptions::ocr_tolerant (a rule's `ocr_tolerant = true`), each
// literal letter that a [[confusion]] rule names (æ ø å Æ Ø Å in the shipped
// rules/confusions.toml), outside [...] and escapes, also matches what OCR
// without a Danish model reads for it (MakeOcrTolerant): "Økonomi" finds
// "@konomi" and "0konomi", "mål" finds "mal". The forms are the loaded
// rules', so a user's confusion rule reaches the patterns as it reaches the
// repair stage.
//
// A pattern is parsed when the rule set loads (so a bad one is reported
// then, with RE2's message) and compiled on its first match, once for all
// copies; Pattern objects are safe to share between threads. One whose
// text does not bound its program well below RE2's memory limit (many
// Unicode properties, large repetition counts: `\pL{1,1000}`) is compiled
// as it loads, so one RE2 cannot compile is an error then, never a rule
// that matches nothing. `bilag rules check` compiles every pattern
// (PatternOptions::compile_now).
#ifndef BILAG_EXTRACTOR_RULES_PATTERN_H_
#define BILAG_EXTRACTOR_RULES_PATTERN_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"

namespace re2 {
class RE2;
}

namespace bilag {

// Where a match and its groups lie in the searched text (byte offsets).
struct Span {
  size_t begin = 0, end = 0;
  bool matched = false;
};

struct PatternMatch {
  Span whole;
  std::vector<Span> groups;  // groups[i] is capture group i + 1

  std::string_view Text(std::string_view haystack, const Span& span) const {
    return span.matched ? haystack.substr(span.begin, span.end - span.begin) : std::string_view();
  }
};

// What OCR without a Danish model reads for one letter, from the rule set's
// [[confusion]] rules.
struct OcrLetterForms {
  std::string letter;                            // "Ø"
  std::vector<std::string> misreads;             // "@", "0", "O"
  std::vector<std::string> word_start_misreads;  // "D": only where a word starts
};

struct PatternOptions {
  bool ocr_tolerant = false;
  // The forms ocr_tolerant uses; none when null.
  const std::vector<OcrLetterForms>* ocr_forms = nullptr;
  // Compile at once, so that a pattern too large for RE2's memory limit is
  // an error now rather than a pattern that matches nothing (rules check).
  bool compile_now = false;
};

class Pattern {
 public:
  // Fails with "rule-regex" and RE2's message when the pattern is invalid.
  // Parses only, unless options.compile_now: RE2 compiles it on first use.
  static Result<Pattern> Compile(const std::string& source, const PatternOptions& options = {});

  Pattern(const Pattern&) = default;
  Pattern& operator=(const Pattern&) = default;
  Pattern(Pattern&&) = default;
  Pattern& operator=(Pattern&&) = default;
  ~Pattern();

  // Finds the first match at or after byte `start`. Anchors (^, $, \A) keep
  // their meaning relative to the whole `text`.
  bool Find(std::string_view text, size_t start, PatternMatch* match) const;
  bool Matches(std::string_view text) const;
  // All non-overlapping matches, left to right.
  std::vector<PatternMatch> FindAll(std::string_view text) const;

  // Index (0-based into PatternMatch::groups) of a named group, or -1.
  int GroupIndex(const std::string& name) const;
  bool HasGroup(const std::string& name) const { return GroupIndex(name) >= 0; }
  // Names of the named groups, in name order.
  std::vector<std::string> GroupNames() const;
  const std::string& source() const { return source_; }
  // Whether RE2 has compiled it yet: loading compiles only a pattern that
  // might be too large for RE2 (see above), the rest wait for first use.
  bool IsCompiled() const;

 private:
  friend class PatternSet;
  class Program;  // the RE2, defined where RE2 is included
  Pattern() = default;

  std::string source_;
  std::shared_ptr<const Program> program_;
  std::map<std::string, int> group_index_;
};

// Many patterns searched in one pass over a text (RE2::Set): which of them
// match somewhere in it, exactly as Pattern::Matches would say of each. A
// prefilter: the rules whose patterns are among them run fully, the others
// are skipped untried, and never compiled. Made when the rule set loads and
// built on its first use; safe to share between threads.
class PatternSet {
 public:
  PatternSet() = default;  // no patterns: Matching answers "all may match"
  // Keeps the patterns; RE2's set is built from them on the first Matching.
  static PatternSet Of(const std::vector<const Pattern*>& patterns);

  // One flag per pattern given to Of, in that order: whether it matches
  // somewhere in `text`. Every flag is true when RE2's set refuses one of
  // the patterns (one RE2 took), runs out of memory compiling, or runs out
  // of its DFA memory: then the rules decide one by one. `*exact` (when
  // given) tells the two apart: true when the flags are the set's answer,
  // which a rule then need not confirm with its own Pattern::Matches.
  std::vector<bool> Matching(std::string_view text, bool* exact = nullptr) const;
  size_t size() const { return size_; }

 private:
  struct Compiled;  // the RE2::Set, defined where RE2 is included
  std::shared_ptr<const Compiled> set_;
  size_t size_ = 0;
};

// Whether every match of `adapted` (a pattern as AdaptPatternForDanish left
// it) must start at the text's first byte: it opens with '^', after at most
// one group of flags without multi-line mode, not repeated ("^*a"), and has
// no alternative at its top level that could start elsewhere ("^a|b").
// Conservative: false when unsure. A set of such patterns searched anchored answers the same and
// stops at the first byte none of them can take. Exposed for tests.
bool StartsAnchored(std::string_view adapted);

// The Danish adaptation described above; exposed for tests and `rules check`.
std::string AdaptPatternForDanish(std::string_view source);
// The ocr_tolerant rewrite: "ø" -> "(?:ø|g|o|0|@)" and so on (see above).
std::string MakeOcrTolerant(std::string_view source, const std::vector<OcrLetterForms>& forms);
// The pattern RE2 parses when a rule loads (see pattern.cpp): each Unicode
// property escape (\pL, \p{Lu}, \PL) as \d, which RE2's grammar treats
// alike and parses in a hundredth of the time; the escapes as written go
// to `properties`, whose names loading checks once each. Exposed for tests.
std::string PropertiesAsDigits(std::string_view adapted, std::vector<std::string>* properties);
// Human-readable notes about a pattern's portability (e.g. \b next to "ø").
std::vector<std::string> PatternPortabilityNotes(std::string_view source);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RULES_PATTERN_H_
