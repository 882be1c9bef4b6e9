// Rulings of scanned pages, end to end through IngestFile: page 1 of
// tests/eval/eval07_resultater_tmf.scan.pdf is an image-only scan (200 dpi,
// turned about 0.6 degrees) of a ruled table of five columns, read here at
// the default 300 dpi, where Tesseract reads two of its vertical rulings as
// "|". Then the stroke filter of FillPageFromOcr on synthetic results.
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ocr/ocr.h"
#include "extractor/ocr/ocr_cache.h"
#include "extractor/ocr/ocr_page.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

using testing::PageText;
using testing::ReadFile;
using testing::TempDir;

const std::string kRuledScan = BILAG_SOURCE_DIR "/tests/eval/eval07_resultater_tmf.scan.pdf";

// The table's column borders, in points (left border, four inner, right
// border), and its top and bottom borders at their midpoints, as measured
// on the scan.
const std::vector<double> kColumnBorders = {56, 288, 436, 555, 674, 785};
constexpr double kTopBorder = 113.5;
constexpr double kBottomBorder = 438.5;

IngestOptions Options(const std::string& cache_dir) {
  IngestOptions options;
  options.ocr.cache_dir = cache_dir;
  options.ocr.use_cache = !cache_dir.empty();
  options.ocr.mode = OcrMode::kAuto;
  options.ocr.jobs = 1;
  return options;
}

Document IngestOk(const std::string& path, const IngestOptions& options) {
  Result<Document> doc = IngestFile(path, options);
  INFO(path << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

double MidX(const Ruling& r) { return (r.x0 + r.x1) / 2; }
// The height of a (turned) horizontal ruling at x.
double YAt(const Ruling& r, double x) { return r.y0 + (x - r.x0) * (r.y1 - r.y0) / (r.x1 - r.x0); }
double MidY(const Ruling& r) { return (r.y0 + r.y1) / 2; }

const Line* LineStartingWith(const Page& page, const std::string& start) {
  for (const Line& line : page.lines) {
    if (line.text.rfind(start, 0) == 0) return &line;
  }
  return nullptr;
}

TEST_CASE("ocr rulings: a scanned ruled table gets its rulings, not its bars as words",
          "[ocr][rulings][slow]") {
  const Document doc = IngestOk(kRuledScan, Options(""));
  REQUIRE_FALSE(doc.pages.empty());
  const Page& page = doc.pages[0];
  REQUIRE(doc.ocr.has_value());
  REQUIRE(doc.ocr->pages.front() == 1);

  // The page was turned level (Page::deskew): its horizontal rulings are
  // level now, and turned back they are where the scan has them.
  CHECK(std::abs(page.deskew) * 180 / 3.14159265 == Approx(0.6).margin(0.2));
  for (const Ruling& r : page.rulings) {
    if (r.Horizontal()) CHECK(std::abs(r.y0 - r.y1) < 1.5);
  }
  std::vector<Ruling> horizontal, vertical;
  for (Ruling r : page.rulings) {
    std::tie(r.x0, r.y0) = PointOnScan(page, r.x0, r.y0);
    std::tie(r.x1, r.y1) = PointOnScan(page, r.x1, r.y1);
    (r.Horizontal() ? horizontal : vertical).push_back(r);
  }
  // Nine horizontal rulings: top, under the header, above and under each of
  // the two section rows, between the other rows, bottom.
  CHECK(horizontal.size() >= 8);
  CHECK(horizontal.size() <= 11);
  // Six vertical ones, the inner four broken by the section rows that span
  // the table: up to 14 pieces, and a few more for a broken scan line.
  CHECK(vertical.size() >= 6);
  CHECK(vertical.size() <= 20);
  REQUIRE_FALSE(horizontal.empty());
  CHECK(MidY(horizontal.front()) == Approx(kTopBorder).margin(4));
  CHECK(MidY(horizontal.back()) == Approx(kBottomBorder).margin(4));
  for (const Ruling& h : horizontal) {
    INFO("horizontal at " << MidY(h));
    CHECK(h.x0 == Approx(kColumnBorders.front()).margin(5));
    CHECK(h.x1 == Approx(kColumnBorders.back()).margin(5));
    // The scan is turned: the right end is ~7.6 points higher.
    CHECK(h.y0 - h.y1 == Approx(7.6).margin(2.5));
  }
  for (double border : kColumnBorders) {
    INFO("column border at " << border);
    CHECK(std::any_of(vertical.begin(), vertical.end(),
                      [&](const Ruling& v) { return std::abs(MidX(v) - border) <= 4; }));
  }
  for (const Ruling& v : vertical) {
    INFO("vertical at " << MidX(v));
    CHECK(std::any_of(kColumnBorders.begin(), kColumnBorders.end(),
                      [&](double border) { return std::abs(MidX(v) - border) <= 4; }));
    CHECK(v.y0 >= kTopBorder - 10);
    CHECK(v.y1 <= kBottomBorder + 10);
  }

  // Rulings and words share one frame: the header "Mål 2012" sits in the
  // second column, between the top border and the next ruling.
  const Line* header = LineStartingWith(page, "Mål 2012");
  INFO(PageText(page));
  REQUIRE(header != nullptr);
  const Word& mal = page.words[static_cast<size_t>(header->words.front())];
  CHECK(mal.text == "Mål");
  const Box mal_box = BoxOnScan(page, mal.box);
  CHECK(mal_box.x0 > kColumnBorders[1]);
  CHECK(mal_box.x1 < kColumnBorders[2]);
  REQUIRE(horizontal.size() >= 2);
  CHECK(mal_box.y0 > YAt(horizontal[0], mal_box.x0));
  CHECK(mal_box.y1 < YAt(horizontal[1], mal_box.x0));

  // No bar is left as a word, and the rows it was in keep their columns.
  for (const Word& word : page.words) {
    INFO(word.text);
    CHECK(word.text.find_first_not_of("|") != std::string::npos);
  }
  const Line* borger = LineStartingWith(page, "Byfornyelse i Sydhavnen");
  REQUIRE(borger != nullptr);
  REQUIRE(borger->cells.size() == 5);
  CHECK(borger->cells[3].text == "Borgerinddragelse med");
  CHECK(borger->cells[4].text == "140 deltagere i");
  const Line* opslag = LineStartingWith(page, "Stillingsopslag");
  REQUIRE(opslag != nullptr);
  REQUIRE(opslag->cells.size() >= 2);
  CHECK(opslag->cells[0].text == "Stillingsopslag skal nå flere ansøgere med anden");
  CHECK(opslag->cells[1].text == "ansøgere med anden etnisk");

  // Counted once, in the ocr-applied warning; never a warning per word.
  int applied = 0;
  for (const Warning& w : doc.warnings) {
    if (w.code != "ocr-applied") continue;
    ++applied;
    CHECK(w.message.find("ruling lines or specks read as text were dropped") != std::string::npos);
  }
  CHECK(applied == 1);
  CHECK(doc.warnings.size() == 1);
}

TEST_CASE("ocr rulings: cached with the words, a cold and a warm run agree",
          "[ocr][rulings][cache][slow]") {
  TempDir cache;
  const IngestOptions options = Options(cache.path());
  int64_t before = OcrRecognizeCount();
  const Document cold = IngestOk(kRuledScan, options);
  CHECK(OcrRecognizeCount() - before == 1);
  REQUIRE(cold.pages[0].rulings.size() >= 14);
  const std::vector<std::filesystem::path> entries = testing::FilesBelow(cache.path());
  REQUIRE(entries.size() == 1);
  const std::string entry = ReadFile(entries[0].string());
  CHECK(entries[0].string().find("/ocr-v" + std::to_string(kOcrCacheFormat) + "/") !=
        std::string::npos);
  const size_t first_ruling = entry.find("\nr ");
  REQUIRE(first_ruling != std::string::npos);

  before = OcrRecognizeCount();
  const Document warm = IngestOk(kRuledScan, options);
  CHECK(OcrRecognizeCount() - before == 0);
  const Page& a = cold.pages[0];
  const Page& b = warm.pages[0];
  REQUIRE(a.rulings.size() == b.rulings.size());
  for (size_t i = 0; i < a.rulings.size(); ++i) {
    INFO("ruling " << i);
    CHECK(a.rulings[i].x0 == b.rulings[i].x0);  // exact: the cache keeps every bit
    CHECK(a.rulings[i].y0 == b.rulings[i].y0);
    CHECK(a.rulings[i].x1 == b.rulings[i].x1);
    CHECK(a.rulings[i].y1 == b.rulings[i].y1);
  }
  CHECK(PageText(a) == PageText(b));
  REQUIRE(a.words.size() == b.words.size());
  for (size_t i = 0; i < a.words.size(); ++i) {
    CHECK(a.words[i].text == b.words[i].text);
    CHECK(a.words[i].box.x0 == b.words[i].box.x0);
    CHECK(a.words[i].box.y1 == b.words[i].box.y1);
  }
  REQUIRE(a.lines.size() == b.lines.size());
  for (size_t i = 0; i < a.lines.size(); ++i)
    CHECK(a.lines[i].cells.size() == b.lines[i].cells.size());
  REQUIRE(cold.warnings.size() == warm.warnings.size());
  for (size_t i = 0; i < cold.warnings.size(); ++i) {
    CHECK(cold.warnings[i].message == warm.warnings[i].message);
  }

  // An entry cut off just before its rulings still parses line by line; its
  // checksum says it is not what was stored, so it is OCRed again.
  std::ofstream(entries[0], std::ios::binary | std::ios::trunc)
      << entry.substr(0, first_ruling + 1);
  before = OcrRecognizeCount();
  const Document redone = IngestOk(kRuledScan, options);
  CHECK(OcrRecognizeCount() - before == 1);
  CHECK(redone.pages[0].rulings.size() == a.rulings.size());
  CHECK(ReadFile(entries[0].string()) == entry);
}

// A synthetic page at 72 dpi (pixels are points): a table row "Tal | 12,1
// pct. | 7" with its borders, as Tesseract reads a scanned one.
OcrPageResult RuledRow() {
  OcrPageResult result;
  result.width = 600;
  result.height = 200;
  result.dpi = 72;
  result.words = {
      {"|", 52, 100, 55, 114, 40.0f},    // 0: the left border, 1.2 points off
      {"Tal", 58, 100, 75, 112, 95.0f},  // 1
      {"I", 57, 120, 59, 130, 90.0f},    // 2: a real "I" 6 points right of it
      {"l", 199, 100, 202, 114, 30.0f},  // 3: the second border, read as "l"
      {"12,1", 210, 100, 235, 112, 96.0f}, {"pct.", 238, 100, 296, 112, 96.0f},
      {"[", 299, 98, 303, 114, 20.0f},     // 6: the third border
      {"7", 308, 100, 315, 112, 96.0f},    // 7: 12 points after "pct.": no gap for a cell
      {"___", 100, 147, 160, 153, 10.0f},  // 8: the bottom ruling
      {"-", 320, 170, 325, 172, 90.0f},    // 9: a dash 17 points below the table
      {"|", 450, 100, 453, 114, 50.0f},    // 10: a bar on no ruling: kept
  };
  result.lines = {{0, 1, 3, 4, 5, 6, 7, 10}, {2}, {8}, {9}};
  // The table's box, 0.5 degrees off straight, and one inner border.
  result.rulings = {{50, 90, 400, 93},   {50, 150, 400, 153}, {50.5, 90, 51.5, 150},
                    {200, 90, 201, 150}, {300, 90, 300, 150}, {399, 92, 400, 153}};
  return result;
}

TEST_CASE("ocr page: words that are rulings are dropped, text beside them is not",
          "[ocr][page][rulings]") {
  const OcrPageResult result = RuledRow();
  Page page;
  page.number = 1;
  CHECK(FillPageFromOcr(result, &page) == 4);
  CHECK(page.rulings.size() == result.rulings.size());
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  CHECK(texts == std::vector<std::string>{"Tal\t12,1 pct.\t7\t|", "I", "-"});
  // Each word in one line, and nothing that was dropped.
  CHECK(page.words.size() == 7);
  // A ruling between two words is a cell border, however narrow the gap.
  REQUIRE(page.lines[0].cells.size() == 4);
  CHECK(page.lines[0].cells[1].text == "12,1 pct.");
  CHECK(page.lines[0].cells[1].x0 == Approx(210));

  // Without rulings nothing is dropped.
  OcrPageResult bare = result;
  bare.rulings.clear();
  Page plain;
  CHECK(FillPageFromOcr(bare, &plain) == 0);
  CHECK(plain.words.size() == result.words.size());
  CHECK(plain.rulings.empty());
}

}  // namespace
}  // namespace bilag
