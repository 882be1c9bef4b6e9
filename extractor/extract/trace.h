// Trace: what each rule did while a document was extracted, for `bilag
// explain`. Extraction records into a Trace only when one is given, so the
// normal path pays nothing for it.
#ifndef BILAG_EXTRACTOR_EXTRACT_TRACE_H_
#define BILAG_EXTRACTOR_EXTRACT_TRACE_H_

#include <string>
#include <utility>
#include <vector>

namespace bilag {

struct TraceEvent {
  std::string rule;  // rule id
  std::string kind;  // profile, field, section, stop, skip, theme, label, column,
                     // target_list, budget
  int page = 0, line = 0;
  std::string text;  // the matched text (or the line it was matched against)
  std::vector<std::pair<std::string, std::string>> groups;  // named captures
  std::string produced;                                     // what the match produced, in words
  bool matched = true;  // false: a miss worth reporting (a profile that did not fit)
  std::string pattern;  // for a miss: the pattern that found nothing
  // For a miss: the line that came closest (see nearest_miss.h); page 0 = none.
  int near_page = 0, near_line = 0;
  std::string near_text, near_note;
};

// An event without groups or nearest miss (most of them).
inline TraceEvent MakeEvent(std::string rule, std::string kind, int page, int line,
                            std::string text, std::string produced, bool matched = true) {
  TraceEvent event;
  event.rule = std::move(rule);
  event.kind = std::move(kind);
  event.page = page;
  event.line = line;
  event.text = std::move(text);
  event.produced = std::move(produced);
  event.matched = matched;
  return event;
}

class Trace {
 public:
  void Add(TraceEvent event) { events_.push_back(std::move(event)); }
  const std::vector<TraceEvent>& events() const { return events_; }

 private:
  std::vector<TraceEvent> events_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_TRACE_H_
