#include "extractor/base/media_type.h"

#include <string>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

TEST_CASE("SniffMediaType reads magic bytes, not file names", "[media_type]") {
  CHECK(SniffMediaType("%PDF-1.7\n...") == "application/pdf");
  CHECK(SniffMediaType("\n\n%PDF-1.4 junk before header") == "application/pdf");
  CHECK(SniffMediaType("\x89PNG\r\n\x1a\nrest") == "image/png");
  CHECK(SniffMediaType("\xff\xd8\xff\xe0rest") == "image/jpeg");
  CHECK(SniffMediaType(std::string("II*\0rest", 8)) == "image/tiff");
  CHECK(SniffMediaType(std::string("MM\0*rest", 8)) == "image/tiff");
}

TEST_CASE("SniffMediaType tells text, HTML and binary apart", "[media_type]") {
  CHECK(SniffMediaType("Navn på indsats\tEtnisk iværksætteri\n") == "text/plain");
  // Cells with <p> inside plain text are not an HTML document.
  CHECK(SniffMediaType("<p><b>Mangfoldig</b></p>\tStatus\n") == "text/plain");
  CHECK(SniffMediaType("  <!DOCTYPE html><html><body><table>") == "text/html");
  CHECK(SniffMediaType("<table><tr><td>a</td></tr></table>") == "text/html");
  CHECK(SniffMediaType("K\xf8"
                       "benhavn") == "text/plain");  // Latin-1 is still text
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  CHECK(SniffMediaType(garbage) == "application/octet-stream");
}

}  // namespace
}  // namespace bilag
