// [[correction]] rules: whole-word literals, regexes with groups, word
// context, capitalisation kept, and a user's own rule folder.
#include "extractor/repair/corrections.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/repair/repair.h"
#include "extractor/rules/rule_loader.h"
#include "tests/repair/repair_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;

Pattern Compiled(const std::string& source) {
  Result<Pattern> pattern = Pattern::Compile(source);
  REQUIRE(pattern.ok());
  return pattern.value();
}

CorrectionRule Literal(const std::string& id, const std::string& literal,
                       const std::string& replacement) {
  CorrectionRule rule;
  rule.id = id;
  rule.literal = literal;
  rule.replacement = replacement;
  return rule;
}

CorrectionRule Regex(const std::string& id, const std::string& pattern,
                     const std::string& replacement) {
  CorrectionRule rule;
  rule.id = id;
  rule.pattern = Compiled(pattern);
  rule.replacement = replacement;
  return rule;
}

std::string Apply(const Corrector& corrector, std::string text,
                  std::vector<TextRepair>* repairs = nullptr) {
  std::vector<TextRepair> ignored;
  corrector.Apply(&text, repairs ? repairs : &ignored);
  return text;
}

TEST_CASE("a literal matches whole words, ignoring case, keeping capitals", "[repair]") {
  CorrectionRule rule = Literal("t.malet", "malet med", "målet med");
  Corrector corrector({rule});
  CHECK(Apply(corrector, "og malet med projektet") == "og målet med projektet");
  CHECK(Apply(corrector, "Malet med projektet") == "Målet med projektet");
  CHECK(Apply(corrector, "MALET MED PROJEKTET") == "MÅLET MED PROJEKTET");
  CHECK(Apply(corrector, "malet  med") == "målet med");  // any run of spaces
  CHECK(Apply(corrector, "hjemmalet med") == "hjemmalet med");
  CHECK(Apply(corrector, "malet medlem") == "malet medlem");
  CHECK(Apply(corrector, "huset er malet.") == "huset er malet.");
}

TEST_CASE("before and after look at the neighbouring words", "[repair]") {
  CorrectionRule rule = Literal("t.maal-year", "mal", "mål");
  rule.after = Compiled("^(?:19|20)\\d\\d$");
  Corrector corrector({rule});
  CHECK(Apply(corrector, "Mal 2007 Resultatkrav 2007") == "Mål 2007 Resultatkrav 2007");
  CHECK(Apply(corrector, "mal 2010:") == "mål 2010:");  // the neighbour loses its colon
  CHECK(Apply(corrector, "Mal") == "Mal");              // no word after it
  CHECK(Apply(corrector, "mal huset") == "mal huset");

  CorrectionRule vare = Literal("t.vaere", "vare", "være");
  vare.before = Compiled("^skal$");
  vare.after = Compiled("^med$");
  Corrector both({vare});
  CHECK(Apply(both, "foreninger skal vare med til") == "foreninger skal være med til");
  CHECK(Apply(both, "skal vare længe") == "skal vare længe");
  CHECK(Apply(both, "vil vare med") == "vil vare med");
}

TEST_CASE("a regex replacement fills in its groups", "[repair]") {
  Corrector bullet({Regex("t.bullet", "^(?:e|®)(?P<rest> +\\p{Lu})", "•${rest}")});
  CHECK(Apply(bullet, "e Ny maltalsvision") == "• Ny maltalsvision");
  CHECK(Apply(bullet, "®  Mangfoldighedsledelse") == "•  Mangfoldighedsledelse");
  CHECK(Apply(bullet, "en Ny") == "en Ny");

  Corrector groups({Regex("t.groups", "(\\d+) kr(?P<dot>\\.?)", "$1 kroner${dot}$$")});
  CHECK(Apply(groups, "ca. 300 kr. i alt") == "ca. 300 kroner.$ i alt");

  Corrector inside({Regex("t.maaling", "maling(?P<ending>en|er)?", "måling${ending}")});
  CHECK(Apply(inside, "resultatmalingen af") == "resultatmålingen af");
}

TEST_CASE("each change is recorded with the span it changed", "[repair]") {
  Corrector corrector({Literal("t.gget", "gget", "øget"), Literal("t.vakst", "vakst", "vækst")});
  std::vector<TextRepair> repairs;
  std::string text = Apply(corrector, "Dget? nej: gget vakst og gget", &repairs);
  CHECK(text == "Dget? nej: øget vækst og øget");
  REQUIRE(repairs.size() == 3);
  CHECK(repairs[0].from == "gget");
  CHECK(repairs[0].to == "øget");
  CHECK(repairs[0].rule == "t.gget");
  // Spans point into the final text, at what changed ("ø", not "øget").
  CHECK(text.substr(repairs[0].begin, repairs[0].end - repairs[0].begin) == "ø");
  CHECK(text.substr(repairs[2].begin, repairs[2].end - repairs[2].begin) == "æ");
}

TEST_CASE("capitalisation of the match carries to the replacement", "[repair]") {
  CHECK(KeepCapitalisation("arlig", "årlig") == "årlig");
  CHECK(KeepCapitalisation("Arlig", "årlig") == "Årlig");
  CHECK(KeepCapitalisation("ARLIG", "årlig") == "ÅRLIG");
  CHECK(KeepCapitalisation("® M", "• m") == "• M");
  CHECK(KeepCapitalisation("2007", "2007") == "2007");
}

using testing::RuleDir;

TEST_CASE("a user's folder adds a correction to the shipped ones", "[repair]") {
  RuleDir dir;
  dir.Write("fixes.toml", R"(
[[correction]]
id = "my.ligestilling"
description = "OCR lost the space in 'ligestilling i'"
literal = "ligestillingi"
replacement = "ligestilling i"

[[correction]]
id = "ocr.vaekst"   # the shipped rule's id: switched off here
enabled = false
literal = "vakst"
replacement = "vækst"
)");
  dir.Write("names.words", "Mimersgadekvareteret  # as the source spells it\n");
  Result<RuleSet> rules = LoadRuleSet({BILAG_SOURCE_DIR "/rules", dir.path()});
  REQUIRE(rules.ok());
  RepairOptions options;
  options.mode = RepairMode::kOn;
  Repairer repairer(*rules, options);

  Document doc;
  Page page;
  page.number = 1;
  for (const char* text : {"Tveergaende indsats for etnisk ligestillingi Kommunens",
                           "Forsgg med vakst og", "Mimersgadekvareteret har en relativ hgj"}) {
    Line line;
    line.text = text;
    page.lines.push_back(line);
  }
  page.Renumber();
  doc.pages.push_back(page);
  RepairReport report = repairer.Repair(&doc);

  CHECK(doc.pages[0].lines[0].text == "Tværgående indsats for etnisk ligestilling i Kommunens");
  CHECK(doc.pages[0].lines[1].text == "Forsøg med vakst og");  // the shipped fix is off
  CHECK(doc.pages[0].lines[2].text == "Mimersgadekvareteret har en relativ høj");
  REQUIRE_FALSE(doc.corrections.empty());
  CHECK(doc.corrections[0].from == "ligestillingi");
  CHECK(doc.corrections[0].to == "ligestilling i");
  CHECK(doc.corrections[0].rule == "my.ligestilling");
  CHECK(doc.corrections[0].page == 1);
  CHECK(doc.corrections[0].line == 1);
  CHECK(report.by_rule == 1);
  CHECK(report.unknown == 0);  // the user's word list knows the odd spelling
}

TEST_CASE("a correction needs a pattern or a literal, and a replacement", "[repair]") {
  RuleDir dir;
  dir.Write("bad.toml", R"(
[[correction]]
id = "my.empty"
replacement = "x"

[[correction]]
id = "my.both"
literal = "a"
pattern = 'b'
replacement = "c"
)");
  RuleCheckReport report = CheckRuleDirs({dir.path()});
  REQUIRE(report.errors.size() == 2);
  CHECK(report.errors[0].ToString().find("needs 'pattern' or 'literal'") != std::string::npos);
  CHECK(report.errors[1].ToString().find("not both") != std::string::npos);
}

}  // namespace
}  // namespace bilag
