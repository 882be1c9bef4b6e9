// Extract: runs a RuleSet over a normalised Document and fills the fields of
// the output contract. The rules decide what to look for (rules/*.toml);
// this stage decides how a document's structure is walked:
//
//   profile.cpp      which kind of bilag it is (document.kind)
//   metadata.cpp     title, bilag, udvalg, forvaltning, date, case numbers, years
//   rows.cpp         lines -> logical table rows (cells spanning several lines,
//                    rows continued after a page break)
//   initiatives.cpp  numbered headings, key/value tables, column tables,
//                    target lists -> initiatives with fields, amounts, targets
//   budget.cpp       budget tables -> budget cells, and their consistency checks
//   value_reading.cpp  the bridge to extractor/values (amounts, quantities, years)
//
// Nothing here fails: what cannot be read becomes a Warning with page and
// line, never a guessed value. Output order follows the document, so the
// result is deterministic.
#ifndef BILAG_EXTRACTOR_EXTRACT_EXTRACT_H_
#define BILAG_EXTRACTOR_EXTRACT_EXTRACT_H_

#include "extractor/base/common_words.h"
#include "extractor/extract/trace.h"
#include "extractor/model/extraction.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// What becomes of the document's words once extraction has read what it
// needs of them: kept (`bilag report` draws every word's box), or freed but
// for those its walk reads (paragraphs.h: KeepOnlyWordsExtractionReads).
enum class ExtractedWords { kKeep, kFreeUnread };

// With `trace`, every rule match (and every profile that did not fit) is
// recorded there for `bilag explain`. `knows_common_word` tells a sentence's
// capitalised first word from a proper noun where a name runs into its
// description without type (base/common_words.h); empty, no name is split
// after a proper noun. The extraction is the same whatever `words` says.
Extraction Extract(const RuleSet& rules, Document document, Trace* trace = nullptr,
                   const KnowsCommonWord& knows_common_word = {},
                   ExtractedWords words = ExtractedWords::kKeep);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_EXTRACT_H_
