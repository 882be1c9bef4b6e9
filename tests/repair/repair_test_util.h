// Shared helpers of the repair tests: the shipped rules, and documents built
// from lines or read from the corpus the way the pipeline reads them.
#ifndef BILAG_TESTS_REPAIR_REPAIR_TEST_UTIL_H_
#define BILAG_TESTS_REPAIR_REPAIR_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/model/document.h"
#include "extractor/normalise/normalise.h"
#include "extractor/pipeline.h"
#include "extractor/rules/rule_loader.h"

namespace bilag::testing {

inline const std::string kSeeds = BILAG_SOURCE_DIR "/corpus/seeds/";
inline const std::string kSeed000 = kSeeds + "000_7fcc06969d5505f7.txt";
inline const std::vector<std::string> kCleanSeeds = {
    kSeeds + "001_eeed997eb7ee906a.txt", kSeeds + "002_8629250c46b2c2d7.txt",
    kSeeds + "003_4de6b8aa97016e05.txt", kSeeds + "004_d1d70512bbcf75c7.txt"};

// Loaded once: the shipped rules never change during a test run.
inline const RuleSet& ShippedRules() {
  static const RuleSet rules = [] {
    Result<RuleSet> loaded = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
    if (!loaded.ok()) FAIL(loaded.status().message());
    return loaded.value();
  }();
  return rules;
}

// One page of prose lines.
inline Document LinesDoc(const std::vector<std::string>& texts) {
  Document doc;
  Page page;
  page.number = 1;
  for (const std::string& text : texts) {
    Line line;
    line.text = text;
    page.lines.push_back(line);
  }
  page.Renumber();
  doc.pages.push_back(page);
  return doc;
}

// Through the stages before repair, as the repair stage receives it.
inline Document ReadNormalised(const std::string& path) {
  Source source{path};
  // A named object: GCC 12 takes a temporary's std::function member
  // (IngestOptions' OCR progress) for uninitialised (-Wmaybe-uninitialized).
  PrepareOptions options;
  options.last = Stage::kNormalise;
  Result<Document> doc = PrepareDocument(&source, options);
  if (!doc.ok()) FAIL(path << ": " << doc.status().ToString());
  return std::move(doc).value();
}

inline std::string AllText(const Document& doc) {
  std::string text;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) text += line.text + "\n";
  }
  return text;
}

// A user's rule folder for one test: a fresh temporary folder, removed with
// the object.
class RuleDir {
 public:
  RuleDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "bilag-rules-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~RuleDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  void Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace bilag::testing

#endif  // BILAG_TESTS_REPAIR_REPAIR_TEST_UTIL_H_
