#include "extractor/layout/tables.h"

#include <algorithm>
#include <vector>

#include "extractor/layout/table_columns.h"
#include "extractor/layout/table_regions.h"
#include "extractor/layout/table_rows.h"

namespace bilag::layout {

int StructureTables(Document* doc) {
  std::vector<Part> parts = FindParts(*doc);
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
  for (size_t first = 0; first < parts.size();) {
    size_t end = first + 1;
    while (end < parts.size() && Continues(*doc, parts[end - 1], &parts[end])) ++end;
    // A ruled part keeps its grid's columns; borderless parts share the
    // columns of all their lines, so that a page with empty cells in a
    // column still has it.
    std::vector<std::vector<Span>> borderless;
    for (size_t p = first; p < end; ++p) {
      if (parts[p].grid) continue;
      const Page& page = doc->pages[parts[p].page];
      for (size_t i : parts[p].lines) borderless.push_back(CellPieces(page.lines[i], page));
    }
    const ColumnModel shared = ColumnsFromAlignment(borderless);
    std::vector<const Part*> table;
    const ColumnModel* widest = nullptr;
    for (size_t p = first; p < end; ++p) {
      const ColumnModel& model = parts[p].grid ? parts[p].columns : shared;
      if (model.columns.size() < 2) continue;
      if (widest == nullptr || model.columns.size() > widest->columns.size()) widest = &model;
      Page& page = doc->pages[parts[p].page];
      for (size_t i : parts[p].lines) PlaceCells(model, page, &page.lines[i]);
      table.push_back(&parts[p]);
    }
    first = end;
    if (table.empty()) continue;
    MarkRows(table, *widest, ++next_table, &next_row, doc);
    ++tables;
  }
  return tables;
}

}  // namespace bilag::layout
