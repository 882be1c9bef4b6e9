// Blocks: the paragraphs of a page's prose (headings count as blocks of
// their own). Lines of one paragraph follow each other at the page's usual
// leading; a paragraph ends where the gap to the next line is wider than
// that (paragraph spacing), where a bold line meets a plain one (a heading),
// where a list item starts ("- ", "1. "), and at a table or a side column. Text inputs carry no
// geometry: there a blank line ends a block. Line::block numbers them through the document.
#ifndef BILAG_EXTRACTOR_LAYOUT_BLOCKS_H_
#define BILAG_EXTRACTOR_LAYOUT_BLOCKS_H_

#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// Whether a line starts a list item (a bullet of `markers` and a space: "- ",
// "• "; or "1. ", "2) "): a block of its own, whose hanging indent says
// nothing.
bool StartsListItem(std::string_view text, const ListMarkers& markers);

// Returns the number of blocks; a line that starts a list item of `markers`
// starts one.
int FindBlocks(Document* doc, const ListMarkers& markers);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_BLOCKS_H_
