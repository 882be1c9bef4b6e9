// A scanned page computed as the render would draw it (PdfPageImages::
// AsRendered: its image decoded and scaled up as poppler's Splash does) is
// the render, byte for byte: OCR reads the same pixels, so its words and
// the cached results stay what they were. Checked on every page of every
// PDF in the test fixtures and the corpus (the scans of
// scripts/make_scan_render_fixtures.py in every encoding a scanner or
// img2pdf writes, those of scripts/make_page_image_fixtures.py with more
// on the page than the image, the layout and table scans, text-layer pages
// that are no image at all) and of the development set when it is beside
// the repository, at the OCR resolution and two more.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ocr/ocr.h"
#include "extractor/render/pdf_page_image.h"
#include "extractor/render/pdf_render.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TempDir;

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/scan_render/";
const std::string kPageImages = BILAG_SOURCE_DIR "/tests/fixtures/page_image/";

std::vector<std::string> PdfsUnder(const std::string& dir) {
  std::vector<std::string> paths;
  if (!fs::is_directory(dir)) return paths;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".pdf") {
      paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// How many pages of the PDF at `path` were computed, after checking each
// against the render.
int ComputedPagesMatchingTheRender(const std::string& path, double dpi) {
  const std::string bytes = ReadFile(path);
  Result<std::unique_ptr<PdfPageImages>> images = PdfPageImages::Open(bytes, "");
  Result<std::unique_ptr<PdfRenderer>> renderer = PdfRenderer::Open(bytes, "");
  if (!images.ok() || !renderer.ok()) return 0;  // damaged or encrypted fixtures
  int computed = 0;
  for (int page = 0; page < 200; ++page) {
    std::optional<GrayImage> drawn = (*images)->AsRendered(page, dpi);
    if (!drawn) continue;
    ++computed;
    Result<GrayImage> rendered = (*renderer)->Render(page, dpi);
    INFO(path << " page " << page + 1 << " at " << dpi << " dpi");
    REQUIRE(rendered.ok());
    REQUIRE(drawn->width == rendered->width);
    REQUIRE(drawn->height == rendered->height);
    REQUIRE(drawn->bytes_per_row == rendered->bytes_per_row);
    size_t differing = 0;
    for (size_t i = 0; i < drawn->pixels.size(); ++i) {
      differing += drawn->pixels[i] != rendered->pixels[i];
    }
    CHECK(differing == 0);
  }
  return computed;
}

TEST_CASE("scan render: a scan's page computed from its image is the render, byte for byte",
          "[ocr][scan-render]") {
  // Every encoding of scripts/make_scan_render_fixtures.py at 300 dpi, the
  // OCR resolution; each is computed, not rendered.
  for (const std::string name :
       {"grey_flate_150.pdf", "grey_flate_300.pdf", "rgb_flate_200.pdf", "rgb_jpeg_150.pdf",
        "grey_jpeg_200.pdf", "palette_flate_150.pdf", "bilevel_flate_200.pdf", "grey_flate_123.pdf",
        "grey_flate_nopredictor_150.pdf", "letter_grey_jpeg_100.pdf", "inverted_decode_150.pdf",
        "interpolate_72.pdf", "grey_flate_600.pdf", "rgb_jpeg_400.pdf", "grey_flate_98.pdf",
        "grey_flate_98_over_box.pdf", "grey_flate_98_dark_edge.pdf",
        "grey_flate_98_dark_edge_clipped.pdf", "grey_flate_600_odd.pdf"}) {
    INFO(name);
    CHECK(ComputedPagesMatchingTheRender(kFixtures + name, 300) == 1);
  }
}

TEST_CASE("scan render: what Splash draws otherwise is left to the render", "[ocr][scan-render]") {
  // Drawn over 4x smaller than stored (1300 dpi at 300), repeated rather
  // than interpolated (72 dpi at 300, 4x and more), its last column clipped
  // in part over something else than paper, clipped on the edge of one of
  // Splash's anti-aliasing samples (too close to call), 16-bit, an RGB
  // image through an ICC profile (transformed after scaling), a page with
  // more than its image, rotated: rendered.
  for (const std::string name :
       {"tiny_grey_flate_1300.pdf", "grey_flate_72.pdf", "grey_flate_98_clipped_over_box.pdf",
        "grey_flate_150_clip_on_sample.pdf", "grey16_flate_150.pdf", "icc_rgb_jpeg_150.pdf",
        "image_and_text.pdf", "rotated_150.pdf"}) {
    INFO(name);
    CHECK(ComputedPagesMatchingTheRender(kFixtures + name, 300) == 0);
  }
}

TEST_CASE("scan render: a page that is its one image, whatever lies under it, is computed",
          "[ocr][scan-render]") {
  // A 150 dpi scan: drawn at 300, at about 1:1 at 150, smaller at 100; an
  // OCR text layer (invisible) over it, a line and a white box under it.
  for (const std::string name :
       {"one_image.pdf", "one_image_1bit.pdf", "ocr_layer.pdf", "under_image.pdf"}) {
    INFO(name);
    CHECK(ComputedPagesMatchingTheRender(kPageImages + name, 300) == 1);
    CHECK(ComputedPagesMatchingTheRender(kPageImages + name, 150) == 1);
    CHECK(ComputedPagesMatchingTheRender(kPageImages + name, 100) == 1);  // drawn smaller
    CHECK(ComputedPagesMatchingTheRender(kPageImages + name, 30) == 0);   // over 4x smaller
  }
}

TEST_CASE("scan render: a page with more on it than one image that covers it is rendered",
          "[ocr][scan-render]") {
  for (const std::string name : {"visible_text.pdf", "vector_line.pdf", "two_images.pdf",
                                 "half_page.pdf", "clipped.pdf", "rotated.pdf"}) {
    INFO(name);
    CHECK(ComputedPagesMatchingTheRender(kPageImages + name, 300) == 0);
  }
}

TEST_CASE("scan render: a page over the pixel limit is left to the render", "[ocr][scan-render]") {
  const std::string bytes = ReadFile(kFixtures + "grey_flate_150.pdf");
  Result<std::unique_ptr<PdfPageImages>> images = PdfPageImages::Open(bytes, "");
  REQUIRE(images.ok());
  // A 591 x 296 pixel scan at 150 dpi, at 300 dpi: 1182 x 592 pixels.
  CHECK((*images)->AsRendered(0, 300, 1182.0 * 592).has_value());
  CHECK_FALSE((*images)->AsRendered(0, 300, 1182.0 * 592 - 1).has_value());
}

TEST_CASE("scan render: every scan of the fixtures, the corpus and the development set",
          "[ocr][scan-render][slow]") {
  std::vector<std::string> paths = PdfsUnder(BILAG_SOURCE_DIR "/tests/fixtures");
  for (const std::string& path : PdfsUnder(BILAG_SOURCE_DIR "/corpus")) paths.push_back(path);
  for (const std::string& path : PdfsUnder(BILAG_SOURCE_DIR "/../shared/devset/inputs")) {
    paths.push_back(path);
  }
  int computed = 0;
  for (const std::string& path : paths) computed += ComputedPagesMatchingTheRender(path, 300);
  // At other resolutions too (OCR's --dpi): a scan of 200 dpi at 250 is
  // scaled by a fraction no fixture scan has at 300.
  for (const std::string& path : PdfsUnder(BILAG_SOURCE_DIR "/tests/fixtures/layout")) {
    computed += ComputedPagesMatchingTheRender(path, 250);
    computed += ComputedPagesMatchingTheRender(path, 400);
  }
  CHECK(computed >= 40);
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

TEST_CASE("scan render: OCR of a computed page reads it at the asked resolution",
          "[ocr][scan-render][slow]") {
  IngestOptions options;
  options.ocr.mode = OcrMode::kAlways;
  for (const int dpi : {150, 300}) {
    TempDir cache;
    options.ocr.cache_dir = cache.path();
    options.ocr.dpi = dpi;
    const int64_t before = OcrRecognizeCount();
    Result<Document> doc = IngestFile(kPageImages + "one_image.pdf", options);
    REQUIRE(doc.ok());
    CHECK(OcrRecognizeCount() - before == 1);
    // The 591 x 296 pixel scan of 150 dpi, drawn at 150 and 300 dpi.
    CHECK(CachedPageLine(cache.path()) == (dpi == 150 ? "page 591 296 150" : "page 1182 592 300"));
    CHECK(testing::PageText(doc->pages[0]).find("Økonomi") != std::string::npos);
    // The words are placed on the page by the resolution read at.
    REQUIRE_FALSE(doc->pages[0].words.empty());
    for (const Word& word : doc->pages[0].words) {
      CHECK(word.box.x1 <= doc->pages[0].width);
      CHECK(word.box.y1 <= doc->pages[0].height);
    }
  }
}

}  // namespace
}  // namespace bilag
