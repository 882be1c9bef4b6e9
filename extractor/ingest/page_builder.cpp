#include "extractor/ingest/page_builder.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include "extractor/base/text.h"

namespace bilag {
namespace {

bool IsBlankLine(const Line& line) {
  return line.cells.empty() && line.text.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

void PageBuilder::Add(SourceLine&& line) {
  if (doc_->pages.empty()) StartPage();
  switch (line.kind) {
    case SourceKind::kPageBreak:
      AddFormFeed();
      return;
    case SourceKind::kTableBreak:
      open_table_ = 0;
      return;
    case SourceKind::kBlank:
      AddBlank();
      return;
    case SourceKind::kRow:
      if (!line.indent_only || open_table_ != 0) {
        AddRow(line);
        return;
      }
      break;
    case SourceKind::kText:
      if (std::optional<PageMark> mark = ParsePageMark(line.text)) {
        AddPageMark(line, *mark);
        return;
      }
      break;
    case SourceKind::kHeading:
      break;
  }
  AddText(line);
}

void PageBuilder::StartPage() {
  // A page is final once the next starts: no room to grow, so that the
  // lines of a large text take what they hold and not up to twice that.
  if (!doc_->pages.empty()) doc_->pages.back().lines.shrink_to_fit();
  Page next;
  next.number = static_cast<int>(doc_->pages.size()) + 1;
  doc_->pages.push_back(std::move(next));
  page_has_text_ = false;
}

void PageBuilder::BreakIfPending() {
  if (pending_ == Pending::kNone) return;
  StartPage();
  pending_ = Pending::kNone;
}

void PageBuilder::AddFormFeed() {
  if (!seen_text_) return;  // a form feed before any text starts no page
  // A second form feed in a row closes a page that had nothing on it.
  if (pending_ == Pending::kFormFeed) StartPage();
  pending_ = Pending::kFormFeed;
}

void PageBuilder::AddBlank() {
  // Blank lines after a page's end would be trailing lines of that page.
  if (!seen_text_ || pending_ != Pending::kNone) return;
  page().lines.push_back(Line{});
  if (open_table_ != 0) ++blank_run_;
}

void PageBuilder::AddText(SourceLine& source) {
  BreakIfPending();
  Line line;
  line.text = std::move(source.text);
  line.kind = source.kind == SourceKind::kHeading ? LineKind::kHeading : LineKind::kText;
  line.heading_level = source.kind == SourceKind::kHeading ? source.heading_level : 0;
  line.bold = source.bold;
  page().lines.push_back(std::move(line));
  seen_text_ = true;
  page_has_text_ = true;
  open_table_ = 0;
}

// Page marks do not end an open table: a page break inside a table is common.
void PageBuilder::AddPageMark(const SourceLine& source, PageMark mark) {
  BreakIfPending();
  const int current = page().number;
  // Where form feeds end the pages, the mark is a line of its page.
  const bool ends_pages = page_has_text_ && !form_feeds_end_pages_;
  if (ends_pages && mark.page == current + 1) {
    StartPage();
  } else if (ends_pages && mark.page == current) {
    pending_ = Pending::kMark;
  }
  Line line;
  line.text = source.text;
  // The mark is recognised structure, so its layout spaces go.
  size_t first = line.text.find_first_not_of(" \t");
  size_t last = line.text.find_last_not_of(" \t");
  line.text = line.text.substr(first, last - first + 1);
  line.bold = source.bold;
  page().lines.push_back(std::move(line));
  seen_text_ = true;
  page_has_text_ = true;
}

bool PageBuilder::ContinuesTable(const SourceLine& row) const {
  if (open_table_ == 0) return false;
  if (blank_run_ == 0) return true;
  if (blank_run_ > kMaxBlankLinesInTable || row.cells.size() != open_columns_) return false;
  const bool caption = row.cells.size() >= 2 && !row.cells[0].empty() &&
                       std::all_of(row.cells.begin() + 1, row.cells.end(),
                                   [](const auto& cell) { return cell.empty(); });
  return !caption;
}

void PageBuilder::AddRow(SourceLine& row) {
  BreakIfPending();
  if (!ContinuesTable(row)) open_table_ = next_table_++;
  open_columns_ = row.cells.size();
  blank_run_ = 0;
  seen_text_ = true;
  page_has_text_ = true;
  const int row_id = next_row_++;
  size_t height = 1;
  for (const auto& cell : row.cells) height = std::max(height, cell.size());
  for (size_t k = 0; k < height; ++k) {
    Line line;
    line.cells.reserve(row.cells.size());
    line.kind = LineKind::kTableRow;
    line.table = open_table_;
    line.row = row_id;
    bool any_text = false;
    bool all_bold = true;
    for (size_t column = 0; column < row.cells.size(); ++column) {
      Cell cell;
      cell.column = static_cast<int>(column);
      if (k < row.cells[column].size()) {
        TextFragment& fragment = row.cells[column][k];
        cell.text = std::move(fragment.text);
        any_text = true;
        all_bold = all_bold && fragment.bold;
      }
      if (column > 0) line.text.push_back('\t');
      line.text.append(cell.text);
      line.cells.push_back(std::move(cell));
    }
    line.bold = any_text && all_bold;
    page().lines.push_back(std::move(line));
  }
}

void PageBuilder::Finish() {
  for (Page& each : doc_->pages) {
    while (!each.lines.empty() && IsBlankLine(each.lines.back())) each.lines.pop_back();
  }
  while (doc_->pages.size() > 1 && doc_->pages.back().lines.empty()) doc_->pages.pop_back();
  if (!seen_text_) doc_->pages.clear();
  for (Page& each : doc_->pages) {
    each.Renumber();
    each.lines.shrink_to_fit();  // a page's lines are final: no room to grow
  }
}

namespace {

// Reads a run of 1..4 digits at the front of `s`; 0 when there is none.
int TakeNumber(std::string_view* s) {
  size_t digits = 0;
  while (digits < s->size() && std::isdigit(static_cast<unsigned char>((*s)[digits])) != 0) {
    ++digits;
  }
  if (digits == 0 || digits > 4) return 0;
  int value = std::stoi(std::string(s->substr(0, digits)));
  s->remove_prefix(digits);
  return value;
}

}  // namespace

std::optional<PageMark> ParsePageMark(std::string_view line) {
  std::string_view s = Trim(line);
  if (s.size() < 6) return std::nullopt;
  std::string word(s.substr(0, 4));
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (word != "side" || (s[4] != ' ' && s[4] != '\t')) return std::nullopt;
  s = Trim(s.substr(4));
  PageMark mark;
  mark.page = TakeNumber(&s);
  if (mark.page == 0) return std::nullopt;
  s = Trim(s);
  if (s.empty()) return mark;
  if (s.starts_with("/")) {
    s.remove_prefix(1);
  } else if (s.size() > 2 && (s[0] == 'a' || s[0] == 'A') && (s[1] == 'f' || s[1] == 'F') &&
             (s[2] == ' ' || s[2] == '\t')) {
    s.remove_prefix(2);
  } else {
    return std::nullopt;
  }
  s = Trim(s);
  mark.of = TakeNumber(&s);
  if (mark.of == 0 || !s.empty() || mark.of < mark.page) return std::nullopt;
  return mark;
}

void BuildPages(std::vector<SourceLine> lines, Document* doc) {
  doc->pages.clear();
  PageBuilder builder(doc);
  for (SourceLine& line : lines) builder.Add(std::move(line));
  builder.Finish();
}

}  // namespace bilag
