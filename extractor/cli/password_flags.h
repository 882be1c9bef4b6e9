// How an encrypted PDF's password reaches bilag, first given wins:
//   --password PW         simple, but visible to other users in `ps`
//   --password-file FILE  the file's first line (a trailing newline is no
//                         part of it)
//   $BILAG_PASSWORD       for scripts that keep it in the environment
#ifndef BILAG_EXTRACTOR_CLI_PASSWORD_FLAGS_H_
#define BILAG_EXTRACTOR_CLI_PASSWORD_FLAGS_H_

#include <string>

#include "extractor/base/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

struct PasswordFlags {
  std::string password;
  std::string password_file;
};

void AddPasswordFlags(CLI::App* command, PasswordFlags* flags);

// The password to use ("" for none), or an error naming the password file
// that cannot be read.
Result<std::string> ResolvePassword(const PasswordFlags& flags);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_PASSWORD_FLAGS_H_
