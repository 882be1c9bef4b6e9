#include "extractor/cli/shipped_rules.h"

#include <cstdlib>

namespace bilag::cli {

namespace fs = std::filesystem;

std::vector<fs::path> ShippedRulesCandidates(const fs::path& executable) {
  const fs::path bin = executable.parent_path();
  return {bin.parent_path() / "share" / "bilag" / "rules", bin / "rules",
          bin.parent_path() / "rules"};
}

Result<std::string> FindShippedRules() {
  if (const char* env = std::getenv("BILAG_RULES_DIR"); env != nullptr && *env != '\0') {
    std::error_code ec;
    if (fs::is_directory(env, ec)) return std::string(env);
    return Status::Error(ErrorCode::kRulesNotFound,
                         std::string(env) + ": no such folder (from BILAG_RULES_DIR)");
  }
  std::error_code ec;
  // /proc/self/exe is the real path: a symlink to the binary (say
  // /usr/local/bin/bilag -> /opt/bilag/bin/bilag) finds the rules of the
  // install it points into.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    return Status::Error(ErrorCode::kRulesNotFound,
                         "cannot find the executable's path (/proc/self/exe: " + ec.message() +
                             "); set BILAG_RULES_DIR");
  }
  std::string tried;
  for (const fs::path& candidate : ShippedRulesCandidates(exe)) {
    if (fs::is_directory(candidate, ec)) return candidate.string();
    tried += (tried.empty() ? "" : ", ") + candidate.string();
  }
  return Status::Error(ErrorCode::kRulesNotFound, "cannot find the shipped rules (looked in " +
                                                      tried +
                                                      "); set BILAG_RULES_DIR to their folder");
}

std::string ShippedRulesSearchOrder() {
  return "Shipped rules, from the first of these folders that exists:\n"
         "  $BILAG_RULES_DIR            when set (then no other folder is tried)\n"
         "  ../share/bilag/rules        from the executable's real path (an install)\n"
         "  rules/                      beside the executable (a build folder)\n"
         "  ../rules                    above the executable (build/bilag in a checkout)\n"
         "--rules DIR adds a folder after them; --no-shipped-rules leaves them out.\n";
}

}  // namespace bilag::cli
