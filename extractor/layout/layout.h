// The layout stage: between ingest and normalisation, it rebuilds the
// structure of each page that reading order alone loses, from the word
// boxes of text layers and OCR alike, and of text laid out with spaces,
// which ingest places on a character grid (extractor/ingest/text_grid.h);
// other text inputs carry their structure in tabs and HTML cells, and pass
// through unchanged:
//
//   side_columns.h  a letterhead's side column is taken out of the body;
//   tables.h        tables keep their rows and columns (table_regions.h,
//                   table_columns.h, table_rows.h; grids.h reads rulings);
//   table_model.h   a table read back as rows of cells with full headers;
//   blocks.h        the prose left over falls into paragraphs.
//
// Later stages see the result in the Document: Line::side, Line::table,
// Line::row, Line::header, Line::repeated_header, Line::exact_rows,
// Line::block, and every line of a table with one cell per column
// (Cell::span for spanning cells). `bilag text --layout` prints it
// (layout_text.h), `--json` as JSON (extractor/emit/layout_json.h).
#ifndef BILAG_EXTRACTOR_LAYOUT_LAYOUT_H_
#define BILAG_EXTRACTOR_LAYOUT_LAYOUT_H_

#include <string>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/model/document.h"
#include "extractor/values/vocabulary.h"

namespace bilag {

// The table note words of the shipped rules/tables.toml ([[table_note]]).
const std::vector<std::string>& BuiltinTableNoteWords();

// The rules' vocabulary the layout reads, as plain data: the stage that
// loads rules (rules/) wires it in (extractor.cpp, through pipeline.h); the
// defaults are the shipped rule files' words, for callers without rules.
struct LayoutOptions {
  // The rules' list markers ([[list_marker]]): a bullet set apart from its
  // item by a tab stop or words is no table cell of its own, a table cell's
  // further item goes on in its row, and a line that starts with one starts
  // a block and is a list item.
  ListMarkers list_markers = BuiltinListMarkers();
  // Words that start a note under a table ([[table_note]]: "Note", "Kilde").
  std::vector<std::string> table_note_words = BuiltinTableNoteWords();
  // The month words of the rules' vocabulary ([[month]]: "oktober", "okt.";
  // case-folded, longest first): "1. oktober" in a table cell is a date in
  // a header, not a figure, and "København, 18. august 2015" is a letter's
  // dateline, never its title.
  std::vector<std::string> month_words = MonthWordsOf(BuiltinVocabulary());
};

struct LayoutSummary {
  int side_lines = 0;  // lines moved to side columns
  int tables = 0;
  int blocks = 0;
};

LayoutSummary AnalyseLayout(Document* doc, const LayoutOptions& options = {});

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_LAYOUT_H_
