// Bold on scans, told from stroke width: a scan of a table says bold where
// the PDF it was printed from uses a bold font (tests/fixtures/tables/*:
// DejaVu Sans and FreeMono with their bold faces, scanned at 200 dpi by
// scripts/make_table_fixtures.py), and StrokeWidth measures what is drawn.
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/stroke_width.h"
#include "extractor/model/gray_image.h"

namespace bilag {
namespace {

const std::string kTables = BILAG_SOURCE_DIR "/tests/fixtures/tables/";

// A white image with upright bars `stroke` pixels wide, as the stems of a
// word are.
GrayImage Bars(int stroke, unsigned char ink) {
  GrayImage image;
  image.width = 120;
  image.height = 40;
  image.bytes_per_row = 128;
  image.pixels.assign(static_cast<size_t>(image.bytes_per_row * image.height), 245);
  for (int x0 = 10; x0 + stroke <= 110; x0 += 12) {
    for (int y = 8; y < 32; ++y) {
      for (int x = x0; x < x0 + stroke; ++x) {
        image.pixels[static_cast<size_t>(y * image.bytes_per_row + x)] = ink;
      }
    }
  }
  return image;
}

TEST_CASE("stroke width: the width of upright stems, whatever the ink's darkness", "[ocr][bold]") {
  CHECK(StrokeWidth(Bars(2, 20), 0, 0, 120, 40) == Approx(2.0));
  CHECK(StrokeWidth(Bars(3, 20), 0, 0, 120, 40) == Approx(3.0));
  CHECK(StrokeWidth(Bars(3, 150), 0, 0, 120, 40) == Approx(3.0));  // a faint copy
  CHECK(StrokeWidth(Bars(3, 20), 5, 5, 56, 35) == Approx(3.0));    // part of the image
  // Paper only, a box outside the image, an empty box: nothing to measure.
  CHECK(StrokeWidth(Bars(3, 230), 0, 0, 120, 40) == 0);
  CHECK(StrokeWidth(Bars(3, 20), 200, 200, 300, 300) == 0);
  CHECK(StrokeWidth(Bars(3, 20), 50, 10, 50, 30) == 0);
}

Document Ingest(const std::string& path, OcrMode mode) {
  IngestOptions options;
  options.ocr.mode = mode;
  options.ocr.use_cache = false;
  Result<Document> doc = IngestFile(path, options);
  INFO(path << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

struct Agreement {
  int bold = 0, regular = 0, disagree = 0;
};

// Words of two or more letters that the scan read as the PDF has them,
// at the same place: does the scan say bold where the PDF's font does?
Agreement CompareBold(const Document& pdf, const Document& scan) {
  Agreement agreement;
  REQUIRE(pdf.pages.size() == scan.pages.size());
  for (size_t p = 0; p < pdf.pages.size(); ++p) {
    for (const Word& printed : pdf.pages[p].words) {
      if (printed.text.size() < 2) continue;
      for (const Word& read : scan.pages[p].words) {
        const double dx = (read.box.x0 + read.box.x1 - printed.box.x0 - printed.box.x1) / 2;
        const double dy = (read.box.y0 + read.box.y1 - printed.box.y0 - printed.box.y1) / 2;
        if (read.text != printed.text || std::hypot(dx, dy) > 6) continue;
        if (read.bold != printed.bold) {
          ++agreement.disagree;
          UNSCOPED_INFO("\"" << printed.text << "\": PDF " << printed.bold << ", scan "
                             << read.bold);
        } else {
          ++(printed.bold ? agreement.bold : agreement.regular);
        }
        break;
      }
    }
  }
  return agreement;
}

TEST_CASE("bold on a scan: where the printed PDF's font is bold", "[ocr][bold][slow]") {
  // Measured: every matched word agrees (two_row_header 24 bold and 101
  // regular words, typewriter 4 and 58); the margin allows for a Tesseract
  // build that reads or boxes a word or two differently.
  for (std::string_view name : {"two_row_header", "typewriter"}) {
    const std::string stem = kTables + std::string(name);
    const Agreement agreement = CompareBold(Ingest(stem + ".pdf", OcrMode::kNever),
                                            Ingest(stem + ".scan.pdf", OcrMode::kAuto));
    INFO(name << ": bold " << agreement.bold << ", regular " << agreement.regular << ", disagree "
              << agreement.disagree);
    CHECK(agreement.bold >= 3);
    CHECK(agreement.regular >= 20);
    CHECK(agreement.disagree * 20 <= agreement.bold + agreement.regular);
  }
}

}  // namespace
}  // namespace bilag
