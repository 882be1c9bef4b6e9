// From what Tesseract read to the Page: points, lines, and table rows that
// Tesseract read column by column. Synthetic results, no OCR.
#include "extractor/ocr/ocr_page.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

// An empty result for a scan of width x height pixels at `dpi`.
OcrPageResult Scanned(int width, int height, int dpi) {
  OcrPageResult result;
  result.width = width;
  result.height = height;
  result.dpi = dpi;
  return result;
}

std::vector<std::string> LineTexts(const Page& page) {
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

TEST_CASE("ocr page: pixels become points, confidences stay", "[ocr][page]") {
  OcrPageResult result = Scanned(2480, 3508, 300);
  result.words = {{"Bilag", 300, 150, 450, 200, 96.5f}, {"2", 470, 150, 490, 200, 41.0f}};
  result.lines = {{0, 1}};
  Page page;
  page.number = 1;
  page.needs_ocr = true;
  FillPageFromOcr(result, &page);
  CHECK_FALSE(page.needs_ocr);
  CHECK(page.width == Approx(595.2));  // A4 at 300 dpi
  CHECK(page.height == Approx(841.92));
  REQUIRE(page.words.size() == 2);
  CHECK(page.words[0].box.x0 == Approx(72.0));
  CHECK(page.words[0].box.y0 == Approx(36.0));
  CHECK(page.words[0].box.x1 == Approx(108.0));
  CHECK(page.words[0].box.y1 == Approx(48.0));
  CHECK(page.words[1].confidence == 41.0f);  // low, and kept for later stages
  CHECK(page.words[0].font == -1);
  CHECK(page.fonts.empty());
  CHECK(page.words[0].font_size == 0);
  REQUIRE(page.lines.size() == 1);
  CHECK(page.lines[0].text == "Bilag 2");
  CHECK(page.lines[0].words == std::vector<int>{0, 1});
  CHECK(page.lines[0].page == 1);
  CHECK(page.lines[0].number == 1);
  CHECK(page.lines[0].kind == LineKind::kText);

  // A PDF page keeps the size poppler gave it.
  Page pdf_page;
  pdf_page.width = 595.2756;
  pdf_page.height = 841.8898;
  FillPageFromOcr(result, &pdf_page);
  CHECK(pdf_page.width == 595.2756);
}

TEST_CASE("ocr page: a table row read column by column becomes one row with cells", "[ocr][page]") {
  // Tesseract's blocks: the first column's two lines, then the second's.
  OcrPageResult result = Scanned(2000, 1000, 200);
  result.words = {{"Mangfoldighedskorps", 100, 100, 500, 140, 95},
                  {"Etnisk", 100, 160, 220, 200, 95},
                  {"iværksætter", 230, 160, 450, 200, 95},
                  {"200.000", 1200, 104, 1350, 144, 90},  // 4 px lower: a turned scan
                  {"(Se", 1200, 162, 1260, 202, 90},
                  {"note", 1270, 162, 1350, 202, 90},
                  {"1)", 1360, 162, 1400, 202, 90}};
  result.lines = {{0}, {1, 2}, {3}, {4, 5, 6}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) == std::vector<std::string>{"Mangfoldighedskorps\t200.000",
                                                    "Etnisk iværksætter\t(Se note 1)"});
  REQUIRE(page.lines[0].cells.size() == 2);
  CHECK(page.lines[0].kind == LineKind::kTableRow);
  CHECK(page.lines[0].cells[1].text == "200.000");
  CHECK(page.lines[0].cells[1].column == 1);
  CHECK(page.lines[0].cells[1].x0 == Approx(1200 * 72.0 / 200));
  CHECK(page.lines[0].cells[1].x1 == Approx(1350 * 72.0 / 200));
  // Words are stored in line order, and each is used once.
  CHECK(page.lines[0].words == std::vector<int>{0, 1});
  CHECK(page.lines[1].words == std::vector<int>{2, 3, 4, 5, 6});
  CHECK(page.words[1].text == "200.000");
}

// Word boxes as Tesseract read them from the scan of scripts/make_family.py
// --family letter --seeds 304 (300 dpi): it cut two justified prose lines
// beside the letter's side column in two, each cut at an ordinary space.
TEST_CASE(
    "ocr page: a prose line that Tesseract cut at a word space stays one cell; a table "
    "row's cell gap of several spaces still parts cells",
    "[ocr][page]") {
  OcrPageResult result = Scanned(2481, 3508, 300);
  result.words = {{"at", 731, 2386, 774, 2411, 96},         {"en", 806, 2391, 852, 2411, 96},
                  {"tæt", 881, 2387, 950, 2412, 96},        {"kontakt", 982, 2384, 1150, 2413, 96},
                  {"til", 1181, 2386, 1250, 2414, 96},      {"Dansk", 1281, 2386, 1402, 2414, 96},
                  {"første", 308, 2381, 451, 2409, 96},     {"år", 481, 2379, 526, 2409, 96},
                  {"viser,", 556, 2382, 693, 2415, 96},     {"bidrage", 303, 2780, 474, 2817, 96},
                  {"til,", 503, 2782, 591, 2815, 96},       {"at", 629, 2785, 672, 2811, 96},
                  {"flere", 706, 2783, 824, 2812, 96},      {"elever", 853, 2784, 999, 2812, 96},
                  {"Andelen", 300, 3000, 480, 3030, 96},    {"af", 500, 3000, 540, 3030, 96},
                  {"tosprogede", 560, 3000, 800, 3030, 96}, {"40", 870, 3000, 920, 3030, 96},
                  {"pct.", 940, 3000, 1020, 3030, 96}};
  result.lines = {{0, 1, 2, 3, 4, 5}, {6, 7, 8}, {9, 10}, {11, 12, 13}, {14, 15, 16}, {17, 18}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) == std::vector<std::string>{"første år viser, at en tæt kontakt til Dansk",
                                                    "bidrage til, at flere elever",
                                                    "Andelen af tosprogede\t40 pct."});
}

// From the scan of scripts/make_family.py --family letter --seeds 307, read
// at 200 dpi: a speck between a cell's last word and the next column's "%"
// that Tesseract read as a dash with confidence 0.
TEST_CASE("ocr page: a stroke Tesseract reads with no confidence is a speck, not a word",
          "[ocr][page]") {
  OcrPageResult result = Scanned(1654, 2339, 200);
  result.words = {{"to", 437, 1440, 458, 1457, 96},     {"eftermiddage", 468, 1439, 626, 1463, 48},
                  {"\u2014", 655, 1430, 661, 1467, 0},  {"%", 680, 1435, 700, 1453, 52},
                  {"Mindst", 300, 1600, 400, 1620, 96}, {"-", 420, 1600, 430, 1620, 91},
                  {"5", 450, 1600, 460, 1620, 96}};
  result.lines = {{0, 1, 2, 3}, {4, 5, 6}};
  Page page;
  CHECK(FillPageFromOcr(result, &page) == 1);
  CHECK(LineTexts(page) == std::vector<std::string>{"to eftermiddage\t%", "Mindst - 5"});
}

// From the scan of scripts/make_family.py --family status --seeds 708, read
// at 200 dpi: the end of a tilted header's top rule, read as "SErEei" with
// confidence 0, stood as a row of its own above the header.
TEST_CASE(
    "ocr page: a horizontal ruling read as letters with no confidence is dropped; a word "
    "of little confidence off the rulings stays",
    "[ocr][page]") {
  OcrPageResult result = Scanned(2339, 1654, 200);
  result.rulings = {Ruling{150, 170, 780, 170}};
  result.words = {{"SErEei", 2106, 466, 2150, 486, 0},
                  {"Indsats", 170, 480, 250, 510, 95},
                  {"xyz", 170, 800, 220, 830, 5}};
  result.lines = {{0}, {1}, {2}};
  Page page;
  CHECK(FillPageFromOcr(result, &page) == 1);
  CHECK(LineTexts(page) == std::vector<std::string>{"Indsats", "xyz"});
}

TEST_CASE("ocr page: lines of a turned page stay apart", "[ocr][page]") {
  // 2 degrees over 2000 px: each line's box is 70 px taller than its text,
  // so whole-line boxes of neighbouring lines overlap.
  OcrPageResult result = Scanned(2400, 1000, 300);
  result.words = {{"Første", 100, 100, 300, 150, 90},
                  {"linje", 1900, 170, 2100, 220, 90},
                  {"Anden", 100, 167, 300, 217, 90},
                  {"linje", 1900, 237, 2100, 287, 90}};
  result.lines = {{0, 1}, {2, 3}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) == std::vector<std::string>{"Første\tlinje", "Anden\tlinje"});
}

TEST_CASE("ocr page: a wide gap inside one Tesseract line starts a cell", "[ocr][page]") {
  OcrPageResult result = Scanned(2000, 500, 200);
  // Word height 40 px: a gap over 80 px is a cell gap, 20 px a space.
  result.words = {{"I", 100, 100, 110, 140, 90},
                  {"alt", 130, 100, 190, 140, 90},
                  {"500.000", 600, 100, 750, 140, 90}};
  result.lines = {{0, 1, 2}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) == std::vector<std::string>{"I alt\t500.000"});

  OcrPageResult empty = Scanned(100, 100, 100);
  Page blank;
  blank.needs_ocr = true;
  FillPageFromOcr(empty, &blank);
  CHECK(blank.lines.empty());
  CHECK_FALSE(blank.needs_ocr);
}

TEST_CASE(
    "ocr page: a number parted at its separator by a gap far narrower than a space is one word; "
    "at a space it stays two",
    "[ocr][page]") {
  OcrPageResult result = Scanned(2000, 500, 300);
  // Spaces of 16 px; "350." and "000" 2 px apart, "0," and "75" touching.
  result.words = {{"Puljemidler:", 100, 100, 300, 140, 90},
                  {"kr.", 316, 100, 360, 140, 90},
                  {"350.", 376, 100, 440, 140, 80},
                  {"000", 442, 100, 500, 140, 70},
                  {"i", 516, 100, 525, 140, 90},
                  {"2008,", 541, 100, 620, 140, 90},
                  {"0,", 636, 100, 660, 140, 90},
                  {"75", 660, 100, 690, 140, 90},
                  {"mio.", 706, 100, 760, 140, 90},
                  {"kr.", 776, 100, 820, 140, 90},
                  {"i", 836, 100, 845, 140, 90},
                  {"2005.", 861, 100, 940, 140, 90},
                  {"300", 956, 100, 1010, 140, 90},
                  {"borgere", 1026, 100, 1130, 140, 90}};
  result.lines = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) ==
        std::vector<std::string>{
            "Puljemidler: kr. 350.000 i 2008, 0,75 mio. kr. i 2005. 300 borgere"});
  REQUIRE(page.words.size() == 12);
  CHECK(page.words[2].text == "350.000");
  CHECK(page.words[2].box.x1 == Approx(500 * 72.0 / 300));
  CHECK(page.words[2].confidence == 70.0f);  // the lower of the two
}

}  // namespace
}  // namespace bilag
