#include "extractor/extract/paragraphs.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/base/free_memory.h"
#include "extractor/base/text.h"
#include "extractor/extract/items.h"

namespace bilag {
namespace {

// "Økonomi:", "Indsatsens mål:": a label before a colon is short; a colon
// further into a line is a sentence's.
constexpr size_t kMaxInlineLabelBytes = 40;

// How far (points) a line may start left of a list's text and still be a
// wrapped item line: scans place words a little unevenly; a paragraph at
// the margin lies 12 points or more further left.
constexpr double kListIndentSlack = 4;

// The x where a PDF or OCR line's text starts, after a list marker of
// `markers` when given (the first word when the marker is a word of its
// own); -1 without geometry.
double TextLeft(const Line& line, const Document& doc, const ListMarkers* markers) {
  if (line.words.empty()) return -1;
  const std::optional<size_t> page_index = doc.PageIndex(line.page);
  if (!page_index) return -1;
  const Page* page = &doc.pages[*page_index];
  auto word = [&](size_t k) -> const Word* {
    const size_t index = static_cast<size_t>(line.words[k]);
    return index < page->words.size() ? &page->words[index] : nullptr;
  };
  const Word* first = word(0);
  if (first == nullptr) return -1;
  const size_t marker = markers != nullptr ? LeadingListMarker(Trim(line.text), *markers) : 0;
  if (marker > 0 && line.words.size() > 1 && first->text.size() + 1 == marker) {
    const Word* second = word(1);
    if (second != nullptr) return second->box.x0;
  }
  return first->box.x0;
}

}  // namespace

void KeepOnlyWordsExtractionReads(Document* doc) {
  // TextLeft reads a line's words 0 and 1 and whether it has more than one.
  constexpr size_t kWordsRead = 2;
  bool dropped = false;
  for (Page& page : doc->pages) {
    page.rulings = {};
    if (page.words.empty()) continue;
    dropped = true;
    std::vector<Word> kept;
    for (Line& line : page.lines) {
      std::vector<int> indices;
      for (size_t k = 0; k < std::min(line.words.size(), kWordsRead); ++k) {
        const size_t index = static_cast<size_t>(line.words[k]);
        // A word that is not there stays not there (-1 is out of range).
        if (index >= page.words.size()) {
          indices.push_back(-1);
          continue;
        }
        indices.push_back(static_cast<int>(kept.size()));
        kept.push_back(page.words[index]);
      }
      line.words = std::move(indices);
    }
    // Whether a page has words at all tells a PDF page from a text one
    // (plain_cells.h).
    if (kept.empty()) kept.push_back(page.words.front());
    page.words = std::move(kept);
  }
  // A page's words are a few KB, below malloc's mmap threshold: freed, they
  // stay in the process's heap between blocks still in use, and what the
  // walk allocates next does not all fit in those holes. Handing the free
  // pages back keeps them out of the peak (3000-page PDF: 166 -> 149 MB).
  // Only then: purged pages the walk touches again fault in afresh, zeroed
  // by the kernel (huge pages: 2 MB each), which on a text document that
  // had no words to free cost 700 faults and ~13 % of the rule engine.
  if (dropped) ReleaseFreeMemory();
}

bool LabelParagraph::Start(const Line& line, const std::string& text, InitiativeBuilder* builder,
                           TargetSentence* sentence) {
  const size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon > kMaxInlineLabelBytes) return false;
  const std::string label = LabelText(text.substr(0, colon));
  const LabelRule* rule = nullptr;
  for (const LabelRule& candidate : builder->rules().labels) {
    if (candidate.AppliesTo(builder->kind()) && candidate.role != LabelRole::kName &&
        candidate.pattern.Matches(label)) {
      rule = &candidate;
      break;
    }
  }
  if (rule == nullptr) return false;
  Flush(builder);
  sentence->Flush(builder);
  builder->Note(rule->id, "label", line.page, line.number, label,
                "labelled paragraph -> field '" + rule->key + "'");
  rule_ = rule;
  block_ = line.block;
  const std::string rest(Trim(text.substr(colon + 1)));
  if (!rest.empty()) segments_.push_back({rest, line.page, line.number, line.bold});
  return true;
}

bool LabelParagraph::Continue(const Line& line, const std::string& text) {
  const bool same_block = line.block != 0 && line.block == block_;
  const bool value_below_bare_label = segments_.empty() && line.role == LineRole::kText;
  if (!same_block && line.role != LineRole::kListItem && !value_below_bare_label) return false;
  block_ = line.block;
  segments_.push_back({text, line.page, line.number, line.bold});
  return true;
}

void LabelParagraph::Flush(InitiativeBuilder* builder) {
  const LabelRule* rule = rule_;
  std::vector<Segment> segments = std::move(segments_);
  rule_ = nullptr;
  segments_.clear();
  if (rule == nullptr || builder->current() == nullptr) return;
  std::string text;
  for (const Segment& segment : segments) text += (text.empty() ? "" : "\n") + segment.text;
  if (!text.empty()) builder->AppendField(rule->key, text);
  const bool economy = rule->role == LabelRole::kAmounts;
  bool closing = false;
  builder->AddCellAmounts(segments, economy ? rule : nullptr, economy, &closing);
  if (rule->role == LabelRole::kTargets) {
    for (const Segment& item : SplitItems(segments, false, builder->rules().empty_values,
                                          builder->rules().list_markers)) {
      builder->AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
    }
  }
  // The plan's closing economy paragraph ends the last sub-goal: the
  // sentences after it ("Til sammenligning brugte forvaltningen 0,3 mio.
  // kr. ...") are not its text, and their money is tied or no one's.
  if (closing) builder->Finish();
}

void TargetSentence::Start(const Line& line, const std::string& text, InitiativeBuilder* builder) {
  if (rule_ != nullptr) return;
  for (const TargetSentenceRule& rule : builder->rules().target_sentences) {
    if (!rule.AppliesTo(builder->kind())) continue;
    PatternMatch match;
    if (!rule.pattern.Find(text, 0, &match)) continue;
    rule_ = &rule;
    sentence_ = {text.substr(match.whole.begin), line.page, line.number, line.bold};
    block_ = line.block;
    if (SentenceEnd(sentence_.text) != std::string::npos) Flush(builder);
    return;
  }
}

void TargetSentence::Continue(const Line& line, const std::string& text,
                              InitiativeBuilder* builder) {
  if (rule_ == nullptr || line.page != sentence_.page || line.block != block_) {
    Flush(builder);
    return;
  }
  sentence_.text += " " + text;
  if (SentenceEnd(sentence_.text) != std::string::npos) Flush(builder);
}

void TargetSentence::Flush(InitiativeBuilder* builder) {
  const TargetSentenceRule* rule = rule_;
  rule_ = nullptr;
  if (rule == nullptr || builder->current() == nullptr) return;
  Segment item = sentence_;
  const size_t end = SentenceEnd(item.text);
  if (end != std::string::npos) item.text.resize(end);
  builder->AddTarget(item, rule->kind, std::nullopt, rule->ignore, rule->id);
}

void TargetList::Add(const Line& line, const std::string& text, const Document& doc) {
  if (items_.empty()) text_left_ = TextLeft(line, doc, markers_);
  items_.push_back({text, line.page, line.number, line.bold});
}

bool TargetList::EndsAt(const Line& line, const std::string& text, const Document& doc) const {
  if (rule_ == nullptr || items_.empty() || line.role == LineRole::kListItem) return false;
  if (paused_) return true;
  if (text_left_ < 0 || line.page != items_.back().page) return false;
  // A wrapped item line goes on in lower case, or after a cut short word.
  if (!StartsUnmarkedItem(items_.back().text, text, items_.back().text)) return false;
  const double left = TextLeft(line, doc, nullptr);
  return left >= 0 && left < text_left_ - kListIndentSlack;
}

void TargetList::Flush(InitiativeBuilder* builder) {
  paused_ = false;
  text_left_ = -1;
  if (rule_ != nullptr && builder->current() != nullptr) {
    for (const Segment& item :
         SplitItems(items_, false, builder->rules().empty_values, builder->rules().list_markers)) {
      builder->AddTarget(item, rule_->kind, std::nullopt, rule_->ignore, rule_->id);
    }
  }
  rule_ = nullptr;
  items_.clear();
}

}  // namespace bilag
