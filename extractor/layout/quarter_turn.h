// Pages whose text runs sideways or upside down: a page with /Rotate 90, or
// a landscape table printed turned on a portrait page. poppler gives word
// boxes on the page as displayed, and each word's direction as a quarter
// turn (text_box::rotation(): 0..3, clockwise). Lines and cells are built in
// the frame where the page's text is upright, so when most of a page's text
// runs one way the whole page is turned that way first: every later stage
// (cells' x extents, columns, rulings) then sees an ordinary upright page.
#ifndef BILAG_EXTRACTOR_LAYOUT_QUARTER_TURN_H_
#define BILAG_EXTRACTOR_LAYOUT_QUARTER_TURN_H_

#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

// The quarter turn (1..3) that the text of more than kMinTurnedShare of the
// page's letters runs in, or 0. `turns[i]` is word i's quarter turn.
inline constexpr double kMinTurnedShare = 0.5;
int MainQuarterTurn(const std::vector<Word>& words, const std::vector<int>& turns);

// Maps boxes on a page as displayed (`width` x `height` points) to the page
// turned back by `turn` quarters, where that text reads upright, and back.
class QuarterTurn {
 public:
  QuarterTurn(int turn, double width, double height)
      : turn_(turn), width_(width), height_(height) {}
  int turn() const { return turn_; }
  double upright_width() const { return turn_ % 2 == 1 ? height_ : width_; }
  double upright_height() const { return turn_ % 2 == 1 ? width_ : height_; }
  Box ToUpright(const Box& box) const;
  Box FromUpright(const Box& box) const;
  Ruling ToUpright(const Ruling& ruling) const;

 private:
  int turn_;
  double width_, height_;  // as displayed
};

// Turns the page's words (and their `turns`) upright by `turn`; sets the
// page's width and height to the upright page's.
void TurnWordsUpright(const QuarterTurn& turn, std::vector<int>* turns, Page* page);

// The "page-rotated" warning's text: "page 3 read rotated 90°: its text is
// turned 90° clockwise". The same for PDF text and for scans.
std::string PageReadRotatedMessage(int page_number, int turn);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_QUARTER_TURN_H_
