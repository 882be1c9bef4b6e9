// Side columns: a letterhead's narrow column of date, case numbers, the
// case worker, addresses and phone numbers beside the body text (seed 004).
// Line building puts a side-column line and the body line at the same height
// into one Line, so without this stage the address runs through the body's
// paragraphs and tables, and into initiatives and targets.
//
// A side column is recognised by its geometry alone, so it works the same
// for text layers and OCR:
//   - its lines start at one x in the right half of the page (each within
//     kSideAlignPoints of the column line above it, which allows for a
//     scan's slight rotation);
//   - in a vertical run of lines, no body text crosses the gutter left of
//     that x (at least kSideGutterPoints wide);
//   - the body lines beside it are mostly prose, not table rows: the last
//     column of a table is also left-aligned behind a free gutter, and its
//     other cells have several pieces or start far right of the margin;
//   - it has at least kMinSideLines lines, each short, and at most half of
//     them go on in lower case or end a sentence (a table's status column
//     of prose does: "grupper med i alt 95 faste deltagere.");
//   - it is not inside a ruled table (grids.h), and no horizontal rule
//     runs from the body through it between its first and last lines
//     (rules between a table's rows run under its last column too);
//   - a line inside a ruled table whose right border ends before the
//     column is body beside it, not a line that crosses the gutter: the
//     border parts them however narrow the gutter.
// A line's last piece that runs on into the column is cut where a word
// starts at the column's x after a gutter twice as wide (text laid out with
// spaces does not part one-word cells as far apart as the column is).
// Its parts are moved out of their lines into lines of their own, marked
// Line::side, after the page's body lines: the body then reads on, and rules
// that look for a date or a Sagsnr. still find them.
#ifndef BILAG_EXTRACTOR_LAYOUT_SIDE_COLUMNS_H_
#define BILAG_EXTRACTOR_LAYOUT_SIDE_COLUMNS_H_

#include "extractor/model/document.h"

namespace bilag::layout {

inline constexpr double kSideAlignPoints = 5;
inline constexpr double kSideGutterPoints = 10;
inline constexpr int kMinSideLines = 3;

// Returns how many lines were moved to a side column.
int SeparateSideColumns(Page* page);

// A line of `source`'s page made of these of its words and cells: a table
// row when there are two cells or more, else a line of text.
Line JoinedLine(const Line& source, const Page& page, std::vector<int> words,
                const std::vector<Cell>& cells);

// Makes the page's lines its body lines, in their order, then its side
// lines in reading order (top to bottom), and numbers them again.
void SetBodyAndSideLines(Page* page, std::vector<Line> body, std::vector<Line> side);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_SIDE_COLUMNS_H_
