#include "extractor/repair/ocr_signs.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/danish_letters.h"
#include "extractor/base/text.h"
#include "extractor/repair/repair_text.h"

namespace bilag {
namespace {

// Frequent Danish words that are no English or German words ("i", "at",
// "en", "den", "der", "er", "for", "over", "alle" are), in the forms OCR
// without æøå leaves them ("på" -> "pa", "være" -> "vere").
bool IsDanishFunctionWord(std::string_view word) {
  static const std::vector<std::string_view> kWords = {
      "og",     "af",  "til",  "det",     "ikke",   "med",   "som",   "har",    "skal",
      "eller",  "ved", "fra",  "blev",    "efter",  "denne", "dette", "disse",  "hvis",
      "bliver", "kan", "vil",  "også",    "ogsa",   "på",    "pa",    "være",   "vere",
      "når",    "nar", "hvor", "mellem",  "sig",    "deres", "kun",   "blevet", "samme",
      "flere",  "mod", "vi",   "hvordan", "hvilke", "jf",    "bl"};
  if (word.size() > 8) return false;
  // Lower-cased on the stack when ASCII (the words of the list are, but for
  // three whose non-ASCII spelling ToLowerUtf8 handles).
  char lower[8];
  bool ascii = true;
  for (size_t i = 0; i < word.size() && ascii; ++i) {
    const char c = word[i];
    ascii = static_cast<unsigned char>(c) < 0x80;
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (!ascii) return std::find(kWords.begin(), kWords.end(), ToLowerUtf8(word)) != kWords.end();
  return std::find(kWords.begin(), kWords.end(), std::string_view(lower, word.size())) !=
         kWords.end();
}

// '@' anywhere in a word, or a digit with letters on both sides, or a 0 that
// starts a word of small letters ("0konomi").
bool HasSymbolInWord(std::string_view word) {
  if (word.find('@') != std::string_view::npos) return true;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!IsDigit(word[i])) continue;
    bool letter_before = i > 0 && IsWordCharAt(word, PreviousCharStart(word, i)) &&
                         !IsDigit(word[PreviousCharStart(word, i)]);
    bool letter_after = i + 1 < word.size() && IsWordCharAt(word, i + 1) && !IsDigit(word[i + 1]);
    if (letter_before && letter_after) return true;
    if (i == 0 && word[i] == '0' && letter_after && !StartsWithUpper(word.substr(1))) return true;
  }
  return false;
}

bool IsPlainWord(std::string_view word) {
  for (char c : word) {
    if (IsDigit(c) || c == '@') return false;
  }
  return CountLetters(word) >= 3 && !IsProtectedWord(word);
}

template <typename Visit>
void ForEachWordOfPage(const Page& page, Visit visit) {
  std::vector<WordSpan> words;  // one vector's storage for every line
  for (const Line& line : page.lines) {
    RepairableWords(line.text, &words);
    for (const WordSpan& span : words) {
      visit(std::string_view(line.text).substr(span.begin, span.end - span.begin));
    }
  }
}

template <typename Visit>
void ForEachWord(const Document& doc, Visit visit) {
  for (const Page& page : doc.pages) ForEachWordOfPage(page, visit);
}

}  // namespace

std::string OcrSigns::ToString() const {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "%d words, æøå %.2f %% of %d letters, %d symbol words (%.1f %%), Danish "
                "function words %.1f %%, lexicon rejected %d of %d (%.1f %%)",
                words, 100 * DanishLetterShare(), letters, symbol_words, 100 * SymbolWordShare(),
                100 * DanishWordShare(), rejected, checked, 100 * RejectedShare());
  return buffer;
}

void OcrSigns::AddTextSigns(const OcrSigns& other) {
  words += other.words;
  letters += other.letters;
  danish_letters += other.danish_letters;
  symbol_words += other.symbol_words;
  danish_words += other.danish_words;
}

OcrSigns MeasureTextSigns(const Document& doc) {
  OcrSigns signs;
  for (const Page& page : doc.pages) signs.AddTextSigns(MeasurePageSigns(page));
  return signs;
}

OcrSigns MeasurePageSigns(const Page& page) {
  OcrSigns signs;
  ForEachWordOfPage(page, [&](std::string_view word) {
    int letters = CountLetters(word);
    if (letters == 0) return;
    ++signs.words;
    signs.letters += letters;
    for (size_t i = 0; i < word.size(); ++i) {
      if (IsDanishLetterAt(word, i)) ++signs.danish_letters;
    }
    if (HasSymbolInWord(word)) ++signs.symbol_words;
    if (IsDanishFunctionWord(word)) ++signs.danish_words;
  });
  return signs;
}

void MeasureLexiconSigns(const Document& doc, const Lexicon& lexicon, OcrSigns* signs) {
  std::vector<std::string_view> plain;
  ForEachWord(doc, [&](std::string_view word) {
    if (IsPlainWord(word)) plain.push_back(word);
  });
  size_t step = plain.size() / kLexiconSample + 1;
  signs->checked = signs->rejected = 0;
  for (size_t i = 0; i < plain.size(); i += step) {
    ++signs->checked;
    Lexicon::Spelling spelling = lexicon.Lookup(plain[i]);
    if (spelling == Lexicon::Spelling::kUnknown ||
        spelling == Lexicon::Spelling::kImplausibleCompound) {
      ++signs->rejected;
    }
  }
}

bool LooksSuspicious(const OcrSigns& signs) {
  bool few_danish_letters =
      signs.letters >= kMinLettersForShare && signs.DanishLetterShare() < kMaxSuspiciousDanishShare;
  bool symbols = signs.symbol_words >= kMinSymbolWords ||
                 (signs.symbol_words > 0 && signs.SymbolWordShare() >= kMinSymbolWordShare);
  return few_danish_letters || symbols;
}

bool LooksClean(const OcrSigns& page_signs) {
  return page_signs.letters >= kMinLettersForShare && page_signs.symbol_words == 0 &&
         page_signs.DanishLetterShare() >= kMaxSuspiciousDanishShare;
}

bool NeedsRepair(const OcrSigns& signs) {
  return signs.DanishWordShare() >= kMinDanishWordShare && signs.checked > 0 &&
         signs.RejectedShare() >= kMinRejectedShare && signs.RejectedShare() <= kMaxRejectedShare;
}

}  // namespace bilag
