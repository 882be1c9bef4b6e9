#include "extractor/layout/rulings.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace bilag {
namespace {

// Darker than this is ink; antialiasing draws a hairline at 50 dpi as a
// light grey row, so the threshold is well above mid-grey.
constexpr unsigned char kDark = 215;
// Runs shorter than this are glyph strokes, not pieces of a line.
constexpr double kMinRunPoints = 6;
// A ruling has light pixels this far above AND below it on most of its
// length; a filled area does not, nor does a line of text, which a low
// resolution renders as a grey band as long as a ruling.
constexpr double kClearancePoints = 3;
// "Light" beside a ruling is paper, or a fill this much lighter than the
// ruling's own pixel: the rule under a shaded header band has the band on
// one side, and it is the line that parts the header from the body. A
// band's own pixel rows have the same grey on both sides, so stay no ruling.
constexpr int kFillContrast = 60;
// A run with less ink than this share of its length is letters with gaps
// between them (a line of text at a low resolution: 0.7-0.8), not a rule
// (1.0 drawn; a scanned rule keeps most of its pixels). Pieces of text
// runs would otherwise chain, row by row, into long false rulings.
constexpr double kMinInkShare = 0.9;
// Runs of one ruling: gaps along it up to this long (a dashed or broken
// scan line), and neighbouring pixel rows.
constexpr int kMaxGapPixels = 2;

// A horizontal run of dark pixels in one pixel row; for vertical rulings the
// image is read transposed, so "row" is then a pixel column.
struct Run {
  int row = 0, begin = 0, end = 0;  // [begin, end)
};

// Side of the square tiles an image is turned in (View): 64 rows of 64
// bytes read, 64 columns of 64 bytes written, well inside a core's cache.
constexpr int kTransposeTile = 64;

// The image's ink as one byte per pixel, read along rows (horizontal
// rulings) or, transposed, along columns (vertical ones): both passes then
// walk memory in order.
struct View {
  std::vector<unsigned char> ink;   // rows() x Length(): 1 for ink, 0 for paper
  std::vector<unsigned char> gray;  // the pixel values, same layout
  int rows = 0, length = 0;

  View(const GrayImage& image, bool transposed)
      : rows(transposed ? image.width : image.height),
        length(transposed ? image.height : image.width) {
    ink.resize(static_cast<size_t>(rows) * static_cast<size_t>(length));
    gray.resize(ink.size());
    // Turned in tiles: walking the image row by row would write the turned
    // arrays one byte per `length` bytes, a cache miss a pixel (most of
    // the time FindRulings took on a 300 dpi page); within a tile the rows
    // read and the columns written stay in the cache.
    const int tile_rows = transposed ? kTransposeTile : std::max(image.height, 1);
    const int tile_columns = transposed ? kTransposeTile : std::max(image.width, 1);
    for (int y0 = 0; y0 < image.height; y0 += tile_rows) {
      const int y_end = std::min(image.height, y0 + tile_rows);
      for (int x0 = 0; x0 < image.width; x0 += tile_columns) {
        const int x_end = std::min(image.width, x0 + tile_columns);
        for (int y = y0; y < y_end; ++y) {
          const unsigned char* pixel =
              image.pixels.data() +
              static_cast<size_t>(y) * static_cast<size_t>(image.bytes_per_row);
          for (int x = x0; x < x_end; ++x) {
            const size_t at =
                transposed
                    ? static_cast<size_t>(x) * static_cast<size_t>(length) + static_cast<size_t>(y)
                    : static_cast<size_t>(y) * static_cast<size_t>(length) + static_cast<size_t>(x);
            ink[at] = pixel[x] < kDark;
            gray[at] = pixel[x];
          }
        }
      }
    }
  }
  int Rows() const { return rows; }
  int Length() const { return length; }
  size_t At(int row, int along) const {
    return static_cast<size_t>(row) * static_cast<size_t>(length) + static_cast<size_t>(along);
  }
  // Whether the pixel at (row, along) is paper, or a fill clearly lighter
  // than `ruling_pixel`; outside the image counts as paper.
  bool LightBeside(int row, int along, unsigned char ruling_pixel) const {
    if (row < 0 || row >= rows) return true;
    size_t at = At(row, along);
    return ink[at] == 0 || gray[at] >= ruling_pixel + kFillContrast;
  }
  // Whether the ink at (row, along) has light `clearance` pixels above and
  // below it.
  bool Clear(int row, int along, int clearance) const {
    unsigned char pixel = gray[At(row, along)];
    return LightBeside(row - clearance, along, pixel) && LightBeside(row + clearance, along, pixel);
  }
};

// The parts of the run [begin, end) in `row` whose pixels are Clear, gaps up
// to kMaxGapPixels bridged. A ruling beside a shaded band, turned by a
// scan's tilt, steps from one pixel row to the next; the band's grey, also
// ink, joins its pieces in every row into one run that is mostly band, so
// the run as a whole fails the clearance test while its pieces pass.
void AddClearPieces(const View& view, int row, int begin, int end, int min_run, int clearance,
                    std::vector<Run>* runs) {
  int piece = -1, last_clear = -1;
  for (int a = begin; a <= end; ++a) {
    bool clear = a < end && view.ink[view.At(row, a)] != 0 && view.Clear(row, a, clearance);
    if (clear) {
      if (piece < 0) piece = a;
      last_clear = a;
      continue;
    }
    if (piece >= 0 && (a == end || a - last_clear > kMaxGapPixels)) {
      if (last_clear + 1 - piece >= min_run) runs->push_back({row, piece, last_clear + 1});
      piece = -1;
    }
  }
}

std::vector<Run> FindRuns(const View& view, int min_run, int clearance) {
  std::vector<Run> runs;
  const int length = view.Length();
  for (int row = 0; row < view.Rows(); ++row) {
    const unsigned char* line =
        view.ink.data() + static_cast<size_t>(row) * static_cast<size_t>(length);
    int along = 0;
    while (along < length) {
      // A page is mostly paper: memchr finds the next ink far faster than a
      // pixel-by-pixel walk.
      const void* ink = std::memchr(line + along, 1, static_cast<size_t>(length - along));
      if (ink == nullptr) break;
      along = static_cast<int>(static_cast<const unsigned char*>(ink) - line);
      int begin = along, last_dark = along;
      while (along < length && along - last_dark <= kMaxGapPixels) {
        if (line[along] != 0) last_dark = along;
        ++along;
      }
      int end = last_dark + 1;
      if (end - begin < min_run) continue;
      // A line of text at a low resolution is a run of letters with gaps
      // between them; a rule is solid ink.
      int inked = 0;
      for (int a = begin; a < end; ++a) inked += line[a] != 0;
      if (inked < kMinInkShare * (end - begin)) continue;
      int clear = 0;
      for (int a = begin; a < end; ++a) clear += view.Clear(row, a, clearance);
      if (2 * clear >= end - begin) {
        runs.push_back({row, begin, end});
      } else if (clear >= min_run) {
        AddClearPieces(view, row, begin, end, min_run, clearance, &runs);
      }
    }
  }
  return runs;
}

int Find(std::vector<int>* parent, int i) {
  while ((*parent)[i] != i) i = (*parent)[i] = (*parent)[(*parent)[i]];
  return i;
}

// Chains runs that continue each other (same or neighbouring row, ends
// touching or overlapping) into rulings.
std::vector<Ruling> Chain(const std::vector<Run>& runs, bool transposed, double ppp,
                          double min_length) {
  std::vector<int> parent(runs.size());
  std::iota(parent.begin(), parent.end(), 0);
  // Runs come sorted by row; compare each with the runs of the next rows.
  size_t window = 0;
  for (size_t i = 0; i < runs.size(); ++i) {
    while (runs[window].row < runs[i].row - 1) ++window;
    for (size_t j = window; j < i; ++j) {
      if (runs[j].row < runs[i].row - 1) continue;
      if (runs[j].begin <= runs[i].end + kMaxGapPixels &&
          runs[i].begin <= runs[j].end + kMaxGapPixels) {
        parent[static_cast<size_t>(Find(&parent, static_cast<int>(i)))] =
            Find(&parent, static_cast<int>(j));
      }
    }
  }
  struct Extent {
    int begin = 1 << 30, end = -1;
    double row_at_begin = 0, row_at_end = 0;
    double rows = 0, count = 0;
  };
  std::vector<Extent> extents(runs.size());
  for (size_t i = 0; i < runs.size(); ++i) {
    Extent& e = extents[static_cast<size_t>(Find(&parent, static_cast<int>(i)))];
    if (runs[i].begin < e.begin) {
      e.begin = runs[i].begin;
      e.row_at_begin = runs[i].row;
    }
    if (runs[i].end > e.end) {
      e.end = runs[i].end;
      e.row_at_end = runs[i].row;
    }
  }
  std::vector<Ruling> rulings;
  for (size_t i = 0; i < runs.size(); ++i) {
    if (Find(&parent, static_cast<int>(i)) != static_cast<int>(i)) continue;
    const Extent& e = extents[i];
    if ((e.end - e.begin) * ppp < min_length) continue;
    // Pixel centres: a run in row r covers r..r+1.
    double a0 = e.begin * ppp, a1 = e.end * ppp;
    double r0 = (e.row_at_begin + 0.5) * ppp, r1 = (e.row_at_end + 0.5) * ppp;
    if (std::abs(r1 - r0) < ppp * 1.5) r0 = r1 = (r0 + r1) / 2;  // straight: one position
    rulings.push_back(transposed ? Ruling{r0, a0, r1, a1} : Ruling{a0, r0, a1, r1});
  }
  std::sort(rulings.begin(), rulings.end(), [transposed](const Ruling& a, const Ruling& b) {
    return transposed ? a.x0 < b.x0 : a.y0 < b.y0;
  });
  return rulings;
}

double Length(const Ruling& r) { return std::hypot(r.x1 - r.x0, r.y1 - r.y0); }

// A dashed rule across the page (a row separator drawn dashed, as word
// processors offer): at least kMinDashes pieces in a row along one line,
// each kMinRunPoints or longer, no gap wider than kMaxDashGapPoints and
// none wider than the dashes beside it, and no piece more than
// kMaxDashRatio times another (a scan runs a few dashes together):
// letters' strokes in a line of text are neither that long nor that close.
constexpr size_t kMinDashes = 5;
constexpr double kMaxDashGapPoints = 6;
constexpr double kMaxDashRatio = 4;
constexpr double kSameLineDashPoints = 1.5;

// The dashed rules among `pieces` (horizontal ones), at least
// kMinRulingPoints long, as rulings from the first dash's start to the last
// one's end.
std::vector<Ruling> DashedRules(std::vector<Ruling> pieces) {
  auto middle = [](const Ruling& r) { return (r.y0 + r.y1) / 2; };
  std::sort(pieces.begin(), pieces.end(),
            [](const Ruling& a, const Ruling& b) { return a.x0 < b.x0; });
  std::vector<bool> used(pieces.size(), false);
  std::vector<Ruling> rules;
  for (size_t first = 0; first < pieces.size(); ++first) {
    if (used[first]) continue;
    std::vector<size_t> dashes{first};
    double shortest = Length(pieces[first]), longest = shortest;
    for (size_t next = first + 1; next < pieces.size(); ++next) {
      const Ruling& last = pieces[dashes.back()];
      const Ruling& candidate = pieces[next];
      const double gap = candidate.x0 - last.x1;
      if (gap > kMaxDashGapPoints) break;
      if (used[next] || gap < 0 ||
          std::abs(middle(candidate) - middle(last)) > kSameLineDashPoints) {
        continue;
      }
      const double length = Length(candidate);
      if (gap > std::min(length, Length(last))) continue;
      if (std::max(longest, length) > kMaxDashRatio * std::min(shortest, length)) continue;
      shortest = std::min(shortest, length);
      longest = std::max(longest, length);
      dashes.push_back(next);
    }
    const Ruling& start = pieces[dashes.front()];
    const Ruling& end = pieces[dashes.back()];
    if (dashes.size() < kMinDashes || end.x1 - start.x0 < kMinRulingPoints) continue;
    for (size_t d : dashes) used[d] = true;
    rules.push_back(Ruling{start.x0, start.y0, end.x1, end.y1});
  }
  return rules;
}

}  // namespace

std::vector<Ruling> FindRulings(const GrayImage& image, double points_per_pixel) {
  std::vector<Ruling> rulings, pieces;
  if (image.width <= 0 || image.height <= 0 || points_per_pixel <= 0) return rulings;
  const int min_run = std::max(3, static_cast<int>(kMinRunPoints / points_per_pixel));
  const int clearance =
      std::max(2, static_cast<int>(std::lround(kClearancePoints / points_per_pixel)));
  for (bool transposed : {false, true}) {
    View view(image, transposed);
    std::vector<Ruling> short_ones;
    for (const Ruling& found :
         Chain(FindRuns(view, min_run, clearance), transposed, points_per_pixel, kMinRunPoints)) {
      (Length(found) >= kMinRulingPoints ? rulings : short_ones).push_back(found);
    }
    // Only across the page: the stems of the first letters of left-aligned
    // lines stand as evenly as dashes one above the other.
    if (!transposed) {
      for (const Ruling& dashed : DashedRules(short_ones)) rulings.push_back(dashed);
    }
    for (const Ruling& piece : short_ones) {
      if (Length(piece) >= kMinGridSegmentPoints) pieces.push_back(piece);
    }
  }
  return WithGridSegments(std::move(rulings), pieces, /*on_scan=*/true);
}

std::vector<Ruling> WithGridSegments(std::vector<Ruling> rulings, const std::vector<Ruling>& pieces,
                                     bool on_scan) {
  // Whether the point lies on a long ruling across a piece of the given
  // direction, its end a gap of a line's width away at most.
  auto on_ruling_across = [&](double x, double y, bool piece_horizontal) {
    constexpr double kTouch = 3;
    for (const Ruling& r : rulings) {
      if (r.Horizontal() == piece_horizontal) continue;
      if (piece_horizontal) {
        const double at = r.x0 + (r.x1 - r.x0) * (r.y1 != r.y0 ? (y - r.y0) / (r.y1 - r.y0) : 0);
        if (std::abs(at - x) <= kTouch && y >= std::min(r.y0, r.y1) - kTouch &&
            y <= std::max(r.y0, r.y1) + kTouch) {
          return true;
        }
      } else {
        const double at = r.y0 + (r.y1 - r.y0) * (r.x1 != r.x0 ? (x - r.x0) / (r.x1 - r.x0) : 0);
        if (std::abs(at - y) <= kTouch && x >= std::min(r.x0, r.x1) - kTouch &&
            x <= std::max(r.x0, r.x1) + kTouch) {
          return true;
        }
      }
    }
    return false;
  };
  std::vector<Ruling> between;
  for (const Ruling& piece : pieces) {
    const bool is_horizontal = piece.Horizontal();
    if (on_ruling_across(piece.x0, piece.y0, is_horizontal) &&
        on_ruling_across(piece.x1, piece.y1, is_horizontal)) {
      between.push_back(piece);
    }
  }
  // On a scan, a stroke from ruling to ruling may be a letter's stem in a
  // row tight between two rulings (the "I" of a shaded group row's
  // "INDSATS"). A grid's border runs on in other rows, as a ruling or as
  // pieces beside other rows, or parts its row with other such pieces (a
  // row of its own carried over a page break); a stem stands alone.
  auto place = [](const Ruling& r) {
    return r.Horizontal() ? (r.y0 + r.y1) / 2 : (r.x0 + r.x1) / 2;
  };
  auto near = [](double a, double b) { return std::abs(a - b) <= kGridBorderAlignPoints; };
  auto runs_on = [&](const Ruling& piece, const Ruling& other) {
    return &piece != &other && piece.Horizontal() == other.Horizontal() &&
           near(place(piece), place(other));
  };
  auto same_row = [&](const Ruling& piece, const Ruling& other) {
    if (&piece == &other || piece.Horizontal() != other.Horizontal()) return false;
    return piece.Horizontal() ? near(piece.x0, other.x0) && near(piece.x1, other.x1)
                              : near(piece.y0, other.y0) && near(piece.y1, other.y1);
  };
  std::vector<Ruling> kept;
  for (const Ruling& piece : between) {
    const bool border = !on_scan ||
                        std::any_of(rulings.begin(), rulings.end(),
                                    [&](const Ruling& r) { return runs_on(piece, r); }) ||
                        std::any_of(between.begin(), between.end(), [&](const Ruling& other) {
                          return runs_on(piece, other) || same_row(piece, other);
                        });
    if (border) kept.push_back(piece);
  }
  rulings.insert(rulings.end(), kept.begin(), kept.end());
  std::stable_sort(rulings.begin(), rulings.end(), [&](const Ruling& a, const Ruling& b) {
    const bool ha = a.Horizontal(), hb = b.Horizontal();
    if (ha != hb) return ha;
    return ha ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  return rulings;
}

}  // namespace bilag
