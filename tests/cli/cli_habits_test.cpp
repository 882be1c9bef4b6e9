// The command line's everyday habits, on the real binary: a misspelt command
// is named with the nearest one, `bilag help [COMMAND]`, -V, placeholders
// that say what goes there, CLI11's errors in the `bilag: ...` form, the
// password from a file or the environment, --color with NO_COLOR and
// TERM=dumb, and the shipped rules' search order in --help.
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/cli/cli_test_util.h"

namespace {

using bilag::testing::CountLines;
using bilag::testing::kBilag;
using bilag::testing::kPdfs;
using bilag::testing::kSeeds;
using bilag::testing::Quote;
using bilag::testing::ReadFile;
using bilag::testing::Run;
using bilag::testing::RunResult;
using bilag::testing::TempDir;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kSeed004 = kSeeds + "004_d1d70512bbcf75c7.txt";
const std::string kEncrypted = kPdfs + "encrypted.pdf";
const std::string kPassword = "hemmelig";
// What encrypted.pdf says once opened.
const std::string kEncryptedText = "Bilag";
const std::string kColourEscape = "\033[";

// Every command as typed after `bilag`.
const std::vector<std::vector<std::string>> kCommands = {
    {"text"},   {"extract"}, {"rules", "check"}, {"rules", "test"}, {"explain"},
    {"report"}, {"import"},  {"export"},         {"merge"},         {"help"}};

// Runs `bilag args` on a pseudo-terminal (script(1)), as a person at a
// terminal would, with `env` set; returns what the terminal showed. script
// copies nothing at all with its own input closed: it reads /dev/null.
std::string RunOnTerminal(const std::vector<std::string>& env,
                          const std::vector<std::string>& args) {
  std::string inner = "env";
  for (const std::string& variable : env) inner += " " + Quote(variable);
  inner += " " + Quote(kBilag);
  for (const std::string& arg : args) inner += " " + Quote(arg);
  TempDir dir;
  const std::string out = (dir.path() / "out").string();
  std::string command =
      "script -qec " + Quote(inner) + " /dev/null >" + Quote(out) + " 2>&1 </dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  return ReadFile(out);
}

TEST_CASE("a misspelt command is named with the nearest one", "[cli][habits]") {
  RunResult r = Run({"extrct", kSeed004});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "bilag: unknown command 'extrct'; did you mean 'extract'?\n");

  r = Run({"rules", "chekc"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "bilag: unknown command 'rules chekc'; did you mean 'rules check'?\n");

  // Options before the command, with their values, are no command.
  r = Run({"--color", "never", "exrtact", kSeed004});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "unknown command 'exrtact'; did you mean 'extract'?"));
}

TEST_CASE("a word far from every command lists the commands", "[cli][habits]") {
  RunResult r = Run({"frobnicate"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "bilag: unknown command 'frobnicate'; the commands are text, extract,"));
  CHECK(Contains(r.err, "help"));
}

TEST_CASE("bilag help prints the app's help, help CMD the command's", "[cli][habits]") {
  RunResult app = Run({"help"});
  CHECK(app.exit_code == 0);
  CHECK(Contains(app.out, "Usage: bilag [OPTIONS] SUBCOMMAND"));
  CHECK(Contains(app.out, "extract"));
  CHECK(app.out == Run({"--help"}).out);

  RunResult extract = Run({"help", "extract"});
  CHECK(extract.exit_code == 0);
  CHECK(Contains(extract.out, "Usage: bilag extract [OPTIONS] FILE..."));
  CHECK(Contains(extract.out, "--split-bilag"));
  CHECK(extract.out == Run({"extract", "--help"}).out);

  RunResult check = Run({"help", "rules", "check"});
  CHECK(check.exit_code == 0);
  CHECK(Contains(check.out, "Usage: bilag rules check [OPTIONS] [DIR...]"));
  CHECK(check.out == Run({"rules", "check", "--help"}).out);

  RunResult wrong = Run({"help", "explian"});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err == "bilag: unknown command 'explian'; did you mean 'explain'?\n");
}

TEST_CASE("bilag -V prints the version as --version does", "[cli][habits]") {
  RunResult r = Run({"-V"});
  CHECK(r.exit_code == 0);
  CHECK(std::regex_search(r.out, std::regex("^bilag [0-9]+\\.[0-9]+\\.[0-9]+\n$")));
  CHECK(r.out == Run({"--version"}).out);
}

TEST_CASE("placeholders say what goes there, in every command", "[cli][habits]") {
  for (const std::vector<std::string>& command : kCommands) {
    std::vector<std::string> args = {"help"};
    args.insert(args.end(), command.begin(), command.end());
    RunResult r = Run(args);
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    // CLI11's own names for a value's type, which say nothing to a user.
    CHECK_FALSE(std::regex_search(r.out, std::regex(" (TEXT|INT|UINT|FLOAT)\\b")));
    CHECK_FALSE(Contains(r.out, "NONNEGATIVE"));
  }
  const std::string extract = Run({"help", "extract"}).out;
  CHECK(Contains(extract, "--password PW"));
  CHECK(Contains(extract, "--password-file FILE"));
  CHECK(Contains(extract, "-o,--output-dir DIR"));
  CHECK(Contains(extract, "--dpi N"));
  CHECK(Contains(extract, "-j,--jobs N"));
  CHECK(Contains(extract, "--rules DIR"));
  CHECK(Contains(extract, "--ocr auto|always|never"));
  CHECK(Contains(Run({"help", "explain"}).out, "--page N"));
  CHECK(Contains(Run({"help", "import"}).out, "--db FILE"));
}

TEST_CASE("CLI11's parse errors read bilag: ... and say where help is", "[cli][habits]") {
  RunResult missing = Run({"extract"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "bilag: FILE is required (see 'bilag help extract')\n");

  RunResult unknown = Run({"extract", "--bogus", kSeed004});
  CHECK(unknown.exit_code == 2);
  CHECK(Contains(unknown.err, "bilag: "));
  CHECK(Contains(unknown.err, "--bogus"));
  CHECK(Contains(unknown.err, "(see 'bilag help"));
  CHECK(CountLines(unknown.err) == 1);

  RunResult range = Run({"rules", "test", "--dpi", "5"});
  CHECK(range.exit_code == 2);
  CHECK(Contains(range.err, "bilag: --dpi"));
  CHECK(Contains(range.err, "(see 'bilag help rules test')"));

  RunResult none = Run({});
  CHECK(none.exit_code == 2);
  CHECK(none.err == "bilag: a subcommand is required (see 'bilag help')\n");
}

TEST_CASE("the password comes from --password-file or $BILAG_PASSWORD", "[cli][habits]") {
  TempDir dir;
  // An editor's trailing newline is no part of the password.
  const std::string file = dir.Write("pw", kPassword + "\n").string();
  RunResult from_file = Run({"text", "--password-file", file, kEncrypted});
  CHECK(from_file.exit_code == 0);
  CHECK(Contains(from_file.out, kEncryptedText));

  RunResult from_env = Run({"text", kEncrypted}, "", {"BILAG_PASSWORD=" + kPassword});
  CHECK(from_env.exit_code == 0);
  CHECK(Contains(from_env.out, kEncryptedText));

  // --password-file wins over the environment; a wrong one fails as ever.
  const std::string wrong = dir.Write("wrong", "nope\n").string();
  RunResult first =
      Run({"text", "--password-file", wrong, kEncrypted}, "", {"BILAG_PASSWORD=" + kPassword});
  CHECK(first.exit_code == 1);
  CHECK(Contains(first.err, "pdf-encrypted"));

  RunResult absent = Run({"text", "--password-file", (dir.path() / "absent").string(), kEncrypted});
  CHECK(absent.exit_code == 2);
  CHECK(Contains(absent.err,
                 "bilag: " + (dir.path() / "absent").string() + ": cannot read the password file"));

  RunResult both = Run({"text", "--password", kPassword, "--password-file", file, kEncrypted});
  CHECK(both.exit_code == 2);
  CHECK(Contains(both.err, "bilag: "));
  CHECK(Contains(both.err, "--password"));
}

// (Test names neither start with "--", a flag to Catch, nor hold ';', which
// CMake takes for a list when it registers them.)
TEST_CASE("explain's colours follow --color: auto asks the terminal, NO_COLOR and TERM",
          "[cli][habits]") {
  const std::vector<std::string> explain = {"explain", "--rule", "meta.case_number", kSeed004};
  auto with = [&explain](const std::string& when) {
    std::vector<std::string> args = {"--color", when};
    args.insert(args.end(), explain.begin(), explain.end());
    return args;
  };
  // Not a terminal: auto means none, always means some, even with NO_COLOR.
  CHECK_FALSE(Contains(Run(explain).out, kColourEscape));
  CHECK(Contains(Run(with("always")).out, kColourEscape));
  CHECK(Contains(Run(with("always"), "", {"NO_COLOR=1"}).out, kColourEscape));
  // After the command too.
  CHECK(Contains(Run({"explain", "--color", "always", kSeed004}).out, kColourEscape));
  RunResult bad = Run(with("sometimes"));
  CHECK(bad.exit_code == 2);
  CHECK(Contains(bad.err, "bilag: --color"));

  // On a terminal.
  CHECK(Contains(RunOnTerminal({"TERM=xterm"}, explain), kColourEscape));
  CHECK_FALSE(Contains(RunOnTerminal({"TERM=dumb"}, explain), kColourEscape));
  CHECK_FALSE(Contains(RunOnTerminal({"TERM=xterm", "NO_COLOR=1"}, explain), kColourEscape));
  CHECK_FALSE(Contains(RunOnTerminal({"TERM=xterm"}, with("never")), kColourEscape));
}

TEST_CASE("bilag --help tells where the shipped rules are looked for", "[cli][habits]") {
  const std::string help = Run({"--help"}).out;
  CHECK(Contains(help, "BILAG_RULES_DIR"));
  CHECK(Contains(help, "../share/bilag/rules"));
  CHECK(Contains(help, "BILAG_PASSWORD"));
  CHECK(Contains(help, "Exit status:"));

  RunResult missing = Run({"extract", kSeed004}, "", {"BILAG_RULES_DIR=/nonexistent/rules"});
  CHECK(missing.exit_code == 2);
  CHECK(Contains(missing.err, "/nonexistent/rules: no such folder (from BILAG_RULES_DIR)"));
}

}  // namespace
