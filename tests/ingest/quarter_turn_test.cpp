// Pages read upright (extractor/layout/quarter_turn.h): the maths of the
// turn, and PDF ingest on the turned fixtures that
// scripts/make_rotate_fixtures.py makes from tests/fixtures/layout/status_ruled.pdf.
#include "extractor/layout/quarter_turn.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/pdf_ingest.h"

namespace bilag {
namespace {

Word At(const std::string& text, double x0, double y0, double x1, double y1) {
  Word word;
  word.text = text;
  word.box = {x0, y0, x1, y1};
  return word;
}

TEST_CASE("quarter turn: the text most letters run in, if more than half do", "[ingest]") {
  const std::vector<Word> words = {At("Statusrapport", 0, 0, 1, 1), At("for", 0, 0, 1, 1),
                                   At("Side 1 af 2", 0, 0, 1, 1)};
  CHECK(MainQuarterTurn(words, {1, 1, 0}) == 1);
  CHECK(MainQuarterTurn(words, {3, 3, 3}) == 3);
  CHECK(MainQuarterTurn(words, {0, 0, 0}) == 0);
  // A margin note turned on an upright page leaves the page upright.
  CHECK(MainQuarterTurn(words, {0, 0, 1}) == 0);
  CHECK(MainQuarterTurn({}, {}) == 0);
}

TEST_CASE("quarter turn: boxes go upright and back; width and height swap for a quarter",
          "[ingest]") {
  // A portrait page (200 x 300) showing a landscape page turned clockwise:
  // the upright page's top left corner is at the displayed top right.
  const QuarterTurn turn(1, 200, 300);
  CHECK(turn.upright_width() == 300);
  CHECK(turn.upright_height() == 200);
  const Box corner = turn.ToUpright(Box{190, 0, 200, 20});
  CHECK(corner.x0 == 0);
  CHECK(corner.y0 == 0);
  CHECK(corner.x1 == 20);
  CHECK(corner.y1 == 10);
  for (int t = 0; t < 4; ++t) {
    INFO("turn " << t);
    const QuarterTurn any(t, 200, 300);
    const Box box{10, 40, 30, 45};
    const Box back = any.FromUpright(any.ToUpright(box));
    CHECK(back.x0 == box.x0);
    CHECK(back.y0 == box.y0);
    CHECK(back.x1 == box.x1);
    CHECK(back.y1 == box.y1);
  }
  const Ruling across = QuarterTurn(3, 200, 300).ToUpright(Ruling{50, 10, 50, 290});
  CHECK(across.Horizontal());
}

// A ruling render is 50 dpi: a pixel is 1.44 points.
constexpr double kRulingPoints = 2;
constexpr double kBorderPoints = 100;

std::string ReadRotateFixture(const std::string& name) {
  std::ifstream in(BILAG_SOURCE_DIR "/tests/fixtures/" + name, std::ios::binary);
  REQUIRE(in.good());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> RotatedWarnings(const Document& doc) {
  std::vector<std::string> messages;
  for (const Warning& w : doc.warnings) {
    if (w.code == "page-rotated") messages.push_back(std::to_string(w.page) + ": " + w.message);
  }
  return messages;
}

TEST_CASE(
    "pdf ingest: a turned page is read upright, its lines as the upright file's, and "
    "each such page is named in a warning",
    "[ingest][rotate]") {
  const auto [upright_name, name, degrees] = GENERATE(table<std::string, std::string, std::string>(
      {{"layout/status_ruled.pdf", "rotate90.pdf", "90"},
       {"layout/status_ruled.pdf", "rotate270.pdf", "270"},
       {"layout/status_ruled.pdf", "sideways.pdf", "270"},
       {"layout/letter.pdf", "letter_rotate90.pdf", "90"}}));
  INFO(name);
  Document upright;
  REQUIRE(IngestPdf(ReadRotateFixture(upright_name), IngestOptions(), &upright).ok());
  CHECK(RotatedWarnings(upright).empty());
  Document doc;
  REQUIRE(IngestPdf(ReadRotateFixture("rotate/" + name), IngestOptions(), &doc).ok());
  const std::string message =
      "read rotated " + degrees + "°: its text is turned " + degrees + "° clockwise";
  std::vector<std::string> expected;
  for (const Page& page : upright.pages) {
    const std::string number = std::to_string(page.number);
    expected.push_back(number + ": page " + number + " " + message);
  }
  CHECK(RotatedWarnings(doc) == expected);
  REQUIRE(doc.pages.size() == upright.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    CHECK(doc.pages[p].width == Approx(upright.pages[p].width));
    CHECK(doc.pages[p].height == Approx(upright.pages[p].height));
    REQUIRE(doc.pages[p].lines.size() == upright.pages[p].lines.size());
    for (size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      CHECK(doc.pages[p].lines[l].text == upright.pages[p].lines[l].text);
    }
    // The table's borders have their turned twins, within the pixel of a
    // ruling render. (Short "rulings" are lines of text that the 50 dpi
    // render blurs into bands, which the layout stage drops; they come out
    // differently turned.)
    for (const Ruling& r : upright.pages[p].rulings) {
      if (std::hypot(r.x1 - r.x0, r.y1 - r.y0) < kBorderPoints) continue;
      INFO("ruling " << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1);
      CHECK(std::any_of(
          doc.pages[p].rulings.begin(), doc.pages[p].rulings.end(), [&](const Ruling& t) {
            return std::abs(t.x0 - r.x0) <= kRulingPoints &&
                   std::abs(t.y0 - r.y0) <= kRulingPoints &&
                   std::abs(t.x1 - r.x1) <= kRulingPoints && std::abs(t.y1 - r.y1) <= kRulingPoints;
          }));
    }
  }
}

}  // namespace
}  // namespace bilag
