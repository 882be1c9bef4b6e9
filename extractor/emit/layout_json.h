// `bilag text --layout --json`: what the layout stage found, as one JSON
// object (schema/layout.schema.json):
//
//   {"source", "pages": [{"number", "width", "height",
//     "lines": [{"number", "text", "role", "block", "table", "row"}],
//     "tables": [{"id", "columns", "header_rows", "headers", "pages",
//                 "rows": [{"id", "header", "repeated_header",
//                           "cells": [{"text", "column", "colspan", "lines", "box"}]}]}]}]}
//
// A table that runs over a page break is listed on each of its pages with
// the rows (and the lines of their cells) that are there, under the same
// id; a row carried over the break appears on both pages with its id.
// Every column slot of a row has a cell (empty ones too), a spanning cell
// once with its colspan; a cell's text is its lines on the page joined by
// spaces, its box [x0, y0, x1, y1] in points from the top-left corner (an
// empty cell's is its column across the row), null without geometry.
// `headers` are the columns' full header texts. Lines, tables and rows
// that are none are null.
#ifndef BILAG_EXTRACTOR_EMIT_LAYOUT_JSON_H_
#define BILAG_EXTRACTOR_EMIT_LAYOUT_JSON_H_

#include <string>

#include "extractor/model/document.h"

namespace bilag {

// pretty: indented; otherwise one line (JSON Lines, one document a line).
std::string EmitLayoutJson(const Document& doc, bool pretty);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EMIT_LAYOUT_JSON_H_
