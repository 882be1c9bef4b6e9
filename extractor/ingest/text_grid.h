// Text laid out with spaces: what `pdftotext -layout` and many older
// conversions leave. Such a text is a page drawn in characters: a table's
// columns are runs of spaces at shared character columns, a row's padding
// is a blank line. Read line by line, as plain text is, a table is only
// prose with wide gaps, and its rows, columns and header are lost.
//
// So a text laid out this way is put on a page: every character is a cell
// kGridCharWidth points wide, every text line kGridLineHeight points high
// (a blank line too, so paragraph and row spacing survive), and each word
// gets the box its characters cover, all in one font size (the text has no
// typography: no bold, no headings by size). The page's lines are then
// built by PDF ingest's line builder (pdf_ingest.h), so the layout stage
// finds side columns, tables, header rows and paragraphs as it does on a
// PDF page, and `bilag text` prints those lines (blank lines are spacing,
// not lines, as on a PDF page).
//
// A character is half an em, as a proportional font's mean character is and
// as pdftotext sizes the columns it lays text out in. With the PDF gap rule
// one space is then a word space; two are a cell gap only where a table's
// columns meet (the layout stage splits a cell there); three or more are
// one on a line with any single space (its ordinary space is one character
// however few of its gaps are: a header of short names three spaces apart,
// "Initiativ   Resultatkrav   Mål 2014"), and six or more always.
//
// Two things the gap rule cannot know in text: a list item's marker and its
// hanging indent ("•   At 35 pct.") are one line of text, not two cells;
// and pages come from form feeds when the text has any (pdftotext ends every
// page with one, and may set "Side 1 af 2" at the top right), else from page
// marks alone on their line, as in other text (page_builder.h). Lines of
// rule characters only ("-----  ----") carry no text; their height stays.
//
// Everything else stays on the plain text path (text_lines.h): text with
// tabs (cells one after another, HTML-in-cells), HTML, markdown tables, and
// text whose gaps line up nowhere (prose, `pdftotext` without -layout).
#ifndef BILAG_EXTRACTOR_INGEST_TEXT_GRID_H_
#define BILAG_EXTRACTOR_INGEST_TEXT_GRID_H_

#include <cstddef>
#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/model/document.h"

namespace bilag {

inline constexpr double kGridFontSize = 10;
inline constexpr double kGridCharWidth = 5;
inline constexpr double kGridLineHeight = 12;

// A text is laid out with spaces when at least kMinAlignedLines of its
// lines resume after a run of spaces inside the line at a character column
// (give or take one, for right-aligned figures) where another such line
// resumes too, and those are at least half of the lines with such runs: a
// double space after a full stop lines up only by chance.
inline constexpr int kMinAlignedLines = 3;
// A paged text (form feeds) without tables is laid out so when at least
// kMinPlacedLines of its lines start kPlacedColumn columns or more to the
// right: a centred page number, a right-aligned date or page label. Text
// without -layout, markdown and prose start their lines at the margin.
inline constexpr int kMinPlacedLines = 2;
inline constexpr size_t kPlacedColumn = 30;

// `text` is UTF-8 with LF line ends (text_encoding.h). A list marker of
// `markers` set apart from its item by spaces (a hanging indent) is no
// column.
bool LooksSpaceAligned(std::string_view text, const ListMarkers& markers = BuiltinListMarkers());

// Replaces doc->pages with the pages of `text` placed on a character grid,
// with words and lines; no page at all when `text` holds no text.
void BuildGridPages(std::string_view text, Document* doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_TEXT_GRID_H_
