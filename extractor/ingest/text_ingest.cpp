#include "extractor/ingest/text_ingest.h"

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

Status IngestText(const std::string& bytes, Document* doc) {
  Result<std::string> text = DecodeText(bytes, doc);
  if (!text.ok()) return text.status();
  if (!HasVisibleText(*text)) return Status::Error("empty-file", "no text in the file");
  if (LooksLikeHtmlDocument(*text)) {
    BuildPages(ParseHtmlDocument(*text), doc);
  } else if (LooksSpaceAligned(*text)) {
    BuildGridPages(*text, doc);
  } else {
    BuildPages(ParseTextLines(*text), doc);
  }
  // Markup alone ("<p></p>", "---|---") is no text either.
  if (doc->pages.empty()) return Status::Error("empty-file", "no text in the file");
  return Status::Ok();
}

}  // namespace bilag
