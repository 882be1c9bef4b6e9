// The bilag command line: parses flags into options, calls the facade
// (extractor/extractor.h), and turns outcomes into output and exit codes.
// No extraction logic lives here.
//
// Exit codes (documented in README.md):
//   0  every input was processed
//   1  at least one input failed (each failure is reported and in the output)
//   2  bad usage (unknown flag, missing argument) or bad rule files
//   3  the output could not be written
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/base/file_io.h"
#include "extractor/base/output_file.h"
#include "extractor/cli/color_flag.h"
#include "extractor/cli/exit_codes.h"
#include "extractor/cli/explain_command.h"
#include "extractor/cli/extract_inputs.h"
#include "extractor/cli/help_command.h"
#include "extractor/cli/import_command.h"
#include "extractor/cli/ocr_flags.h"
#include "extractor/cli/password_flags.h"
#include "extractor/cli/repeatable_option.h"
#include "extractor/cli/report_command.h"
#include "extractor/cli/shipped_rules.h"
#include "extractor/cli/standard_output.h"
#include "extractor/emit/layout_json.h"
#include "extractor/extractor.h"
#include "extractor/layout/layout_text.h"
#include "extractor/rule_tests.h"
#include "extractor/rules/rule_loader.h"

namespace {

using bilag::cli::kExitOk;
using bilag::cli::kExitOutput;
using bilag::cli::kExitSomeFailed;
using bilag::cli::kExitUsage;

namespace fs = std::filesystem;

void ReportFailure(const bilag::Status& status) {
  // Statuses from the library already name the file.
  std::cerr << "bilag: " << status.message() << " [" << status.code_name() << "]\n";
}

// After the options in `bilag --help`, and so in the man page made from it
// (scripts/make_cli_docs.py reads "Heading:" lines and two-column items).
std::string HelpFooter() {
  return bilag::cli::ShippedRulesSearchOrder() +
         "\n"
         "Environment:\n"
         "  BILAG_RULES_DIR             the folder of the shipped rules\n"
         "  BILAG_PASSWORD              password of encrypted PDFs, when neither --password\n"
         "                              nor --password-file is given\n"
         "  NO_COLOR                    set and not empty: no colours with --color auto\n"
         "  TERM                        dumb: no colours with --color auto\n"
         "  XDG_CACHE_HOME              the OCR cache is XDG_CACHE_HOME/bilag (else\n"
         "                              ~/.cache/bilag)\n"
         "  OMP_THREAD_LIMIT            bilag sets it to 1 for OCR when it is unset\n"
         "\n"
         "Exit status:\n"
         "  0                           every input was processed\n"
         "  1                           at least one input failed (each is named on stderr)\n"
         "  2                           bad usage (unknown command or flag, missing argument),\n"
         "                              bad rule files, or rules not found\n"
         "  3                           the output could not be written\n"
         "\n"
         "'bilag help COMMAND' (or bilag COMMAND --help) prints a command's options.\n";
}

struct CommonFlags {
  bilag::cli::PasswordFlags password;
  bool no_dehyphenate = false;
  std::string repair = "auto";
  std::vector<std::string> rule_dirs;
  bool no_shipped_rules = false;
  std::string shipped_rules_dir;  // found after parsing (shipped_rules.h)
  bilag::OcrOptions ocr;
};

void AddRuleFlags(CLI::App* command, CommonFlags* flags) {
  // One folder per --rules, so `rules test --rules DIR CASES` and `extract
  // --rules DIR A B` keep CASES, A and B as inputs (see repeatable_option.h).
  bilag::cli::OneValuePerUse(
      command->add_option("--rules", flags->rule_dirs,
                          "A folder of rule files that extends the shipped rules or replaces them "
                          "by id (one folder per --rules; repeat it for several)"))
      ->type_name("DIR");
  command->add_flag("--no-shipped-rules", flags->no_shipped_rules,
                    "Use only the --rules folders, not the shipped rules");
}

void AddCommonFlags(CLI::App* command, CommonFlags* flags) {
  bilag::cli::AddPasswordFlags(command, &flags->password);
  command->add_flag("--no-dehyphenate", flags->no_dehyphenate,
                    "Keep words hyphenated across line ends as they are");
  command
      ->add_option("--repair", flags->repair,
                   "Repair OCR artefacts (@konomi, Kgbenhavn): on, off, or auto = only text that "
                   "looks like OCR without a Danish model")
      ->check(CLI::IsMember({"on", "off", "auto"}).description(""))
      ->type_name("on|off|auto")
      ->capture_default_str();
  bilag::cli::AddOcrFlags(command, &flags->ocr);
  AddRuleFlags(command, flags);
}

// Rule folders in load order, and how the output names them.
void RuleDirs(const CommonFlags& flags, std::vector<std::string>* dirs,
              std::vector<std::string>* names) {
  if (!flags.no_shipped_rules) {
    dirs->push_back(flags.shipped_rules_dir);
    names->push_back("rules");
  }
  for (const std::string& dir : flags.rule_dirs) {
    dirs->push_back(dir);
    names->push_back(dir);
  }
}

bilag::ExtractorOptions ToOptions(const CommonFlags& flags) {
  bilag::ExtractorOptions options;
  options.ingest.password = flags.password.password;
  options.ingest.ocr = flags.ocr;
  options.normalise.dehyphenate = !flags.no_dehyphenate;
  bilag::ParseRepairMode(flags.repair, &options.repair.mode);  // checked by CLI11
  RuleDirs(flags, &options.rule_dirs, &options.rule_dir_names);
  return options;
}

// `bilag rules check`: every problem as FILE:LINE:COLUMN: message.
int RunRulesCheck(const CommonFlags& flags, const std::vector<std::string>& extra_dirs) {
  CommonFlags all = flags;
  all.rule_dirs.insert(all.rule_dirs.end(), extra_dirs.begin(), extra_dirs.end());
  std::vector<std::string> dirs, names;
  RuleDirs(all, &dirs, &names);
  bilag::RuleCheckReport report = bilag::CheckRuleDirs(dirs);
  for (const bilag::RuleProblem& problem : report.errors) {
    std::cerr << problem.ToString() << ": error\n";
  }
  for (const bilag::RuleProblem& problem : report.warnings) {
    std::cerr << problem.ToString() << " (warning)\n";
  }
  std::cout << report.files << " files, " << report.rules << " rules, " << report.errors.size()
            << " errors, " << report.warnings.size() << " warnings\n";
  return report.errors.empty() ? kExitOk : kExitUsage;
}

// `bilag rules test`: expectation files next to documents.
int RunRulesTest(const bilag::Extractor& extractor, std::vector<std::string> dirs, bool update) {
  if (dirs.empty()) dirs.push_back("corpus");
  std::vector<bilag::RuleTestCase> cases = bilag::FindRuleTestCases(dirs);
  int passed = 0, failed = 0;
  for (bilag::RuleTestCase& test_case : cases) {
    bilag::RunRuleTestCase(extractor, update, &test_case);
    if (test_case.passed) {
      ++passed;
      if (test_case.updated) std::cout << "UPDATED " << test_case.expectation << "\n";
      continue;
    }
    ++failed;
    std::cout << "FAIL " << (test_case.input.empty() ? test_case.expectation : test_case.input)
              << "\n";
    if (!test_case.error.empty()) std::cout << "  " << test_case.error << "\n";
    for (const bilag::Mismatch& mismatch : test_case.mismatches) {
      std::cout << "  " << mismatch.path << ": expected " << mismatch.expected << ", got "
                << mismatch.actual << "\n";
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  std::cout.flush();
  if (cases.empty()) {
    std::cerr << "bilag: no expectation files (*.expected.json) found\n";
    return kExitSomeFailed;
  }
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

int RunText(const bilag::Extractor& extractor, const std::vector<std::string>& inputs, bool raw,
            bool numbered, bool layout, bool json) {
  int exit_code = kExitOk;
  for (const std::string& input : inputs) {
    bilag::Result<bilag::Document> doc = extractor.ReadText(input, raw);
    if (!doc.ok()) {
      ReportFailure(doc.status());
      exit_code = kExitSomeFailed;
      continue;
    }
    bool printed = true;
    if (json) {
      // One pretty object, or JSON Lines for several inputs.
      printed = bilag::cli::PrintOut(bilag::EmitLayoutJson(*doc, inputs.size() == 1));
    } else {
      if (inputs.size() > 1) printed = bilag::cli::PrintOut("==> " + input + " <==\n");
      printed = printed && bilag::cli::PrintOut(layout ? bilag::RenderLayout(*doc, numbered)
                                                       : bilag::RenderText(*doc, numbered));
    }
    if (!printed) return kExitOutput;
    for (const bilag::Warning& warning : doc->warnings) {
      std::cerr << "bilag: " << input << ": warning: " << warning.message << " [" << warning.code
                << "]\n";
    }
  }
  return exit_code;
}

int RunExtract(const bilag::Extractor& extractor, const std::vector<std::string>& args,
               const std::string& output_dir, bool split_bilag) {
  int exit_code = kExitOk;
  bilag::cli::ExtractInputs expanded = bilag::cli::ExpandExtractInputs(args);
  const std::vector<bilag::cli::ExtractInput>& inputs = expanded.inputs;
  if (expanded.not_documents > 0) {
    std::cerr << "bilag: left out " << expanded.not_documents
              << " files that are not documents (hidden, Thumbs.db, *.expected.json, other "
                 "formats)\n";
  }
  std::vector<fs::path> names;
  if (!output_dir.empty()) {
    std::error_code ec;
    fs::create_directories(output_dir, ec);
    if (ec) {
      std::cerr << "bilag: cannot create output folder " << output_dir << ": " << ec.message()
                << "\n";
      return kExitOutput;
    }
    names = bilag::cli::OutputNames(inputs, output_dir);
  }
  // One file on stdout reads best indented; several (or split parts, or a
  // folder's documents) are JSON Lines.
  bool pretty =
      (args.size() == 1 && inputs.size() == 1 && inputs[0].path == args[0] && !split_bilag) ||
      !output_dir.empty();
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].error.ok()) {
      ReportFailure(inputs[i].error);
      exit_code = kExitSomeFailed;
      continue;
    }
    std::vector<bilag::Outcome> outcomes;
    if (split_bilag) {
      outcomes = extractor.ExtractSplit(inputs[i].path);
    } else {
      outcomes.push_back(extractor.Extract(inputs[i].path));
    }
    for (size_t part = 0; part < outcomes.size(); ++part) {
      const bilag::Outcome& outcome = outcomes[part];
      if (!outcome.status.ok()) {
        ReportFailure(outcome.status);
        exit_code = kExitSomeFailed;
      }
      if (output_dir.empty()) {
        // Written as it is produced: a large document's output is never
        // held whole in memory.
        bilag::cli::BufferedOut out;
        if (!extractor.WriteJson(outcome, pretty,
                                 [&](std::string_view piece) { return out.Write(piece); }) ||
            !out.Write("\n") || !out.Flush()) {
          return kExitOutput;
        }
        continue;
      }
      std::string json = extractor.ToJson(outcome, pretty);
      // Parts of a bundle: NAME.json, NAME-2.json, ... in page order.
      fs::path name = names[i];
      if (part > 0) {
        name.replace_filename(name.stem().string() + "-" + std::to_string(part + 1) + ".json");
      }
      std::error_code ec;
      fs::create_directories(name.parent_path(), ec);  // a mirrored subfolder
      json += '\n';
      if (bilag::Status status = bilag::WriteOutputFile(name.string(), json); !status.ok()) {
        ReportFailure(status);
        return kExitOutput;
      }
    }
  }
  return exit_code;
}

// What a command wrote through std::cout must reach standard output, or the
// run failed ("> /dev/full"): said on stderr, exit code 3.
int Finish(int exit_code) { return bilag::cli::FlushOut() ? exit_code : kExitOutput; }

// The whole run of one command line; main only turns an exception that
// escapes it into a message.
int Run(int argc, char** argv) {
  // Tesseract's OpenMP must run one thread (ocr/tesseract_library.h); the
  // library loads at the first OCR, maybe on a worker thread of `import -j`,
  // where writing the environment would race other threads' getenv. Set
  // here, before any thread starts, the load finds it and writes nothing.
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
  bilag::cli::CaptureStandardOutput();
  CLI::App app{"bilag: structured data from Danish municipal report appendices (bilag)", "bilag"};
  app.set_version_flag("-V,--version", std::string("bilag ") + bilag::kToolVersion);
  app.require_subcommand(1);
  // --color may follow the command (`bilag explain --color never FILE`).
  app.fallthrough();
  bilag::cli::ColorMode color = bilag::cli::ColorMode::kAuto;
  bilag::cli::AddColorFlag(&app, &color);

  CommonFlags common;

  CLI::App* text = app.add_subcommand("text", "Print the document's text page by page");
  std::vector<std::string> text_inputs;
  bool raw = false;
  bool numbered = false;
  text->add_option("FILE", text_inputs, "Input files ('-' reads standard input)")
      ->required()
      ->type_name("");
  text->add_flag("--raw", raw, "Print the text before normalisation");
  text->add_flag("-n,--line-numbers", numbered, "Prefix each line with page:line:");
  bool layout = false;
  CLI::Option* layout_flag = text->add_flag(
      "--layout", layout, "Show what the layout stage found: tables as grids, side columns marked");
  bool layout_json = false;
  text->add_flag("--json", layout_json,
                 "With --layout: the pages' lines and tables (rows, cells, spans, boxes) as JSON "
                 "(schema/layout.schema.json)")
      ->needs(layout_flag);
  AddCommonFlags(text, &common);

  CLI::App* extract = app.add_subcommand("extract", "Extract structured data as JSON");
  std::vector<std::string> extract_inputs;
  std::string output_dir;
  extract
      ->add_option("FILE", extract_inputs,
                   "Input files ('-' reads standard input) and folders (their documents, "
                   "recursively, as `import` finds them)")
      ->required()
      ->type_name("");
  bool split_bilag = false;
  extract->add_flag("--split-bilag", split_bilag,
                    "A file that bundles several bilag (each starting on a new page with "
                    "'Bilag N') gives one JSON object per bilag, with source.page_range");
  extract
      ->add_option("-o,--output-dir", output_dir,
                   "Write one FILE.json per input into this folder instead of stdout; a "
                   "folder's documents keep their subfolders")
      ->type_name("DIR");
  AddCommonFlags(extract, &common);

  CLI::App* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  CLI::App* rules_check =
      rules->add_subcommand("check", "Validate rule files: TOML, keys, regexes, duplicate ids");
  std::vector<std::string> check_dirs;
  rules_check->add_option("DIR", check_dirs, "Rule folders to check besides the shipped ones")
      ->type_name("");
  AddRuleFlags(rules_check, &common);
  CLI::App* rules_test = rules->add_subcommand(
      "test", "Extract each document that has an X.expected.json beside it and compare");
  std::vector<std::string> test_dirs;
  bool update = false;
  rules_test->add_option("DIR", test_dirs, "Folders (or expectation files); default: corpus")
      ->type_name("");
  rules_test->add_flag("--update", update,
                       "Rewrite the expectation of every failing case from the actual output");
  AddCommonFlags(rules_test, &common);

  bilag::cli::ExplainFlags explain_flags;
  CLI::App* explain = bilag::cli::AddExplainCommand(app, &explain_flags);
  AddCommonFlags(explain, &common);

  bilag::cli::ReportFlags report_flags;
  CLI::App* report = bilag::cli::AddReportCommand(app, &report_flags);
  AddCommonFlags(report, &common);

  bilag::cli::StoreFlags store_flags;
  bilag::cli::StoreCommands store_commands = bilag::cli::AddStoreCommands(app, &store_flags);
  AddCommonFlags(store_commands.import, &common);

  bilag::cli::HelpFlags help_flags;
  CLI::App* help = bilag::cli::AddHelpCommand(app, &help_flags);
  // Now, after the commands: they would inherit it.
  app.footer(HelpFooter());

  if (std::optional<std::string> error =
          bilag::cli::UnknownCommandError(app, std::vector<std::string>(argv + 1, argv + argc))) {
    std::cerr << "bilag: " << *error << "\n";
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    bilag::cli::ReportParseError(app, e);
    return kExitUsage;
  }
  if (help->parsed()) return bilag::cli::RunHelp(app, help_flags);
  if (!common.no_shipped_rules && !store_commands.export_->parsed() &&
      !store_commands.merge->parsed()) {
    bilag::Result<std::string> shipped = bilag::cli::FindShippedRules();
    if (!shipped.ok()) {
      ReportFailure(shipped.status());
      return kExitUsage;
    }
    common.shipped_rules_dir = *shipped;
  }
  bilag::Result<std::string> password = bilag::cli::ResolvePassword(common.password);
  if (!password.ok()) {
    ReportFailure(password.status());
    return kExitUsage;
  }
  common.password.password = *password;
  explain_flags.color = bilag::cli::UseColor(color, STDOUT_FILENO);

  if (rules_check->parsed()) return Finish(RunRulesCheck(common, check_dirs));
  if (std::optional<int> code =
          bilag::cli::RunStoreCommandWithoutRules(store_commands, store_flags)) {
    return Finish(*code);  // export and merge need no rules
  }
  bilag::ExtractorOptions options = ToOptions(common);
  // Rulings only change how table rows are grouped, which plain `text`
  // does not show: it skips the work of finding them.
  options.ingest.find_rulings = !text->parsed() || layout;
  // Only the report draws every word's box; the rest drop what they need not.
  options.keep_words = report->parsed();
  bilag::Result<bilag::Extractor> extractor = bilag::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "bilag: cannot load the rules:\n" << extractor.status().message() << "\n";
    return kExitUsage;
  }
  if (text->parsed()) {
    return Finish(RunText(*extractor, text_inputs, raw, numbered, layout, layout_json));
  }
  if (extract->parsed()) {
    return Finish(RunExtract(*extractor, extract_inputs, output_dir, split_bilag));
  }
  if (rules_test->parsed()) return Finish(RunRulesTest(*extractor, test_dirs, update));
  if (explain->parsed()) return Finish(bilag::cli::RunExplain(*extractor, explain_flags));
  if (report->parsed()) return Finish(bilag::cli::RunReport(*extractor, report_flags));
  if (store_commands.import->parsed()) {
    return Finish(bilag::cli::RunImport(*extractor, ToOptions(common), store_flags));
  }
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    // Library code does not throw; this catches allocation failure and the
    // like, here or while the command line is being set up, so that the user
    // sees a message rather than an abort.
    std::cerr << "bilag: internal error: " << e.what() << "\n";
    return kExitOutput;
  }
}
