// Chooses the document's kind: the highest-priority [[profile]] whose
// patterns fit the whole text. No profile fitting is not an error: kind is
// null and only rules without a `profiles` limit apply.
#ifndef BILAG_EXTRACTOR_EXTRACT_PROFILE_H_
#define BILAG_EXTRACTOR_EXTRACT_PROFILE_H_

#include <optional>
#include <string>

#include "extractor/extract/trace.h"
#include "extractor/model/document.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

std::optional<std::string> SelectProfile(const RuleSet& rules, const Document& doc,
                                         Trace* trace = nullptr);

// All of a document's text, pages joined by '\n'.
std::string WholeText(const Document& doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PROFILE_H_
