// Renders a Trace for `bilag explain`: per rule, where it matched (page,
// line, the matched text with its named groups) and what it produced; for a
// field or profile rule that found nothing, its nearest miss. As text for a
// terminal (ANSI colour on request) or as JSON.
#ifndef BILAG_EXTRACTOR_EMIT_EXPLAIN_EMIT_H_
#define BILAG_EXTRACTOR_EMIT_EXPLAIN_EMIT_H_

#include <string>

#include "extractor/extract/trace.h"

namespace bilag {

struct ExplainFilter {
  int page = 0;      // only events on this page (misses are kept); 0 = all
  std::string rule;  // only this rule id; empty = all
};

std::string RenderExplanationText(const std::string& source, const Trace& trace,
                                  const ExplainFilter& filter, bool color);
std::string RenderExplanationJson(const std::string& source, const Trace& trace,
                                  const ExplainFilter& filter);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EMIT_EXPLAIN_EMIT_H_
