// The rules' vocabulary reaches the layout stage: a bullet a user adds in a
// rule folder ([[list_marker]]) makes `bilag text --layout` read lines that
// start with it as list items, as the shipped bullets do; a word a user adds as a
// [[table_note]] ends a table above the note. Without the folder the same
// inputs read as before. A bad key in such a rule names its file and line.
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::kSource;
using bilag::testing::ReadFile;
using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;
namespace fs = std::filesystem;

const std::string kArrow = "\u25ba";

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A folder that adds "►" to the shipped bullets and "Bemærk" to the shipped
// table note words.
fs::path WriteUserRules(const TempDir& dir) {
  dir.Write("my-rules/lists.toml",
            "[[list_marker]]\n"
            "id = \"my.arrow\"\n"
            "signs = [\"" +
                kArrow + "\"]\n");
  dir.Write("my-rules/tables.toml",
            "[[table_note]]\n"
            "id = \"my.notes\"\n"
            "words = [\"Bemærk\"]\n");
  return dir.path() / "my-rules";
}

RunResult Layout(const fs::path& input, const fs::path& rules = {}) {
  if (rules.empty()) return Run({"text", "--layout", input.string()});
  return Run({"text", "--layout", "--rules", rules.string(), input.string()});
}

TEST_CASE("a user's [[list_marker]] makes text --layout read list items", "[cli][lists]") {
  TempDir dir;
  const fs::path rules = WriteUserRules(dir);
  const fs::path input = dir.Write("plan.txt",
                                   "Handleplan for beskæftigelse 2015\n"
                                   "\n"
                                   "Forvaltningen vil i 2015 arbejde med disse indsatser, som "
                                   "udvalget\n"
                                   "besluttede på sit møde i december:\n"
                                   "\n" +
                                       kArrow + " Flere unge i uddannelse og job\n" + kArrow +
                                       " Færre borgere på kontanthjælp\n"
                                       "\n"
                                       "Indsatserne følges op hvert kvartal.\n");
  RunResult shipped = Layout(input);
  REQUIRE(shipped.exit_code == 0);
  CHECK_FALSE(Contains(shipped.out, "list_item|"));
  RunResult mine = Layout(input, rules);
  REQUIRE(mine.exit_code == 0);
  CHECK(Contains(mine.out, "list_item| " + kArrow + " Flere unge i uddannelse og job\n"));
  CHECK(Contains(mine.out, "list_item| " + kArrow + " Færre borgere på kontanthjælp\n"));
}

// status_caption_groups_spaced.txt (see text_grid_test) with its dash
// bullets set as arrows: with the arrow a marker, the table reads exactly as
// the original does with the shipped dash ("Indsatsen skal bidrage til, ..."
// goes on in its name's row, as a further item "► 15 procent af ..." below an
// item of the same cell starts no row); without it, a row splits there.
TEST_CASE("a user's [[table_note]] word ends the table above the note", "[cli][tables]") {
  TempDir dir;
  const fs::path rules = WriteUserRules(dir);
  const std::string table =
      "Budget for indsatserne\n"
      "\n"
      "Indsats                              2014        2015        2016\n"
      "\n"
      "Mentorordning for nyledige          1.200       1.400       1.500\n"
      "\n"
      "Lektiecafé for elever i             300         350         400\n"
      "udskolingen\n"
      "\n";
  const fs::path shipped_word = dir.Write("kilde.txt", table + "Kilde: egne tal\n");
  const fs::path user_word = dir.Write("bemaerk.txt", table + "Bemærk: egne tal\n");
  // A note below the table's last row, as far down as its rows are apart.
  const std::string below = "+\n\nBemærk: egne tal\n";
  const std::string in_cell = "| Bemærk: egne tal ";
  RunResult kilde = Layout(shipped_word);
  CHECK(Contains(kilde.out, "+\n\nKilde: egne tal\n"));
  RunResult shipped = Layout(user_word);
  CHECK(Contains(shipped.out, in_cell));
  RunResult mine = Layout(user_word, rules);
  CHECK(Contains(mine.out, below));
  CHECK_FALSE(Contains(mine.out, in_cell));
}

TEST_CASE("[[list_marker]] and [[table_note]] rules with bad keys name file and line",
          "[cli][lists][tables]") {
  TempDir dir;
  dir.Write("bad-rules/mine.toml",
            "[[list_marker]]\n"
            "id = \"my.arrow\"\n"
            "sign = [\"" +
                kArrow +
                "\"]\n"
                "\n"
                "[[table_note]]\n"
                "id = \"my.notes\"\n"
                "word = [\"Bemærk\"]\n");
  RunResult r = Run({"rules", "check", (dir.path() / "bad-rules").string()});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.out + r.err, "mine.toml:3:1: unknown key 'sign'"));
  CHECK(Contains(r.out + r.err, "mine.toml:7:1: unknown key 'word'"));
}

}  // namespace
