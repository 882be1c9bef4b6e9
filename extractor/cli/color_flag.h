// `--color auto|always|never`: whether bilag writes ANSI colours (explain's
// text, and the terminal escapes of progress lines). auto = only to a
// terminal that is not TERM=dumb, and not when NO_COLOR is set and not empty
// (https://no-color.org); always and never are what the user asked for, so
// they win over both variables.
#ifndef BILAG_EXTRACTOR_CLI_COLOR_FLAG_H_
#define BILAG_EXTRACTOR_CLI_COLOR_FLAG_H_

#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace bilag::cli {

enum class ColorMode { kAuto, kAlways, kNever };

// Adds --color to `app`; `*mode` holds the choice after parsing.
void AddColorFlag(CLI::App* app, ColorMode* mode);

// Whether output to `fd` gets colours under `mode` in this environment.
bool UseColor(ColorMode mode, int fd);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_COLOR_FLAG_H_
