#include "extractor/cli/repeatable_option.h"

#include <CLI/CLI.hpp>

namespace bilag::cli {

CLI::Option* OneValuePerUse(CLI::Option* option) {
  return option
      ->expected(1)
      // expected(1) alone is not enough: a vector option keeps allow_extra_args
      // from its default expected count, and with it still takes more words.
      ->allow_extra_args(false)
      // With expected(1) the default policy (Throw) would refuse a second use.
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

}  // namespace bilag::cli
