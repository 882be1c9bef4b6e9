// FindRulings on a synthetic scan: what a scanned table's lines look like at
// 200 dpi (a grid, a line turned by 0.7 degrees, specks of noise), and what
// must not become a ruling (a filled grey box, a row of short dashes).
#include "extractor/layout/rulings.h"

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

constexpr double kDpi = 200;
constexpr double kPpp = 72.0 / kDpi;  // points per pixel

class Canvas {
 public:
  Canvas(int width, int height) {
    image_.width = width;
    image_.height = height;
    image_.bytes_per_row = width + 3;  // padding, as poppler's rows may have
    image_.pixels.assign(static_cast<size_t>(image_.bytes_per_row) * height, 255);
  }
  void Set(int x, int y, unsigned char value) {
    if (x < 0 || y < 0 || x >= image_.width || y >= image_.height) return;
    image_.pixels[static_cast<size_t>(y) * image_.bytes_per_row + x] = value;
  }
  void Fill(int x0, int y0, int x1, int y1, unsigned char value) {
    for (int y = y0; y < y1; ++y) {
      for (int x = x0; x < x1; ++x) Set(x, y, value);
    }
  }
  // A horizontal line `thickness` pixels thick from (x0, y0), turned by
  // `degrees` (clockwise: its right end lower).
  void TurnedLine(int x0, int y0, int length, int thickness, double degrees) {
    const double slope = std::tan(degrees * M_PI / 180);
    for (int a = 0; a < length; ++a) {
      const int y = y0 + static_cast<int>(std::lround(a * slope));
      Fill(x0 + a, y, x0 + a + 1, y + thickness, 30);
    }
  }
  // Dark specks, as a scanner leaves them; seeded, so the test is the same
  // every run.
  void Noise(int count) {
    uint32_t state = 12345;
    auto next = [&state]() {
      state = state * 1664525u + 1013904223u;
      return state >> 8;
    };
    for (int i = 0; i < count; ++i) {
      const int x = static_cast<int>(next() % static_cast<uint32_t>(image_.width));
      const int y = static_cast<int>(next() % static_cast<uint32_t>(image_.height));
      Fill(x, y, x + 2, y + 2, 60);
    }
  }
  const GrayImage& image() const { return image_; }

 private:
  GrayImage image_;
};

double Mid(double a, double b) { return (a + b) / 2; }

std::string Describe(const std::vector<Ruling>& rulings) {
  std::ostringstream out;
  for (const Ruling& r : rulings)
    out << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1 << "\n";
  return out.str();
}

TEST_CASE("rulings: a scanned grid, a turned line, and no grey box, no dashes", "[ocr][rulings]") {
  // A5-ish at 200 dpi: 1200 x 1600 pixels.
  Canvas canvas(1200, 1600);
  // The grid: 4 rows of 100 pixels between x = 100 and 1000, three columns.
  for (int y : {100, 200, 300, 400}) canvas.Fill(100, y, 1001, y + 3, 20);
  for (int x : {100, 500, 1000}) canvas.Fill(x, 100, x + 3, 403, 20);
  // A line turned by 0.7 degrees, 900 pixels long: 11 pixels lower at its
  // right end, so no pixel row holds more than ~80 of it.
  canvas.TurnedLine(100, 600, 900, 3, 0.7);
  // A filled grey box (a shaded cell without borders): its edges are long
  // dark runs with light on one side, and no ruling.
  canvas.Fill(100, 800, 1000, 1000, 150);
  // Short dashes, as a row of "-" or a dotted leader in text: 8 pixels of
  // ink (under 3 points), 5 pixels apart, over 800 pixels.
  for (int x = 100; x < 900; x += 13) canvas.Fill(x, 1200, x + 8, 1202, 40);
  // Text-like blobs beside it: letters 20 pixels tall are no vertical rulings.
  for (int x = 100; x < 900; x += 18) canvas.Fill(x, 1300, x + 3, 1320, 40);
  canvas.Noise(400);

  const std::vector<Ruling> rulings = FindRulings(canvas.image(), kPpp);
  std::vector<Ruling> horizontal, vertical;
  for (const Ruling& r : rulings) (r.Horizontal() ? horizontal : vertical).push_back(r);
  INFO(Describe(rulings));
  // Horizontal ones first, each group sorted by position.
  REQUIRE(rulings.size() == horizontal.size() + vertical.size());
  for (size_t i = 0; i < horizontal.size(); ++i) CHECK(rulings[i].Horizontal());

  REQUIRE(horizontal.size() == 5);
  for (size_t i = 0; i < 4; ++i) {
    const Ruling& h = horizontal[i];
    INFO("horizontal " << i);
    CHECK(Mid(h.y0, h.y1) == Approx((100 + 100 * static_cast<double>(i) + 1.5) * kPpp).margin(1));
    CHECK(h.x0 == Approx(100 * kPpp).margin(1));
    CHECK(h.x1 == Approx(1001 * kPpp).margin(1));
    CHECK(h.y0 == h.y1);  // straight: one position
  }
  // The turned line keeps its slope: 900 * tan(0.7 degrees) = 11 pixels.
  const Ruling& turned = horizontal[4];
  CHECK(turned.x0 == Approx(100 * kPpp).margin(1));
  CHECK(turned.x1 == Approx(1000 * kPpp).margin(1));
  CHECK(turned.y0 == Approx(601.5 * kPpp).margin(1));
  CHECK(turned.y1 - turned.y0 == Approx(11 * kPpp).margin(1.5));

  REQUIRE(vertical.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    const Ruling& v = vertical[i];
    INFO("vertical " << i);
    CHECK(Mid(v.x0, v.x1) == Approx(((i == 0 ? 100 : i == 1 ? 500 : 1000) + 1.5) * kPpp).margin(1));
    CHECK(v.y0 == Approx(100 * kPpp).margin(1));
    CHECK(v.y1 == Approx(403 * kPpp).margin(1));
  }
}

TEST_CASE(
    "rulings: a grid's inner borders shorter than a ruling count where they run from one long "
    "ruling to another and on beside another row; short strokes elsewhere do not",
    "[ocr][rulings]") {
  Canvas canvas(1200, 1000);
  // Rows of one line of text (60 pixels, about 22 points) under a header
  // and a group row across the table: the inner borders run only beside
  // the rows, each shorter than kMinRulingPoints.
  for (int y : {100, 160, 220, 280}) canvas.Fill(100, y, 1001, y + 3, 20);
  for (int x : {100, 1000}) canvas.Fill(x, 100, x + 3, 283, 20);
  for (int x : {400, 700}) {
    canvas.Fill(x, 100, x + 3, 163, 20);  // beside the header
    canvas.Fill(x, 220, x + 3, 283, 20);  // beside the row below the group row
  }
  // The same strokes away from any ruling, and one that meets a ruling at
  // one end only: no rulings.
  canvas.Fill(300, 500, 303, 563, 20);
  canvas.Fill(600, 283, 603, 340, 20);
  // A stroke from ruling to ruling in the group row alone, with no border
  // above or below it (a letter's stem in a shaded row that the rulings
  // hug): no ruling either.
  canvas.Fill(550, 160, 553, 223, 20);
  const std::vector<Ruling> rulings = FindRulings(canvas.image(), kPpp);
  INFO(Describe(rulings));
  std::vector<Ruling> vertical;
  for (const Ruling& r : rulings) {
    if (!r.Horizontal()) vertical.push_back(r);
  }
  REQUIRE(vertical.size() == 6);
  const double expected_x[] = {100, 400, 400, 700, 700, 1000};
  for (size_t i = 0; i < vertical.size(); ++i) {
    INFO("vertical " << i);
    CHECK(Mid(vertical[i].x0, vertical[i].x1) == Approx((expected_x[i] + 1.5) * kPpp).margin(1));
  }
  CHECK(vertical[1].y1 - vertical[1].y0 < kMinRulingPoints);
}

TEST_CASE(
    "rulings: on a scan, a row of one line alone in its grid (a row carried over a page break) "
    "keeps the short borders that part it",
    "[ocr][rulings]") {
  Canvas canvas(1200, 1000);
  for (int y : {100, 160}) canvas.Fill(100, y, 1001, y + 3, 20);
  for (int x : {100, 450, 750, 1000}) canvas.Fill(x, 100, x + 3, 163, 20);
  const std::vector<Ruling> rulings = FindRulings(canvas.image(), kPpp);
  INFO(Describe(rulings));
  std::vector<double> vertical_x;
  for (const Ruling& r : rulings) {
    if (!r.Horizontal()) vertical_x.push_back(Mid(r.x0, r.x1) / kPpp);
  }
  REQUIRE(vertical_x.size() == 4);
  CHECK(vertical_x[1] == Approx(451.5).margin(2));
  CHECK(vertical_x[2] == Approx(751.5).margin(2));
}

TEST_CASE(
    "rulings: a dashed rule between rows is a ruling, turned or not; dashes too few or too far "
    "apart are none",
    "[ocr][rulings]") {
  Canvas canvas(1200, 1000);
  // Dashes of 30 pixels (about 11 points at 200 dpi), 10 pixels apart, over
  // 800 pixels; the second rule turned by 1.3 degrees, some dashes run
  // together.
  for (int x = 100; x < 900; x += 40) canvas.Fill(x, 200, x + 30, 203, 20);
  const double slope = std::tan(1.3 * M_PI / 180);
  for (int x = 100; x < 900; x += 40) {
    const int length = x == 300 || x == 620 ? 70 : 30;
    const int y = 400 + static_cast<int>(std::lround((x - 100) * slope));
    canvas.Fill(x, y, x + length, y + 3, 20);
  }
  // Four dashes only, and dashes 40 pixels apart: no rules.
  for (int x = 100; x < 260; x += 40) canvas.Fill(x, 600, x + 30, 603, 20);
  for (int x = 100; x < 900; x += 70) canvas.Fill(x, 800, x + 30, 803, 20);
  const std::vector<Ruling> rulings = FindRulings(canvas.image(), kPpp);
  INFO(Describe(rulings));
  REQUIRE(rulings.size() == 2);
  CHECK(rulings[0].x0 == Approx(100 * kPpp).margin(1));
  CHECK(rulings[0].x1 == Approx(890 * kPpp).margin(1));
  CHECK(Mid(rulings[0].y0, rulings[0].y1) == Approx(201.5 * kPpp).margin(1));
  CHECK(rulings[1].x1 == Approx(890 * kPpp).margin(1));
  CHECK(rulings[1].y1 - rulings[1].y0 == Approx(780 * slope * kPpp).margin(1.5));
}

TEST_CASE("rulings: an empty or blank image has none", "[ocr][rulings]") {
  CHECK(FindRulings(GrayImage(), kPpp).empty());
  Canvas blank(300, 200);
  CHECK(FindRulings(blank.image(), kPpp).empty());
  CHECK(FindRulings(blank.image(), 0).empty());
}

// Vertical rulings are found on the image turned in square tiles: lines in
// the last, partial tiles (sides not a multiple of the tile) are found too.
TEST_CASE("rulings: lines along the image's last rows and columns", "[ocr][rulings]") {
  Canvas canvas(1001, 703);
  canvas.Fill(996, 20, 999, 681, 20);  // vertical, 3 pixels from the right edge
  canvas.Fill(20, 697, 981, 700, 20);  // horizontal, 3 pixels from the bottom
  canvas.Fill(1, 20, 4, 681, 20);      // vertical, at the left edge
  const std::vector<Ruling> rulings = FindRulings(canvas.image(), kPpp);
  INFO(Describe(rulings));
  int right = 0, left = 0, bottom = 0;
  for (const Ruling& r : rulings) {
    if (r.Horizontal()) {
      bottom += std::abs(Mid(r.y0, r.y1) - 698 * kPpp) < 2 && r.x1 - r.x0 > 900 * kPpp;
    } else {
      right += std::abs(Mid(r.x0, r.x1) - 997 * kPpp) < 2 && r.y1 - r.y0 > 600 * kPpp;
      left += std::abs(Mid(r.x0, r.x1) - 2 * kPpp) < 2 && r.y1 - r.y0 > 600 * kPpp;
    }
  }
  CHECK(right == 1);
  CHECK(left == 1);
  CHECK(bottom == 1);
}

}  // namespace
}  // namespace bilag
