#include "extractor/cli/help_command.h"

#include <algorithm>
#include <cctype>
#include <iostream>

#include <CLI/CLI.hpp>

namespace bilag::cli {
namespace {

std::vector<const CLI::App*> Commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
}

std::vector<std::string> CommandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : Commands(app)) names.push_back(sub->get_name());
  return names;
}

const CLI::App* FindCommand(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : Commands(app)) {
    if (sub->get_name() == name) return sub;
  }
  return nullptr;
}

// "bilag rules check" for the usage line.
std::string CommandPath(const CLI::App& command) {
  std::string path = command.get_name();
  for (const CLI::App* parent = command.get_parent(); parent != nullptr;
       parent = parent->get_parent()) {
    path = parent->get_name() + " " + path;
  }
  return path;
}

// "rules check" as the user types it after bilag; "" for bilag itself.
std::string CommandWords(const CLI::App& command) {
  if (command.get_parent() == nullptr) return "";
  const std::string above = CommandWords(*command.get_parent());
  return above.empty() ? command.get_name() : above + " " + command.get_name();
}

std::string UnknownCommandMessage(const CLI::App& parent, const std::string& word) {
  const std::string above = CommandWords(parent);
  auto words = [&above](const std::string& name) {
    return above.empty() ? name : above + " " + name;
  };
  std::vector<std::string> names = CommandNames(parent);
  if (std::optional<std::string> nearest = NearestName(word, names)) {
    return "unknown command '" + words(word) + "'; did you mean '" + words(*nearest) + "'?";
  }
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return "unknown command '" + words(word) + "'; the commands are " + list;
}

// Whether option `arg` (as typed) takes the next argument as its value.
bool TakesNextArgument(const CLI::App& command, const std::string& arg) {
  if (arg.find('=') != std::string::npos) return false;
  const CLI::Option* option = command.get_option_no_throw(arg);
  return option != nullptr && option->get_type_size() != 0;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  // Damerau-Levenshtein (optimal string alignment): a swapped pair of
  // letters is one slip, as a missing or wrong one is.
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::string LowerFirst(std::string text) {
  // CLI11 starts its messages with a capital; ours continue "bilag: ...".
  // A name in capitals ("FILE is required") stays as it is.
  if (!text.empty() && !(text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1])))) {
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  }
  return text;
}

}  // namespace

CLI::App* AddHelpCommand(CLI::App& app, HelpFlags* flags) {
  CLI::App* help = app.add_subcommand(
      "help", "Print the help of bilag, or of COMMAND (e.g. bilag help extract, help rules check)");
  help->add_option("COMMAND", flags->command, "The command (and subcommand) to explain")
      ->type_name("");
  return help;
}

int RunHelp(const CLI::App& app, const HelpFlags& flags) {
  const CLI::App* command = &app;
  for (const std::string& name : flags.command) {
    const CLI::App* sub = FindCommand(*command, name);
    if (sub == nullptr) {
      std::cerr << "bilag: " << UnknownCommandMessage(*command, name) << "\n";
      return 2;
    }
    command = sub;
  }
  // Through the formatter, not App::help(), which would show the help of the
  // command being run: `help` itself.
  std::cout << command->get_formatter()->make_help(command, CommandPath(*command),
                                                   CLI::AppFormatMode::Normal);
  return 0;
}

std::optional<std::string> UnknownCommandError(const CLI::App& app,
                                               const std::vector<std::string>& args) {
  const CLI::App* command = &app;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") return std::nullopt;
    if (arg.size() > 1 && arg[0] == '-') {
      if (TakesNextArgument(*command, arg)) ++i;
      continue;
    }
    // A word where a command must stand: the command has commands and no
    // positional arguments of its own.
    if (Commands(*command).empty() ||
        !command->get_options([](const CLI::Option* option) { return option->get_positional(); })
             .empty()) {
      return std::nullopt;
    }
    const CLI::App* sub = FindCommand(*command, arg);
    if (sub == nullptr) return UnknownCommandMessage(*command, arg);
    command = sub;
  }
  return std::nullopt;
}

std::optional<std::string> NearestName(const std::string& word,
                                       const std::vector<std::string>& names) {
  std::optional<std::string> nearest;
  size_t best = 0;
  for (const std::string& name : names) {
    const size_t distance = EditDistance(word, name);
    if (!nearest || distance < best) {
      nearest = name;
      best = distance;
    }
  }
  // A third of the word's letters wrong (at least one) is still a slip.
  if (nearest && best > std::max<size_t>(1, word.size() / 3)) return std::nullopt;
  return nearest;
}

void ReportParseError(const CLI::App& app, const CLI::ParseError& error) {
  const CLI::App* command = &app;
  while (!command->get_subcommands().empty()) command = command->get_subcommands().front();
  const std::string words = CommandWords(*command);
  std::cerr << "bilag: " << LowerFirst(error.what()) << " (see 'bilag help"
            << (words.empty() ? "" : " " + words) << "')\n";
}

}  // namespace bilag::cli
