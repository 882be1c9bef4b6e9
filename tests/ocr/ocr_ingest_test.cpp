// OCR through IngestFile on the scans that scripts/make_scan_fixtures.py
// writes (a 15 x 8 cm page at 200 dpi, turned 0.7 degrees, with noise), and
// on the born-digital PDFs of tests/fixtures/pdf. The truth is the text the
// script drew (scan_page1.txt, scan_page2.txt). Pages are rendered at 200
// dpi (the scans' own) to keep the tests quick.
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ocr/ocr.h"
#include "extractor/ocr/text_layer_quality.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

using testing::CharacterAccuracy;
using testing::kOcrFixtures;
using testing::kPdfFixtures;
using testing::PageText;
using testing::ReadFile;
using testing::TempDir;

// Measured on these fixtures: 1.000 (every character right). The margin
// allows for another Tesseract build reading a character or two differently.
constexpr double kMinAccuracy = 0.97;

// The scan's page in points: 1192 x 646 pixels at 200 dpi.
constexpr double kScanWidth = 1192 * 72.0 / 200;
constexpr double kScanHeight = 646 * 72.0 / 200;

IngestOptions OcrOptionsFor(OcrMode mode, const std::string& cache_dir = "") {
  IngestOptions options;
  options.ocr.mode = mode;
  options.ocr.dpi = 200;
  options.ocr.cache_dir = cache_dir;
  options.ocr.use_cache = !cache_dir.empty();
  return options;
}

Document IngestOk(const std::string& path, const IngestOptions& options) {
  Result<Document> doc = IngestFile(path, options);
  INFO(path << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

std::vector<std::string> Codes(const Document& doc) {
  std::vector<std::string> codes;
  for (const Warning& w : doc.warnings) codes.push_back(w.code);
  return codes;
}

const Warning* FindWarning(const Document& doc, const std::string& code) {
  for (const Warning& w : doc.warnings) {
    if (w.code == code) return &w;
  }
  return nullptr;
}

// Document invariants, and every OCR word in exactly one line.
void CheckOcrPage(const Page& page) {
  INFO("page " << page.number);
  std::vector<int> uses(page.words.size(), 0);
  for (size_t l = 0; l < page.lines.size(); ++l) {
    CHECK(page.lines[l].page == page.number);
    CHECK(page.lines[l].number == static_cast<int>(l) + 1);
    for (int w : page.lines[l].words) ++uses[static_cast<size_t>(w)];
  }
  for (int u : uses) CHECK(u == 1);
  for (const Word& word : page.words) {
    CHECK(word.confidence >= 0);
    CHECK(word.confidence <= 100);
    CHECK(word.box.x0 >= 0);
    CHECK(word.box.x1 <= page.width + 0.01);
    CHECK(word.box.y1 <= page.height + 0.01);
    CHECK(word.box.x0 < word.box.x1);
  }
}

TEST_CASE("ocr: a scanned PDF is read in auto mode, æøå included", "[ocr][slow]") {
  TempDir cache;
  const Document doc =
      IngestOk(kOcrFixtures + "scan.pdf", OcrOptionsFor(OcrMode::kAuto, cache.path()));
  REQUIRE(doc.pages.size() == 1);
  const Page& page = doc.pages[0];
  CHECK_FALSE(page.needs_ocr);
  CHECK(page.width == Approx(kScanWidth));
  CHECK(page.height == Approx(kScanHeight));
  CheckOcrPage(page);

  const std::string text = PageText(page);
  const double accuracy = CharacterAccuracy(text, ReadFile(kOcrFixtures + "scan_page1.txt"));
  INFO(text);
  CHECK(accuracy >= kMinAccuracy);
  for (const char* word : {"Økonomiforvaltningen,", "Københavns", "Målet", "får", "rådgivning",
                           "årligt", "følges", "Særlige", "børn", "ældre", "Østerbro."}) {
    CHECK(text.find(word) != std::string::npos);
  }
  REQUIRE(page.lines.size() >= 7);
  CHECK(page.lines[0].text == "Bilag 2: Status for integrationsindsatsen");
  // "Bilag" was drawn 1 cm from the left edge with its baseline 1.3 cm below
  // the top; turning the page by 0.7 degrees about its centre (on a canvas
  // that grew by 11 x 16 pixels) puts that point at 31.2 pt, 37.4 pt, and
  // the "B" starts 0.9 pt right of its origin. The "g" reaches below the
  // baseline.
  // The words were turned level by that angle (Page::deskew); turned back
  // they are where the scan has them.
  CHECK(std::abs(page.deskew) * 180 / 3.14159265 == Approx(0.7).margin(0.15));
  const Word& bilag = page.words[static_cast<size_t>(page.lines[0].words[0])];
  CHECK(bilag.text == "Bilag");
  const Box scanned = BoxOnScan(page, bilag.box);
  CHECK(scanned.x0 == Approx(32.1).margin(1));
  CHECK(scanned.y1 > 37.4);
  CHECK(scanned.y1 < 37.4 + 4);
  CHECK(scanned.y1 - scanned.y0 == Approx(12).margin(3));

  CHECK(Codes(doc) == std::vector<std::string>{"ocr-applied"});
  CHECK(doc.warnings[0].message == "page 1 was read with OCR: no text layer");
  CHECK(doc.warnings[0].page == 1);
  REQUIRE(doc.ocr.has_value());
  CHECK(doc.ocr->engine == OcrEngineName());
  CHECK(doc.ocr->engine.rfind("tesseract 5.", 0) == 0);
  CHECK(doc.ocr->lang == "dan");
  CHECK(doc.ocr->pages == std::vector<int>{1});
  REQUIRE(doc.ocr->mean_confidence.has_value());
  CHECK(*doc.ocr->mean_confidence > 85);
  CHECK(*doc.ocr->mean_confidence <= 100);
}

TEST_CASE("ocr: a cached page is not OCRed again, a damaged entry is redone", "[ocr][slow]") {
  TempDir cache;
  const IngestOptions options = OcrOptionsFor(OcrMode::kAuto, cache.path());
  const std::string scan = kOcrFixtures + "scan.pdf";

  int64_t before = OcrRecognizeCount();
  const Document cold = IngestOk(scan, options);
  CHECK(OcrRecognizeCount() - before == 1);
  const std::vector<std::filesystem::path> entries = testing::FilesBelow(cache.path());
  REQUIRE(entries.size() == 1);
  const std::string entry = ReadFile(entries[0].string());

  before = OcrRecognizeCount();
  const Document warm = IngestOk(scan, options);
  CHECK(OcrRecognizeCount() - before == 0);
  CHECK(PageText(warm.pages[0]) == PageText(cold.pages[0]));
  CHECK(warm.pages[0].words.size() == cold.pages[0].words.size());
  CHECK(warm.ocr->mean_confidence == cold.ocr->mean_confidence);
  CHECK(Codes(warm) == Codes(cold));

  // A truncated entry (ocr_cache_test.cpp flips bytes too).
  std::ofstream(entries[0], std::ios::binary | std::ios::trunc)
      << entry.substr(0, entry.size() / 3);
  before = OcrRecognizeCount();
  const Document redone = IngestOk(scan, options);
  CHECK(OcrRecognizeCount() - before == 1);  // detected, not trusted
  CHECK(PageText(redone.pages[0]) == PageText(cold.pages[0]));
  CHECK(ReadFile(entries[0].string()) == entry);  // and rewritten
}

TEST_CASE("ocr: mode never leaves scans to fail with needs-ocr", "[ocr]") {
  const IngestOptions never = OcrOptionsFor(OcrMode::kNever);
  const int64_t before = OcrRecognizeCount();
  Result<Document> pdf = IngestFile(kOcrFixtures + "scan.pdf", never);
  CHECK(pdf.status().code() == ErrorCode::kNeedsOcr);
  CHECK(pdf.status().message() == kOcrFixtures +
                                      "scan.pdf: no text layer on any page: the scan needs OCR, "
                                      "which is turned off (--ocr never)");
  Result<Document> png = IngestFile(kOcrFixtures + "scan.png", never);
  CHECK(png.status().code() == ErrorCode::kNeedsOcr);
  CHECK(png.status().message() ==
        kOcrFixtures + "scan.png: image/png image needs OCR, which is turned off (--ocr never)");
  // A scanned page among text pages stays a warning.
  const Document mixed = IngestOk(kPdfFixtures + "mixed.pdf", never);
  CHECK(Codes(mixed) == std::vector<std::string>{"page-needs-ocr"});
  CHECK(mixed.pages[1].needs_ocr);
  CHECK_FALSE(mixed.ocr.has_value());
  CHECK(OcrRecognizeCount() == before);
}

TEST_CASE("ocr: auto mode leaves a good text layer alone", "[ocr]") {
  TempDir cache;
  const int64_t before = OcrRecognizeCount();
  const Document doc =
      IngestOk(kPdfFixtures + "statusskema.pdf", OcrOptionsFor(OcrMode::kAuto, cache.path()));
  CHECK(OcrRecognizeCount() == before);
  CHECK(doc.pages.size() == 3);
  CHECK_FALSE(doc.ocr.has_value());
  CHECK(FindWarning(doc, "ocr-applied") == nullptr);
  CHECK(testing::FilesBelow(cache.path()).empty());
  for (const Page& page : doc.pages) {
    for (const Word& word : page.words) CHECK(word.confidence == -1);
  }
}

TEST_CASE("ocr: auto mode reads only the scanned page of a mixed PDF", "[ocr][slow]") {
  const Document text_only = IngestOk(kPdfFixtures + "mixed.pdf", IngestOptions());
  const Document doc = IngestOk(kPdfFixtures + "mixed.pdf", OcrOptionsFor(OcrMode::kAuto));
  REQUIRE(doc.pages.size() == 2);
  CHECK(PageText(doc.pages[0]) == PageText(text_only.pages[0]));
  CHECK_FALSE(doc.pages[1].needs_ocr);
  CheckOcrPage(doc.pages[1]);
  // The scanned page is hyphenated.pdf at 100 dpi: rough, but readable.
  const std::string text = PageText(doc.pages[1]);
  INFO(text);
  CHECK(CharacterAccuracy(text, PageText(doc.pages[0])) >= 0.9);
  CHECK(Codes(doc) == std::vector<std::string>{"ocr-applied"});  // no page-needs-ocr left
  CHECK(doc.warnings[0].page == 2);
  REQUIRE(doc.ocr.has_value());
  CHECK(doc.ocr->pages == std::vector<int>{2});
}

TEST_CASE("ocr: auto mode reads a page whose text layer is garbage", "[ocr][slow]") {
  const Document doc = IngestOk(kOcrFixtures + "broken_layer.pdf", OcrOptionsFor(OcrMode::kAuto));
  REQUIRE(doc.pages.size() == 1);
  const std::string text = PageText(doc.pages[0]);
  INFO(text);
  CHECK(CharacterAccuracy(text, ReadFile(kOcrFixtures + "scan_page1.txt")) >= kMinAccuracy);
  CHECK(text.find('#') == std::string::npos);
  const Warning* applied = FindWarning(doc, "ocr-applied");
  REQUIRE(applied != nullptr);
  CHECK(applied->message ==
        "page 1 was read with OCR: text layer looks broken: 67% of its characters are outside "
        "the Danish alphabet and punctuation");
}

TEST_CASE("ocr: always mode reads a page that has a good text layer", "[ocr][slow]") {
  IngestOptions options = OcrOptionsFor(OcrMode::kAlways);
  options.ocr.dpi = 150;
  const Document text_layer = IngestOk(kPdfFixtures + "hyphenated.pdf", IngestOptions());
  const Document doc = IngestOk(kPdfFixtures + "hyphenated.pdf", options);
  REQUIRE(doc.pages.size() == 1);
  CheckOcrPage(doc.pages[0]);
  REQUIRE_FALSE(doc.pages[0].words.empty());
  CHECK(doc.pages[0].words[0].confidence >= 0);  // OCR words, not the layer's (-1)
  CHECK(doc.pages[0].width == text_layer.pages[0].width);
  CHECK(CharacterAccuracy(PageText(doc.pages[0]), PageText(text_layer.pages[0])) >= 0.95);
  CHECK(doc.warnings.at(0).message == "page 1 was read with OCR: OCR was asked for on every page");
}

TEST_CASE("ocr: a PNG is one page, placed by its resolution", "[ocr][slow]") {
  const Document doc = IngestOk(kOcrFixtures + "scan.png", OcrOptionsFor(OcrMode::kAuto));
  CHECK(doc.media_type == "image/png");
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].width == Approx(kScanWidth));  // the file says 200 dpi
  CheckOcrPage(doc.pages[0]);
  CHECK(CharacterAccuracy(PageText(doc.pages[0]), ReadFile(kOcrFixtures + "scan_page1.txt")) >=
        kMinAccuracy);
  CHECK(doc.warnings.at(0).message == "page 1 was read with OCR: the input is an image");
  REQUIRE(doc.ocr.has_value());
  CHECK(doc.ocr->pages == std::vector<int>{1});
}

TEST_CASE("ocr: a two-frame TIFF is two pages, in order, whatever -j", "[ocr][slow]") {
  IngestOptions options = OcrOptionsFor(OcrMode::kAuto);
  options.ocr.jobs = 2;
  std::vector<std::pair<int, int>> progress;
  options.ocr.progress = [&](int done, int total) { progress.emplace_back(done, total); };
  const Document doc = IngestOk(kOcrFixtures + "scan.tiff", options);
  CHECK(doc.media_type == "image/tiff");
  REQUIRE(doc.pages.size() == 2);
  for (int p = 0; p < 2; ++p) {
    const Page& page = doc.pages[static_cast<size_t>(p)];
    CheckOcrPage(page);
    const std::string truth = ReadFile(kOcrFixtures + "scan_page" + std::to_string(p + 1) + ".txt");
    INFO(PageText(page));
    CHECK(CharacterAccuracy(PageText(page), truth) >= kMinAccuracy);
  }
  CHECK(doc.pages[1].lines.at(0).text == "Side 2: Opfølgning og økonomi");
  CHECK(doc.ocr->pages == std::vector<int>{1, 2});
  CHECK(doc.warnings.at(0).message == "pages 1-2 were read with OCR: the input is an image");
  CHECK(doc.warnings.at(0).page == 0);
  CHECK(progress == std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}});
}

TEST_CASE("ocr: limits on pages and pixels", "[ocr][slow]") {
  IngestOptions options = OcrOptionsFor(OcrMode::kAuto);
  options.ocr.max_pages = 1;
  const Document limited = IngestOk(kOcrFixtures + "scan.tiff", options);
  REQUIRE(limited.pages.size() == 2);
  CHECK_FALSE(limited.pages[0].lines.empty());
  CHECK(limited.pages[1].lines.empty());
  CHECK(limited.pages[1].needs_ocr);
  const Warning* limit = FindWarning(limited, "ocr-page-limit");
  REQUIRE(limit != nullptr);
  CHECK(limit->message ==
        "page 2 not read with OCR: at most 1 pages of a document are; what they hold without "
        "OCR is kept");
  CHECK(limited.ocr->pages == std::vector<int>{1});

  // 0.4 megapixels: the 0.77-megapixel PNG is scaled down, the PDF page
  // rendered at a lower resolution; both still read, in the same points.
  options = OcrOptionsFor(OcrMode::kAuto);
  options.ocr.max_pixels_per_page = 400'000;
  const Document scaled = IngestOk(kOcrFixtures + "scan.png", options);
  const Warning* reduced = FindWarning(scaled, "ocr-dpi-reduced");
  REQUIRE(reduced != nullptr);
  CHECK(reduced->message ==
        "page 1 is scaled to 72% for OCR (1192 x 646 pixels, over the limit of 0.4 megapixels)");
  CHECK(scaled.pages[0].width == Approx(kScanWidth).epsilon(0.002));  // whole pixels
  CHECK(CharacterAccuracy(PageText(scaled.pages[0]), ReadFile(kOcrFixtures + "scan_page1.txt")) >=
        0.9);
  const Document rendered = IngestOk(kOcrFixtures + "scan.pdf", options);
  reduced = FindWarning(rendered, "ocr-dpi-reduced");
  REQUIRE(reduced != nullptr);
  // sqrt(0.4 / 0.77) x 200 = 144.1
  CHECK(reduced->message ==
        "page 1 is rendered at 144 dpi for OCR (0.8 megapixels at 200 dpi, "
        "over the limit of 0.4 megapixels)");

  // Too large even to decode: the page fails, and with it the input.
  options.ocr.max_pixels_per_page = 1000;
  Result<Document> huge = IngestFile(kOcrFixtures + "scan.png", options);
  CHECK(huge.status().code() == ErrorCode::kOcrFailed);
  CHECK(huge.status().message().find("page 1 is too large to read with OCR") != std::string::npos);
}

// Points the strip of frame `frame` of a little-endian TIFF past the end
// of the file: its header reads, its pixels do not.
std::string WithBrokenStrip(std::string tiff, int frame) {
  auto u16 = [&](size_t at) {
    return static_cast<uint32_t>(static_cast<unsigned char>(tiff[at])) |
           static_cast<uint32_t>(static_cast<unsigned char>(tiff[at + 1])) << 8;
  };
  auto u32 = [&](size_t at) { return u16(at) | u16(at + 2) << 16; };
  REQUIRE(tiff.compare(0, 4, std::string("II*\0", 4)) == 0);
  size_t ifd = u32(4);
  for (int f = 0; f < frame; ++f) ifd = u32(ifd + 2 + 12 * u16(ifd));
  for (uint32_t e = 0; e < u16(ifd); ++e) {
    const size_t entry = ifd + 2 + 12 * e;
    if (u16(entry) == 273) {  // StripOffsets, one strip: the value is inline
      REQUIRE(u32(entry + 4) == 1);
      for (int b = 0; b < 4; ++b) tiff[entry + 8 + static_cast<size_t>(b)] = '\x7f';
      return tiff;
    }
  }
  FAIL("no StripOffsets in frame " << frame);
  return tiff;
}

TEST_CASE("ocr: a frame that cannot be decoded is a warning, the others are read", "[ocr][slow]") {
  TempDir dir;
  const std::string path = dir.path() + "/broken.tiff";
  std::ofstream(path, std::ios::binary) << WithBrokenStrip(ReadFile(kOcrFixtures + "scan.tiff"), 1);
  const Document doc = IngestOk(path, OcrOptionsFor(OcrMode::kAuto));
  REQUIRE(doc.pages.size() == 2);
  CHECK(CharacterAccuracy(PageText(doc.pages[0]), ReadFile(kOcrFixtures + "scan_page1.txt")) >=
        kMinAccuracy);
  CHECK(doc.pages[1].lines.empty());
  const Warning* failed = FindWarning(doc, "ocr-failed");
  REQUIRE(failed != nullptr);
  CHECK(failed->page == 2);
  CHECK(failed->message ==
        "page 2 could not be read with OCR: frame 2 cannot be decoded (damaged image)");
  CHECK(doc.ocr->pages == std::vector<int>{1});

  // With every frame broken, the input fails and says why.
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      << WithBrokenStrip(WithBrokenStrip(ReadFile(kOcrFixtures + "scan.tiff"), 0), 1);
  Result<Document> none = IngestFile(path, OcrOptionsFor(OcrMode::kAuto));
  CHECK(none.status().code() == ErrorCode::kOcrFailed);
  CHECK(none.status().message() ==
        path +
            ": no page could be read with OCR; page 1 could not be read with OCR: frame 1 "
            "cannot be decoded (damaged image)");

  // Not an image at all behind a TIFF signature.
  std::ofstream(path, std::ios::binary | std::ios::trunc) << std::string("II*\0garbage", 11);
  CHECK(IngestFile(path, OcrOptionsFor(OcrMode::kAuto)).status().code() ==
        ErrorCode::kImageDamaged);
}

TEST_CASE("ocr: a missing language model is ocr-unavailable", "[ocr]") {
  IngestOptions options = OcrOptionsFor(OcrMode::kAuto);
  options.ocr.lang = "xyz";
  Result<Document> doc = IngestFile(kOcrFixtures + "scan.png", options);
  CHECK(doc.status().code() == ErrorCode::kOcrUnavailable);
  CHECK(doc.status().message() == kOcrFixtures +
                                      "scan.png: Tesseract cannot load the language model 'xyz' "
                                      "(is tesseract-ocr-xyz installed?)");
}

}  // namespace
}  // namespace bilag

namespace bilag {
namespace {

// The development set's English-model OCR layers (ocrmypdf -l eng over a
// scan): "Kebenhavns", "mal", no æ, ø or å at all.
const std::string kDevsetInputs = BILAG_SOURCE_DIR "/../shared/devset/inputs/";

int DanishLetterCount(const Document& doc) {
  int count = 0;
  for (const Page& page : doc.pages) count += CountDanishLetters(page).danish;
  return count;
}

TEST_CASE("ocr: auto reads a page again whose layer is OCR without the Danish model, and says so",
          "[ocr][slow]") {
  const std::string path = kDevsetInputs + "bif_handleplan_2014_2016.engocr.pdf";
  const Document layer = IngestOk(path, OcrOptionsFor(OcrMode::kNever));
  CHECK(DanishLetterCount(layer) == 0);
  REQUIRE(ForeignOcrLayerReason(CountDanishLetters(layer.pages.front())).has_value());

  const Document doc = IngestOk(path, OcrOptionsFor(OcrMode::kAuto));
  REQUIRE(doc.ocr.has_value());
  CHECK(doc.ocr->pages == std::vector<int>{1, 2});
  const Warning* replaced = FindWarning(doc, "ocr-layer-replaced");
  REQUIRE(replaced != nullptr);
  CHECK(replaced->page == 1);
  CHECK(replaced->message.find("without a Danish model") != std::string::npos);
  // The Danish reading has the letters the layer lost: "Københavns", "mål".
  CHECK(DanishLetterCount(doc) > 30);
}

TEST_CASE("ocr: a born-digital Danish PDF is never read again for its letters", "[ocr]") {
  const int64_t before = OcrRecognizeCount();
  const Document doc =
      IngestOk(kDevsetInputs + "bif_handleplan_2014_2016.pdf", OcrOptionsFor(OcrMode::kAuto));
  CHECK(OcrRecognizeCount() == before);
  CHECK_FALSE(doc.ocr.has_value());
  for (const Page& page : doc.pages) {
    CHECK_FALSE(ForeignOcrLayerReason(CountDanishLetters(page)).has_value());
  }
}

TEST_CASE("ocr: a re-reading is kept only when it reads as more Danish", "[ocr]") {
  const DanishLetters layer{1500, 0};
  CHECK(ReadsBetter(layer, {1490, 40}));
  CHECK_FALSE(ReadsBetter(layer, {1490, 0}));  // the page is not Danish: keep the layer
  CHECK_FALSE(ReadsBetter(layer, {300, 10}));  // most of the text lost
  CHECK_FALSE(ForeignOcrLayerReason({150, 0}).has_value());  // too short to judge
}

}  // namespace
}  // namespace bilag
