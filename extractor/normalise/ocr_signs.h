// OcrSigns: measurable signs that a document's text came from OCR without a
// Danish model, so that `--repair auto` (the default) repairs seed 000 and
// leaves clean text alone. Judged per document over all pages, with the same
// words the repair sees (repair_text.h).
//
// Two stages, so that clean text never pays for loading the dictionary
// (~0.4 s): the cheap signs (letters, æøå, '@' in words) clear a document
// that looks clean; only a suspicious one is checked against the lexicon.
//
// Figures (`bench/repair_tokens_per_second.sh --signs` prints them):
//
//   input                        words  æøå/letters  symbol words  rejected
//   seed 000 (eng OCR)            704     0.09 %       14 (2.0 %)    22.0 %
//   seed 001                     2711     2.68 %        0             1.3 %*
//   seed 002                      908     2.23 %        0             1.9 %*
//   seed 003                     2795     2.54 %        0             2.6 %*
//   seed 004                      384     2.29 %        0             4.3 %*
//   tests/fixtures/pdf (5 open)  39-1600  1.8-2.9 %     0             < 3 %*
//   (* not needed by auto: the cheap stage clears them; measured with on)
//
// Danish prose has 2-3 % of its letters in æ, ø, å; OCR with an English
// model keeps almost none (0.09 % in seed 000). So a document of 200 letters
// or more with under 0.8 % is suspicious (margin 2.8x to the lowest clean
// figure and 9x to seed 000), as is any word with '@' or a digit among its
// letters (2 % of seed 000's words, none in clean text) once there are 2 per
// 100 words or 3 in all. A suspicious document is repaired when the lexicon
// rejects 10-60 % of its words (seed 000: 22 %; clean text stays under 5 %,
// so even a clean text without æøå - a short letter - passes); above 60 %
// the text is not Danish (English, a table of codes) and repairing it would
// only damage it.
#ifndef BILAG_EXTRACTOR_NORMALISE_OCR_SIGNS_H_
#define BILAG_EXTRACTOR_NORMALISE_OCR_SIGNS_H_

#include <string>

#include "extractor/model/document.h"
#include "extractor/normalise/lexicon.h"

namespace bilag {

struct OcrSigns {
  int words = 0;           // repairable words with at least one letter
  int letters = 0;
  int danish_letters = 0;  // æ ø å Æ Ø Å
  int symbol_words = 0;    // '@', or a digit among letters: "@konomi", "K0benhavn"
  int checked = 0;         // words asked of the lexicon (a sample of at most kLexiconSample)
  int rejected = 0;        // ... that it did not know

  double DanishLetterShare() const { return letters ? double(danish_letters) / letters : 0; }
  double SymbolWordShare() const { return words ? double(symbol_words) / words : 0; }
  double RejectedShare() const { return checked ? double(rejected) / checked : 0; }
  // One line for people: "704 words, æøå 0.09 % of letters, ...".
  std::string ToString() const;
};

inline constexpr int kLexiconSample = 400;
inline constexpr int kMinLettersForShare = 200;
inline constexpr double kMaxSuspiciousDanishShare = 0.008;
inline constexpr double kMinSymbolWordShare = 0.02;
inline constexpr int kMinSymbolWords = 3;
inline constexpr double kMinRejectedShare = 0.10;
inline constexpr double kMaxRejectedShare = 0.60;

// The cheap signs: no lexicon needed.
OcrSigns MeasureTextSigns(const Document& doc);
// Adds the lexicon's verdict on up to kLexiconSample words spread evenly
// over the document (plain letter words of three letters or more).
void MeasureLexiconSigns(const Document& doc, const Lexicon& lexicon, OcrSigns* signs);

// Whether the cheap signs call for the lexicon check.
bool LooksSuspicious(const OcrSigns& signs);
// Whether a suspicious document (signs with the lexicon measured) needs repair.
bool NeedsRepair(const OcrSigns& signs);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_NORMALISE_OCR_SIGNS_H_
