#include "extractor/report/line_markup.h"

#include <algorithm>
#include <numeric>

#include "extractor/report/html.h"

namespace bilag::report {

void AppendLineText(std::string_view text, std::string* out) {
  size_t start = 0;
  for (size_t tab = text.find('\t'); tab != std::string_view::npos; tab = text.find('\t', start)) {
    AppendEscaped(text.substr(start, tab - start), out);
    out->append("<i class=\"t\">\t</i>");
    start = tab + 1;
  }
  AppendEscaped(text.substr(start), out);
}

std::vector<size_t> AppendMarkedLine(std::string_view text, const std::vector<Span>& spans,
                                     std::string* out) {
  std::vector<size_t> order(spans.size());
  std::iota(order.begin(), order.end(), 0);
  // Outer elements first: by start, then the longer one, then given order.
  std::stable_sort(order.begin(), order.end(), [&spans](size_t a, size_t b) {
    if (spans[a].begin != spans[b].begin) return spans[a].begin < spans[b].begin;
    return spans[a].end > spans[b].end;
  });
  std::vector<size_t> dropped;
  std::vector<size_t> open;  // indices into spans, innermost last
  size_t pos = 0;
  auto close_until = [&](size_t limit) {
    while (!open.empty() && spans[open.back()].end <= limit) {
      const Span& top = spans[open.back()];
      AppendLineText(text.substr(pos, top.end - pos), out);
      out->append(top.close);
      pos = top.end;
      open.pop_back();
    }
  };
  for (size_t index : order) {
    const Span& span = spans[index];
    if (span.begin >= span.end || span.end > text.size()) {
      dropped.push_back(index);
      continue;
    }
    close_until(span.begin);
    if (!open.empty() && span.end > spans[open.back()].end) {
      dropped.push_back(index);
      continue;
    }
    AppendLineText(text.substr(pos, span.begin - pos), out);
    out->append(span.open);
    pos = span.begin;
    open.push_back(index);
  }
  close_until(text.size());
  AppendLineText(text.substr(pos), out);
  std::sort(dropped.begin(), dropped.end());
  return dropped;
}

}  // namespace bilag::report
