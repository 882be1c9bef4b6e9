// `bilag help [COMMAND...]`, and the messages for what CLI11 cannot parse,
// in the `bilag: ...` form of every other error:
//   bilag extrct       -> bilag: unknown command 'extrct'; did you mean 'extract'?
//   bilag extract      -> bilag: FILE is required (see 'bilag help extract')
#ifndef BILAG_EXTRACTOR_CLI_HELP_COMMAND_H_
#define BILAG_EXTRACTOR_CLI_HELP_COMMAND_H_

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace bilag::cli {

struct HelpFlags {
  std::vector<std::string> command;  // e.g. {"rules", "check"}; empty = the app
};

CLI::App* AddHelpCommand(CLI::App& app, HelpFlags* flags);

// Prints the help of the app or of flags.command to stdout: 0, or 2 for a
// command that does not exist (named on stderr with the nearest one).
int RunHelp(const CLI::App& app, const HelpFlags& flags);

// The error for a command word in `args` (argv without the program) that
// names no command, before CLI11 sees it: CLI11 itself would only say that
// a subcommand is required, or that the word was not expected.
std::optional<std::string> UnknownCommandError(const CLI::App& app,
                                               const std::vector<std::string>& args);

// The nearest of `names` to `word` when it is near enough to be a slip of
// the keyboard (a few letters wrong, missing or swapped), else nullopt.
std::optional<std::string> NearestName(const std::string& word,
                                       const std::vector<std::string>& names);

// One line on stderr for a parse error of CLI11, naming where to get help.
void ReportParseError(const CLI::App& app, const CLI::ParseError& error);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_HELP_COMMAND_H_
