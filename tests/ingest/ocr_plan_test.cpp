// The OCR plan ingest hands to the OCR stage (extractor/ingest/ocr_plan.h),
// made from the text layers IngestPdf reads from real PDFs: which pages, and
// why. Nothing here runs Tesseract.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/base/file_io.h"
#include "extractor/ingest/ocr_plan.h"
#include "extractor/ingest/pdf_ingest.h"

namespace bilag {
namespace {

const std::string kPdfFixtures = BILAG_SOURCE_DIR "/tests/fixtures/pdf/";
const std::string kOcrFixtures = BILAG_SOURCE_DIR "/tests/fixtures/ocr/";
const std::string kDevsetInputs = BILAG_SOURCE_DIR "/../shared/devset/inputs/";

struct Planned {
  Status pdf_status;
  OcrPlan plan;
};

Planned Plan(const std::string& path, OcrMode mode, const std::string& lang = "dan") {
  Result<std::string> bytes = ReadRegularFile(path);
  INFO(path);
  REQUIRE(bytes.ok());
  IngestOptions options;
  options.ocr.mode = mode;
  options.ocr.lang = lang;
  Document doc;
  Planned planned;
  planned.pdf_status = IngestPdf(*bytes, options, &doc);
  planned.plan = PlanPdfOcr(doc, options.ocr, planned.pdf_status.code() == ErrorCode::kNeedsOcr);
  return planned;
}

std::vector<int> Pages(const OcrPlan& plan) {
  std::vector<int> pages;
  for (const PageNeed& need : plan.pages) pages.push_back(need.page);
  return pages;
}

TEST_CASE("ocr plan: a good text layer needs no OCR unless it is forced", "[ingest][ocr-plan]") {
  const Planned automatic = Plan(kPdfFixtures + "statusskema.pdf", OcrMode::kAuto);
  CHECK(automatic.pdf_status.ok());
  CHECK(automatic.plan.pages.empty());
  CHECK_FALSE(automatic.plan.nothing_readable);

  const Planned always = Plan(kPdfFixtures + "statusskema.pdf", OcrMode::kAlways);
  CHECK(Pages(always.plan) == std::vector<int>{0, 1, 2});
  for (const PageNeed& need : always.plan.pages) {
    CHECK(need.why == PageNeed::Why::kForced);
    CHECK(need.reason == "OCR was asked for on every page");
    CHECK_FALSE(need.OnlyIfBetter());
  }
}

TEST_CASE("ocr plan: only the scanned page of a mixed PDF, for want of a text layer",
          "[ingest][ocr-plan]") {
  const Planned mixed = Plan(kPdfFixtures + "mixed.pdf", OcrMode::kAuto);
  CHECK(mixed.pdf_status.ok());
  CHECK_FALSE(mixed.plan.nothing_readable);
  REQUIRE(Pages(mixed.plan) == std::vector<int>{1});
  CHECK(mixed.plan.pages[0].why == PageNeed::Why::kNoTextLayer);
  CHECK(mixed.plan.pages[0].reason == "no text layer");
}

TEST_CASE("ocr plan: a scan has nothing readable and its page planned", "[ingest][ocr-plan]") {
  // scan.pdf is one scanned page (scripts/make_scan_fixtures.py).
  const Planned scan = Plan(kOcrFixtures + "scan.pdf", OcrMode::kAuto);
  CHECK(scan.pdf_status.code() == ErrorCode::kNeedsOcr);
  CHECK(scan.plan.nothing_readable);
  REQUIRE(Pages(scan.plan) == std::vector<int>{0});
  CHECK(scan.plan.pages[0].why == PageNeed::Why::kNoTextLayer);
}

TEST_CASE("ocr plan: a broken layer is planned with the figures that condemn it",
          "[ingest][ocr-plan]") {
  const Planned broken = Plan(kOcrFixtures + "broken_layer.pdf", OcrMode::kAuto);
  REQUIRE(broken.plan.pages.size() == 1);
  CHECK(broken.plan.pages[0].why == PageNeed::Why::kPoorTextLayer);
  CHECK(broken.plan.pages[0].reason ==
        "text layer looks broken: 67% of its characters are outside the Danish alphabet and "
        "punctuation");
  CHECK_FALSE(broken.plan.pages[0].OnlyIfBetter());
}

TEST_CASE("ocr plan: a layer OCRed without Danish is re-read only if better, and only for Danish",
          "[ingest][ocr-plan]") {
  const std::string path = kDevsetInputs + "bif_handleplan_2014_2016.engocr.pdf";
  const Planned danish = Plan(path, OcrMode::kAuto);
  REQUIRE_FALSE(danish.plan.pages.empty());
  CHECK(danish.plan.pages[0].why == PageNeed::Why::kForeignOcrLayer);
  CHECK(danish.plan.pages[0].OnlyIfBetter());
  // Without a Danish model a re-reading could not bring the letters back.
  CHECK(Plan(path, OcrMode::kAuto, "eng").plan.pages.empty());
}

TEST_CASE("ocr plan: every frame of an image", "[ingest][ocr-plan]") {
  Document doc;
  doc.pages.resize(3);
  const OcrPlan plan = PlanImageOcr(doc);
  CHECK(plan.nothing_readable);
  CHECK(Pages(plan) == std::vector<int>{0, 1, 2});
  for (const PageNeed& need : plan.pages) {
    CHECK(need.why == PageNeed::Why::kImage);
    CHECK(need.reason == "the input is an image");
  }
}

}  // namespace
}  // namespace bilag
