// Regression tests for what the fuzz targets found (fuzz/README.md lists the
// findings). Each test is named after its finding and runs the input that
// failed through the library's normal API.
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "extractor/render/pdf_page_image.h"
#include "extractor/render/pdf_render.h"
#include "extractor/rules/pattern.h"
#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

// fuzz_pattern, finding 1: an empty match in a text without storage came back
// as found but with its whole match marked "not matched" (RE2 gives an
// unmatched group and that match the same null pointer).
TEST_CASE("fuzz finding pattern-empty-match-in-null-text", "[fuzz]") {
  Result<Pattern> empty = Pattern::Compile("");
  REQUIRE(empty.ok());
  PatternMatch match;
  REQUIRE(empty->Find(std::string_view(), 0, &match));
  CHECK(match.whole.matched);
  CHECK(match.whole.begin == 0);
  CHECK(match.whole.end == 0);

  std::vector<PatternMatch> all = empty->FindAll(std::string_view());
  REQUIRE(all.size() == 1);
  CHECK(all[0].whole.matched);

  Result<Pattern> optional_group = Pattern::Compile("(?P<value>x)?");
  REQUIRE(optional_group.ok());
  REQUIRE(optional_group->Find(std::string_view(), 0, &match));
  CHECK(match.whole.matched);
  CHECK_FALSE(match.groups.at(0).matched);
}

// fuzz_scan_render, finding crash-3b0ae3a1: a scan on a page 237.52 pixels
// wide at 150 dpi (MediaBox 114.01 pt) with ink in its last column was
// computed with that column blended three quarters into the paper, where
// poppler's render draws it whole: the crop box, which the computation took
// for a clip, is none of Splash's, so only the content's own clips cut the
// last column.
TEST_CASE("fuzz finding scan-render-crop-box-edge", "[fuzz]") {
  const std::string bytes =
      testing::ReadFile(BILAG_SOURCE_DIR "/tests/fixtures/fuzz/scan_render_crop_box_edge.pdf");
  Result<std::unique_ptr<PdfPageImages>> images = PdfPageImages::Open(bytes, "");
  REQUIRE(images.ok());
  const std::optional<GrayImage> drawn = (*images)->AsRendered(0, 150, 1'000'000);
  REQUIRE(drawn.has_value());
  Result<std::unique_ptr<PdfRenderer>> renderer = PdfRenderer::Open(bytes, "");
  REQUIRE(renderer.ok());
  const Result<GrayImage> rendered = (*renderer)->Render(0, 150);
  REQUIRE(rendered.ok());
  REQUIRE(rendered->width == 238);
  REQUIRE(drawn->width == rendered->width);
  REQUIRE(drawn->height == rendered->height);
  REQUIRE(drawn->bytes_per_row == rendered->bytes_per_row);
  CHECK(std::memcmp(drawn->pixels.data(), rendered->pixels.data(), drawn->pixels.size()) == 0);
}

}  // namespace
}  // namespace bilag
