// Plain text, markdown and the tab-separated text of earlier PDF and Word
// conversions, one source line at a time:
//   - "\f" is a page break (also in the middle of a line);
//   - "#".."######" lines are headings;
//   - "**...**" around a whole line (or around consecutive lines, as seed 004's
//     "**60107 - MR-Udsatte - Joy" / "Torpdahl**") marks it bold; "**" pairs
//     inside a line are removed;
//   - a line with a tab is a table row, its cells split on every tab (empty
//     cells kept, so column positions hold); "| a | b |" is a markdown row;
//   - markdown and pandoc separator lines ("---\t---", "|---|:--:|") are
//     dropped: they carry no text;
//   - HTML in cells and lines is flattened (see html_text.h): a cell's <p>,
//     <li> and <br> pieces become the cell's lines of text;
//   - anything else is text, kept as written (normalise cleans spaces).
#ifndef BILAG_EXTRACTOR_INGEST_TEXT_LINES_H_
#define BILAG_EXTRACTOR_INGEST_TEXT_LINES_H_

#include <string_view>
#include <vector>

#include "extractor/ingest/source_line.h"

namespace bilag {

// `text` is UTF-8 with LF line ends (see text_encoding.h).
std::vector<SourceLine> ParseTextLines(std::string_view text);
// The same lines handed to `emit` one at a time, so that a large text is
// never held a second time as a whole list of lines.
void ParseTextLines(std::string_view text, const SourceLineSink& emit);

// True for lines of only '-', ':', '|', '+', '=', spaces and tabs with at
// least three '-' or '=', two of them adjacent: table rules and header
// underlines ("---\t---", "|:--|--:|"), but not a row of nil cells "-\t-\t-".
bool IsSeparatorLine(std::string_view line);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_TEXT_LINES_H_
