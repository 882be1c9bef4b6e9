#include "extractor/cli/password_flags.h"

#include <cstdlib>
#include <fstream>

#include <CLI/CLI.hpp>

namespace bilag::cli {

void AddPasswordFlags(CLI::App* command, PasswordFlags* flags) {
  CLI::Option* password =
      command
          ->add_option("--password", flags->password,
                       "Password of an encrypted PDF (visible to other users in ps: prefer "
                       "--password-file or $BILAG_PASSWORD)")
          ->type_name("PW");
  command
      ->add_option("--password-file", flags->password_file,
                   "Read the password of an encrypted PDF from this file's first line")
      ->type_name("FILE")
      ->excludes(password);
}

Result<std::string> ResolvePassword(const PasswordFlags& flags) {
  if (!flags.password.empty()) return flags.password;
  if (!flags.password_file.empty()) {
    std::ifstream in(flags.password_file, std::ios::binary);
    if (!in) {
      return Status::Error(ErrorCode::kPasswordFile,
                           flags.password_file + ": cannot read the password file");
    }
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  const char* env = std::getenv("BILAG_PASSWORD");
  return std::string(env == nullptr ? "" : env);
}

}  // namespace bilag::cli
