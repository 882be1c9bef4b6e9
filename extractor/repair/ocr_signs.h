// OcrSigns: measurable signs that a document's text came from OCR without a
// Danish model, so that `--repair auto` (the default) repairs seed 000 and
// leaves clean text alone. Judged per document over all pages, with the same
// words the repair sees (repair_text.h).
//
// Two stages, so that clean text never pays for loading the dictionary
// (~0.4 s): the cheap signs (letters, æøå, '@' in words) clear a document
// that looks clean; only a suspicious one is checked against the lexicon.
//
// Figures (`bench/repair_tokens_per_second.sh --signs` prints them; the
// rejected share is over a sample of plain words, junk compounds counted as
// rejected, see lexicon.h):
//
//   input                          words  letters  æøå/letters  symbol words  rejected
//   seed 000 (eng OCR)               638     4218     0.00 %     14 (2.2 %)    18.2 %
//   seed 001                        2337    15468     2.84 %      0             1.1 %
//   seed 002                         806     5500     3.27 %      0             0.3 %
//   seed 003                        2553    16139     2.26 %      0             1.8 %
//   seed 004                         326     2096     2.19 %      0             1.6 %
//   fixtures/pdf/letter.pdf          106      715     2.10 %      0             3.4 %
//   fixtures/pdf/nine_pages.pdf     1656    11463     3.06 %      0             0.9 %
//   fixtures/pdf/statusskema.pdf     552     3821     3.06 %      0             0.5 %
//   the 4 other PDFs that open      2-23    6-148  3.7-4.1 %      0          0-5.9 %
//
// Danish prose has 2-3 % of its letters in æ, ø, å; OCR with an English
// model keeps none. So a document of kMinLettersForShare letters or more
// with under 0.8 % is suspicious (2.6x below the lowest clean figure), as is
// one with '@' or a digit among a word's letters (none in clean text) in 3
// words, or in 2 % of them. A suspicious document is repaired when the
// lexicon rejects 10-60 % of its words: seed 000 18 %, clean text at most
// 6 % (a short letter without æøå passes); above 60 % the text is not
// Danish (English, a table of codes) and "repairing" it would damage it.
//
// The lexicon alone does not tell English from damaged Danish: hunspell-da's
// compounding accepts many English words, so clean English PDFs fell inside
// 10-60 % and got "be" -> "bæ", "or" -> "ør", "Netherlands" -> "Nethærlands".
// So the text must also read as Danish: at least kMinDanishWordShare of its
// words are Danish function words that OCR without æøå leaves intact or
// reads one way ("og", "til", "ikke", "pa" for "på"), none of them a word
// of English or German. Shares of words (seed 000 from its repair-applied
// warning; the others counted over `bilag text --repair off`'s words):
//
//   seed 000 (eng OCR)                                       21.0 %
//   seeds 001-004                                            18.1-22.1 %
//   fixtures/pdf letter, nine_pages, statusskema             15.9-18.9 %
//   tests/fixtures/foreign: English, German, Hebrew          0.0 %
//
// 3 % leaves Danish documents that are mostly tables room to pass, and is
// far above what a stray "vil" or "mod" gives a foreign text.
#ifndef BILAG_EXTRACTOR_REPAIR_OCR_SIGNS_H_
#define BILAG_EXTRACTOR_REPAIR_OCR_SIGNS_H_

#include <string>

#include "extractor/model/document.h"
#include "extractor/repair/lexicon.h"

namespace bilag {

struct OcrSigns {
  int words = 0;  // repairable words with at least one letter
  int letters = 0;
  int danish_letters = 0;  // æ ø å Æ Ø Å
  int symbol_words = 0;    // '@', or a digit among letters: "@konomi", "K0benhavn"
  int danish_words = 0;    // Danish function words ("og", "til", "ikke"; ocr_signs.cpp)
  int checked = 0;         // words asked of the lexicon (a sample of at most kLexiconSample)
  int rejected = 0;        // ... that it did not know

  double DanishLetterShare() const { return letters ? double(danish_letters) / letters : 0; }
  double SymbolWordShare() const { return words ? double(symbol_words) / words : 0; }
  double DanishWordShare() const { return words ? double(danish_words) / words : 0; }
  double RejectedShare() const { return checked ? double(rejected) / checked : 0; }
  // One line for people: "704 words, æøå 0.09 % of letters, ...".
  std::string ToString() const;
  // Adds another part's cheap signs (words, letters, symbol and function words).
  void AddTextSigns(const OcrSigns& other);
};

inline constexpr int kLexiconSample = 400;
inline constexpr int kMinLettersForShare = 200;
inline constexpr double kMaxSuspiciousDanishShare = 0.008;
inline constexpr double kMinSymbolWordShare = 0.02;
inline constexpr int kMinSymbolWords = 3;
inline constexpr double kMinRejectedShare = 0.10;
inline constexpr double kMaxRejectedShare = 0.60;
inline constexpr double kMinDanishWordShare = 0.03;

// The cheap signs: no lexicon needed.
OcrSigns MeasureTextSigns(const Document& doc);
OcrSigns MeasurePageSigns(const Page& page);
// Adds the lexicon's verdict on up to kLexiconSample words spread evenly
// over the document (plain letter words of three letters or more).
void MeasureLexiconSigns(const Document& doc, const Lexicon& lexicon, OcrSigns* signs);

// Whether the cheap signs call for the lexicon check.
bool LooksSuspicious(const OcrSigns& signs);
// Whether a suspicious document (signs with the lexicon measured) needs repair.
bool NeedsRepair(const OcrSigns& signs);
// Whether a page's cheap signs say its text is clean (æøå where Danish has
// them, no symbols in words): how the document itself spells a word there
// is what OCR damaged elsewhere must not contradict (repair.h).
bool LooksClean(const OcrSigns& page_signs);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_REPAIR_OCR_SIGNS_H_
