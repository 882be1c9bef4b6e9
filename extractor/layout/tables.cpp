#include "extractor/layout/tables.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <list>
#include <optional>
#include <vector>

#include "extractor/layout/geometry.h"
#include "extractor/layout/header_grid.h"
#include "extractor/layout/table_columns.h"
#include "extractor/layout/table_regions.h"
#include "extractor/layout/table_rows.h"

namespace bilag::layout {
namespace {

// Two one-word cells are at least this far apart (two characters of text
// laid out with spaces); a justified line's words are a space apart.
constexpr double kOneWordCellGapPoints = 10;
// A word starts where the cell above starts: the same character column.
constexpr double kSameStartPoints = 1;

// Text laid out with spaces parts one-word cells no further apart than
// each other ("procentpoint   procentpoint   procentpoint", the unit under
// each figure of a row), so ingest found no gap that stands out and made
// the line one piece of text, which would end the table. A line right
// below a table row whose words each start where one of that row's cells
// starts, a gutter apart, is a row of those one-word cells: prose does not
// set each of its words where the cells above start.
void SplitOneWordCellLines(Page* page) {
  for (size_t i = 1; i < page->lines.size(); ++i) {
    Line& line = page->lines[i];
    const Line& above = page->lines[i - 1];
    if (line.kind != LineKind::kText || line.side || line.words.size() < 2 ||
        above.kind != LineKind::kTableRow || above.side || above.cells.size() < 2) {
      continue;
    }
    std::vector<Cell> cells;
    size_t next_cell = 0;  // each word starts a cell further right
    double previous_x1 = -1;
    for (int index : line.words) {
      if (index < 0 || static_cast<size_t>(index) >= page->words.size()) break;
      const Word& word = page->words[static_cast<size_t>(index)];
      if (previous_x1 >= 0 && word.box.x0 - previous_x1 < kOneWordCellGapPoints) break;
      while (next_cell < above.cells.size() &&
             above.cells[next_cell].x0 < word.box.x0 - kSameStartPoints) {
        ++next_cell;
      }
      if (next_cell == above.cells.size() ||
          std::abs(above.cells[next_cell].x0 - word.box.x0) > kSameStartPoints) {
        break;
      }
      ++next_cell;
      previous_x1 = word.box.x1;
      Cell cell;
      cell.text = word.text;
      cell.x0 = word.box.x0;
      cell.x1 = word.box.x1;
      cells.push_back(std::move(cell));
    }
    if (cells.size() != line.words.size()) continue;
    line.text.clear();
    line.SetCells(std::move(cells));
  }
}

// A page of text laid out with spaces has a character grid of its own:
// `pdftotext -layout` places each page's text apart, so a table going on
// over a page break may stand several characters left or right of where
// the page before set it, its columns closer together or farther apart. A
// part that shows fewer columns than its table (a row's rest at a page's
// top) keeps its own columns, as the table's last columns its text fits
// (a row's name ends before the break; the longer target and status cells
// go on): a column's text is no wider than its column. The columns it does
// not show stand empty left of its text. Returns nullopt when the part
// shows fewer than two columns.
constexpr double kWiderTextShare = 0.25;
std::optional<ColumnModel> PartInTableColumns(const ColumnModel& table, const ColumnModel& own) {
  const size_t k = own.columns.size(), n = table.columns.size();
  if (k < 2 || k >= n || table.grid || own.grid) return std::nullopt;
  // Each page's grid has a scale of its own too, so a column's text may
  // stand a little wider than the column on the page before: a choice fits
  // when its columns are narrower than the part's by at most this share of
  // the part's text in all.
  double own_width = 0;
  for (const Span& column : own.columns) own_width += column.Width();
  const double tolerated = kWiderTextShare * own_width;
  double least_excess = std::numeric_limits<double>::infinity();
  std::vector<size_t> best, least;
  // Every choice of k of the n columns, in order: n is a table's column
  // count (a handful), so trying them all is cheap. Later choices come
  // later, so the last that fits is kept.
  std::vector<size_t> chosen(k);
  auto visit = [&](auto&& self, size_t depth, size_t from) -> void {
    if (depth == k) {
      double excess = 0;
      for (size_t j = 0; j < k; ++j) {
        excess += std::max(0.0, own.columns[j].Width() - table.columns[chosen[j]].Width());
      }
      if (excess <= tolerated) best = chosen;
      if (excess < least_excess) {
        least_excess = excess;
        least = chosen;
      }
      return;
    }
    for (size_t c = from; c + (k - depth) <= n; ++c) {
      chosen[depth] = c;
      self(self, depth + 1, c + 1);
    }
  };
  visit(visit, 0, 0);
  if (best.empty()) best = least;
  ColumnModel model;
  model.split_gap = own.split_gap;
  // A column the part does not show: a sliver left of the text before it.
  double left = own.columns[0].x0 - 2 * static_cast<double>(n);
  size_t next = 0;
  for (size_t c = 0; c < n; ++c) {
    if (next < k && best[next] == c) {
      model.columns.push_back(own.columns[next]);
      model.starts.push_back(next < own.starts.size() ? own.starts[next] : -1);
      left = own.columns[next].x1 + 1;
      ++next;
    } else {
      model.columns.push_back({left, left + 1});
      model.starts.push_back(-1);
      left += 2;
    }
  }
  for (size_t c = 0; c + 1 < n; ++c) {
    model.borders.push_back({model.columns[c].x1, model.columns[c + 1].x0});
  }
  return model;
}

}  // namespace

int StructureTables(Document* doc, const LayoutOptions& options) {
  for (Page& page : doc->pages) {
    if (LaidOutWithSpaces(page)) SplitOneWordCellLines(&page);
  }
  std::vector<Part> parts = FindParts(*doc, options.table_note_words, options.list_markers);
  for (Part& part : parts) {
    Page& page = doc->pages[part.page];
    if (MoveHeaderOntoBodyGrid(part, options.month_words, &page)) SetColumns(page, &part);
  }
  // Text inputs with cells of their own (tabs, HTML) may have numbered
  // tables and rows already: ids go on from theirs.
  int next_row = 0, next_table = 0;
  for (const Page& page : doc->pages) {
    for (const Line& line : page.lines) {
      next_row = std::max(next_row, line.row);
      next_table = std::max(next_table, line.table);
    }
  }
  int tables = 0;
  std::vector<bool> taken(parts.size(), false);
  for (size_t first = 0; first < parts.size(); ++first) {
    // A lone row continues a table or is none.
    if (taken[first] || parts[first].lone) continue;
    std::vector<size_t> members{first};
    for (size_t j = first + 1; j < parts.size(); ++j) {
      const size_t last = members.back();
      if (parts[j].page != parts[last].page + 1) break;
      if (Continues(*doc, &parts[last], &parts[j])) {
        members.push_back(j);
        taken[j] = true;
      } else if (!parts[j].lone) {
        break;
      }
    }
    // A ruled part keeps its grid's columns, and so does a borderless part
    // that shows as many columns as the widest part: text laid out with
    // spaces may set each page's columns a little differently. A part that
    // shows fewer (a page whose rows leave a column empty) takes the columns
    // of all the parts' lines together.
    std::vector<std::vector<Span>> borderless;
    size_t most = 0;
    double split_gap = 0;
    for (size_t p : members) {
      most = std::max(most, parts[p].columns.columns.size());
      if (parts[p].grid) continue;
      split_gap = std::max(split_gap, parts[p].columns.split_gap);
      const Page& page = doc->pages[parts[p].page];
      for (size_t i : parts[p].lines) {
        borderless.push_back(ColumnPieces(page.lines[i], page, parts[p].columns.split_gap));
      }
    }
    const ColumnModel shared = ColumnsFromAlignment(borderless, split_gap);
    std::vector<const Part*> table;
    const ColumnModel* head = nullptr;  // the first part's
    // A lone row at a page's top (the rest of the row above the break) sits
    // in the columns of the part before it, as that part's page set them.
    const ColumnModel* before = nullptr;
    std::list<ColumnModel> part_models;  // stable addresses for `before`
    for (size_t p : members) {
      const bool own = parts[p].grid || parts[p].columns.columns.size() == most;
      const bool as_before =
          !own && parts[p].lone && before != nullptr && before->columns.size() == most;
      const ColumnModel* chosen = own ? &parts[p].columns : as_before ? before : &shared;
      // A row's rest, not a part that repeats the header (whose columns
      // the other parts' lines tell better than its own few).
      if (!own && before != nullptr && LaidOutWithSpaces(doc->pages[parts[p].page]) &&
          !OpensWithHeader(doc->pages[parts[p].page], parts[p], options.month_words)) {
        if (std::optional<ColumnModel> to_part = PartInTableColumns(*chosen, parts[p].columns)) {
          part_models.push_back(std::move(*to_part));
          chosen = &part_models.back();
        }
      }
      const ColumnModel& model = *chosen;
      if (model.columns.size() < 2) continue;
      before = &model;
      if (head == nullptr) head = &model;
      Page& page = doc->pages[parts[p].page];
      const Line* above = nullptr;
      for (size_t i : parts[p].lines) {
        PlaceCells(model, page, options.list_markers, &page.lines[i], above);
        above = &page.lines[i];
      }
      table.push_back(&parts[p]);
    }
    if (table.empty()) continue;
    MarkRows(table, *head, options.list_markers, options.month_words, ++next_table, &next_row, doc);
    ++tables;
  }
  return tables;
}

}  // namespace bilag::layout
