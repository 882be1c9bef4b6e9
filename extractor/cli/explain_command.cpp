#include "extractor/cli/explain_command.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "extractor/emit/explain_emit.h"

namespace bilag::cli {

CLI::App* AddExplainCommand(CLI::App& app, ExplainFlags* flags) {
  CLI::App* explain = app.add_subcommand(
      "explain", "Show where each rule matched, what it produced, and the nearest misses");
  explain->add_option("FILE", flags->input, "The document ('-' reads standard input)")
      ->required()
      ->type_name("");
  explain->add_option("--page", flags->page, "Only what happened on this page")->type_name("N");
  explain->add_option("--rule", flags->rule, "Only this rule id")->type_name("ID");
  explain->add_flag("--json", flags->json, "JSON instead of text");
  return explain;
}

int RunExplain(const Extractor& extractor, const ExplainFlags& flags) {
  Trace trace;
  Outcome outcome = extractor.Explain(flags.input, &trace);
  if (!outcome.status.ok()) {
    std::cerr << "bilag: " << outcome.status.message() << " [" << outcome.status.code_name()
              << "]\n";
    return 1;
  }
  ExplainFilter filter{flags.page, flags.rule};
  if (flags.json) {
    std::cout << RenderExplanationJson(flags.input, trace, filter);
  } else {
    std::cout << RenderExplanationText(flags.input, trace, filter, flags.color);
  }
  std::cout.flush();
  return std::cout ? 0 : 3;
}

}  // namespace bilag::cli
