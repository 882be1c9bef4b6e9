#include "extractor/cli/extract_inputs.h"

#include <set>
#include <system_error>

#include "extractor/store/input_files.h"

namespace bilag::cli {

namespace fs = std::filesystem;

ExtractInputs ExpandExtractInputs(const std::vector<std::string>& args) {
  ExtractInputs expanded;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      expanded.inputs.push_back({arg, arg == "-" ? fs::path("stdin") : fs::path(arg).stem(), {}});
      continue;
    }
    InputWalk walk = CollectInputFiles({arg}, InputFilter{});
    expanded.not_documents += walk.not_documents;
    for (InputFile& file : walk.files) {
      fs::path relative = fs::path(file.path).lexically_relative(arg);
      expanded.inputs.push_back(
          {file.path, relative.parent_path() / relative.stem(), std::move(file.error)});
    }
  }
  return expanded;
}

std::vector<fs::path> OutputNames(const std::vector<ExtractInput>& inputs, const fs::path& dir) {
  std::vector<fs::path> names;
  std::set<std::string> used;
  for (const ExtractInput& input : inputs) {
    std::string key = input.key.string();
    if (input.key.filename().empty()) key = (input.key / "document").string();
    std::string name = key;
    for (int n = 2; !used.insert(name).second; ++n) name = key + "-" + std::to_string(n);
    names.push_back(dir / (name + ".json"));
  }
  return names;
}

}  // namespace bilag::cli
