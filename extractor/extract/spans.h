// Where on its line a value was found. Extraction reads values out of pieces
// of a line's text (a cell, the rest of a line after its label, a row's cells
// joined over its lines) at known offsets; this places such an offset on the
// line itself, so the value carries a TextSpan (model/extraction.h) and the
// report need not search the text again.
#ifndef BILAG_EXTRACTOR_EXTRACT_SPANS_H_
#define BILAG_EXTRACTOR_EXTRACT_SPANS_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "extractor/model/document.h"
#include "extractor/model/extraction.h"

namespace bilag {

// Bytes [begin, end) of `piece` on the line at page/line, where `piece` is a
// stretch of that line's text (and may go on past its end, as a cell's
// lines joined do): the span is cut at the line's end, on a character
// boundary. nullopt when the piece is not on the line or the value lies
// past the line's part of it.
std::optional<TextSpan> SpanInLine(const Document& doc, int page, int line, std::string_view piece,
                                   size_t begin, size_t end);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_SPANS_H_
