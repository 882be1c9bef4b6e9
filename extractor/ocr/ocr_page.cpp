#include "extractor/ocr/ocr_page.h"

#include "extractor/base/text.h"
#include "extractor/ocr/ocr_deskew.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

namespace bilag {
namespace {

// A character that real text uses (I, l, a parenthesis, a dash) may stand a
// few points from a cell's border; it is taken for the ruling only when the
// ruling runs through its box, give or take this.
constexpr double kStrokeLetterPoints = 1.0;

// The x of a vertical ruling at height y, the y of a horizontal one at x:
// on a scan they slope a little, so the ends say where it is elsewhere.
double XAt(const Ruling& r, double y) {
  if (r.y1 == r.y0) return (r.x0 + r.x1) / 2;
  return r.x0 + (y - r.y0) * (r.x1 - r.x0) / (r.y1 - r.y0);
}
double YAt(const Ruling& r, double x) {
  if (r.x1 == r.x0) return (r.y0 + r.y1) / 2;
  return r.y0 + (x - r.x0) * (r.y1 - r.y0) / (r.x1 - r.x0);
}

// What a word may be made of when OCR read a ruling as text. Tesseract
// reads a vertical line as a bar, a bracket, an exclamation mark or a
// capital I or small l, a horizontal one as an underscore or a dash, often
// with a speck of punctuation beside it.
struct StrokeClass {
  bool vertical = false;    // only vertical strokes and punctuation
  bool horizontal = false;  // only horizontal strokes and punctuation
  bool strict = false;      // holds a character that real text uses: I, l, (, ), -, dashes
};

StrokeClass ClassifyStrokes(std::string_view text) {
  constexpr std::string_view kVerticalLoose[] = {"|", "\u00a6", "[", "]", "!"};
  constexpr std::string_view kVerticalStrict[] = {"I", "l", "(", ")"};
  constexpr std::string_view kHorizontalLoose[] = {"_", "\u2017"};
  constexpr std::string_view kHorizontalStrict[] = {"-",      "=",      "~",      "\u2013",
                                                    "\u2014", "\u2015", "\u2212", "\u00af"};
  constexpr std::string_view kPunctuation[] = {".",      ",",      ":",      ";",      "'",
                                               "\"",     "`",      "\u00b4", "\u2018", "\u2019",
                                               "\u201c", "\u201d", "\u201e"};
  auto starts = [&](std::string_view rest, const auto& set, size_t* length) {
    for (std::string_view s : set) {
      if (rest.starts_with(s)) {
        *length = s.size();
        return true;
      }
    }
    return false;
  };
  StrokeClass result;
  bool vertical_ok = true, horizontal_ok = true, any_vertical = false, any_horizontal = false;
  while (!text.empty()) {
    size_t length = 0;
    if (starts(text, kVerticalLoose, &length)) {
      any_vertical = true;
      horizontal_ok = false;
    } else if (starts(text, kVerticalStrict, &length)) {
      any_vertical = true;
      horizontal_ok = false;
      result.strict = true;
    } else if (starts(text, kHorizontalLoose, &length)) {
      any_horizontal = true;
      vertical_ok = false;
    } else if (starts(text, kHorizontalStrict, &length)) {
      any_horizontal = true;
      vertical_ok = false;
      result.strict = true;
    } else if (!starts(text, kPunctuation, &length)) {
      return StrokeClass();
    }
    text.remove_prefix(length);
  }
  result.vertical = vertical_ok && any_vertical;
  result.horizontal = horizontal_ok && any_horizontal;
  return result;
}

// Whether `box` (points) is a ruling that OCR read as `text`.
bool IsRulingStroke(const std::string& text, const Box& box, const std::vector<Ruling>& rulings) {
  const StrokeClass strokes = ClassifyStrokes(text);
  if (!strokes.vertical && !strokes.horizontal) return false;
  const double near = strokes.strict ? kStrokeLetterPoints : kRulingStrokePoints;
  const double cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  for (const Ruling& r : rulings) {
    if (r.Horizontal() != strokes.horizontal) continue;
    if (strokes.vertical) {
      const double x = XAt(r, cy);
      if (cy >= std::min(r.y0, r.y1) - kRulingStrokePoints &&
          cy <= std::max(r.y0, r.y1) + kRulingStrokePoints && x >= box.x0 - near &&
          x <= box.x1 + near) {
        return true;
      }
    } else {
      const double y = YAt(r, cx);
      if (cx >= std::min(r.x0, r.x1) - kRulingStrokePoints &&
          cx <= std::max(r.x0, r.x1) + kRulingStrokePoints && y >= box.y0 - near &&
          y <= box.y1 + near) {
        return true;
      }
    }
  }
  return false;
}

// A horizontal ruling through a word Tesseract reads with next to no
// confidence: the ruling's edge read as letters ("SErEei" on a tilted
// header's rule), which would become a row of the table.
bool IsRulingReadAsLetters(const OcrWord& word, const Box& box,
                           const std::vector<Ruling>& rulings) {
  if (word.confidence >= kSpeckStrokeConfidence) return false;
  const double cx = (box.x0 + box.x1) / 2;
  return std::any_of(rulings.begin(), rulings.end(), [&](const Ruling& r) {
    if (!r.Horizontal() || cx < std::min(r.x0, r.x1) || cx > std::max(r.x0, r.x1)) return false;
    const double y = YAt(r, cx);
    return y >= box.y0 && y <= box.y1;
  });
}

bool IsSpeckStroke(const OcrWord& word) {
  if (word.confidence >= kSpeckStrokeConfidence) return false;
  const StrokeClass strokes = ClassifyStrokes(word.text);
  return strokes.vertical || strokes.horizontal;
}

// Tesseract reads a vertical ruling that touches a word as a bar at its end
// ("249623|", "499592!"): a bar at a word's end or start with a vertical
// ruling at that edge goes, and the box shrinks by its share of the width.
void TrimRulingBars(const std::vector<Ruling>& rulings, Word* word) {
  auto bar = [](char c) { return c == '|' || c == '!' || c == '[' || c == ']'; };
  auto ruled_at = [&](double x) {
    const double y = (word->box.y0 + word->box.y1) / 2;
    for (const Ruling& r : rulings) {
      if (r.Horizontal() || y < std::min(r.y0, r.y1) || y > std::max(r.y0, r.y1)) continue;
      if (std::abs(XAt(r, y) - x) <= kRulingStrokePoints) return true;
    }
    return false;
  };
  std::string& text = word->text;
  while (text.size() > 1 && bar(text.back()) && ruled_at(word->box.x1)) {
    word->box.x1 -= (word->box.x1 - word->box.x0) / static_cast<double>(text.size());
    text.pop_back();
  }
  while (text.size() > 1 && bar(text.front()) && ruled_at(word->box.x0)) {
    word->box.x0 += (word->box.x1 - word->box.x0) / static_cast<double>(text.size());
    text.erase(text.begin());
  }
}

// Whether a vertical ruling runs between x0 and x1 at height y: a column
// border between two words.
bool RuledBetween(double x0, double x1, double y, const std::vector<Ruling>& rulings) {
  for (const Ruling& r : rulings) {
    if (r.Horizontal() || y < std::min(r.y0, r.y1) || y > std::max(r.y0, r.y1)) continue;
    const double x = XAt(r, y);
    if (x > x0 && x < x1) return true;
  }
  return false;
}

// One Tesseract text line, in pixels, with the vertical centre and height of
// its first and last words: scans are seldom straight, so only the ends of
// two lines side by side can be compared.
struct Piece {
  const std::vector<int>* words = nullptr;
  int x0 = 0, x1 = 0;
  double left_centre = 0, left_height = 0;
  double right_centre = 0, right_height = 0;
};

Piece MakePiece(const OcrPageResult& result, const std::vector<int>& words) {
  const OcrWord& first = result.words[static_cast<size_t>(words.front())];
  const OcrWord& last = result.words[static_cast<size_t>(words.back())];
  Piece piece;
  piece.words = &words;
  piece.x0 = first.x0;
  piece.x1 = last.x1;
  for (int index : words) {
    piece.x0 = std::min(piece.x0, result.words[static_cast<size_t>(index)].x0);
    piece.x1 = std::max(piece.x1, result.words[static_cast<size_t>(index)].x1);
  }
  piece.left_centre = (first.y0 + first.y1) / 2.0;
  piece.left_height = first.y1 - first.y0;
  piece.right_centre = (last.y0 + last.y1) / 2.0;
  piece.right_height = last.y1 - last.y0;
  return piece;
}

// Lines side by side (a table row that Tesseract read column by column) form
// one row: left to right, a line joins the row whose last line ends before
// it starts, at the same height (centres within half a word height), the
// nearest one when several qualify. Rows come out top to bottom.
std::vector<std::vector<Piece>> GroupRows(std::vector<Piece> pieces) {
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const Piece& a, const Piece& b) { return a.x0 < b.x0; });
  std::vector<std::vector<Piece>> rows;
  for (const Piece& piece : pieces) {
    std::vector<Piece>* best = nullptr;
    double best_distance = 0;
    for (std::vector<Piece>& row : rows) {
      const Piece& last = row.back();
      if (last.x1 > piece.x0) continue;
      const double distance = std::abs(last.right_centre - piece.left_centre);
      const double tolerance = 0.5 * std::max(last.right_height, piece.left_height);
      if (distance <= tolerance && (best == nullptr || distance < best_distance)) {
        best = &row;
        best_distance = distance;
      }
    }
    if (best != nullptr) {
      best->push_back(piece);
    } else {
      rows.push_back({piece});
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.front().left_centre < b.front().left_centre;
  });
  return rows;
}

// The line's ordinary word space: its first-quartile gap (a table row has
// few spaces and some wide gaps, so the median can be a cell gap). A gap
// that stands out from it starts a cell even below kOcrCellGapLines
// ("Andelen af tosprogede   40 pct." in a narrow table); justified prose
// stretches all its gaps alike, so none stands out.
constexpr double kUnmeasuredSpace = 1e9;

// OCR parts a number at its separator when the mark leaves a gap after it
// ("350. 000", "0, 75 mio."), though far narrower than a space: such a gap
// (at most kNumberGapToSpace of the line's space, or none) joins the
// digits back. After a thousands dot only a group of three digits goes on.
constexpr double kNumberGapToSpace = 0.25;

bool NumberGoesOn(std::string_view left, std::string_view right, int gap, double space) {
  if (left.size() < 2 || right.empty() || !IsDigit(right.front())) return false;
  const char mark = left.back();
  if ((mark != '.' && mark != ',') || !IsDigit(left[left.size() - 2])) return false;
  if (gap > 0 && (space >= kUnmeasuredSpace || gap > kNumberGapToSpace * space)) return false;
  if (mark == '.') {
    size_t digits = 0;
    while (digits < right.size() && IsDigit(right[digits])) ++digits;
    if (digits != 3) return false;
  }
  return true;
}

// The gaps between the piece's words, in pixels, appended to `gaps`.
void AddGaps(const OcrPageResult& result, const Piece& piece, std::vector<int>* gaps) {
  for (size_t k = 1; k < piece.words->size(); ++k) {
    const OcrWord& left = result.words[static_cast<size_t>((*piece.words)[k - 1])];
    const OcrWord& right = result.words[static_cast<size_t>((*piece.words)[k])];
    gaps->push_back(right.x0 - left.x1);
  }
}

double OrdinarySpace(std::vector<int> gaps) {
  if (gaps.size() < 2) return kUnmeasuredSpace;  // too few gaps to tell a space from a cell gap
  auto quartile = gaps.begin() + static_cast<std::ptrdiff_t>((gaps.size() - 1) / 4);
  std::nth_element(gaps.begin(), quartile, gaps.end());
  return std::max(1, *quartile);
}

double OrdinarySpace(const OcrPageResult& result, const Piece& piece) {
  std::vector<int> gaps;
  AddGaps(result, piece, &gaps);
  return OrdinarySpace(std::move(gaps));
}

// The ordinary word space of two pieces of one row taken together (a piece
// of two words alone has one gap, too few to measure).
double OrdinarySpace(const OcrPageResult& result, const Piece& a, const Piece& b) {
  std::vector<int> gaps;
  AddGaps(result, a, &gaps);
  AddGaps(result, b, &gaps);
  return OrdinarySpace(std::move(gaps));
}

// Letters of a word: UTF-8 lead bytes.
size_t LetterCount(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Which words are bold, from their stroke widths (OcrWord::stroke) against
// the page's usual stroke: the median over its letters, most of which are
// body text. Bold stems are about 1.5 times a regular one in common faces;
// the bar sits below that for blur and above the spread among regular
// words. A word of one letter gives too few stems to measure ("i" has one
// short stem and a dot), so it goes with the nearer of its neighbours on
// its Tesseract line, which is the one in its own cell. Larger type has wider stems too, so a large
// regular heading counts as bold: it stands out as bold type does, and the
// roles take it as a heading either way. A page of few measured letters has
// no usual stroke to go by.
std::vector<bool> BoldByStroke(const OcrPageResult& result) {
  std::vector<double> measured;
  for (const OcrWord& word : result.words) {
    if (word.stroke > 0) measured.insert(measured.end(), LetterCount(word.text), word.stroke);
  }
  std::vector<bool> bold(result.words.size(), false);
  if (measured.size() < kMinLettersForBold) return bold;
  std::nth_element(measured.begin(), measured.begin() + static_cast<long>(measured.size() / 2),
                   measured.end());
  const double bar = kBoldStrokeRatio * measured[measured.size() / 2];
  auto measurable = [&](int index) {
    const OcrWord& word = result.words[static_cast<size_t>(index)];
    return word.stroke > 0 && LetterCount(word.text) >= kMinLettersForWordStroke;
  };
  for (const std::vector<int>& line : result.lines) {
    for (size_t k = 0; k < line.size(); ++k) {
      int judged = line[k];
      if (!measurable(judged)) {
        // The nearer neighbour that can be measured: the same cell's next
        // word, not the next column's.
        const OcrWord& word = result.words[static_cast<size_t>(judged)];
        int best_gap = -1;
        if (k > 0 && measurable(line[k - 1])) {
          judged = line[k - 1];
          best_gap = word.x0 - result.words[static_cast<size_t>(judged)].x1;
        }
        if (k + 1 < line.size() && measurable(line[k + 1])) {
          const int gap = result.words[static_cast<size_t>(line[k + 1])].x0 - word.x1;
          if (best_gap < 0 || gap < best_gap) judged = line[k + 1];
        }
      }
      bold[static_cast<size_t>(line[k])] = result.words[static_cast<size_t>(judged)].stroke >= bar;
    }
  }
  return bold;
}

}  // namespace

int FillPageFromOcr(const OcrPageResult& scanned, Page* page) {
  const double to_points = scanned.dpi > 0 ? 72.0 / scanned.dpi : 1.0;
  // Lines and cells are built from the words of a level page.
  page->deskew = MeasureSkew(scanned);
  const OcrPageResult level = Deskewed(scanned, page->deskew, to_points);
  const OcrPageResult& result = level;
  const std::vector<bool> bold = BoldByStroke(result);
  if (page->width <= 0 || page->height <= 0) {
    page->width = result.width * to_points;
    page->height = result.height * to_points;
  } else if (result.quarter_turn % 2 == 1) {
    std::swap(page->width, page->height);  // the PDF page, turned upright as OCR read it
  }
  page->words.clear();
  page->lines.clear();
  page->rulings = result.rulings;
  page->needs_ocr = false;
  auto points = [to_points](const OcrWord& w) {
    return Box{w.x0 * to_points, w.y0 * to_points, w.x1 * to_points, w.y1 * to_points};
  };

  // Lines without the words that are rulings or specks; a line of nothing
  // else goes.
  int dropped = 0;
  std::vector<std::vector<int>> kept;
  kept.reserve(result.lines.size());
  for (const std::vector<int>& line : result.lines) {
    std::vector<int>& words = kept.emplace_back();
    for (int index : line) {
      const OcrWord& word = result.words[static_cast<size_t>(index)];
      if (IsSpeckStroke(word) ||
          (!page->rulings.empty() && (IsRulingStroke(word.text, points(word), page->rulings) ||
                                      IsRulingReadAsLetters(word, points(word), page->rulings)))) {
        ++dropped;
      } else {
        words.push_back(index);
      }
    }
  }
  std::vector<Piece> pieces;
  pieces.reserve(kept.size());
  for (const std::vector<int>& line : kept) {
    if (!line.empty()) pieces.push_back(MakePiece(result, line));
  }
  for (const std::vector<Piece>& row : GroupRows(std::move(pieces))) {
    Line line;
    std::vector<Cell> cells(1);
    const OcrWord* previous = nullptr;
    for (size_t p = 0; p < row.size(); ++p) {
      const Piece& piece = row[p];
      const double space = OrdinarySpace(result, piece);
      const double joint_space =
          p > 0 ? OrdinarySpace(result, row[p - 1], piece) : kUnmeasuredSpace;
      for (size_t k = 0; k < piece.words->size(); ++k) {
        const OcrWord& ocr = result.words[static_cast<size_t>((*piece.words)[k])];
        if (previous != nullptr) {
          const int height = std::max({1, ocr.y1 - ocr.y0, previous->y1 - previous->y0});
          const int gap = ocr.x0 - previous->x1;
          const bool new_piece_cell = k == 0 && (joint_space >= kUnmeasuredSpace ||
                                                 gap > kOcrPieceSpaceToSpace * joint_space);
          const bool new_cell =
              new_piece_cell || gap > kOcrCellGapLines * height ||
              (gap > kOcrMinCellGapLines * height &&
               (gap > kOcrCellGapToSpace * space || TwoFigures(previous->text, ocr.text))) ||
              RuledBetween(previous->x1 * to_points, ocr.x0 * to_points,
                           (ocr.y0 + ocr.y1 + previous->y0 + previous->y1) / 4.0 * to_points,
                           page->rulings);
          if (!new_cell && NumberGoesOn(page->words.back().text, ocr.text, gap, space)) {
            // One word: the layout stage rebuilds cells from words.
            Word& number = page->words.back();
            number.text += ocr.text;
            number.box.x1 = std::max(number.box.x1, points(ocr).x1);
            number.box.y0 = std::min(number.box.y0, points(ocr).y0);
            number.box.y1 = std::max(number.box.y1, points(ocr).y1);
            number.confidence = std::min(number.confidence, static_cast<float>(ocr.confidence));
            cells.back().text += ocr.text;
            cells.back().x1 = std::max(cells.back().x1, number.box.x1);
            previous = &ocr;
            continue;
          }
          if (new_cell) {
            cells.emplace_back();
          } else {
            cells.back().text.push_back(' ');
          }
        }
        Word word;
        word.text = ocr.text;
        word.box = points(ocr);
        word.confidence = ocr.confidence;
        word.bold = bold[static_cast<size_t>(&ocr - result.words.data())];
        TrimRulingBars(page->rulings, &word);
        Cell& cell = cells.back();
        cell.text += word.text;
        cell.x0 = cell.x0 < 0 ? word.box.x0 : std::min(cell.x0, word.box.x0);
        cell.x1 = std::max(cell.x1, word.box.x1);
        line.words.push_back(static_cast<int>(page->words.size()));
        page->words.push_back(std::move(word));
        previous = &ocr;
      }
    }
    line.bold =
        !line.words.empty() && std::all_of(line.words.begin(), line.words.end(), [&](int index) {
          return page->words[static_cast<size_t>(index)].bold;
        });
    line.SetCells(std::move(cells));
    page->lines.push_back(std::move(line));
  }
  page->Renumber();
  return dropped;
}

}  // namespace bilag
