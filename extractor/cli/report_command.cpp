#include "extractor/cli/report_command.h"

#include <filesystem>
#include <iostream>
#include <string_view>

#include <CLI/CLI.hpp>

#include "extractor/base/output_file.h"
#include "extractor/cli/exit_codes.h"
#include "extractor/cli/standard_output.h"
#include "extractor/report/report.h"
#include "extractor/rules/rule_loader.h"

namespace bilag::cli {
namespace {

// The images of the document's scanned pages, from the facade; a page whose
// image failed keeps its error, which the report shows in that page.
report::ScanImages ScanImagesOf(const Extractor& extractor, const Document& doc) {
  report::ScanImages images;
  for (auto& [page, preview] : extractor.PagePreviews(doc, PagePreviewOptions())) {
    if (preview.ok()) {
      images.emplace(page, report::ScanImage{preview->media_type, std::move(preview->data)});
    } else {
      images.emplace(page, preview.status());
    }
  }
  return images;
}

// The rules' [[budget]] total_header patterns, for the report to find a
// total budget cell under its column's header ("I alt").
report::IsTotalHeader TotalHeaderOf(const RuleSet& rules) {
  return [&rules](std::string_view header) { return NamesTotalColumn(rules, header); };
}

}  // namespace

CLI::App* AddReportCommand(CLI::App& app, ReportFlags* flags) {
  CLI::App* report = app.add_subcommand(
      "report", "Write one HTML page for reviewing the extraction: text with highlighted values");
  report->add_option("FILE", flags->inputs, "Input files ('-' reads standard input)")
      ->required()
      ->type_name("");
  report->add_option("-o,--output", flags->output, "The HTML file to write ('-' = stdout)")
      ->required()
      ->type_name("FILE");
  report->add_flag("!--no-page-images", flags->page_images,
                   "Show the OCR words of scanned pages as text, without the page images");
  return report;
}

int RunReport(const Extractor& extractor, const ReportFlags& flags) {
  report::ReportWriter writer({kToolVersion, extractor.run().rules_sha256,
                               &extractor.rules().vocabulary, TotalHeaderOf(extractor.rules())});
  int exit_code = kExitOk;
  for (const std::string& input : flags.inputs) {
    Outcome outcome = extractor.Extract(input);
    if (!outcome.status.ok() || !outcome.extraction) {
      // Statuses from the library already name the file.
      std::cerr << "bilag: " << outcome.status.message() << " [" << outcome.status.code_name()
                << "]\n";
      writer.AddFailure(input, outcome.status);
      exit_code = kExitSomeFailed;
      continue;
    }
    writer.AddExtraction(*outcome.extraction,
                         flags.page_images ? ScanImagesOf(extractor, outcome.extraction->document)
                                           : report::ScanImages());
  }
  std::string html = writer.Finish();
  if (flags.output == "-") return PrintOut(html) ? exit_code : kExitOutput;
  if (Status status = WriteOutputFile(flags.output, html); !status.ok()) {
    std::cerr << "bilag: " << status.message() << " [" << status.code_name() << "]\n";
    return kExitOutput;
  }
  return exit_code;
}

}  // namespace bilag::cli
