#include "extractor/extract/extract.h"

#include "extractor/extract/initiatives.h"
#include "extractor/extract/metadata.h"
#include "extractor/extract/profile.h"

namespace bilag {

Extraction Extract(const RuleSet& rules, Document document) {
  Extraction extraction;
  extraction.document = std::move(document);
  extraction.info.kind = SelectProfile(rules, extraction.document);
  ExtractMetadata(rules, extraction.document, &extraction.info);
  ExtractInitiatives(rules, &extraction);
  return extraction;
}

}  // namespace bilag
