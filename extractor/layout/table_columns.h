// A table's columns, and every line's cells in them.
//
// Columns of a borderless table come from the alignment of the whole
// table, not of one row: ingest cuts each line into pieces at wide gaps
// (extractor/ingest/pdf_ingest.h), and over all the table's lines the
// pieces cover the page's width more or less densely. Where few lines
// cover it — a valley of that count between two denser stretches — two
// columns meet, when at least one line has text on both sides of the
// valley (a left-aligned header over right-aligned numbers leaves a valley
// that no line bridges: one column). So two data columns under one wide
// header stay two, a column empty in most rows keeps its place, and
// right-aligned figures stay in their column however their widths vary.
// Ruled tables take their columns from their vertical rulings instead, and
// inside a ruled column from alignment when its lines hold several aligned
// columns of text (a frame around a block of figures).
//
// A line's cells are its pieces put into those columns: a piece lying in
// one column is that column's cell; a piece whose words run across the
// whitespace between two columns and reaches well into both (a header
// "Resultatkrav" centred over "2011 | 2012", a theme row across the table)
// is one cell spanning both (a piece that only runs a little into the next
// column belongs to the one holding most of it), unless the gap between two of its words lies where
// the columns meet and is wider than a word space (ingest kept "Resultatkrav  Resultatkrav"
// together over narrow columns). In a ruled table a vertical ruling that
// runs through the line always separates its cells; where none runs (a
// header row drawn without inner rulings) the pieces decide, and a cell
// runs on over the undivided columns beside it that the line leaves empty
// (a title row drawn across the table). One cell's
// words are never split by a column border they do not leave a gap at,
// but in text laid out with spaces, where a long cell left one space
// before the next column's text: there the other rows say where the
// columns start (SplitRunOnPieces in the .cpp).
#ifndef BILAG_EXTRACTOR_LAYOUT_TABLE_COLUMNS_H_
#define BILAG_EXTRACTOR_LAYOUT_TABLE_COLUMNS_H_

#include <optional>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/layout/geometry.h"
#include "extractor/layout/grids.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// A gap between two words narrower than this, or than kSplitGapToSpace
// times the page's word space, is a word space: no border cuts it (a word
// space is a quarter em in most fonts, 0.6 em in a typewriter font; a
// character cell of text laid out with spaces is 5 points wide).
inline constexpr double kMinSplitGapPoints = 6;
inline constexpr double kSplitGapToSpace = 1.8;

// The narrowest gap between words that may part two cells on this page.
double SplitGap(const Page& page);

struct ColumnModel {
  // Each column's extent: its text (borderless) or ruling to ruling.
  std::vector<Span> columns;
  // borders[k] is where columns k and k+1 meet: the whitespace between
  // them, or a ruling (x0 == x1). A piece spans the border only when it
  // covers all of it.
  std::vector<Span> borders;
  // Where most of a column's cells start, when enough do (left-aligned
  // text); -1 otherwise. A word that starts there after a gap starts a new
  // cell, however narrow the gap: text laid out with spaces sets the end of
  // an overfull cell one space before the next column.
  std::vector<double> starts;
  double split_gap = kMinSplitGapPoints;  // SplitGap of its page
  std::optional<Grid> grid;               // set for a ruled table
  // A ruled table's columns: the grid column each lies in (a grid column
  // may hold several aligned columns of text). Empty for a borderless one.
  std::vector<size_t> grid_columns;
};

// The columns of a borderless table whose lines have these pieces (each
// line's pieces left to right, as PiecesOf gives them). `one_page`: the
// lines are one page's, set in the same columns, so its fullest rows (the
// most pieces, three or more) are data rows whose cells are the columns:
// no border runs through one of their cells and one runs between two of
// them. Pages of text laid out with spaces may set a table's columns a
// little differently, so lines of several pages leave that out.
ColumnModel ColumnsFromAlignment(const std::vector<std::vector<Span>>& lines, double split_gap,
                                 bool one_page = false);

// The columns of a ruled table: its grid columns, and inside a grid column
// the columns its lines' pieces (ColumnPieces) align in, when many lines
// have text on both sides of each border between them (a frame around a
// block of figures, a ruling after the stub column only).
ColumnModel ColumnsFromGrid(const Grid& grid, const std::vector<std::vector<Span>>& lines,
                            double split_gap);

// Whether border k of a ruled table is a border of its grid (a ruling may
// run there), not one found by alignment inside a grid column.
bool GridBorder(const ColumnModel& model, size_t k);

// Whether two parts of a table (on two pages) have the same columns: each
// column of the one with fewer matches one of the other's, in order.
bool SameColumns(const ColumnModel& a, const ColumnModel& b);

// Rebuilds the line's cells from its words: one cell per column, spanning
// cells followed by covered ones (Cell::span), empty cells with the
// column's extent. The line becomes a kTableRow. A bullet of `markers`
// stays with the word after it ("- Mindst 95 pct." is one cell). `above` is
// the part's line placed before this one, if any: in text laid out with
// spaces a word in lower case near the next column's start goes on with
// that column's cell above it.
void PlaceCells(const ColumnModel& model, const Page& page, const ListMarkers& markers, Line* line,
                const Line* above = nullptr);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_TABLE_COLUMNS_H_
