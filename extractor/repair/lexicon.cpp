#include "extractor/repair/lexicon.h"

#include <hunspell/hunspell.hxx>

#include <filesystem>

#include "extractor/repair/repair_text.h"

namespace bilag {
namespace {

constexpr size_t kMaxCached = 500000;
// hunspell's SPELL_COMPOUND info bit (atypes.hxx, not a public header).
constexpr int kSpellCompound = 1 << 0;
constexpr int kMinLastPartLetters = 3;
constexpr int kMinFirstPartLetters = 3;
// A last part this short ("mål", "hus", but also "næn", "øen") is common in
// junk, so the first part must be a plain dictionary word of this length.
constexpr int kShortLastPartLetters = 3;
constexpr int kMinFirstPartBeforeShort = 5;

// The value of "pa:" (the compound's last part) in one hunspell analysis.
std::string LastPart(const std::string& analysis) {
  size_t pa = analysis.find("pa:");
  if (pa == std::string::npos) return std::string();
  size_t begin = pa + 3;
  size_t end = analysis.find_first_of(" \t", begin);
  return analysis.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

// True when every reading of the analysis is a verb's imperative.
bool OnlyImperative(const std::string& analysis) {
  size_t tags = 0, imperatives = 0;
  for (size_t pos = analysis.find('+'); pos != std::string::npos;
       pos = analysis.find('+', pos + 1)) {
    ++tags;
    if (analysis.compare(pos, 10, "+IMPERATIV") == 0) ++imperatives;
  }
  return tags > 0 && tags == imperatives;
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Open(const std::string& dictionary,
                                               const std::vector<std::string>& extra_words) {
  std::string aff = dictionary + ".aff", dic = dictionary + ".dic";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(aff, ec) || !std::filesystem::is_regular_file(dic, ec)) {
    return Status::Error(ErrorCode::kLexiconMissing,
                         "no hunspell dictionary at " + aff + " / .dic (install hunspell-da)");
  }
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  for (const std::string& word : extra_words) {
    lexicon->extra_.insert(word);
    lexicon->extra_.insert(CapitaliseUtf8(word));
    lexicon->extra_.insert(ToUpperUtf8(word));
  }
  return lexicon;
}

Lexicon::~Lexicon() = default;

bool Lexicon::IsPlausibleCompoundLocked(const std::string& word) const {
  for (const std::string& analysis : hunspell_->analyze(word)) {
    std::string last = LastPart(analysis);
    if (CountLetters(last) < kMinLastPartLetters || OnlyImperative(analysis)) continue;
    if (last.size() >= word.size() ||
        ToLowerUtf8(word.substr(word.size() - last.size())) != ToLowerUtf8(last)) {
      continue;
    }
    std::string first = word.substr(0, word.size() - last.size());
    bool short_last = CountLetters(last) <= kShortLastPartLetters;
    int min_first = short_last ? kMinFirstPartBeforeShort : kMinFirstPartLetters;
    auto fits = [&](const std::string& part) {
      if (CountLetters(part) < min_first) return false;
      Spelling spelling = LookupLocked(part);
      return short_last ? spelling == Spelling::kWord : spelling != Spelling::kUnknown;
    };
    if (fits(first)) return true;
    char link = first.back();
    if ((link == 's' || link == 'e') && fits(first.substr(0, first.size() - 1))) return true;
  }
  return false;
}

Lexicon::Spelling Lexicon::LookupLocked(const std::string& word) const {
  if (extra_.count(word)) return Spelling::kWord;
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  int info = 0;
  Spelling spelling = Spelling::kUnknown;
  if (hunspell_->spell(word, &info)) {
    spelling = (info & kSpellCompound) == 0      ? Spelling::kWord
               : IsPlausibleCompoundLocked(word) ? Spelling::kCompound
                                                 : Spelling::kImplausibleCompound;
  }
  if (cache_.size() >= kMaxCached) cache_.clear();  // a long batch must not grow it forever
  cache_.emplace(word, spelling);
  return spelling;
}

Lexicon::Spelling Lexicon::Lookup(std::string_view word) const {
  std::string key(word);
  if (extra_.count(key)) return Spelling::kWord;
  std::lock_guard<std::mutex> lock(mutex_);
  return LookupLocked(key);
}

bool Lexicon::Knows(std::string_view word) const { return Lookup(word) != Spelling::kUnknown; }

}  // namespace bilag
