// The one data model that flows through every stage of the pipeline:
//
//   ingest (-> ocr) -> layout -> normalise -> repair -> extract -> emit
//
// (extractor/extractor.h describes each stage; extract reads values through
// the rules.)
//
// A Document is a list of Pages; a Page is a list of Lines (what `bilag text`
// prints, and what every `page`/`line` in the JSON output refers to) and, for
// PDFs and scans, the Words with their boxes from which the lines were built.
//
// Invariants kept by every stage:
//   - Page::number is 1-based and equals the page's index + 1.
//   - Line::page / Line::number are 1-based and equal the line's position.
//     A stage that adds or removes lines calls Page::Renumber().
//   - All text is UTF-8 (ingest converts or refuses anything else).
//   - Line::text is the cells' text joined by '\t' when the line has cells.
#ifndef BILAG_EXTRACTOR_MODEL_DOCUMENT_H_
#define BILAG_EXTRACTOR_MODEL_DOCUMENT_H_

#include <cmath>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bilag {

// A rectangle on a page in PDF points (1/72 inch), origin at the top-left.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// One word as a PDF text layer (poppler's TextOutputDev) or OCR placed it.
// A page holds hundreds of words and every page stays until the output is
// written (the stages each run over the whole document), so a word is kept
// small: its font is an index into Page::fonts, not a name of its own.
struct Word {
  std::string text;
  Box box;
  double font_size = 0;   // points; 0 when unknown
  float confidence = -1;  // OCR confidence 0..100; -1 for a text layer
  int16_t font = -1;      // index into Page::fonts; -1 when unknown
  bool bold = false;      // font name says bold
};

// One cell of a table row. Sources that mark cells (tab-separated text, HTML
// table cells, markdown pipes) give cells without geometry; PDF lines get
// cells where the words leave a wide horizontal gap, with their x extent.
// In a table the layout stage structured, every line has one cell per
// column (Cell::column == its index); a cell whose text runs across several
// columns (a spanning header "Resultatkrav" over "2011 | 2012", a group row)
// has `span` > 1 and the columns it covers follow it with span 0 and no text.
struct Cell {
  std::string text;
  int column = 0;           // 0-based position in the row as the source gave it
  double x0 = -1, x1 = -1;  // points; -1 when the source has no geometry
  bool bold = false;        // every word of the cell is bold (set by the layout stage)
  int span = 1;             // columns covered; 0 = covered by a spanning cell to the left
};

// What a line is on its page, set by the layout stage (extractor/layout/
// roles.h) from typography, position and repetition; rules can select lines
// by it (`roles = [...]`).
enum class LineRole {
  kText,        // body prose, or anything not below
  kPageHeader,  // a running line at the top of pages, a page mark, a letterhead band
  kPageFooter,  // a running line at the bottom of pages, a page number
  kTitle,       // the document's title (all its lines)
  kHeading,     // a heading inside the document
  kListItem,    // a line that starts a list item
  kCaption,     // a line right above a table that names it
  kTable,       // a line of a table (header or body)
  kSide,        // a side column (a letterhead's address column)
};

// The role's name as rules and `bilag text --layout` write it ("page_header").
inline const char* RoleName(LineRole role) {
  switch (role) {
    case LineRole::kText:
      return "text";
    case LineRole::kPageHeader:
      return "page_header";
    case LineRole::kPageFooter:
      return "page_footer";
    case LineRole::kTitle:
      return "title";
    case LineRole::kHeading:
      return "heading";
    case LineRole::kListItem:
      return "list_item";
    case LineRole::kCaption:
      return "caption";
    case LineRole::kTable:
      return "table";
    case LineRole::kSide:
      return "side";
  }
  return "text";
}

enum class LineKind {
  kText,      // prose, or any line that is not one of the below
  kHeading,   // a markdown heading or a line the source marked as heading
  kTableRow,  // a line with cells
};

// One visual line. A table row whose cells hold several lines of text (HTML
// <p>/<li>/<br> inside a cell, words wrapped in a PDF cell) becomes several
// consecutive Lines that share `table` and `row`; the first carries the row's
// first line of each cell, the next ones the following lines, with empty
// cells where a column has no more text. A row continued on the next page
// therefore looks like a line whose first cell is empty.
struct Line {
  std::string text;
  int page = 0;    // 1-based
  int number = 0;  // 1-based within the page
  LineKind kind = LineKind::kText;
  int heading_level = 0;    // 1..6 for headings, else 0
  bool bold = false;        // the whole line was marked bold (<b>, **, a bold font)
  std::vector<Cell> cells;  // empty unless kind == kTableRow
  int table = 0;            // 1-based id of the table within the document; 0 = none
  int row = 0;              // 1-based id of the source row within the document; 0 = none
  std::vector<int> words;   // indices into Page::words (PDF/OCR pages only)
  // Set by the layout stage (extractor/layout/layout.h):
  bool side = false;             // in a side column (a letterhead's address column), not body
  bool header = false;           // the header row of a table
  bool repeated_header = false;  // a header repeated on a later page: not data
  bool exact_rows = false;       // the layout stage structured its table: `row` is the real row
  int block = 0;                 // 1-based paragraph (block of prose) in the document; 0 = none
  LineRole role = LineRole::kText;

  // Sets the cells a PDF or OCR line was cut into (its text still empty): one
  // cell is plain text; more are a table row whose text joins them by tabs.
  void SetCells(std::vector<Cell> line_cells) {
    if (line_cells.size() == 1) {
      text = std::move(line_cells[0].text);
      return;
    }
    kind = LineKind::kTableRow;
    for (size_t c = 0; c < line_cells.size(); ++c) {
      if (c > 0) text.push_back('\t');
      text += line_cells[c].text;
      line_cells[c].column = static_cast<int>(c);
    }
    cells = std::move(line_cells);
  }
};

// A ruling line drawn on the page (a table's border or grid line), in
// points, from (x0, y0) to (x1, y1). On a scan it may slope a little.
struct Ruling {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool Horizontal() const { return std::abs(x1 - x0) >= std::abs(y1 - y0); }
};

struct Page {
  int number = 0;                // 1-based
  double width = 0, height = 0;  // points; 0 for text inputs
  std::vector<Line> lines;
  std::vector<Word> words;  // empty for text inputs
  // The words' font names, each once (Word::font indexes them): a page sets
  // its words in a handful of fonts. At most kMaxPageFonts; a word in any
  // further font has no name (its `bold` is still read from the name).
  std::vector<std::string> fonts;
  static constexpr size_t kMaxPageFonts = INT16_MAX;
  bool needs_ocr = false;  // no usable text layer: only OCR can read it
  // OCR pages: the angle (radians, about the page's centre) the words and
  // rulings were turned by to make the scan's lines level
  // (extractor/ocr/ocr_deskew.h); 0 for text layers. Turning a box by
  // -deskew puts it back on the page image.
  double deskew = 0;
  // Ruling lines, found by ingest on pages whose lines look like a table
  // (extractor/layout/rulings.h); the layout stage reads tables by them.
  std::vector<Ruling> rulings;

  // Restores the numbering invariant after lines were added or removed.
  void Renumber() {
    for (size_t i = 0; i < lines.size(); ++i) {
      lines[i].page = number;
      lines[i].number = static_cast<int>(i) + 1;
    }
  }
};

// Where a point of an OCR page (its words and rulings turned level by
// Page::deskew) lies on the page image: turned back about the page's centre.
inline std::pair<double, double> PointOnScan(const Page& page, double x, double y) {
  if (page.deskew == 0) return {x, y};
  const double cx = page.width / 2, cy = page.height / 2;
  const double c = std::cos(-page.deskew), s = std::sin(-page.deskew);
  return {cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c};
}

// A word's box where the page image has the word: moved with its centre.
inline Box BoxOnScan(const Page& page, const Box& box) {
  const double x = (box.x0 + box.x1) / 2, y = (box.y0 + box.y1) / 2;
  const auto [sx, sy] = PointOnScan(page, x, y);
  return {box.x0 + sx - x, box.y0 + sy - y, box.x1 + sx - x, box.y1 + sy - y};
}

// Something the tool could not do or is unsure of. Never dropped silently:
// every warning reaches the JSON output. page/line are 0 when not tied to one.
struct Warning {
  std::string code;  // stable kebab-case id, e.g. "encoding-converted"
  std::string message;
  int page = 0;
  int line = 0;
};

// One OCR repair applied to the text (filled by the repair stage).
struct Correction {
  std::string from, to;
  int page = 0, line = 0;
  std::string rule;  // id of the correction rule, or "lexicon"
};

// Which pages OCR read, and how sure it was (source.ocr in the JSON).
struct OcrInfo {
  std::string engine;                     // "tesseract 5.3.0"
  std::string lang;                       // Tesseract model(s): "dan", "dan+eng"
  std::vector<int> pages;                 // 1-based, ascending
  std::optional<double> mean_confidence;  // mean word confidence 0..100; nullopt without words
};

// A deque, not a vector: a large hostile text has hundreds of thousands of
// warnings, and a vector growing by doubling would hold the old and the new
// copy at once (50 MB of text: 56 MB at the moment it grows).
using Warnings = std::deque<Warning>;

struct Document {
  std::string source_path;  // as given on the command line; "-" for stdin
  std::string sha256;       // lowercase hex of the input bytes
  std::string media_type;   // "application/pdf", "text/plain", "text/html", "image/png", ...
  std::vector<Page> pages;
  Warnings warnings;
  std::vector<Correction> corrections;
  std::optional<OcrInfo> ocr;  // set when at least one page was read with OCR
  // For one bilag split out of a bundle (--split-bilag): the first and last
  // page of the source file it covers. Page numbers keep the source's
  // numbering, so every page/line still points into the original file.
  std::optional<std::pair<int, int>> page_range;

  void AddWarning(std::string code, std::string message, int page = 0, int line = 0) {
    warnings.push_back({std::move(code), std::move(message), page, line});
  }

  // The index in `pages` of the page numbered `number`. Page numbers are
  // usually index + 1, but a part split off a bundle keeps the bundle's.
  std::optional<size_t> PageIndex(int number) const {
    const size_t guess = static_cast<size_t>(number) - 1;
    if (number >= 1 && guess < pages.size() && pages[guess].number == number) return guess;
    for (size_t i = 0; i < pages.size(); ++i) {
      if (pages[i].number == number) return i;
    }
    return std::nullopt;
  }

  // The line at page/line (both numbered from 1), or nullptr when there is
  // no such line: where provenance points into the document.
  const Line* LineAt(int page, int line) const {
    const std::optional<size_t> index = PageIndex(page);
    if (!index || line < 1 || static_cast<size_t>(line) > pages[*index].lines.size()) {
      return nullptr;
    }
    return &pages[*index].lines[static_cast<size_t>(line) - 1];
  }
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_DOCUMENT_H_
