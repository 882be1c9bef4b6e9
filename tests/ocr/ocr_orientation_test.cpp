// Scans fed in turned (extractor/ocr/ocr_orientation.h) on the fixtures
// that scripts/make_rotate_fixtures.py writes: page 1 of a statusrapport
// scanned at 150 dpi upright (scan0.png) and turned 90, 180 and 270
// degrees clockwise.
#include "extractor/ocr/ocr_orientation.h"

#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ocr/ocr.h"
#include "extractor/ocr/ocr_cache.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

const std::string kRotateFixtures = BILAG_SOURCE_DIR "/tests/fixtures/rotate/";

GrayImage Image(int width, int height, const std::vector<unsigned char>& pixels) {
  GrayImage image;
  image.width = width;
  image.height = height;
  image.bytes_per_row = width;
  image.pixels = pixels;
  return image;
}

TEST_CASE("ocr orientation: an image turned a quarter clockwise, a half, and back", "[ocr]") {
  // 1 2 3
  // 4 5 6
  const GrayImage image = Image(3, 2, {1, 2, 3, 4, 5, 6});
  const GrayImage quarter = TurnedImage(image, 1);
  CHECK(quarter.width == 2);
  CHECK(quarter.height == 3);
  CHECK(quarter.pixels == std::vector<unsigned char>{4, 1, 5, 2, 6, 3});
  CHECK(TurnedImage(image, 2).pixels == std::vector<unsigned char>{6, 5, 4, 3, 2, 1});
  CHECK(TurnedImage(image, 3).pixels == std::vector<unsigned char>{3, 6, 2, 5, 1, 4});
  CHECK(TurnedImage(quarter, 3).pixels == image.pixels);
}

TEST_CASE("ocr orientation: padded rows are read by bytes_per_row", "[ocr]") {
  GrayImage image = Image(2, 2, {1, 2, 0, 3, 4, 0});
  image.bytes_per_row = 3;
  CHECK(TurnedImage(image, 1).pixels == std::vector<unsigned char>{3, 1, 4, 2});
}

OcrWord Word(const std::string& text, int x0, int y0, int x1, int y1, float confidence) {
  OcrWord word;
  word.text = text;
  word.x0 = x0;
  word.y0 = y0;
  word.x1 = x1;
  word.y1 = y1;
  word.confidence = confidence;
  return word;
}

TEST_CASE("ocr orientation: tall words or a low confidence look turned, a clear page not",
          "[ocr]") {
  OcrPageResult upright;
  upright.words = {Word("Status", 0, 0, 60, 12, 95), Word("for", 70, 0, 90, 12, 96),
                   Word("Ill", 0, 20, 14, 32, 93)};
  CHECK_FALSE(LooksTurned(upright));
  OcrPageResult sideways = upright;
  for (OcrWord& w : sideways.words) std::swap(w.x1, w.y1);
  CHECK(LooksTurned(sideways));
  OcrPageResult garbled = upright;
  for (OcrWord& w : garbled.words) w.confidence = 40;
  CHECK(LooksTurned(garbled));
  CHECK_FALSE(LooksTurned(OcrPageResult()));
}

TEST_CASE(
    "ocr orientation: a half turn's reading replaces the first only when it reads with more "
    "confidence; a quarter turn's always",
    "[ocr]") {
  OcrPageResult poor;
  poor.words = {Word("Navn", 0, 0, 40, 12, 62), Word("Målgruppe", 50, 0, 140, 12, 58)};
  OcrPageResult nonsense = poor;
  for (OcrWord& w : nonsense.words) w.confidence = 35;
  OcrPageResult clear = poor;
  for (OcrWord& w : clear.words) w.confidence = 91;
  CHECK_FALSE(ReadsBetterTurned(poor, nonsense, 2));
  CHECK(ReadsBetterTurned(nonsense, clear, 2));
  CHECK(ReadsBetterTurned(clear, nonsense, 1));
  CHECK(ReadsBetterTurned(clear, nonsense, 3));
}

IngestOptions Ocr(const std::string& cache_dir = "") {
  IngestOptions options;
  options.ocr.mode = OcrMode::kAuto;
  options.ocr.cache_dir = cache_dir;
  options.ocr.use_cache = !cache_dir.empty();
  return options;
}

std::vector<std::string> RotatedWarnings(const Document& doc) {
  std::vector<std::string> messages;
  for (const Warning& w : doc.warnings) {
    if (w.code == "page-rotated") messages.push_back(std::to_string(w.page) + ": " + w.message);
  }
  return messages;
}

TEST_CASE("ocr orientation: an upright scan is read once, with no orientation check",
          "[ocr][slow]") {
  const int64_t before = OcrRecognizeCount();
  Result<Document> doc = IngestFile(kRotateFixtures + "scan0.png", Ocr());
  REQUIRE(doc.ok());
  CHECK(OcrRecognizeCount() - before == 1);
  CHECK(RotatedWarnings(*doc).empty());
}

TEST_CASE("ocr orientation: a turned scan is read again turned back, and says so", "[ocr][slow]") {
  const auto [name, degrees] = GENERATE(table<std::string, std::string>(
      {{"scan90.png", "90"}, {"scan180.png", "180"}, {"scan270.png", "270"}}));
  INFO(name);
  const int64_t before = OcrRecognizeCount();
  Result<Document> doc = IngestFile(kRotateFixtures + name, Ocr());
  REQUIRE(doc.ok());
  CHECK(OcrRecognizeCount() - before == 2);
  CHECK(RotatedWarnings(*doc) ==
        std::vector<std::string>{"1: page 1 read rotated " + degrees + "°: its text is turned " +
                                 degrees + "° clockwise"});
  // Landscape, as the page was before it was scanned turned.
  REQUIRE(doc->pages.size() == 1);
  CHECK(doc->pages[0].width == Approx(1754 * 72.0 / 150).margin(1));
  CHECK(doc->pages[0].height == Approx(1241 * 72.0 / 150).margin(1));
}

// scripts/make_family.py --family statusskema --seeds 771 --variants scan: a
// 1-bit page at 150 dpi that reads at a mean confidence near 60, which
// orientation detection takes for upside down. Turned, it read as nonsense
// and every initiative was lost.
TEST_CASE("ocr orientation: a poor upright scan that reads worse turned is read as it lies",
          "[ocr][slow]") {
  const int64_t before = OcrRecognizeCount();
  Result<Document> doc = IngestFile(kRotateFixtures + "poor_upright_scan.pdf", Ocr());
  REQUIRE(doc.ok());
  CHECK(OcrRecognizeCount() - before == 2);
  CHECK(RotatedWarnings(*doc).empty());
  std::string text;
  for (const Line& line : doc->pages[0].lines) text += line.text + "\n";
  CHECK(text.find("Målgruppe") != std::string::npos);
}

TEST_CASE("ocr orientation: the cache keeps a page's turn", "[ocr][slow]") {
  testing::TempDir cache;
  Result<Document> first = IngestFile(kRotateFixtures + "scan90.png", Ocr(cache.path()));
  REQUIRE(first.ok());
  const int64_t before = OcrRecognizeCount();
  Result<Document> again = IngestFile(kRotateFixtures + "scan90.png", Ocr(cache.path()));
  REQUIRE(again.ok());
  CHECK(OcrRecognizeCount() == before);
  CHECK(RotatedWarnings(*again) == RotatedWarnings(*first));
  CHECK(RotatedWarnings(*again).size() == 1);
  REQUIRE(again->pages.size() == 1);
  CHECK(again->pages[0].width == first->pages[0].width);
}

}  // namespace
}  // namespace bilag
