#include "extractor/layout/table_columns.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

#include "extractor/base/list_markers.h"
#include "extractor/base/text.h"
#include "extractor/base/utf8.h"

namespace bilag::layout {
namespace {

// The coverage of the page's width by the table's pieces is counted in
// steps this wide.
constexpr double kCoverStepPoints = 0.5;
// Two columns meet in a valley of that coverage whose lines are at most this
// share of the lines covering the stretches on either side: the pieces
// running through it span both columns (headers over sub-columns, theme
// rows across the table), the others stop at the border.
constexpr double kValleyShare = 0.5;
// A valley separates columns when at least one line has text on both sides
// of it. In a table of kManyLines lines or more every column also holds text
// of two lines at least (a column may hold only its header and one value),
// so that one line with a stray piece (an OCR misreading in the whitespace)
// makes no column.
constexpr int kManyLines = 6;
constexpr int kMinColumnLines = 2;
// A word overlapping a ruling by this much is still on its side of it (a
// scan's ruling is a few points thick).
constexpr double kRulingTolerancePoints = 2;
// Columns of two parts match when they overlap by this share of the
// narrower.
constexpr double kMatchingColumnShare = 0.5;
// A piece spans two columns when it reaches this share of each one's width
// beyond the whitespace between them.
constexpr double kMinSpanReachShare = 0.2;
// Text laid out with spaces puts a word where the PDF had it only to within
// this much (three characters of the grid): a proportional font's long line
// pushes the rest of the line right, a short one lets it move left.
constexpr double kGridDriftPoints = 15;
// A column's cells start at one place when at least kMinAlignedStarts of
// them, and kMinAlignedShare of all, start within kAlignedPoints of it.
constexpr int kMinAlignedStarts = 3;
constexpr double kMinAlignedShare = 0.3;
constexpr double kAlignedPoints = 1;
// How far left of its column's start a list marker may sit on a line whose
// cells ran together (six characters of text laid out with spaces).
constexpr double kRunOnMarkerPoints = 30;

struct Run {
  int value = 0;
  size_t first = 0, last = 0;  // steps
};

// A stretch of the width that a piece covers entirely.
bool Covers(const Span& piece, double x0, double x1) { return piece.x0 < x0 && piece.x1 > x1; }

// Region index of a piece that lies between borders, or -1 when it covers a
// whole valley (it spans columns).
int RegionOf(const Span& piece, const std::vector<Span>& valleys) {
  for (const Span& valley : valleys) {
    if (Covers(piece, valley.x0, valley.x1)) return -1;
  }
  const double centre = (piece.x0 + piece.x1) / 2;
  int region = 0;
  for (const Span& valley : valleys) region += centre > (valley.x0 + valley.x1) / 2;
  return region;
}

// How many pieces cover each step whose centre lies within a piece, as runs
// of equal count. Each piece adds one where its steps begin and takes it
// back after its last, and one pass sums up: a table's lines hold hundreds
// of pieces, each a few hundred steps wide.
std::vector<Run> CoverRuns(const std::vector<std::vector<Span>>& lines, double lo, size_t steps) {
  std::vector<int> change(steps + 1, 0);
  for (const auto& pieces : lines) {
    for (const Span& piece : pieces) {
      const double from = (piece.x0 - lo) / kCoverStepPoints - 0.5;
      const double to = (piece.x1 - lo) / kCoverStepPoints - 0.5;
      // Steps s with from <= s <= to, within [0, steps).
      const double first = std::max(0.0, std::ceil(from));
      if (!(to >= first) || first >= static_cast<double>(steps)) continue;
      const double end = std::min(static_cast<double>(steps), std::floor(to) + 1);
      ++change[static_cast<size_t>(first)];
      --change[static_cast<size_t>(end)];
    }
  }
  std::vector<Run> runs;
  int covering = 0;
  for (size_t s = 0; s < steps; ++s) {
    covering += change[s];
    if (runs.empty() || runs.back().value != covering) {
      runs.push_back({covering, s, s});
    } else {
      runs.back().last = s;
    }
  }
  return runs;
}

// Valleys: stretches covered by fewer lines than on both sides, at most
// kValleyShare of the nearer peaks.
std::vector<Span> FindValleys(const std::vector<Run>& runs, double lo) {
  std::vector<Span> valleys;
  for (size_t r = 1; r + 1 < runs.size(); ++r) {
    const int v = runs[r].value;
    if (runs[r - 1].value <= v || runs[r + 1].value <= v) continue;
    int left = 0, right = 0;
    for (size_t k = r; k-- > 0 && runs[k].value >= v;) left = std::max(left, runs[k].value);
    for (size_t k = r + 1; k < runs.size() && runs[k].value >= v; ++k) {
      right = std::max(right, runs[k].value);
    }
    if (v > kValleyShare * std::min(left, right)) continue;
    valleys.push_back({lo + static_cast<double>(runs[r].first) * kCoverStepPoints,
                       lo + static_cast<double>(runs[r].last + 1) * kCoverStepPoints});
  }
  return valleys;
}

// Drops valleys that no line bridges with text on both sides, and around
// regions too few lines have text in (one at a time, the weakest first, as
// each drop joins two regions).
void KeepBridgedValleys(const std::vector<std::vector<Span>>& lines, std::vector<Span>* valleys) {
  int multi = 0;
  for (const auto& pieces : lines) multi += pieces.size() >= 2;
  const int min_lines = multi >= kManyLines ? kMinColumnLines : 1;
  while (!valleys->empty()) {
    std::vector<int> support(valleys->size(), 0), filled(valleys->size() + 1, 0);
    for (const auto& pieces : lines) {
      std::vector<bool> in(valleys->size() + 1, false);
      for (const Span& piece : pieces) {
        const int region = RegionOf(piece, *valleys);
        if (region >= 0) in[static_cast<size_t>(region)] = true;
      }
      for (size_t k = 0; k < valleys->size(); ++k) support[k] += in[k] && in[k + 1];
      for (size_t r = 0; r < in.size(); ++r) filled[r] += in[r];
    }
    size_t weakest = 0;
    for (size_t k = 1; k < support.size(); ++k) {
      if (support[k] < support[weakest]) weakest = k;
    }
    if (support[weakest] < 1) {
      valleys->erase(valleys->begin() + static_cast<std::ptrdiff_t>(weakest));
      continue;
    }
    // A region of too few lines goes with the neighbour it is less apart from.
    size_t thin = filled.size();
    for (size_t r = 0; r < filled.size(); ++r) {
      if (filled[r] < min_lines && (thin == filled.size() || filled[r] < filled[thin])) thin = r;
    }
    if (thin == filled.size()) return;
    size_t drop = thin == 0 ? 0 : thin - 1;
    if (thin > 0 && thin < valleys->size() && support[thin] < support[thin - 1]) drop = thin;
    valleys->erase(valleys->begin() + static_cast<std::ptrdiff_t>(drop));
  }
}

// A piece of a line, the words [begin, end) of it, and the columns it
// may take (a piece split off its neighbour keeps to its side).
struct Piece {
  std::string text;
  Span span;
  size_t begin = 0, end = 0;
  size_t first_column = 0;
  size_t last_column = std::numeric_limits<size_t>::max();
};

// Whether a word starts a cell's text afresh: a capital, a figure, a list
// marker, a dash for no value; a word in lower case goes on with a
// sentence, and so does a sign alone ("%" after "85").
bool StartsAfresh(const std::string& word) {
  if (word.empty() || StartsLowerCase(word)) return false;
  const bool lone_sign = word.size() == 1 &&
                         std::ispunct(static_cast<unsigned char>(word[0])) != 0 && word != "-" &&
                         word != "*";
  return !lone_sign;
}

// Whether the line placed above has a cell of its own in `column` that did
// not end its sentence.
bool CellGoesOn(const Line* above, size_t column, size_t columns) {
  if (above == nullptr || above->cells.size() != columns || column >= columns) return false;
  const Cell& cell = above->cells[column];
  return cell.span == 1 && !Trim(cell.text).empty() && !EndsSentence(cell.text);
}

// Text laid out with spaces keeps one space between two cells where the
// left one ran long (`pdftotext -layout` moves the rest of the line over by
// what a proportional font's text took): "Ferieaktiviteter i Tingbjerg og
// 10 procentp" is a name and a figure, not one cell across two columns. So
// a piece that crosses a border, on a line with other pieces (a group row or
// a title stands alone), and that starts where its column's text starts on
// the other lines, is cut before its last word that starts afresh (or,
// in lower case, starts where the next column's text starts), ends
// the text of its column before the next column's text starts on the other
// lines, and begins a part as narrow as that column's text. Headers centred
// over sub-columns start inside their column, and stay whole.
// A line that is one piece (every cell one space from the next: "Familie-
// klasser for kvinder • Mindst 250 unge ...") is cut only before a list
// marker set up to kRunOnMarkerPoints left of the next column's start,
// where that column's items start: a title or a group row across the table
// has none there.
void SplitRunOnPieces(const ColumnModel& model, const std::vector<const Word*>& words,
                      const ListMarkers& markers, const Line* above, std::vector<Piece>* pieces) {
  std::vector<Piece> out;
  // Cuts `piece` at the first border it crosses if it may, then its rest at
  // the next ("Frafaldet blandt Frafaldet blandt 85 %": three cells, each
  // one space from the next).
  // `at_marker_only`: the piece is the whole line.
  auto split = [&](auto&& self, Piece piece, bool at_marker_only) -> void {
    size_t k = 0;
    while (k < model.borders.size() &&
           !Covers(piece.span, model.borders[k].x0, model.borders[k].x1)) {
      ++k;
    }
    if (k < model.borders.size()) {
      const Span& left = model.columns[k];
      const Span& right = model.columns[k + 1];
      const bool at_column_start = std::abs(piece.span.x0 - left.x0) <= kGridDriftPoints ||
                                   (k < model.starts.size() && model.starts[k] >= 0 &&
                                    std::abs(piece.span.x0 - model.starts[k]) <= kGridDriftPoints);
      // A word near the next column's start, rather than at it, only when
      // no word at it or starting afresh gives a cut ("Forskellen 6
      // procent" is cut before "6", not before "procent").
      for (const bool near : {false, true}) {
        for (size_t j = piece.end; at_column_start && --j > piece.begin;) {
          const double left_end = words[j - 1]->box.x1;
          // A rest that crosses the next border too is cut again there, so
          // only its part up to that border must fit its column.
          const bool rest_crosses_next = k + 1 < model.borders.size() &&
                                         Covers({words[j]->box.x0, piece.span.x1},
                                                model.borders[k + 1].x0, model.borders[k + 1].x1);
          const double right_width = piece.span.x1 - words[j]->box.x0;
          // A word in lower case set where the next column's text starts
          // goes on with that column's cell above ("Min. 1" /
          // "procentpoint"), and so does one near it when that cell did not
          // end ("- Fraværet blandt eleverne i målgruppen" / "falder med 4
          // procentpoint").
          const double from_start = std::abs(words[j]->box.x0 - right.x0);
          const bool at_right_start =
              from_start <= kAlignedPoints || (near && from_start <= kGridDriftPoints &&
                                               CellGoesOn(above, k + 1, model.columns.size()));
          // pdftotext lays each line out on its own, so a row's columns may
          // sit a character or two off the others': a cell that starts
          // afresh near the next column's start may follow text that runs
          // a little into that column's usual place ("... boligafdelinger
          // • Minimum 8" two characters right of the other bullets).
          const bool drifted =
              near && from_start <= kGridDriftPoints && StartsAfresh(words[j]->text);
          // Or the whole rest of the line moved left up to one space after
          // the text before it ("flygtninge og familiesammenførte
          // kursisterne består"): a word going on with the cell above in
          // the next column, the latest cut that leaves the text before it
          // inside its column.
          const bool moved_left =
              near && words[j]->box.x0 < right.x0 && CellGoesOn(above, k + 1, model.columns.size());
          const bool marker_near_start = IsListMarker(words[j]->text, markers) &&
                                         words[j]->box.x0 >= right.x0 - kRunOnMarkerPoints &&
                                         words[j]->box.x0 <= right.x0 + kGridDriftPoints;
          if (at_marker_only && !marker_near_start) continue;
          // A list marker goes with its item ("- Mindst 95 pct.").
          if ((left_end > right.x0 && !drifted) ||
              (!rest_crosses_next && right_width > right.Width() + kGridDriftPoints) ||
              !(StartsAfresh(words[j]->text) || at_right_start || moved_left) ||
              IsBulletGlyphs(words[j - 1]->text, markers)) {
            continue;
          }
          Piece head{"", {piece.span.x0, left_end}, piece.begin, j, piece.first_column, k};
          Piece tail{"", {words[j]->box.x0, piece.span.x1}, j, piece.end, k + 1, piece.last_column};
          for (Piece* part : {&head, &tail}) {
            for (size_t w = part->begin; w < part->end; ++w) {
              part->text += (w > part->begin ? " " : "") + words[w]->text;
            }
          }
          out.push_back(std::move(head));
          if (rest_crosses_next) {
            self(self, std::move(tail), false);
          } else {
            out.push_back(std::move(tail));
          }
          return;
        }
      }
    }
    out.push_back(std::move(piece));
  };
  const bool one_piece = pieces->size() == 1;
  for (Piece& piece : *pieces) split(split, std::move(piece), one_piece);
  *pieces = std::move(out);
}

}  // namespace

namespace {

// Whether text is centred in the column (its centre within this share of
// the column's width of the column's) and starts clear of the column's left
// edge (by more than this share): a centred header, not a title row that
// starts at the left and runs on.
constexpr double kCentredShare = 0.15;
constexpr double kClearOfLeftShare = 0.2;

bool CentredInColumn(const Span& text, const Span& column) {
  const double width = column.Width();
  if (width <= 0) return false;
  const double offset = std::abs((text.x0 + text.x1) / 2 - (column.x0 + column.x1) / 2);
  return offset <= kCentredShare * width && text.x0 - column.x0 > kClearOfLeftShare * width;
}

// The fullest rows of one page's lines (the most pieces, three or more, and
// at least as many as the columns so far) are data rows whose cells are the
// columns: no border runs through one of their cells, and between two of
// their cells runs one border. Where alignment found none there, the border
// is the free stretch of the gap nearest its middle; header text set apart
// from its column's cells (a year centred under a spanning "Resultatkrav"
// over cells set flush left) then goes with the nearer cell.
void OneBorderPerGapOfFullestRows(const std::vector<std::vector<Span>>& lines,
                                  std::vector<Span>* valleys) {
  size_t most = 0;
  for (const auto& pieces : lines) most = std::max(most, pieces.size());
  if (most < 3 || most < valleys->size() + 1) return;
  std::vector<const std::vector<Span>*> fullest;
  for (const auto& pieces : lines) {
    if (pieces.size() == most) fullest.push_back(&pieces);
  }
  // A valley inside a cell of one fullest row, where none of them leaves a
  // gap.
  auto in_a_cell = [&](const Span& v) {
    bool inside = false;
    for (const std::vector<Span>* pieces : fullest) {
      bool in_this = false;
      for (size_t i = 0; i < pieces->size(); ++i) {
        const Span& cell = (*pieces)[i];
        if (v.x0 > cell.x0 && v.x1 < cell.x1) in_this = true;
        if (i + 1 < pieces->size() && v.x1 > cell.x1 && v.x0 < (*pieces)[i + 1].x0) return false;
      }
      inside = inside || in_this;
    }
    return inside;
  };
  std::erase_if(*valleys, in_a_cell);
  for (const std::vector<Span>* row : fullest) {
    const std::vector<Span>& pieces = *row;
    for (size_t i = 0; i + 1 < pieces.size(); ++i) {
      const double gap0 = pieces[i].x1, gap1 = pieces[i + 1].x0;
      if (gap1 <= gap0) continue;
      const bool has_border = std::any_of(valleys->begin(), valleys->end(), [&](const Span& v) {
        return v.x1 > gap0 && v.x0 < gap1;
      });
      if (has_border) continue;
      // The gap's stretches that no line's text covers.
      std::vector<Span> free{{gap0, gap1}};
      for (const auto& other : lines) {
        for (const Span& piece : other) {
          std::vector<Span> left;
          for (const Span& f : free) {
            if (piece.x1 <= f.x0 || piece.x0 >= f.x1) {
              left.push_back(f);
              continue;
            }
            if (piece.x0 > f.x0) left.push_back({f.x0, piece.x0});
            if (piece.x1 < f.x1) left.push_back({piece.x1, f.x1});
          }
          free = std::move(left);
        }
      }
      if (free.empty()) continue;
      const double middle = (gap0 + gap1) / 2;
      const Span* best = &free.front();
      for (const Span& f : free) {
        if (std::abs((f.x0 + f.x1) / 2 - middle) < std::abs((best->x0 + best->x1) / 2 - middle)) {
          best = &f;
        }
      }
      valleys->push_back(*best);
    }
    std::sort(valleys->begin(), valleys->end(),
              [](const Span& a, const Span& b) { return a.x0 < b.x0; });
  }
}

}  // namespace

bool GridBorder(const ColumnModel& model, size_t k) {
  return model.grid && model.grid_columns[k] != model.grid_columns[k + 1];
}

double SplitGap(const Page& page) {
  // The page's word space: the median gap between neighbouring words of one
  // cell (or line).
  std::vector<double> gaps;
  for (const Line& line : page.lines) {
    for (size_t k = 1; k < line.words.size(); ++k) {
      const int a = line.words[k - 1], b = line.words[k];
      if (a < 0 || b < 0 || static_cast<size_t>(std::max(a, b)) >= page.words.size()) continue;
      const Box& left = page.words[static_cast<size_t>(a)].box;
      const Box& right = page.words[static_cast<size_t>(b)].box;
      const double gap = right.x0 - left.x1;
      if (gap <= 0) continue;
      bool same_cell = line.cells.empty();
      for (const Cell& cell : line.cells) {
        same_cell = same_cell || (cell.x0 <= left.x0 && cell.x1 >= right.x1);
      }
      if (same_cell) gaps.push_back(gap);
    }
  }
  if (gaps.empty()) return kMinSplitGapPoints;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2),
                   gaps.end());
  return std::max(kMinSplitGapPoints, kSplitGapToSpace * gaps[gaps.size() / 2]);
}

ColumnModel ColumnsFromAlignment(const std::vector<std::vector<Span>>& lines, double split_gap,
                                 bool one_page) {
  ColumnModel model;
  model.split_gap = split_gap;
  double lo = 1e300, hi = -1e300;
  for (const auto& pieces : lines) {
    for (const Span& piece : pieces) {
      lo = std::min(lo, piece.x0);
      hi = std::max(hi, piece.x1);
    }
  }
  if (hi <= lo) return model;
  const size_t steps = static_cast<size_t>(std::ceil((hi - lo) / kCoverStepPoints)) + 1;
  std::vector<Span> valleys = FindValleys(CoverRuns(lines, lo, steps), lo);
  KeepBridgedValleys(lines, &valleys);
  if (one_page) OneBorderPerGapOfFullestRows(lines, &valleys);
  // Each column's extent is the text that stays inside it.
  model.columns.assign(valleys.size() + 1, {1e300, -1e300});
  for (const auto& pieces : lines) {
    for (const Span& piece : pieces) {
      const int region = RegionOf(piece, valleys);
      if (region < 0) continue;
      Span& column = model.columns[static_cast<size_t>(region)];
      column = {std::min(column.x0, piece.x0), std::max(column.x1, piece.x1)};
    }
  }
  for (size_t c = 0; c < model.columns.size(); ++c) {
    if (model.columns[c].x1 >= model.columns[c].x0) continue;
    // Only spanning text in it: the valleys around it are its extent.
    model.columns[c] = {c == 0 ? lo : valleys[c - 1].x1, c == valleys.size() ? hi : valleys[c].x0};
  }
  for (size_t k = 0; k < valleys.size(); ++k) {
    const double x0 = std::min(model.columns[k].x1, valleys[k].x0);
    const double x1 = std::max(model.columns[k + 1].x0, valleys[k].x1);
    model.borders.push_back({x0, x1});
  }
  // Where each column's cells start.
  std::vector<std::vector<double>> starts(model.columns.size());
  for (const auto& pieces : lines) {
    for (const Span& piece : pieces) {
      const int region = RegionOf(piece, valleys);
      if (region >= 0) starts[static_cast<size_t>(region)].push_back(piece.x0);
    }
  }
  for (std::vector<double>& xs : starts) {
    double best = -1;
    size_t most = 0;
    for (double x : xs) {
      const size_t near =
          static_cast<size_t>(std::count_if(xs.begin(), xs.end(), [&](double other) {
            return std::abs(other - x) <= kAlignedPoints;
          }));
      if (near > most) {
        most = near;
        best = x;
      }
    }
    const bool aligned =
        static_cast<int>(most) >= kMinAlignedStarts &&
        static_cast<double>(most) >= kMinAlignedShare * static_cast<double>(xs.size());
    model.starts.push_back(aligned ? best : -1);
  }
  return model;
}

namespace {

// A grid column holds columns of its own when every border alignment finds
// in it has text on both sides in this many lines, and in this share of the
// lines with text in it: a frame drawn around a whole block of figures, or
// a ruling only after the stub column.
constexpr int kMinSubColumnBridges = 3;
constexpr double kMinSubColumnBridgeShare = 0.5;

// The columns alignment finds inside one grid column (its pieces: those of
// `lines` whose middle lies in it), when every border between them is
// bridged by many of its lines; just `column` otherwise.
std::vector<Span> SubColumns(const Span& column, const std::vector<std::vector<Span>>& lines,
                             double split_gap, std::vector<Span>* borders) {
  std::vector<std::vector<Span>> inside;
  for (const auto& pieces : lines) {
    std::vector<Span> own;
    for (const Span& piece : pieces) {
      const double middle = (piece.x0 + piece.x1) / 2;
      if (middle > column.x0 && middle < column.x1) own.push_back(piece);
    }
    if (!own.empty()) inside.push_back(std::move(own));
  }
  const ColumnModel found = ColumnsFromAlignment(inside, split_gap);
  if (found.columns.size() < 2) return {column};
  for (const Span& border : found.borders) {
    const double middle = (border.x0 + border.x1) / 2;
    int bridges = 0;
    for (const auto& pieces : inside) {
      const bool left = std::any_of(pieces.begin(), pieces.end(),
                                    [&](const Span& piece) { return piece.x1 <= middle; });
      const bool right = std::any_of(pieces.begin(), pieces.end(),
                                     [&](const Span& piece) { return piece.x0 >= middle; });
      bridges += left && right;
    }
    if (bridges < kMinSubColumnBridges ||
        bridges < kMinSubColumnBridgeShare * static_cast<double>(inside.size())) {
      return {column};
    }
  }
  // Sub-columns meet in the middle of the whitespace between them, so that
  // together they fill the grid column.
  std::vector<Span> columns;
  double x0 = column.x0;
  for (const Span& border : found.borders) {
    const double middle = (border.x0 + border.x1) / 2;
    columns.push_back({x0, middle});
    borders->push_back(border);
    x0 = middle;
  }
  columns.push_back({x0, column.x1});
  return columns;
}

}  // namespace

ColumnModel ColumnsFromGrid(const Grid& grid, const std::vector<std::vector<Span>>& lines,
                            double split_gap) {
  ColumnModel model;
  model.split_gap = split_gap;
  const std::vector<Span> grid_columns = grid.Columns();
  for (size_t g = 0; g < grid_columns.size(); ++g) {
    if (g > 0) {
      const double x = grid_columns[g].x0;
      model.borders.push_back({x - kRulingTolerancePoints, x + kRulingTolerancePoints});
    }
    for (const Span& column : SubColumns(grid_columns[g], lines, split_gap, &model.borders)) {
      model.columns.push_back(column);
      model.grid_columns.push_back(g);
    }
  }
  model.grid = grid;
  return model;
}

bool SameColumns(const ColumnModel& a, const ColumnModel& b) {
  const std::vector<Span>& fewer = a.columns.size() <= b.columns.size() ? a.columns : b.columns;
  const std::vector<Span>& more = a.columns.size() <= b.columns.size() ? b.columns : a.columns;
  if (fewer.size() < 2) return false;
  size_t next = 0;
  for (const Span& column : fewer) {
    bool matched = false;
    for (; next < more.size() && !matched; ++next) {
      const double narrower = std::max(1.0, std::min(column.Width(), more[next].Width()));
      matched = column.Overlap(more[next]) >= kMatchingColumnShare * narrower;
    }
    if (!matched) return false;
  }
  return true;
}

void PlaceCells(const ColumnModel& model, const Page& page, const ListMarkers& markers, Line* line,
                const Line* above) {
  const size_t n = model.columns.size();
  if (n == 0) return;
  std::vector<const Word*> words;
  std::vector<int> ingest_cell;
  for (int index : line->words) {
    if (index >= 0 && static_cast<size_t>(index) < page.words.size()) {
      words.push_back(&page.words[static_cast<size_t>(index)]);
    }
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  for (const Word* word : words) {
    const double centre = (word->box.x0 + word->box.x1) / 2;
    int found = -1;
    for (size_t c = 0; c < line->cells.size(); ++c) {
      if (line->cells[c].x0 >= 0 && centre >= line->cells[c].x0 && centre <= line->cells[c].x1) {
        found = static_cast<int>(c);
      }
    }
    ingest_cell.push_back(found);
  }
  // Borders a vertical ruling runs through at this line's height.
  std::vector<bool> ruled(model.borders.size(), false);
  if (model.grid) {
    const Band band = BandOf(*line, page);
    const std::vector<size_t> covering = model.grid->CoveringColumns((band.y0 + band.y1) / 2);
    for (size_t k = 0; k < ruled.size(); ++k) {
      const size_t right = model.grid_columns[k + 1];
      ruled[k] = GridBorder(model, k) && right < covering.size() && covering[right] == right;
    }
  }

  std::vector<Piece> pieces;
  for (size_t i = 0; i < words.size(); ++i) {
    const Box& box = words[i]->box;
    bool split = i == 0;
    if (!split) {
      const Box& before = words[i - 1]->box;
      split = ingest_cell[i] != ingest_cell[i - 1];
      for (size_t k = 0; k < model.borders.size() && !split; ++k) {
        const Span& border = model.borders[k];
        const double middle = (border.x0 + border.x1) / 2;
        if (ruled[k]) {
          split = (before.x0 + before.x1) / 2 < middle && (box.x0 + box.x1) / 2 > middle;
        } else {
          split = box.x0 - before.x1 >= model.split_gap && before.x1 <= border.x1 &&
                  box.x0 >= border.x0;
          // A word at the next column's usual start, after a gap, on a
          // line with cells of its own.
          split = split || (line->cells.size() >= 2 && k + 1 < model.starts.size() &&
                            model.starts[k + 1] >= 0 && box.x0 > before.x1 &&
                            std::abs(box.x0 - model.starts[k + 1]) <= kAlignedPoints &&
                            before.x1 < model.starts[k + 1]);
        }
      }
    }
    if (split) {
      pieces.push_back({words[i]->text, {box.x0, box.x1}, i, i + 1});
    } else {
      pieces.back().text += " " + words[i]->text;
      pieces.back().span.x0 = std::min(pieces.back().span.x0, box.x0);
      pieces.back().span.x1 = std::max(pieces.back().span.x1, box.x1);
      pieces.back().end = i + 1;
    }
  }
  if (!pieces.empty() && !model.grid && LaidOutWithSpaces(page))
    SplitRunOnPieces(model, words, markers, above, &pieces);

  // Each piece's first and last column; pieces sharing a column are one cell.
  struct Placed {
    std::string text;
    Span span;
    size_t first = 0, last = 0;
  };
  std::vector<Placed> placed;
  for (const Piece& piece : pieces) {
    size_t first = 0, last = 0;
    for (size_t k = 0; k < model.borders.size(); ++k) {
      const Span& border = model.borders[k];
      const Span& left = model.columns[k];
      const Span& right = model.columns[k + 1];
      // Across the whitespace, but hardly into one side: the side holding
      // most of it.
      const bool reaches = border.x0 - piece.span.x0 >= kMinSpanReachShare * left.Width() &&
                           piece.span.x1 - border.x1 >= kMinSpanReachShare * right.Width();
      if (Covers(piece.span, border.x0, border.x1) && !reaches && !GridBorder(model, k)) {
        const bool leftwards = border.x0 - piece.span.x0 >= piece.span.x1 - border.x1;
        first += !leftwards;
        last += !leftwards;
        continue;
      }
      first += piece.span.x0 > border.x0;
      last += piece.span.x1 > border.x1;
    }
    if (first > last) {
      // Inside the whitespace between two columns: the nearer one.
      const double centre = (piece.span.x0 + piece.span.x1) / 2;
      const Span& border = model.borders[last];
      first = last = centre < (border.x0 + border.x1) / 2 ? last : first;
    }
    first = std::max(first, piece.first_column);
    last = std::min(std::max(last, first), piece.last_column);
    first = std::min(first, last);
    first = std::min(first, n - 1);
    last = std::min(last, n - 1);
    if (!placed.empty() && placed.back().last >= first) {
      Placed& previous = placed.back();
      previous.text += " " + piece.text;
      previous.span.x1 = std::max(previous.span.x1, piece.span.x1);
      previous.last = std::max(previous.last, last);
      continue;
    }
    placed.push_back({piece.text, piece.span, first, last});
  }

  // In text laid out with spaces a header's lines are set apart from the
  // columns below them (its type is wider), but not from one another: a
  // year alone under a cell of the line above ("Resultatkrav" / "2009")
  // goes to that cell's column.
  if (above != nullptr && !model.grid && LaidOutWithSpaces(page) && above->cells.size() == n) {
    for (size_t k = 0; k < placed.size(); ++k) {
      Placed& p = placed[k];
      if (p.first != p.last || !AllYears(p.text)) continue;
      const double centre = (p.span.x0 + p.span.x1) / 2;
      for (size_t c = 0; c < n; ++c) {
        const Cell& over = above->cells[c];
        if (over.span != 1 || over.text.empty() || centre < over.x0 || centre > over.x1) continue;
        const bool free = (k == 0 || placed[k - 1].last < c) &&
                          (k + 1 == placed.size() || placed[k + 1].first > c);
        if (c != p.first && free) p.first = p.last = c;
        break;
      }
    }
  }
  // In a ruled table a cell runs on over the columns to its right that no
  // ruling divides at this height and that hold no text of the line (a
  // title row across the table, drawn as one cell).
  // Text centred in its own column and away from its left edge belongs to
  // that column ("2008" under its "Resultatkrav"), however the rulings
  // beside it came out (a scan's ruling breaks off).
  if (model.grid) {
    for (size_t k = 0; k < placed.size(); ++k) {
      const size_t limit = k + 1 < placed.size() ? placed[k + 1].first : n;
      Placed& p = placed[k];
      if (p.first == p.last && CentredInColumn(p.span, model.columns[p.first])) continue;
      while (p.last + 1 < limit && !ruled[p.last] && GridBorder(model, p.last)) ++p.last;
    }
  }
  std::vector<Cell> cells(n);
  for (size_t c = 0; c < n; ++c) {
    cells[c] = {"", static_cast<int>(c), model.columns[c].x0, model.columns[c].x1};
  }
  for (const Placed& p : placed) {
    Cell& cell = cells[p.first];
    cell.text = p.text;
    cell.x0 = p.span.x0;
    cell.x1 = p.span.x1;
    cell.span = static_cast<int>(p.last - p.first + 1);
    for (size_t c = p.first + 1; c <= p.last; ++c) cells[c].span = 0;
  }
  line->kind = LineKind::kTableRow;
  line->cells = std::move(cells);
  line->text.clear();
  for (size_t c = 0; c < n; ++c) {
    if (c > 0) line->text.push_back('\t');
    line->text += line->cells[c].text;
  }
}

}  // namespace bilag::layout
