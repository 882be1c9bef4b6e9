// A drawing-sized page (14400 x 14400 pt, PDF's largest) holding the
// statusskema's ruled tables (tests/fixtures/pdf/huge_page.pdf, made by
// scripts/make_test_pdfs.py): its rulings are found and it extracts as the
// same tables do on A4 pages (statusskema.pdf). How long it takes is for
// bench/cpu_vs_pdftotext.sh, not for a test.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extract/extract.h"
#include "extractor/ingest/ingest.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/pdf/";

Document Ingested(const std::string& name) {
  Result<Document> doc = IngestFile(kFixtures + name, IngestOptions());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

size_t RulingCount(const Document& doc, bool horizontal) {
  size_t count = 0;
  for (const Page& page : doc.pages) {
    for (const Ruling& ruling : page.rulings) count += ruling.Horizontal() == horizontal;
  }
  return count;
}

TEST_CASE("a 14400 pt page has the rulings of its tables", "[huge-page]") {
  const Document huge = Ingested("huge_page.pdf");
  REQUIRE(huge.pages.size() == 1);
  CHECK(huge.pages[0].width == Approx(14400));
  // Four ruled tables: a border under each of their 20 rows, and the
  // column borders of the two-column and six-column tables.
  CHECK(RulingCount(huge, true) >= 20);
  CHECK(RulingCount(huge, false) >= 4);
  // In points of the whole page, not of the part rendered: each horizontal
  // ruling runs above or below a word, a cell's padding away.
  const Page& page = huge.pages[0];
  for (const Ruling& ruling : page.rulings) {
    if (!ruling.Horizontal()) continue;
    const bool borders_a_word =
        std::any_of(page.words.begin(), page.words.end(), [&](const Word& word) {
          return word.box.x0 < ruling.x1 && word.box.x1 > ruling.x0 &&
                 std::abs(word.box.y0 - ruling.y0) < 20;
        });
    CHECK(borders_a_word);
  }
}

TEST_CASE("a 14400 pt page extracts as its tables do on A4 pages", "[huge-page]") {
  const Extraction huge = testing::ExtractFile(kFixtures + "huge_page.pdf");
  const Extraction a4 = testing::ExtractFile(kFixtures + "statusskema.pdf");
  CHECK(huge.info.kind == "statusskema");
  REQUIRE(huge.initiatives.size() == a4.initiatives.size());
  for (size_t i = 0; i < a4.initiatives.size(); ++i) {
    CHECK(huge.initiatives[i].name == a4.initiatives[i].name);
    CHECK(huge.initiatives[i].fields == a4.initiatives[i].fields);
    REQUIRE(huge.initiatives[i].targets.size() == a4.initiatives[i].targets.size());
    for (size_t t = 0; t < a4.initiatives[i].targets.size(); ++t) {
      CHECK(huge.initiatives[i].targets[t].text == a4.initiatives[i].targets[t].text);
    }
  }
  REQUIRE(huge.budget.size() == a4.budget.size());
  for (size_t i = 0; i < a4.budget.size(); ++i) {
    CHECK(huge.budget[i].item == a4.budget[i].item);
    CHECK(huge.budget[i].year == a4.budget[i].year);
    CHECK(huge.budget[i].dkk == a4.budget[i].dkk);
  }
}

}  // namespace
}  // namespace bilag
