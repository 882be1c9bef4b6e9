// Writes the review report of a long scanned document for browser_test.sh:
// a scanned PDF is extracted once (OCR, cached) with its page images, then
// its pages, values and images are repeated up to PAGES pages. OCRing 200
// real pages would take minutes; the browser only needs what a 200-page
// scan's report holds.
//
// usage: report_scan_fixture SCAN.pdf PAGES OUT.html
// Prints one line of figures: pages, report bytes, image bytes per page.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "extractor/extractor.h"
#include "extractor/report/report.h"

namespace bilag {
namespace {

// The document's pages, values and images again, numbered `shift` pages on;
// those that would land after page `last` are left out.
void AppendCopy(const Extraction& part, const report::ScanImages& images, int shift, int last,
                Extraction* whole, report::ScanImages* all_images) {
  auto keep = [last](int page) { return page <= last; };
  Document& doc = whole->document;
  for (Page page : part.document.pages) {
    page.number += shift;
    page.Renumber();
    if (keep(page.number)) doc.pages.push_back(std::move(page));
  }
  for (Warning warning : part.document.warnings) {
    if (warning.page > 0) warning.page += shift;
    if (keep(warning.page)) doc.warnings.push_back(std::move(warning));
  }
  for (Correction correction : part.document.corrections) {
    correction.page += shift;
    if (keep(correction.page)) doc.corrections.push_back(std::move(correction));
  }
  for (int page : part.document.ocr->pages) {
    if (keep(page + shift)) doc.ocr->pages.push_back(page + shift);
  }
  for (Initiative initiative : part.initiatives) {
    initiative.page += shift;
    if (!keep(initiative.page)) continue;
    for (Amount& amount : initiative.amounts) amount.page += shift;
    for (Target& target : initiative.targets) target.page += shift;
    std::erase_if(initiative.amounts, [&](const Amount& amount) { return !keep(amount.page); });
    std::erase_if(initiative.targets, [&](const Target& target) { return !keep(target.page); });
    whole->initiatives.push_back(std::move(initiative));
  }
  for (BudgetCell cell : part.budget) {
    cell.page += shift;
    if (keep(cell.page)) whole->budget.push_back(std::move(cell));
  }
  for (const auto& [page, image] : images) {
    if (keep(page + shift)) all_images->emplace(page + shift, image);
  }
}

int Run(const std::string& scan, int pages, const std::string& out_path) {
  ExtractorOptions options;
  options.rule_dirs = {BILAG_SOURCE_DIR "/rules"};
  options.ingest.ocr.mode = OcrMode::kAuto;
  Result<Extractor> extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.status().ToString() << "\n";
    return 1;
  }
  Outcome outcome = extractor->Extract(scan);
  if (!outcome.status.ok() || !outcome.extraction->document.ocr) {
    std::cerr << scan << ": " << outcome.status.ToString() << " (or no page was OCRed)\n";
    return 1;
  }
  const Extraction& part = *outcome.extraction;
  report::ScanImages images;
  size_t image_bytes = 0;
  for (auto& [page, preview] : extractor->PagePreviews(part.document, PagePreviewOptions())) {
    if (!preview.ok()) {
      std::cerr << "page " << page << ": " << preview.status().ToString() << "\n";
      return 1;
    }
    image_bytes += preview->data.size();
    images.emplace(page, report::ScanImage{preview->media_type, std::move(preview->data)});
  }

  if (images.empty()) {
    std::cerr << scan << ": no page images\n";
    return 1;
  }

  Extraction whole;
  whole.info = part.info;  // the metadata once: its places are on the first copy
  whole.document.source_path = part.document.source_path + " (pages repeated)";
  whole.document.media_type = part.document.media_type;
  whole.document.ocr = part.document.ocr;
  whole.document.ocr->pages.clear();
  report::ScanImages all_images;
  const int per_copy = static_cast<int>(part.document.pages.size());
  for (int shift = 0; shift < pages; shift += per_copy) {
    AppendCopy(part, images, shift, pages, &whole, &all_images);
  }
  report::ReportWriter writer({kToolVersion, extractor->run().rules_sha256});
  writer.AddExtraction(whole, all_images);
  const std::string html = writer.Finish();
  std::ofstream(out_path, std::ios::binary) << html;
  std::cout << whole.document.pages.size() << " pages, " << html.size() << " bytes, "
            << image_bytes / images.size() << " image bytes per page ("
            << all_images.begin()->second->media_type << ")\n";
  return 0;
}

}  // namespace
}  // namespace bilag

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: report_scan_fixture SCAN.pdf PAGES OUT.html\n";
    return 2;
  }
  return bilag::Run(argv[1], std::atoi(argv[2]), argv[3]);
}
