#include "extractor/ingest/text_ingest.h"

#include <string>
#include <utility>
#include <vector>

#include "extractor/ingest/html_document.h"
#include "extractor/ingest/page_builder.h"
#include "extractor/ingest/source_line.h"
#include "extractor/ingest/text_encoding.h"
#include "extractor/ingest/text_grid.h"
#include "extractor/ingest/text_lines.h"

namespace bilag {
namespace {

// Spaces, tabs, line and page breaks and no-break spaces only.
bool HasVisibleText(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f') continue;
    if (c == '\xc2' && i + 1 < text.size() && text[i + 1] == '\xa0') {
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

}  // namespace

Status IngestText(std::string bytes, Document* doc) {
  Result<std::string> text = DecodeText(bytes, doc);
  std::string().swap(bytes);  // decoded: the raw bytes need not stay beside the text
  if (!text.ok()) return text.status();
  if (!HasVisibleText(*text)) return Status::Error("empty-file", "no text in the file");
  if (LooksLikeHtmlDocument(*text)) {
    BuildPages(ParseHtmlDocument(*text), doc);
  } else if (LooksSpaceAligned(*text)) {
    BuildGridPages(*text, doc);
  } else {
    // The lines hold the text now: it need not stay beside them while the
    // pages are built (the peak of a large text).
    std::vector<SourceLine> lines = ParseTextLines(*text);
    std::string().swap(text.value());
    BuildPages(std::move(lines), doc);
  }
  // Markup alone ("<p></p>", "---|---") is no text either.
  if (doc->pages.empty()) return Status::Error("empty-file", "no text in the file");
  return Status::Ok();
}

}  // namespace bilag
