#include "extractor/ingest/html_document.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "extractor/ingest/html_text.h"

namespace bilag {
namespace {

class HtmlDocumentParser {
 public:
  std::vector<SourceLine> Parse(std::string_view text);

 private:
  void HandleTag(const HtmlTag& tag);
  void AppendText(std::string_view bytes);
  // Ends the current line: of the cell inside a row, else of the page.
  void BreakLine();
  void FlushBlock();
  void OpenRow();
  void CloseRow();
  // `header`: a <th>, whose text browsers show bold.
  void OpenCell(bool header = false);
  void CloseCell();

  std::vector<SourceLine> out_;
  FragmentBuilder block_{/*collapse_spaces=*/true};
  FragmentBuilder cell_{/*collapse_spaces=*/true};
  std::vector<TextFragment> cell_fragments_;
  std::vector<std::vector<TextFragment>> row_cells_;
  int bold_depth_ = 0;
  int heading_level_ = 0;
  int table_depth_ = 0;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool header_cell_ = false;
};

std::vector<SourceLine> HtmlDocumentParser::Parse(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == '<') {
      HtmlTag tag = ParseTag(text, pos);
      if (tag.kind == TagKind::kSkip && !tag.closing) {
        pos = SkipElement(text, pos, tag);
        continue;
      }
      if (tag.kind != TagKind::kNone) {
        HandleTag(tag);
        pos += tag.length;
        continue;
      }
      AppendText("<");
      ++pos;
      continue;
    }
    if (text[pos] == '&') {
      std::string decoded;
      size_t used = DecodeEntityAt(text, pos, &decoded);
      if (used > 0) {
        AppendText(decoded);
        pos += used;
        continue;
      }
    }
    size_t next = text.find_first_of("<&", pos + 1);
    if (next == std::string_view::npos) next = text.size();
    AppendText(text.substr(pos, next - pos));
    pos = next;
  }
  CloseRow();
  FlushBlock();
  return std::move(out_);
}

void HtmlDocumentParser::HandleTag(const HtmlTag& tag) {
  // Rows and cells of a table nested in a cell are lines of that cell.
  const bool nested = table_depth_ > 1 || (tag.kind == TagKind::kTable && table_depth_ > 0 &&
                                           !(tag.closing && table_depth_ == 1));
  switch (tag.kind) {
    case TagKind::kTable:
      if (nested) {
        BreakLine();
      } else if (!tag.closing) {
        FlushBlock();
        out_.push_back(MarkerLine(SourceKind::kTableBreak));
      } else {
        CloseRow();
        out_.push_back(MarkerLine(SourceKind::kTableBreak));
      }
      table_depth_ = tag.closing ? std::max(0, table_depth_ - 1) : table_depth_ + 1;
      break;
    case TagKind::kRow:
      if (nested) {
        BreakLine();
      } else if (tag.closing) {
        CloseRow();
      } else {
        OpenRow();
      }
      break;
    case TagKind::kCell:
      if (nested) {
        BreakLine();
      } else if (tag.closing) {
        CloseCell();
      } else {
        OpenCell(tag.name == "th");
      }
      break;
    case TagKind::kHeading:
      BreakLine();
      heading_level_ = tag.closing ? 0 : tag.heading_level;
      break;
    case TagKind::kBlock:
      BreakLine();
      break;
    case TagKind::kBold:
      bold_depth_ = tag.closing ? std::max(0, bold_depth_ - 1) : bold_depth_ + 1;
      break;
    case TagKind::kNone:
    case TagKind::kIgnore:
    case TagKind::kInline:
    case TagKind::kSkip:
      break;
  }
}

void HtmlDocumentParser::AppendText(std::string_view bytes) {
  if (in_row_) {
    if (!in_cell_) {
      // Whitespace between <tr> and <td> is layout; text there is a cell
      // whose <td> the writer forgot.
      if (std::all_of(bytes.begin(), bytes.end(),
                      [](unsigned char c) { return std::isspace(c) != 0; })) {
        return;
      }
      OpenCell();
    }
    cell_.Append(bytes, bold_depth_ > 0 || header_cell_, 0);
  } else {
    block_.Append(bytes, bold_depth_ > 0, heading_level_);
  }
}

void HtmlDocumentParser::BreakLine() {
  if (in_cell_) {
    cell_.Flush(&cell_fragments_);
  } else {
    FlushBlock();
  }
}

void HtmlDocumentParser::FlushBlock() {
  std::vector<TextFragment> fragments;
  block_.Flush(&fragments);
  for (TextFragment& fragment : fragments) {
    SourceLine line;
    line.kind = fragment.heading_level > 0 ? SourceKind::kHeading : SourceKind::kText;
    line.heading_level = fragment.heading_level;
    line.bold = fragment.bold;
    line.text = std::move(fragment.text);
    out_.push_back(std::move(line));
  }
}

void HtmlDocumentParser::OpenRow() {
  CloseRow();
  FlushBlock();
  in_row_ = true;
}

void HtmlDocumentParser::CloseRow() {
  CloseCell();
  if (in_row_ && !row_cells_.empty()) {
    SourceLine row;
    row.kind = SourceKind::kRow;
    row.cells = std::move(row_cells_);
    out_.push_back(std::move(row));
  }
  row_cells_.clear();
  in_row_ = false;
}

void HtmlDocumentParser::OpenCell(bool header) {
  if (!in_row_) OpenRow();
  CloseCell();
  in_cell_ = true;
  header_cell_ = header;
}

void HtmlDocumentParser::CloseCell() {
  if (!in_cell_) return;
  cell_.Flush(&cell_fragments_);
  row_cells_.push_back(std::move(cell_fragments_));
  cell_fragments_.clear();
  in_cell_ = false;
}

}  // namespace

bool LooksLikeHtmlDocument(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\n\f");
  if (first == std::string_view::npos || text[first] != '<') return false;
  std::string head(text.substr(first, 16));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view tag : {"<!doctype html", "<html", "<table", "<body", "<head"}) {
    if (head.starts_with(tag)) return true;
  }
  return false;
}

std::vector<SourceLine> ParseHtmlDocument(std::string_view text) {
  return HtmlDocumentParser().Parse(text);
}

}  // namespace bilag
