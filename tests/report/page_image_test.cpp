// Page images in the report: the ingest API that makes them (a PDF page
// rendered, an image frame decoded, both scaled and compressed), the facade
// that finds them for a document's OCRed pages, and the report of a real
// scan, OCRed (cached in the build folder, see tests/CMakeLists.txt).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "extractor/extractor.h"
#include "extractor/render/page_preview.h"
#include "extractor/report/report.h"

namespace bilag::report {
namespace {

namespace fs = std::filesystem;

const std::string kOcrFixtures = BILAG_SOURCE_DIR "/tests/fixtures/ocr/";
const std::string kEval = BILAG_SOURCE_DIR "/tests/eval/";
const std::string kPng = "\x89PNG";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Extractor OcrExtractor() {
  ExtractorOptions options;
  options.rule_dirs = {BILAG_SOURCE_DIR "/rules"};
  options.ingest.ocr.mode = OcrMode::kAuto;
  Result<Extractor> extractor = Extractor::Create(options);
  REQUIRE(extractor.ok());
  return std::move(extractor).value();
}

Extraction ExtractOk(const Extractor& extractor, const std::string& path) {
  Outcome outcome = extractor.Extract(path);
  REQUIRE(outcome.status.ok());
  return std::move(*outcome.extraction);
}

// The facade's previews as the report takes them (what report_command does).
ScanImages ImagesOf(const Extractor& extractor, const Document& doc) {
  ScanImages images;
  for (auto& [page, preview] : extractor.PagePreviews(doc, PagePreviewOptions())) {
    if (preview.ok()) {
      images.emplace(page, ScanImage{preview->media_type, std::move(preview->data)});
    } else {
      images.emplace(page, preview.status());
    }
  }
  return images;
}

std::string Report(const Extraction& extraction, const ScanImages& images) {
  ReportWriter writer({"0.1.0", ""});
  writer.AddExtraction(extraction, images);
  return writer.Finish();
}

// The base64 of page `page`'s image in the report, or "".
std::string ImageData(const std::string& html, int page, const std::string& media_type) {
  const std::string start = "<img alt=\"page " + std::to_string(page) +
                            " as scanned\" data-src=\"data:" + media_type + ";base64,";
  size_t at = html.find(start);
  if (at == std::string::npos) return "";
  at += start.size();
  return html.substr(at, html.find('"', at) - at);
}

TEST_CASE("a PDF page preview is a small grey PNG at 96 dpi", "[report][preview]") {
  const std::string bytes = ReadFile(kEval + "eval04_handleplan_kultur.scan.pdf");
  Result<std::unique_ptr<PagePreviewer>> previewer = PagePreviewer::Open(bytes, "", 300);
  REQUIRE(previewer.ok());
  Result<PagePreview> preview = (*previewer)->Preview(0, PagePreviewOptions());
  REQUIRE(preview.ok());
  CHECK(preview->media_type == "image/png");
  CHECK(preview->data.rfind(kPng, 0) == 0);
  // A4 (595.44 x 842.04 points) at 96 dpi.
  CHECK(preview->width == 794);
  CHECK(preview->height == 1123);
  CHECK(preview->data.size() > 3'000);
  CHECK(preview->data.size() < 60'000);

  // A smaller limit scales the page down to it.
  PagePreviewOptions small;
  small.max_pixels = 200'000;
  Result<PagePreview> scaled = (*previewer)->Preview(1, small);
  REQUIRE(scaled.ok());
  // (within the rounding of each side to whole pixels)
  CHECK(static_cast<int64_t>(scaled->width) * scaled->height <= 201'000);
  CHECK(scaled->width > 360);

  Result<PagePreview> missing = (*previewer)->Preview(7, PagePreviewOptions());
  CHECK(missing.status().code() == ErrorCode::kRenderFailed);
}

TEST_CASE("image frames are previewed by their resolution", "[report][preview]") {
  const std::string tiff = ReadFile(kOcrFixtures + "scan.tiff");
  Result<std::unique_ptr<PagePreviewer>> previewer = PagePreviewer::Open(tiff, "", 300);
  REQUIRE(previewer.ok());
  for (int frame : {0, 1}) {
    Result<PagePreview> preview = (*previewer)->Preview(frame, PagePreviewOptions());
    REQUIRE(preview.ok());
    CHECK(preview->data.rfind(kPng, 0) == 0);
    CHECK(preview->width > 100);
  }
  CHECK((*previewer)->Preview(2, PagePreviewOptions()).status().code() == ErrorCode::kImageDamaged);

  // Never scaled up: at 600 dpi the frame keeps its own size.
  const std::string png = ReadFile(kOcrFixtures + "scan.png");
  previewer = PagePreviewer::Open(png, "", 300);
  REQUIRE(previewer.ok());
  PagePreviewOptions fine;
  fine.dpi = 600;
  fine.max_pixels = 0;
  Result<PagePreview> full = (*previewer)->Preview(0, fine);
  Result<PagePreview> normal = (*previewer)->Preview(0, PagePreviewOptions());
  REQUIRE(full.ok());
  REQUIRE(normal.ok());
  CHECK(full->width > normal->width);
  CHECK((*previewer)->Preview(0, fine).value().width == full->width);

  CHECK(PagePreviewer::Open("just text\n", "", 300).status().code() ==
        ErrorCode::kUnsupportedFormat);
  CHECK(PagePreviewer::Open("%PDF-1.4 broken", "", 300).status().code() == ErrorCode::kPdfDamaged);
}

TEST_CASE("a speckled grey page is a JPEG, where 4 grey levels would be larger",
          "[report][preview]") {
  // Grey paper whose noise straddles a level boundary: 4 levels turn it
  // into salt and pepper, which a JPEG's quantisation smooths away.
  GrayImage noise;
  noise.width = noise.bytes_per_row = 300;
  noise.height = 200;
  std::mt19937 random(7);
  for (int i = 0; i < noise.width * noise.height; ++i) {
    noise.pixels.push_back(static_cast<unsigned char>(116 + random() % 24));
  }
  Result<PagePreview> preview = EncodePagePreview(noise, 1, 50);
  REQUIRE(preview.ok());
  CHECK(preview->media_type == "image/jpeg");
  CHECK(preview->data.rfind("\xff\xd8", 0) == 0);
  CHECK(preview->width == 300);

  Result<PagePreview> half = EncodePagePreview(noise, 0.5, 50);
  REQUIRE(half.ok());
  CHECK(half->width == 150);
  CHECK(half->height == 100);

  CHECK(EncodePagePreview(GrayImage(), 1, 50).status().code() == ErrorCode::kPreviewFailed);
}

TEST_CASE("a scanned PDF's report shows its pages' images with the values' boxes",
          "[report][preview][ocr]") {
  Extractor extractor = OcrExtractor();
  const Extraction extraction = ExtractOk(extractor, kEval + "eval04_handleplan_kultur.scan.pdf");
  REQUIRE(extraction.document.ocr);
  REQUIRE(extraction.document.ocr->pages == std::vector<int>{1, 2});
  ScanImages images = ImagesOf(extractor, extraction.document);
  REQUIRE(images.size() == 2);
  for (const auto& [page, image] : images) {
    REQUIRE(image.ok());
    CHECK(image->media_type == "image/png");
  }

  const std::string html = Report(extraction, images);
  for (int page : {1, 2}) {
    std::string data = ImageData(html, page, "image/png");
    INFO("page " << page << ": " << data.size() << " base64 characters");
    CHECK(data.rfind("iVBORw0KGgo", 0) == 0);  // the PNG signature
    CHECK(data.size() > 4'000);
    CHECK(data.size() < 80'000);
  }
  CHECK(html.find("<div class=\"scan pic\" style=\"aspect-ratio:595.44/842.04\"><img") !=
        std::string::npos);
  CHECK(html.find("class=\"pvf\"") == std::string::npos);
  // Values as boxes over the image: the committee on page 1 (metadata), the
  // amount "1,8 mio. kr." on page 2, each with its tooltip.
  CHECK(html.find(",\"m\",\"Fritidsudvalget\",") != std::string::npos);
  CHECK(html.find(",\"a\",\"1,8\",") != std::string::npos);
  CHECK(html.find("\"amount: 1.800.000 kr. · 2012 · per year") != std::string::npos);
}

TEST_CASE("a text-layer document has no page images", "[report][preview]") {
  Extractor extractor = OcrExtractor();
  const Extraction extraction = ExtractOk(extractor, kEval + "eval04_handleplan_kultur.pdf");
  CHECK_FALSE(extraction.document.ocr);
  ScanImages images = ImagesOf(extractor, extraction.document);
  CHECK(images.empty());
  const std::string html = Report(extraction, images);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("class=\"scan") == std::string::npos);
}

TEST_CASE("page images of a file that changed, or of stdin, fall back to the words",
          "[report][preview][ocr]") {
  Extractor extractor = OcrExtractor();
  const fs::path dir = fs::temp_directory_path() / "bilag-page-image-test";
  fs::create_directories(dir);
  const fs::path copy = dir / "scan.pdf";
  fs::copy_file(kOcrFixtures + "scan.pdf", copy, fs::copy_options::overwrite_existing);
  Extraction extraction = ExtractOk(extractor, copy.string());
  REQUIRE(extraction.document.ocr);

  // Replaced by another file after it was extracted.
  fs::copy_file(kEval + "eval04_handleplan_kultur.scan.pdf", copy,
                fs::copy_options::overwrite_existing);
  ScanImages images = ImagesOf(extractor, extraction.document);
  REQUIRE(images.size() == 1);
  CHECK(images.begin()->second.status().code() == ErrorCode::kPreviewUnavailable);
  std::string html = Report(extraction, images);
  CHECK(html.find("<p class=\"pvf\">No page image (preview-unavailable: " + copy.string() +
                  " changed since it was extracted)") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<div class=\"scan\" style=") != std::string::npos);

  fs::remove(copy);
  images = ImagesOf(extractor, extraction.document);
  CHECK(images.begin()->second.status().code() == ErrorCode::kFileNotFound);

  extraction.document.source_path = "-";
  images = ImagesOf(extractor, extraction.document);
  CHECK(images.begin()->second.status().message() ==
        "standard input cannot be read again for page images");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace bilag::report
