#include "extractor/repair/corrections.h"

#include <cctype>
#include <utility>

#include "extractor/repair/repair_text.h"

namespace bilag {
namespace {

size_t NextCharStart(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// A literal as a case-insensitive pattern; a space matches any run of spaces.
// '-' and '"' stay unescaped so that they also match typographic dashes and
// quotes (see AdaptPatternForDanish).
std::string LiteralPattern(const std::string& literal) {
  std::string out = "(?i)";
  for (char c : literal) {
    if (c == ' ') {
      out += "\\s+";
    } else if (std::string_view("\\.^$|?*+()[]{}").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// The word next to [begin, end): the run of non-spaces after the spaces
// before (or after) it, without punctuation at its ends.
std::string_view NeighbourWord(std::string_view text, size_t begin, size_t end, bool before) {
  size_t from, to;
  if (before) {
    to = begin;
    while (to > 0 && IsSpace(text[to - 1])) --to;
    from = to;
    while (from > 0 && !IsSpace(text[from - 1])) --from;
  } else {
    from = end;
    while (from < text.size() && IsSpace(text[from])) ++from;
    to = from;
    while (to < text.size() && !IsSpace(text[to])) ++to;
  }
  std::string_view word = text.substr(from, to - from);
  while (!word.empty() && !IsWordCharAt(word, 0) && word[0] != '@') {
    word.remove_prefix(NextCharStart(word, 0));
  }
  while (!word.empty()) {
    size_t last = PreviousCharStart(word, word.size());
    if (IsWordCharAt(word, last) || word[last] == '@') break;
    word.remove_suffix(word.size() - last);
  }
  return word;
}

}  // namespace

std::string ExpandReplacement(const std::string& replacement, const Pattern& pattern,
                              std::string_view text, const PatternMatch& match) {
  auto group = [&](int index) -> std::string_view {
    if (index == 0) return match.Text(text, match.whole);
    if (index < 0 || static_cast<size_t>(index) > match.groups.size()) return {};
    return match.Text(text, match.groups[static_cast<size_t>(index) - 1]);
  };
  std::string out;
  for (size_t i = 0; i < replacement.size(); ++i) {
    char c = replacement[i];
    if (c != '$' || i + 1 >= replacement.size()) {
      out += c;
      continue;
    }
    char next = replacement[i + 1];
    if (next == '$') {
      out += '$';
      ++i;
    } else if (std::isdigit(static_cast<unsigned char>(next))) {
      out.append(group(next - '0'));
      ++i;
    } else if (next == '{') {
      size_t close = replacement.find('}', i + 2);
      if (close == std::string::npos) {
        out += c;
        continue;
      }
      std::string name = replacement.substr(i + 2, close - i - 2);
      bool numeric = !name.empty() && name.find_first_not_of("0123456789") == std::string::npos;
      if (numeric) {
        out.append(group(std::stoi(name)));
      } else if (pattern.HasGroup(name)) {
        out.append(group(pattern.GroupIndex(name) + 1));
      }
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

std::string KeepCapitalisation(std::string_view matched, const std::string& replacement) {
  if (CountLetters(matched) >= 2 && IsAllUpper(matched)) return ToUpperUtf8(replacement);
  for (size_t i = 0; i < matched.size(); i = NextCharStart(matched, i)) {
    std::string_view rest = matched.substr(i);
    if (!StartsWithLetter(rest)) continue;
    if (!StartsWithUpper(rest)) return replacement;
    // Capitalise the replacement's first letter ("® M" -> "• M" keeps its M).
    for (size_t j = 0; j < replacement.size(); j = NextCharStart(replacement, j)) {
      if (StartsWithLetter(std::string_view(replacement).substr(j))) {
        return replacement.substr(0, j) + CapitaliseUtf8(std::string_view(replacement).substr(j));
      }
    }
    return replacement;
  }
  return replacement;
}

Corrector::Corrector(const std::vector<CorrectionRule>& rules) {
  for (const CorrectionRule& rule : rules) {
    if (rule.pattern) {
      rules_.push_back({rule, *rule.pattern, false});
      continue;
    }
    Result<Pattern> literal = Pattern::Compile(LiteralPattern(rule.literal));
    if (literal.ok()) rules_.push_back({rule, std::move(literal).value(), true});
  }
}

void Corrector::Apply(std::string* text, std::vector<TextRepair>* repairs) const {
  for (const Compiled& compiled : rules_) {
    const CorrectionRule& rule = compiled.rule;
    size_t pos = 0;
    PatternMatch match;
    while (pos <= text->size() && compiled.pattern.Find(*text, pos, &match)) {
      size_t begin = match.whole.begin, end = match.whole.end;
      bool fits = end > begin;
      if (fits && compiled.whole_word) {
        fits = (begin == 0 || !IsWordCharAt(*text, PreviousCharStart(*text, begin))) &&
               !IsWordCharAt(*text, end);
      }
      if (fits && rule.before) fits = rule.before->Matches(NeighbourWord(*text, begin, end, true));
      if (fits && rule.after) fits = rule.after->Matches(NeighbourWord(*text, begin, end, false));
      std::string from = text->substr(begin, end - begin);
      std::string to;
      if (fits) {
        to = compiled.whole_word
                 ? rule.replacement
                 : ExpandReplacement(rule.replacement, compiled.pattern, *text, match);
        to = KeepCapitalisation(from, to);
        fits = to != from;
      }
      if (!fits) {
        if (begin >= text->size()) break;
        pos = NextCharStart(*text, begin);
        continue;
      }
      text->replace(begin, end - begin, to);
      // Later text moved: keep earlier repairs' spans pointing at their text.
      for (TextRepair& earlier : *repairs) {
        if (earlier.begin >= end) {
          earlier.begin = earlier.begin - end + begin + to.size();
          earlier.end = earlier.end - end + begin + to.size();
        }
      }
      // The span covers only what changed, so that a rule that matches more
      // than it changes ("® Radgivning" -> "• Radgivning") does not keep
      // the lexicon from the rest.
      size_t same_front = 0, same_back = 0;
      while (same_front < from.size() && same_front < to.size() &&
             from[same_front] == to[same_front]) {
        ++same_front;
      }
      while (same_back + same_front < from.size() && same_back + same_front < to.size() &&
             from[from.size() - 1 - same_back] == to[to.size() - 1 - same_back]) {
        ++same_back;
      }
      size_t changed_end = begin + to.size() - same_back;
      repairs->push_back({std::move(from), to, rule.id, begin + same_front, changed_end});
      pos = begin + to.size();
    }
  }
}

}  // namespace bilag
