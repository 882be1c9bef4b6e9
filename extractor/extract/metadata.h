// Fills DocumentInfo from [[field]] rules: for each field the first rule (by
// priority, then file order) that finds a value wins; `from` rules run last,
// on the values the others found.
#ifndef BILAG_EXTRACTOR_EXTRACT_METADATA_H_
#define BILAG_EXTRACTOR_EXTRACT_METADATA_H_

#include "extractor/extract/trace.h"
#include "extractor/model/extraction.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

void ExtractMetadata(const RuleSet& rules, const Document& doc, DocumentInfo* info,
                     Trace* trace = nullptr);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_METADATA_H_
