// The initiative open while extract/initiatives.cpp walks a document, and
// how its parts are added: fields, amounts (with the [[tie]] rules that send
// an amount to the initiative its sentence names) and targets. The readers
// of prose (initiatives.cpp), of open paragraphs (paragraphs.h) and of table
// rows (table_initiatives.h) all add through one builder.
#ifndef BILAG_EXTRACTOR_EXTRACT_INITIATIVE_BUILDER_H_
#define BILAG_EXTRACTOR_EXTRACT_INITIATIVE_BUILDER_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/common_words.h"
#include "extractor/extract/placed_warnings.h"
#include "extractor/extract/rows.h"
#include "extractor/extract/trace.h"
#include "extractor/model/extraction.h"
#include "extractor/rules/rule_set.h"
#include "extractor/values/amount.h"

namespace bilag {

// A label as rules match it: without surrounding blanks, a trailing colon or
// a bar at either end (a scan's ruling read as "|").
std::string LabelText(std::string_view text);

// Where the sentence that starts at 0 ends: after a full stop that ends the
// text or is followed by a capital ("75 pct. af" goes on); npos if none.
size_t SentenceEnd(std::string_view text);

// The open initiative and how it began.
struct OpenInitiative {
  Initiative initiative;
  bool from_section = false;       // a [[section]] heading started it: prose below describes it
  bool only_with_targets = false;  // left out unless targets or amounts follow
  bool name_from_label = false;    // a name label or the name column named it
};

class InitiativeBuilder {
 public:
  InitiativeBuilder(const RuleSet& rules, Extraction* extraction, Trace* trace);

  const RuleSet& rules() const { return rules_; }
  // See base/common_words.h; empty when no lexicon was given.
  const KnowsCommonWord& knows_common_word() const { return knows_common_word_; }
  void set_knows_common_word(KnowsCommonWord knows) { knows_common_word_ = std::move(knows); }
  // The document's kind, for RuleBase::AppliesTo.
  const std::optional<std::string>& kind() const { return kind_; }
  Extraction* extraction() { return extraction_; }
  WarningSink* warnings() { return &warnings_; }
  bool tracing() const { return trace_ != nullptr; }
  void Note(const std::string& rule, const char* kind, int page, int line, const std::string& text,
            std::string produced);

  // What must reach the open initiative before it closes (open paragraphs).
  void set_before_finish(std::function<void()> flush) { before_finish_ = std::move(flush); }

  // The open initiative, or nullptr.
  OpenInitiative* open() { return open_ ? &*open_ : nullptr; }
  Initiative* current() { return open_ ? &open_->initiative : nullptr; }
  // Opens a new initiative under the current theme; the one before must be
  // finished.
  OpenInitiative& Start(int page, int line, const std::string& rule);
  // Closes the open initiative into the extraction (or leaves it out, with
  // a note or a warning, when it is empty or unnamed).
  void Finish();

  const std::optional<std::string>& theme() const { return theme_; }
  void set_theme(std::string theme) { theme_ = std::move(theme); }

  void AppendField(const std::string& key, const std::string& text);
  // Amounts in a cell or field of several lines, read across the line ends
  // ("1,4 mio." / "kr. i 2005."), each credited to the line it starts on.
  // `economy`: a labelled economy paragraph ("Økonomi: Til praktikpladser
  // under delmål 1 ..."). Its amounts go to the initiative their sentence
  // names; once it names another initiative than the open one, it is the
  // plan's closing economy paragraph, and an amount that names none
  // belongs to no initiative. Whether any amount was found; `closing`, if
  // given, is set when it was such a closing paragraph.
  bool AddCellAmounts(const std::vector<Segment>& segments, const RuleBase* money_field,
                      bool economy = false, bool* closing = nullptr);
  // Money in a prose line of the open initiative. `next_line` is the next
  // line of the same paragraph, or empty: an amount's years may stand
  // there ("afsat 800.000 kr. i" / "2013 og ...").
  void AddAmounts(const Segment& segment, const RuleBase* money_field,
                  std::string_view next_line = {});
  // Money in a prose line outside every initiative: to the one its
  // sentence (begun on `previous_prose`) names, else a warning.
  void AddUnownedAmounts(const Segment& line, const std::string& previous_prose,
                         std::string_view next_line = {});
  void AddTarget(const Segment& item, TargetKind kind, std::optional<int> year,
                 const std::vector<Pattern>& ignore, const std::string& rule,
                 bool read_quantity = true);

 private:
  class Sentences;
  struct TieMemo;

  KnowsCommonWord knows_common_word_;

  AmountOptions AmountOptionsFor(const RuleBase* money_field) const;
  Initiative* TiedInitiative(const Sentences& sentences, size_t at, TieMemo* memo);
  // The findings of a value reader over pieces of text, at their lines,
  // naming the open initiative.
  PlacedWarnings AmountWarnings(std::vector<PlacedWarnings::Piece> pieces);
  // Where `found` lies on the line of `piece`, which begins at byte
  // `piece_start` of the text the amount was read in.
  std::optional<TextSpan> AmountSpan(const Segment& piece, size_t piece_start,
                                     const FoundAmount& found) const;
  void AddFoundAmount(Initiative* owner, const FoundAmount& found, const Segment& segment,
                      const std::string& rule, std::optional<TextSpan> span);

  const RuleSet& rules_;
  Extraction* extraction_;
  const std::optional<std::string>& kind_;
  Trace* trace_;
  WarningList warnings_;
  std::function<void()> before_finish_;
  std::optional<OpenInitiative> open_;
  std::optional<std::string> theme_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_INITIATIVE_BUILDER_H_
