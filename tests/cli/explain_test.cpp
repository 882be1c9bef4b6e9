// `bilag explain` on real seeds: a known match with its capture groups, a
// known miss with its nearest line, the filters, and the JSON form.
#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

namespace {

const std::string kBilag = BILAG_BINARY_DIR "/bilag";
const std::string kSeeds = BILAG_SOURCE_DIR "/corpus/seeds/";

std::string Capture(const std::string& args) {
  std::string command = "NO_COLOR=1 '" + kBilag + "' " + args + " 2>&1";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

TEST_CASE("explain shows a match with its groups and what it produced", "[explain]") {
  std::string out =
      Capture("explain --rule meta.case_number " + kSeeds + "004_d1d70512bbcf75c7.txt");
  CHECK(out.find("meta.case_number [field]") != std::string::npos);
  // The place is the value's line (the label is on the line before it).
  CHECK(out.find("1:8  \"Sagsnr. 2010-32472\"  [value: 2010-32472]") != std::string::npos);
  CHECK(out.find("-> document.case_number = \"2010-32472\"") != std::string::npos);
  // Filtered to one rule: nothing else is listed.
  CHECK(out.find("meta.title") == std::string::npos);
  CHECK(out.find("\033[") == std::string::npos);  // NO_COLOR respected
}

TEST_CASE("explain shows a miss with the nearest line", "[explain]") {
  // Seed 001 has no Sagsnr.; the statusskema's label rows are found instead.
  std::string out =
      Capture("explain --rule meta.case_number " + kSeeds + "001_eeed997eb7ee906a.txt");
  CHECK(out.find("miss  no match for document.case_number") != std::string::npos);
  CHECK(out.find("pattern: (?i)(?:Sags") != std::string::npos);

  std::string profiles =
      Capture("explain --rule statusrapport " + kSeeds + "004_d1d70512bbcf75c7.txt");
  CHECK(profiles.find("miss  profile does not fit") != std::string::npos);
  CHECK(profiles.find("nearest: 1:18") != std::string::npos);
  CHECK(profiles.find("lacks succeskriteri") != std::string::npos);
}

TEST_CASE("explain --page keeps one page, and --json is machine-readable", "[explain]") {
  std::string page2 = Capture("explain --page 2 " + kSeeds + "002_8629250c46b2c2d7.txt");
  CHECK(page2.find("2:32") != std::string::npos);    // the Ad.1 goal on page 2
  CHECK(page2.find("\n  1:") == std::string::npos);  // no matches from page 1
  std::string json =
      Capture("explain --json --rule label.economy " + kSeeds + "001_eeed997eb7ee906a.txt");
  CHECK(json.find("\"id\": \"label.economy\"") != std::string::npos);
  CHECK(json.find("\"produced\": \"label -> field 'economy'\"") != std::string::npos);
}

TEST_CASE("explain on a missing file fails with exit code 1", "[explain]") {
  int status = std::system(("'" + kBilag + "' explain /nonexistent.pdf 2>/dev/null").c_str());
  CHECK(WEXITSTATUS(status) == 1);
}

}  // namespace
