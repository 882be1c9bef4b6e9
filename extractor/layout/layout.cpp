#include "extractor/layout/layout.h"

#include "extractor/base/list_markers.h"
#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/layout/blocks.h"
#include "extractor/layout/geometry.h"
#include "extractor/layout/roles.h"
#include "extractor/layout/side_columns.h"
#include "extractor/layout/side_flows.h"
#include "extractor/layout/tables.h"

#include <algorithm>
#include <string>
#include <vector>

namespace bilag {

namespace {

// OCR reads specks of a scan as lone characters; ingest makes each a cell
// of its own ("baggrund i" | "å"), which would turn a line of prose into a
// table row. A dash (a text layer's colon too) stays: in a table it means
// "no value".
void DropSpecks(Page* page) {
  for (Line& line : page->lines) {
    if (line.cells.size() < 2) continue;
    auto speck = [&](const Cell& cell) {
      return cell.x0 >= 0 && cell.x1 - cell.x0 < layout::kSpeckPoints && cell.text.size() <= 2 &&
             !layout::IsNoValueMark(cell.text, *page);
    };
    // Its words go too: the line's extent is its words'.
    std::erase_if(line.words, [&](int index) {
      if (index < 0 || static_cast<size_t>(index) >= page->words.size()) return false;
      const Box& box = page->words[static_cast<size_t>(index)].box;
      const double centre = (box.x0 + box.x1) / 2;
      return std::any_of(line.cells.begin(), line.cells.end(), [&](const Cell& cell) {
        return speck(cell) && centre >= cell.x0 && centre <= cell.x1;
      });
    });
    std::erase_if(line.cells, speck);
    if (line.cells.size() >= 2) {
      line.text.clear();
      for (size_t c = 0; c < line.cells.size(); ++c) {
        line.cells[c].column = static_cast<int>(c);
        line.text += (c > 0 ? "\t" : "") + line.cells[c].text;
      }
      continue;
    }
    line.kind = LineKind::kText;
    line.text = line.cells.empty() ? "" : line.cells.front().text;
    line.cells.clear();
  }
}

// A results table's first cell holds a bold name over a plain description;
// only the words tell which lines of the cell are bold, as the line holds
// the other cells too.
void MarkBoldCells(Page* page) {
  for (Line& line : page->lines) {
    for (Cell& cell : line.cells) {
      if (cell.x0 < 0) {
        cell.bold = line.bold;
        continue;
      }
      int words = 0;
      bool all_bold = true;
      for (int index : line.words) {
        if (index < 0 || static_cast<size_t>(index) >= page->words.size()) continue;
        const Word& word = page->words[static_cast<size_t>(index)];
        const double centre = (word.box.x0 + word.box.x1) / 2;
        if (centre < cell.x0 || centre > cell.x1) continue;
        ++words;
        all_bold = all_bold && word.bold;
      }
      cell.bold = words > 0 && all_bold;
    }
  }
}

bool IsBlankLine(const Line& line) {
  return line.text.find_first_not_of(" \t") == std::string::npos;
}

// A remark in parentheses that a figure cell may hold instead of a figure.
constexpr size_t kMaxCellRemarkBytes = 24;

// A line of digits and their separators alone, of bullet glyphs alone, or
// a short remark in parentheses as a figure cell holds ("(Se note 2)").
bool IsFigureCellLine(std::string_view line, const ListMarkers& markers) {
  const std::string_view text = Trim(line);
  if (IsBulletGlyphs(text, markers)) return true;
  if (text.size() <= kMaxCellRemarkBytes && text.starts_with('(') && text.ends_with(')')) {
    return true;
  }
  return IsBareFigure(text);
}

// A list item set with a hanging indent ("•" then a tab stop) reaches
// ingest as two cells, a marker and its text: it is one line of prose (the
// line builder measures only the gap, which the indent makes as wide as a
// cell gap). Text laid out with spaces gets the same from here.
void JoinListMarkers(Page* page, const ListMarkers& markers) {
  for (Line& line : page->lines) {
    if (line.cells.size() != 2 || !IsListMarker(line.cells[0].text, markers)) continue;
    line.text = line.cells[0].text + " " + line.cells[1].text;
    line.cells.clear();
    line.kind = LineKind::kText;
  }
  // `pdftotext` without -layout puts a bullet on a line of its own, a blank
  // line, then the item: the marker goes back in front of its item.
  bool removed = false;
  for (size_t i = 0; i < page->lines.size(); ++i) {
    Line& marker = page->lines[i];
    const size_t begin = marker.text.find_first_not_of(" \t");
    if (!marker.cells.empty() || begin == std::string::npos) continue;
    const std::string glyphs =
        marker.text.substr(begin, marker.text.find_last_not_of(" \t") - begin + 1);
    if (!IsBulletGlyphs(glyphs, markers)) continue;
    size_t next = i + 1;
    while (next < page->lines.size() && next <= i + 2 && IsBlankLine(page->lines[next])) ++next;
    if (next >= page->lines.size() || next > i + 2 || !page->lines[next].cells.empty()) continue;
    // A dash next to a figure or another dash is a table's empty cell among
    // its figure cells ("850" / "–" / "2.300"): no list item is a figure,
    // and a list does not start right below one. A bullet ("•") is never a
    // cell.
    // The figure above must be a block of its own, as a cell is: a year
    // that ends a wrapped item ("... ved udgangen af" / "2016") is none.
    size_t above = i;
    while (above > 0 && IsBlankLine(page->lines[above - 1])) --above;
    const bool figure_block_above = above > 0 && above < i &&
                                    IsFigureCellLine(page->lines[above - 1].text, markers) &&
                                    (above == 1 || IsBlankLine(page->lines[above - 2]));
    if (IsDashCell(glyphs) &&
        (IsFigureCellLine(page->lines[next].text, markers) || figure_block_above)) {
      continue;
    }
    Line& item = page->lines[next];
    item.text = glyphs + " " + item.text.substr(item.text.find_first_not_of(" \t"));
    item.words.insert(item.words.begin(), marker.words.begin(), marker.words.end());
    page->lines.erase(page->lines.begin() + static_cast<std::ptrdiff_t>(i),
                      page->lines.begin() + static_cast<std::ptrdiff_t>(next));
    removed = true;
  }
  if (removed) page->Renumber();
}

}  // namespace

const std::vector<std::string>& BuiltinTableNoteWords() {
  static const std::vector<std::string> words = {"Note", "Noter", "Kilde", "Anm."};
  return words;
}

LayoutSummary AnalyseLayout(Document* doc, const LayoutOptions& options) {
  LayoutSummary summary;
  for (Page& page : doc->pages) {
    if (!page.words.empty()) DropSpecks(&page);
    JoinListMarkers(&page, options.list_markers);
  }
  // Side columns first: a table beside an address column has its columns
  // only once the address is out of its rows.
  for (Page& page : doc->pages) summary.side_lines += layout::SeparateSideColumns(&page);
  // So does a table beside a paragraph set on baselines of its own.
  for (Page& page : doc->pages) summary.side_lines += layout::SeparateSideFlows(&page);
  summary.tables = layout::StructureTables(doc, options);
  // Blocks last: prose is what tables and side columns leave.
  summary.blocks = layout::FindBlocks(doc, options.list_markers);
  for (Page& page : doc->pages) MarkBoldCells(&page);
  // Roles last of all: they read tables, side columns and blocks.
  layout::AssignRoles(doc, options.list_markers, options.month_words);
  return summary;
}

}  // namespace bilag
