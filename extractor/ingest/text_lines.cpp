#include "extractor/ingest/text_lines.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extractor/base/text.h"
#include "extractor/ingest/html_text.h"

namespace bilag {
namespace {

// How far a "**" opened at the start of a line may run before its closing
// "**" at the end of a later line; markdown emphasis never crosses a blank
// line, and a title wraps over two or three lines at most.
constexpr size_t kMaxBoldSpanLines = 4;

constexpr std::string_view kStars = "**";

bool IsBlank(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ' ' || line[i] == '\t') continue;
    if (line[i] == '\xc2' && i + 1 < line.size() && line[i + 1] == '\xa0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

size_t CountStars(std::string_view line) {
  size_t count = 0;
  for (size_t pos = line.find(kStars); pos != std::string_view::npos;
       pos = line.find(kStars, pos + 2)) {
    ++count;
  }
  return count;
}

// Removes "**" pairs left to right; with `all`, an unpaired one too.
std::string RemoveStars(std::string_view line, bool all) {
  size_t count = CountStars(line);
  if (count == 0) return std::string(line);
  size_t to_remove = all ? count : count - count % 2;
  std::string out;
  out.reserve(line.size());
  size_t pos = 0;
  for (size_t removed = 0; removed < to_remove; ++removed) {
    size_t next = line.find(kStars, pos);
    out.append(line.substr(pos, next - pos));
    pos = next + 2;
  }
  out.append(line.substr(pos));
  return out;
}

// "**Ad 1: ...**": the first pair encloses the whole line.
bool IsWhollyStarred(std::string_view line) {
  std::string_view t = Trim(line);
  return t.size() > 4 && t.starts_with(kStars) && t.ends_with(kStars) &&
         t.find(kStars, 2) == t.size() - 2;
}

// The text of one cell or line with its markup taken off. `bold` says the
// whole of it was starred.
std::vector<TextFragment> Fragments(std::string_view raw, bool bold) {
  bold = bold || IsWhollyStarred(raw);
  std::string text = RemoveStars(raw, /*all=*/false);
  if (HasHtmlTag(text)) return SplitHtmlFragments(text, bold);
  if (IsBlank(text)) return {};
  return {TextFragment{DecodeEntities(text), bold, 0}};
}

std::vector<std::string_view> Split(std::string_view line, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos = line.find(separator); pos != std::string_view::npos;
       pos = line.find(separator, start)) {
    parts.push_back(line.substr(start, pos - start));
    start = pos + 1;
  }
  parts.push_back(line.substr(start));
  return parts;
}

bool IsPipeRow(std::string_view line) {
  std::string_view t = Trim(line);
  return t.size() >= 2 && t.front() == '|' && t.back() == '|';
}

// Cells of "| a | b \| c |": outer pipes dropped, "\|" is a literal pipe,
// cells trimmed as markdown renders them.
std::vector<std::string> PipeCells(std::string_view line) {
  std::string_view t = Trim(line);
  t = t.substr(1, t.size() - 2);
  std::vector<std::string> cells(1);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '|') {
      cells.back().push_back('|');
      ++i;
    } else if (t[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back().push_back(t[i]);
    }
  }
  for (std::string& cell : cells) cell = std::string(Trim(cell));
  return cells;
}

template <typename Cells>
SourceLine Row(const Cells& cells, bool bold) {
  SourceLine row;
  row.kind = SourceKind::kRow;
  row.cells.reserve(cells.size());
  for (const auto& cell : cells) row.cells.push_back(Fragments(cell, bold));
  return row;
}

// "## Title ##" -> level 2, "Title"; 0 when the line is no ATX heading.
int HeadingLevel(std::string_view line, std::string_view* title) {
  size_t indent = line.find_first_not_of(' ');
  if (indent > 3) return 0;  // npos too: a blank line
  line.remove_prefix(indent);
  size_t level = line.find_first_not_of('#');
  if (level == std::string_view::npos) level = line.size();
  if (level == 0 || level > 6) return 0;
  if (level < line.size() && line[level] != ' ' && line[level] != '\t') return 0;
  std::string_view rest = Trim(line.substr(level));
  size_t closing = rest.find_last_not_of('#');
  if (closing == std::string_view::npos) {
    rest = {};
  } else if (closing + 1 < rest.size() && (rest[closing] == ' ' || rest[closing] == '\t')) {
    rest = Trim(rest.substr(0, closing + 1));
  }
  *title = rest;
  return static_cast<int>(level);
}

std::string JoinFragments(const std::vector<TextFragment>& fragments) {
  std::string out;
  for (const TextFragment& fragment : fragments) {
    if (!out.empty()) out.push_back(' ');
    out.append(fragment.text);
  }
  return out;
}

class LineParser {
 public:
  LineParser(std::vector<std::string_view> lines, const SourceLineSink& emit)
      : lines_(std::move(lines)), emit_(emit) {}
  void Parse();

 private:
  void ParseLine(std::string_view line, bool in_bold_span);
  // Index of the line closing a "**" span opened at `start`, or 0.
  size_t BoldSpanEnd(size_t start) const;

  std::vector<std::string_view> lines_;
  const SourceLineSink& emit_;
};

void LineParser::Parse() {
  size_t span_end = 0;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (span_end < i) span_end = BoldSpanEnd(i);
    // Form feeds may sit anywhere in a line; the pieces around one are lines
    // of their own, and the empty piece before "\fSide 2" is no blank line.
    std::vector<std::string_view> pieces = Split(lines_[i], '\f');
    for (size_t p = 0; p < pieces.size(); ++p) {
      if (p > 0) emit_(MarkerLine(SourceKind::kPageBreak));
      if (pieces.size() > 1 && pieces[p].empty()) continue;
      ParseLine(pieces[p], i <= span_end && span_end > 0);
    }
  }
}

size_t LineParser::BoldSpanEnd(size_t start) const {
  std::string_view first = Trim(lines_[start]);
  if (!first.starts_with(kStars) || CountStars(first) % 2 == 0) return 0;
  for (size_t j = start + 1; j < lines_.size() && j <= start + kMaxBoldSpanLines; ++j) {
    std::string_view line = Trim(lines_[j]);
    if (line.empty() || line.find('\f') != std::string_view::npos) return 0;
    if (CountStars(line) % 2 == 1) return line.ends_with(kStars) ? j : 0;
  }
  return 0;
}

void LineParser::ParseLine(std::string_view line, bool in_bold_span) {
  if (IsBlank(line)) {
    emit_(MarkerLine(SourceKind::kBlank));
    return;
  }
  if (IsSeparatorLine(line)) return;
  if (IsPipeRow(line)) {
    emit_(Row(PipeCells(line), in_bold_span));
    return;
  }
  if (line.find('\t') != std::string_view::npos) {
    SourceLine row = Row(Split(line, '\t'), in_bold_span);
    if (line.find_first_not_of('\t') > line.find_last_of('\t')) {
      // Only leading tabs: a continuation row or indented prose; the page
      // builder knows whether a table is open.
      row.indent_only = true;
      const std::vector<TextFragment>& last = row.cells.back();
      row.text = std::string(line.find_first_not_of('\t'), '\t') + JoinFragments(last);
      row.bold = !last.empty() && std::all_of(last.begin(), last.end(),
                                              [](const TextFragment& f) { return f.bold; });
    }
    emit_(std::move(row));
    return;
  }
  std::string_view title;
  if (int level = HeadingLevel(line, &title); level > 0) {
    SourceLine heading;
    heading.kind = SourceKind::kHeading;
    heading.heading_level = level;
    std::vector<TextFragment> fragments = Fragments(title, in_bold_span);
    heading.bold = !fragments.empty() && std::all_of(fragments.begin(), fragments.end(),
                                                     [](const TextFragment& f) { return f.bold; });
    heading.text = JoinFragments(fragments);
    emit_(std::move(heading));
    return;
  }
  const bool bold = in_bold_span || IsWhollyStarred(line);
  std::string text = RemoveStars(line, in_bold_span);
  if (HasHtmlTag(text)) {
    std::vector<TextFragment> fragments = SplitHtmlFragments(text, bold);
    if (fragments.empty()) emit_(MarkerLine(SourceKind::kBlank));
    for (TextFragment& fragment : fragments) {
      SourceLine piece;
      piece.kind = fragment.heading_level > 0 ? SourceKind::kHeading : SourceKind::kText;
      piece.heading_level = fragment.heading_level;
      piece.bold = fragment.bold;
      piece.text = std::move(fragment.text);
      emit_(std::move(piece));
    }
    return;
  }
  SourceLine plain;
  plain.bold = bold;
  plain.text = DecodeEntities(text);
  emit_(std::move(plain));
}

}  // namespace

bool IsSeparatorLine(std::string_view line) {
  size_t rules = 0;
  size_t run = 0;
  size_t longest_run = 0;
  for (char c : line) {
    if (c == '-' || c == '=') {
      ++rules;
      longest_run = std::max(longest_run, ++run);
      continue;
    }
    run = 0;
    if (c != ':' && c != '|' && c != '+' && c != ' ' && c != '\t') return false;
  }
  // "-\t-\t-" is a row of nil cells, not a rule.
  return rules >= 3 && longest_run >= 2;
}

void ParseTextLines(std::string_view text, const SourceLineSink& emit) {
  LineParser(Split(text, '\n'), emit).Parse();
}

std::vector<SourceLine> ParseTextLines(std::string_view text) {
  std::vector<SourceLine> lines;
  ParseTextLines(text, [&lines](SourceLine&& line) { lines.push_back(std::move(line)); });
  return lines;
}

}  // namespace bilag
