// A scanned PDF page that is one image gives OCR that image's own pixels at
// its own resolution; a page with anything more is rendered. On the PDFs of
// scripts/make_page_image_fixtures.py (a 591 x 296 pixel scan at 150 dpi,
// packed alone, with an OCR layer, under text, in halves, ...).
#include "extractor/render/pdf_page_image.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ocr/ocr.h"
#include "extractor/render/image_decode.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

using testing::ReadFile;
using testing::TempDir;

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/page_image/";
constexpr int kScanWidth = 591, kScanHeight = 296;
constexpr double kScanDpi = 150;

std::optional<ScannedPageImage> PageImageOf(const std::string& name, double dpi = kScanDpi) {
  const std::string bytes = ReadFile(kFixtures + name);
  Result<std::unique_ptr<PdfPageImages>> images = PdfPageImages::Open(bytes, "");
  INFO(name << ": " << images.status().ToString());
  REQUIRE(images.ok());
  return (*images)->FullPageImage(0, dpi);
}

// The pixels of a PNG as bilag decodes an image input: what a page taken
// from its image must give, pixel for pixel.
GrayImage PngPixels(const std::string& name) {
  const std::string bytes = ReadFile(kFixtures + name);
  Result<DecodedFrame> frame = DecodeImageFrame(bytes, 0, 1.0);
  REQUIRE(frame.ok());
  return std::move(frame->image);
}

void CheckSamePixels(const GrayImage& got, const GrayImage& want) {
  REQUIRE(got.width == want.width);
  REQUIRE(got.height == want.height);
  size_t differing = 0;
  for (int y = 0; y < got.height; ++y) {
    for (int x = 0; x < got.width; ++x) {
      differing += got.pixels[static_cast<size_t>(y) * got.bytes_per_row + x] !=
                   want.pixels[static_cast<size_t>(y) * want.bytes_per_row + x];
    }
  }
  CHECK(differing == 0);
}

TEST_CASE("page image: a page that is one image gives its own pixels at its resolution",
          "[ocr][page-image]") {
  for (const std::string name : {"one_image.pdf", "ocr_layer.pdf", "under_image.pdf"}) {
    INFO(name);
    const std::optional<ScannedPageImage> page = PageImageOf(name);
    REQUIRE(page.has_value());
    CHECK(page->dpi == kScanDpi);
    CHECK(page->image.width == kScanWidth);
    CHECK(page->image.height == kScanHeight);
    CheckSamePixels(page->image, PngPixels("scan.png"));
  }
}

TEST_CASE("page image: a 1-bit scan becomes 0 and 255", "[ocr][page-image]") {
  const std::optional<ScannedPageImage> page = PageImageOf("one_image_1bit.pdf");
  REQUIRE(page.has_value());
  CHECK(page->dpi == kScanDpi);
  size_t black = 0, other = 0;
  for (unsigned char pixel : page->image.pixels) {
    black += pixel == 0;
    other += pixel != 0 && pixel != 255;
  }
  CHECK(black > 1000);  // the text and the line
  CHECK(other == 0);
  CheckSamePixels(page->image, PngPixels("scan_1bit.png"));
}

TEST_CASE("page image: a page with more than one image that fills it is rendered",
          "[ocr][page-image]") {
  for (const std::string name : {"visible_text.pdf", "vector_line.pdf", "two_images.pdf",
                                 "half_page.pdf", "clipped.pdf", "rotated.pdf"}) {
    INFO(name);
    CHECK_FALSE(PageImageOf(name).has_value());
  }
}

TEST_CASE("page image: a scan finer or coarser than the asked resolution is rendered",
          "[ocr][page-image]") {
  CHECK(PageImageOf("one_image.pdf", kScanDpi).has_value());
  CHECK_FALSE(PageImageOf("one_image.pdf", kScanDpi - 1).has_value());
  CHECK_FALSE(PageImageOf("one_image.pdf", 2 * kScanDpi).has_value());
}

TEST_CASE("page image: the resolution at which an image fills a page", "[ocr][page-image]") {
  // A4 at 300 dpi: 2480 x 3508 pixels on 595.28 x 841.89 points, as a
  // scanner writes it (the page a little off the pixels' own size).
  const double w = 595.28, h = 841.89;
  const std::optional<double> a4 = FillingResolution({w, 0, 0, -h, 0, h}, 2480, 3508, w, h);
  REQUIRE(a4.has_value());
  CHECK(*a4 == 300);  // a whole resolution, as scanned
  // Half a point off: still the page.
  CHECK(FillingResolution({w, 0, 0, -h, 0.5, h + 0.5}, 2480, 3508, w, h).has_value());
  // Two points off, a slant of two points, a mirror, upside down.
  CHECK_FALSE(FillingResolution({w, 0, 0, -h, 2, h}, 2480, 3508, w, h).has_value());
  CHECK_FALSE(FillingResolution({w, 0, 2, -h, 0, h}, 2480, 3508, w, h).has_value());
  CHECK_FALSE(FillingResolution({-w, 0, 0, -h, w, h}, 2480, 3508, w, h).has_value());
  CHECK_FALSE(FillingResolution({w, 0, 0, h, 0, 0}, 2480, 3508, w, h).has_value());
  // Stretched to the page: 1 % more pixels down than across.
  CHECK_FALSE(FillingResolution({w, 0, 0, -h, 0, h}, 2480, 3543, w, h).has_value());
  // Turned a quarter (a landscape scan on a /Rotate 90 page).
  CHECK_FALSE(FillingResolution({0, h, w, 0, 0, 0}, 3508, 2480, w, h).has_value());
}

// The OCR cache entry of the only page read: its first body line is
// "page WIDTH HEIGHT DPI" of the image OCR read.
std::string CachedPageLine(const std::string& cache_dir) {
  const std::vector<std::filesystem::path> entries = testing::FilesBelow(cache_dir);
  REQUIRE(entries.size() == 1);
  const std::string entry = ReadFile(entries[0].string());
  const size_t at = entry.find("\npage ");
  REQUIRE(at != std::string::npos);
  return entry.substr(at + 1, entry.find('\n', at + 1) - at - 1);
}

// With kReadScansFromImages off (ocr_pages.cpp) both readings are renders;
// this holds either way: the words are placed by the resolution read at.
TEST_CASE("page image: OCR of a one-image page at the scan's resolution and at twice it",
          "[ocr][page-image][slow]") {
  IngestOptions options;
  options.ocr.mode = OcrMode::kAlways;
  {
    TempDir cache;
    options.ocr.cache_dir = cache.path();
    options.ocr.dpi = static_cast<int>(kScanDpi);
    const int64_t before = OcrRecognizeCount();
    Result<Document> doc = IngestFile(kFixtures + "one_image.pdf", options);
    REQUIRE(doc.ok());
    CHECK(OcrRecognizeCount() - before == 1);
    CHECK(CachedPageLine(cache.path()) == "page 591 296 150");
    CHECK(testing::PageText(doc->pages[0]).find("Økonomi") != std::string::npos);
    // The words are placed on the page by the scan's resolution.
    REQUIRE_FALSE(doc->pages[0].words.empty());
    for (const Word& word : doc->pages[0].words) {
      CHECK(word.box.x1 <= doc->pages[0].width);
      CHECK(word.box.y1 <= doc->pages[0].height);
    }
  }
  {
    // Asked for 300 dpi, the 150 dpi scan is drawn at 300.
    TempDir cache;
    options.ocr.cache_dir = cache.path();
    options.ocr.dpi = 300;
    Result<Document> doc = IngestFile(kFixtures + "one_image.pdf", options);
    REQUIRE(doc.ok());
    CHECK(CachedPageLine(cache.path()) == "page 1182 592 300");
  }
}

}  // namespace
}  // namespace bilag
