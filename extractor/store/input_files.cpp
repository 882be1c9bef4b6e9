#include "extractor/store/input_files.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "extractor/base/media_type.h"

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

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Enough for every signature SniffMediaType knows and for its text test.
constexpr size_t kSniffBytes = 4096;

// A file that cannot be read is taken: the import then records why.
bool HasDocumentContent(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return true;
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return IsDocumentContent(path.filename().string(), head);
}

bool IsDocument(const fs::path& path) {
  std::optional<bool> by_name = IsDocumentName(path.filename().string());
  return by_name ? *by_name : HasDocumentContent(path);
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

void Walk(const fs::path& root, const fs::path& dir, const InputFilter& filter,
          const Ignored& ignored, InputWalk* walk) {
  const bool documents_only = filter.include.empty();
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  std::vector<fs::path> subdirs;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_symlink(type_ec) && entry.is_directory(type_ec)) continue;
    if (entry.is_directory(type_ec)) {
      if (documents_only && IsHidden(entry.path())) {
        ++walk->not_documents;
      } else {
        subdirs.push_back(entry.path());
      }
      continue;
    }
    if (!entry.is_regular_file(type_ec)) continue;
    std::string relative = entry.path().lexically_relative(root).string();
    if (!PassesGlobs(filter, relative)) continue;
    if (ignored.Contains(entry.path())) continue;
    if (documents_only && !IsDocument(entry.path())) {
      ++walk->not_documents;
      continue;
    }
    walk->files.push_back({entry.path().string(), Status::Ok()});
  }
  if (ec) {
    walk->files.push_back(
        {dir.string(), Status::Error(ErrorCode::kReadError,
                                     dir.string() + ": cannot list the folder: " + ec.message())});
    return;
  }
  for (const fs::path& subdir : subdirs) Walk(root, subdir, filter, ignored, walk);
}

}  // namespace

std::optional<bool> IsDocumentName(const std::string& name) {
  std::string lower = Lower(name);
  if (lower.empty() || lower[0] == '.' || lower.compare(0, 2, "~$") == 0) return false;
  if (lower == "thumbs.db" || lower == "desktop.ini" || lower == "ehthumbs.db") return false;
  if (EndsWith(lower, ".expected.json") || EndsWith(lower, "~")) return false;
  for (const char* extension :
       {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt", ".text", ".htm", ".html"}) {
    if (EndsWith(lower, extension)) return true;
  }
  return std::nullopt;
}

bool IsDocumentContent(const std::string& name, std::string_view head) {
  std::string type = SniffMediaType(head);
  if (type == "text/plain") return fs::path(name).extension().empty();
  return type != "application/octet-stream";
}

bool PassesGlobs(const InputFilter& filter, const std::string& relative_path) {
  std::string name = fs::path(relative_path).filename().string();
  if (!filter.include.empty() && !MatchesAny(filter.include, relative_path, name)) return false;
  return !MatchesAny(filter.exclude, relative_path, name);
}

InputWalk CollectInputFiles(const std::vector<std::string>& inputs, const InputFilter& filter) {
  Ignored ignored(filter.ignore);
  InputWalk walk;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      Walk(input, input, filter, ignored, &walk);
    } else {
      walk.files.push_back({input, Status::Ok()});
    }
  }
  std::vector<InputFile>& files = walk.files;
  std::sort(files.begin(), files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(),
                          [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
              files.end());
  return walk;
}

}  // namespace bilag
