// Trimming and case-folding for every stage, so that "a blank" and "the same
// word in another case" mean one thing across the pipeline.
#ifndef BILAG_EXTRACTOR_BASE_TEXT_H_
#define BILAG_EXTRACTOR_BASE_TEXT_H_

#include <string>
#include <string_view>

#include "extractor/base/byte_words.h"

namespace bilag {

// The ASCII blanks Trim removes. Lines never hold '\n' (they are split on
// it) nor '\r' (text ingest turns it into '\n'); cells may hold '\n'.
// Unicode spaces (no-break, thin) are content here: values/text.h trims
// those where a number's spacing matters.
inline constexpr std::string_view kBlanks = " \t\n\r";

// An ASCII digit: documents write figures with these, whatever the locale.
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// Whether `text` holds a digit: every amount, year and count has one, so a
// text without one needs no reading.
inline bool HasDigit(std::string_view text) { return byte_words::NextDigit(text, 0) < text.size(); }

// `text` without blanks at either end.
std::string_view Trim(std::string_view text);
// A dash alone ("-", "–", "—", "−"): how a table writes an empty cell.
bool IsDashCell(std::string_view text);
// A figure alone: digits with their separators and hyphens ("1.750", "0,1",
// "2 300", "-40", "−40", a page mark "-1-").
bool IsBareFigure(std::string_view text);
// Two words that are two figures side by side ("17" "19"), not one number
// with its thousands set apart ("2" "500"): a gap between them wider than a
// space parts two cells, whatever the line's other gaps.
bool TwoFigures(std::string_view left, std::string_view right);
// Whether `text` ends a sentence or a label: its last character is '.',
// ':', '!' or '?' (blanks at the end not counted).
bool EndsSentence(std::string_view text);
// `text` without blanks at the start.
std::string_view TrimLeft(std::string_view text);
// A year as tables name columns by it: four digits, 19xx or 20xx.
bool IsYear(std::string_view word);
// Whether the text is years and nothing else ("2009", and "2008 2006":
// text laid out with spaces may set two columns' years one space apart).
bool AllYears(std::string_view text);

// Lower-cases ASCII and the Latin-1 capitals (UTF-8 C3 80..9E, Æ Ø Å É ...,
// but for the multiplication sign), each within its own byte width, so an
// offset into the folded copy is an offset into the original. Other
// letters are left as they are; normalise/repair_text.h has a full Unicode
// lower-casing where lengths may change.
std::string FoldCase(std::string_view text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_TEXT_H_
