#include "extractor/extract/initiatives.h"

#include <optional>
#include <string>
#include <vector>

#include "extractor/base/text.h"
#include "extractor/extract/initiative_builder.h"
#include "extractor/extract/items.h"
#include "extractor/extract/paragraphs.h"
#include "extractor/extract/raw_cells.h"
#include "extractor/extract/raw_figures.h"
#include "extractor/extract/raw_labels.h"
#include "extractor/extract/rows.h"
#include "extractor/extract/spans.h"
#include "extractor/extract/table_initiatives.h"

namespace bilag {
namespace {

// A wrapped heading's second line is short ("daginstitutioner").
constexpr size_t kMaxHeadingContinuationBytes = 40;

// Walks the units top to bottom. Prose lines are read here: [[skip]],
// [[stop]], [[section]], [[theme]] and [[target_list]] intros, and the
// paragraphs that stay open over lines (paragraphs.h); table rows go to
// table_initiatives.h; everything lands through one InitiativeBuilder.
class Walker {
 public:
  Walker(const RuleSet& rules, Extraction* extraction, Trace* trace)
      : rules_(rules),
        kind_(extraction->info.kind),
        raw_cells_(RawCells::Find(extraction->document, rules, extraction->info.kind)),
        raw_figures_(RawFigureRows::Find(extraction->document, rules, extraction->info.kind)),
        raw_labels_(
            RawLabelRows::Find(extraction->document, rules, extraction->info.kind, raw_figures_)),
        builder_(rules, extraction, trace) {
    builder_.set_before_finish([this] {
      label_.Flush(&builder_);
      sentence_.Flush(&builder_);
      previous_prose_.clear();
    });
  }

  void set_knows_common_word(KnowsCommonWord knows) {
    builder_.set_knows_common_word(std::move(knows));
  }

  void Run(ExtractedWords words) {
    Document& doc = builder_.extraction()->document;
    const UnitTables tables = ReadUnitTables(doc);
    if (words == ExtractedWords::kFreeUnread) KeepOnlyWordsExtractionReads(&doc);
    std::string line_above;
    // Unit by unit as they are built: the rows of a large document are
    // never all held at once.
    BuildUnits(doc, tables, [&](Unit&& unit) {
      if (unit.kind == Unit::Kind::kLine) {
        // Running headers and footers, page marks and the letterhead band
        // are no content: a list or a paragraph goes on over them.
        const LineRole role = unit.line->role;
        if (role == LineRole::kPageHeader || role == LineRole::kPageFooter) return;
        OnLine(*unit.line);
        if (!Trim(unit.line->text).empty()) line_above = unit.line->text;
      } else {
        OnRow(unit.row, line_above);
        line_above.clear();
      }
    });
    list_.Flush(&builder_);
    budgets_.Finish(&builder_);
    builder_.Finish();
  }

 private:
  // The line after `line` in its paragraph (the layout's block), trimmed;
  // empty when the paragraph ends with it.
  std::string_view NextLineOfBlock(const Line& line) {
    const Document& document = builder_.extraction()->document;
    const std::optional<size_t> page = document.PageIndex(line.page);
    if (line.block == 0 || !page) return {};
    const std::vector<Line>& lines = document.pages[*page].lines;
    const size_t next = static_cast<size_t>(line.number);  // numbers are 1-based
    if (next >= lines.size() || lines[next].number != line.number + 1 ||
        lines[next].block != line.block || lines[next].side) {
      return {};
    }
    return Trim(lines[next].text);
  }

  void OnLine(const Line& line) {
    const std::string text(Trim(line.text));
    const bool after_heading = after_section_heading_;
    after_section_heading_ = false;
    if (text.empty()) {
      list_.Pause();
      label_.Flush(&builder_);
      sentence_.Flush(&builder_);
      return;
    }
    // A raw table's cells were found as cells: a figure cell "350" is no
    // page mark for [[skip]].
    if (ReadRawLabelRow(line) || ReadRawFigureRow(line)) return;
    if (const SkipRule* skip = Find(rules_.skips, LineSetOffset::kSkips, text)) {
      builder_.Note(skip->id, "skip", line.page, line.number, text, "line skipped: not content");
      return;
    }
    if (ReadRawCell(line, text)) return;
    budgets_.Finish(&builder_);
    if (budgets_.SkipNote(line, text, &builder_)) return;
    if (after_heading && ContinuesHeading(text)) {
      builder_.current()->name += " " + text;
      return;
    }
    if (const StopRule* stop = Find(rules_.stops, LineSetOffset::kStops, text)) {
      const Initiative* open = builder_.current();
      builder_.Note(
          stop->id, "stop", line.page, line.number, text,
          open != nullptr ? "ends initiative '" + open->name + "'" : "ends no initiative");
      list_.Flush(&builder_);
      builder_.Finish();
      tables_.EndColumnTable();
      return;
    }
    if (StartSection(text, line.page, line.number, line.role)) {
      after_section_heading_ = true;
      return;
    }
    sentence_.Continue(line, text, &builder_);
    if (builder_.current() != nullptr && label_.Start(line, text, &builder_, &sentence_)) {
      // A label ("Økonomi: ...") ends a target list above it: the lines
      // after the labelled paragraph are not the last item's.
      list_.Flush(&builder_);
      return;
    }
    if (label_.open()) {
      if (!StartsTargetProse(text) && label_.Continue(line, text)) return;
      label_.Flush(&builder_);
    }
    const Document& document = builder_.extraction()->document;
    if (list_.EndsAt(line, text, document)) list_.Flush(&builder_);
    list_.Resume();
    if (list_.open()) {
      list_.Add(line, text, document);
      return;
    }
    if (UpdateTheme(text, line.role)) return;
    if (StartTargetList(line, text)) return;
    const Segment segment{text, line.page, line.number, line.bold};
    if (const OpenInitiative* open = builder_.open()) {
      sentence_.Start(line, text, &builder_);
      builder_.AddAmounts(segment, nullptr, NextLineOfBlock(line));
      if (open->from_section) builder_.AppendField("description", text);
    } else {
      // Money outside every initiative goes to the one its sentence names
      // ("under delmål 2"); else it belongs to none: say so rather than
      // drop it or guess an owner.
      builder_.AddUnownedAmounts(segment, previous_prose_, NextLineOfBlock(line));
    }
    previous_prose_ = text;
  }

  void OnRow(const Row& row, const std::string& line_above) {
    after_section_heading_ = false;
    budgets_.EndNotes();
    list_.Flush(&builder_);
    if (budgets_.Start(row, line_above, &builder_)) return;
    if (budgets_.open()) {
      budgets_.AddRow(row, builder_.extraction()->document, builder_.warnings());
      return;
    }
    // A row with one filled cell reads like a line: a heading or a theme.
    if (row.FilledCells() == 1 && !row.CellText(0).empty() && row.cells.size() > 1) {
      const std::string text(Trim(row.CellText(0, " ")));
      if (StartSection(text, row.page, row.line, LineRole::kTable) ||
          UpdateTheme(text, LineRole::kTable)) {
        return;
      }
    }
    if (tables_.ReadHeader(row, &builder_)) return;
    if (tables_.ReadLabelRow(row, &builder_)) return;
    if (tables_.in_column_table() && row.FilledCells() >= 2) tables_.ReadColumnRow(row, &builder_);
  }

  // A key/value table's label and value that plain pdftotext wrote as
  // blocks (raw_labels.h): read as the row a PDF's layout gives.
  bool ReadRawLabelRow(const Line& line) {
    if (raw_labels_.empty()) return false;
    if (raw_labels_.Consumed(line)) return true;
    const Row* row = raw_labels_.StartingAt(line);
    if (row == nullptr) return false;
    label_.Flush(&builder_);
    sentence_.Flush(&builder_);
    OnRow(*row, "");
    return true;
  }

  // A figure table's row that plain pdftotext wrote cell by cell
  // (raw_figures.h): read as the row a PDF's layout gives.
  bool ReadRawFigureRow(const Line& line) {
    if (raw_figures_.empty()) return false;
    const RawRow* raw = raw_figures_.StartingAt(line);
    if (raw == nullptr) return raw_figures_.Consumed(line);
    label_.Flush(&builder_);
    sentence_.Flush(&builder_);
    OnRow(raw->row, raw->line_above);
    return true;
  }

  // Text that plain pdftotext wrote cell after cell (raw_cells.h): a name
  // cell starts an initiative that its description describes, and a line
  // outside every name cell and description ends it (a figure cell is no
  // part of it: which row it belongs to is unknown).
  bool ReadRawCell(const Line& line, const std::string& text) {
    if (raw_cells_.empty()) return false;
    const RawCellLine* cell = raw_cells_.At(line);
    if (cell == nullptr) {
      const Initiative* open = builder_.current();
      if (open != nullptr && open->rule == kRawNameCellRule) builder_.Finish();
      return false;
    }
    if (cell->role == RawCellRole::kNameContinuation || cell->role == RawCellRole::kDescription ||
        cell->role == RawCellRole::kOtherCell) {
      return true;
    }
    list_.Flush(&builder_);
    builder_.Finish();
    tables_.EndColumnTable();
    if (cell->role == RawCellRole::kTheme) {
      builder_.set_theme(cell->text);
      builder_.Note(kRawNameCellRule, "theme", line.page, line.number, text,
                    "theme = \"" + cell->text + "\"");
      return true;
    }
    OpenInitiative& open = builder_.Start(line.page, line.number, kRawNameCellRule);
    open.initiative.name = cell->text;
    open.from_section = true;
    builder_.Note(kRawNameCellRule, "section", line.page, line.number, text,
                  "starts initiative '" + cell->text + "'");
    builder_.AddCellAmounts(cell->description, nullptr);
    for (const Segment& segment : cell->description) {
      builder_.AppendField("description", segment.text);
    }
    AddRawRowTargets(line, *cell);
    return true;
  }

  // The targets of a raw name cell's row, read as a column table's cells
  // are (table_initiatives.cpp): the name column's own target (its goal
  // is the description, or the name when it has none) and the figure
  // cells tied to their columns.
  void AddRawRowTargets(const Line& line, const RawCellLine& cell) {
    if (cell.name_target) {
      Segment goal{cell.text, line.page, line.number, line.bold};
      if (!cell.description.empty()) {
        goal = cell.description.front();
        goal.text.clear();
        for (const Segment& segment : cell.description) {
          goal.text += (goal.text.empty() ? "" : " ") + segment.text;
        }
      }
      const ColumnRule& rule = *cell.name_target->rule;
      AddRawTarget(goal, rule.kind, cell.name_target->year, rule.id,
                   /*read_quantity=*/cell.description.empty());
    }
    for (const RawCellTarget& target : cell.cells) {
      const ColumnRule& rule = *target.column.rule;
      builder_.AddCellAmounts(target.lines, nullptr);
      if (rule.role == ColumnRole::kText) {
        std::string text;
        for (const Segment& segment : target.lines) {
          text += (text.empty() ? "" : "\n") + segment.text;
        }
        builder_.AppendField(rule.key, text);
      } else if (rule.role == ColumnRole::kTarget) {
        for (const Segment& item : SplitItems(target.lines, /*lines_are_paragraphs=*/false,
                                              rules_.empty_values, rules_.list_markers)) {
          AddRawTarget(item, rule.kind, target.column.year, rule.id);
        }
      }
    }
  }

  // A target of a raw cell: a cell's lines joined are on no line as they
  // are, so its place is its first line's part of it (the line wraps where
  // the cell does).
  void AddRawTarget(const Segment& item, TargetKind kind, std::optional<int> year,
                    const std::string& rule, bool read_quantity = true) {
    Initiative* initiative = builder_.current();
    const size_t before = initiative != nullptr ? initiative->targets.size() : 0;
    builder_.AddTarget(item, kind, year, {}, rule, read_quantity);
    if (initiative == nullptr || initiative->targets.size() == before) return;
    Target& added = initiative->targets.back();
    const Line* first = builder_.extraction()->document.LineAt(item.page, item.line);
    if (added.span || first == nullptr) return;
    const std::string_view first_text = Trim(first->text);
    if (!first_text.empty() && std::string_view(item.text).starts_with(first_text)) {
      added.span = SpanInLine(builder_.extraction()->document, item.page, item.line, first_text, 0,
                              first_text.size());
    }
  }

  // A heading wrapped onto a second line: short, lower-case, no full stop.
  bool ContinuesHeading(const std::string& text) {
    const OpenInitiative* open = builder_.open();
    if (open == nullptr || !open->from_section || text.size() > kMaxHeadingContinuationBytes) {
      return false;
    }
    unsigned char first = static_cast<unsigned char>(text[0]);
    bool lower = (first >= 'a' && first <= 'z') ||
                 (first == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0);
    return lower && text.find('.') == std::string::npos && !open->initiative.name.ends_with(".");
  }

  // Whether rule `index` of the kind at `kind` in RuleSet::line_patterns
  // can match `text`: one RE2::Set pass answers for every line rule, and is
  // kept for the text last asked about, which a line asks about in turn.
  bool MayMatch(const std::string& text, LineSetOffset kind, size_t index) {
    if (!line_set_usable_) return true;
    if (!line_matches_ || text != line_matches_text_) {
      line_matches_ = rules_.line_patterns.Matching(text, &line_matches_exact_);
      line_matches_text_ = text;
    }
    return (*line_matches_)[LineSetIndex(rules_, kind) + index];
  }

  // Whether line rule `index` (of the kind at `kind`) applies to this
  // document and its `pattern` matches `text`: the set's answer where it is
  // exact, the pattern's own where the set could not tell. The set's flag
  // goes first, as it rules out most rules on most lines.
  template <typename Rule>
  bool LineRuleMatches(const Rule& rule, const Pattern& pattern, const std::string& text,
                       LineSetOffset kind, size_t index) {
    return MayMatch(text, kind, index) && rule.AppliesTo(kind_) &&
           (line_matches_exact_ || pattern.Matches(text));
  }

  template <typename Rule>
  const Rule* Find(const std::vector<Rule>& rules, LineSetOffset kind, const std::string& text) {
    for (size_t i = 0; i < rules.size(); ++i) {
      const Rule& rule = rules[i];
      if (LineRuleMatches(rule, rule.pattern, text, kind, i)) {
        return &rule;
      }
    }
    return nullptr;
  }

  bool StartSection(const std::string& text, int page, int line, LineRole role) {
    for (size_t i = 0; i < rules_.sections.size(); ++i) {
      const SectionRule& rule = rules_.sections[i];
      if (!MayMatch(text, LineSetOffset::kSections, i)) continue;
      if (!rule.AppliesTo(kind_) || !rule.AppliesToRole(role)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(text, 0, &match)) continue;
      std::string name(Trim(
          match.Text(text, match.groups[static_cast<size_t>(rule.pattern.GroupIndex("name"))])));
      // A bare number ("Skema 1") starts an initiative whose name label follows.
      const int section = rule.pattern.GroupIndex("section");
      const bool numbered = section >= 0 && match.groups[static_cast<size_t>(section)].matched;
      if (name.empty() && !numbered) continue;
      list_.Flush(&builder_);
      builder_.Finish();
      tables_.EndColumnTable();
      OpenInitiative& open = builder_.Start(page, line, rule.id);
      Initiative& initiative = open.initiative;
      initiative.name = name;
      if (numbered) {
        initiative.section =
            std::string(match.Text(text, match.groups[static_cast<size_t>(section)]));
      }
      open.only_with_targets = rule.only_with_targets;
      open.from_section = true;
      builder_.Note(rule.id, "section", page, line, text,
                    "starts initiative '" + name + "'" +
                        (initiative.section ? " (section " + *initiative.section + ")" : ""));
      return true;
    }
    return false;
  }

  bool UpdateTheme(const std::string& text, LineRole role) {
    for (size_t i = 0; i < rules_.themes.size(); ++i) {
      const ThemeRule& rule = rules_.themes[i];
      if (!MayMatch(text, LineSetOffset::kThemes, i)) continue;
      if (!rule.AppliesTo(kind_) || !rule.AppliesToRole(role)) continue;
      PatternMatch match;
      if (!rule.pattern.Find(text, 0, &match)) continue;
      int group = rule.pattern.GroupIndex("theme");
      const Span& span = group >= 0 ? match.groups[static_cast<size_t>(group)] : match.whole;
      builder_.set_theme(std::string(Trim(match.Text(text, span))));
      builder_.Note(rule.id, "theme", 0, 0, text, "theme = \"" + *builder_.theme() + "\"");
      return true;
    }
    return false;
  }

  // A line that introduces a target list or starts a target sentence
  // ("Målet er, at ...") begins a paragraph of its own, even in the block
  // of a labelled paragraph above it ("Budget: Ca. 275.000 i 2014.").
  bool StartsTargetProse(const std::string& text) {
    for (size_t i = 0; i < rules_.target_lists.size(); ++i) {
      const TargetListRule& rule = rules_.target_lists[i];
      if (LineRuleMatches(rule, rule.intro, text, LineSetOffset::kTargetLists, i)) {
        return true;
      }
    }
    for (const TargetSentenceRule& rule : rules_.target_sentences) {
      PatternMatch match;
      if (rule.AppliesTo(kind_) && rule.pattern.Find(text, 0, &match) && match.whole.begin == 0) {
        return true;
      }
    }
    return false;
  }

  bool StartTargetList(const Line& line, const std::string& text) {
    for (size_t i = 0; i < rules_.target_lists.size(); ++i) {
      const TargetListRule& rule = rules_.target_lists[i];
      if (LineRuleMatches(rule, rule.intro, text, LineSetOffset::kTargetLists, i)) {
        list_.Open(&rule, &rules_.list_markers);
        const Initiative* open = builder_.current();
        builder_.Note(rule.id, "target_list", line.page, line.number, text,
                      open != nullptr
                          ? "the next paragraph holds targets of '" + open->name + "'"
                          : "introduces targets, but no initiative is open: they are dropped");
        return true;
      }
    }
    return false;
  }

  const RuleSet& rules_;
  const std::optional<std::string>& kind_;
  const RawCells raw_cells_;
  const RawFigureRows raw_figures_;
  const RawLabelRows raw_labels_;
  // Made by another loader than LoadRuleSet, a RuleSet may lack the set.
  const bool line_set_usable_ =
      rules_.line_patterns.size() == LineSetIndex(rules_, LineSetOffset::kEnd);
  std::optional<std::vector<bool>> line_matches_;
  bool line_matches_exact_ = false;
  std::string line_matches_text_;

  InitiativeBuilder builder_;
  LabelParagraph label_;
  TargetSentence sentence_;
  TargetList list_;
  BudgetTables budgets_;
  TableInitiatives tables_;
  bool after_section_heading_ = false;
  // The prose line before, for a sentence that wraps (ties in an economy paragraph).
  std::string previous_prose_;
};

}  // namespace

void ExtractInitiatives(const RuleSet& rules, Extraction* extraction, Trace* trace,
                        const KnowsCommonWord& knows_common_word, ExtractedWords words) {
  Walker walker(rules, extraction, trace);
  walker.set_knows_common_word(knows_common_word);
  walker.Run(words);
}

}  // namespace bilag
