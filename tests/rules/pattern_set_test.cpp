// PatternSet, the one-pass prefilter of the line rules: on every line of the
// seeds it must say of each shipped line rule exactly what the rule's own
// Pattern says, or a rule would be skipped that matches.
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/rules/pattern.h"
#include "extractor/rules/rule_loader.h"
#include "extractor/rules/rule_set.h"

namespace bilag {
namespace {

std::vector<std::string> SeedLines() {
  std::vector<std::string> lines;
  for (const char* seed : {"000_7fcc06969d5505f7", "001_eeed997eb7ee906a", "002_8629250c46b2c2d7",
                           "003_4de6b8aa97016e05", "004_d1d70512bbcf75c7"}) {
    std::ifstream in(std::string(BILAG_SOURCE_DIR "/corpus/seeds/") + seed + ".txt");
    REQUIRE(in.good());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("the line rules' set agrees with each rule's pattern on the seeds", "[pattern-set]") {
  Result<RuleSet> rules = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
  REQUIRE(rules.ok());
  const std::vector<const Pattern*> patterns = LinePatterns(*rules);
  REQUIRE(rules->line_patterns.size() == patterns.size());
  REQUIRE(patterns.size() > 10);
  size_t matched = 0;
  for (const std::string& line : SeedLines()) {
    bool exact = false;
    const std::vector<bool> flags = rules->line_patterns.Matching(line, &exact);
    REQUIRE(flags.size() == patterns.size());
    // The walker then takes a flag as the rule's answer, untried.
    REQUIRE(exact);
    for (size_t i = 0; i < patterns.size(); ++i) {
      INFO(patterns[i]->source() << " on '" << line << "'");
      CHECK(flags[i] == patterns[i]->Matches(line));
      matched += flags[i];
    }
  }
  // Most lines match no line rule: that is what the set saves.
  CHECK(matched > 0);
}

// The seeds' markdown table cells, and every line as a cell too.
std::vector<std::string> SeedCells() {
  std::vector<std::string> cells;
  for (const std::string& line : SeedLines()) {
    cells.push_back(line);
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
  }
  return cells;
}

TEST_CASE("the label and column header sets agree with each rule's pattern on the seeds' cells",
          "[pattern-set]") {
  Result<RuleSet> rules = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
  REQUIRE(rules.ok());
  std::vector<const Pattern*> labels, headers;
  for (const LabelRule& rule : rules->labels) labels.push_back(&rule.pattern);
  for (const ColumnRule& rule : rules->columns) headers.push_back(&rule.header);
  REQUIRE(rules->label_patterns.size() == labels.size());
  REQUIRE(rules->column_header_patterns.size() == headers.size());
  REQUIRE(labels.size() > 5);
  REQUIRE(headers.size() > 3);
  size_t matched = 0;
  for (const std::string& cell : SeedCells()) {
    const std::vector<bool> label_flags = MayMatchEach(rules->label_patterns, labels.size(), cell);
    const std::vector<bool> header_flags =
        MayMatchEach(rules->column_header_patterns, headers.size(), cell);
    for (size_t i = 0; i < labels.size(); ++i) {
      INFO(labels[i]->source() << " on '" << cell << "'");
      CHECK(label_flags[i] == labels[i]->Matches(cell));
      matched += label_flags[i];
    }
    for (size_t i = 0; i < headers.size(); ++i) {
      INFO(headers[i]->source() << " on '" << cell << "'");
      CHECK(header_flags[i] == headers[i]->Matches(cell));
      matched += header_flags[i];
    }
  }
  CHECK(matched > 0);
  // A rule set whose sets do not fit its rules tries every rule, and says
  // that the flags are no answer.
  bool exact = true;
  CHECK(MayMatchEach(PatternSet(), 3, "Økonomi", &exact) == std::vector<bool>{true, true, true});
  CHECK_FALSE(exact);
}

TEST_CASE("a pattern set keeps the Danish adaptation and anchors", "[pattern-set]") {
  Result<Pattern> word = Pattern::Compile(R"(^\w+ mål$)");
  Result<Pattern> dash = Pattern::Compile("2010-2012");
  REQUIRE(word.ok());
  REQUIRE(dash.ok());
  const PatternSet set = PatternSet::Of({&*word, &*dash});
  CHECK(set.Matching("Økonomiske mål") == std::vector<bool>{true, false});
  CHECK(set.Matching("i årene 2010–2012") == std::vector<bool>{false, true});
  CHECK(set.Matching("Økonomiske mål i 2010") == std::vector<bool>{false, false});
}

TEST_CASE("an empty pattern set lets every rule be tried", "[pattern-set]") {
  CHECK(PatternSet().Matching("any text").empty());
  bool exact = true;
  PatternSet().Matching("any text", &exact);
  CHECK_FALSE(exact);
  CHECK(PatternSet::Of({}).size() == 0);
}

}  // namespace
}  // namespace bilag
