#include "extractor/cli/color_flag.h"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

#include <CLI/CLI.hpp>

namespace bilag::cli {

void AddColorFlag(CLI::App* app, ColorMode* mode) {
  app->add_option_function<std::string>(
         "--color",
         [mode](const std::string& when) {
           *mode = when == "always"  ? ColorMode::kAlways
                   : when == "never" ? ColorMode::kNever
                                     : ColorMode::kAuto;
         },
         "Colour the output: auto (only on a terminal, not with TERM=dumb or NO_COLOR set), "
         "always, or never")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""))
      ->type_name("auto|always|never")
      ->default_str("auto");
}

bool UseColor(ColorMode mode, int fd) {
  if (mode != ColorMode::kAuto) return mode == ColorMode::kAlways;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return isatty(fd) != 0;
}

}  // namespace bilag::cli
