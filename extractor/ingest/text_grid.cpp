#include "extractor/ingest/text_grid.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/base/utf8.h"
#include "extractor/ingest/html_text.h"
#include "extractor/ingest/page_builder.h"
#include "extractor/ingest/pdf_ingest.h"
#include "extractor/ingest/text_lines.h"

namespace bilag {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos = text.find(separator); pos != std::string_view::npos;
       pos = text.find(separator, start)) {
    parts.push_back(text.substr(start, pos - start));
    start = pos + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(' ') == std::string_view::npos;
}

size_t LeadingSpaces(std::string_view line) {
  size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

bool IsPipeRow(std::string_view line) {
  size_t first = line.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  size_t last = line.find_last_not_of(' ');
  return last > first && line[first] == '|' && line[last] == '|';
}

// The character columns where a line's text resumes after a run of two or
// more spaces inside it. Two spaces after a sentence's end are the
// typewriter's habit, and the spaces after a list item's marker its
// hanging indent (plain text and markdown indent lists so too): neither is
// a column.
std::vector<size_t> GapEnds(std::string_view line, const ListMarkers& markers) {
  std::vector<size_t> ends;
  size_t column = 0, spaces = 0;
  size_t text_start = std::string_view::npos;  // byte offset of the line's first text
  char before = 0;                             // the last byte before the current run of spaces
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (IsContinuationByte(c)) continue;
    if (c == ' ') {
      ++spaces;
    } else {
      if (text_start == std::string_view::npos) {
        text_start = i;
      } else if (spaces >= 2) {
        const bool sentence_end = spaces == 2 && (before == '.' || before == '!' || before == '?');
        const bool hanging_indent =
            IsListMarker(line.substr(text_start, i - spaces - text_start), markers);
        if (!sentence_end && !hanging_indent) ends.push_back(column);
      }
      spaces = 0;
    }
    ++column;
    if (c != ' ') before = c;
  }
  return ends;
}

// One page of the grid: its text lines from the top, blank ones included.
struct GridPage {
  std::vector<std::string_view> rows;
  bool has_text = false;
};

// Pages from form feeds and page marks by PageBuilder's rules (page_builder.h),
// so that a text gets the pages it would get on the plain path, with one
// exception: a text with form feeds takes its pages from them alone.
// pdftotext ends every page with one, and may set the page's mark ("Side 1
// af 2") at its top, where PageBuilder would take it to end the page.
class GridPager {
 public:
  explicit GridPager(bool form_feeds) : marks_break_(!form_feeds) {}

  void AddFormFeed() {
    if (!seen_text_) return;  // a form feed before any text starts no page
    // A second form feed in a row closes a page that had nothing on it.
    if (pending_ == Pending::kFormFeed) StartPage();
    pending_ = Pending::kFormFeed;
  }

  void AddRow(std::string_view row) {
    if (IsBlank(row) || IsSeparatorLine(row)) {
      // Blank lines at a page's start are no spacing on it.
      if (seen_text_ && pending_ == Pending::kNone) pages_.back().rows.emplace_back();
      return;
    }
    if (pages_.empty()) StartPage();
    if (pending_ != Pending::kNone) {
      StartPage();
      pending_ = Pending::kNone;
    }
    std::optional<PageMark> mark = marks_break_ ? ParsePageMark(row) : std::nullopt;
    if (mark) {
      const int current = static_cast<int>(pages_.size());
      if (pages_.back().has_text && mark->page == current + 1) {
        StartPage();
      } else if (pages_.back().has_text && mark->page == current) {
        pending_ = Pending::kMark;
      }
    }
    pages_.back().rows.push_back(row);
    pages_.back().has_text = true;
    seen_text_ = true;
  }

  std::vector<GridPage> Finish() {
    for (GridPage& page : pages_) {
      while (!page.rows.empty() && IsBlank(page.rows.back())) page.rows.pop_back();
    }
    while (pages_.size() > 1 && pages_.back().rows.empty()) pages_.pop_back();
    if (!seen_text_) pages_.clear();
    return std::move(pages_);
  }

 private:
  enum class Pending { kNone, kFormFeed, kMark };

  void StartPage() { pages_.emplace_back(); }

  std::vector<GridPage> pages_;
  bool marks_break_;
  bool seen_text_ = false;
  Pending pending_ = Pending::kNone;
};

// The words of one text line with the boxes of their characters.
void PlaceWords(std::string_view row, double y, std::vector<Word>* words) {
  size_t column = 0;
  std::string text;
  size_t first = 0;
  auto flush = [&] {
    if (text.empty()) return;
    Word word;
    word.text = std::move(text);
    word.box = {static_cast<double>(first) * kGridCharWidth, y,
                static_cast<double>(column) * kGridCharWidth, y + kGridFontSize};
    word.font_size = kGridFontSize;
    words->push_back(std::move(word));
    text.clear();
  };
  for (char c : row) {
    if (c == ' ') {
      flush();
      ++column;
      continue;
    }
    if (!IsContinuationByte(c)) {
      if (text.empty()) first = column;
      ++column;
    }
    text.push_back(c);
  }
  flush();
}

size_t Columns(std::string_view row) {
  size_t end = row.find_last_not_of(' ');
  if (end == std::string_view::npos) return 0;
  size_t count = 0;
  for (size_t i = 0; i <= end; ++i) count += !IsContinuationByte(row[i]);
  return count;
}

}  // namespace

bool LooksSpaceAligned(std::string_view text, const ListMarkers& markers) {
  // Tabs mark cells themselves, and markup has its own readers.
  if (text.find('\t') != std::string_view::npos) return false;
  std::vector<std::vector<size_t>> gapped;
  std::map<size_t, int> lines_at;  // column -> lines resuming there
  int placed = 0;
  const std::vector<std::string_view> chunks = Split(text, '\f');
  for (std::string_view chunk : chunks) {
    for (std::string_view line : Split(chunk, '\n')) {
      if (IsPipeRow(line) || HasHtmlTag(line)) return false;
      placed += LeadingSpaces(line) >= kPlacedColumn && !IsBlank(line);
      std::vector<size_t> ends = GapEnds(line, markers);
      if (ends.empty()) continue;
      for (size_t column : ends) ++lines_at[column];
      gapped.push_back(std::move(ends));
    }
  }
  auto count_at = [&](size_t column) {
    auto found = lines_at.find(column);
    return found == lines_at.end() ? 0 : found->second;
  };
  int aligned = 0;
  for (const std::vector<size_t>& ends : gapped) {
    // A line cannot resume at two neighbouring columns, so any count past
    // its own one is another line's.
    aligned += std::any_of(ends.begin(), ends.end(), [&](size_t column) {
      return count_at(column) + count_at(column + 1) + (column > 0 ? count_at(column - 1) : 0) >= 2;
    });
  }
  if (aligned >= kMinAlignedLines && 2 * aligned >= static_cast<int>(gapped.size())) return true;
  return chunks.size() > 1 && placed >= kMinPlacedLines;
}

void BuildGridPages(std::string_view text, Document* doc) {
  std::vector<std::string_view> chunks = Split(text, '\f');
  GridPager pager(chunks.size() > 1);
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (k > 0) pager.AddFormFeed();
    std::vector<std::string_view> rows = Split(chunks[k], '\n');
    // The line end before a form feed ends no line.
    if (rows.size() > 1 && rows.back().empty()) rows.pop_back();
    for (std::string_view row : rows) pager.AddRow(row);
  }
  std::vector<GridPage> pages = pager.Finish();

  // One page size for the whole document: pages of one document share it,
  // and a short last page keeps its lines where the others have them.
  size_t width = 1, height = 1;
  for (const GridPage& page : pages) {
    height = std::max(height, page.rows.size());
    for (std::string_view row : page.rows) width = std::max(width, Columns(row));
  }
  doc->pages.clear();
  for (const GridPage& grid : pages) {
    Page page;
    page.number = static_cast<int>(doc->pages.size()) + 1;
    page.width = static_cast<double>(width) * kGridCharWidth;
    page.height = static_cast<double>(height) * kGridLineHeight;
    for (size_t r = 0; r < grid.rows.size(); ++r) {
      PlaceWords(grid.rows[r], static_cast<double>(r) * kGridLineHeight, &page.words);
    }
    BuildLinesFromWords(&page, kGridCharWidth);
    doc->pages.push_back(std::move(page));
  }
}

}  // namespace bilag
