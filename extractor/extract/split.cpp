#include "extractor/extract/split.h"

namespace bilag {
namespace {

bool StartsBilag(const RuleSet& rules, const Page& page) {
  int seen = 0;
  for (const Line& line : page.lines) {
    if (line.text.find_first_not_of(" \t") == std::string::npos) continue;
    if (seen++ >= kSplitMarkerLines) break;
    for (const SplitRule& rule : rules.splits) {
      if (rule.pattern.Matches(line.text)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Document> SplitBundle(const RuleSet& rules, Document doc) {
  std::vector<size_t> starts;  // page indices where a part starts
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (i == 0 || StartsBilag(rules, doc.pages[i])) starts.push_back(i);
  }
  std::vector<Document> parts;
  if (starts.size() <= 1) {
    parts.push_back(std::move(doc));
    return parts;
  }
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t end = k + 1 < starts.size() ? starts[k + 1] : doc.pages.size();
    Document part;
    part.source_path = doc.source_path;
    part.sha256 = doc.sha256;
    part.media_type = doc.media_type;
    part.ocr = doc.ocr;
    for (size_t i = starts[k]; i < end; ++i) part.pages.push_back(doc.pages[i]);
    part.page_range = {part.pages.front().number, part.pages.back().number};
    // Warnings and repairs go with the part whose pages they are on; those
    // about the whole file go with every part.
    for (const Warning& warning : doc.warnings) {
      if (warning.page == 0 ||
          (warning.page >= part.page_range->first && warning.page <= part.page_range->second)) {
        part.warnings.push_back(warning);
      }
    }
    for (const Correction& correction : doc.corrections) {
      if (correction.page >= part.page_range->first && correction.page <= part.page_range->second) {
        part.corrections.push_back(correction);
      }
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace bilag
