// Repair only where it belongs: clean English, German and Hebrew documents
// (tests/fixtures/foreign, made by scripts/make_foreign_fixtures.py) get no
// correction from `--repair auto`, in the library and from `bilag extract`
// with default options; Danish OCR is still repaired, and a word that a clean
// page of the same document writes as it stands is left alone elsewhere.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/repair/ocr_signs.h"
#include "extractor/repair/repair.h"
#include "tests/repair/repair_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::AllText;
using testing::kSeed000;
using testing::ReadNormalised;
using testing::ShippedRules;

const std::string kForeign = BILAG_SOURCE_DIR "/tests/fixtures/foreign/";

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `bilag extract FILE` with default options: its stdout, or "" when it failed.
std::string ExtractWithDefaults(const std::string& file) {
  testing::RuleDir out;  // a fresh temporary folder
  const fs::path json = fs::path(out.path()) / "out.json";
  std::string command = std::string(BILAG_BINARY_DIR "/bilag extract '") + file + "' > '" +
                        json.string() + "' 2>/dev/null";
  if (std::system(command.c_str()) != 0) return "";
  return ReadBytes(json);
}

std::vector<std::string> ForeignFixtures(const std::string& extension) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kForeign)) {
    if (entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("clean English, German and Hebrew text gets zero corrections", "[repair]") {
  std::vector<std::string> files = ForeignFixtures(".txt");
  std::vector<std::string> pdfs = ForeignFixtures(".pdf");
  files.insert(files.end(), pdfs.begin(), pdfs.end());
  REQUIRE(files.size() == 7);
  Repairer automatic(ShippedRules(), RepairOptions{});
  for (const std::string& file : files) {
    INFO(file);
    Document doc = ReadNormalised(file);
    std::string before = AllText(doc);
    RepairReport report = automatic.Repair(&doc);
    INFO(report.signs.ToString());
    for (const Correction& c : doc.corrections) INFO(c.from << " -> " << c.to);
    CHECK_FALSE(report.ran);
    CHECK(doc.corrections.empty());
    CHECK(AllText(doc) == before);
    // Not for want of suspicion: without æøå the lexicon is asked, and it is
    // the share of Danish words that says no.
    CHECK(report.signs.DanishWordShare() < kMinDanishWordShare);
  }
}

TEST_CASE("the English words OCR repair used to damage stay as written", "[repair]") {
  Document doc = ReadNormalised(kForeign + "english_report.txt");
  Repairer automatic(ShippedRules(), RepairOptions{});
  automatic.Repair(&doc);
  std::string text = AllText(doc);
  for (const char* word : {"to be met", "or the target", "the Netherlands", "3rd quarter"}) {
    CHECK(text.find(word) != std::string::npos);
  }
  CHECK(text.find("bæ") == std::string::npos);
  CHECK(text.find("ør") == std::string::npos);
}

TEST_CASE("bilag extract with default options corrects nothing in English and German PDFs",
          "[repair][cli]") {
  for (const std::string& pdf : ForeignFixtures(".pdf")) {
    INFO(pdf);
    std::string json = ExtractWithDefaults(pdf);
    CHECK(json.find("\"corrections\": []") != std::string::npos);
    CHECK(json.find("repair-applied") == std::string::npos);
  }
}

TEST_CASE("Danish OCR is still repaired, and says which signs called for it", "[repair]") {
  Document doc = ReadNormalised(kSeed000);
  Repairer automatic(ShippedRules(), RepairOptions{});
  RepairReport report = automatic.Repair(&doc);
  CHECK(report.ran);
  CHECK(report.signs.DanishWordShare() >= kMinDanishWordShare);
  CHECK(report.by_lexicon >= 80);
  bool told = false;
  for (const Warning& warning : doc.warnings) {
    if (warning.code != "repair-applied") continue;
    told = true;
    CHECK(warning.message.find("Danish function words") != std::string::npos);
    CHECK(warning.message.find("lexicon rejected") != std::string::npos);
  }
  CHECK(told);
}

TEST_CASE("a word a clean page of the document writes as it stands is not rewritten", "[repair]") {
  // Seed 000 repairs "Kgbenhavn" to "København"; here a clean Danish page of
  // the same document (æøå, no symbols) writes "Kgbenhavn" itself.
  testing::RuleDir dir;  // a fresh temporary folder
  std::string clean =
      "Økonomiforvaltningen følger op på målene for 2007 og rapporterer til udvalget.\n"
      "Kontoret hedder Kgbenhavn Erhvervsservice, og navnet skrives sådan i alle breve.\n"
      "Rådgivningen af virksomhederne fortsætter, og der afsættes midler til næste år.\n"
      "Målet er, at flere får arbejde, og at færre skal have hjælp fra kommunen.\n";
  const fs::path path = fs::path(dir.path()) / "mixed.txt";
  std::ofstream(path, std::ios::binary) << clean << "\f" << ReadBytes(kSeed000);
  Document doc = ReadNormalised(path.string());
  REQUIRE(doc.pages.size() >= 2);
  CHECK(LooksClean(MeasurePageSigns(doc.pages[0])));
  Repairer automatic(ShippedRules(), RepairOptions{});
  RepairReport report = automatic.Repair(&doc);
  REQUIRE(report.ran);
  CHECK(report.contradicted >= 1);
  CHECK(report.by_lexicon >= 50);  // the rest of the OCR page is still repaired
  for (const Correction& c : doc.corrections) {
    INFO(c.from << " -> " << c.to);
    CHECK(c.from != "Kgbenhavn");
  }
  CHECK(AllText(doc).find("Kgbenhavn") != std::string::npos);
}

}  // namespace
}  // namespace bilag
