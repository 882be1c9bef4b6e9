// The bilag command line: parses flags into options, calls the facade
// (extractor/extractor.h), and turns outcomes into output and exit codes.
// No extraction logic lives here.
//
// Exit codes (documented in README.md):
//   0  every input was processed
//   1  at least one input failed (each failure is reported and in the output)
//   2  bad usage (unknown flag, missing argument)
//   3  the output could not be written
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/extractor.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitOutput = 3;

namespace fs = std::filesystem;

void ReportFailure(const bilag::Status& status) {
  // Statuses from the library already name the file.
  std::cerr << "bilag: " << status.message() << " [" << status.code() << "]\n";
}

// Writes `content` to `path` through a temporary file in the same folder and
// a rename, so a crash or a full disk never leaves a half-written file.
bool WriteFileAtomically(const fs::path& path, const std::string& content, std::string* error) {
  fs::path temp = path;
  temp += ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
      *error = "cannot write " + temp.string();
      std::error_code ignored;
      fs::remove(temp, ignored);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    *error = "cannot rename " + temp.string() + " to " + path.string() + ": " + ec.message();
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

// One output name per input: the input's file name with ".json", made unique
// in input order ("a.json", "a-2.json") so inputs from different folders with
// the same name never overwrite each other.
std::vector<fs::path> OutputNames(const std::vector<std::string>& inputs, const fs::path& dir) {
  std::vector<fs::path> names;
  std::map<std::string, int> seen;
  for (const std::string& input : inputs) {
    std::string stem = input == "-" ? "stdin" : fs::path(input).stem().string();
    if (stem.empty()) stem = "document";
    int count = ++seen[stem];
    std::string name = count == 1 ? stem : stem + "-" + std::to_string(count);
    while (count > 1 && seen.count(name)) name += "_";
    names.push_back(dir / (name + ".json"));
  }
  return names;
}

struct CommonFlags {
  std::string password;
  bool no_dehyphenate = false;
};

void AddCommonFlags(CLI::App* command, CommonFlags* flags) {
  command->add_option("--password", flags->password, "Password of an encrypted PDF");
  command->add_flag("--no-dehyphenate", flags->no_dehyphenate,
                    "Keep words hyphenated across line ends as they are");
}

bilag::ExtractorOptions ToOptions(const CommonFlags& flags) {
  bilag::ExtractorOptions options;
  options.ingest.password = flags.password;
  options.normalise.dehyphenate = !flags.no_dehyphenate;
  return options;
}

int RunText(const bilag::Extractor& extractor, const std::vector<std::string>& inputs, bool raw,
            bool numbered) {
  int exit_code = kExitOk;
  for (const std::string& input : inputs) {
    bilag::Result<bilag::Document> doc = extractor.ReadText(input, raw);
    if (!doc.ok()) {
      ReportFailure(doc.status());
      exit_code = kExitSomeFailed;
      continue;
    }
    if (inputs.size() > 1) std::cout << "==> " << input << " <==\n";
    std::cout << bilag::RenderText(*doc, numbered);
    for (const bilag::Warning& warning : doc->warnings) {
      std::cerr << "bilag: " << input << ": warning: " << warning.message << " [" << warning.code
                << "]\n";
    }
  }
  std::cout.flush();
  if (!std::cout) return kExitOutput;
  return exit_code;
}

int RunExtract(const bilag::Extractor& extractor, const std::vector<std::string>& inputs,
               const std::string& output_dir) {
  int exit_code = kExitOk;
  std::vector<fs::path> names;
  if (!output_dir.empty()) {
    std::error_code ec;
    fs::create_directories(output_dir, ec);
    if (ec) {
      std::cerr << "bilag: cannot create output folder " << output_dir << ": " << ec.message()
                << "\n";
      return kExitOutput;
    }
    names = OutputNames(inputs, output_dir);
  }
  // One input on stdout reads best indented; several are JSON Lines.
  bool pretty = inputs.size() == 1 || !output_dir.empty();
  for (size_t i = 0; i < inputs.size(); ++i) {
    bilag::Outcome outcome = extractor.Extract(inputs[i]);
    if (!outcome.status.ok()) {
      ReportFailure(outcome.status);
      exit_code = kExitSomeFailed;
    }
    std::string json = extractor.ToJson(outcome, pretty);
    if (output_dir.empty()) {
      std::cout << json << '\n';
      std::cout.flush();
      if (!std::cout) return kExitOutput;
    } else {
      std::string error;
      if (!WriteFileAtomically(names[i], json + "\n", &error)) {
        std::cerr << "bilag: " << error << "\n";
        return kExitOutput;
      }
    }
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"bilag: structured data from Danish municipal report appendices (bilag)"};
  app.set_version_flag("--version", std::string("bilag ") + bilag::kToolVersion);
  app.require_subcommand(1);

  CommonFlags common;

  CLI::App* text = app.add_subcommand("text", "Print the document's text page by page");
  std::vector<std::string> text_inputs;
  bool raw = false;
  bool numbered = false;
  text->add_option("FILE", text_inputs, "Input files ('-' reads standard input)")->required();
  text->add_flag("--raw", raw, "Print the text before normalisation");
  text->add_flag("-n,--line-numbers", numbered, "Prefix each line with page:line:");
  AddCommonFlags(text, &common);

  CLI::App* extract = app.add_subcommand("extract", "Extract structured data as JSON");
  std::vector<std::string> extract_inputs;
  std::string output_dir;
  extract->add_option("FILE", extract_inputs, "Input files ('-' reads standard input)")
      ->required();
  extract->add_option("-o,--output-dir", output_dir,
                      "Write one FILE.json per input into this folder instead of stdout");
  AddCommonFlags(extract, &common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  try {
    bilag::Result<bilag::Extractor> extractor = bilag::Extractor::Create(ToOptions(common));
    if (!extractor.ok()) {
      ReportFailure(extractor.status());
      return kExitUsage;
    }
    if (text->parsed()) return RunText(*extractor, text_inputs, raw, numbered);
    if (extract->parsed()) return RunExtract(*extractor, extract_inputs, output_dir);
  } catch (const std::exception& e) {
    // Library code does not throw; this catches allocation failure and the
    // like so that the user sees a message rather than an abort.
    std::cerr << "bilag: internal error: " << e.what() << "\n";
    return kExitOutput;
  }
  return kExitUsage;
}
