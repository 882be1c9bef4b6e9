// Turns SourceLines into the Document's pages, lines, tables and rows.
//
// Pages:
//   - a form feed ends the page; consecutive form feeds keep the empty page
//     between them (page numbers stay those of the source), but empty pages
//     at the end of the document are dropped;
//   - a line that is only a page mark ("Side 2 af 4", "Side 2", "side 2/4")
//     for the page after the current one starts that page and is its first
//     line; a mark for the current page ends it and is its last line. A mark
//     on a page that has no text yet is only the page's first line. Any other
//     mark is ordinary text.
// Lines:
//   - blank lines are kept (they separate paragraphs and keep line numbers
//     close to the source's), except at the start of the document, right
//     after a form feed or an ending page mark (the start of a page), and at
//     the end of a page;
//   - a row whose cells hold several lines of text becomes several Lines
//     sharing `table` and `row`: line k carries every cell's k-th line, with
//     empty cells where a column has fewer (see Line in document.h);
//   - every source row gets its own `row` id, 1-based per document.
// Tables (`table` id, 1-based per document):
//   - consecutive rows form one table, whatever their widths;
//   - up to kMaxBlankLinesInTable blank lines, separator lines and page marks
//     between two rows of the same width keep the table going (seed 001 has
//     blank lines between the rows of one key/value table); the blank Lines
//     themselves have table 0;
//   - a row after blank lines whose only non-empty cell is its first
//     ("Handleplan 2013: INKLUSION VIA PARTNERSKABER\t\t" in seed 003) is the
//     caption of a new table;
//   - any other line, a wider or narrower row after a blank line, or an HTML
//     </table> ends the table;
//   - a table goes on across a page break: a row continued on the next page
//     is a row whose first cell is empty.
//   - a line with only leading tabs ("\tmore text") continues an open table
//     as a row with an empty first cell; with no table open it is text.
#ifndef BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_
#define BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extractor/ingest/source_line.h"
#include "extractor/model/document.h"

namespace bilag {

inline constexpr int kMaxBlankLinesInTable = 3;

// Replaces doc->pages with the pages of `lines`, numbered and renumbered.
// Leaves no page at all when `lines` hold no text.
// Takes the lines and lets each go once it is on its page, so that a large
// text is not held twice.
void BuildPages(std::vector<SourceLine> lines, Document* doc);

struct PageMark {
  int page = 0;
  int of = 0;  // 0 when the mark gives no page count
};

// Reads "Side 2 af 4", "side 2/4", "Side 2" (any case, spaces around); the
// page count, when given, is not below the page.
std::optional<PageMark> ParsePageMark(std::string_view line);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_
