// Text that plain `pdftotext` (without -layout) or a like conversion wrote
// cell after cell: no tabs, no runs of spaces, no word boxes; each cell's
// text wrapped to its column's width, a blank line between blocks. The
// readers of such text (raw_cells.h, raw_labels.h) see it as paragraphs.
#ifndef BILAG_EXTRACTOR_EXTRACT_PLAIN_CELLS_H_
#define BILAG_EXTRACTOR_EXTRACT_PLAIN_CELLS_H_

#include <string>
#include <vector>

#include "extractor/extract/rows.h"
#include "extractor/model/document.h"

namespace bilag {

// Whether the document is plain cell text: no line with cells, no page with
// word boxes.
bool IsPlainCellText(const Document& doc);

// The lines with text, in paragraphs: a blank line, a page break or a
// running header or footer parts them.
std::vector<std::vector<const Line*>> PlainParagraphs(const Document& doc);

// A paragraph's lines joined by spaces, trimmed.
std::string JoinedText(const std::vector<const Line*>& lines);

// The line as one line of a cell.
Segment CellSegment(const Line& line);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PLAIN_CELLS_H_
