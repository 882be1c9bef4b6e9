// Text ingest: plain text and the text that earlier conversions left behind
// (see the seeds): form feeds and "Side N af M" marks as page breaks, HTML
// fragments in table cells, tab-separated rows, markdown tables and headings.
#ifndef BILAG_EXTRACTOR_INGEST_TEXT_INGEST_H_
#define BILAG_EXTRACTOR_INGEST_TEXT_INGEST_H_

#include <string>

#include "extractor/base/list_markers.h"
#include "extractor/base/status.h"
#include "extractor/model/document.h"

namespace bilag {

// Fills doc->pages from text bytes. Bytes that are not UTF-8 are decoded as
// CP1252 (a superset of Latin-1 used by old Windows exports) with an
// "encoding-converted" warning; UTF-16 with a BOM is converted likewise;
// stray NUL bytes are dropped with a "nul-bytes-removed" warning. Bytes that
// are not text at all fail with unsupported-format. `markers`: the list
// markers that a hanging indent sets apart from their items (text laid out
// with spaces).
Status IngestText(std::string bytes, Document* doc,
                  const ListMarkers& markers = BuiltinListMarkers());

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_TEXT_INGEST_H_
