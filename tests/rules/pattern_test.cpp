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

TEST_CASE("\\w is a letter, digit or _ of the Latin script's blocks", "[pattern]") {
  // [\p{L}\p{N}_] up to U+024F: Latin-1's letters and number signs, Latin
  // Extended-A and -B; not Greek or Cyrillic, which \pL still matches.
  Pattern word = Compiled(R"(^\w+$)");
  CHECK(word.Matches("Åbenrå_m²½ªµĳŋƒǅȳ"));
  CHECK_FALSE(word.Matches("α"));
  CHECK_FALSE(word.Matches("Москва"));
  CHECK_FALSE(word.Matches("ɐ"));  // U+0250, the first letter past Latin Extended-B
  CHECK_FALSE(word.Matches("×"));  // U+00D7 and U+00F7 sit among Latin-1's letters
  CHECK(Compiled(R"(^[\w]+$)").Matches("Ærø2"));
  CHECK(Compiled(R"(^\W$)").Matches("α"));
  CHECK(Compiled(R"(^\pL+$)").Matches("αβγ"));
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

TEST_CASE("a pattern is parsed when made and compiled on first use", "[pattern]") {
  // The parse alone gives RE2's own message for a bad pattern, as a compile would.
  Result<Pattern> parsed = Pattern::Compile("(unclosed");
  Result<Pattern> compiled = Pattern::Compile("(unclosed", {.compile_now = true});
  REQUIRE_FALSE(parsed.ok());
  REQUIRE_FALSE(compiled.ok());
  CHECK(parsed.status().message() == "invalid regex: missing ): (unclosed");
  CHECK(compiled.status().message() == parsed.status().message());

  // Named groups are known before any compile.
  Result<Pattern> year = Pattern::Compile(R"(år (?P<year>\d{4}))");
  REQUIRE(year.ok());
  CHECK(year->GroupIndex("year") == 0);
  PatternMatch match;
  REQUIRE(year->Find("i år 2024", 0, &match));
  CHECK(match.Text("i år 2024", match.groups[0]) == "2024");

  // RE2 parses \pL{1,1000} but cannot compile it within its memory limit.
  // Its repetition count says it might not fit, so it is compiled at once
  // and loading fails as for any bad pattern; it never loads to match
  // nothing.
  Result<Pattern> huge = Pattern::Compile(R"(\pL{1,1000})");
  REQUIRE_FALSE(huge.ok());
  CHECK(huge.status().message() == "invalid regex: pattern too large - compile failed");
  Result<Pattern> huge_now = Pattern::Compile(R"(\pL{1,1000})", {.compile_now = true});
  REQUIRE_FALSE(huge_now.ok());
  CHECK(huge_now.status().message() == "invalid regex: pattern too large - compile failed");
}

TEST_CASE("loading parses Unicode properties as \\d and checks each name once", "[pattern]") {
  // The parse check's stand-in: a property is an atom as \d is, inside a
  // class too; text between \Q and \E is literal and stays.
  std::vector<std::string> properties;
  CHECK(PropertiesAsDigits(R"((?P<pre>^|[^\p{L}])\p{Lu}\pL+\PN\pæ\Q\pL\E\\pL)", &properties) ==
        R"((?P<pre>^|[^\d])\d\d+\d\d\Q\pL\E\\pL)");
  CHECK(properties ==
        std::vector<std::string>{R"(\p{L})", R"(\p{Lu})", R"(\pL)", R"(\PN)", "\\pæ"});

  // What loading says of a pattern is what RE2 says of it as written: its
  // groups, an unknown property, and messages that quote the pattern.
  Result<Pattern> groups = Pattern::Compile(R"((?P<head>\p{Lu}\pL*)-(?P<tail>[\p{Ll}\d]+))");
  REQUIRE(groups.ok());
  CHECK(groups->GroupIndex("head") == 0);
  CHECK(groups->GroupIndex("tail") == 1);
  PatternMatch match;
  REQUIRE(groups->Find("Ærø-øer2", 0, &match));
  CHECK(match.Text("Ærø-øer2", match.groups[1]) == "øer2");
  Result<Pattern> unknown = Pattern::Compile(R"(^\p{Danish}+$)");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() ==
        R"(invalid regex: invalid character class range: \p{Danish})");
  Result<Pattern> unclosed = Pattern::Compile(R"((\p{Lu}\pL+)");
  REQUIRE_FALSE(unclosed.ok());
  CHECK(unclosed.status().message() == R"(invalid regex: missing ): (\p{Lu}\pL+)");
  Result<Pattern> range_end = Pattern::Compile(R"([a-\pL])");
  REQUIRE_FALSE(range_end.ok());
  CHECK(range_end.status().message() == R"(invalid regex: invalid escape sequence: \p)");
}

TEST_CASE("loading compiles only the patterns that might not fit RE2's budget", "[pattern]") {
  // A rule's usual pattern (letters, \w, a year) cannot be too large: it
  // waits for its first use, so a command that never uses it never pays.
  Result<Pattern> usual = Pattern::Compile(R"((?i)^\s*(?:mål|delmål)\s*\w*:?\s+(\d{4}))");
  REQUIRE(usual.ok());
  CHECK_FALSE(usual->IsCompiled());
  CHECK(usual->Matches("Mål: 2024"));
  CHECK(usual->IsCompiled());

  // Without any repetition count, 600 Unicode properties are more than RE2
  // compiles (each is ~1200 instructions): too many to wait, so loading
  // reports it.
  std::string properties;
  for (int i = 0; i < 600; ++i) properties += R"(\pL)";
  Result<Pattern> many = Pattern::Compile(properties);
  REQUIRE_FALSE(many.ok());
  CHECK(many.status().message() == "invalid regex: pattern too large - compile failed");
  // 300 of them fit; the bound cannot promise it, so they are compiled now.
  Result<Pattern> fewer = Pattern::Compile(properties.substr(0, properties.size() / 2));
  REQUIRE(fewer.ok());
  CHECK(fewer->IsCompiled());

  // Repetition counts multiply what they repeat, nested or not.
  Result<Pattern> nested = Pattern::Compile(R"((?:(?:\w{1,10}-){1,10})x)");
  REQUIRE(nested.ok());
  CHECK(nested->IsCompiled());
  Result<Pattern> small_count = Pattern::Compile(R"(\w+ \d{1,3}(?:\.\d{3}){0,3})");
  REQUIRE(small_count.ok());
  CHECK_FALSE(small_count->IsCompiled());
  // A '{' that opens no count is a literal and copies nothing.
  Result<Pattern> literal_brace = Pattern::Compile(R"(\w+\{x\} {a} \p{Lu})");
  REQUIRE(literal_brace.ok());
  CHECK_FALSE(literal_brace->IsCompiled());
}

TEST_CASE("\\b next to a Danish letter is flagged, elsewhere not", "[pattern]") {
  CHECK(PatternPortabilityNotes(R"(\bårhus\b)").size() == 1);
  CHECK(PatternPortabilityNotes(R"(\bKøbenhavn)").empty());
  CHECK(PatternPortabilityNotes(R"(\bAarhus\b)").empty());
}

}  // namespace
}  // namespace bilag
