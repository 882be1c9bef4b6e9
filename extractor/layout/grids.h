// Ruled tables ("lattice" tables, in Camelot's terms): ingest finds the
// ruling lines a page draws (extractor/layout/rulings.h); rulings that touch
// each other form a grid, and a grid with at least two horizontal and two
// vertical rulings is a table whose cells are exact: its inner vertical
// rulings separate the columns, its horizontal rulings the rows, so a cell
// of several lines stays one cell and a row whose cells wrap differently
// stays one row, whatever the whitespace says. Rulings that run through
// words are text the ruling finder mistook (TableRulings).
#ifndef BILAG_EXTRACTOR_LAYOUT_GRIDS_H_
#define BILAG_EXTRACTOR_LAYOUT_GRIDS_H_

#include <vector>

#include "extractor/layout/geometry.h"
#include "extractor/model/document.h"

namespace bilag::layout {

struct Grid {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // outer box, points
  std::vector<Ruling> horizontal;         // sorted top to bottom
  std::vector<Ruling> vertical;           // sorted left to right

  bool Contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
  // Column spans between vertical rulings (one span when there are none
  // inside the box).
  std::vector<Span> Columns() const;
  // For each column, the index of the column whose cell covers it at
  // height y: a cell spanning columns (a title row across the table) has
  // no vertical ruling through it.
  std::vector<size_t> CoveringColumns(double y) const;
  // Whether a horizontal ruling of the grid runs between heights a < b
  // at x.
  bool RuledBetween(double a, double b, double x) const;
};

// The page's rulings without those that run through its words: a 50 dpi
// render blurs a line of text into a dark band that looks like a ruling
// ("Idrætsmentorer fra de lokale klubber"), and a column of right-aligned
// figures into an upright one; such a band would cut a row, or a column,
// in two. A table's rulings run between lines and words, never through
// them.
std::vector<Ruling> TableRulings(const Page& page);

// Grids from TableRulings(page).
std::vector<Grid> FindGrids(const Page& page);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_GRIDS_H_
