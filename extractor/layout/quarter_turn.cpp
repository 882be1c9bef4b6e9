#include "extractor/layout/quarter_turn.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace bilag {
namespace {

// A point on the displayed page to the upright one. Quarter turn 1 is text
// running downwards: its lines follow one another leftwards, so the
// displayed y becomes the upright x and the distance from the right edge
// the upright y.
std::pair<double, double> PointToUpright(int turn, double w, double h, double x, double y) {
  switch (turn) {
    case 1:
      return {y, w - x};
    case 2:
      return {w - x, h - y};
    case 3:
      return {h - y, x};
    default:
      return {x, y};
  }
}

Box Bounding(std::pair<double, double> a, std::pair<double, double> b) {
  return {std::min(a.first, b.first), std::min(a.second, b.second), std::max(a.first, b.first),
          std::max(a.second, b.second)};
}

}  // namespace

int MainQuarterTurn(const std::vector<Word>& words, const std::vector<int>& turns) {
  std::array<size_t, 4> letters{};
  size_t total = 0;
  for (size_t i = 0; i < words.size() && i < turns.size(); ++i) {
    if (turns[i] < 0 || turns[i] > 3) continue;
    letters[static_cast<size_t>(turns[i])] += words[i].text.size();
    total += words[i].text.size();
  }
  for (int turn = 1; turn <= 3; ++turn) {
    if (static_cast<double>(letters[static_cast<size_t>(turn)]) >
        kMinTurnedShare * static_cast<double>(total)) {
      return turn;
    }
  }
  return 0;
}

Box QuarterTurn::ToUpright(const Box& box) const {
  return Bounding(PointToUpright(turn_, width_, height_, box.x0, box.y0),
                  PointToUpright(turn_, width_, height_, box.x1, box.y1));
}

Box QuarterTurn::FromUpright(const Box& box) const {
  // Turning back by `turn` is turning on by 4 - turn, on the upright page.
  const int back = (4 - turn_) % 4;
  const double w = upright_width(), h = upright_height();
  return Bounding(PointToUpright(back, w, h, box.x0, box.y0),
                  PointToUpright(back, w, h, box.x1, box.y1));
}

Ruling QuarterTurn::ToUpright(const Ruling& ruling) const {
  const Box box = ToUpright(Box{ruling.x0, ruling.y0, ruling.x1, ruling.y1});
  return {box.x0, box.y0, box.x1, box.y1};
}

std::string PageReadRotatedMessage(int page_number, int turn) {
  const std::string degrees = std::to_string(turn * 90) + "\u00b0";
  return "page " + std::to_string(page_number) + " read rotated " + degrees +
         ": its text is turned " + degrees + " clockwise";
}

void TurnWordsUpright(const QuarterTurn& turn, std::vector<int>* turns, Page* page) {
  for (Word& word : page->words) word.box = turn.ToUpright(word.box);
  for (int& t : *turns) t = (t - turn.turn() + 4) % 4;
  page->width = turn.upright_width();
  page->height = turn.upright_height();
}

}  // namespace bilag
