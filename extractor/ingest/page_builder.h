// Turns SourceLines into the Document's pages, lines, tables and rows.
//
// Pages:
//   - a form feed ends the page; consecutive form feeds keep the empty page
//     between them (page numbers stay those of the source), but empty pages
//     at the end of the document are dropped;
//   - a line that is only a page mark ("Side 2 af 4", "Side 2", "side 2/4")
//     for the page after the current one starts that page and is its first
//     line; a mark for the current page ends it and is its last line. A mark
//     on a page that has no text yet is only the page's first line. Any other
//     mark is ordinary text. In a text whose pages end with form feeds (what
//     pdftotext writes) the form feeds alone end pages: a mark is a line of
//     its page, also one in a running header at its top ("Københavns
//     Kommune | Socialforvaltningen" / "Side 1 af 2").
// Lines:
//   - blank lines are kept (they separate paragraphs and keep line numbers
//     close to the source's), except at the start of the document, right
//     after a form feed or an ending page mark (the start of a page), and at
//     the end of a page;
//   - a row whose cells hold several lines of text becomes several Lines
//     sharing `table` and `row`: line k carries every cell's k-th line, with
//     empty cells where a column has fewer (see Line in document.h);
//   - every source row gets its own `row` id, 1-based per document.
// Tables (`table` id, 1-based per document):
//   - consecutive rows form one table, whatever their widths;
//   - up to kMaxBlankLinesInTable blank lines, separator lines and page marks
//     between two rows of the same width keep the table going (seed 001 has
//     blank lines between the rows of one key/value table); the blank Lines
//     themselves have table 0;
//   - a row after blank lines whose only non-empty cell is its first
//     ("Handleplan 2013: INKLUSION VIA PARTNERSKABER\t\t" in seed 003) is the
//     caption of a new table;
//   - any other line, a wider or narrower row after a blank line, or an HTML
//     </table> ends the table;
//   - a table goes on across a page break: a row continued on the next page
//     is a row whose first cell is empty.
//   - a line with only leading tabs ("\tmore text") continues an open table
//     as a row with an empty first cell; with no table open it is text.
#ifndef BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_
#define BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extractor/ingest/source_line.h"
#include "extractor/model/document.h"

namespace bilag {

inline constexpr int kMaxBlankLinesInTable = 3;

struct PageMark {
  int page = 0;
  int of = 0;  // 0 when the mark gives no page count
};

// Appends pages to an empty doc->pages from lines given one at a time (as a
// parser produces them), so that a large text is never held twice: each
// line's text moves onto its page. Finish() ends the last page, drops
// trailing blank lines and empty pages, and numbers every line; it leaves no
// page at all when the lines held no text.
class PageBuilder {
 public:
  explicit PageBuilder(Document* doc) : doc_(doc) {}

  // The text ends its pages with form feeds: page marks end none.
  void set_form_feeds_end_pages(bool form_feeds) { form_feeds_end_pages_ = form_feeds; }

  void Add(SourceLine&& line);
  void Finish();

 private:
  // Why the current page is over before the next line comes.
  enum class Pending { kNone, kFormFeed, kMark };

  Page& page() { return doc_->pages.back(); }
  void StartPage();
  void BreakIfPending();
  void AddFormFeed();
  void AddBlank();
  void AddText(SourceLine& line);
  void AddPageMark(const SourceLine& line, PageMark mark);
  void AddRow(SourceLine& row);
  bool ContinuesTable(const SourceLine& row) const;

  Document* doc_;
  bool form_feeds_end_pages_ = false;
  bool seen_text_ = false;
  bool page_has_text_ = false;  // the current page has a line that is not blank
  Pending pending_ = Pending::kNone;
  int next_table_ = 1;
  int next_row_ = 1;
  int open_table_ = 0;  // 0 = no table open
  size_t open_columns_ = 0;
  int blank_run_ = 0;  // blank lines since the open table's last row
};

// Replaces doc->pages with the pages of `lines` (a PageBuilder fed them all).
void BuildPages(std::vector<SourceLine> lines, Document* doc);

// Reads "Side 2 af 4", "side 2/4", "Side 2" (any case, spaces around); the
// page count, when given, is not below the page.
std::optional<PageMark> ParsePageMark(std::string_view line);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PAGE_BUILDER_H_
