// The OCR cache on its own: keys, round trips, and entries that must not be
// trusted (truncated, bytes flipped, wrong format).
#include "extractor/ocr/ocr_cache.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "extractor/base/sha256.h"

#include "tests/ocr/ocr_test_util.h"

namespace bilag {
namespace {

using testing::ReadFile;
using testing::TempDir;

OcrPageResult SamplePage() {
  OcrPageResult page;
  page.width = 1192;
  page.height = 646;
  page.dpi = 200;
  page.words = {{"Økonomiforvaltningen,", 80, 130, 540, 170, 96.123456f},
                {"Københavns", 556, 131, 800, 171, 95.5f},
                {"back\\slash\nnew", 1, 2, 3, 4, 0.0f}};
  page.lines = {{0, 1}, {2}};
  page.rulings = {{10.5, 20.25, 400.125, 19.0000001}, {1.0 / 3, 7, 2.0 / 3, 300}};
  return page;
}

OcrCacheKeyParts Parts() {
  return {std::string(64, 'a'), 0, 300, 1.0, "dan", "tesseract 5.3.0", "poppler 22.12.0"};
}

TEST_CASE("ocr cache: every setting that changes the result changes the key", "[ocr][cache]") {
  const std::string key = OcrCacheKey(Parts());
  CHECK(key.size() == 64);
  CHECK(key == OcrCacheKey(Parts()));
  OcrCacheKeyParts p = Parts();
  p.input_sha256 = std::string(64, 'b');
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.page = 1;
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.dpi = 200;
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.scale = 0.5;
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.lang = "dan+eng";
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.engine = "tesseract 5.4.0";
  CHECK(OcrCacheKey(p) != key);
  p = Parts();
  p.renderer = "image";
  CHECK(OcrCacheKey(p) != key);
}

TEST_CASE("ocr cache: a stored page reads back exactly", "[ocr][cache]") {
  TempDir dir;
  const OcrCache cache(dir.path());
  const std::string key = OcrCacheKey(Parts());
  OcrPageResult read;
  CHECK(cache.Load(key, &read) == CacheLookup::kMiss);
  REQUIRE(cache.Store(key, SamplePage()).ok());
  CHECK(cache.PathFor(key) == dir.path() + "/ocr-v" + std::to_string(kOcrCacheFormat) + "/" +
                                  key.substr(0, 2) + "/" + key);
  CHECK(testing::FilesBelow(dir.path()).size() == 1);  // no temporary file left
  REQUIRE(cache.Load(key, &read) == CacheLookup::kHit);
  CHECK(read == SamplePage());
  CHECK(read.words[0].confidence == 96.123456f);
  CHECK(read.words[2].text == "back\\slash\nnew");
  REQUIRE(read.rulings.size() == 2);
  CHECK(read.rulings[1].x0 == 1.0 / 3);  // every bit
  CHECK(read.rulings[0].y1 == 19.0000001);

  // A page without rulings is an entry without ruling lines.
  OcrPageResult bare = SamplePage();
  bare.rulings.clear();
  REQUIRE(cache.Store(key, bare).ok());
  REQUIRE(cache.Load(key, &read) == CacheLookup::kHit);
  CHECK(read == bare);
  CHECK_FALSE(read == SamplePage());
}

TEST_CASE("ocr cache: a damaged entry is detected, never trusted, and rewritten", "[ocr][cache]") {
  TempDir dir;
  const OcrCache cache(dir.path());
  const std::string key = OcrCacheKey(Parts());
  REQUIRE(cache.Store(key, SamplePage()).ok());
  const std::string path = cache.PathFor(key);
  const std::string good = ReadFile(path);
  REQUIRE(good.rfind("bilag-ocr-cache " + std::to_string(kOcrCacheFormat) + "\n", 0) == 0);
  // The format line, then the checksum line: where each ends.
  const size_t format_end = good.find('\n') + 1;
  const size_t body_start = good.find('\n', format_end) + 1;

  auto write = [&](const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  };
  std::string flipped = good;
  flipped[flipped.find("havns")] ^= 0x01;  // "Københavns" -> "Københivns": still parses
  std::string coordinates = good;
  coordinates[coordinates.find("w 556") + 2] = '7';  // a plausible, wrong number
  std::string ruling = good;
  ruling[ruling.find("r 10.5") + 2] = '2';  // a ruling moved by 10 points
  // Cut off just before the rulings: every line still parses.
  const std::string no_rulings = good.substr(0, good.find("\nr ") + 1);
  for (const std::string& damaged :
       {good.substr(0, good.size() / 2), good.substr(0, good.size() - 1), flipped, coordinates,
        ruling, no_rulings, std::string(),
        // An entry of format 1, before rulings were kept, must not pass for a
        // page without rulings.
        std::string("bilag-ocr-cache 1\n") + good.substr(format_end),
        good.substr(0, body_start) + "page 1 1 1\n"}) {
    INFO(damaged);
    write(damaged);
    OcrPageResult read;
    CHECK(cache.Load(key, &read) == CacheLookup::kDamaged);
    CHECK(read == OcrPageResult());
  }
  // Bodies whose checksum is right but whose ruling or quarter turn lines
  // are not (a turn is 1, 2 or 3; an upright page has no such line).
  const std::string body = good.substr(body_start, good.find("\nr ") + 1 - body_start);
  for (const std::string& bad_ruling :
       {std::string("r 1 2 3\n"), std::string("r 1 2 3 nan\n"), std::string("r 1 2 3 inf\n"),
        std::string("r 1 2 3 4 5\n"), std::string("r\n"), std::string("t 0\n"),
        std::string("t 4\n"), std::string("t 1 2\n")}) {
    INFO(bad_ruling);
    const std::string bad_body = body + bad_ruling;
    write("bilag-ocr-cache " + std::to_string(kOcrCacheFormat) + "\n" + Sha256Hex(bad_body) + "\n" +
          bad_body);
    OcrPageResult read;
    CHECK(cache.Load(key, &read) == CacheLookup::kDamaged);
  }
  write("bilag-ocr-cache " + std::to_string(kOcrCacheFormat) + "\n" + Sha256Hex(body) + "\n" +
        body);
  OcrPageResult without;
  CHECK(cache.Load(key, &without) == CacheLookup::kHit);  // the checks are right
  CHECK(without.rulings.empty());

  REQUIRE(cache.Store(key, SamplePage()).ok());
  CHECK(ReadFile(path) == good);
  OcrPageResult read;
  CHECK(cache.Load(key, &read) == CacheLookup::kHit);
}

TEST_CASE("ocr cache: disabled, and where it lives by default", "[ocr][cache]") {
  const OcrCache off("");
  CHECK_FALSE(off.enabled());
  OcrPageResult read;
  CHECK(off.Load(OcrCacheKey(Parts()), &read) == CacheLookup::kMiss);
  CHECK(off.Store(OcrCacheKey(Parts()), SamplePage()).ok());

  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const std::string saved_xdg = xdg == nullptr ? "" : xdg;
  const char* home = std::getenv("HOME");
  const std::string saved_home = home == nullptr ? "" : home;
  setenv("XDG_CACHE_HOME", "/tmp/xdg-cache", 1);
  CHECK(OcrCache::DefaultDir() == "/tmp/xdg-cache/bilag");
  unsetenv("XDG_CACHE_HOME");
  setenv("HOME", "/home/someone", 1);
  CHECK(OcrCache::DefaultDir() == "/home/someone/.cache/bilag");
  setenv("XDG_CACHE_HOME", "relative/is/ignored", 1);  // the XDG spec: absolute paths only
  CHECK(OcrCache::DefaultDir() == "/home/someone/.cache/bilag");
  if (!saved_xdg.empty()) setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1);
  if (saved_xdg.empty()) unsetenv("XDG_CACHE_HOME");
  if (!saved_home.empty()) setenv("HOME", saved_home.c_str(), 1);
}

TEST_CASE("ocr cache: an unwritable folder is an ocr-cache-error, not a crash", "[ocr][cache]") {
  TempDir dir;
  const std::string blocker = dir.path() + "/file";
  std::ofstream(blocker) << "not a folder";
  const OcrCache cache(blocker + "/cache");
  const Status status = cache.Store(OcrCacheKey(Parts()), SamplePage());
  CHECK(status.code() == ErrorCode::kOcrCacheError);
  CHECK(status.message().find(blocker) != std::string::npos);
}

}  // namespace
}  // namespace bilag
