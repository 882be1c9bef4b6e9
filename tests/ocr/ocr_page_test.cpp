// From what Tesseract read to the Page: points, lines, and table rows that
// Tesseract read column by column. Synthetic results, no OCR.
#include "extractor/ocr/ocr_page.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

std::vector<std::string> LineTexts(const Page& page) {
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

TEST_CASE("ocr page: pixels become points, confidences stay", "[ocr][page]") {
  OcrPageResult result;
  result.width = 2480;
  result.height = 3508;
  result.dpi = 300;
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
  CHECK(page.words[0].font.empty());
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
  OcrPageResult result;
  result.width = 2000;
  result.height = 1000;
  result.dpi = 200;
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

TEST_CASE("ocr page: lines of a turned page stay apart", "[ocr][page]") {
  // 2 degrees over 2000 px: each line's box is 70 px taller than its text,
  // so whole-line boxes of neighbouring lines overlap.
  OcrPageResult result;
  result.width = 2400;
  result.height = 1000;
  result.dpi = 300;
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
  OcrPageResult result;
  result.width = 2000;
  result.height = 500;
  result.dpi = 200;
  // Word height 40 px: a gap over 80 px is a cell gap, 20 px a space.
  result.words = {{"I", 100, 100, 110, 140, 90},
                  {"alt", 130, 100, 190, 140, 90},
                  {"500.000", 600, 100, 750, 140, 90}};
  result.lines = {{0, 1, 2}};
  Page page;
  FillPageFromOcr(result, &page);
  CHECK(LineTexts(page) == std::vector<std::string>{"I alt\t500.000"});

  OcrPageResult empty;
  empty.width = 100;
  empty.height = 100;
  empty.dpi = 100;
  Page blank;
  blank.needs_ocr = true;
  FillPageFromOcr(empty, &blank);
  CHECK(blank.lines.empty());
  CHECK_FALSE(blank.needs_ocr);
}

}  // namespace
}  // namespace bilag
