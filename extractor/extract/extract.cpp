#include "extractor/extract/extract.h"

#include "extractor/extract/initiatives.h"
#include "extractor/extract/metadata.h"
#include "extractor/extract/profile.h"

namespace bilag {

Extraction Extract(const RuleSet& rules, Document document, Trace* trace,
                   const KnowsCommonWord& knows_common_word, ExtractedWords words) {
  Extraction extraction;
  extraction.document = std::move(document);
  extraction.info.kind = SelectProfile(rules, extraction.document, trace);
  ExtractMetadata(rules, extraction.document, &extraction.info, trace);
  ExtractInitiatives(rules, &extraction, trace, knows_common_word, words);
  return extraction;
}

}  // namespace bilag
