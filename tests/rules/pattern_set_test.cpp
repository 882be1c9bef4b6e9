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

TEST_CASE("a pattern starts anchored only when every match must start at the first byte",
          "[pattern-set]") {
  for (const char* anchored :
       {"^a", R"((?i)^mål\s*(?P<year>(?:19|20)\d\d)?\s*:?$)", "^(?:a|b)c", "(?i)^[|]x", R"(^\|)",
        R"(^\Qa|b\E)", "^[]|]", "^[^]|]", "^[[:alpha:]|]", "(?i-s)^x"}) {
    INFO(anchored);
    CHECK(StartsAnchored(anchored));
  }
  for (const char* unanchored :
       {"a", "^a|b", "(?i)^a|^b", "(?m)^a", "(?im)^a", "(?i:^a)", "(?P<x>^a)", "^a)(", "^[a",
        "(?i)a", "^*a", "(?i)^?a", "^{0,1}a", "^+a", R"(\^a)", "", "(?i)"}) {
    INFO(unanchored);
    CHECK_FALSE(StartsAnchored(unanchored));
  }
}

TEST_CASE("a set of anchored patterns finds what each pattern finds, and no more",
          "[pattern-set]") {
  Result<Pattern> goal = Pattern::Compile(R"((?i)^mål\s*(?:19|20)\d\d$)");
  Result<Pattern> requirement = Pattern::Compile("(?i)^resultatkrav");
  Result<Pattern> anywhere = Pattern::Compile("krav");
  Result<Pattern> lines = Pattern::Compile("(?m)^mål");
  REQUIRE(goal.ok());
  REQUIRE(requirement.ok());
  REQUIRE(anywhere.ok());
  REQUIRE(lines.ok());
  const PatternSet anchored = PatternSet::Of({&*goal, &*requirement});
  const PatternSet mixed = PatternSet::Of({&*goal, &*anywhere});
  const PatternSet multiline = PatternSet::Of({&*lines});
  for (const std::string text : {"Mål 2007", "Resultatkrav 2006", "delmål 2007", "Se resultatkrav",
                                 " Mål 2007", "mål\n2007", "x\nmål", "", "Målsætning"}) {
    INFO("'" << text << "'");
    bool exact = false;
    CHECK(anchored.Matching(text, &exact) ==
          std::vector<bool>{goal->Matches(text), requirement->Matches(text)});
    CHECK(exact);
    CHECK(mixed.Matching(text) == std::vector<bool>{goal->Matches(text), anywhere->Matches(text)});
    CHECK(multiline.Matching(text) == std::vector<bool>{lines->Matches(text)});
  }
  // A repeated anchor may be left out: such a set is searched unanchored.
  Result<Pattern> optional_anchor = Pattern::Compile("(?i)^*krav");
  REQUIRE(optional_anchor.ok());
  CHECK(PatternSet::Of({&*requirement, &*optional_anchor}).Matching("Se resultatkrav") ==
        std::vector<bool>{false, true});
  // Where the word stands later in the text only the unanchored pattern
  // finds it, and the set with it still does.
  CHECK(mixed.Matching("Se resultatkrav") == std::vector<bool>{false, true});
  CHECK(multiline.Matching("x\nmål") == std::vector<bool>{true});
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
