// Splits a bundle of bilag ("Bilag 1", "Bilag 2", ... each starting on a new
// page) into one Document per bilag, by the [[split]] rules. Each part keeps
// the source's page numbers and records its page range, so every page/line in
// its output still points into the original file.
#ifndef BILAG_EXTRACTOR_EXTRACT_SPLIT_H_
#define BILAG_EXTRACTOR_EXTRACT_SPLIT_H_

#include <vector>

#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// How many of a page's first non-blank lines may hold the split marker.
inline constexpr int kSplitMarkerLines = 3;

// The parts in page order; a document without markers (or with one) is
// returned whole, without a page range. Pages before the first marker belong
// to the first part.
std::vector<Document> SplitBundle(const RuleSet& rules, Document doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_SPLIT_H_
