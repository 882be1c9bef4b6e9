// The data half of a document's report: the extracted metadata, initiatives,
// amounts, targets, budget cells, OCR repairs and warnings as tables, each
// row linked to its source line.
//
// Listing a value is what marks it in the text: every row of a value calls
// Highlights, and the row carries the mark's id (data-v) and its page:line
// (data-go) for the page's script, plus a plain #page link that works
// without script.
#ifndef BILAG_EXTRACTOR_REPORT_TABLES_H_
#define BILAG_EXTRACTOR_REPORT_TABLES_H_

#include <string>

#include "extractor/model/extraction.h"
#include "extractor/report/marks.h"
#include "extractor/values/vocabulary.h"

namespace bilag::report {

// `vocabulary` writes the targets' units as the rules do ([[percent_unit]]),
// and finds a date in the text as the rules write months ([[month]]).
void AppendTables(const Extraction& extraction, int doc_id, const ValueVocabulary& vocabulary,
                  Highlights* highlights, std::string* out);

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_TABLES_H_
