#include "extractor/extract/raw_labels.h"

#include <string_view>
#include <vector>

#include "extractor/base/text.h"
#include "extractor/extract/initiative_builder.h"
#include "extractor/extract/plain_cells.h"

namespace bilag {
namespace {

// Two pairs with a value each tell a form from a column header whose cells
// happen to be label words ("Succeskriterier" / "Status" / the first row).
constexpr size_t kMinValuedPairs = 2;

const LabelRule* LabelOf(std::string_view text, const RuleSet& rules,
                         const std::optional<std::string>& kind) {
  const std::string label = LabelText(text);
  if (label.empty()) return nullptr;
  return FirstMatchingLabel(rules, kind, label);
}

bool IsLabel(std::string_view text, const RuleSet& rules, const std::optional<std::string>& kind) {
  return LabelOf(text, rules, kind) != nullptr;
}

// A label written inline, "Projektnavn: Fritidsjobguider ...", ends at a
// colon within the line's first bytes.
constexpr size_t kMaxInlineLabelBytes = 40;

// Where the inline label of the trimmed line ends (its colon), if a
// [[label]] pattern takes it; the rule in `rule`.
std::optional<size_t> InlineLabelEnd(std::string_view line, const RuleSet& rules,
                                     const std::optional<std::string>& kind,
                                     const LabelRule** rule) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxInlineLabelBytes) {
    return std::nullopt;
  }
  *rule = LabelOf(line.substr(0, colon), rules, kind);
  return *rule != nullptr ? std::optional<size_t>(colon) : std::nullopt;
}

// A label cell wraps over a few lines at most.
constexpr size_t kMaxLabelLines = 3;

}  // namespace

RawLabelRows RawLabelRows::Find(const Document& doc, const RuleSet& rules,
                                const std::optional<std::string>& kind,
                                const RawFigureRows& figures) {
  RawLabelRows found;
  if (rules.labels.empty() || !IsPlainCellText(doc)) return found;
  const std::vector<std::vector<const Line*>> paragraphs = PlainParagraphs(doc);
  // Where each paragraph's label starts: its last line, or its first when
  // the label cell wraps ("Hvordan bidrager" / "indsatsen til mål i" /
  // "integrationspolitikken"); none when it ends in no label.
  std::vector<std::optional<size_t>> label_from(paragraphs.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const std::vector<const Line*>& lines = paragraphs[i];
    if (IsLabel(Trim(lines.back()->text), rules, kind)) {
      label_from[i] = lines.size() - 1;
    } else if (lines.size() > 1 && lines.size() <= kMaxLabelLines &&
               IsLabel(JoinedText(lines), rules, kind)) {
      label_from[i] = 0;
    }
  }
  auto ends_in_label = [&](size_t i) { return label_from[i].has_value(); };
  // One run of pairs at a time: label, value (or none), label, ...
  std::vector<std::pair<size_t, std::optional<size_t>>> run;  // label, value paragraph
  size_t valued = 0;
  auto keep_run = [&] {
    if (valued >= kMinValuedPairs) {
      for (const auto& [label, value] : run) {
        const std::vector<const Line*>& label_lines = paragraphs[label];
        const Line* label_line = label_lines[*label_from[label]];
        Row row;
        row.page = label_line->page;
        row.line = label_line->number;
        // pdftotext wraps a cell's text to its column: lines are visual wraps.
        row.from_pdf = true;
        row.cells.emplace_back();
        for (size_t k = *label_from[label]; k < label_lines.size(); ++k) {
          row.cells.back().push_back(CellSegment(*label_lines[k]));
          if (k > *label_from[label]) found.consumed_lines_.insert(label_lines[k]);
        }
        row.cells.emplace_back();
        if (value) {
          for (const Line* line : paragraphs[*value]) {
            row.cells.back().push_back(CellSegment(*line));
            found.consumed_lines_.insert(line);
          }
        }
        found.rows_.emplace(label_line, std::move(row));
      }
    }
    run.clear();
    valued = 0;
  };
  size_t i = 0;
  while (i < paragraphs.size()) {
    if (!ends_in_label(i)) {
      keep_run();
      ++i;
      continue;
    }
    // A label that does not start its paragraph starts a new run: the lines
    // above it are a heading, not the value above.
    if (*label_from[i] > 0) keep_run();
    const bool has_value = i + 1 < paragraphs.size() && !ends_in_label(i + 1) &&
                           figures.StartingAt(*paragraphs[i + 1].back()) == nullptr;
    run.emplace_back(i, has_value ? std::optional<size_t>(i + 1) : std::nullopt);
    if (has_value) ++valued;
    i += has_value ? 2 : 1;
  }
  keep_run();
  found.FindInline(paragraphs, rules, kind);
  return found;
}

void RawLabelRows::FindInline(const std::vector<std::vector<const Line*>>& paragraphs,
                              const RuleSet& rules, const std::optional<std::string>& kind) {
  // The pairs of one run: a label line, the colon in its trimmed text, and
  // the lines after it in its paragraph up to the next label line.
  struct Pair {
    std::vector<const Line*> lines;
    size_t colon = 0;
  };
  std::vector<Pair> run;
  bool named = false;
  auto keep_run = [&] {
    size_t valued = 0;
    for (const Pair& pair : run) {
      valued += pair.lines.size() > 1 || pair.colon + 1 < Trim(pair.lines.front()->text).size();
    }
    // Prose has its inline labels ("Økonomi: ...", paragraphs.h); a run
    // that names its initiative is a form.
    if (named && valued >= kMinValuedPairs) {
      for (const Pair& pair : run) {
        const Line* label_line = pair.lines.front();
        const std::string_view text = Trim(label_line->text);
        Row row;
        row.page = label_line->page;
        row.line = label_line->number;
        row.from_pdf = true;
        Segment label = CellSegment(*label_line);
        label.text = std::string(text.substr(0, pair.colon));
        row.cells.push_back({label});
        row.cells.emplace_back();
        const std::string_view rest = Trim(text.substr(pair.colon + 1));
        if (!rest.empty()) {
          Segment value = CellSegment(*label_line);
          value.text = std::string(rest);
          row.cells.back().push_back(std::move(value));
        }
        for (size_t k = 1; k < pair.lines.size(); ++k) {
          row.cells.back().push_back(CellSegment(*pair.lines[k]));
          consumed_lines_.insert(pair.lines[k]);
        }
        rows_.emplace(label_line, std::move(row));
      }
    }
    run.clear();
    named = false;
  };
  for (const std::vector<const Line*>& paragraph : paragraphs) {
    for (size_t k = 0; k < paragraph.size(); ++k) {
      const Line* line = paragraph[k];
      const LabelRule* rule = nullptr;
      const std::optional<size_t> colon =
          rows_.contains(line) || consumed_lines_.contains(line)
              ? std::nullopt
              : InlineLabelEnd(Trim(line->text), rules, kind, &rule);
      if (colon) {
        run.push_back({{line}, *colon});
        named = named || rule->role == LabelRole::kName;
      } else if (k > 0 && !run.empty() && run.back().lines.back() == paragraph[k - 1]) {
        run.back().lines.push_back(line);  // the value goes on
      } else {
        keep_run();
      }
    }
  }
  keep_run();
}

const Row* RawLabelRows::StartingAt(const Line& line) const {
  auto it = rows_.find(&line);
  return it == rows_.end() ? nullptr : &it->second;
}

}  // namespace bilag
