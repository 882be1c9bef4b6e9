// Side flows: a paragraph set beside a table (statistics pages put notes
// and commentary there, in the body's font, while the table is set
// smaller). Line building puts a prose line and a table row at nearly the
// same height into one Line, so without this stage the prose becomes an
// extra column of the table and, where its lines fall between two rows,
// joins the rows into one.
//
// A table's rows are aligned: the cells of one row sit on one baseline in
// one size. Prose beside it has a leading of its own, so its lines drift
// against the rows. A side flow is recognised by that alone:
//   - at least kMinFlowLines lines hold words on both sides of a common
//     gutter (no word crosses it), each side in one font size of its own
//     (a footnote mark set smaller aside), the two sizes differing by at
//     least kFlowSizePoints and the two sides' baselines by at least
//     kFlowOffsetPoints;
//   - then every line beside them that shows the same two sizes on the
//     two sides of that gutter (one that happens to sit on a row's
//     baseline too) is cut there as well.
// The side with fewer cells per line (the prose) is moved into lines of its
// own, marked Line::side, after the page's body lines, as side columns are
// (side_columns.h). Text laid out with spaces and OCR carry no font sizes
// of their own and are left alone; a table's wrapped cells and vertically
// centred cells are set in the table's one size and are no side flow.
#ifndef BILAG_EXTRACTOR_LAYOUT_SIDE_FLOWS_H_
#define BILAG_EXTRACTOR_LAYOUT_SIDE_FLOWS_H_

#include "extractor/model/document.h"

namespace bilag::layout {

inline constexpr int kMinFlowLines = 3;
inline constexpr double kFlowGutterPoints = 10;
inline constexpr double kFlowSizePoints = 0.5;
inline constexpr double kFlowOffsetPoints = 1.5;

// Returns how many lines were cut at a side flow.
int SeparateSideFlows(Page* page);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_SIDE_FLOWS_H_
