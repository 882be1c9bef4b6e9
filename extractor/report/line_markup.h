// One line of document text as HTML with highlight elements around byte
// ranges of it. Kept apart from the rest of the report so that escaping and
// nesting, where a mistake would break the page, can be tested directly.
//
// Invariants of the output: every byte of the text appears exactly once,
// escaped (tabs become a visible cell separator); every element opened is
// closed, properly nested.
#ifndef BILAG_EXTRACTOR_REPORT_LINE_MARKUP_H_
#define BILAG_EXTRACTOR_REPORT_LINE_MARKUP_H_

#include <string>
#include <string_view>
#include <vector>

namespace bilag::report {

// An element around text[begin, end): `open` is a whole start tag, `close`
// the matching end tag.
struct Span {
  size_t begin = 0, end = 0;
  std::string open, close;
};

// Appends the escaped `text` with the spans' tags. Spans that are empty, lie
// outside the text, or cross another span (overlap without one containing the
// other) are left out; their indices are returned so the caller can show them
// another way. Of two equal ranges the first given is the outer element.
std::vector<size_t> AppendMarkedLine(std::string_view text, const std::vector<Span>& spans,
                                     std::string* out);

// Appends escaped line text, a tab as the cell separator element.
void AppendLineText(std::string_view text, std::string* out);

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_LINE_MARKUP_H_
