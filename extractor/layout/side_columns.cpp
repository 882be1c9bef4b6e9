#include "extractor/layout/side_columns.h"

#include "extractor/layout/grids.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/base/utf8.h"
#include "extractor/layout/geometry.h"

namespace bilag::layout {
namespace {

// The side column takes at most this share of the page's width, and starts
// right of this share.
constexpr double kMaxSideWidthShare = 0.45;
constexpr double kMinSideStartShare = 0.5;
// A side column line holds a date, a label or an address line, not prose.
constexpr size_t kMaxSideWords = 8;
// A word ending a sentence is longer than an abbreviation with its dot.
constexpr size_t kMinSentenceEndBytes = 5;
// Body text beside a side column is prose from the page's left margin; a
// body piece that starts this share of the page's width right of the
// margin is a table's cell (the rest of a row at the top of a page).
constexpr double kIndentedCellShare = 0.15;

enum class Fit { kBodyOnly, kSplit, kCrosses };

// How a line sits against a side column starting at x: wholly left of the
// gutter, or split into a body part and a side part that starts at x, or
// crossing it (then it is no side column there).
struct LineFit {
  Fit fit = Fit::kBodyOnly;
  size_t first_side_piece = 0;  // kSplit: index of the first side piece
  double side_x0 = 0;           // kSplit: where the side part starts
  // kSplit: the side part starts inside piece first_side_piece, at a word
  // after a gutter that the line's cell gaps did not part.
  bool inside_piece = false;
};

// Where inside `piece` of the line a word starts at x after a gutter of
// whitespace: a cell gap the line's other gaps hid. Text laid out with
// spaces parts one-word cells five spaces apart no more than justified
// prose ("procentpoint     procentpoint     Telefon"). -1 when none does.
// The gutter is twice a side column's: a justified line's double space
// is no gutter.
constexpr double kInsideGutterPoints = 2 * kSideGutterPoints;
double WordAfterGutter(const Line& line, const Page& page, const Span& piece, double x) {
  double previous_x1 = -1;
  for (int index : line.words) {  // in reading order
    const Box& box = page.words[static_cast<size_t>(index)].box;
    if (box.x0 < piece.x0 - kSideAlignPoints || box.x0 > piece.x1) continue;
    if (std::fabs(box.x0 - x) <= kSideAlignPoints && previous_x1 >= 0 &&
        previous_x1 <= x - kInsideGutterPoints) {
      return box.x0;
    }
    previous_x1 = std::max(previous_x1, box.x1);
  }
  return -1;
}

LineFit FitLine(const std::vector<Span>& pieces, const Line& line, const Page& page, double x) {
  LineFit result;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const Span& piece = pieces[k];
    if (piece.x1 <= x - kSideGutterPoints || piece.Width() < kSpeckPoints) continue;
    result.first_side_piece = k;
    if (std::fabs(piece.x0 - x) <= kSideAlignPoints) {
      result.fit = Fit::kSplit;
      result.side_x0 = piece.x0;
      return result;
    }
    const double inside = WordAfterGutter(line, page, piece, x);
    if (inside >= 0 && k + 1 == pieces.size()) {
      result.fit = Fit::kSplit;
      result.side_x0 = inside;
      result.inside_piece = true;
      return result;
    }
    result.fit = Fit::kCrosses;
    return result;
  }
  return result;
}

struct Candidate {
  double x = 0;  // where the column starts in its topmost line
  int lines = 0;
};

// Left edges of pieces in the right half of the page with a gutter before
// them, clustered: each cluster is a possible side column.
std::vector<Candidate> FindCandidates(const std::vector<std::vector<Span>>& pieces,
                                      const Page& page) {
  struct Start {
    double x;
    size_t line;
  };
  std::vector<Start> starts;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const std::vector<Span>& line = pieces[i];
    for (size_t k = 0; k < line.size(); ++k) {
      if (line[k].x0 < kMinSideStartShare * page.width || line[k].Width() < kSpeckPoints) continue;
      if (k > 0 && line[k - 1].x1 > line[k].x0 - kSideGutterPoints) continue;
      starts.push_back({line[k].x0, i});
      break;  // one per line
    }
  }
  std::sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) { return a.x < b.x; });
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < starts.size();) {
    // A scan turned by a degree moves a column's x by ~1.7 points per 100
    // points down the page: chain starts that are close, and begin the
    // column where its topmost line starts.
    size_t j = i, top = i;
    while (j + 1 < starts.size() && starts[j + 1].x - starts[j].x <= kSideAlignPoints) {
      ++j;
      if (starts[j].line < starts[top].line) top = j;
    }
    candidates.push_back({starts[top].x, static_cast<int>(j - i + 1)});
    i = j + 1;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.lines > b.lines; });
  return candidates;
}

size_t WordCount(const Line& line, const Page& page, double side_x) {
  size_t count = 0;
  for (int index : line.words) {
    if (page.words[static_cast<size_t>(index)].box.x0 >= side_x - kSideAlignPoints) ++count;
  }
  return count;
}

// Whether the side part of a line (its words from side_x on) starts in
// lower case. Words, not cells: a line of text laid out with spaces has
// no cells yet, and its text starts with the body's part.
bool SideStartsLowerCase(const Line& line, const Page& page, double side_x) {
  for (int index : line.words) {
    const Word& word = page.words[static_cast<size_t>(index)];
    if (word.box.x0 >= side_x - kSideAlignPoints) return StartsLowerCase(word.text);
  }
  return false;
}

// Whether the side part of a line ends a sentence: its last word ends in
// '.', '!' or '?' and is no short abbreviation ("pr.", "V.", "kl.").
bool SideEndsSentence(const Line& line, const Page& page, double side_x) {
  const Word* last = nullptr;
  for (int index : line.words) {
    const Word& word = page.words[static_cast<size_t>(index)];
    if (word.box.x0 >= side_x - kSideAlignPoints) last = &word;
  }
  if (last == nullptr || last->text.size() < kMinSentenceEndBytes) return false;
  const char end = last->text.back();
  return end == '.' || end == '!' || end == '?';
}

// Whether the lines [begin, end), none crossing the gutter, hold a side
// column at the x their fits were measured against.
bool IsSideColumn(const std::vector<std::vector<Span>>& pieces, const std::vector<LineFit>& fits,
                  const std::vector<double>& grid_right, const Page& page, size_t begin,
                  size_t end) {
  double margin = page.width;
  for (const std::vector<Span>& line : pieces) {
    if (!line.empty()) margin = std::min(margin, line.front().x0);
  }
  int side_lines = 0, beside_table = 0, several_cells = 0, lower_case = 0, table_like = 0,
      prose = 0;
  double right = 0;
  for (size_t i = begin; i < end; ++i) {
    if (fits[i].fit != Fit::kSplit) continue;
    ++side_lines;
    // A ruled table's row beside the column: its right border proves that
    // the side part is no column of the table.
    if (grid_right[i] >= 0 && fits[i].side_x0 >= grid_right[i]) continue;
    const bool indented = fits[i].first_side_piece >= 1 &&
                          pieces[i].front().x0 > margin + kIndentedCellShare * page.width;
    if (fits[i].first_side_piece >= 2 || indented) ++beside_table;
    // Columns of figures beside their items ("1,5  2,0  3,5") are a table.
    const bool several = pieces[i].size() > fits[i].first_side_piece + 1;
    several_cells += several;
    right = std::max(right, pieces[i].back().x1);
    if (WordCount(page.lines[i], page, fits[i].side_x0) > kMaxSideWords) return false;
    const bool lower = SideStartsLowerCase(page.lines[i], page, fits[i].side_x0);
    lower_case += lower;
    table_like += several || lower;
    prose += lower || SideEndsSentence(page.lines[i], page, fits[i].side_x0);
  }
  // A column whose lines mostly go on in lower case is prose wrapped in a
  // table's last column (a status column); a side column's lines are items
  // of their own (an address, "Telefon", "33 17 76 50", "E-mail"). Nor is
  // one whose lines are mostly either: a table's last columns, their
  // header and figures in cells of their own, their text wrapped ("Min. 6
  // ældre  500" / "modtager et").
  // Nor one whose lines mostly go on from the line above or end a
  // sentence: a status column's prose ("grupper med i alt 95 faste
  // deltagere."), where an address's lines are names and numbers.
  if (side_lines < kMinSideLines || 3 * beside_table > side_lines ||
      2 * several_cells > side_lines || 2 * lower_case >= side_lines ||
      2 * table_like > side_lines || 2 * prose > side_lines) {
    return false;
  }
  double left = page.width;
  double top = page.height, bottom = 0;
  for (size_t i = begin; i < end; ++i) {
    if (fits[i].fit != Fit::kSplit) continue;
    left = std::min(left, fits[i].side_x0);
    const Band band = BandOf(page.lines[i], page);
    top = std::min(top, band.y0);
    bottom = std::max(bottom, band.y1);
  }
  // Rules between a table's rows run under its last column as under the
  // others; none runs from the body through a letterhead's column.
  for (const Ruling& ruling : page.rulings) {
    const double y = (ruling.y0 + ruling.y1) / 2;
    if (ruling.Horizontal() && y > top && y < bottom &&
        std::min(ruling.x0, ruling.x1) < left - kSideGutterPoints &&
        std::max(ruling.x0, ruling.x1) > left + kSideGutterPoints) {
      return false;
    }
  }
  return right - left <= kMaxSideWidthShare * page.width;
}

}  // namespace

Line JoinedLine(const Line& source, const Page& page, std::vector<int> words,
                const std::vector<Cell>& cells) {
  Line line;
  line.kind = cells.size() >= 2 ? LineKind::kTableRow : LineKind::kText;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (c > 0) line.text.push_back('\t');
    line.text += cells[c].text;
  }
  if (line.kind == LineKind::kTableRow) {
    line.cells = cells;
    for (size_t c = 0; c < line.cells.size(); ++c) line.cells[c].column = static_cast<int>(c);
  }
  line.bold = !words.empty() && std::all_of(words.begin(), words.end(), [&](int index) {
    return page.words[static_cast<size_t>(index)].bold;
  });
  line.words = std::move(words);
  line.page = source.page;
  return line;
}

namespace {

// Cuts `line` at the side column: its side part becomes `side`; returns
// false when nothing of the body is left.
bool Split(Line* line, const Page& page, const LineFit& fit, Line* side) {
  std::vector<Cell> cells = line->cells;
  if (cells.empty()) cells.push_back({line->text, 0, -1, -1});  // the whole line is side
  std::vector<int> body_words, side_words;
  for (int index : line->words) {
    bool in_side = page.words[static_cast<size_t>(index)].box.x0 >= fit.side_x0 - kSideAlignPoints;
    (in_side ? side_words : body_words).push_back(index);
  }
  if (fit.inside_piece) {
    // The piece's words are its text, one space apart: its body words
    // stay a cell, its side words become the side part.
    Cell& last = cells[fit.first_side_piece];
    const double x0 = last.x0 >= 0 ? last.x0 : -1e300;
    Cell body{"", 0, -1, -1}, rest{"", 0, -1, -1};
    for (int index : line->words) {
      const Word& word = page.words[static_cast<size_t>(index)];
      if (word.box.x0 < x0 - kSideAlignPoints) continue;
      Cell& into = word.box.x0 >= fit.side_x0 - kSideAlignPoints ? rest : body;
      into.text += (into.text.empty() ? "" : " ") + word.text;
      into.x0 = into.x0 < 0 ? word.box.x0 : std::min(into.x0, word.box.x0);
      into.x1 = std::max(into.x1, word.box.x1);
    }
    cells.resize(fit.first_side_piece);
    if (!body.text.empty()) cells.push_back(body);
    cells.push_back(rest);
  }
  const size_t first_side = fit.inside_piece ? cells.size() - 1 : fit.first_side_piece;
  std::vector<Cell> body_cells(cells.begin(),
                               cells.begin() + static_cast<std::ptrdiff_t>(first_side));
  std::vector<Cell> side_cells(cells.begin() + static_cast<std::ptrdiff_t>(first_side),
                               cells.end());
  // The side column reads as one line of text ("Tlf. 33 66 33 66").
  std::string side_text;
  for (const Cell& cell : side_cells) side_text += (side_text.empty() ? "" : " ") + cell.text;
  *side = JoinedLine(*line, page, std::move(side_words), {{side_text, 0, -1, -1}});
  side->side = true;
  if (body_cells.empty()) return false;
  *line = JoinedLine(*line, page, std::move(body_words), body_cells);
  return true;
}

}  // namespace

int SeparateSideColumns(Page* page) {
  if (!HasGeometry(*page) || page->lines.size() < static_cast<size_t>(kMinSideLines)) return 0;
  // A ruled table's cells are no side column, however its last column
  // sits: a line all inside a grid crosses the gutter.
  const std::vector<Grid> grids = FindGrids(*page);
  std::vector<bool> ruled(page->lines.size(), false);
  // Per line, the right border of the grid its first piece is in (-1: none).
  std::vector<double> grid_right(page->lines.size(), -1);
  std::vector<std::vector<Span>> pieces;
  pieces.reserve(page->lines.size());
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const Line& line = page->lines[i];
    pieces.push_back(line.side ? std::vector<Span>{} : PiecesOf(line, *page));
    if (pieces.back().empty()) continue;
    const Band band = BandOf(line, *page);
    const double y = (band.y0 + band.y1) / 2;
    for (const Grid& grid : grids) {
      const Span& first = pieces.back().front();
      if (grid.Contains((first.x0 + first.x1) / 2, y)) grid_right[i] = grid.x1;
      ruled[i] = ruled[i] ||
                 std::all_of(pieces.back().begin(), pieces.back().end(), [&](const Span& piece) {
                   return grid.Contains((piece.x0 + piece.x1) / 2, y);
                 });
    }
    if (ruled[i]) pieces.back().clear();
  }

  int moved = 0;
  std::vector<Line> side_lines;
  std::vector<char> removed(page->lines.size(), 0);
  for (const Candidate& candidate : FindCandidates(pieces, *page)) {
    if (candidate.lines < kMinSideLines) break;
    // Each line's fit; the column's x follows its lines down the page.
    std::vector<LineFit> fits(page->lines.size());
    double x = candidate.x;
    for (size_t i = 0; i < page->lines.size(); ++i) {
      // A line inside a grid that reaches the column crosses it; one inside
      // a grid whose right border ends before it is body beside the column
      // (the border parts them, whatever the gutter).
      if (ruled[i] && grid_right[i] >= x) fits[i].fit = Fit::kCrosses;
      if (pieces[i].empty() || removed[i]) continue;
      fits[i] = FitLine(pieces[i], page->lines[i], *page, x);
      if (fits[i].fit == Fit::kSplit) x = fits[i].side_x0;
    }
    for (size_t begin = 0; begin < fits.size();) {
      size_t end = begin;
      while (end < fits.size() && fits[end].fit != Fit::kCrosses) ++end;
      if (IsSideColumn(pieces, fits, grid_right, *page, begin, end)) {
        for (size_t i = begin; i < end; ++i) {
          if (fits[i].fit != Fit::kSplit) continue;
          Line side;
          if (!Split(&page->lines[i], *page, fits[i], &side)) removed[i] = 1;
          side_lines.push_back(std::move(side));
          pieces[i] = removed[i] ? std::vector<Span>{} : PiecesOf(page->lines[i], *page);
          ++moved;
        }
      }
      begin = end + 1;
    }
  }
  if (moved == 0) return 0;
  std::vector<Line> lines;
  lines.reserve(page->lines.size() + side_lines.size());
  for (size_t i = 0; i < page->lines.size(); ++i) {
    if (!removed[i]) lines.push_back(std::move(page->lines[i]));
  }
  // Candidates are tried one after the other: SetBodyAndSideLines puts
  // their lines back in reading order.
  SetBodyAndSideLines(page, std::move(lines), std::move(side_lines));
  return moved;
}

void SetBodyAndSideLines(Page* page, std::vector<Line> body, std::vector<Line> side) {
  std::stable_sort(side.begin(), side.end(), [&](const Line& a, const Line& b) {
    return BandOf(a, *page).y0 < BandOf(b, *page).y0;
  });
  for (Line& line : side) body.push_back(std::move(line));
  page->lines = std::move(body);
  page->Renumber();
}

}  // namespace bilag::layout
