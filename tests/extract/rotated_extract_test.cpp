// Extraction of turned pages (tests/fixtures/rotate/, written by
// scripts/make_rotate_fixtures.py from tests/fixtures/layout/status_ruled.pdf):
// a document read turned must give the initiatives the upright one gives,
// through the whole pipeline (ingest, layout, normalise, extract).
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "extractor/extract/extract.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/";

// Each initiative's name, fields and targets, where it was found and by
// which rule: what the JSON output says about it.
std::string Initiatives(const std::string& path) {
  IngestOptions options;
  options.ocr.mode = OcrMode::kAuto;
  options.ocr.cache_dir = BILAG_BINARY_DIR "/test-cache/rotate";
  const Extraction e = testing::ExtractFile(path, options);
  std::ostringstream out;
  for (const Initiative& i : e.initiatives) {
    out << i.page << ':' << i.line << ' ' << i.rule << " | " << i.name << " | "
        << i.theme.value_or("-") << '\n';
    for (const auto& [key, value] : i.fields) out << "  " << key << ": " << value << '\n';
    for (const Target& t : i.targets) {
      out << "  target " << t.page << ':' << t.line << ' ' << t.text << " = "
          << t.value.value_or(-1) << '\n';
    }
  }
  return out.str();
}

// A PDF with /Rotate or drawn sideways against the upright PDF; a scan
// turned 90, 180 or 270 degrees against the upright scan.
TEST_CASE("rotated extract: a turned page gives the upright one's initiatives",
          "[extract][rotate][ocr]") {
  const auto [upright, turned] = GENERATE(table<std::string, std::string>({
      {"layout/status_ruled.pdf", "rotate/rotate90.pdf"},
      {"layout/status_ruled.pdf", "rotate/rotate270.pdf"},
      {"layout/status_ruled.pdf", "rotate/sideways.pdf"},
      {"rotate/scan0.png", "rotate/scan90.png"},
      {"rotate/scan0.png", "rotate/scan180.png"},
      {"rotate/scan0.png", "rotate/scan270.png"},
  }));
  INFO(turned);
  const std::string expected = Initiatives(kFixtures + upright);
  REQUIRE(expected.find("Motion for kvinder") != std::string::npos);
  CHECK(Initiatives(kFixtures + turned) == expected);
}

}  // namespace
}  // namespace bilag
