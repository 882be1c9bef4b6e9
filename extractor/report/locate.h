// Finding an extracted value in the text it came from, so the report can
// highlight it. Most values carry their byte range on the line from
// extraction (TextSpan, model/extraction.h) and need no search; this unit
// places the rest (names, values joined from pieces that are not on their
// line verbatim, derived fields) from their page, line and text.
//
// Every function here only narrows a place down: when nothing fits it says
// so (nullopt) and the caller highlights the whole line instead. Ranges
// always lie within the line and on UTF-8 character boundaries.
#ifndef BILAG_EXTRACTOR_REPORT_LOCATE_H_
#define BILAG_EXTRACTOR_REPORT_LOCATE_H_

#include <functional>
#include <optional>
#include <string_view>

#include "extractor/model/document.h"
#include "extractor/model/extraction.h"

namespace bilag::report {

// [begin, end) in bytes of a line's text.
struct TextRange {
  size_t begin = 0, end = 0;
};

// Where `needle` is in `line`: the first occurrence that does not sit inside
// a longer word or number, else the first at all; then the same ignoring
// case (ASCII and Latin-1 letters such as Æ/æ); then, for a needle of 16 bytes
// or more that a line end or cell wrapped, its first 16 bytes up to the end of
// that cell. Only occurrences that start at `from` or later count.
std::optional<TextRange> FindInLine(std::string_view line, std::string_view needle,
                                    size_t from = 0);

// Whether a header cell's text names a table's total column ("I alt"). The
// words are the rules' (the [[budget]] rules' total_header), so the caller
// that has the rules says; an empty function knows no total column.
using IsTotalHeader = std::function<bool(std::string_view header)>;

// A budget cell's place in its row: the cell under the header cell that names
// its year (or, for a total, that `is_total_header` accepts), matched by x
// position when the source has geometry and by column otherwise; failing
// that, the amount written as the table would write it ("16.970" for
// 16970000 in a "(i 1000 kr.)" table) or its note reference.
std::optional<TextRange> LocateBudgetCell(const Document& doc, const BudgetCell& cell,
                                          const IsTotalHeader& is_total_header);

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_LOCATE_H_
