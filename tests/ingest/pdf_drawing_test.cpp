// Pages read through poppler's core (pdf_drawing.h): rulings from the drawing
// operators, held to what the 50 dpi render finds on the same pages, and
// words, held to poppler-cpp's text_list. ruled_shapes.pdf
// (scripts/make_test_pdfs.py) draws one table's borders in every way a PDF
// does: stroked lines, a line in pieces, thin filled boxes, an outline, under
// a dark header band; page 2 is the same on a page turned by /Rotate 90.
#include "extractor/ingest/pdf_drawing.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-rectangle.h>
#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/ingest/pdf_ingest.h"
#include "extractor/layout/rulings.h"
#include "extractor/render/pdf_render.h"
#include "tests/ingest/ruling_comparison.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/";

std::string Read(const std::string& name) {
  std::ifstream in(kFixtures + name, std::ios::binary);
  REQUIRE(in.good());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<Ruling> Drawn(const std::string& bytes, int index) {
  Result<std::unique_ptr<PdfDrawing>> drawing = PdfDrawing::Open(bytes, "");
  REQUIRE(drawing.ok());
  Result<std::vector<Ruling>> rulings = (*drawing)->Rulings(index);
  REQUIRE(rulings.ok());
  return *rulings;
}

std::vector<Ruling> Rendered(const std::string& bytes, int index) {
  Result<std::unique_ptr<PdfRenderer>> renderer = PdfRenderer::Open(bytes, "");
  REQUIRE(renderer.ok());
  Result<GrayImage> image = (*renderer)->Render(index, kRulingDpi);
  REQUIRE(image.ok());
  return FindRulings(*image, 72.0 / kRulingDpi);
}

// Positions across the rulings of one direction, in order.
std::vector<double> Positions(const std::vector<Ruling>& rulings, bool horizontal) {
  std::vector<double> out;
  for (const Ruling& r : rulings) {
    if (r.Horizontal() == horizontal) out.push_back(std::round(horizontal ? r.y0 : r.x0));
  }
  return out;
}

// The table of ruled_shapes.pdf: 2 cm from the left and top of the sheet,
// 20 pt rows under a 20 pt header band, a column border 7 cm in.
constexpr double kLeft = 57, kTop = 85, kMid = 255, kRight = 539, kBottom = 185;

TEST_CASE("drawn rulings: every way of drawing a border, bands and bars excluded", "[pdf]") {
  const std::vector<Ruling> drawn = Drawn(Read("pdf/ruled_shapes.pdf"), 0);
  // The band's lower edge (105) and the 6 pt bar below the table (225) are
  // no rulings, nor the short tick and the curve under it.
  CHECK(Positions(drawn, true) == std::vector<double>{kTop, 125, 145, 165, kBottom});
  CHECK(Positions(drawn, false) == std::vector<double>{kLeft, kMid, kRight});
  for (const Ruling& r : drawn) {
    if (r.Horizontal()) {
      CHECK(std::round(r.x0) == kLeft);
      CHECK(std::round(r.x1) == kRight);
    } else {
      CHECK(std::round(r.y0) == kTop);
      CHECK(std::round(r.y1) == kBottom);
    }
  }
}

TEST_CASE("drawn rulings: the render finds the same lines", "[pdf]") {
  const std::string bytes = Read("pdf/ruled_shapes.pdf");
  for (int page = 0; page < 2; ++page) {
    CAPTURE(page);
    const RulingComparison c = CompareRulings(Drawn(bytes, page), Rendered(bytes, page));
    CHECK(c.drawn == 8);
    // The top border on the header band too: beside a band is still a rule.
    CHECK(c.drawn_unmatched == 0);
    CHECK(c.max_offset <= kSamePositionPoints);
  }
}

TEST_CASE("drawn rulings: a page turned by /Rotate is read as displayed", "[pdf]") {
  // Turned clockwise: the table's rows run down the page, its top border on
  // the right; the sheet is 842 pt wide.
  const std::vector<Ruling> drawn = Drawn(Read("pdf/ruled_shapes.pdf"), 1);
  CHECK(Positions(drawn, false) == std::vector<double>{410, 430, 450, 470, 510});
  CHECK(Positions(drawn, true) == std::vector<double>{kLeft, kMid, 785});
}

TEST_CASE("drawn rulings: ruled fixture tables match the render", "[pdf]") {
  struct Case {
    const char* file;
    int page;
  };
  for (const Case& t : {Case{"pdf/statusskema.pdf", 2}, Case{"tables/grid_status.pdf", 0},
                        Case{"tables/statistics.pdf", 0}, Case{"tables/two_row_header.pdf", 0},
                        Case{"layout/status_ruled.pdf", 0}}) {
    CAPTURE(t.file);
    const std::string bytes = Read(t.file);
    const RulingComparison c = CompareRulings(Drawn(bytes, t.page), Rendered(bytes, t.page));
    CHECK(c.drawn > 0);
    // The render finds more: lines of small text at 50 dpi, which the layout
    // stage drops as running through words.
    CHECK(c.drawn_unmatched == 0);
    CHECK(c.max_offset <= kSamePositionPoints);
  }
}

TEST_CASE("drawn rulings: text alone draws none", "[pdf]") {
  CHECK(Drawn(Read("pdf/hyphenated.pdf"), 0).empty());
}

TEST_CASE("drawn rulings: ingest takes them from the drawing", "[pdf]") {
  const std::string bytes = Read("pdf/ruled_shapes.pdf");
  Document doc;
  // A named object: GCC 12 takes a temporary's std::function member, inside
  // Catch's REQUIRE, for uninitialised (-Wmaybe-uninitialized).
  const IngestOptions options;
  REQUIRE(IngestPdf(bytes, options, &doc).ok());
  REQUIRE(doc.pages.size() == 2);
  const std::vector<Ruling> drawn = Drawn(bytes, 0);
  REQUIRE(doc.pages[0].rulings.size() == drawn.size());
  for (size_t i = 0; i < drawn.size(); ++i) {
    CHECK(doc.pages[0].rulings[i].x0 == drawn[i].x0);
    CHECK(doc.pages[0].rulings[i].y0 == drawn[i].y0);
  }
}

TEST_CASE("drawn rulings: an encrypted PDF opens with its password only", "[pdf]") {
  const std::string bytes = Read("pdf/encrypted.pdf");
  Result<std::unique_ptr<PdfDrawing>> locked = PdfDrawing::Open(bytes, "");
  REQUIRE_FALSE(locked.ok());
  CHECK(locked.status().code() == ErrorCode::kPdfEncrypted);
  CHECK(PdfDrawing::Open(bytes, "hemmelig").ok());
}

TEST_CASE("drawn rulings: a page that is not there fails naming it", "[pdf]") {
  Result<std::unique_ptr<PdfDrawing>> drawing = PdfDrawing::Open(Read("pdf/letter.pdf"), "");
  REQUIRE(drawing.ok());
  Result<std::vector<Ruling>> rulings = (*drawing)->Rulings(8);
  REQUIRE_FALSE(rulings.ok());
  CHECK(rulings.status().code() == ErrorCode::kRenderFailed);
  CHECK(rulings.status().message().find("page 9") != std::string::npos);
}

// The same bytes opened by poppler-cpp, which draws each page afresh.
std::unique_ptr<poppler::document> LoadPoppler(const std::string& bytes) {
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(pdf != nullptr);
  return pdf;
}

// One pass reads the words as poppler-cpp's text_list does, to the last bit:
// same words in the same order, boxes, turns, font names and sizes.
TEST_CASE("drawn page: words are text_list's", "[pdf]") {
  for (const char* file :
       {"pdf/statusskema.pdf", "pdf/letter.pdf", "pdf/line_grouping.pdf", "pdf/hyphenated.pdf",
        "pdf/ruled_shapes.pdf", "tables/two_row_header.pdf", "tables/typewriter.pdf",
        "foreign/german_report.pdf", "layout/budget.pdf", "pdf/shared_resources.pdf"}) {
    CAPTURE(file);
    const std::string bytes = Read(file);
    Result<std::unique_ptr<PdfDrawing>> drawing = PdfDrawing::Open(bytes, "");
    REQUIRE(drawing.ok());
    const std::unique_ptr<poppler::document> pdf = LoadPoppler(bytes);
    for (int index = 0; index < pdf->pages(); ++index) {
      CAPTURE(index);
      std::unique_ptr<poppler::page> page(pdf->create_page(index));
      const std::vector<poppler::text_box> boxes =
          page->text_list(poppler::page::text_list_include_font);
      Result<DrawnPage> drawn = (*drawing)->Read(index);
      REQUIRE(drawn.ok());
      REQUIRE(drawn->words.size() == boxes.size());
      for (size_t i = 0; i < boxes.size(); ++i) {
        const DrawnWord& word = drawn->words[i];
        const poppler::rectf box = boxes[i].bbox();
        CHECK(poppler::ustring::from_utf8(word.utf8.c_str()) == boxes[i].text());
        CHECK(word.box.x0 == box.left());
        CHECK(word.box.y0 == box.top());
        CHECK(word.box.x1 == box.right());
        CHECK(word.box.y1 == box.bottom());
        CHECK(word.rotation == boxes[i].rotation());
        CHECK(word.font == boxes[i].get_font_name(0));
        CHECK(word.font_size == boxes[i].get_font_size());
      }
    }
  }
}

// Pages in a row that share their resources are read through one
// interpreter (pdf_drawing.cpp's session): each reads as it does alone, in
// order or not, whatever the page before left open. shared_resources.pdf
// (scripts/make_test_pdfs.py): page 1 leaves a switched-off optional content
// group open, page 3 two saved graphics states.
TEST_CASE("drawn page: a page reads the same after the pages before it as alone", "[pdf]") {
  for (const char* file : {"pdf/shared_resources.pdf", "pdf/statusskema.pdf",
                           "pdf/ruled_shapes.pdf", "tables/two_row_header.pdf"}) {
    CAPTURE(file);
    const std::string bytes = Read(file);
    Result<std::unique_ptr<PdfDrawing>> in_order = PdfDrawing::Open(bytes, "");
    REQUIRE(in_order.ok());
    const std::unique_ptr<poppler::document> pdf = LoadPoppler(bytes);
    const int pages = pdf->pages();
    // In order, then last to first, through the same object.
    std::vector<int> order;
    for (int i = 0; i < pages; ++i) order.push_back(i);
    for (int i = pages; i-- > 0;) order.push_back(i);
    for (int index : order) {
      CAPTURE(index);
      Result<DrawnPage> shared = (*in_order)->Read(index);
      Result<std::unique_ptr<PdfDrawing>> alone_drawing = PdfDrawing::Open(bytes, "");
      REQUIRE(alone_drawing.ok());
      Result<DrawnPage> alone = (*alone_drawing)->Read(index);
      REQUIRE(shared.ok());
      REQUIRE(alone.ok());
      REQUIRE(shared->words.size() == alone->words.size());
      for (size_t i = 0; i < alone->words.size(); ++i) {
        CHECK(shared->words[i].utf8 == alone->words[i].utf8);
        CHECK(shared->words[i].box.x0 == alone->words[i].box.x0);
        CHECK(shared->words[i].box.y0 == alone->words[i].box.y0);
        CHECK(shared->words[i].font == alone->words[i].font);
      }
      REQUIRE(shared->rulings.size() == alone->rulings.size());
      for (size_t i = 0; i < alone->rulings.size(); ++i) {
        CHECK(shared->rulings[i].x0 == alone->rulings[i].x0);
        CHECK(shared->rulings[i].y1 == alone->rulings[i].y1);
      }
    }
  }
  // The hidden line stays hidden, and the page after it is read.
  const std::string bytes = Read("pdf/shared_resources.pdf");
  Result<std::unique_ptr<PdfDrawing>> drawing = PdfDrawing::Open(bytes, "");
  REQUIRE(drawing.ok());
  std::vector<std::string> texts;
  for (int index = 0; index < 4; ++index) {
    Result<DrawnPage> page = (*drawing)->Read(index);
    REQUIRE(page.ok());
    std::string text;
    for (const DrawnWord& word : page->words) text += (text.empty() ? "" : " ") + word.utf8;
    texts.push_back(text);
  }
  CHECK(texts == std::vector<std::string>{"Side et", "Side to", "Side tre", "Side fire"});
}

}  // namespace
}  // namespace bilag
