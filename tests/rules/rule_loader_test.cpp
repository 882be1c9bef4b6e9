#include "extractor/rules/rule_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/values/amount.h"
#include "extractor/values/date.h"
#include "extractor/values/quantity.h"
#include "extractor/values/year.h"

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

// The report's errors as "FILE:LINE:COLUMN: message", sorted.
std::vector<std::string> SortedErrors(const RuleCheckReport& report) {
  std::vector<std::string> problems;
  for (const RuleProblem& problem : report.errors) problems.push_back(problem.ToString());
  std::sort(problems.begin(), problems.end());
  return problems;
}

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
  CHECK(rules.status().code() == ErrorCode::kRuleError);
}

TEST_CASE("a pattern RE2 cannot compile fails rules check and loading alike, with its place",
          "[rules]") {
  RuleDir dir;
  std::string file = dir.Write("labels.toml",
                               "[[label]]\n"
                               "id = \"a\"\n"
                               "key = \"goal\"\n"
                               "pattern = '\\pL{1,1000}'\n");
  RuleCheckReport report = CheckRuleDirs({dir.path()});
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].ToString() ==
        file + ":4:11: 'pattern': invalid regex: pattern too large - compile failed");
  // Loading for use compiles it too (it is too large for the parse's
  // budget), so no command runs with a rule that would match nothing.
  Result<RuleSet> rules = LoadRuleSet({dir.path()});
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.status().message().find(":4:11: 'pattern': invalid regex: pattern too large") !=
        std::string::npos);
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

// The shipped values.toml is what the value readers use without rules: a
// change to one without the other fails here.
TEST_CASE("the shipped [[money_scale]], [[currency]], ... rules are the built-in vocabulary",
          "[rules][vocabulary]") {
  Result<RuleSet> rules = LoadRuleSet({kShipped});
  REQUIRE(rules.ok());
  const ValueVocabulary& loaded = rules->vocabulary;
  const ValueVocabulary& builtin = BuiltinVocabulary();
  auto same_words = [](const VocabularyWords& a, const VocabularyWords& b) {
    CHECK(a.rule == b.rule);
    CHECK(a.words == b.words);
  };
  REQUIRE(loaded.scales.size() == builtin.scales.size());
  for (size_t i = 0; i < loaded.scales.size(); ++i) {
    same_words(loaded.scales[i], builtin.scales[i]);
    CHECK(loaded.scales[i].multiplier == builtin.scales[i].multiplier);
    CHECK(loaded.scales[i].needs_currency == builtin.scales[i].needs_currency);
  }
  REQUIRE(loaded.currencies.size() == builtin.currencies.size());
  for (size_t i = 0; i < loaded.currencies.size(); ++i) {
    same_words(loaded.currencies[i], builtin.currencies[i]);
    CHECK(loaded.currencies[i].multiplier == builtin.currencies[i].multiplier);
    CHECK(loaded.currencies[i].foreign == builtin.currencies[i].foreign);
    CHECK(loaded.currencies[i].before_words == builtin.currencies[i].before_words);
  }
  REQUIRE(loaded.percent_units.size() == builtin.percent_units.size());
  for (size_t i = 0; i < loaded.percent_units.size(); ++i) {
    same_words(loaded.percent_units[i], builtin.percent_units[i]);
    CHECK(loaded.percent_units[i].points == builtin.percent_units[i].points);
  }
  REQUIRE(loaded.approximate.size() == builtin.approximate.size());
  for (size_t i = 0; i < loaded.approximate.size(); ++i) {
    same_words(loaded.approximate[i], builtin.approximate[i]);
  }
  REQUIRE(loaded.per_year.size() == builtin.per_year.size());
  for (size_t i = 0; i < loaded.per_year.size(); ++i) {
    same_words(loaded.per_year[i], builtin.per_year[i]);
  }
  REQUIRE(loaded.comparators.size() == builtin.comparators.size());
  for (size_t i = 0; i < loaded.comparators.size(); ++i) {
    same_words(loaded.comparators[i], builtin.comparators[i]);
    CHECK(loaded.comparators[i].comparator == builtin.comparators[i].comparator);
    CHECK(loaded.comparators[i].after_words == builtin.comparators[i].after_words);
  }
  REQUIRE(loaded.year_anchors.size() == builtin.year_anchors.size());
  for (size_t i = 0; i < loaded.year_anchors.size(); ++i) {
    same_words(loaded.year_anchors[i], builtin.year_anchors[i]);
    CHECK(loaded.year_anchors[i].anchor == builtin.year_anchors[i].anchor);
  }
  // The calendar and number words: each group's words, and what it means.
  auto same_groups = [&](const auto& a, const auto& b, auto same_meaning) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      same_words(a[i], b[i]);
      same_meaning(a[i], b[i]);
    }
  };
  same_groups(loaded.months, builtin.months,
              [](const MonthWords& a, const MonthWords& b) { CHECK(a.month == b.month); });
  same_groups(loaded.weekdays, builtin.weekdays,
              [](const VocabularyWords&, const VocabularyWords&) {});
  same_groups(loaded.number_words, builtin.number_words,
              [](const NumberWords& a, const NumberWords& b) { CHECK(a.value == b.value); });
  // Every month has its words, and the layout's default month words are the
  // shipped ones.
  REQUIRE(loaded.months.size() == 12);
  for (size_t i = 0; i < loaded.months.size(); ++i)
    CHECK(loaded.months[i].month == static_cast<int>(i) + 1);
  CHECK(LayoutOptions().month_words == MonthWordsOf(loaded));
}

// An archive that writes "mart." for March: with the word in a [[month]]
// rule its dates read, "ultimo mart. 2014" is the end of 2014, and its
// letter's dateline is no title; without it none of these.
TEST_CASE("a user's [[month]] word reads dates, anchors years and marks a dateline",
          "[rules][vocabulary][date]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[month]]\n"
            "id = \"month.march\"\n"
            "number = 3\n"
            "words = [\"marts\", \"mar.\", \"Mart.\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  const ValueVocabulary& vocabulary = rules->vocabulary;

  std::vector<DateMatch> dates = FindDates("Mødet den 23. mart. 2010 i udvalget", vocabulary);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].iso == "2010-03-23");
  CHECK(dates[0].text == "23. mart. 2010");
  CHECK(FindDates("Mødet den 23. mart. 2010 i udvalget").empty());
  Result<std::string> iso = ParseDate("23. Mart. 2010", vocabulary);
  REQUIRE(iso.ok());
  CHECK(*iso == "2010-03-23");
  CHECK_FALSE(ParseDate("23. Mart. 2010").ok());
  // The shipped words stay.
  CHECK(ParseDate("23. marts 2010", vocabulary).ok());

  std::vector<YearMention> mentions = FindYears("Status ultimo mart. 2014", vocabulary);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].anchor == YearAnchor::kEndOf);
  mentions = FindYears("Status ultimo mart. 2014");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].anchor != YearAnchor::kEndOf);

  // A letter's head: the dateline names a year above the title.
  const std::string letter =
      "Københavns Kommune\n\nKøbenhavn, 9. mart. 2013\n\n"
      "Handleplan for integration i Socialforvaltningen 2013-2014\n\n"
      "Socialforvaltningen arbejder fortsat for, at medarbejdersammensætningen afspejler "
      "borgerne.\n";
  auto title_of = [&](const LayoutOptions& options) {
    IngestOptions ingest;
    ingest.ocr.mode = OcrMode::kNever;
    Result<Document> doc = IngestBytes("letter.txt", letter, ingest);
    REQUIRE(doc.ok());
    AnalyseLayout(&*doc, options);
    std::string title;
    for (const Line& line : doc->pages[0].lines) {
      if (line.role == LineRole::kTitle) title += line.text;
    }
    return title;
  };
  LayoutOptions options;
  options.month_words = MonthWordsOf(vocabulary);
  CHECK(title_of(options) == "Handleplan for integration i Socialforvaltningen 2013-2014");
  CHECK(title_of(LayoutOptions()) == "København, 9. mart. 2013");
}

// "mandag", "tre" are the shipped words; an archive's "Man." and "tretten"
// are the user's.
TEST_CASE("a user's [[weekday]] and [[number_word]] words are read before a date and as a count",
          "[rules][vocabulary][date]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[weekday]]\n"
            "id = \"my.weekday-short\"\n"
            "words = [\"man.\", \"tirs.\"]\n"
            "[[number_word]]\n"
            "id = \"my.thirteen\"\n"
            "value = 13\n"
            "words = [\"tretten\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  Result<std::string> iso = ParseDate("Man. den 23. marts 2010", rules->vocabulary);
  REQUIRE(iso.ok());
  CHECK(*iso == "2010-03-23");
  CHECK_FALSE(ParseDate("Man. den 23. marts 2010").ok());
  CHECK(ParseDate("mandag den 23. marts 2010", rules->vocabulary).ok());

  Target target;
  ApplyQuantity("Mindst tretten projekter gennemføres", &target, rules->vocabulary);
  CHECK(target.value == 13);
  CHECK(target.comparator == Comparator::kAtLeast);
  target = {};
  ApplyQuantity("Mindst tretten projekter gennemføres", &target, BuiltinVocabulary());
  CHECK_FALSE(target.value.has_value());
  ApplyQuantity("Mindst tre projekter gennemføres", &target, rules->vocabulary);
  CHECK(target.value == 3);
}

TEST_CASE("[[month]], [[weekday]] and [[number_word]] rules with bad keys name their file and line",
          "[rules][vocabulary][date]") {
  RuleDir dir;
  dir.Write("bad.toml",
            "[[month]]\n"
            "id = \"my.month\"\n"
            "number = 13\n"
            "words = [\"x\"]\n"
            "[[number_word]]\n"
            "id = \"my.number\"\n"
            "value = \"tretten\"\n"
            "words = []\n"
            "[[weekday]]\n"
            "id = \"my.weekday\"\n"
            "word = [\"man.\"]\n"
            "[[month]]\n"
            "id = \"my.other-month\"\n"
            "words = [\"y\"]\n");
  const std::vector<std::string> problems = SortedErrors(CheckRuleDirs({kShipped, dir.path()}));
  std::string all;
  for (const std::string& problem : problems) all += problem + "\n";
  INFO(all);
  REQUIRE(problems.size() == 6);
  CHECK(problems[0].ends_with("bad.toml:11:1: unknown key 'word'"));
  CHECK(problems[1].ends_with("bad.toml:12:1: missing key 'number'"));
  CHECK(problems[2].ends_with("bad.toml:3:10: 'number' must be a month's number, 1 to 12"));
  CHECK(problems[3].ends_with("bad.toml:5:1: 'words' must list at least one word"));
  CHECK(problems[4].ends_with("bad.toml:7:9: 'value' must be a whole number, 0 or more"));
  CHECK(problems[5].ends_with("bad.toml:9:1: 'words' must list at least one word"));
}

// An archive's own (here archaic) words before a year: "ifra 2009" is where a
// count starts, so the target is for the other year; "ved Aarets Udgang" is
// the end of the year.
TEST_CASE("a user's [[year_anchor]] words change the year a target is for",
          "[rules][vocabulary][year]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[year_anchor]]\n"
            "id = \"my.since\"\n"
            "kind = \"since\"\n"
            "words = [\"ifra\"]\n"
            "[[year_anchor]]\n"
            "id = \"my.end-of\"\n"
            "kind = \"end_of\"\n"
            "words = [\"ved Aarets Udgang\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  const std::string sentence = "Mindst 40 L\u00e6rlinge udi Aaret 2012, regnet ifra 2009";
  Target target;
  ApplyQuantity(sentence, &target, rules->vocabulary);
  CHECK(target.value == 40);
  CHECK(target.year == 2012);
  target = {};
  ApplyQuantity(sentence, &target, BuiltinVocabulary());
  CHECK(target.year == 2009);  // without the rule "ifra" is no word: the last bare year

  std::vector<YearMention> mentions = FindYears("Status ved Aarets Udgang 2014", rules->vocabulary);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].anchor == YearAnchor::kEndOf);
  CHECK(mentions[0].text == "ved Aarets Udgang 2014");
  // The shipped words stay.
  mentions = FindYears("ultimo 2014", rules->vocabulary);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].anchor == YearAnchor::kEndOf);
}

TEST_CASE("[[year_anchor]] rules with a bad kind or missing keys name their file and line",
          "[rules][vocabulary][year]") {
  RuleDir dir;
  dir.Write("bad.toml",
            "[[year_anchor]]\n"
            "id = \"my.anchor\"\n"
            "kind = \"ending\"\n"
            "words = [\"ved udgang\"]\n"
            "[[year_anchor]]\n"
            "id = \"my.other\"\n"
            "word = [\"omkring\"]\n");
  const std::vector<std::string> problems = SortedErrors(CheckRuleDirs({kShipped, dir.path()}));
  REQUIRE(problems.size() == 4);
  CHECK(
      problems[0].ends_with("bad.toml:3:8: 'kind' must be one of: end_of, for, in, middle, "
                            "period, since, start_of, until, year"));
  CHECK(problems[1].ends_with("bad.toml:5:1: 'words' must list at least one word"));
  CHECK(problems[2].ends_with("bad.toml:5:1: missing key 'kind'"));
  CHECK(problems[3].ends_with("bad.toml:7:1: unknown key 'word'"));
}

TEST_CASE("a user's vocabulary rules teach the value readers new words without recompiling",
          "[rules][vocabulary]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[money_scale]]\n"
            "id = \"my.mn\"\n"
            "words = [\"Mn.\"]\n"
            "multiplier = 1000000\n"
            "[[comparator]]\n"
            "id = \"comparator.at-least\"\n"
            "comparator = \"at_least\"\n"
            "words = [\"som det mindste\"]\n"
            "[[approximate]]\n"
            "id = \"amount.approximate\"\n"
            "enabled = false\n"
            "words = [\"ca.\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  AmountOptions options;
  options.vocabulary = &rules->vocabulary;

  std::vector<FoundAmount> amounts = FindAmounts("Der afsættes 2,5 mn. kr. i 2013.", options);
  REQUIRE(amounts.size() == 1);
  CHECK(amounts[0].dkk == 2500000);
  CHECK(amounts[0].rule == "my.mn");
  CHECK(FindAmounts("Der afsættes 2,5 mn. kr. i 2013.").empty());  // not a built-in word

  // The replaced comparator knows only its new words; the switched-off
  // approximation words are gone.
  Target target;
  ApplyQuantity("som det mindste 40 deltagere", &target, rules->vocabulary);
  CHECK(target.comparator == Comparator::kAtLeast);
  ApplyQuantity("mindst 40 deltagere", &target, rules->vocabulary);
  CHECK(target.comparator == Comparator::kNone);
  amounts = FindAmounts("ca. 2 mio. kr.", options);
  REQUIRE(amounts.size() == 1);
  CHECK_FALSE(amounts[0].approximate);
}

TEST_CASE("vocabulary rules with missing words or a bad comparator name their file and line",
          "[rules][vocabulary]") {
  RuleDir dir;
  dir.Write("bad.toml",
            "[[money_scale]]\n"
            "id = \"my.scale\"\n"
            "words = []\n"
            "multiplier = 1\n"
            "[[comparator]]\n"
            "id = \"my.comparator\"\n"
            "comparator = \"more\"\n"
            "words = [\"flere\"]\n");
  const std::vector<std::string> problems = SortedErrors(CheckRuleDirs({kShipped, dir.path()}));
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].ends_with("bad.toml:1:1: 'multiplier' must be 2 or more"));
  CHECK(problems[1].ends_with("bad.toml:1:1: 'words' must list at least one word"));
  CHECK(problems[2].ends_with(
      "bad.toml:5:1: 'comparator' must be \"at_least\", \"at_most\" or \"equal\""));
}

// The shipped lists.toml and tables.toml are what the callers without rules
// use (the stages' default options): a change to one without the other fails.
TEST_CASE("the shipped [[list_marker]] rules are the built-in list markers", "[rules][lists]") {
  Result<RuleSet> rules = LoadRuleSet({kShipped});
  REQUIRE(rules.ok());
  CHECK(rules->list_markers.signs == BuiltinListMarkers().signs);
  CHECK(rules->list_markers.letters == BuiltinListMarkers().letters);
  CHECK(rules->table_note_words == BuiltinTableNoteWords());
}

TEST_CASE("a user's [[table_note]] adds note words; bad keys name their file and line",
          "[rules][tables]") {
  RuleDir dir;
  dir.Write("notes.toml",
            "[[table_note]]\n"
            "id = \"my.notes\"\n"
            "words = [\"Bem\u00e6rk\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  CHECK(rules->table_note_words.back() == "Bem\u00e6rk");
  CHECK(rules->table_note_words.front() == "Note");  // the shipped words stay
  RuleDir bad;
  bad.Write("bad.toml",
            "[[table_note]]\n"
            "id = \"my.notes\"\n"
            "word = [\"Bem\u00e6rk\"]\n");
  const std::vector<std::string> problems = SortedErrors(CheckRuleDirs({kShipped, bad.path()}));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].ends_with("bad.toml:1:1: 'words' must list at least one word"));
  CHECK(problems[1].ends_with("bad.toml:3:1: unknown key 'word'"));
}

TEST_CASE("a user's [[percent_unit]] makes a target's quantity a percentage",
          "[rules][vocabulary]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[percent_unit]]\n"
            "id = \"my.percent\"\n"
            "kind = \"percent\"\n"
            "words = [\"procentdel\"]\n"
            "[[percent_unit]]\n"
            "id = \"my.points\"\n"
            "kind = \"percentage_point\"\n"
            "words = [\"pp.\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  Target target;
  ApplyQuantity("Mindst 40 procentdel af borgerne er i job", &target, rules->vocabulary);
  CHECK(target.unit == TargetUnit::kPercent);
  CHECK(target.value == 40);
  target = {};
  ApplyQuantity("Ledigheden falder med 2 pp. i 2015", &target, rules->vocabulary);
  CHECK(target.unit == TargetUnit::kPercentagePoints);
  CHECK(target.value == 2);
  // Without the rules the words are no unit.
  target = {};
  ApplyQuantity("Mindst 40 procentdel af borgerne er i job", &target, BuiltinVocabulary());
  CHECK(target.unit != TargetUnit::kPercent);
}

TEST_CASE("a user's [[list_marker]] is a list marker for the stages that get the rules",
          "[rules][lists]") {
  RuleDir dir;
  dir.Write("my.toml",
            "[[list_marker]]\n"
            "id = \"my.arrow\"\n"
            "signs = [\"\u25ba\", \"\u2713\"]\n");
  Result<RuleSet> rules = LoadRuleSet({kShipped, dir.path()});
  REQUIRE(rules.ok());
  CHECK(IsListMarker("\u25ba", rules->list_markers));
  CHECK(IsBulletGlyphs("\u2713", rules->list_markers));
  CHECK(IsListMarker("-", rules->list_markers));  // the shipped bullets stay
  CHECK_FALSE(IsListMarker("\u25ba", BuiltinListMarkers()));
}

TEST_CASE("[[percent_unit]] and [[list_marker]] rules with bad keys name their file and line",
          "[rules][vocabulary][lists]") {
  RuleDir dir;
  dir.Write("bad.toml",
            "[[percent_unit]]\n"
            "id = \"my.unit\"\n"
            "kind = \"promille\"\n"
            "words = [\"promille\"]\n"
            "[[percent_unit]]\n"
            "id = \"my.other\"\n"
            "words = [\"pct.\"]\n"
            "[[list_marker]]\n"
            "id = \"my.marker\"\n"
            "signs = [\"a)\"]\n"
            "[[list_marker]]\n"
            "id = \"my.empty\"\n");
  const std::vector<std::string> problems = SortedErrors(CheckRuleDirs({kShipped, dir.path()}));
  REQUIRE(problems.size() == 4);
  CHECK(problems[0].ends_with("bad.toml:11:1: a list marker needs 'signs' or 'letters'"));
  CHECK(problems[1].ends_with("bad.toml:3:8: 'kind' must be one of: percent, percentage_point"));
  CHECK(problems[2].ends_with("bad.toml:5:1: missing key 'kind'"));
  CHECK(problems[3].ends_with(
      "bad.toml:8:1: 'signs' must be signs, without letters, digits or spaces ('a)'); put "
      "letters in 'letters'"));
}

}  // namespace
}  // namespace bilag
