#include "extractor/layout/tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/utf8.h"
#include "extractor/layout/geometry.h"
#include "extractor/layout/grids.h"

namespace bilag::layout {
namespace {

// Rows of one table are at most this many line heights apart (a row of
// wrapped cells leaves room below its first line); a line continuing a
// cell sits closer.
constexpr double kRowGapLines = 2.5;
constexpr double kContinuationGapLines = 1.5;
// A table continues on the next page when nothing but page furniture
// comes between its parts; furniture sits in the top or bottom
// kMarginShare of the page, or is a page number.
constexpr int kMaxLinesAroundBreak = 0;
constexpr double kMarginShare = 0.07;
// Columns of two parts match when they overlap by this share of the
// narrower.
constexpr double kMatchingColumnShare = 0.5;
// Rows of a borderless table are told apart by spacing when the gaps
// between its lines fall in two groups this far apart (cell padding): more
// than OCR's jitter of line boxes.
constexpr double kMinRowPaddingPoints = 3;
constexpr double kRowPaddingShare = 0.3;
// SplitAtColumns cuts a cell only at a gap wider than a word space.
constexpr double kMinSplitGapPoints = 6;

// A table's lines on one page, in reading order.
struct Part {
  size_t page = 0;
  std::vector<size_t> lines;
  std::vector<Span> widest;  // the spans of its row with the most cells
  std::optional<Grid> grid;  // the ruled table it lies in, if any
};

bool IsBody(const Line& line) { return !line.side && !line.words.empty(); }

bool IsTableRow(const Line& line, const std::vector<Span>& pieces) {
  return line.kind == LineKind::kTableRow &&
         std::count_if(pieces.begin(), pieces.end(),
                       [](const Span& piece) { return piece.Width() >= kSpeckPoints; }) >= 2;
}

// Whether a one-piece line lies in one column: a wrapped cell, not prose.
bool InOneColumn(const Span& piece, const std::vector<Span>& columns) {
  int touched = 0;
  for (const Span& column : columns) touched += piece.Overlap(column) > 1.0;
  return touched == 1;
}

// A line below a table's last row continues one of its cells only at the
// table's leading; one set farther down is a note under the table. Text laid
// out with spaces (pdftotext -layout) writes both a row's padding and the
// space before a note as one blank line, so only this tells them apart.
// A one-cell group row inside the table stays: rows follow it.
void DropTrailingNotes(const Page& page, Part* part) {
  std::vector<size_t>& lines = part->lines;
  double tightest = 1e300, height = 0;
  for (size_t k = 1; k < lines.size(); ++k) {
    const Band above = BandOf(page.lines[lines[k - 1]], page);
    const Band below = BandOf(page.lines[lines[k]], page);
    tightest = std::min(tightest, below.y0 - above.y1);
    height = std::max(height, below.y1 - below.y0);
  }
  const double slack = std::max(kMinRowPaddingPoints, kRowPaddingShare * height);
  while (lines.size() >= 2) {
    const Line& last = page.lines[lines.back()];
    if (IsTableRow(last, PiecesOf(last, page))) break;
    const Band above = BandOf(page.lines[lines[lines.size() - 2]], page);
    if (BandOf(last, page).y0 - above.y1 <= tightest + slack) break;
    lines.pop_back();
  }
}

std::vector<Part> FindParts(const Document& doc) {
  std::vector<Part> parts;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    if (!HasGeometry(page)) continue;
    bool open = false;
    double last_y1 = 0, height = 1;
    auto close = [&] {
      if (open && !parts.back().grid) DropTrailingNotes(page, &parts.back());
      if (open && !parts.back().grid &&
          std::count_if(parts.back().lines.begin(), parts.back().lines.end(), [&](size_t i) {
            return IsTableRow(page.lines[i], PiecesOf(page.lines[i], page));
          }) < 2) {
        parts.pop_back();
      }
      open = false;
    };
    std::vector<Grid> grids = FindGrids(page);
    std::erase_if(grids, [](const Grid& grid) { return grid.Columns().size() < 2; });
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const Line& line = page.lines[i];
      if (!IsBody(line)) continue;
      std::vector<Span> pieces = PiecesOf(line, page);
      Band band = BandOf(line, page);
      // Inside a ruled table, the rulings say what belongs to it.
      const Grid* grid = nullptr;
      if (!pieces.empty()) {
        double x = (pieces.front().x0 + pieces.back().x1) / 2, y = (band.y0 + band.y1) / 2;
        for (const Grid& candidate : grids) {
          if (candidate.Contains(x, y)) grid = &candidate;
        }
      }
      if (grid != nullptr) {
        bool same = open && parts.back().grid && parts.back().grid->x0 == grid->x0 &&
                    parts.back().grid->y0 == grid->y0;
        if (!same) {
          close();
          parts.push_back({p, {}, grid->Columns(), *grid});
          open = true;
        }
        parts.back().lines.push_back(i);
        continue;
      }
      if (open && parts.back().grid) close();
      if (IsTableRow(line, pieces)) {
        if (open && band.y0 - last_y1 > kRowGapLines * height) close();
        if (!open) {
          parts.push_back({p, {}, {}, std::nullopt});
          open = true;
          height = std::max(1.0, band.y1 - band.y0);
        }
        parts.back().lines.push_back(i);
        if (pieces.size() > parts.back().widest.size()) parts.back().widest = pieces;
        last_y1 = band.y1;
        continue;
      }
      if (open && pieces.size() == 1 && band.y0 - last_y1 <= kContinuationGapLines * height &&
          InOneColumn(pieces[0], parts.back().widest)) {
        parts.back().lines.push_back(i);
        last_y1 = band.y1;
        continue;
      }
      close();
    }
    close();
  }
  return parts;
}

// Page furniture between two parts of a table: a running header or footer
// in the page's margin, or a page number ("Side 2 af 5", "- 3 -").
bool IsFurniture(const Line& line, const Page& page) {
  Band band = BandOf(line, page);
  if (band.y1 < kMarginShare * page.height || band.y0 > (1 - kMarginShare) * page.height) {
    return true;
  }
  size_t words = line.words.size();
  bool digit = line.text.find_first_of("0123456789") != std::string::npos;
  return words <= 4 && digit && line.text.size() <= 16;
}

int BodyLinesBetween(const Page& page, size_t begin, size_t end) {
  int count = 0;
  for (size_t i = begin; i < end && i < page.lines.size(); ++i) {
    count += IsBody(page.lines[i]) && !IsFurniture(page.lines[i], page);
  }
  return count;
}

bool SameColumns(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (size_t c = 0; c < a.size(); ++c) {
    double narrower = std::max(1.0, std::min(a[c].Width(), b[c].Width()));
    if (a[c].Overlap(b[c]) < kMatchingColumnShare * narrower) return false;
  }
  return true;
}

// Whether part `b` continues part `a` across a page break.
bool Continues(const Document& doc, const Part& a, const Part& b) {
  if (b.page != a.page + 1) return false;
  const Page& first = doc.pages[a.page];
  const Page& next = doc.pages[b.page];
  return BodyLinesBetween(first, a.lines.back() + 1, first.lines.size()) <= kMaxLinesAroundBreak &&
         BodyLinesBetween(next, 0, b.lines.front()) <= kMaxLinesAroundBreak &&
         SameColumns(a.widest, b.widest);
}

std::string JoinCells(const std::vector<Cell>& cells) {
  std::string text;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (c > 0) text.push_back('\t');
    text += cells[c].text;
  }
  return text;
}

// Splits a cell that covers two columns where its words leave a gap at the
// columns' border: ingest keeps words together across a gap too narrow for
// a cell gap ("Resultatkrav  Resultatkrav" over narrow number columns).
void SplitAtColumns(const std::vector<Span>& columns, const Page& page, Line* line) {
  constexpr double kTolerance = 2;
  std::vector<Cell> cells;
  for (const Cell& cell : line->cells) {
    std::vector<const Word*> words;
    for (int index : line->words) {
      if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
      const Word& word = page.words[static_cast<size_t>(index)];
      double centre = (word.box.x0 + word.box.x1) / 2;
      if (centre >= cell.x0 && centre <= cell.x1) words.push_back(&word);
    }
    std::sort(words.begin(), words.end(),
              [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    bool split = false;
    std::vector<Cell> pieces(1);
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) {
        double gap0 = words[i - 1]->box.x1, gap1 = words[i]->box.x0;
        bool border = false;
        for (size_t c = 0; c + 1 < columns.size(); ++c) {
          border = border ||
                   (columns[c].x1 <= gap1 + kTolerance && columns[c + 1].x0 >= gap0 - kTolerance &&
                    gap1 - gap0 >= kMinSplitGapPoints);
        }
        if (border) {
          pieces.emplace_back();
          split = true;
        } else {
          pieces.back().text.push_back(' ');
        }
      }
      Cell& piece = pieces.back();
      piece.text += words[i]->text;
      piece.x0 = piece.x0 < 0 ? words[i]->box.x0 : std::min(piece.x0, words[i]->box.x0);
      piece.x1 = std::max(piece.x1, words[i]->box.x1);
    }
    if (split) {
      cells.insert(cells.end(), pieces.begin(), pieces.end());
    } else {
      cells.push_back(cell);
    }
  }
  if (cells.size() == line->cells.size()) return;
  line->cells = std::move(cells);
  for (size_t c = 0; c < line->cells.size(); ++c) line->cells[c].column = static_cast<int>(c);
  line->text = JoinCells(line->cells);
}

// A line of a ruled table: its words go to the column their centre is in.
// Cells span their column (rows.cpp places a continuation line by them).
// A line with words in one column only stays a line of text.
void CellsFromGrid(const Grid& grid, const Page& page, Line* line) {
  const std::vector<Span> columns = grid.Columns();
  Band band = BandOf(*line, page);
  const std::vector<size_t> covering = grid.CoveringColumns((band.y0 + band.y1) / 2);
  std::vector<Cell> cells(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) {
    cells[c] = {"", static_cast<int>(c), columns[c].x0, columns[c].x1};
  }
  std::vector<const Word*> words;
  for (int index : line->words) {
    if (index >= 0 && static_cast<size_t>(index) < page.words.size()) {
      words.push_back(&page.words[static_cast<size_t>(index)]);
    }
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  for (const Word* word : words) {
    double centre = (word->box.x0 + word->box.x1) / 2;
    size_t column = 0;
    while (column + 1 < columns.size() && centre > columns[column].x1) ++column;
    std::string& text = cells[covering[column]].text;
    if (!text.empty()) text.push_back(' ');
    text += word->text;
  }
  size_t filled = std::count_if(cells.begin(), cells.end(),
                                [](const Cell& cell) { return !cell.text.empty(); });
  if (filled < 2) {
    if (line->kind == LineKind::kTableRow) {
      line->kind = LineKind::kText;
      line->text.clear();
      for (const Cell& cell : cells) line->text += cell.text;
      line->cells.clear();
    }
    return;
  }
  line->kind = LineKind::kTableRow;
  line->cells = std::move(cells);
  line->text = JoinCells(line->cells);
}

// Puts the cells of a row into the columns they overlap most, keeping
// their order: a row with fewer cells than the table gets empty cells where
// it has none; a row with more (OCR cut a cell at a wide gap: "klasse  har")
// has the pieces of one column joined again.
void FillColumns(const std::vector<Span>& columns, Line* line) {
  const size_t n = columns.size(), m = line->cells.size();
  std::vector<Cell> placed(n);
  for (size_t c = 0; c < n; ++c) {
    placed[c] = {"", static_cast<int>(c), columns[c].x0, columns[c].x1};
  }
  std::vector<bool> filled(n, false);
  size_t first_allowed = 0;
  for (size_t k = 0; k < m; ++k) {
    const Cell& cell = line->cells[k];
    const Span span{cell.x0, cell.x1};
    // With fewer cells, leave room for those still to come.
    const size_t last_allowed = m <= n ? n - (m - k) : n - 1;
    size_t best = first_allowed;
    double best_overlap = -1, best_distance = 1e300;
    for (size_t c = first_allowed; c <= last_allowed && c < n; ++c) {
      double overlap = span.Overlap(columns[c]);
      double distance = std::abs((span.x0 + span.x1) - (columns[c].x0 + columns[c].x1));
      if (overlap > best_overlap || (overlap == best_overlap && distance < best_distance)) {
        best = c;
        best_overlap = overlap;
        best_distance = distance;
      }
    }
    if (filled[best]) {
      placed[best].text += " " + cell.text;
      placed[best].x1 = std::max(placed[best].x1, cell.x1);
    } else {
      placed[best] = cell;
      placed[best].column = static_cast<int>(best);
      filled[best] = true;
    }
    first_allowed = m <= n ? best + 1 : best;
  }
  line->cells = std::move(placed);
  line->text = JoinCells(line->cells);
}

// The columns of a table: per position, the extent of that cell over the
// lines with the table's usual number of cells.
std::vector<Span> Columns(const Document& doc, const std::vector<const Part*>& parts) {
  std::vector<int> rows_with(64, 0);
  for (const Part* part : parts) {
    const Page& page = doc.pages[part->page];
    for (size_t i : part->lines) {
      size_t cells = page.lines[i].cells.size();
      if (cells >= 2 && cells < rows_with.size()) ++rows_with[cells];
    }
  }
  // The most cells that at least two lines have: one line OCR cut once too
  // often does not make a column, and lines of wrapped cells (fewer cells)
  // do not hide the columns of the rows' first lines.
  size_t usual = 0;
  for (size_t count = 2; count < rows_with.size(); ++count) {
    if (rows_with[count] >= 2 || (rows_with[count] > 0 && usual == 0)) usual = count;
  }
  std::vector<Span> columns;
  for (const Part* part : parts) {
    const Page& page = doc.pages[part->page];
    for (size_t i : part->lines) {
      const Line& line = page.lines[i];
      if (line.cells.size() != usual) continue;
      if (columns.empty()) {
        for (const Cell& cell : line.cells) columns.push_back({cell.x0, cell.x1});
        continue;
      }
      for (size_t c = 0; c < usual; ++c) {
        columns[c].x0 = std::min(columns[c].x0, line.cells[c].x0);
        columns[c].x1 = std::max(columns[c].x1, line.cells[c].x1);
      }
    }
  }
  return columns;
}

// A cell of a header names a column: words and years, no amounts. Numbers
// in brackets are a unit ("(i 1.000 kr.)").
bool LooksLikeHeader(const Line& line) {
  if (line.cells.empty()) return false;
  for (const Cell& cell : line.cells) {
    std::string_view text = cell.text;
    int depth = 0;
    for (size_t i = 0; i < text.size();) {
      char c = text[i];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      if (c == '%') return false;
      if (!std::isdigit(static_cast<unsigned char>(c))) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
      std::string_view digits = text.substr(i, end - i);
      bool year =
          digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20");
      if (!year && depth == 0) return false;
      i = end;
    }
  }
  return true;
}

// Words without numbers also fill the first row of a key/value table
// ("Navn på indsats | Etnisk iværksætteri"): a header shows itself by a
// bold font, a year, an empty corner cell, or by naming three columns or
// more.
bool SaysHeader(const Line& line, size_t columns) {
  if (line.bold || columns >= 3 || line.cells.front().text.empty()) return true;
  for (const Cell& cell : line.cells) {
    for (size_t i = 0; i + 4 <= cell.text.size(); ++i) {
      std::string_view four = std::string_view(cell.text).substr(i, 4);
      if ((four.substr(0, 2) == "19" || four.substr(0, 2) == "20") &&
          std::all_of(four.begin(), four.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return true;
      }
    }
  }
  return false;
}

std::string Squeezed(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(c);
  }
  return out;
}

// Row boundaries from vertical spacing: a borderless table whose cells have
// padding leaves more space between rows than between the lines of a cell.
// Returns the smallest gap that separates rows, or nullopt when the part's
// gaps are all alike (no padding: rows must then be told by their cells).
std::optional<double> RowGap(const Page& page, const Part& part) {
  std::vector<double> gaps;
  double height = 0;
  for (size_t k = 1; k < part.lines.size(); ++k) {
    Band above = BandOf(page.lines[part.lines[k - 1]], page);
    Band below = BandOf(page.lines[part.lines[k]], page);
    gaps.push_back(below.y0 - above.y1);
    height = std::max(height, below.y1 - below.y0);
  }
  if (gaps.size() < 2) return std::nullopt;
  // The gaps fall in two groups when the largest step between sorted gaps
  // is wider than OCR's jitter of line boxes; the rows start above the
  // upper group.
  std::sort(gaps.begin(), gaps.end());
  size_t step = 0;
  for (size_t k = 1; k < gaps.size(); ++k) {
    if (gaps[k] - gaps[k - 1] > gaps[step + 1] - gaps[step]) step = k - 1;
  }
  if (gaps[step + 1] - gaps[step] < std::max(kMinRowPaddingPoints, kRowPaddingShare * height)) {
    return std::nullopt;
  }
  return (gaps[step] + gaps[step + 1]) / 2;
}

// Numbers the rows of one table and marks its header.
void MarkRows(const std::vector<const Part*>& parts, size_t columns, int table_id, int* next_row,
              Document* doc) {
  std::string header_text;
  bool open = false;
  int last_data_row = 0;  // the last row that is no header: a carried line joins it
  for (size_t p = 0; p < parts.size(); ++p) {
    Page& page = doc->pages[parts[p]->page];
    bool first_row_of_part = true, in_first_row = false;
    bool header = false, repeated = false;
    const std::optional<Grid>& grid = parts[p]->grid;
    const std::optional<double> row_gap = grid ? std::nullopt : RowGap(page, *parts[p]);
    double previous_y = 0, previous_bottom = 0;
    for (size_t i : parts[p]->lines) {
      Line& line = page.lines[i];
      line.table = table_id;
      const bool first = i == parts[p]->lines.front();
      const Band band = BandOf(line, page);
      const bool empty_first = !line.cells.empty() && line.cells[0].text.empty();
      // A first cell that is empty or goes on in lower case continues the
      // row above (a wrapped name: no name starts in lower case).
      bool starts_row =
          !line.cells.empty() && (!open || (!empty_first && !StartsLowerCase(line.cells[0].text)));
      if (grid) {
        // Rows are what the horizontal rulings separate.
        double y = (band.y0 + band.y1) / 2;
        double x = page.words[static_cast<size_t>(line.words.front())].box.x0 + 1;
        starts_row = !open || first || grid->RuledBetween(previous_y, y, x);
        previous_y = y;
      } else if (row_gap && !first) {
        // Padding separates the rows: a wrapped line of a cell, whatever
        // its first cell, stays in its row.
        starts_row = band.y0 - previous_bottom > *row_gap;
      }
      previous_bottom = band.y1;
      line.exact_rows = grid.has_value() || row_gap.has_value();
      // The first line of a later part with an empty first cell, or a line
      // below a repeated header that does not read as header, carries the
      // last row of the page before on.
      const bool carried = p > 0 && last_data_row != 0 && empty_first &&
                           (first || (in_first_row && repeated && !LooksLikeHeader(line)));
      if (carried) {
        line.row = last_data_row;
        in_first_row = false;
        line.header = line.repeated_header = false;
        continue;
      }
      if (starts_row) {
        ++*next_row;
        open = true;
        in_first_row = first_row_of_part;
        first_row_of_part = false;
        if (in_first_row && p == 0) {
          header = !line.cells.empty() && LooksLikeHeader(line) && SaysHeader(line, columns);
          header_text = Squeezed(line.text);
        } else if (in_first_row) {
          repeated = !header_text.empty() && Squeezed(line.text) == header_text;
        } else {
          header = repeated = false;
        }
      } else if (in_first_row && !line.cells.empty()) {
        // A wrapped header line keeps the row a header only while it reads
        // like one.
        header = header && LooksLikeHeader(line);
      }
      line.row = *next_row;
      line.header = in_first_row && p == 0 && header;
      line.repeated_header = in_first_row && p > 0 && repeated;
      if (!line.header && !line.repeated_header) last_data_row = line.row;
    }
  }
}

}  // namespace

int StructureTables(Document* doc) {
  std::vector<Part> parts = FindParts(*doc);
  int next_row = 0;
  for (const Page& page : doc->pages) {
    for (const Line& line : page.lines) next_row = std::max(next_row, line.row);
  }
  int next_table = 0;
  for (const Page& page : doc->pages) {
    for (const Line& line : page.lines) next_table = std::max(next_table, line.table);
  }
  int tables = 0;
  for (size_t first = 0; first < parts.size();) {
    std::vector<const Part*> table{&parts[first]};
    size_t end = first + 1;
    while (end < parts.size() && Continues(*doc, parts[end - 1], parts[end])) {
      table.push_back(&parts[end]);
      ++end;
    }
    std::vector<Span> columns = Columns(*doc, table);
    for (const Part* part : table) {
      if (columns.empty() && !part->grid) continue;
      if (part->grid) {
        for (size_t i : part->lines) {
          CellsFromGrid(*part->grid, doc->pages[part->page], &doc->pages[part->page].lines[i]);
        }
        continue;
      }
      for (size_t i : part->lines) {
        Line& line = doc->pages[part->page].lines[i];
        if (line.cells.empty() || line.cells.size() == columns.size()) continue;
        if (line.cells.size() < columns.size()) {
          SplitAtColumns(columns, doc->pages[part->page], &line);
        }
        if (line.cells.size() != columns.size()) FillColumns(columns, &line);
      }
    }
    MarkRows(table, columns.size(), ++next_table, &next_row, doc);
    ++tables;
    first = end;
  }
  return tables;
}

}  // namespace bilag::layout
