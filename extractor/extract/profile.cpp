#include "extractor/extract/profile.h"

namespace bilag {

std::string WholeText(const Document& doc) {
  std::string text;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      text += line.text;
      text += '\n';
    }
  }
  return text;
}

std::optional<std::string> SelectProfile(const RuleSet& rules, const Document& doc) {
  std::string text = WholeText(doc);
  // Rules are sorted by priority, so the first that fits wins.
  for (const ProfileRule& profile : rules.profiles) {
    bool fits = true;
    for (const Pattern& pattern : profile.require) fits = fits && pattern.Matches(text);
    if (fits && !profile.any.empty()) {
      bool any = false;
      for (const Pattern& pattern : profile.any) any = any || pattern.Matches(text);
      fits = any;
    }
    for (const Pattern& pattern : profile.exclude) fits = fits && !pattern.Matches(text);
    if (fits) return profile.id;
  }
  return std::nullopt;
}

}  // namespace bilag
