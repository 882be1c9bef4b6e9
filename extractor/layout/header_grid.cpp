#include "extractor/layout/header_grid.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extractor/layout/geometry.h"
#include "extractor/layout/table_columns.h"
#include "extractor/layout/table_rows.h"

namespace bilag::layout {
namespace {

// A header has a line or two, three at most (a spanning cell's line, the
// names, the years); a grid needs a few body lines to show.
constexpr size_t kMaxHeaderLines = 3;
constexpr size_t kMinBodyLines = 3;
// Two columns could be one header cell's two halves; three name a table.
// A header names a handful of columns in a few words each: a line of more
// is no header, and the bounds keep the matching below linear in the page.
constexpr size_t kMinColumns = 3;
constexpr size_t kMaxColumns = 32;
constexpr size_t kMaxHeaderWords = 64;
// Starts within a character of each other are one start; a header cell two
// characters or more off its column stands on a grid of its own (one
// character is the rounding of any line's positions).
constexpr double kOffGridChars = 2;

// The width of one character of the page's grid: half an em.
double CharWidth(const Page& page) { return page.words.front().font_size / 2; }

// One header line's new cells, planned before anything moves.
struct PlannedLine {
  size_t line = 0;
  std::vector<std::pair<int, double>> moves;  // word index, shift in points
  std::vector<Cell> cells;
};

// The words of `cell` (centre inside it), left to right.
std::vector<int> WordsOf(const Cell& cell, const Line& line, const Page& page) {
  std::vector<int> words;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    const double centre = (box.x0 + box.x1) / 2;
    if (centre >= cell.x0 && centre <= cell.x1) words.push_back(index);
  }
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return page.words[static_cast<size_t>(a)].box.x0 < page.words[static_cast<size_t>(b)].box.x0;
  });
  return words;
}

// Whether x lies inside the word, past its first character: a label set
// under a header cell's middle ("Resultatkrav" / "2016"), not a column.
bool InsideWord(double x, const Box& word, double char_width) {
  return x > word.x0 + char_width && x < word.x1;
}

// Plans one header line: each word that starts at one of `anchors` takes
// that anchor's shift onto `targets`, the words after it in its cell follow
// it; a cell whose words take two shifts becomes two cells. A cell that
// opens inside a word of a line planned before takes that word's shift.
// Nullopt when a cell opens at neither, or when the moved words would touch.
std::optional<PlannedLine> PlanLine(size_t index, const Page& page,
                                    const std::vector<double>& anchors,
                                    const std::vector<double>& targets,
                                    const std::vector<PlannedLine>& planned) {
  const Line& line = page.lines[index];
  const double char_width = CharWidth(page);
  PlannedLine plan;
  plan.line = index;
  double previous_x1 = -1;
  size_t placed = 0;
  std::vector<Cell> cells = line.cells;
  if (cells.empty()) {
    // A line of one cell holds its text alone.
    Cell whole;
    whole.text = line.text;
    whole.bold = line.bold;
    whole.x0 = 1e300;
    whole.x1 = -1e300;
    for (int w : line.words) {
      if (w < 0 || static_cast<size_t>(w) >= page.words.size()) return std::nullopt;
      whole.x0 = std::min(whole.x0, page.words[static_cast<size_t>(w)].box.x0);
      whole.x1 = std::max(whole.x1, page.words[static_cast<size_t>(w)].box.x1);
    }
    cells.push_back(std::move(whole));
  }
  for (const Cell& cell : cells) {
    if (cell.x0 < 0) return std::nullopt;
    const std::vector<int> words = WordsOf(cell, line, page);
    if (words.empty()) return std::nullopt;
    placed += words.size();
    std::optional<double> shift;
    std::vector<int> run;  // words of the new cell being built
    auto close_run = [&]() {
      if (run.empty()) return;
      Cell out;
      out.bold = cell.bold;
      out.x0 = page.words[static_cast<size_t>(run.front())].box.x0 + *shift;
      out.x1 = page.words[static_cast<size_t>(run.back())].box.x1 + *shift;
      if (run.size() == words.size()) {
        out.text = cell.text;
      } else {
        for (int w : run) {
          if (!out.text.empty()) out.text.push_back(' ');
          out.text += page.words[static_cast<size_t>(w)].text;
        }
      }
      plan.cells.push_back(std::move(out));
      run.clear();
    };
    for (int w : words) {
      const Box& box = page.words[static_cast<size_t>(w)].box;
      for (size_t j = 0; j < anchors.size(); ++j) {
        if (std::abs(box.x0 - anchors[j]) > char_width) continue;
        close_run();
        shift = targets[j] - anchors[j];
        break;
      }
      for (size_t p = 0; !shift && p < planned.size(); ++p) {
        for (const auto& [above, above_shift] : planned[p].moves) {
          if (!InsideWord(box.x0, page.words[static_cast<size_t>(above)].box, char_width)) continue;
          shift = above_shift;
          break;
        }
      }
      if (!shift) return std::nullopt;
      if (previous_x1 >= 0 && box.x0 + *shift < previous_x1 + char_width) return std::nullopt;
      previous_x1 = box.x1 + *shift;
      plan.moves.emplace_back(w, *shift);
      run.push_back(w);
    }
    close_run();
  }
  // Every word in a cell: nothing of the line is left behind.
  if (placed != line.words.size()) return std::nullopt;
  return plan;
}

}  // namespace

bool MoveHeaderOntoBodyGrid(const Part& part, const std::vector<std::string>& month_words,
                            Page* page) {
  if (part.grid || !LaidOutWithSpaces(*page)) return false;
  const double split_gap = part.columns.split_gap;
  size_t header = 0;
  double first_cell_x1 = 0;  // where the first line's first cell ends
  while (header < part.lines.size()) {
    const Line& line = page->lines[part.lines[header]];
    const std::vector<Span> pieces = ColumnPieces(line, *page, split_gap);
    if (pieces.empty() || !LooksLikeHeaderLine(line, month_words)) break;
    if (pieces.size() > kMaxColumns || line.words.size() > kMaxHeaderWords) return false;
    if (header == 0) {
      if (pieces.size() < 2) return false;
      first_cell_x1 = pieces.front().x1;
    }
    // A line of one cell goes on with the header under a later column's
    // name ("Mål" / "2010"); at the left it is a group row of the body.
    if (pieces.size() < 2 && pieces.front().x0 <= first_cell_x1) break;
    if (header == kMaxHeaderLines) return false;
    ++header;
  }
  if (header == 0 || part.lines.size() < header + kMinBodyLines) return false;

  std::vector<std::vector<Span>> body;
  for (size_t k = header; k < part.lines.size(); ++k) {
    body.push_back(ColumnPieces(page->lines[part.lines[k]], *page, split_gap));
  }
  const ColumnModel model = ColumnsFromAlignment(body, split_gap, /*one_page=*/true);
  const size_t n = model.columns.size();
  if (n < kMinColumns || n > kMaxColumns) return false;
  // The body shows its grid in rows that fill all its columns, or all but
  // one; a row or two of them (a table's last row alone on a page) leave it
  // to chance, and the header's own grid is then the better guess.
  const auto full_rows =
      std::count_if(body.begin(), body.end(),
                    [&](const std::vector<Span>& pieces) { return pieces.size() + 1 >= n; });
  if (static_cast<size_t>(full_rows) < kMinBodyLines) return false;
  std::vector<double> targets(n);
  for (size_t c = 0; c < n; ++c) {
    targets[c] =
        c < model.starts.size() && model.starts[c] >= 0 ? model.starts[c] : model.columns[c].x0;
  }

  // Where the header's cells start, near starts taken as one.
  const double char_width = CharWidth(*page);
  std::vector<double> starts;
  for (size_t k = 0; k < header; ++k) {
    for (const Span& piece : ColumnPieces(page->lines[part.lines[k]], *page, split_gap)) {
      bool inside = false;
      for (size_t other = 0; other < header && !inside; ++other) {
        if (other == k) continue;
        for (int w : page->lines[part.lines[other]].words) {
          if (w < 0 || static_cast<size_t>(w) >= page->words.size()) continue;
          inside =
              inside || InsideWord(piece.x0, page->words[static_cast<size_t>(w)].box, char_width);
        }
      }
      if (!inside) starts.push_back(piece.x0);
    }
  }
  std::sort(starts.begin(), starts.end());
  std::vector<double> anchors;
  for (double x : starts) {
    if (anchors.empty() || x - anchors.back() > char_width) anchors.push_back(x);
  }
  if (anchors.size() != n) return false;
  // Off the body's grid: some header cell two characters or more from
  // where most of its column's cells start. Not the first column's name,
  // which is often centred over its names or indented: it tells nothing of
  // the grid and stays where it is.
  bool off = false;
  for (size_t j = 0; j < n; ++j) {
    off = off || (j > 0 && std::abs(anchors[j] - targets[j]) >= kOffGridChars * char_width);
    // Each header cell stays between its neighbours' columns: a grid of its
    // own is a few characters off, not a column.
    if ((j > 0 && anchors[j] <= targets[j - 1]) || (j + 1 < n && anchors[j] >= targets[j + 1])) {
      return false;
    }
  }
  if (!off) return false;
  // pdftotext sets a column's cells a character or two apart from line to
  // line too: a header cell moves only as far as the body cell nearest to
  // it on the way, and stays where one starts with it.
  std::vector<double> moved_to = targets;
  moved_to[0] = anchors[0];
  for (size_t j = 1; j < n; ++j) {
    const double lo = std::min(anchors[j], targets[j]) - char_width;
    const double hi = std::max(anchors[j], targets[j]);
    for (const std::vector<Span>& pieces : body) {
      for (const Span& piece : pieces) {
        if (piece.x0 < lo || piece.x0 > hi || (j + 1 < n && piece.x1 >= targets[j + 1])) continue;
        if (std::abs(piece.x0 - anchors[j]) < std::abs(moved_to[j] - anchors[j])) {
          moved_to[j] = piece.x0;
        }
      }
    }
  }
  bool moves = false;
  for (size_t j = 0; j < n; ++j) moves = moves || std::abs(moved_to[j] - anchors[j]) >= char_width;
  if (!moves) return false;

  std::vector<PlannedLine> plans;
  for (size_t k = 0; k < header; ++k) {
    std::optional<PlannedLine> plan = PlanLine(part.lines[k], *page, anchors, moved_to, plans);
    if (!plan) return false;
    plans.push_back(std::move(*plan));
  }
  for (PlannedLine& plan : plans) {
    for (const auto& [word, shift] : plan.moves) {
      Box& box = page->words[static_cast<size_t>(word)].box;
      box.x0 += shift;
      box.x1 += shift;
    }
    Line& line = page->lines[plan.line];
    line.cells.clear();
    line.text.clear();
    line.SetCells(std::move(plan.cells));
  }
  return true;
}

}  // namespace bilag::layout
