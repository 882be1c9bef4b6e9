#include "extractor/rules/pattern.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

namespace bilag {
namespace {

// RE2 parses a pattern before it compiles it, and reports a bad one (with
// the message the compile would give) or its named groups from the parse
// alone. Given no memory for the compiled program, it stops right there:
// a pattern RE2 parses then "fails" only as too large, which it is not.
constexpr int64_t kParseOnlyMemory = 64;

RE2::Options PatternOptionsForRe2() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  return options;
}

bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// An upper bound on the instructions RE2 compiles an (adapted) pattern to,
// read from its text: a Unicode property (\pL, \p{Lu}, \PL; \w is two of
// them once adapted) compiles to at most ~1200 instructions in UTF-8, any
// other byte to at most ~15 ("." is 12), and a counted repetition copies
// the atom or group before it at most max + 1 times. The weights are set
// above what RE2 (20220601) makes of each, so the bound never falls short.
constexpr uint64_t kPropertyInstructions = 1500;
constexpr uint64_t kByteInstructions = 32;
// RE2's default budget (8 MiB) takes ~175,000 instructions and more: a
// pattern bounded below this surely compiles, and can wait for first use.
constexpr uint64_t kSurelyCompiles = 100000;
constexpr uint64_t kWeightCap = uint64_t{1} << 40;

uint64_t CappedSum(uint64_t a, uint64_t b) { return std::min(a + b, kWeightCap); }
uint64_t CappedProduct(uint64_t a, uint64_t b) {
  return (a == 0 || b <= kWeightCap / a) ? std::min(a * b, kWeightCap) : kWeightCap;
}

// The repetition count {n}, {n,} or {n,m} at `i` (its '{'): how many
// copies it makes at most, with `*end` at its '}'; 0 when the '{' opens no
// count (RE2 reads it as a literal).
uint64_t RepetitionCopiesAt(std::string_view source, size_t i, size_t* end) {
  uint64_t largest = 0, number = 0;
  bool digits = false;
  size_t k = i + 1;
  for (; k < source.size() && source[k] != '}'; ++k) {
    const char c = source[k];
    if (c >= '0' && c <= '9') {
      number = std::min<uint64_t>(number * 10 + static_cast<uint64_t>(c - '0'), 1u << 20);
      digits = true;
    } else if (c == ',' && digits && largest == 0) {
      largest = number;
      number = 0;
    } else {
      return 0;
    }
  }
  if (!digits || k >= source.size()) return 0;
  *end = k;
  return std::max(largest, number) + 1;  // {n,} is n copies and a loop
}

// The escape at `*i` (its backslash): its weight, with `*i` on its last byte.
uint64_t EscapeWeight(std::string_view source, size_t* i) {
  if (*i + 1 >= source.size()) return kByteInstructions;
  const char kind = source[++*i];
  const bool braced = *i + 1 < source.size() && source[*i + 1] == '{';
  if (kind == 'p' || kind == 'P' || kind == 'x') {
    if (braced) {
      while (*i < source.size() && source[*i] != '}') ++*i;
    } else if (kind != 'x') {
      ++*i;  // the one-letter name: \pL
    }
    if (kind != 'x') return kPropertyInstructions;
  }
  return 2 * kByteInstructions;
}

// The character class at `*i` (its '['): its weight, with `*i` on its ']'.
uint64_t ClassWeight(std::string_view source, size_t* i) {
  uint64_t weight = 0;
  size_t k = *i + 1;
  if (k < source.size() && source[k] == '^') ++k;
  if (k < source.size() && source[k] == ']') ++k;  // a literal ']' first
  for (; k < source.size() && source[k] != ']'; ++k) {
    if (source[k] == '\\') {
      weight = CappedSum(weight, EscapeWeight(source, &k));
    } else if (source[k] == '[' && k + 1 < source.size() && source[k + 1] == ':') {
      const size_t close = source.find(":]", k + 2);  // [[:alpha:]]
      if (close == std::string_view::npos) break;
      weight = CappedSum(weight, kPropertyInstructions);
      k = close + 1;
    } else {
      weight = CappedSum(weight, kByteInstructions);
    }
  }
  *i = std::min(k, source.size());
  return CappedSum(weight, 2 * kByteInstructions);
}

bool SurelyCompiles(std::string_view adapted) {
  // The weight of each open group so far, the whole pattern at the bottom;
  // `atom` is the weight of what a repetition count would copy.
  std::vector<uint64_t> groups = {0};
  uint64_t atom = 0;
  for (size_t i = 0; i < adapted.size(); ++i) {
    const char c = adapted[i];
    size_t end = i;
    if (c == '{') {
      if (const uint64_t copies = RepetitionCopiesAt(adapted, i, &end); copies > 0) {
        groups.back() = CappedSum(groups.back(), CappedProduct(atom, copies - 1));
        atom = 0;
        i = end;
        continue;
      }
    }
    if (c == '(') {
      groups.push_back(0);
      atom = 0;
      continue;
    }
    if (c == ')' && groups.size() > 1) {
      atom = groups.back();
      groups.pop_back();
      groups.back() = CappedSum(groups.back(), atom);
      continue;
    }
    if (c == '*' || c == '+' || c == '?') {
      atom = 0;  // a loop adds no copy
      continue;
    }
    if (c == '\\') {
      atom = EscapeWeight(adapted, &i);
    } else if (c == '[') {
      atom = ClassWeight(adapted, &i);
    } else {
      atom = kByteInstructions;
    }
    groups.back() = CappedSum(groups.back(), atom);
  }
  uint64_t total = 0;
  for (uint64_t weight : groups) total = CappedSum(total, weight);
  return total <= kSurelyCompiles;
}

// Whether RE2 knows the property escape `property` (\pL, \p{Greek}); each
// known one is parsed once in a process. Only those are remembered: they
// are finitely many, while the unknown ones a rule file may write are not,
// and a process that loads rule files from others must not grow with them.
bool IsKnownProperty(const std::string& property, const RE2::Options& parse_only) {
  static std::mutex mutex;
  static std::set<std::string> known;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (known.count(property) > 0) return true;
  }
  const RE2 parsed(property, parse_only);
  if (!parsed.ok() && parsed.error_code() != RE2::ErrorPatternTooLarge) return false;
  const std::lock_guard<std::mutex> lock(mutex);
  known.insert(property);
  return true;
}

// What \w means in a rule: a letter, digit or '_' of the Latin script's
// blocks (Basic Latin, Latin-1 Supplement, Latin Extended-A and -B), i.e.
// [\p{L}\p{N}_] up to U+024F. The whole of [\p{L}\p{N}_] compiles to ~1,300
// RE2 instructions (~17M to compile a pattern with three of them, its
// reverse program included); this to a few dozen.
constexpr const char* kLatinWordRanges =
    "0-9A-Z_a-z\\x{AA}\\x{B2}-\\x{B3}\\x{B5}\\x{B9}-\\x{BA}\\x{BC}-\\x{BE}\\x{C0}-\\x{D6}"
    "\\x{D8}-\\x{F6}\\x{F8}-\\x{24F}";

// A misread form as a regex literal: only the metacharacters escaped, so
// that "@" stays "@" in what `bilag rules check` shows.
std::string QuoteLiteral(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\.^$|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A pattern's letter starts a word unless a letter or digit is right before
// it ("Øget" at the start, after a space, "(", "^" or "\\s").
bool StartsWord(std::string_view source, size_t i) {
  if (i == 0) return true;
  const unsigned char before = static_cast<unsigned char>(source[i - 1]);
  if (before >= 0x80) return false;  // the end of a multi-byte letter
  return !std::isalnum(before) || (i >= 2 && source[i - 2] == '\\');
}

// Copies the character-class part of `source` at `*i` as it is, and says
// whether there was one: a character inside a class, or the '[' that opens
// one with the '^' and the literal ']' that may follow it.
bool CopyClassPart(std::string_view source, size_t* i, bool* in_class, std::string* out) {
  const char c = source[*i];
  if (*in_class) {
    if (c == ']') *in_class = false;
    *out += c;
    return true;
  }
  if (c != '[') return false;
  *in_class = true;
  *out += c;
  // A ']' right after '[' or '[^' is a literal member, not the end.
  if (*i + 1 < source.size() && source[*i + 1] == '^') *out += source[++*i];
  if (*i + 1 < source.size() && source[*i + 1] == ']') *out += source[++*i];
  return true;
}

}  // namespace

// The parse check's cost is RE2 building each Unicode property's class:
// ~640,000 instructions for every \pL, \p{Lu} or \PL (all of Unicode's
// letters, range by range), ~1M under (?i), when the rest of a pattern
// parses in a few thousand. In RE2's grammar a property escape is an atom
// exactly as a Perl class escape is (alone, repeated, inside [...], never
// an end of a range), so the pattern with each property written as \d
// parses, fails and names its groups exactly as the pattern does, as long
// as each property's name is valid; that is checked once per name.
//
// The pattern with every \p and \P escape as \d, and the escapes in
// `properties` (\pL, \p{Lu}, \P{^N}, as written). Text between \Q and \E
// is literal in RE2 and stays as it is.
std::string PropertiesAsDigits(std::string_view adapted, std::vector<std::string>* properties) {
  std::string out;
  out.reserve(adapted.size());
  for (size_t i = 0; i < adapted.size(); ++i) {
    const char c = adapted[i];
    if (c != '\\' || i + 1 >= adapted.size()) {
      out += c;
      continue;
    }
    const char kind = adapted[i + 1];
    if (kind == 'Q') {
      const size_t end = adapted.find("\\E", i + 2);
      const size_t stop = end == std::string_view::npos ? adapted.size() : end + 2;
      out.append(adapted.substr(i, stop - i));
      i = stop - 1;
      continue;
    }
    if ((kind != 'p' && kind != 'P') || i + 2 >= adapted.size()) {
      out.append(adapted.substr(i, 2));
      ++i;
      continue;
    }
    // \p{Name}, or \p and one UTF-8 character: \pL.
    size_t stop = i + 3;
    if (adapted[i + 2] == '{') {
      const size_t close = adapted.find('}', i + 3);
      if (close == std::string_view::npos) return std::string(adapted);  // RE2 reports it
      stop = close + 1;
    } else {
      while (stop < adapted.size() && (static_cast<unsigned char>(adapted[stop]) & 0xC0) == 0x80) {
        ++stop;
      }
    }
    properties->emplace_back(adapted.substr(i, stop - i));
    out += "\\d";
    i = stop - 1;
  }
  return out;
}

std::string MakeOcrTolerant(std::string_view source, const std::vector<OcrLetterForms>& forms) {
  std::string out;
  out.reserve(source.size() + 32);
  bool in_class = false;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      out += c;
      out += source[++i];
      continue;
    }
    if (CopyClassPart(source, &i, &in_class, &out)) continue;
    const OcrLetterForms* letter = nullptr;
    for (const OcrLetterForms& candidate : forms) {
      if (!candidate.letter.empty() &&
          source.substr(i, candidate.letter.size()) == candidate.letter &&
          (letter == nullptr || candidate.letter.size() > letter->letter.size())) {
        letter = &candidate;
      }
    }
    if (letter == nullptr) {
      out += c;
      continue;
    }
    out += "(?:" + letter->letter;
    for (const std::string& misread : letter->misreads) out += "|" + QuoteLiteral(misread);
    if (StartsWord(source, i)) {
      for (const std::string& misread : letter->word_start_misreads) {
        out += "|" + QuoteLiteral(misread);
      }
    }
    out += ")";
    i += letter->letter.size() - 1;
  }
  return out;
}

std::string AdaptPatternForDanish(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 16);
  bool in_class = false;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      char next = source[i + 1];
      if (next == 'w') {
        out += in_class ? kLatinWordRanges : "[" + std::string(kLatinWordRanges) + "]";
      } else if (next == 'W' && !in_class) {
        out += "[^" + std::string(kLatinWordRanges) + "]";
      } else {
        out += c;
        out += next;
      }
      ++i;
      continue;
    }
    if (CopyClassPart(source, &i, &in_class, &out)) continue;
    if (c == '-') {
      out += "[-\u2010\u2011\u2013\u2014]";
    } else if (c == '"') {
      out += "[\"\u201c\u201d\u201e\u00ab\u00bb]";
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> PatternPortabilityNotes(std::string_view source) {
  std::vector<std::string> notes;
  for (size_t i = 0; i + 1 < source.size(); ++i) {
    if (source[i] != '\\') continue;
    char next = source[i + 1];
    if (next == 'b' || next == 'B') {
      bool before = i > 0 && IsNonAscii(source[i - 1]);
      bool after = i + 2 < source.size() && IsNonAscii(source[i + 2]);
      if (before || after) {
        notes.push_back(std::string("\\") + next +
                        " is ASCII-only in RE2 and never sees æ, ø or å as letters; use "
                        "(?:^|\\PL) and (?:\\PL|$) for word edges");
      }
    }
    ++i;
  }
  return notes;
}

// A pattern's RE2, compiled on first use: most rules never run on a given
// input (`text` runs none but the corrections, and those only on OCR-like
// text), and compiling is most of what loading the rules costs. Copies of
// a Pattern share it, so it is compiled once.
class Pattern::Program {
 public:
  Program(std::string adapted, const RE2::Options& options)
      : adapted_(std::move(adapted)), options_(options) {}

  const RE2& re() const {
    std::call_once(compiled_, [this] {
      re_ = std::make_unique<const RE2>(adapted_, options_);
      is_compiled_.store(true, std::memory_order_release);
    });
    return *re_;
  }
  bool is_compiled() const { return is_compiled_.load(std::memory_order_acquire); }
  const std::string& adapted() const { return adapted_; }
  const RE2::Options& options() const { return options_; }

 private:
  std::string adapted_;
  RE2::Options options_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<const RE2> re_;
  mutable std::atomic<bool> is_compiled_{false};
};

Result<Pattern> Pattern::Compile(const std::string& source, const PatternOptions& pattern_options) {
  const RE2::Options options = PatternOptionsForRe2();
  std::string adapted =
      AdaptPatternForDanish(pattern_options.ocr_tolerant && pattern_options.ocr_forms != nullptr
                                ? MakeOcrTolerant(source, *pattern_options.ocr_forms)
                                : source);
  RE2::Options parse_only = options;
  parse_only.set_max_mem(kParseOnlyMemory);
  auto parses = [](const RE2& parsed) {
    return parsed.ok() || parsed.error_code() == RE2::ErrorPatternTooLarge;
  };
  std::vector<std::string> properties;
  const RE2 parsed(PropertiesAsDigits(adapted, &properties), parse_only);
  const bool properties_known = std::all_of(
      properties.begin(), properties.end(),
      [&](const std::string& property) { return IsKnownProperty(property, parse_only); });
  // Should the two ever disagree, the pattern as written decides; its parse
  // also gives RE2's message quoting the pattern as written.
  std::unique_ptr<const RE2> as_written;
  if (!parses(parsed) || !properties_known) {
    as_written = std::make_unique<const RE2>(adapted, parse_only);
    if (!parses(*as_written)) {
      return Status::Error(ErrorCode::kRuleRegex, "invalid regex: " + as_written->error());
    }
  }
  Pattern pattern;
  pattern.source_ = source;
  for (const auto& [name, index] :
       (as_written != nullptr ? *as_written : parsed).NamedCapturingGroups()) {
    pattern.group_index_[name] = index - 1;
  }
  pattern.program_ = std::make_shared<const Program>(std::move(adapted), options);
  // One that might be too large for RE2's budget is compiled now, so that
  // one RE2 cannot compile fails loading as any bad pattern does, instead
  // of matching nothing at its first use. (The parse's budget cannot tell:
  // it is too small for any program.)
  const bool might_not_compile = !SurelyCompiles(pattern.program_->adapted());
  if ((pattern_options.compile_now || might_not_compile) && !pattern.program_->re().ok()) {
    return Status::Error(ErrorCode::kRuleRegex, "invalid regex: " + pattern.program_->re().error());
  }
  return pattern;
}

Pattern::~Pattern() = default;

bool Pattern::IsCompiled() const { return program_->is_compiled(); }

bool Pattern::Find(std::string_view text, size_t start, PatternMatch* match) const {
  // RE2 marks a group that did not take part with a null data pointer; an
  // empty match in a text without storage (std::string_view()) would look
  // the same, so such a text gets storage.
  // NOLINTNEXTLINE(bugprone-string-constructor): storage, not a string
  if (text.data() == nullptr) text = std::string_view("", 0);
  const RE2& re = program_->re();
  int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(groups) + 1);
  re2::StringPiece haystack(text.data(), text.size());
  if (start > text.size()) return false;
  if (!re.Match(haystack, start, text.size(), RE2::UNANCHORED, pieces.data(),
                static_cast<int>(pieces.size()))) {
    return false;
  }
  auto to_span = [&](const re2::StringPiece& piece) {
    Span span;
    if (piece.data() == nullptr) return span;
    span.begin = static_cast<size_t>(piece.data() - text.data());
    span.end = span.begin + piece.size();
    span.matched = true;
    return span;
  };
  match->whole = to_span(pieces[0]);
  match->groups.clear();
  for (size_t i = 1; i < pieces.size(); ++i) match->groups.push_back(to_span(pieces[i]));
  return true;
}

bool Pattern::Matches(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), program_->re());
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text) const {
  std::vector<PatternMatch> matches;
  size_t start = 0;
  PatternMatch match;
  while (start <= text.size() && Find(text, start, &match)) {
    matches.push_back(match);
    // An empty match must still advance, by one whole UTF-8 character.
    size_t next = match.whole.end;
    if (match.whole.end == match.whole.begin) {
      next = match.whole.end + 1;
      while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    }
    start = next;
  }
  return matches;
}

std::vector<std::string> Pattern::GroupNames() const {
  std::vector<std::string> names;
  for (const auto& [name, index] : group_index_) names.push_back(name);
  return names;
}

int Pattern::GroupIndex(const std::string& name) const {
  auto it = group_index_.find(name);
  return it == group_index_.end() ? -1 : it->second;
}

bool StartsAnchored(std::string_view adapted) {
  size_t i = 0;
  // One leading group of flags, "(?i)"; multi-line mode makes '^' match
  // after every line break, so it is no anchor at the text's start.
  if (adapted.starts_with("(?")) {
    const size_t close = adapted.find(')');
    if (close == std::string_view::npos) return false;
    for (size_t k = 2; k < close; ++k) {
      const char c = adapted[k];
      if (c == 'm' || !(std::isalpha(static_cast<unsigned char>(c)) || c == '-')) return false;
    }
    i = close + 1;
  }
  if (i >= adapted.size() || adapted[i] != '^') return false;
  // "^*a", "^?a" and "^{0,1}a" may leave the anchor out: RE2 finds them in
  // "ba". (A '{' that is no repetition is rare enough to lose the speed.)
  if (i + 1 < adapted.size() &&
      std::string_view("*?+{").find(adapted[i + 1]) != std::string_view::npos)
    return false;
  // No '|' outside every group, character class and quoted part.
  int depth = 0;
  for (++i; i < adapted.size(); ++i) {
    const char c = adapted[i];
    if (c == '\\') {
      if (i + 1 < adapted.size() && adapted[i + 1] == 'Q') {
        const size_t end = adapted.find("\\E", i + 2);
        if (end == std::string_view::npos) return true;  // quoted to the end
        i = end + 1;
      } else {
        ++i;
      }
    } else if (c == '[') {
      // A class: a ']' right after '[' or "[^" is a member; members may be
      // escaped or be "[:alpha:]".
      size_t k = i + 1;
      if (k < adapted.size() && adapted[k] == '^') ++k;
      if (k < adapted.size() && adapted[k] == ']') ++k;
      for (; k < adapted.size() && adapted[k] != ']'; ++k) {
        if (adapted[k] == '\\') {
          ++k;
        } else if (adapted[k] == '[' && k + 1 < adapted.size() && adapted[k + 1] == ':') {
          const size_t end = adapted.find(":]", k + 2);
          if (end == std::string_view::npos) return false;
          k = end + 1;
        }
      }
      if (k >= adapted.size()) return false;
      i = k;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return false;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return depth == 0;
}

// Built on first use, which `text` never makes of it: the patterns are
// added (parsed) and the set compiled then. A pattern the set refuses (one
// RE2 took) or a set RE2 runs out of memory compiling leaves it unusable,
// and every rule is then tried. A set whose every pattern starts anchored
// (StartsAnchored: labels and column headers are written so) is searched
// anchored at the text's start: a cell's label or header is read in its
// first bytes instead of in a pass over the whole cell.
struct PatternSet::Compiled {
  Compiled(const RE2::Options& re2_options, std::vector<std::string> adapted)
      : options(re2_options), patterns(std::move(adapted)) {}

  const RE2::Set* Get() const {
    std::call_once(built, [this] {
      const bool anchored = std::all_of(patterns.begin(), patterns.end(),
                                        [](const std::string& p) { return StartsAnchored(p); });
      set = std::make_unique<RE2::Set>(options, anchored ? RE2::ANCHOR_START : RE2::UNANCHORED);
      for (const std::string& pattern : patterns) {
        if (set->Add(pattern, nullptr) < 0) return;
      }
      usable = set->Compile();
    });
    return usable ? set.get() : nullptr;
  }

  RE2::Options options;
  std::vector<std::string> patterns;  // adapted, as each Pattern compiles
  mutable std::once_flag built;
  mutable std::unique_ptr<RE2::Set> set;
  mutable bool usable = false;
};

PatternSet PatternSet::Of(const std::vector<const Pattern*>& patterns) {
  PatternSet result;
  if (patterns.empty()) return result;
  std::vector<std::string> adapted;
  adapted.reserve(patterns.size());
  for (const Pattern* pattern : patterns) adapted.push_back(pattern->program_->adapted());
  // The options every Pattern is compiled with, so each answers alike.
  result.set_ =
      std::make_shared<const Compiled>(patterns.front()->program_->options(), std::move(adapted));
  result.size_ = patterns.size();
  return result;
}

std::vector<bool> PatternSet::Matching(std::string_view text, bool* exact) const {
  if (exact != nullptr) *exact = false;
  const RE2::Set* set = set_ == nullptr ? nullptr : set_->Get();
  std::vector<bool> matching(size_, set == nullptr);
  if (set == nullptr) return matching;
  std::vector<int> found;
  RE2::Set::ErrorInfo error;
  if (!set->Match(re2::StringPiece(text.data(), text.size()), &found, &error) &&
      error.kind != RE2::Set::kNoError) {
    matching.assign(size_, true);
    return matching;
  }
  for (int index : found) matching[static_cast<size_t>(index)] = true;
  if (exact != nullptr) *exact = true;
  return matching;
}

}  // namespace bilag
