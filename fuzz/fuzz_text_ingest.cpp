// Text ingest on hostile bytes: encodings (UTF-8, UTF-16 with a BOM,
// Windows-1252, NUL and control bytes), HTML cells and documents, markdown
// tables and headings, page marks. Beyond not crashing: ingest either fails
// with a stable code or gives pages whose text is clean UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extractor/ingest/html_document.h"
#include "extractor/ingest/html_text.h"
#include "extractor/ingest/text_encoding.h"
#include "extractor/ingest/text_ingest.h"
#include "fuzz/fuzz_input.h"

using bilag::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes = bilag::fuzz::AsString(data, size);

  bilag::Document doc;
  const bilag::Status status = bilag::IngestText(bytes, &doc);
  if (status.ok()) {
    for (const bilag::Page& page : doc.pages) {
      for (const bilag::Line& line : page.lines) Require(bilag::fuzz::IsUtf8(line.text));
    }
  } else {
    Require(!status.ok() && !status.message().empty());
  }

  // The HTML readers also see text that DecodeText did not clean (a cell's
  // content is handed over as it is).
  bilag::Document scratch;
  bilag::Result<std::string> text = bilag::DecodeText(bytes, &scratch);
  if (text.ok()) Require(bilag::fuzz::IsUtf8(*text));
  bilag::SplitHtmlFragments(bytes);
  bilag::SplitHtmlFragments(bytes, /*all_bold=*/true);
  bilag::ParseHtmlDocument(bytes);
  bilag::DecodeEntities(bytes);
  return 0;
}
