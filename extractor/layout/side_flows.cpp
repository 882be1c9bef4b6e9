#include "extractor/layout/side_flows.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/layout/geometry.h"
#include "extractor/layout/side_columns.h"

namespace bilag::layout {
namespace {

// Words of one flow differ in size by less than this; a word smaller than
// kMarkShare of the flow's size is a footnote mark set in it.
constexpr double kSameSizePoints = 0.3;
constexpr double kMarkShare = 0.8;
// Two gutters are one when they share this much width.
constexpr double kCommonGutterPoints = 2;

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// One side of a line: its size and baseline (the bottom of its words), if
// its words are set in one size.
struct Flow {
  double size = 0;
  double bottom = 0;
};

std::optional<Flow> FlowOf(const Page& page, const std::vector<int>& words) {
  std::vector<double> sizes;
  sizes.reserve(words.size());
  for (int index : words) sizes.push_back(page.words[static_cast<size_t>(index)].font_size);
  const double size = Median(sizes);
  std::vector<double> bottoms;
  for (int index : words) {
    const Word& word = page.words[static_cast<size_t>(index)];
    if (word.font_size < kMarkShare * size) continue;  // a mark
    if (std::fabs(word.font_size - size) > kSameSizePoints) return std::nullopt;
    bottoms.push_back(word.box.y1);
  }
  return Flow{size, Median(bottoms)};
}

// A gutter a line may be cut at: no word crosses [x0, x1], and each side
// is set in a size of its own.
struct Cut {
  size_t line = 0;
  double x0 = 0, x1 = 0;
  Flow left, right;
  bool offset = false;  // the two sides' baselines differ
};

std::optional<Cut> CutOf(const Page& page, size_t index) {
  const Line& line = page.lines[index];
  if (line.side || line.words.size() < 2) return std::nullopt;
  std::vector<int> words = line.words;
  for (int w : words) {
    if (page.words[static_cast<size_t>(w)].font_size <= 0) return std::nullopt;
  }
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return page.words[static_cast<size_t>(a)].box.x0 < page.words[static_cast<size_t>(b)].box.x0;
  });
  double reach = page.words[static_cast<size_t>(words[0])].box.x1;
  for (size_t k = 1; k < words.size(); ++k) {
    const Box& box = page.words[static_cast<size_t>(words[k])].box;
    if (box.x0 - reach >= kFlowGutterPoints) {
      const std::vector<int> left(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
      const std::vector<int> right(words.begin() + static_cast<std::ptrdiff_t>(k), words.end());
      const std::optional<Flow> a = FlowOf(page, left), b = FlowOf(page, right);
      if (a && b && std::fabs(a->size - b->size) >= kFlowSizePoints) {
        return Cut{index, reach, box.x0,
                   *a,    *b,    std::fabs(a->bottom - b->bottom) >= kFlowOffsetPoints};
      }
    }
    reach = std::max(reach, box.x1);
  }
  return std::nullopt;
}

bool SameSizes(const Cut& a, const Cut& b) {
  return std::fabs(a.left.size - b.left.size) <= kSameSizePoints &&
         std::fabs(a.right.size - b.right.size) <= kSameSizePoints;
}

// The gutter most offset lines share, and those lines' sizes; nullopt when
// fewer than kMinFlowLines share one.
std::optional<Cut> CommonGutter(const std::vector<Cut>& cuts) {
  std::optional<Cut> best;
  int best_count = 0;
  for (const Cut& seed : cuts) {
    if (!seed.offset) continue;
    Cut common = seed;
    int count = 0;
    for (const Cut& other : cuts) {
      if (!other.offset || !SameSizes(seed, other)) continue;
      const double x0 = std::max(common.x0, other.x0), x1 = std::min(common.x1, other.x1);
      if (x1 - x0 < kCommonGutterPoints) continue;
      common.x0 = x0;
      common.x1 = x1;
      ++count;
    }
    if (count > best_count) {
      best_count = count;
      best = common;
    }
  }
  if (best_count < kMinFlowLines) return std::nullopt;
  return best;
}

// The line's cells on one side of its gap; a cell that ingest kept across
// it is cut into its words on either side.
std::vector<Cell> CellsBeside(const Line& line, const Page& page, const Cut& cut, bool left) {
  std::vector<Cell> cells = line.cells;
  if (cells.empty()) cells.push_back({line.text, 0, -1, -1});
  std::vector<Cell> kept;
  for (const Cell& cell : cells) {
    if (cell.x0 >= 0 && cell.x1 <= cut.x0 + kCommonGutterPoints) {
      if (left) kept.push_back(cell);
    } else if (cell.x0 >= cut.x1 - kCommonGutterPoints) {
      if (!left) kept.push_back(cell);
    } else {
      Cell part;
      for (int index : line.words) {
        const Word& word = page.words[static_cast<size_t>(index)];
        if (word.box.x1 < cell.x0 - 0.5 || (cell.x1 >= 0 && word.box.x0 > cell.x1 + 0.5)) continue;
        if ((word.box.x1 <= cut.x0 + kCommonGutterPoints) != left) continue;
        part.text += (part.text.empty() ? "" : " ") + word.text;
        part.x0 = part.x0 < 0 ? word.box.x0 : std::min(part.x0, word.box.x0);
        part.x1 = std::max(part.x1, word.box.x1);
      }
      if (!part.text.empty()) kept.push_back(part);
    }
  }
  return kept;
}

}  // namespace

int SeparateSideFlows(Page* page) {
  if (!HasGeometry(*page) || LaidOutWithSpaces(*page)) return 0;
  std::vector<Cut> cuts;
  for (size_t i = 0; i < page->lines.size(); ++i) {
    if (std::optional<Cut> cut = CutOf(*page, i)) cuts.push_back(*cut);
  }
  const std::optional<Cut> gutter = CommonGutter(cuts);
  if (!gutter) return 0;
  std::vector<const Cut*> split;
  int left_cells = 0, right_cells = 0;
  for (const Cut& cut : cuts) {
    // The line's own gap meets the common one (a stub's labels are
    // indented, a paragraph's lines ragged).
    const double shared = std::min(cut.x1, gutter->x1) - std::max(cut.x0, gutter->x0);
    if (!SameSizes(cut, *gutter) || shared < kCommonGutterPoints) continue;
    split.push_back(&cut);
    const Line& line = page->lines[cut.line];
    left_cells += static_cast<int>(CellsBeside(line, *page, cut, true).size());
    right_cells += static_cast<int>(CellsBeside(line, *page, cut, false).size());
  }
  // The prose is the side with fewer cells (a paragraph is one piece a line).
  const bool prose_left =
      left_cells != right_cells ? left_cells < right_cells : gutter->left.size > gutter->right.size;
  std::vector<Line> side_lines;
  for (const Cut* cut : split) {
    Line& line = page->lines[cut->line];
    std::vector<int> body_words, side_words;
    for (int index : line.words) {
      const bool on_left = page->words[static_cast<size_t>(index)].box.x1 <= cut->x0 + 0.5;
      (on_left == prose_left ? side_words : body_words).push_back(index);
    }
    std::string side_text;
    for (const Cell& cell : CellsBeside(line, *page, *cut, prose_left)) {
      side_text += (side_text.empty() ? "" : " ") + cell.text;
    }
    Line side = JoinedLine(line, *page, std::move(side_words), {{side_text, 0, -1, -1}});
    side.side = true;
    side_lines.push_back(std::move(side));
    line =
        JoinedLine(line, *page, std::move(body_words), CellsBeside(line, *page, *cut, !prose_left));
  }
  const int moved = static_cast<int>(side_lines.size());
  // Prose lines between the cut ones that sit alone (no row beside them)
  // belong to the side flow too: in the table they would join two rows.
  const double top = BandOf(page->lines[split.front()->line], *page).y0;
  const double bottom = BandOf(page->lines[split.back()->line], *page).y1;
  const double prose_size = prose_left ? gutter->left.size : gutter->right.size;
  std::vector<Line> lines;
  for (Line& line : page->lines) {
    const Band band = BandOf(line, *page);
    bool alone = !line.side && !line.words.empty() && band.y0 > top && band.y1 < bottom;
    for (int index : line.words) {
      if (!alone) break;
      const Word& word = page->words[static_cast<size_t>(index)];
      alone = (prose_left ? word.box.x1 <= gutter->x0 + 0.5 : word.box.x0 >= gutter->x1 - 0.5) &&
              std::fabs(word.font_size - prose_size) <= kSameSizePoints;
    }
    if (alone) {
      line.side = true;
      side_lines.push_back(std::move(line));
    } else {
      lines.push_back(std::move(line));
    }
  }
  SetBodyAndSideLines(page, std::move(lines), std::move(side_lines));
  return moved;
}

}  // namespace bilag::layout
