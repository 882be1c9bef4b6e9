// Helpers shared by the layout tests: a document as `bilag` reads it up to
// the layout stage, and where its tables' lines are.
#ifndef BILAG_TESTS_LAYOUT_LAYOUT_TEST_UTIL_H_
#define BILAG_TESTS_LAYOUT_LAYOUT_TEST_UTIL_H_

#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/pipeline.h"

namespace bilag::testing {

// Ingests `path` and runs the layout stage; the test fails when ingest does.
inline Document AnalysedFile(const std::string& path, const IngestOptions& options) {
  Source source{path};
  Result<Document> doc = PrepareDocument(&source, {options, {}, nullptr, Stage::kLayout, {}});
  INFO(path << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// OCR in auto mode at `dpi`, cached in the build folder's `cache` so that
// reruns are quick.
inline IngestOptions CachedOcr(const std::string& cache, int dpi = 300) {
  IngestOptions options;
  options.ocr.mode = OcrMode::kAuto;
  options.ocr.dpi = dpi;
  options.ocr.cache_dir = BILAG_BINARY_DIR "/test-cache/" + cache;
  return options;
}

inline bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

struct TableLine {
  const Page* page;
  const Line* line;
};

inline std::vector<TableLine> LinesOfTable(const Document& doc, int table) {
  std::vector<TableLine> lines;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.table == table) lines.push_back({&page, &line});
    }
  }
  return lines;
}

inline std::set<int> TableIds(const Document& doc) {
  std::set<int> ids;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.table != 0) ids.insert(line.table);
    }
  }
  return ids;
}

}  // namespace bilag::testing

#endif  // BILAG_TESTS_LAYOUT_LAYOUT_TEST_UTIL_H_
