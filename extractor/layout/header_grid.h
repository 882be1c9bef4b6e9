// A table header that text laid out with spaces set on a grid of its own.
//
// `pdftotext -layout` turns each line's x positions into character columns
// by itself, and a header line of long words ("Resultatkrav 2005" in a
// narrow column, bold in the PDF) often lands several characters left or
// right of the body's columns: "Resultatkr" at character 48 over a column
// whose cells start at 53, "Resultat" at 59 over 64. Columns found from the
// whole table's alignment then cut the body where the header stands, and
// figures of two columns run into one.
//
// When the header's cells start at as many places as the body has columns,
// but some of them clearly elsewhere than the body's columns start, the
// header's words move onto the body's grid, cell by cell in order: the
// header names the columns left to right, whatever grid it was printed on.
#ifndef BILAG_EXTRACTOR_LAYOUT_HEADER_GRID_H_
#define BILAG_EXTRACTOR_LAYOUT_HEADER_GRID_H_

#include <string>
#include <vector>

#include "extractor/layout/table_regions.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// Moves the words and cells of the part's header lines (its first lines
// that read as a header, `month_words` as for MarkRows) onto the columns of
// the lines below them, when they stand on a grid of their own as above.
// Returns whether it moved anything; the part's columns are then stale.
// Only for a borderless part on a page laid out with spaces.
bool MoveHeaderOntoBodyGrid(const Part& part, const std::vector<std::string>& month_words,
                            Page* page);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_HEADER_GRID_H_
