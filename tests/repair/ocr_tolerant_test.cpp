// `ocr_tolerant = true`: a rule's æ ø å (and capitals) also match what OCR
// without a Danish model reads for them.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "extractor/rules/pattern.h"
#include "extractor/rules/rule_loader.h"
#include "tests/repair/repair_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;

const std::string kShipped = BILAG_SOURCE_DIR "/rules";

// The forms of the shipped rules/confusions.toml.
const std::vector<OcrLetterForms>& ShippedForms() {
  static const std::vector<OcrLetterForms> forms = [] {
    Result<RuleSet> rules = LoadRuleSet({kShipped});
    REQUIRE(rules.ok());
    return rules->ocr_forms;
  }();
  return forms;
}

Pattern Tolerant(const std::string& source) {
  Result<Pattern> pattern =
      Pattern::Compile(source, PatternOptions{.ocr_tolerant = true, .ocr_forms = &ShippedForms()});
  REQUIRE(pattern.ok());
  return pattern.value();
}

std::string MakeOcrTolerant(std::string_view source) {
  return bilag::MakeOcrTolerant(source, ShippedForms());
}

TEST_CASE("each letter of a [[confusion]] rule becomes an alternation of its misreadings",
          "[repair][rules]") {
  // "D" and "S" stand for "Ø" only where a word starts.
  CHECK(MakeOcrTolerant("Økonomi") == "(?:Ø|@|0|O|D|S)konomi");
  CHECK(MakeOcrTolerant("(?i)^\\s*Øget") == "(?i)^\\s*(?:Ø|@|0|O|D|S)get");
  CHECK(MakeOcrTolerant("HØJ") == "H(?:Ø|@|0|O)J");
  CHECK(MakeOcrTolerant("mål") == "m(?:å|a|aa)l");
  CHECK(MakeOcrTolerant("sætning") == "s(?:æ|a|e|z|@|ae|ea|ee|sz|zs|ze)tning");
  CHECK(MakeOcrTolerant("Århus|Æble") == "(?:Å|A|Aa)rhus|(?:Æ|Ae|AE|@)ble");
  // Character classes and escapes are left as written.
  CHECK(MakeOcrTolerant("[æøå]+") == "[æøå]+");
  CHECK(MakeOcrTolerant("[^]ø]ø") == "[^]ø](?:ø|g|o|0|@)");
  CHECK(MakeOcrTolerant("\\pL+ø") == "\\pL+(?:ø|g|o|0|@)");
  CHECK(MakeOcrTolerant("abc") == "abc");
  // Without confusion rules nothing changes.
  CHECK(bilag::MakeOcrTolerant("Økonomi", {}) == "Økonomi");
}

TEST_CASE("a user's [[confusion]] rule reaches the ocr_tolerant patterns", "[repair][rules]") {
  testing::RuleDir dir;
  dir.Write("mine.toml", R"(
[[confusion]]
id = "my.oe-six"
correct = "ø"
misreads = ["6"]

[[label]]
id = "my.economy"
ocr_tolerant = true
key = "economy"
role = "amounts"
pattern = '(?i)^søgning\s*:?$'
)");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  const LabelRule* mine = nullptr;
  for (const LabelRule& label : rules->labels) {
    if (label.id == "my.economy") mine = &label;
  }
  REQUIRE(mine != nullptr);
  CHECK(mine->pattern.Matches("S6gning:"));
  CHECK(mine->pattern.Matches("Sggning"));  // the shipped forms still count
}

TEST_CASE("an OCR-tolerant pattern finds the misread forms", "[repair][rules]") {
  Pattern economy = Tolerant("^Økonomi");
  for (const char* text : {"Økonomi", "@konomi", "0konomi", "Okonomi"}) {
    INFO(text);
    CHECK(economy.Matches(text));
  }
  CHECK_FALSE(economy.Matches("Xkonomi"));
  Result<Pattern> strict = Pattern::Compile("^Økonomi");
  REQUIRE(strict.ok());
  CHECK_FALSE(strict->Matches("@konomi"));

  // Quantifiers and groups keep working; (?i) still folds case.
  Pattern goal = Tolerant("(?i)^(?:mål|målsætning)\\s*(?P<year>(?:19|20)\\d\\d)?$");
  PatternMatch match;
  REQUIRE(goal.Find("Mal 2007", 0, &match));
  CHECK(match.Text("Mal 2007", match.groups[static_cast<size_t>(goal.GroupIndex("year"))]) ==
        "2007");
  CHECK(goal.Matches("Malsaetning"));
  CHECK(goal.Matches("MÅL 2010"));
  CHECK(Tolerant("Kø+benhavn").Matches("Kgbenhavn"));
}

using testing::RuleDir;

TEST_CASE("every rule kind with patterns honours ocr_tolerant", "[repair][rules]") {
  RuleDir dir;
  // The shipped confusions give the forms; the rules below are all there is.
  std::ifstream confusions(kShipped + "/confusions.toml");
  dir.Write("confusions.toml", std::string(std::istreambuf_iterator<char>(confusions), {}));
  dir.Write("ocr.toml", R"(
[[label]]
id = "my.economy"
ocr_tolerant = true
key = "economy"
role = "amounts"
pattern = '(?i)^økonomi\s*:?$'

[[section]]
id = "my.section"
ocr_tolerant = true
pattern = '^Indsats: (?P<name>Øget .*)$'

[[profile]]
id = "my.profile"
ocr_tolerant = true
require = ['Økonomiforvaltningen']

[[field]]
id = "my.administration"
ocr_tolerant = true
field = "administration"
pattern = '(?P<value>Økonomiforvaltningen)'

[[correction]]
id = "my.maal"
ocr_tolerant = true
pattern = 'mål(?P<end>et|ene)'
replacement = 'mål${end}'

[[stop]]
id = "my.stop"
pattern = '^Økonomi$'
)");
  RuleCheckReport report = CheckRuleDirs({dir.path()});
  for (const RuleProblem& problem : report.errors) INFO(problem.ToString());
  CHECK(report.errors.empty());
  Result<RuleSet> rules = LoadRuleSet({dir.path()});
  REQUIRE(rules.ok());
  CHECK(rules->labels.at(0).pattern.Matches("@konomi:"));
  CHECK(rules->sections.at(0).pattern.Matches("Indsats: Dget samarbejde"));
  CHECK(rules->profiles.at(0).require.at(0).Matches("i @konomiforvaltningen"));
  CHECK(rules->fields.at(0).pattern->Matches("Okonomiforvaltningen"));
  CHECK(rules->corrections.at(0).pattern->Matches("og malet med"));
  // Without the key a rule stays strict.
  CHECK_FALSE(rules->stops.at(0).pattern.Matches("@konomi"));
}

TEST_CASE("the shipped economy label and goal column tolerate OCR", "[repair][rules]") {
  Result<RuleSet> rules = LoadRuleSet({BILAG_SOURCE_DIR "/rules"});
  REQUIRE(rules.ok());
  bool economy = false, goal = false;
  for (const LabelRule& label : rules->labels) {
    if (label.id == "label.economy") economy = label.pattern.Matches("@konomi");
  }
  for (const ColumnRule& column : rules->columns) {
    if (column.id == "column.goal") goal = column.header.Matches("Mal 2007");
  }
  CHECK(economy);
  CHECK(goal);
}

}  // namespace
}  // namespace bilag
