#include "extractor/repair/repair_candidates.h"

#include <algorithm>
#include <unordered_set>

namespace bilag {
namespace {

struct Site {
  size_t begin = 0, end = 0;
  const std::string* correct = nullptr;
};

bool IsCharStart(std::string_view word, size_t pos) {
  return pos < word.size() && (static_cast<unsigned char>(word[pos]) & 0xC0) != 0x80;
}

std::vector<Site> FindSites(std::string_view word, const std::vector<Confusion>& confusions) {
  std::vector<Site> sites;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!IsCharStart(word, i)) continue;
    for (const Confusion& confusion : confusions) {
      if (confusion.misread.empty() || (confusion.word_start_only && i != 0)) continue;
      if (word.substr(i, confusion.misread.size()) == confusion.misread) {
        sites.push_back({i, i + confusion.misread.size(), &confusion.correct});
      }
    }
  }
  return sites;
}

class Combiner {
 public:
  Combiner(std::string_view word, std::vector<Site> sites, size_t limit)
      : word_(word), sites_(std::move(sites)), limit_(limit) {}

  std::vector<std::string> Run(int substitutions) {
    chosen_.clear();
    Choose(0, substitutions);
    return std::move(out_);
  }

 private:
  void Choose(size_t first, int remaining) {
    if (Done()) return;
    if (remaining == 0) {
      Emit();
      return;
    }
    size_t after = chosen_.empty() ? 0 : sites_[chosen_.back()].end;
    for (size_t i = first; i < sites_.size() && !Done(); ++i) {
      if (sites_[i].begin < after) continue;
      chosen_.push_back(i);
      Choose(i + 1, remaining - 1);
      chosen_.pop_back();
    }
  }

  void Emit() {
    ++visited_;
    std::string candidate;
    size_t pos = 0;
    for (size_t index : chosen_) {
      const Site& site = sites_[index];
      candidate.append(word_.substr(pos, site.begin - pos));
      candidate += *site.correct;
      pos = site.end;
    }
    candidate.append(word_.substr(pos));
    if (seen_.insert(candidate).second) out_.push_back(std::move(candidate));
  }

  // Many combinations can spell the same candidate; bound the walk as well.
  bool Done() const { return out_.size() >= limit_ || visited_ >= 4 * limit_; }

  std::string_view word_;
  std::vector<Site> sites_;
  size_t limit_;
  size_t visited_ = 0;
  std::vector<size_t> chosen_;
  std::unordered_set<std::string> seen_;
  std::vector<std::string> out_;
};

}  // namespace

std::vector<std::string> CandidatesAt(std::string_view word,
                                      const std::vector<Confusion>& confusions, int substitutions,
                                      size_t limit) {
  if (substitutions <= 0 || limit == 0) return {};
  Combiner combiner(word, FindSites(word, confusions), limit);
  return combiner.Run(substitutions);
}

size_t CountConfusionSites(std::string_view word, const std::vector<Confusion>& confusions) {
  return FindSites(word, confusions).size();
}

}  // namespace bilag
