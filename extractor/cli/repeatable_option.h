// Options given once per value and repeated for more (`--rules A --rules B`,
// `--include '*.pdf' --include '*.txt'`), bound to a std::vector.
#ifndef BILAG_EXTRACTOR_CLI_REPEATABLE_OPTION_H_
#define BILAG_EXTRACTOR_CLI_REPEATABLE_OPTION_H_

namespace CLI {
class Option;
}  // namespace CLI

namespace bilag::cli {

// By default CLI11 (2.1) lets an option bound to a std::vector take every
// word after it up to the next flag, leaving only what a required positional
// still needs: `bilag rules test --rules my-rules my-cases/` loaded my-cases/
// as a second rules folder (and tested the corpus), and `bilag extract
// --rules my-rules A.pdf B.pdf` loaded A.pdf as one. This makes `option` take
// exactly one value per use; words after that value stay positional
// arguments, and the values of repeated uses are collected in order.
CLI::Option* OneValuePerUse(CLI::Option* option);

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_REPEATABLE_OPTION_H_
