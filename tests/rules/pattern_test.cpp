#include "extractor/rules/pattern.h"

#include <catch2/catch.hpp>

namespace bilag {
namespace {

Pattern Compiled(const std::string& source) {
  Result<Pattern> pattern = Pattern::Compile(source);
  REQUIRE(pattern.ok());
  return std::move(pattern).value();
}

TEST_CASE("\\w matches Danish letters, unlike plain RE2", "[pattern]") {
  Pattern word = Compiled(R"(^\w+$)");
  CHECK(word.Matches("Økonomiforvaltningen"));
  CHECK(word.Matches("målgruppe"));
  CHECK_FALSE(word.Matches("mål gruppe"));
  Pattern in_class = Compiled(R"(^[\w-]+$)");
  CHECK(in_class.Matches("Beskæftigelses-"));
  Pattern non_word = Compiled(R"(mål\Wgruppe)");
  CHECK(non_word.Matches("mål gruppe"));
  CHECK_FALSE(non_word.Matches("målågruppe"));
}

TEST_CASE("a literal hyphen or quote also matches its typographic forms", "[pattern]") {
  Pattern dash = Compiled("Integrationsprojekter - samlet");
  CHECK(dash.Matches("Integrationsprojekter – samlet beløb"));
  CHECK(dash.Matches("Integrationsprojekter - samlet beløb"));
  CHECK(dash.Matches("Integrationsprojekter — samlet beløb"));
  Pattern quote = Compiled(R"("ikke-vestlig baggrund")");
  CHECK(quote.Matches("andelen med ”ikke-vestlig baggrund”"));
  // Inside a class the hyphen keeps its meaning as a range.
  Pattern range = Compiled("^[a-c]+$");
  CHECK(range.Matches("abc"));
  CHECK_FALSE(range.Matches("a-c"));
}

TEST_CASE("(?i) folds Danish capitals", "[pattern]") {
  CHECK(Compiled("(?i)økonomi").Matches("ØKONOMI"));
  CHECK(Compiled("(?i)^Målgruppe$").Matches("MÅLGRUPPE"));
}

TEST_CASE("Find reports groups by name with byte offsets", "[pattern]") {
  Pattern pattern = Compiled(R"(Sagsnr\.\s*(?P<value>\d{4}-\d+))");
  std::string text = "Dato\nSagsnr.\n2010-32472\n";
  PatternMatch match;
  REQUIRE(pattern.Find(text, 0, &match));
  int value = pattern.GroupIndex("value");
  REQUIRE(value == 0);
  CHECK(match.Text(text, match.groups[0]) == "2010-32472");
  CHECK(match.groups[0].begin == 13);
  CHECK(pattern.GroupIndex("missing") == -1);
}

TEST_CASE("FindAll advances past empty matches without splitting a letter", "[pattern]") {
  Pattern empty = Compiled("x*");
  std::vector<PatternMatch> matches = empty.FindAll("æø");
  CHECK(matches.size() == 3);  // before æ, before ø, at the end
}

TEST_CASE("an invalid regex is an error with RE2's reason", "[pattern]") {
  Result<Pattern> bad = Pattern::Compile("(?<name>x)");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == ErrorCode::kRuleRegex);
  CHECK(bad.status().message().find("invalid") != std::string::npos);
}

TEST_CASE("\\b next to a Danish letter is flagged, elsewhere not", "[pattern]") {
  CHECK(PatternPortabilityNotes(R"(\bårhus\b)").size() == 1);
  CHECK(PatternPortabilityNotes(R"(\bKøbenhavn)").empty());
  CHECK(PatternPortabilityNotes(R"(\bAarhus\b)").empty());
}

}  // namespace
}  // namespace bilag
