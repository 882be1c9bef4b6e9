#include "extractor/rules/rule_loader.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

namespace fs = std::filesystem;

const std::string kShipped = BILAG_SOURCE_DIR "/rules";

class RuleDir {
 public:
  RuleDir() {
    std::string pattern = (fs::temp_directory_path() / "bilag-rules-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~RuleDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
    return (path_ / name).string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST_CASE("the shipped rules load without errors or warnings", "[rules]") {
  RuleCheckReport report = CheckRuleDirs({kShipped});
  for (const RuleProblem& problem : report.errors) INFO(problem.ToString());
  CHECK(report.errors.empty());
  CHECK(report.warnings.empty());
  CHECK(report.files >= 5);
  Result<RuleSet> rules = LoadRuleSet({kShipped});
  REQUIRE(rules.ok());
  CHECK(rules->profiles.size() >= 4);
  CHECK(rules->sha256.size() == 64);
}

TEST_CASE("bad TOML is reported as FILE:LINE:COLUMN", "[rules]") {
  RuleDir dir;
  std::string file = dir.Write("bad.toml", "[[label]]\nid = \"x\"\nkey = \n");
  RuleCheckReport report = CheckRuleDirs({dir.path()});
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].where.file == file);
  CHECK(report.errors[0].where.line == 3);
  CHECK(report.errors[0].where.column > 0);
  CHECK(report.errors[0].message.find("TOML syntax") != std::string::npos);
}

TEST_CASE("a bad regex, an unknown key and a duplicate id each name their place", "[rules]") {
  RuleDir dir;
  std::string file = dir.Write("labels.toml",
                               "[[label]]\n"
                               "id = \"a\"\n"
                               "key = \"goal\"\n"
                               "pattern = '(unclosed'\n"
                               "\n"
                               "[[label]]\n"
                               "id = \"a\"\n"
                               "key = \"goal\"\n"
                               "pattern = '^Mål$'\n"
                               "colour = \"red\"\n");
  RuleCheckReport report = CheckRuleDirs({dir.path()});
  std::vector<std::string> messages;
  for (const RuleProblem& problem : report.errors) messages.push_back(problem.ToString());
  REQUIRE(messages.size() == 3);
  CHECK(messages[0].rfind(file + ":4:11: 'pattern': invalid regex", 0) == 0);
  CHECK(messages[1] == file + ":6:1: duplicate id 'a' (first at " + file + ":1:1)");
  CHECK(messages[2] == file + ":10:1: unknown key 'colour'");
  Result<RuleSet> rules = LoadRuleSet({dir.path()});
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.status().code() == "rule-error");
}

TEST_CASE("a user folder replaces a shipped rule by id and adds new ones", "[rules]") {
  RuleDir dir;
  dir.Write("mine.toml",
            "[[label]]\n"
            "id = \"label.economy\"\n"
            "key = \"economy\"\n"
            "role = \"amounts\"\n"
            "pattern = '(?i)^(?:økonomi|penge)$'\n"
            "\n"
            "[[label]]\n"
            "id = \"my.partners\"\n"
            "key = \"partners\"\n"
            "pattern = '(?i)^partnere$'\n"
            "\n"
            "[[skip]]\n"
            "id = \"skip.page-mark\"\n"
            "enabled = false\n"
            "pattern = 'x'\n");
  Result<RuleSet> shipped = LoadRuleSet({kShipped});
  Result<RuleSet> both = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(shipped.ok());
  REQUIRE(both.ok());
  CHECK(both->labels.size() == shipped->labels.size() + 1);
  CHECK(both->skips.size() == shipped->skips.size() - 1);
  int economy = 0;
  for (const LabelRule& label : both->labels) {
    if (label.id == "label.economy") {
      ++economy;
      CHECK(label.pattern.Matches("Penge"));
    }
  }
  CHECK(economy == 1);
  CHECK(both->sha256 != shipped->sha256);
}

TEST_CASE("replacing a rule with one of another kind is refused", "[rules]") {
  RuleDir dir;
  std::string file = dir.Write("x.toml", "[[stop]]\nid = \"label.economy\"\npattern = 'x'\n");
  RuleCheckReport report = CheckRuleDirs({kShipped, dir.path()});
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].where.file == file);
  CHECK(report.errors[0].message.find("replaces a [[label]] rule") != std::string::npos);
}

}  // namespace
}  // namespace bilag
