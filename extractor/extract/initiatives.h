// Walks the document's units (rows.h) once, top to bottom, and builds the
// initiatives and budget cells the rules describe:
//   - [[section]] headings start an initiative, [[stop]] lines end it,
//     [[theme]] headings group the ones below;
//   - key/value rows labelled per [[label]] fill its fields, amounts and
//     targets; a name label starts a new initiative when the current one
//     already has a name from a label;
//   - a [[column]] header row turns every row below it into an initiative
//     whose cells become targets of the column's kind and year;
//   - a [[target_list]] intro makes the next paragraph a list of targets;
//   - a [[budget]] header row turns the rows below it into budget cells.
#ifndef BILAG_EXTRACTOR_EXTRACT_INITIATIVES_H_
#define BILAG_EXTRACTOR_EXTRACT_INITIATIVES_H_

#include "extractor/base/common_words.h"
#include "extractor/extract/extract.h"
#include "extractor/extract/trace.h"
#include "extractor/model/extraction.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// Fills extraction->initiatives and ->budget, adding warnings to
// extraction->document. extraction->info.kind must already be set.
void ExtractInitiatives(const RuleSet& rules, Extraction* extraction, Trace* trace = nullptr,
                        const KnowsCommonWord& knows_common_word = {},
                        ExtractedWords words = ExtractedWords::kKeep);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_INITIATIVES_H_
