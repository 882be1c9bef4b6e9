// The words of a line as the OCR repair stage sees them, and the UTF-8 case
// helpers it needs. Shared by the repair itself and by the measurement that
// decides whether a document needs repair (ocr_signs.h), so both count the
// same words.
//
// A line is cut at spaces and tabs into chunks. A chunk that is a URL
// ("://", "www.") or an e-mail address ('@' with a '.' after it) gives no
// words; otherwise its leading and trailing punctuation is dropped ('@'
// stays: OCR reads "Ø" as "@"), a chunk with '.' or ',' between two letters
// or digits ("m.h.p.", "kk.dk", "2,5") gives no words, and the rest is split
// at hyphens, dashes and '/' into words ("AF-Storkgbenhavn" -> "AF",
// "Storkgbenhavn"). Only words made of letters, digits and '@' are returned.
//
// Invariants: spans are byte offsets into the text given, in order, never
// overlapping, and always on UTF-8 character boundaries.
#ifndef BILAG_EXTRACTOR_REPAIR_REPAIR_TEXT_H_
#define BILAG_EXTRACTOR_REPAIR_REPAIR_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace bilag {

struct WordSpan {
  size_t begin = 0, end = 0;
};

std::vector<WordSpan> RepairableWords(std::string_view text);
// The same into `*words` (cleared first), for a caller that measures line
// after line and reuses one vector's storage.
void RepairableWords(std::string_view text, std::vector<WordSpan>* words);

// A word repair never changes whatever the lexicon says: no letters (numbers,
// amounts, "2010-32472" split into its numbers), a digit other than a 0 among
// at least three letters ("WY28", "3F"; "0konomi" stays repairable), fewer
// than two characters, and all-capital abbreviations of 2-4 letters, also with
// a genitive s ("EVU", "DSB", "ERFA", "KFs"); a '@' or 0 inside makes an
// abbreviation repairable ("@KFs").
bool IsProtectedWord(std::string_view word);

// Counts and case helpers over UTF-8 (Unicode letters, not just ASCII).
int CountLetters(std::string_view word);
bool IsAllUpper(std::string_view word);       // has letters, and no lower-case one
bool StartsWithUpper(std::string_view word);  // the first character is a capital letter
bool StartsWithLetter(std::string_view word);
std::string ToLowerUtf8(std::string_view text);
std::string ToUpperUtf8(std::string_view text);
// The first character upper-cased, the rest as given.
std::string CapitaliseUtf8(std::string_view text);
// True for a letter, digit or underscore at byte `pos` (a UTF-8 start byte).
bool IsWordCharAt(std::string_view text, size_t pos);
// The byte offset of the character that ends just before `pos`.
size_t PreviousCharStart(std::string_view text, size_t pos);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_REPAIR_TEXT_H_
