#include "extractor/extract/raw_rows.h"

#include <algorithm>
#include <string_view>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/extract/table_initiatives.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

// A header cell is a few words ("Status pr. 1. oktober 2012").
constexpr size_t kMaxHeaderCellBytes = 40;

// A line that is a year alone ("2011"): the lower row of a two-row header.
bool IsYearAlone(std::string_view text) {
  if (text.size() != 4) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return IsPlausibleYear(std::stoi(std::string(text)));
}

// The column a header cell names by its first word, written longer than
// the rules' header ("Status pr. 1. oktober 2012", "Status ultimo 2011"),
// or nullptr.
const ColumnRule* NamesColumnByFirstWord(const Line& line, const RuleSet& rules,
                                         const std::optional<std::string>& kind) {
  const std::string_view text = Trim(line.text);
  const std::string first_word(text.substr(0, text.find(' ')));
  std::optional<int> year;
  if (first_word.size() == text.size()) return nullptr;
  return MatchColumnHeader(rules, kind, first_word, &year);
}

// The longest header cell that starts at lines[i] (see ReadRawHeader), with
// how many lines it takes; 0 lines when none names a column.
size_t ReadHeaderCell(const std::vector<const Line*>& lines,
                      const std::vector<bool>& starts_paragraph, size_t i, size_t max_cell_lines,
                      const RuleSet& rules, const std::optional<std::string>& kind,
                      RawColumn* column, std::string* text) {
  std::string cell;
  size_t taken = 0;
  for (size_t k = i; k < lines.size() && k < i + max_cell_lines; ++k) {
    if (k > i && starts_paragraph[k]) break;
    AppendHeaderLine(Trim(lines[k]->text), &cell);
    std::optional<int> year;
    const ColumnRule* rule = MatchColumnHeader(rules, kind, cell, &year);
    if (rule != nullptr) {
      *column = RawColumn{rule, year};
      *text = cell;
      taken = k - i + 1;
    }
  }
  return taken;
}

// A one-line paragraph.
bool StandsAlone(const std::vector<bool>& starts_paragraph, size_t i) {
  return starts_paragraph[i] && (i + 1 == starts_paragraph.size() || starts_paragraph[i + 1]);
}

// A two-row header: the last cells of the upper row span the years of the
// lower ("Resultatkrav" / "Resultat" over "2011" / "2012" / "2009" /
// "2010", each upper cell over as many years, in order), and each column
// is headed by its upper cell and its year, as a layout table's stacked
// header reads ("Resultat 2009"). `texts` are the header cells read so
// far; at lines[*i] stand the upper cells that name no column without a
// year, then the years. Replaces the spanning columns and moves *i below
// the years; false when the lines are no such header.
bool ReadYearRow(const std::vector<const Line*>& lines, const std::vector<bool>& starts_paragraph,
                 const RuleSet& rules, const std::optional<std::string>& kind,
                 std::vector<std::string> texts, std::vector<RawColumn>* columns, size_t* i) {
  // The upper cells that name no year: matched ones at the end of the
  // header, then the lines that name a column only with a year.
  size_t spanning_from = columns->size();
  while (spanning_from > 0 && !(*columns)[spanning_from - 1].year &&
         (*columns)[spanning_from - 1].rule->role == ColumnRole::kTarget) {
    --spanning_from;
  }
  std::vector<std::string> upper(texts.begin() + static_cast<long>(spanning_from), texts.end());
  size_t k = *i;
  while (k < lines.size() && StandsAlone(starts_paragraph, k) &&
         !IsYearAlone(Trim(lines[k]->text)) && upper.size() < columns->size() + 2) {
    upper.emplace_back(Trim(lines[k]->text));
    ++k;
  }
  std::vector<std::string> years;
  while (k < lines.size() && IsYearAlone(Trim(lines[k]->text))) {
    years.emplace_back(Trim(lines[k]->text));
    ++k;
  }
  if (upper.empty() || years.empty() || years.size() % upper.size() != 0) return false;
  const size_t span = years.size() / upper.size();
  std::vector<RawColumn> stacked;
  for (size_t y = 0; y < years.size(); ++y) {
    RawColumn column;
    column.rule = MatchColumnHeader(rules, kind, upper[y / span] + " " + years[y], &column.year);
    if (column.rule == nullptr || column.rule->role != ColumnRole::kTarget) return false;
    stacked.push_back(column);
  }
  columns->resize(spanning_from);
  columns->insert(columns->end(), stacked.begin(), stacked.end());
  *i = k;
  return true;
}

// A name and the paragraphs that follow it up to the next name cell.
struct GatheredRow {
  const Line* name = nullptr;
  std::vector<std::vector<const Line*>> blocks;
  // No line outside the name cells sits beside its own.
  bool clear = true;
  // The next name cell or group row on the page ends its cells: below a
  // page's last row, text after the table (a note, a letter's side
  // column) may follow.
  bool closed = false;
  // The widest line of its name cell and description: the first column's
  // width.
  size_t widest_line = 0;
};

// The rows below the header, and the paragraphs before the first name.
struct Gathered {
  std::vector<std::vector<const Line*>> leading;
  bool leading_clear = true;
  std::vector<GatheredRow> rows;
};

Gathered Gather(const std::vector<std::vector<const Line*>>& paragraphs, const Line* below,
                const std::function<RawRowPart(const Line*)>& part_of) {
  Gathered gathered;
  bool started = false;
  GatheredRow* open = nullptr;  // the last row, while its cells may follow
  for (const std::vector<const Line*>& whole : paragraphs) {
    std::vector<const Line*> paragraph = whole;
    if (!started) {
      const auto at = std::find(whole.begin(), whole.end(), below);
      if (at == whole.end()) continue;
      started = true;
      paragraph.assign(at, whole.end());
    }
    bool outside = true;
    for (const Line* line : paragraph) outside = outside && part_of(line) == RawRowPart::kOutside;
    if (outside) {
      // A row goes on over no page break: the cells there are another
      // row's, or a row the page cut in two.
      if (open != nullptr && paragraph.front()->page != open->name->page) open = nullptr;
      if (open != nullptr) open->blocks.push_back(paragraph);
      if (gathered.rows.empty()) gathered.leading.push_back(paragraph);
      continue;
    }
    // A line outside the name cells above the paragraph's first name cell
    // line may be the row's cell as well as text between.
    if (part_of(paragraph.front()) == RawRowPart::kOutside) {
      if (open != nullptr) open->clear = false;
      if (gathered.rows.empty()) gathered.leading_clear = false;
    }
    if (open != nullptr) open->closed = paragraph.front()->page == open->name->page;
    open = nullptr;
    // A name starts a row whose cells the count may tell when every line
    // after it is its name cell or description: another line there may be
    // a figure cell set between.
    for (const Line* line : paragraph) {
      const RawRowPart part = part_of(line);
      if (part == RawRowPart::kName) {
        if (open != nullptr) open->closed = true;
        gathered.rows.push_back(GatheredRow{line, {}, true, false, 0});
        open = &gathered.rows.back();
      }
      if ((part == RawRowPart::kName || part == RawRowPart::kNameCell) && open != nullptr) {
        open->widest_line = std::max(open->widest_line, CodePoints(Trim(line->text)));
      } else if (part != RawRowPart::kNameCell && open != nullptr) {
        open->clear = false;
        open = nullptr;
      }
    }
  }
  return gathered;
}

// Whether the paragraphs after a page's last row may be its cells rather
// than text after the table: a figure column is no wider than the first,
// whose description wraps at its width; a note or a paragraph across the
// page is.
bool FitsBeside(const GatheredRow& row) {
  for (const std::vector<const Line*>& block : row.blocks) {
    for (const Line* line : block) {
      if (CodePoints(Trim(line->text)) > row.widest_line) return false;
    }
  }
  return true;
}

std::vector<RawFigureCell> CellsOf(const std::vector<std::vector<const Line*>>& blocks,
                                   size_t first_block, const std::vector<RawColumn>& columns) {
  std::vector<RawFigureCell> cells;
  for (size_t i = 0; i < columns.size(); ++i) {
    cells.push_back(RawFigureCell{columns[i], blocks[first_block + i]});
  }
  return cells;
}

RawTiedRows Tie(const Gathered& gathered, const std::vector<RawColumn>& columns,
                size_t figure_columns) {
  RawTiedRows tied;
  if (figure_columns == 0) return tied;
  const std::vector<RawColumn> figures(columns.end() - static_cast<long>(figure_columns),
                                       columns.end());
  if (figure_columns < columns.size() && columns.front().rule->role == ColumnRole::kTarget) {
    tied.name_target = columns.front();
  }
  const std::vector<GatheredRow>& rows = gathered.rows;
  // Every cell first: the names follow one another then, with nothing
  // between them (text after the table may follow the last). One name
  // alone says nothing of the order: the blocks above it may be another
  // row's name without a description and its cells.
  bool names_together = rows.size() >= 2;
  for (size_t i = 0; i + 1 < rows.size(); ++i) {
    names_together = names_together && rows[i].blocks.empty();
  }
  if (names_together && !gathered.leading.empty() && gathered.leading_clear &&
      gathered.leading.size() == rows.size() * figure_columns) {
    for (size_t i = 0; i < rows.size(); ++i) {
      tied.cells[rows[i].name] = CellsOf(gathered.leading, i * figure_columns, figures);
    }
    return tied;
  }
  for (const GatheredRow& row : rows) {
    if (row.clear && (row.closed || FitsBeside(row)) && row.blocks.size() == figure_columns) {
      tied.cells[row.name] = CellsOf(row.blocks, 0, figures);
    }
  }
  return tied;
}

}  // namespace

size_t FigureColumns(const std::vector<RawColumn>& columns) {
  if (columns.empty()) return 0;
  const ColumnRule& first = *columns.front().rule;
  const bool above_names = first.role == ColumnRole::kName ||
                           (first.role == ColumnRole::kTarget && first.kind == TargetKind::kGoal);
  return above_names ? columns.size() - 1 : columns.size();
}

void AppendHeaderLine(std::string_view line, std::string* cell) {
  // A cell too narrow for its word breaks it without a hyphen ("Resultatk"
  // / "rav"): a small letter after a letter goes on the same word.
  if (!cell->empty() && !(EndsInLetter(*cell) && StartsLowerCase(line))) *cell += ' ';
  *cell += line;
}

RawHeader ReadRawHeader(const std::vector<const Line*>& lines,
                        const std::vector<bool>& starts_paragraph, size_t first,
                        size_t max_cell_lines, const RuleSet& rules,
                        const std::optional<std::string>& kind) {
  RawHeader header;
  std::vector<std::string> texts;
  size_t i = first;
  while (i < lines.size()) {
    RawColumn column;
    std::string text;
    size_t taken =
        ReadHeaderCell(lines, starts_paragraph, i, max_cell_lines, rules, kind, &column, &text);
    if (taken == 0) {
      // A column that holds text ("Status ultimo 2011") is counted by its
      // first word; a target column's kind and year would be a guess.
      const ColumnRule* by_first_word =
          StandsAlone(starts_paragraph, i) && Trim(lines[i]->text).size() <= kMaxHeaderCellBytes
              ? NamesColumnByFirstWord(*lines[i], rules, kind)
              : nullptr;
      if (by_first_word == nullptr || by_first_word->role == ColumnRole::kTarget) break;
      column.rule = by_first_word;
      taken = 1;
    }
    header.columns.push_back(column);
    texts.push_back(std::move(text));
    i += taken;
  }
  ReadYearRow(lines, starts_paragraph, rules, kind, texts, &header.columns, &i);
  bool usable = header.columns.size() >= 2 && i < lines.size() &&
                !IsYearAlone(Trim(lines[i]->text)) &&
                NamesColumnByFirstWord(*lines[i], rules, kind) == nullptr;
  for (size_t k = 1; usable && k < header.columns.size(); ++k) {
    usable = header.columns[k].rule->role != ColumnRole::kName;
  }
  if (!usable) return RawHeader{};
  header.below = lines[i];
  return header;
}

RawTiedRows TieFigureCells(const std::vector<std::vector<const Line*>>& paragraphs,
                           const RawHeader& header,
                           const std::function<RawRowPart(const Line*)>& part_of) {
  if (header.below == nullptr) return {};
  const Gathered gathered = Gather(paragraphs, header.below, part_of);
  return Tie(gathered, header.columns, FigureColumns(header.columns));
}

}  // namespace bilag
