#include "extractor/extract/profile.h"

namespace bilag {

std::string WholeText(const Document& doc) {
  // Sized first: grown by doubling, the copy of a 50 MB text would briefly
  // take twice and a half its size (the old and the new buffer).
  size_t size = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) size += line.text.size() + 1;
  }
  std::string text;
  text.reserve(size);
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      text += line.text;
      text += '\n';
    }
  }
  return text;
}

namespace {

// Where `pattern` first matches in `doc`, for the trace.
TraceEvent Locate(const Pattern& pattern, const Document& doc) {
  TraceEvent event;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      PatternMatch match;
      if (pattern.Find(line.text, 0, &match)) {
        event.page = page.number;
        event.line = line.number;
        event.text = std::string(match.Text(line.text, match.whole));
        return event;
      }
    }
  }
  event.matched = false;
  return event;
}

void Record(Trace* trace, const ProfileRule& profile, const Document& doc, const char* role,
            const Pattern& pattern, bool found) {
  if (trace == nullptr) return;
  TraceEvent event = Locate(pattern, doc);
  event.rule = profile.id;
  event.kind = "profile";
  event.matched = found;
  if (!found) event.pattern = pattern.source();
  event.produced =
      std::string(role) + " '" + pattern.source() + "' " + (found ? "matches" : "does not match");
  trace->Add(std::move(event));
}

}  // namespace

std::optional<std::string> SelectProfile(const RuleSet& rules, const Document& doc, Trace* trace) {
  std::string text = WholeText(doc);
  std::optional<std::string> chosen;
  // Rules are sorted by priority, so the first that fits wins. With a trace
  // every profile is evaluated, so `explain` can show why the others missed.
  for (const ProfileRule& profile : rules.profiles) {
    if (chosen && trace == nullptr) break;
    bool fits = true;
    for (const Pattern& pattern : profile.require) {
      bool found = pattern.Matches(text);
      Record(trace, profile, doc, "require", pattern, found);
      fits = fits && found;
    }
    if (!profile.any.empty()) {
      bool any = false;
      for (const Pattern& pattern : profile.any) {
        bool found = pattern.Matches(text);
        Record(trace, profile, doc, "any", pattern, found);
        any = any || found;
      }
      fits = fits && any;
    }
    for (const Pattern& pattern : profile.exclude) {
      bool found = pattern.Matches(text);
      Record(trace, profile, doc, "exclude", pattern, !found);
      fits = fits && !found;
    }
    if (trace != nullptr) {
      TraceEvent verdict;
      verdict.rule = profile.id;
      verdict.kind = "profile";
      verdict.matched = fits;
      verdict.produced = !fits ? "profile does not fit"
                               : (chosen ? "fits, but '" + *chosen + "' has a higher priority"
                                         : "document.kind = " + profile.id);
      trace->Add(std::move(verdict));
    }
    if (fits && !chosen) chosen = profile.id;
  }
  return chosen;
}

}  // namespace bilag
