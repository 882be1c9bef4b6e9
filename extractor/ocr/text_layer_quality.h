// Whether a PDF page's text layer can be trusted, for `--ocr auto`: a page
// whose layer looks broken is OCRed instead of read.
//
// Broken layers come from fonts without a usable encoding map: the page
// looks right, but its text is symbols ("#$%&'()*+"), replacement
// characters, private-use or control codes, or letters in no language. Two
// shares over the page's words say so:
//
//   odd_share   characters outside the Danish alphabet (a-z, æøå, accented
//               Latin letters, either case), digits and the punctuation of
//               ordinary prose, per non-space character;
//   word_share  words that look like words, after stripping opening and
//               closing punctuation: each part between '-', '/' and '.' is
//               letters (an inner '\'' allowed) with a vowel once it is 4
//               letters long, or a number ("2.050", "1,5", "2010-32472",
//               "17%", "1½"). Single-character punctuation ("-", "•", "§")
//               is not counted.
//
// A layer is broken when it holds at least kMinCharacters characters and
// odd_share > kMaxOddShare or word_share < kMinWordShare. Shorter layers are
// left alone: a page number alone says too little.
//
// The measure cannot see a layer that is wrong but plausible (an old OCR
// layer with "Kobenhavns" for "Københavns"), nor a scan whose only text is
// a stamped label; --ocr always covers those.
#ifndef BILAG_EXTRACTOR_OCR_TEXT_LAYER_QUALITY_H_
#define BILAG_EXTRACTOR_OCR_TEXT_LAYER_QUALITY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

inline constexpr int kMinCharacters = 20;
inline constexpr double kMaxOddShare = 0.10;
inline constexpr double kMinWordShare = 0.5;

struct TextLayerQuality {
  int characters = 0;     // non-space characters
  int words = 0;          // words counted for word_share
  double odd_share = 0;   // 0..1
  double word_share = 1;  // 0..1; 1 when no word counts
};

TextLayerQuality MeasureTextLayer(const std::vector<std::string_view>& words);
TextLayerQuality MeasureTextLayer(const Page& page);

// Why the layer is broken ("text layer looks broken: 62% of its characters
// are outside the Danish alphabet and punctuation"), or nullopt when it is
// usable.
std::optional<std::string> BrokenTextLayerReason(const TextLayerQuality& quality);

// A layer that is plausible but was made by OCR without the Danish model
// (ocrmypdf -l eng: "Kebenhavns", "mal", "hgj") shows it in one figure:
// Danish prose has 2-3 % of its letters in æ, ø, å, such a layer almost
// none (the repair stage's OcrSigns measure the same, per document). A page
// with kMinLettersForDanishShare letters or more and a share under
// kMaxForeignOcrDanishShare is read again with a Danish model under
// `--ocr auto`, and the new reading is kept only when its share is higher.
inline constexpr int kMinLettersForDanishShare = 200;
inline constexpr double kMaxForeignOcrDanishShare = 0.008;

struct DanishLetters {
  int letters = 0;
  int danish = 0;  // æ ø å Æ Ø Å
  double Share() const { return letters > 0 ? static_cast<double>(danish) / letters : 0; }
};

DanishLetters CountDanishLetters(const Page& page);

// Why the page's layer reads like OCR without a Danish model, or nullopt.
std::optional<std::string> ForeignOcrLayerReason(const DanishLetters& counts);

// Whether a Danish re-reading of a page reads better than its layer did.
bool ReadsBetter(const DanishLetters& layer, const DanishLetters& reread);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_TEXT_LAYER_QUALITY_H_
