// bilag's exit statuses, as README.md lists them: only the commands in cli/
// turn errors into these.
#ifndef BILAG_EXTRACTOR_CLI_EXIT_CODES_H_
#define BILAG_EXTRACTOR_CLI_EXIT_CODES_H_

namespace bilag::cli {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;  // some inputs failed, the others were done
constexpr int kExitUsage = 2;
constexpr int kExitOutput = 3;  // an output could not be written

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_EXIT_CODES_H_
