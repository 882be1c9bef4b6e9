#include "extractor/report/report.h"

#include "extractor/report/assets.h"
#include "extractor/report/html.h"
#include "extractor/report/marks.h"
#include "extractor/report/page_view.h"
#include "extractor/report/tables.h"

namespace bilag::report {
namespace {

constexpr size_t kShortHash = 12;

std::string Plural(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// "3 pages · text/plain · statusskema · 8 initiatives · ..." for the header.
std::string Facts(const Extraction& extraction) {
  const Document& doc = extraction.document;
  size_t amounts = 0, targets = 0, scanned = 0;
  for (const Initiative& initiative : extraction.initiatives) {
    amounts += initiative.amounts.size();
    targets += initiative.targets.size();
  }
  for (const Page& page : doc.pages) scanned += IsScanned(page) ? 1 : 0;
  std::string facts = Plural(doc.pages.size(), "page", "pages");
  if (scanned > 0) facts += " (" + std::to_string(scanned) + " read by OCR)";
  facts += " \u00b7 " + doc.media_type;
  if (extraction.info.kind) facts += " \u00b7 kind " + *extraction.info.kind;
  facts += " \u00b7 " + Plural(extraction.initiatives.size(), "initiative", "initiatives") +
           " \u00b7 " + Plural(amounts, "amount", "amounts") + " \u00b7 " +
           Plural(targets, "target", "targets") + " \u00b7 " +
           Plural(extraction.budget.size(), "budget cell", "budget cells") + " \u00b7 " +
           Plural(doc.corrections.size(), "OCR repair", "OCR repairs") + " \u00b7 " +
           Plural(doc.warnings.size(), "warning", "warnings");
  if (!doc.sha256.empty()) facts += " \u00b7 sha256 " + doc.sha256.substr(0, kShortHash) + "\u2026";
  return facts;
}

void AppendLegend(std::string* out) {
  out->append("<div class=\"legend\">");
  for (MarkKind kind : {MarkKind::kMetadata, MarkKind::kInitiative, MarkKind::kAmount,
                        MarkKind::kGoal, MarkKind::kRequirement, MarkKind::kResult,
                        MarkKind::kSuccessCriterion, MarkKind::kBudget, MarkKind::kCorrection}) {
    out->append(std::string("<span class=\"") + MarkClass(kind) + "\">" + MarkLabel(kind) +
                "</span>");
  }
  out->append("<span class=\"wv\">warning</span></div>");
}

}  // namespace

void ReportWriter::AddExtraction(const Extraction& extraction, const ScanImages& images) {
  int id = ++documents_;
  const Document& doc = extraction.document;
  Highlights highlights(doc, options_.is_total_header);
  std::string tables;
  AppendTables(extraction, id,
               options_.vocabulary != nullptr ? *options_.vocabulary : BuiltinVocabulary(),
               &highlights, &tables);

  std::string section = "<section class=\"doc\" id=\"d" + std::to_string(id) + "\" data-doc=\"" +
                        std::to_string(id) + "\"><div class=\"dochead\"><h2>";
  AppendEscaped(doc.source_path, &section);
  section += "</h2><div class=\"facts\">";
  AppendEscaped(Facts(extraction), &section);
  section += "</div></div><div class=\"grid\"><aside class=\"panel\">" + tables +
             "</aside><div class=\"text\">";
  AppendPages(doc, id, highlights, images, &section);
  section += "</div></div></section>\n";
  sections_ += section;

  toc_ += "<li><a href=\"#d" + std::to_string(id) + "\">" + Escaped(doc.source_path) + "</a> ";
  AppendEscaped("\u2013 " + Plural(doc.pages.size(), "page", "pages") + ", " +
                    Plural(extraction.initiatives.size(), "initiative", "initiatives") + ", " +
                    Plural(doc.warnings.size(), "warning", "warnings"),
                &toc_);
  toc_ += "</li>";
}

void ReportWriter::AddFailure(const std::string& path, const Status& status) {
  int id = ++documents_;
  ++failures_;
  std::string anchor = "d" + std::to_string(id);
  sections_ += "<section class=\"doc failed\" id=\"" + anchor + "\" data-doc=\"" +
               std::to_string(id) + "\"><div class=\"dochead\"><h2>" + Escaped(path) +
               "</h2><p class=\"err\">" + Escaped(std::string(status.code_name())) + ": " +
               Escaped(status.message()) + "</p></div></section>\n";
  toc_ += "<li class=\"bad\"><a href=\"#" + anchor + "\">" + Escaped(path) +
          "</a> \u2013 failed: " + Escaped(std::string(status.code_name())) + "</li>";
}

std::string ReportWriter::Finish() const {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      "<title>bilag report</title><style>";
  out += kReportCss;
  out +=
      "</style></head><body><header class=\"top\"><h1>bilag review report</h1><div class=\"meta\">";
  std::string meta = Plural(static_cast<size_t>(documents_), "document", "documents");
  if (failures_ > 0) meta += " (" + std::to_string(failures_) + " failed)";
  if (!options_.tool_version.empty()) meta += " \u00b7 bilag " + options_.tool_version;
  if (!options_.rules_sha256.empty()) {
    meta += " \u00b7 rules " + options_.rules_sha256.substr(0, kShortHash) + "\u2026";
  }
  AppendEscaped(meta, &out);
  out += "</div>";
  AppendLegend(&out);
  out += "</header>\n";
  if (documents_ > 1 || failures_ > 0) {
    out += "<nav class=\"toc\"><ol>" + toc_ + "</ol></nav>\n";
  }
  out += "<main>\n";
  out += sections_;
  out +=
      "</main><footer id=\"foot\">Click a table row to see its value in the text; click a "
      "highlighted value to see its row. Hover a value for its rule.</footer><script>";
  out += kReportJs;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace bilag::report
