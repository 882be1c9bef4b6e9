#include "extractor/layout/table_regions.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/base/text.h"
#include "extractor/base/utf8.h"

namespace bilag::layout {
namespace {

// Rows of one table are at most this many line heights apart (a row of
// wrapped cells leaves room below its first line, a theme row room around
// it); a line continuing a cell sits closer.
constexpr double kRowGapLines = 2.5;
constexpr double kContinuationGapLines = 1.5;
// Lines of one piece that may stand between two table rows without ending
// the table: a group row, wrapped once.
constexpr size_t kMaxLinesBetweenRows = 2;
// Lines that may so wait when the first of them is a first cell run over
// into the next column in text laid out with spaces (RunsOverFromFirstColumn):
// a description of that many lines.
constexpr size_t kMaxRunOverLinesBetweenRows = 12;
// And lines that stay inside the first column, as a long description of
// the row's name does (prose runs across the columns), up to this many.
constexpr size_t kMaxFirstColumnLinesBetweenRows = 40;
// A table continues on the next page when nothing but page furniture
// comes between its parts; furniture sits in the top or bottom
// kMarginShare of the page, or is a page number.
constexpr double kMarginShare = 0.07;
// A line at the top or bottom of a borderless part whose text runs across
// its columns in a piece of at least this many words is prose (an
// introduction or a note that OCR or justification cut into pieces), not a
// header or a row: headers name columns in a few words.
constexpr int kProseWords = 5;
// A line between two rows that stands this many times farther below the
// rows than the widest gap between the part's lines so far (of at least
// kMinLinesForSpacing lines, rows set apart by a line's height at least)
// is a caption over a new table.
constexpr double kCaptionGapShare = 1.5;
constexpr size_t kMinLinesForSpacing = 3;
// A first cell that repeats the one a part began with starts a new table
// (key/value tables one after the other) when it has this many bytes.
constexpr size_t kMinRepeatedLabelBytes = 3;
// A line set this much larger than a table's rows is a caption, not a row.
constexpr double kLargerShare = 1.04;
// A caption repeated above a table's continuation is one of the lines this
// close above its first part.
constexpr size_t kCaptionLines = 2;
// A lone row at a page's top with a cell in each of this many columns or
// more, as many as the table before has, is a row of that table.
constexpr size_t kMinWholeRowCells = 3;
// The leading of a table is the gap this far up its sorted gaps (1/4).
constexpr size_t kLeadingQuantile = 4;
// Rows of a borderless table are told apart by spacing when their gaps
// differ by this much (cell padding): more than OCR's jitter of line boxes.
constexpr double kMinRowPaddingPoints = 3;
constexpr double kRowPaddingShare = 0.3;

bool IsBody(const Line& line) { return !line.side && !line.words.empty(); }

bool IsTableRow(const Line& line, const std::vector<Span>& pieces) {
  return line.kind == LineKind::kTableRow && pieces.size() >= 2;
}

// Whether a one-piece line lies in one column: a wrapped cell, not prose.
bool InOneColumn(const Span& piece, const std::vector<Span>& columns) {
  int touched = 0;
  for (const Span& column : columns) touched += piece.Overlap(column) > 1.0;
  return touched == 1;
}

// A part of no more lines than a header has, whose cells are a few words
// each with no figure but years: a table's header that ends a page.
constexpr size_t kMaxHeaderLines = 3;
constexpr size_t kMaxHeaderWordsPerCell = 4;

bool OnlyHeader(const Part& part, const Page& page) {
  if (part.lines.size() > kMaxHeaderLines) return false;
  for (size_t i : part.lines) {
    const Line& line = page.lines[i];
    const size_t cells = CellPieces(line, page).size();
    if (cells < 1 || line.words.size() > kMaxHeaderWordsPerCell * cells) return false;
    const std::string_view text = line.text;
    for (size_t at = 0; at < text.size();) {
      if (!std::isdigit(static_cast<unsigned char>(text[at]))) {
        ++at;
        continue;
      }
      size_t end = at;
      while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
      if (!IsYear(text.substr(at, end - at))) return false;
      at = end;
    }
  }
  return true;
}

// A group row starts where the first column's cells do, which may be left
// of a header centred over them: anywhere before the column ends.
bool StartsInColumn(const Span& piece, const Span& column) { return piece.x0 < column.x1; }

// Widens the first column of a part's fullest rows by another row with as
// many pieces whose first cell ends before the second column starts. A
// header set centred over the first column ("Indsats" over names set flush
// left) is narrower than its column, and a wrapped name's short last line
// ("arbejdsmarkedet") would lie in no column. The other columns keep the
// widest row's pieces: in text laid out with spaces a cell may start left
// of the header ("- Indsatsen ...") where the first column's longest lines
// end, and widening them would make those lines touch two columns.
void WidenFirstColumn(const std::vector<Span>& pieces, std::vector<Span>* columns) {
  std::vector<Span>& spans = *columns;
  if (pieces.size() != spans.size() || pieces.size() < 2 || pieces[0].x1 >= spans[1].x0) return;
  spans[0] = {std::min(spans[0].x0, pieces[0].x0), std::max(spans[0].x1, pieces[0].x1)};
}

// Whether a one-piece line of text laid out with spaces may be the first
// cell run over into the next column: it starts in the first column and
// ends before the last column starts. `pdftotext -layout` keeps one space
// between a long first cell's line and the next column's word ("...
// viser, at en gennemføres"), so the line reads as one piece. It joins the
// table only when a table row follows it and its cell's lines (prose under
// a table has no row below it).
bool RunsOverFromFirstColumn(const Span& piece, const std::vector<Span>& columns) {
  if (columns.size() < 3) return false;
  return piece.Overlap(columns.front()) > 1.0 && piece.x0 < columns[1].x0 &&
         piece.x1 < columns.back().x0;
}

// A note under a table says so by its start: a note number ("1)", "2)"),
// an asterisk, or a word of the rules' [[table_note]] ("Note", "Kilde",
// "Anm.": vocabulary, which an archive may add to). Text laid out with
// spaces sets it as far below the last row as the rows are apart.
bool IsNote(std::string_view text, const std::vector<std::string>& note_words) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  if (text.starts_with("*")) return true;
  size_t digits = 0;
  while (digits < text.size() && digits < 3 &&
         std::isdigit(static_cast<unsigned char>(text[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < text.size() && text[digits] == ')') return true;
  for (std::string_view word : note_words) {
    if (text.starts_with(word) && (text.size() == word.size() ||
                                   !std::isalpha(static_cast<unsigned char>(text[word.size()])))) {
      return true;
    }
  }
  return false;
}

// The bullet a line's text opens with (the rules' list markers: "-", "•"),
// empty when it opens with none. For a line of cells, its last cell's.
std::string_view BulletOf(std::string_view text, bool last_cell, const ListMarkers& markers) {
  if (last_cell && text.rfind('\t') != std::string_view::npos) {
    text.remove_prefix(text.rfind('\t') + 1);
  }
  text = Trim(text);
  const std::string_view bullet = text.substr(0, text.find(' '));
  if (bullet.size() == text.size() || !IsBulletGlyphs(bullet, markers)) return {};
  return bullet;
}

// A line below a table's last row continues one of its cells only at the
// table's leading, or as the next item of the list the line above holds
// ("- Erfaringerne ..." / "- At maksimalt ...", set farther apart by OCR);
// one set farther down is a note under the table. Text laid out with
// spaces (pdftotext -layout) writes both a row's padding and the space
// before a note as one blank line, so only this tells them apart.
void DropTrailingNotes(const Page& page, const std::vector<std::string>& note_words,
                       const ListMarkers& markers, Part* part) {
  std::vector<size_t>& lines = part->lines;
  std::vector<double> gaps;
  double height = 0;
  for (size_t k = 1; k < lines.size(); ++k) {
    const Band above = BandOf(page.lines[lines[k - 1]], page);
    const Band below = BandOf(page.lines[lines[k]], page);
    gaps.push_back(part->gaps.Between(above, below));
    height = std::max(height, below.y1 - below.y0);
  }
  if (gaps.empty()) return;
  // The table's leading: its tighter gaps, past OCR's overlapping boxes.
  std::sort(gaps.begin(), gaps.end());
  const double tightest = gaps[gaps.size() / kLeadingQuantile];
  const double slack = std::max(kMinRowPaddingPoints, kRowPaddingShare * height);
  while (lines.size() >= 2) {
    const Line& last = page.lines[lines.back()];
    if (IsTableRow(last, CellPieces(last, page))) break;
    const Band above = BandOf(page.lines[lines[lines.size() - 2]], page);
    const std::string_view bullet = BulletOf(last.text, false, markers);
    const bool next_item =
        !bullet.empty() &&
        bullet == BulletOf(page.lines[lines[lines.size() - 2]].text, true, markers);
    if ((part->gaps.Between(above, BandOf(last, page)) <= tightest + slack || next_item) &&
        !IsNote(last.text, note_words)) {
      break;
    }
    lines.pop_back();
  }
}

// Whether a line is a page number: digits with at most "Side", "af",
// "page", "of" and dashes or slashes ("Side 2 af 5", "- 3 -", "3/5"): the
// words of page fields, not vocabulary (see IsPageMark in roles.cpp).
bool IsPageNumber(std::string_view text) {
  if (text.size() > 24) return false;
  bool digit = false;
  std::string word;
  auto known = [](const std::string& w) {
    return w.empty() || w == "side" || w == "af" || w == "page" || w == "of" || w == "s";
  };
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isdigit(u)) {
      digit = true;
      if (!known(word)) return false;
      word.clear();
    } else if (std::isalpha(u)) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      if (!known(word)) return false;
      word.clear();
      if (c != ' ' && c != '-' && c != '/' && c != '.' && c != '(' && c != ')' && c != '|' &&
          c != '\t') {
        return false;
      }
    }
  }
  return digit && known(word);
}

// The line's text without digits and blanks: what a running line keeps
// from page to page ("Side 2 af 3").
std::string RunningText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && !std::isdigit(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// Whether a line lies in the top (or bottom) margin band of its page and a
// line of the same running text lies in that band of another page.
bool IsRunningLine(const Line& line, const Page& page, const Document& doc) {
  const Band band = BandOf(line, page);
  const bool top = band.y1 < kMarginShare * page.height;
  const bool bottom = band.y0 > (1 - kMarginShare) * page.height;
  if (!top && !bottom) return false;
  const std::string text = RunningText(line.text);
  for (const Page& other : doc.pages) {
    if (&other == &page) continue;
    for (const Line& candidate : other.lines) {
      if (candidate.words.empty() || RunningText(candidate.text) != text) continue;
      const Band b = BandOf(candidate, other);
      if (top ? b.y1 < kMarginShare * other.height : b.y0 > (1 - kMarginShare) * other.height) {
        return true;
      }
    }
  }
  return false;
}

// Page furniture between two parts of a table: a running header or footer
// (in the page's margin, and on another page too), or a page number. A
// caption at the top of a page ("Skema 4") is none.
bool IsFurniture(const Line& line, const Page& page, const Document& doc) {
  return IsPageNumber(line.text) || IsRunningLine(line, page, doc);
}

// The largest font size of a line's words; 0 when unknown (OCR, text).
double FontSize(const Line& line, const Page& page) {
  double size = 0;
  for (int index : line.words) {
    if (index >= 0 && static_cast<size_t>(index) < page.words.size()) {
      size = std::max(size, page.words[static_cast<size_t>(index)].font_size);
    }
  }
  return size;
}

bool LargerThan(const Page& page, const std::vector<size_t>& lines, double size) {
  if (size <= 0) return false;
  for (size_t i : lines) {
    if (FontSize(page.lines[i], page) > kLargerShare * size) return true;
  }
  return false;
}

std::string FirstCell(const Line& line) {
  return line.cells.empty() ? line.text : line.cells.front().text;
}

std::string Squeezed(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

// In a header alone (its rows on the next page), the lowest line's cells
// are the columns ("2013 | 2014 | 2011 | 2012"); a cell of an upper line
// wholly left or right of them stands over an empty cell of that line (a
// stub's "Mål 2015" over the years of "Resultatkrav" and "Resultat"), so
// it is a column of its own, though no line has text on both its sides.
void AddCornerCells(std::vector<std::vector<Span>>* lines) {
  if (lines->size() < 2 || lines->back().size() < 2) return;
  std::vector<Span>& lowest = lines->back();
  std::vector<Span> left, right;
  for (size_t k = 0; k + 1 < lines->size(); ++k) {
    for (const Span& piece : (*lines)[k]) {
      if (piece.x1 < lowest.front().x0) left.push_back(piece);
      if (piece.x0 > lowest.back().x1) right.push_back(piece);
    }
  }
  if (left.size() > 1 || right.size() > 1) return;
  lowest.insert(lowest.begin(), left.begin(), left.end());
  lowest.insert(lowest.end(), right.begin(), right.end());
}

// Words with a letter in them: figures set close together ("67,039 73,227
// 115,866", one piece for ingest) are no prose.
int WordsWithLetters(std::string_view text) {
  int words = 0;
  bool in = false, letter = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    const bool space = c == ' ' || c == '\t';
    if (space) {
      words += in && letter;
      in = letter = false;
      continue;
    }
    in = true;
    letter = letter || std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) != 0;
  }
  return words;
}

// A word reaching this far into a border between columns runs over it.
constexpr double kWordTouchesBorder = 1.0;

// Whether the line's words leave the whole of `border` free: a gap between
// two of them covers it. Prose runs its words a space apart across a
// border; two cells that ingest set as one ("Forældrekurser for piger i" and
// "85 pct. af kursisterne" close together) part at it.
bool WordsPartAt(const Line& line, const Page& page, const Span& border) {
  if (line.words.empty()) return false;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) return false;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    // The border is measured from these words' own cells: a word may touch it.
    if (Span{box.x0, box.x1}.Overlap(border) > kWordTouchesBorder) return false;
  }
  return true;
}

// Whether a line of several pieces has one of prose's length that runs
// over a border between the part's columns.
bool ProseAcrossColumns(const Line& line, const Page& page, const ColumnModel& model) {
  if (line.cells.size() < 2 || line.bold) return false;
  for (const Cell& cell : line.cells) {
    if (WordsWithLetters(cell.text) < kProseWords) continue;
    for (const Span& border : model.borders) {
      if (cell.x0 < border.x0 && cell.x1 > border.x1 && !WordsPartAt(line, page, border)) {
        return true;
      }
    }
  }
  return false;
}

// Drops prose from the part's top and bottom (SetColumns first).
void TrimProse(const Page& page, Part* part) {
  if (part->grid) return;
  bool trimmed = false;
  while (!part->lines.empty() &&
         ProseAcrossColumns(page.lines[part->lines.front()], page, part->columns)) {
    part->lines.erase(part->lines.begin());
    trimmed = true;
  }
  // The rest of the paragraph, down to the first row.
  while (trimmed && !part->lines.empty() &&
         !IsTableRow(page.lines[part->lines.front()],
                     CellPieces(page.lines[part->lines.front()], page))) {
    part->lines.erase(part->lines.begin());
  }
  while (!part->lines.empty() &&
         ProseAcrossColumns(page.lines[part->lines.back()], page, part->columns)) {
    part->lines.pop_back();
    trimmed = true;
  }
  if (trimmed) SetColumns(page, part);
}

// Takes the line right above a borderless part as its header row when its
// words, cut at the table's split gap, name its columns: at least half of
// them, at most one piece to a column, none across a border. Column names
// set close ("Jan Feb Mar", gaps alike as in justified prose) are one piece
// for ingest, so the line did not open the part; prose cut at the same gaps
// gives many pieces to a column. SetColumns first.
void TakeHeaderAbove(const Page& page, Part* part) {
  if (part->grid || part->lines.empty() || part->lines.front() == 0) return;
  const size_t first = part->lines.front();
  const size_t above = first - 1;
  const Line& line = page.lines[above];
  if (!IsBody(line) || CellPieces(line, page).size() != 1) return;
  const Band top = BandOf(page.lines[first], page), band = BandOf(line, page);
  if (top.y0 - band.y1 > kContinuationGapLines * std::max(1.0, top.y1 - top.y0)) return;
  const std::vector<Span>& columns = part->columns.columns;
  const std::vector<Span> pieces = ColumnPieces(line, page, part->columns.split_gap);
  if (pieces.size() < 2 || 2 * pieces.size() < columns.size()) return;
  std::vector<bool> named(columns.size(), false);
  for (const Span& piece : pieces) {
    size_t hit = columns.size();
    for (size_t c = 0; c < columns.size(); ++c) {
      if (piece.Overlap(columns[c]) <= kWordTouchesBorder) continue;
      if (hit != columns.size() || named[c]) return;
      hit = c;
    }
    if (hit == columns.size()) return;
    named[hit] = true;
  }
  const ColumnModel before = part->columns;
  part->lines.insert(part->lines.begin(), above);
  SetColumns(page, part);
  if (part->columns.columns.size() != before.columns.size()) {
    part->lines.erase(part->lines.begin());
    part->columns = before;
  }
}

}  // namespace

void SetColumns(const Page& page, Part* part) {
  const double split_gap = SplitGap(page);
  std::vector<std::vector<Span>> lines;
  for (size_t i : part->lines) lines.push_back(ColumnPieces(page.lines[i], page, split_gap));
  if (!part->grid && OnlyHeader(*part, page)) AddCornerCells(&lines);
  part->columns = part->grid ? ColumnsFromGrid(*part->grid, lines, split_gap)
                             : ColumnsFromAlignment(lines, split_gap, /*one_page=*/true);
}

std::vector<Span> CellPieces(const Line& line, const Page& page) {
  if (line.cells.empty() || line.cells.front().x0 < 0) return PiecesOf(line, page);
  std::vector<Span> pieces;
  for (const Cell& cell : line.cells) {
    if (cell.x1 - cell.x0 >= kSpeckPoints || IsNoValueMark(cell.text, page))
      pieces.push_back({cell.x0, cell.x1});
  }
  return pieces;
}

std::vector<Span> ColumnPieces(const Line& line, const Page& page, double split_gap) {
  std::vector<Span> pieces;
  for (const Span& cell : CellPieces(line, page)) {
    std::vector<Box> words;
    for (int index : line.words) {
      if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
      const Box& box = page.words[static_cast<size_t>(index)].box;
      const double centre = (box.x0 + box.x1) / 2;
      if (centre >= cell.x0 && centre <= cell.x1) words.push_back(box);
    }
    std::sort(words.begin(), words.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
    if (words.empty()) {
      pieces.push_back(cell);
      continue;
    }
    pieces.push_back({words[0].x0, words[0].x1});
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k].x0 - pieces.back().x1 >= split_gap) {
        pieces.push_back({words[k].x0, words[k].x1});
      } else {
        pieces.back().x1 = std::max(pieces.back().x1, words[k].x1);
      }
    }
  }
  return pieces;
}

// Whether only page furniture (running lines, page numbers) and no body
// text stands above the page's line `first`.
bool OnlyFurnitureAbove(const Document& doc, const Page& page, size_t first) {
  for (size_t i = 0; i < first; ++i) {
    if (IsBody(page.lines[i]) && !IsFurniture(page.lines[i], page, doc)) return false;
  }
  return true;
}

std::vector<Part> FindParts(const Document& doc, const std::vector<std::string>& note_words,
                            const ListMarkers& markers) {
  std::vector<Part> parts;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    if (!HasGeometry(page)) continue;
    bool open = false;
    double last_y1 = 0, height = 1;
    Span extent;                  // of the open part's table rows
    std::vector<Span> widest;     // the pieces of its row with the most
    std::vector<size_t> between;  // one-piece lines waiting for a table row below
    // The first of them is a first cell run over, or the rest of a page's
    // first row: a description of many lines may wait.
    bool between_long = false;
    double cell_size = 0;          // font size of the open part's first row (0: unknown)
    int rows_open = 0;             // table-row lines of the open part
    double widest_gap = 0;         // between the open part's lines
    double gap_above_between = 0;  // above the first line waiting in `between`
    const LineGaps line_gaps(page);
    const bool in_characters = LaidOutWithSpaces(page);
    auto close = [&] {
      // A page's first row that no row follows (the table's last, carried
      // over the break): the lines waiting below it in its first column
      // are the rest of its cells (the name's last words, its
      // description), up to the first that is not.
      if (open && between_long && rows_open == 1 && !widest.empty()) {
        for (size_t i : between) {
          const std::vector<Span> pieces = CellPieces(page.lines[i], page);
          if (pieces.size() != 1 || !InOneColumn(pieces[0], widest) ||
              pieces[0].Overlap(widest.front()) <= 1.0) {
            break;
          }
          parts.back().lines.push_back(i);
        }
      }
      between.clear();
      between_long = false;
      if (!open) return;
      open = false;
      Part& part = parts.back();
      if (!part.lines.empty()) {
        part.gaps = line_gaps.Within(BandOf(page.lines[part.lines.front()], page).y0,
                                     BandOf(page.lines[part.lines.back()], page).y1);
      }
      if (!part.grid) DropTrailingNotes(page, note_words, markers, &part);
      SetColumns(page, &part);
      TrimProse(page, &part);
      TakeHeaderAbove(page, &part);
      const auto rows = std::count_if(part.lines.begin(), part.lines.end(), [&](size_t i) {
        return IsTableRow(page.lines[i], CellPieces(page.lines[i], page));
      });
      const bool at_top = !part.lines.empty() && OnlyFurnitureAbove(doc, page, part.lines.front());
      part.lone = rows == 1 && p > 0 && at_top;
      if (!part.grid && ((rows < 2 && !part.lone) || part.columns.columns.size() < 2)) {
        parts.pop_back();
      }
    };
    std::vector<Grid> grids = FindGrids(page);
    std::erase_if(grids, [](const Grid& grid) { return grid.Columns().size() < 2; });
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const Line& line = page.lines[i];
      if (!IsBody(line)) continue;
      const std::vector<Span> pieces = CellPieces(line, page);
      const Band band = BandOf(line, page);
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
          parts.push_back({p, {}, *grid, {}, false, {}});
          open = true;
        }
        parts.back().lines.push_back(i);
        continue;
      }
      if (open && parts.back().grid) close();
      const double gap = line_gaps.Between({last_y1, last_y1}, band);
      if (IsTableRow(line, pieces)) {
        if (open && gap > kRowGapLines * height) close();
        // A line between two rows that is set larger than the rows, that
        // stands farther below the rows than they stand apart ("2.
        // Økonomisk oversigt" above a budget), or that the same
        // first cell follows as began the part ("Skema 2" over a second
        // "Projektnavn"), is a caption: a new table starts.
        const bool repeats = open && FirstCell(line).size() >= kMinRepeatedLabelBytes &&
                             FirstCell(line) == FirstCell(page.lines[parts.back().lines.front()]);
        const bool caption =
            open && !between.empty() &&
            (LargerThan(page, between, cell_size) ||
             (parts.back().lines.size() >= kMinLinesForSpacing &&
              gap_above_between > kCaptionGapShare * widest_gap &&
              (widest_gap >= height ||
               (pieces.size() != widest.size() && !OnlyHeader(parts.back(), page) &&
                gap_above_between > kCaptionGapShare * height))));
        if (open && (repeats || caption)) {
          // The caption's lines go with neither table; a line that goes on
          // in lower case ("... koster 3 mio." / "kr. i 2012.") is the
          // rest of a cell above, and it and what lies above stay.
          std::vector<size_t>& taken = parts.back().lines;
          while (repeats && between.empty() && taken.size() > 1 &&
                 CellPieces(page.lines[taken.back()], page).size() == 1 &&
                 !StartsLowerCase(FirstCell(page.lines[taken.back()]))) {
            taken.pop_back();
          }
          close();
        }
        if (!open) {
          parts.push_back({p, {}, std::nullopt, {}, false, {}});
          open = true;
          height = std::max(1.0, band.y1 - band.y0);
          extent = {pieces.front().x0, pieces.back().x1};
          widest.clear();
          cell_size = FontSize(line, page);
          rows_open = 0;
          widest_gap = 0;
        }
        Part& part = parts.back();
        if (!between.empty()) widest_gap = std::max(widest_gap, gap_above_between);
        part.lines.insert(part.lines.end(), between.begin(), between.end());
        between.clear();
        between_long = false;
        if (part.lines.size() > 0) widest_gap = std::max(widest_gap, gap);
        part.lines.push_back(i);
        ++rows_open;
        extent = {std::min(extent.x0, pieces.front().x0), std::max(extent.x1, pieces.back().x1)};
        if (pieces.size() > widest.size()) {
          widest = pieces;
        } else {
          WidenFirstColumn(pieces, &widest);
        }
        last_y1 = band.y1;
        continue;
      }
      // A line in one column continues a cell; below a part's first and
      // only row so far, in its first column, it may be prose beside a
      // side column's first line ("07.10.2009 | 2009-1617122" above the
      // title): it waits for a row below like a group row.
      const bool first_column_of_one_row = rows_open == 1 && !widest.empty() &&
                                           pieces.size() == 1 &&
                                           pieces[0].Overlap(widest.front()) > 1.0;
      if (open && pieces.size() == 1 && between.empty() && gap <= kContinuationGapLines * height &&
          InOneColumn(pieces[0], widest) && !first_column_of_one_row) {
        widest_gap = std::max(widest_gap, gap);
        parts.back().lines.push_back(i);
        last_y1 = band.y1;
        continue;
      }
      // A group row, or the lines of a cell below it, if a table row
      // follows. It may start left of the rows so far: a part that starts a
      // page with the rest of a row has an empty first column.
      // So may a first cell run over into the next column, and the lines
      // of its cell below it.
      const bool runs_over = in_characters && !first_column_of_one_row && pieces.size() == 1 &&
                             RunsOverFromFirstColumn(pieces[0], widest);
      // Below the first row of a later page's first table, the first
      // column's lines are the rest of that row's name cell (a table that
      // goes on without its header repeated): they wait as long as a run
      // over description may. Prose beside a side column's first line is a
      // first page's letterhead.
      const bool rest_of_row_at_page_top =
          open && first_column_of_one_row && between.empty() && p > 0 &&
          OnlyFurnitureAbove(doc, page, parts.back().lines.front());
      const bool starts_long = (runs_over || rest_of_row_at_page_top) && between.empty();
      const bool in_first_column = pieces.size() == 1 && !widest.empty() &&
                                   InOneColumn(pieces[0], widest) &&
                                   pieces[0].Overlap(widest.front()) > 1.0;
      const size_t may_wait = !(between_long || starts_long) ? kMaxLinesBetweenRows
                              : in_first_column              ? kMaxFirstColumnLinesBetweenRows
                                                             : kMaxRunOverLinesBetweenRows;
      if (open && pieces.size() == 1 && between.size() < may_wait && gap <= kRowGapLines * height &&
          pieces[0].x1 <= extent.x1 + height) {
        if (between.empty()) gap_above_between = gap;
        between_long = between_long || starts_long;
        between.push_back(i);
        last_y1 = band.y1;
        continue;
      }
      close();
    }
    close();
  }
  return parts;
}

bool Continues(const Document& doc, Part* part_ptr, Part* next) {
  const Part& part = *part_ptr;
  if (next->page != part.page + 1 || part.lines.empty() || next->lines.empty()) return false;
  const Page& first = doc.pages[part.page];
  const Page& page = doc.pages[next->page];
  // Below a header or rows that end the page, a group row ("Dagtilbud og
  // skole") opens the rows of the next: one piece that starts in the first
  // column and is no sentence. The part had no row below it on its page to
  // take it. Below rows, such a line may as well be a heading over another
  // table: there the next part must show as many columns.
  const bool takes_group_rows =
      OnlyHeader(part, first) || part.columns.columns.size() == next->columns.columns.size();
  std::vector<size_t> group_rows;
  for (size_t i = part.lines.back() + 1; i < first.lines.size(); ++i) {
    const Line& line = first.lines[i];
    if (!IsBody(line) || IsFurniture(line, first, doc)) continue;
    const std::vector<Span> pieces = CellPieces(line, first);
    if (takes_group_rows && group_rows.size() < kCaptionLines && pieces.size() == 1 &&
        !EndsSentence(line.text) && !part.columns.columns.empty() &&
        StartsInColumn(pieces[0], part.columns.columns.front())) {
      group_rows.push_back(i);
      continue;
    }
    return false;
  }
  // Captions above the first part, which the next may repeat.
  std::vector<std::string> captions;
  for (size_t i = part.lines.front(); i-- > 0 && captions.size() < kCaptionLines;) {
    if (IsBody(first.lines[i]) && !IsFurniture(first.lines[i], first, doc)) {
      captions.push_back(Squeezed(first.lines[i].text));
    }
  }
  std::vector<size_t> adopted;
  for (size_t i = 0; i < next->lines.front(); ++i) {
    const Line& line = page.lines[i];
    if (!IsBody(line) || IsFurniture(line, page, doc)) continue;
    if (std::find(captions.begin(), captions.end(), Squeezed(line.text)) != captions.end()) {
      continue;
    }
    // The rest of a cell: in one column, and in the first only going on in
    // lower case ("Skema 4" above the next table is no such rest).
    const std::vector<Span> pieces = CellPieces(line, page);
    if (pieces.size() != 1 || !InOneColumn(pieces[0], next->columns.columns)) return false;
    if (!next->columns.columns.empty() && pieces[0].Overlap(next->columns.columns.front()) > 1.0 &&
        !StartsLowerCase(line.text)) {
      return false;
    }
    adopted.push_back(i);
  }
  // Text laid out with spaces sets each page's character columns apart
  // (`pdftotext -layout` fits every page on its own), so a header alone
  // at a page's end goes on with rows showing as many columns wherever
  // they fall.
  const bool header_in_characters = LaidOutWithSpaces(first) && OnlyHeader(part, first) &&
                                    part.columns.columns.size() == next->columns.columns.size();
  if (!header_in_characters && !SameColumns(part.columns, next->columns)) return false;
  // A lone row goes on with a row of the page before: its first cell is
  // empty or goes on in lower case (a running header's "Københavns Kommune |
  // Forvaltning" is no such row), or it is a whole row of its own, a cell
  // in each of three columns or more (the table's last row, carried over).
  if (next->lone && !part.columns.columns.empty()) {
    for (size_t i : next->lines) {
      const Line& line = page.lines[i];
      const std::vector<Span> pieces = CellPieces(line, page);
      if (pieces.size() < 2) continue;
      const bool whole_row =
          pieces.size() >= kMinWholeRowCells && pieces.size() == part.columns.columns.size() &&
          !IsFurniture(line, page, doc) &&
          std::all_of(pieces.begin(), pieces.end(),
                      [&](const Span& piece) { return InOneColumn(piece, part.columns.columns); });
      if (pieces.front().Overlap(part.columns.columns.front()) > 1.0 &&
          !StartsLowerCase(FirstCell(line)) && !whole_row) {
        return false;
      }
      break;
    }
  }
  next->lines.insert(next->lines.begin(), adopted.begin(), adopted.end());
  part_ptr->lines.insert(part_ptr->lines.end(), group_rows.begin(), group_rows.end());
  return true;
}

}  // namespace bilag::layout
