#include "extractor/extract/items.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/base/text.h"
#include "extractor/base/utf8.h"

namespace bilag {
namespace {

size_t LeadingMarker(std::string_view text, const ListMarkers& markers) {
  // A letter set as a bullet ("o Mindst ..."), with the space after it.
  for (const std::string& letter : markers.letters) {
    if (text.size() > letter.size() && text.starts_with(letter) && text[letter.size()] == ' ') {
      return letter.size() + 1;
    }
  }
  // A hyphen glued to the item's first word: "-Arrangeres", "-70 pct.".
  if (text.size() > 1 && text[0] == '-' &&
      (IsDigit(text[1]) || (text[1] >= 'A' && text[1] <= 'Z') ||
       static_cast<unsigned char>(text[1]) == 0xC3)) {
    return 1;
  }
  // A bullet ("- ", "• "), also one that OCR read as signs ("…\tAt 120
  // unge", ". At ..."): a first word of signs only, followed by a space or
  // tab.
  const size_t space = text.find_first_of(" \t");
  if (space != std::string_view::npos && space > 0 &&
      IsBulletGlyphs(text.substr(0, space), markers)) {
    return space + 1;
  }
  size_t i = 0;
  while (i < text.size() && i < 2 && IsDigit(text[i])) ++i;
  if (i > 0 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ') {
    return i + 2;
  }
  if (text.size() > 3 && text[0] >= 'a' && text[0] <= 'h' && text[1] == ')' && text[2] == ' ') {
    return 3;
  }
  return 0;
}

// Length of a marker a conversion moved to the end of a wrapped line (" -",
// " 1."), or 0. An en dash at the end is real text ("løntilskud –"), a hyphen
// glued to a word is a suspended compound, and a number of two or more
// digits ends a sentence ("... med 50.").
size_t TrailingMarker(std::string_view text) {
  size_t n = text.size();
  if (n >= 2 && text.substr(n - 2) == " -") return 2;
  if (n >= 3 && text[n - 1] == '.' && IsDigit(text[n - 2]) && text[n - 3] == ' ') return 3;
  return 0;
}

void AppendText(std::string* item, std::string_view text) {
  if (text.empty()) return;
  if (!item->empty()) *item += ' ';
  *item += text;
}

// Splits an item at " - " followed by a capital letter (items run together in
// one paragraph: "... arbejdsworkshops - Partnerskabs arrangementer ...").
void SplitInline(const Segment& item, std::vector<Segment>* out) {
  std::string_view text = item.text;
  size_t start = 0;
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    if (text[i] != ' ' || text[i + 1] != '-' || text[i + 2] != ' ') continue;
    unsigned char next = static_cast<unsigned char>(text[i + 3]);
    bool capital =
        (next >= 'A' && next <= 'Z') || IsDigit(text[i + 3]) ||
        (next == 0xC3 && i + 4 < text.size() && static_cast<unsigned char>(text[i + 4]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 4]) <= 0x9E);
    if (!capital) continue;
    std::string_view piece = Trim(text.substr(start, i - start));
    if (!piece.empty()) out->push_back({std::string(piece), item.page, item.line, item.bold});
    start = i + 3;
  }
  std::string_view piece = Trim(text.substr(start));
  if (!piece.empty()) out->push_back({std::string(piece), item.page, item.line, item.bold});
}

// A short line that introduces the items below it ("Sammenhængskraft:", a bold
// "Kulturnat") is a heading inside the cell, not a target.
bool IsSubheading(const Segment& item) {
  std::string_view text = Trim(item.text);
  if (text.size() < 60 && text.ends_with(':')) return true;
  if (!item.bold || text.size() >= 40) return false;
  for (char c : text) {
    if (IsDigit(c)) return false;
  }
  return true;
}

}  // namespace

bool IsEmptyValue(std::string_view text, const std::vector<EmptyValueRule>& empty_values) {
  const std::string trimmed(Trim(text));
  if (trimmed.empty()) return true;
  for (const EmptyValueRule& rule : empty_values) {
    if (rule.pattern.Matches(trimmed)) return true;
  }
  return false;
}

namespace {

// A figure that opens an item ("4 borgere", "1.200 ældre", "4,5 % af",
// "55% af"): not a year, which a wrapped line may start with ("... ultimo"
// / "2015"), nor a date ("1. januar").
bool StartsWithFigure(std::string_view text) {
  size_t end = 0;
  while (end < text.size() && IsDigit(text[end])) ++end;
  if (end == 0) return false;
  const bool year = end == 4 && (text.starts_with("19") || text.starts_with("20"));
  while (end + 3 < text.size() && text[end] == '.' && IsDigit(text[end + 1]) &&
         IsDigit(text[end + 2]) && IsDigit(text[end + 3])) {
    end += 4;
  }
  if (year || end >= text.size()) return false;
  const char after = text[end];
  return after == ' ' || after == ',' || after == '%';
}

}  // namespace

size_t LeadingListMarker(std::string_view text, const ListMarkers& markers) {
  return LeadingMarker(text, markers);
}

// Items set one per paragraph without any marker ("At udarbejde
// resultatkrav ..." / "inden 2004" / "Mindst 400 ældre ..."): with no
// marker anywhere, items.h says which lines start one.
bool StartsUnmarkedItem(std::string_view previous, std::string_view text, std::string_view item) {
  const bool figure = StartsWithFigure(text) && std::any_of(item.begin(), item.end(), IsDigit);
  if (!StartsUpperCase(text) && !figure) return false;
  previous = Trim(previous);
  if (previous.empty()) return true;
  const char last = previous.back();
  return last != ',' && last != '-' && !EndsInLinkWord(previous);
}

std::vector<Segment> SplitItems(const std::vector<Segment>& segments, bool lines_are_paragraphs,
                                const std::vector<EmptyValueRule>& empty_values,
                                const ListMarkers& markers) {
  bool any_marker = false;
  for (const Segment& segment : segments) {
    std::string_view text = Trim(segment.text);
    any_marker = any_marker || LeadingMarker(text, markers) > 0 || TrailingMarker(text) > 0;
  }
  std::vector<Segment> items;
  std::string_view previous;
  Segment current;
  bool open = false;
  auto flush = [&] {
    if (open && !Trim(current.text).empty()) SplitInline(current, &items);
    current = Segment();
    open = false;
  };
  for (const Segment& segment : segments) {
    std::string_view text = Trim(segment.text);
    if (text.empty()) continue;
    size_t lead = LeadingMarker(text, markers);
    // Markers moved to a line end only exist where lines are visual wraps.
    size_t trail = lines_are_paragraphs ? 0 : TrailingMarker(text);
    const bool unmarked_start =
        !any_marker && open && StartsUnmarkedItem(previous, text, current.text);
    previous = text;
    if (lines_are_paragraphs || lead > 0 || trail > 0 || !open || unmarked_start) {
      flush();
      current.page = segment.page;
      current.line = segment.line;
      current.bold = segment.bold;
      open = true;
    }
    text = Trim(text.substr(lead, text.size() - lead - trail));
    AppendText(&current.text, text);
  }
  flush();
  std::vector<Segment> kept;
  for (Segment& item : items) {
    if (!IsEmptyValue(item.text, empty_values) && !IsSubheading(item)) {
      kept.push_back(std::move(item));
    }
  }
  return kept;
}

}  // namespace bilag
