// `bilag extract` and `import` free the words extraction no longer reads
// (ExtractedWords::kFreeUnread): they are the largest part of a text-layer
// PDF's memory. What is extracted must not change by it, on PDFs with budget
// tables, column tables, key/value forms, lists and letterheads: the
// corpus's, the layout fixtures' and the development set's.
#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/emit/json_emit.h"
#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

std::vector<std::string> TextLayerPdfs() {
  std::vector<std::string> pdfs;
  for (const char* folder :
       {BILAG_SOURCE_DIR "/corpus/pdf", BILAG_SOURCE_DIR "/tests/fixtures/layout",
        BILAG_SOURCE_DIR "/../shared/devset/inputs"}) {
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      const std::string path = entry.path().string();
      if (path.ends_with(".pdf") && !path.ends_with(".scan.pdf") &&
          !path.ends_with(".engocr.pdf")) {
        pdfs.push_back(path);
      }
    }
  }
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

size_t WordCount(const Document& doc) {
  size_t words = 0;
  for (const Page& page : doc.pages) words += page.words.size();
  return words;
}

TEST_CASE("freeing the words extraction does not read leaves what it finds unchanged",
          "[extract][memory]") {
  const std::vector<std::string> pdfs = TextLayerPdfs();
  REQUIRE(pdfs.size() >= 10);
  size_t budget_cells = 0, words_read = 0, words_left = 0;
  for (const std::string& path : pdfs) {
    INFO(path);
    Source source{path};
    Result<Document> doc = PrepareDocument(&source, {{}, {}, nullptr, Stage::kNormalise, {}});
    REQUIRE(doc.ok());
    const size_t words = WordCount(*doc);
    const Extraction kept =
        Extract(testing::ShippedRules(), *doc, nullptr, {}, ExtractedWords::kKeep);
    const Extraction freed = Extract(testing::ShippedRules(), std::move(doc).value(), nullptr, {},
                                     ExtractedWords::kFreeUnread);
    CHECK(EmitExtractionJson(freed, {}, true) == EmitExtractionJson(kept, {}, true));
    CHECK(WordCount(kept.document) == words);
    for (const Page& page : freed.document.pages) {
      CHECK(page.words.size() <= std::max<size_t>(2 * page.lines.size(), 1));
      CHECK(page.rulings.empty());
      for (const Line& line : page.lines) CHECK(line.words.size() <= 2);
    }
    budget_cells += kept.budget.size();
    words_read += words;
    words_left += WordCount(freed.document);
  }
  // The inputs have budget tables, whose cells are read from the words'
  // boxes and type: freed before the tables are read, they would be lost.
  CHECK(budget_cells >= 50);
  CHECK(words_left * 3 < words_read);
}

}  // namespace
}  // namespace bilag
