#include "extractor/store/input_files.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <system_error>
#include <vector>

namespace bilag {
namespace {

namespace fs = std::filesystem;

bool MatchesAny(const std::vector<std::string>& globs, const std::string& relative_path,
                const std::string& name) {
  for (const std::string& glob : globs) {
    if (fnmatch(glob.c_str(), relative_path.c_str(), 0) == 0 ||
        fnmatch(glob.c_str(), name.c_str(), 0) == 0) {
      return true;
    }
  }
  return false;
}

// The ignore list as canonical paths, and their file names for a cheap first
// test (canonicalising every walked file would cost a syscall per component).
struct Ignored {
  std::set<fs::path> paths;
  std::set<std::string> names;

  explicit Ignored(const std::vector<std::string>& ignore) {
    for (const std::string& path : ignore) {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(path, ec);
      if (ec) continue;
      paths.insert(canonical);
      names.insert(canonical.filename().string());
    }
  }

  bool Contains(const fs::path& path) const {
    if (names.count(path.filename().string()) == 0) return false;
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    return !ec && paths.count(canonical) > 0;
  }
};

void Walk(const fs::path& root, const fs::path& dir, const InputFilter& filter,
          const Ignored& ignored, std::vector<InputFile>* files) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  std::vector<fs::path> subdirs;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_symlink(type_ec) && entry.is_directory(type_ec)) continue;
    if (entry.is_directory(type_ec)) {
      subdirs.push_back(entry.path());
      continue;
    }
    if (!entry.is_regular_file(type_ec)) continue;
    std::string relative = entry.path().lexically_relative(root).string();
    if (!PassesGlobs(filter, relative)) continue;
    if (ignored.Contains(entry.path())) continue;
    files->push_back({entry.path().string(), Status::Ok()});
  }
  if (ec) {
    files->push_back(
        {dir.string(),
         Status::Error("read-error", dir.string() + ": cannot list the folder: " + ec.message())});
    return;
  }
  for (const fs::path& subdir : subdirs) Walk(root, subdir, filter, ignored, files);
}

}  // namespace

bool PassesGlobs(const InputFilter& filter, const std::string& relative_path) {
  std::string name = fs::path(relative_path).filename().string();
  if (!filter.include.empty() && !MatchesAny(filter.include, relative_path, name)) return false;
  return !MatchesAny(filter.exclude, relative_path, name);
}

std::vector<InputFile> CollectInputFiles(const std::vector<std::string>& inputs,
                                         const InputFilter& filter) {
  Ignored ignored(filter.ignore);
  std::vector<InputFile> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      Walk(input, input, filter, ignored, &files);
    } else {
      files.push_back({input, Status::Ok()});
    }
  }
  std::sort(files.begin(), files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(),
                          [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
              files.end());
  return files;
}

}  // namespace bilag
