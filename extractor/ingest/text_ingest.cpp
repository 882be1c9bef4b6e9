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

Status IngestText(std::string bytes, Document* doc, const ListMarkers& markers) {
  Result<std::string> text = DecodeText(bytes, doc);
  std::string().swap(bytes);  // decoded: the raw bytes need not stay beside the text
  if (!text.ok()) return text.status();
  if (!HasVisibleText(*text)) return Status::Error(ErrorCode::kEmptyFile, "no text in the file");
  if (LooksLikeHtmlDocument(*text)) {
    BuildPages(ParseHtmlDocument(*text), doc);
  } else if (LooksSpaceAligned(*text, markers)) {
    BuildGridPages(*text, doc);
  } else {
    // Each line goes onto its page as it is parsed: a large text is never
    // held a second time as a list of all its lines (50 MB of text: 84 MB).
    doc->pages.clear();
    PageBuilder builder(doc);
    builder.set_form_feeds_end_pages(text->find('\f') != std::string::npos);
    ParseTextLines(*text, [&builder](SourceLine&& line) { builder.Add(std::move(line)); });
    std::string().swap(text.value());
    builder.Finish();
  }
  // Markup alone ("<p></p>", "---|---") is no text either.
  if (doc->pages.empty()) return Status::Error(ErrorCode::kEmptyFile, "no text in the file");
  return Status::Ok();
}

}  // namespace bilag
