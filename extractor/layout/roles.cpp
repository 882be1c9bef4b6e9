#include "extractor/layout/roles.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/layout/blocks.h"
#include "extractor/layout/geometry.h"

namespace bilag::layout {
namespace {

// Running lines sit in the top or bottom band of a page: this share of the
// page height, or this many non-blank lines on a page without geometry.
constexpr double kRunningBandShare = 0.12;
constexpr int kRunningBandLines = 3;
// Text this much larger than the page's body text stands out as a title or
// heading; title lines within this share of the title's size continue it.
constexpr double kLargerShare = 1.12;
constexpr double kSameSizeShare = 0.08;
// OCR gives no font size, only word boxes, whose height varies with
// ascenders and descenders ("integrationsindsats 2016" against "på Børne-"
// differ by a quarter): there the lines of one title also sit closer than
// this share of a line's height, where the paragraph below has spacing.
// Measured on scanned titles (150-300 dpi, deskewed): the gap between a
// title's lines is 0.19-0.43 of the line height (box to box: the first
// line's descenders to the second line's capitals), the gap to the
// paragraph below 0.62-0.84.
constexpr double kSameHeightShare = 0.35;
constexpr double kTitleLeadingShare = 0.5;
// The title is looked for in the upper part of the first page, or among its
// first non-blank lines where there is no geometry.
constexpr double kTitleZoneShare = 0.6;
constexpr int kTitleZoneLines = 14;
// A title (line) is short; prose runs the page's width.
constexpr size_t kMaxTitleLineChars = 110;
// A title set in a narrow measure takes up to four lines ("...udvalgets" /
// "resultater og" / "mål for ... perioden" / "2012-2013").
constexpr size_t kMaxTitleLines = 4;
// A gap after a title's lines this many times the gap between them, plus
// this share of the type size, ends the title.
constexpr double kTitleGapGrowth = 2;
constexpr double kTitleGapSlack = 0.2;
// Blank text rows between a title's lines in `pdftotext -layout` text: one
// per ~12 pt of extra leading, so two for a title up to about twice the
// body's size.
constexpr double kMaxBlankRowsInTitle = 2;
// A line starting this far right (share of the page width, or of the
// text's widest line) is a date or journal block, not a title; a centred
// title line ("2010" under a long first line) has its middle near the
// page's, so on pages with geometry the middle of the line decides.
constexpr double kRightAlignedShare = 0.45;
constexpr double kRightAlignedMiddleShare = 0.6;

bool IsBlank(const Line& line) { return line.text.find_first_not_of(" \t") == std::string::npos; }

// The text with digits as '#', ASCII lower case and runs of blanks as one
// space: "Side 2 af 3" and "Side 3 af 3" are one running line.
std::string RunningKey(std::string_view text) {
  std::string key;
  bool blank = false;
  for (char c : Trim(text)) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !key.empty()) key.push_back(' ');
    blank = false;
    if (IsDigit(c)) {
      if (key.empty() || key.back() != '#') key.push_back('#');
      continue;
    }
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return key;
}

// "3", "- 3 -", "Side 3", "Side 3 af 7", "3/7", "Page 3 of 7". The words
// stay in code (issue 17): they are what word processors' page fields write
// in Danish and English, the same in every archive, not an archive's
// vocabulary; rules that skip page marks read them from [[skip]].
bool IsPageMark(std::string_view text) {
  std::string key = RunningKey(text);
  for (std::string_view prefix : {"side ", "page ", "s. "}) {
    if (key.starts_with(prefix)) key.erase(0, prefix.size());
  }
  if (key.starts_with("- ") && key.ends_with(" -")) key = key.substr(2, key.size() - 4);
  // Not "#-#": that is a period ("2004-2006") as often as a page range.
  for (std::string_view form : {"#", "# af #", "# of #", "#/#", "# / #"}) {
    if (key == form) return true;
  }
  return false;
}

// Words of two or more letters: a title has at least two, a date or a
// "Sagsnr. 2013-0187452" line has one.
int WordsOfLetters(std::string_view text) {
  int words = 0;
  int letters = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
    if (letter) {
      letters += (c & 0xC0) != 0x80;
      continue;
    }
    words += letters >= 2;
    letters = 0;
  }
  return words;
}

// A case number "2013-0187452", "2010-9905" joins its year (ending at `end`)
// to three digits or more; four that read as a year ("2010-2012") are a
// period.
bool CaseNumberAt(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != '-') return false;
  size_t digits = 0;
  while (end + 1 + digits < text.size() && IsDigit(text[end + 1 + digits])) ++digits;
  if (digits == 4) {
    const std::string_view next = text.substr(end + 1, 2);
    return next != "19" && next != "20";
  }
  return digits >= 3;
}

// A year 1900-2099 standing alone ("2010-2012", "2015:"), not inside a case
// number.
bool NamesYear(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t end = i;
    while (end < text.size() && IsDigit(text[end])) ++end;
    if (end - i != 4) continue;
    const bool century =
        (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');
    if (century && !CaseNumberAt(text, end)) return true;
  }
  return false;
}

// A journal line ("Socialforvaltningen 3. maj 2010 Sagsnr. 2010-19695")
// names its case; a title does not.
bool HoldsCaseNumber(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t end = i;
    while (end < text.size() && IsDigit(text[end])) ++end;
    if (end - i == 4 && CaseNumberAt(text, end)) return true;
  }
  return false;
}

// "Bilag 3", "Bilag 3:", "Bilag 3 til indstilling til ...": the appendix
// label, which names the document but is not its title. "Bilag 2. Handleplan
// for ..." holds the title and stays a candidate. "Bilag" stays in code:
// it is the name of the kind of document bilag reads, not a user's word.
bool IsAppendixLabel(std::string_view text) {
  std::string key = RunningKey(text);
  if (!key.starts_with("bilag #")) return false;
  std::string_view rest = std::string_view(key).substr(7);
  while (!rest.empty() && rest.front() >= 'a' && rest.front() <= 'z' && rest.size() == 1) {
    rest.remove_prefix(1);
  }
  rest = Trim(rest);
  while (!rest.empty() && (rest.front() == ':' || rest.front() == '.')) rest.remove_prefix(1);
  rest = Trim(rest);
  return rest.empty() || rest.starts_with("til ");
}

// "Dato: 12. juli 2012", "J.nr.: 2012-1234": a field of a letter's head, one
// word and a colon before a date or a number, not a title (which may name a
// year after a colon too: "Integrationsindsatsen: status 2012").
constexpr size_t kMaxFieldLabelBytes = 16;

bool IsDateOrNumberField(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxFieldLabelBytes) return false;
  const std::string_view label = text.substr(0, colon);
  const std::string_view value = Trim(text.substr(colon + 1));
  return label.find(' ') == std::string_view::npos && !value.empty() && IsDigit(value.front()) &&
         WordsOfLetters(value) <= 1;
}

// A dateline: a date that ends the line, after at most a place and "den"
// ("København, den 18. august 2015", "18. august 2015", "Kbh. 21-01-2013",
// "København den 17/1 2013"):
// the letter's date, never its title, though it names a year.
constexpr int kMaxDatelinePlaceWords = 3;

// Where a day and month in digits start when `head` ends with them ("21-01",
// "17/1", "21.1"), else npos.
size_t NumericDayMonthStart(std::string_view head) {
  auto digits_before = [&](size_t end) {
    size_t start = end;
    while (start > 0 && end - start < 3 && IsDigit(head[start - 1])) --start;
    return end - start >= 1 && end - start <= 2 ? start : std::string_view::npos;
  };
  const size_t month = digits_before(head.size());
  if (month == std::string_view::npos || month == 0) return std::string_view::npos;
  const char separator = head[month - 1];
  if (separator != '-' && separator != '.' && separator != '/') return std::string_view::npos;
  return digits_before(month - 1);
}

bool IsDateline(std::string_view text, const std::vector<std::string>& month_words) {
  std::string lower = FoldCase(Trim(text));
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  // The year that ends the line, and what stands before it.
  size_t year = lower.size();
  while (year > 0 && IsDigit(lower[year - 1])) --year;
  if (lower.size() - year != 4 || year < 2) return false;
  const std::string_view head = std::string_view(lower).substr(0, year - 1);
  const char joint = lower[year - 1];
  size_t date_start = std::string_view::npos;
  if (joint == '-' || joint == '.' || joint == '/') {
    date_start = NumericDayMonthStart(head);  // 21-01-2013, 21.1.2013
  } else if (joint == ' ') {
    date_start = NumericDayMonthStart(head);  // 17/1 2013
    // 18. august 2015, 9. okt. 2008: the longest month word that ends the
    // head after a day.
    for (const std::string& name : month_words) {
      if (date_start != std::string_view::npos || !head.ends_with(name)) continue;
      const std::string_view day = head.substr(0, head.size() - name.size());
      if (!day.ends_with(". ")) return false;
      size_t start = day.size() - 2;
      while (start > 0 && IsDigit(day[start - 1])) --start;
      if (day.size() - 2 - start >= 1 && day.size() - 2 - start <= 2) date_start = start;
    }
  }
  if (date_start == std::string_view::npos) return false;
  if (date_start > 0 && lower[date_start - 1] != ' ') return false;
  // A field's label right before the date ("Dato:", "Udskrevet:") is no
  // place word ("Sundheds- og Omsorgsforvaltningen Dato: 14. juli 2012"):
  // one word and a colon, whatever the archive calls the field.
  std::string_view place = Trim(std::string_view(lower).substr(0, date_start));
  if (place.ends_with(':')) {
    const size_t space = place.find_last_of(' ');
    place = space == std::string_view::npos ? std::string_view() : Trim(place.substr(0, space));
  }
  return WordsOfLetters(place) <= kMaxDatelinePlaceWords;
}

// A sentence of body prose has this many words at least.
constexpr int kMinProseWords = 4;
// The word before a sentence's full stop: small letters, not an
// abbreviation's "nr." or "Sagsnr.".
constexpr size_t kMinLastWordBytes = 3;

bool EndsSentence(std::string_view text) {
  if (!text.ends_with(".") || WordsOfLetters(text) < kMinProseWords) return false;
  const std::string_view body = text.substr(0, text.size() - 1);
  const size_t space = body.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? body : body.substr(space + 1);
  return last.size() >= kMinLastWordBytes && StartsLowerCase(last) &&
         std::none_of(last.begin(), last.end(), [](char c) { return c == '.' || IsDigit(c); });
}

// Whether a sentence ends in the line, at its end or inside it ("... steget
// fra 42 til 156. Erfaringerne"): the line is prose, whatever year it names.
bool HoldsSentenceEnd(std::string_view text) {
  if (EndsSentence(text)) return true;
  for (size_t stop = text.find(". "); stop != std::string_view::npos;
       stop = text.find(". ", stop + 1)) {
    const std::string_view next = Trim(text.substr(stop + 1));
    if (next.empty() || !StartsUpperCase(next)) continue;
    const std::string_view sentence = text.substr(0, stop + 1);
    if (EndsSentence(sentence)) return true;
    const size_t space = sentence.find_last_of(' ');
    const std::string_view last_word =
        sentence.substr(space == std::string_view::npos ? 0 : space + 1);
    const bool number_ends_it =
        last_word.size() >= 2 &&
        std::all_of(last_word.begin(), last_word.end() - 1, [](char c) { return IsDigit(c); });
    if (number_ends_it && WordsOfLetters(sentence) >= kMinProseWords) return true;
  }
  return false;
}

struct Facts {
  bool geometry = false;
  double size = 0;  // median font size, or word height where the words have none (OCR)
  bool size_from_height = false;
  // The words carry type (a PDF's fonts, or OCR's box heights); a text
  // input laid out in character cells has one made-up size and no fonts.
  bool typography = false;
  bool bold = false;
  Band band;
  double x0 = 0, x1 = 0;
};

// OCR gives word boxes, not font sizes; a box spans what its letters
// reach: x-height only ("som"), an ascender or a descender ("for", "ung"),
// or both ("Børne-"). The box height over that share of the em estimates
// the size, so that a title line and a prose line full of g's compare.
double SizeFromBox(const Word& word) {
  bool ascender = false, descender = false;
  for (size_t i = 0; i < word.text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word.text[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::strchr("bdfhiklt", c) != nullptr) {
      ascender = true;
    } else if (std::strchr("gjpqy", c) != nullptr) {
      descender = true;
    } else if (c == 0xC3 && i + 1 < word.text.size()) {
      const unsigned char next = static_cast<unsigned char>(word.text[i + 1]);
      ascender = ascender || next < 0xA0 || next == 0xA5;  // capitals, å
    }
  }
  const double share = ascender && descender ? 0.93 : (ascender || descender ? 0.73 : 0.53);
  return (word.box.y1 - word.box.y0) / share;
}

Facts FactsOf(const Line& line, const Page& page) {
  Facts facts;
  std::vector<double> sizes;
  bool all_bold = !line.words.empty();
  double x0 = 1e300, x1 = -1e300;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Word& word = page.words[static_cast<size_t>(index)];
    sizes.push_back(word.font_size > 0 ? word.font_size : SizeFromBox(word));
    facts.size_from_height = facts.size_from_height || word.font_size <= 0;
    facts.typography = facts.typography || word.font >= 0 || word.font_size <= 0;
    all_bold = all_bold && word.bold;
    x0 = std::min(x0, word.box.x0);
    x1 = std::max(x1, word.box.x1);
  }
  if (sizes.empty() || page.width <= 0) {
    facts.bold = line.bold;
    return facts;
  }
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2),
                   sizes.end());
  facts.geometry = true;
  facts.size = sizes[sizes.size() / 2];
  facts.bold = all_bold || line.bold;
  facts.band = BandOf(line, page);
  facts.x0 = x0;
  facts.x1 = x1;
  return facts;
}

// The size most of the page's prose letters are set in (rounded to 1/4
// point); tables are often set smaller than the text around them, so they
// count only on a page of tables alone.
double BodySize(const Page& page, const std::vector<Facts>& facts) {
  std::map<long, size_t> letters_by_size;
  for (bool tables_too : {false, true}) {
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (!facts[i].geometry || (page.lines[i].table != 0 && !tables_too)) continue;
      letters_by_size[std::lround(facts[i].size * 4)] += page.lines[i].text.size();
    }
    if (!letters_by_size.empty()) break;
  }
  long best = 0;
  size_t most = 0;
  for (const auto& [size, letters] : letters_by_size) {
    if (letters > most) {
      most = letters;
      best = size;
    }
  }
  return static_cast<double>(best) / 4;
}

// Which of the page's non-blank lines sit in its top or bottom band.
struct Bands {
  std::vector<bool> top, bottom;
};

Bands BandsOf(const Page& page, const std::vector<Facts>& facts) {
  Bands bands{std::vector<bool>(page.lines.size()), std::vector<bool>(page.lines.size())};
  std::vector<size_t> non_blank;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (!IsBlank(page.lines[i])) non_blank.push_back(i);
  }
  for (size_t k = 0; k < non_blank.size(); ++k) {
    const size_t i = non_blank[k];
    if (facts[i].geometry && page.height > 0) {
      bands.top[i] = facts[i].band.y1 <= kRunningBandShare * page.height;
      bands.bottom[i] = facts[i].band.y0 >= (1 - kRunningBandShare) * page.height;
    } else {
      bands.top[i] = k < kRunningBandLines;
      bands.bottom[i] = k + kRunningBandLines >= non_blank.size();
    }
  }
  return bands;
}

void MarkRunningLines(Document* doc, const std::vector<Bands>& bands) {
  // On how many pages each text stands in the top (or bottom) band.
  std::map<std::string, std::set<int>> top_pages, bottom_pages;
  for (size_t p = 0; p < doc->pages.size(); ++p) {
    const Page& page = doc->pages[p];
    for (size_t i = 0; i < page.lines.size(); ++i) {
      if (page.lines[i].table != 0 && !page.lines[i].repeated_header) continue;
      if (bands[p].top[i]) top_pages[RunningKey(page.lines[i].text)].insert(page.number);
      if (bands[p].bottom[i]) bottom_pages[RunningKey(page.lines[i].text)].insert(page.number);
    }
  }
  // Running lines are the page's edge: a header from the top down, a footer
  // from the bottom up, each ending at the first line that is no running
  // line. A form's label that happens to stand near the top of two pages
  // below the page's first heading ("1.2 Tolkebistand ..." / "Navn på
  // indsats") is body text. Side-column and table lines neither run nor
  // end the edge.
  for (size_t p = 0; p < doc->pages.size(); ++p) {
    Page& page = doc->pages[p];
    auto runs = [&](const Line& line, bool top, size_t i) {
      const std::string key = RunningKey(line.text);
      if (top) return bands[p].top[i] && (top_pages[key].size() >= 2 || IsPageMark(line.text));
      return bands[p].bottom[i] && (bottom_pages[key].size() >= 2 || IsPageMark(line.text));
    };
    for (size_t i = 0; i < page.lines.size(); ++i) {
      Line& line = page.lines[i];
      if (IsBlank(line) || line.table != 0 || line.side) continue;
      if (!runs(line, true, i)) break;
      line.role = LineRole::kPageHeader;
    }
    for (size_t i = page.lines.size(); i-- > 0;) {
      Line& line = page.lines[i];
      if (IsBlank(line) || line.table != 0 || line.side) continue;
      if (line.role == LineRole::kPageHeader || !runs(line, false, i)) break;
      line.role = LineRole::kPageFooter;
    }
  }
}

// Whether a line may be (part of) the title; a title's first line also has
// two words at least (`first_line`), what continues it may be "2004-2006".
bool IsTitleCandidate(const Line& line, const Facts& facts, const Page& page, size_t widest_text,
                      bool first_line, bool first_table_row,
                      const std::vector<std::string>& month_words) {
  if (line.side || (line.role != LineRole::kText && line.role != LineRole::kTable)) return false;
  // A text input's caption row ("Statusrapport for ... 2013<TAB><TAB>") has
  // one filled cell; a letterhead's "Kommune    Forvaltning" has two.
  size_t filled = 0;
  for (const Cell& cell : line.cells) filled += !Trim(cell.text).empty();
  // Inside a table only a caption row that the table took in as its first
  // row may be the title; later rows of one cell are themes.
  if (filled >= 2 || (line.table != 0 && facts.geometry && !first_table_row)) return false;
  std::string_view text = Trim(line.text);
  if (text.empty() || text.size() > kMaxTitleLineChars) return false;
  if (first_line && WordsOfLetters(text) < 2) return false;
  // A lone number is a page mark, unless it is a year (a title's "2010" line).
  if (IsAppendixLabel(text) || (IsPageMark(text) && !NamesYear(text)) || text.ends_with(":") ||
      IsDateOrNumberField(text) || HoldsCaseNumber(text) || IsDateline(text, month_words)) {
    return false;
  }
  if (facts.geometry) {
    return facts.x0 < kRightAlignedShare * page.width ||
           (facts.x0 + facts.x1) / 2 < kRightAlignedMiddleShare * page.width;
  }
  const size_t indent = line.text.find_first_not_of(" \t");
  return widest_text == 0 ||
         static_cast<double>(indent) < kRightAlignedShare * static_cast<double>(widest_text);
}

// Whether a title line cannot end here: a word broken at its hyphen
// ("Sundheds-" / "og Omsorgsforvaltningen") or a link word ("... mål for").
bool LeavesTitleOpen(std::string_view text) {
  text = Trim(text);
  if (text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ' &&
      !IsDigit(text[text.size() - 2])) {
    return true;
  }
  return EndsInLinkWord(text);
}

// Whether the text starts with an item's or section's number ("1) Mentor...",
// "2. Indsatser"), which begins the body, where "2008-2010" or "1. halvår"
// continue a title.
bool StartsItemNumber(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && IsDigit(text[digits])) ++digits;
  if (digits == 0 || digits > 2 || digits + 2 > text.size() || text[digits + 1] != ' ') {
    return false;
  }
  return text[digits] == ')' || (text[digits] == '.' && StartsUpperCase(text.substr(digits + 2)));
}

// Whether `next` continues the title line `last` (a title set on two lines).
bool ContinuesTitle(const Line& last, const Facts& last_facts, const Line& next,
                    const Facts& next_facts, bool candidate) {
  if (!candidate) return false;
  std::string_view text = Trim(next.text);
  if (last_facts.typography && next_facts.typography) {
    const double size = std::max(last_facts.size, 1.0);
    const double gap = next_facts.band.y0 - last_facts.band.y1;
    if (last_facts.size_from_height || next_facts.size_from_height) {
      const double height = std::max(size, last_facts.band.y1 - last_facts.band.y0);
      return std::fabs(next_facts.size - last_facts.size) <= kSameHeightShare * size &&
             gap < kTitleLeadingShare * height;
    }
    return std::fabs(next_facts.size - last_facts.size) <= kSameSizeShare * size &&
           next_facts.bold == last_facts.bold && gap < size;
  }
  // Without type, the paragraph says what belongs together: "Til
  // Socialudvalget" and a date below it are two blocks, not one title. But
  // `pdftotext -layout` sets a title larger than the body on text rows with
  // blank rows between its lines, so a line that cannot end a title goes on
  // in the next block when only a few blank rows lie between.
  if (last.block != 0 && next.block != 0 && last.block != next.block) {
    if (!LeavesTitleOpen(last.text)) return false;
    if (last_facts.geometry && next_facts.geometry) {
      const double row = last_facts.band.y1 - last_facts.band.y0;
      // A blank row and the leading above and below it: about 1.2 rows.
      if (next_facts.band.y0 - last_facts.band.y1 > (kMaxBlankRowsInTitle + 1) * row) return false;
    }
  }
  if (Trim(last.text).ends_with(".")) return false;
  return StartsLowerCase(text) || (IsDigit(text.front()) && !StartsItemNumber(text)) ||
         EndsInLinkWord(last.text);
}

// A page's title lines, and how they were found: `weak` when by a bold or
// the first non-sentence line only, not by size, a heading or a period;
// `page_has_prose` when a sentence of body text stands on the page.
struct TitleChoice {
  std::vector<size_t> lines;
  bool weak = false;
  bool page_has_prose = false;
};

// A line of a letter's particulars: its date, a case or document number, a
// "Dato:"/"J.nr.:" field or the appendix label ("Bilag 3 til indstilling
// ...").
bool IsLetterParticular(std::string_view text, const std::vector<std::string>& month_words) {
  text = Trim(text);
  return IsDateline(text, month_words) || HoldsCaseNumber(text) || IsDateOrNumberField(text) ||
         IsAppendixLabel(text);
}

// A letterhead ("Københavns Kommune | Socialforvaltningen") may be set
// larger than the title. It names who writes, the title names the period,
// and the letter's particulars stand between the two. So a first choice
// that names no year, with a particular below it, gives way to the first
// candidate below that particular which names a year and is set apart like
// a title (larger than the body, bold, or a heading of the source).
template <typename Extend>
size_t PastLetterhead(const Page& page, const std::vector<Facts>& facts,
                      const std::vector<size_t>& candidates, double body, size_t first,
                      const Extend& extend, const std::vector<std::string>& month_words) {
  auto joined = [&](size_t i) {
    std::string text;
    for (size_t k : extend(i)) text += page.lines[k].text + " ";
    return text;
  };
  if (NamesYear(joined(first))) return first;
  const size_t first_end = extend(first).back();
  bool particular_between = false;
  size_t scanned = first_end + 1;
  for (size_t i : candidates) {
    if (i <= first_end) continue;
    for (; scanned < i; ++scanned) {
      const Line& line = page.lines[scanned];
      particular_between = particular_between || IsLetterParticular(line.text, month_words);
      for (const Cell& cell : line.cells) {
        particular_between = particular_between || IsLetterParticular(cell.text, month_words);
      }
    }
    if (!particular_between) continue;
    const bool set_apart = page.lines[i].kind == LineKind::kHeading || facts[i].bold ||
                           (facts[i].geometry && body > 0 && facts[i].size >= kLargerShare * body);
    if (set_apart && NamesYear(joined(i))) return i;
  }
  return first;
}

std::optional<TitleChoice> FindTitle(const Page* page, const std::vector<Facts>& facts,
                                     const std::vector<std::string>& month_words) {
  size_t widest = 0;
  for (const Line& line : page->lines) widest = std::max(widest, CodePoints(line.text));
  std::vector<size_t> candidates;
  std::vector<bool> is_candidate(page->lines.size());
  int non_blank = 0;
  std::map<int, int> first_row_of_table;
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const Line& line = page->lines[i];
    if (IsBlank(line)) continue;
    ++non_blank;
    const bool in_zone = facts[i].geometry ? facts[i].band.y0 <= kTitleZoneShare * page->height
                                           : non_blank <= kTitleZoneLines;
    if (!in_zone) continue;
    bool first_table_row = false;
    if (line.table != 0) {
      first_table_row =
          first_row_of_table.try_emplace(line.table, line.row).first->second == line.row;
    }
    is_candidate[i] =
        IsTitleCandidate(line, facts[i], *page, widest, false, first_table_row, month_words);
    if (is_candidate[i] &&
        IsTitleCandidate(line, facts[i], *page, widest, true, first_table_row, month_words)) {
      candidates.push_back(i);
    }
  }
  if (candidates.empty()) return std::nullopt;

  // A title's lines keep one leading: a line set in the title's type but
  // after a gap well beyond the one between the title's own lines is the
  // next block ("Kultur- og Fritidsforvaltningen" under a two-line title).
  auto extend = [&](size_t first) {
    std::vector<size_t> lines{first};
    double title_gap = -1;
    for (size_t i = first + 1; i < page->lines.size() && lines.size() < kMaxTitleLines; ++i) {
      if (IsBlank(page->lines[i])) break;
      const size_t last = lines.back();
      if (!ContinuesTitle(page->lines[last], facts[last], page->lines[i], facts[i],
                          is_candidate[i])) {
        break;
      }
      if (facts[last].typography && facts[i].typography) {
        const double gap = facts[i].band.y0 - facts[last].band.y1;
        if (title_gap >= 0 &&
            gap > kTitleGapGrowth * title_gap + kTitleGapSlack * facts[last].size) {
          break;
        }
        title_gap = gap;
      }
      lines.push_back(i);
    }
    return lines;
  };

  // Without typography, a title comes before the body's prose: from the
  // first line that reads like a sentence ("I dag er niveauet 12
  // procent.") on, the fallbacks below do not look, so a goal sentence
  // naming a year is no title.
  size_t before_prose = page->lines.size();
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const Line& line = page->lines[i];
    if (line.table == 0 && !line.side && line.role == LineRole::kText &&
        HoldsSentenceEnd(Trim(line.text))) {
      before_prose = i;
      break;
    }
  }
  std::vector<size_t> untyped = candidates;
  std::erase_if(untyped, [&](size_t i) { return i >= before_prose; });

  std::optional<size_t> first;
  // Typography: the largest text, when it stands out from the body.
  const double body = BodySize(*page, facts);
  double largest = 0;
  for (size_t i : candidates) {
    if (facts[i].geometry) largest = std::max(largest, facts[i].size);
  }
  // A line larger than the body that names the period and stands above the
  // largest one is the title too: the larger text below it is a section's
  // heading ("Ad 1: Socialudvalget bedes udfylde ...").
  if (body > 0 && largest >= kLargerShare * body) {
    for (size_t i : candidates) {
      if (!facts[i].geometry || facts[i].size < kLargerShare * body) continue;
      if (facts[i].size >= (1 - kSameSizeShare) * largest) {
        first = i;
        break;
      }
      std::string joined;
      for (size_t k : extend(i)) joined += page->lines[k].text + " ";
      if (NamesYear(joined)) {
        first = i;
        break;
      }
    }
  }
  // What the source marked: a heading, or a bold line.
  if (!first) {
    for (size_t i : untyped) {
      if (page->lines[i].kind == LineKind::kHeading) {
        first = i;
        break;
      }
    }
  }
  // Without either: the first short line (with the lines that continue it)
  // that names the period a bilag covers.
  if (!first) {
    for (size_t i : untyped) {
      std::string joined;
      for (size_t k : extend(i)) joined += page->lines[k].text + " ";
      if (NamesYear(joined)) {
        first = i;
        break;
      }
    }
  }
  if (first) first = PastLetterhead(*page, facts, candidates, body, *first, extend, month_words);
  const bool weak = !first;
  if (!first) {
    for (size_t i : untyped) {
      if (facts[i].bold) {
        first = i;
        break;
      }
    }
  }
  // Else the first line that reads like a heading rather than prose.
  if (!first) {
    for (size_t i : untyped) {
      if (!Trim(page->lines[i].text).ends_with(".")) {
        first = i;
        break;
      }
    }
  }
  if (!first) return std::nullopt;
  return TitleChoice{extend(*first), weak, before_prose < page->lines.size()};
}

// Lines above the title at the top of the first page: the letterhead.
void MarkLetterhead(Page* page, const Bands& bands, size_t title) {
  for (size_t i = 0; i < title; ++i) {
    Line& line = page->lines[i];
    if (IsBlank(line) || line.role != LineRole::kText || line.side) continue;
    if (!bands.top[i] || IsAppendixLabel(line.text)) continue;
    line.role = LineRole::kPageHeader;
  }
}

// The character column after a plain text line's last character.
size_t EndColumn(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  return CodePoints(text) - CodePoints(TrimLeft(text)) + CodePoints(trimmed);
}

// A line's leading enumerator ("3. Netværksgrupper", "12) Sprog"): its
// number and the sign after it.
struct Enumerator {
  int number = 0;
  char sign = '.';
};

std::optional<Enumerator> LeadingEnumerator(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && IsDigit(text[digits])) ++digits;
  if (digits == 0 || digits > 3 || digits + 1 >= text.size()) return std::nullopt;
  const char sign = text[digits];
  if ((sign != '.' && sign != ')') || text[digits + 1] != ' ') return std::nullopt;
  int number = 0;
  for (size_t k = 0; k < digits; ++k) number = number * 10 + (text[k] - '0');
  return Enumerator{number, sign};
}

// The last numbered line seen above, across pages: numbered headings go
// on counting over the lists between them ("2. Sundhedsformidlere", its
// "- Højst 10 ..." targets, "3. Netværksgrupper ...").
struct LastEnumerated {
  std::optional<Enumerator> enumerator;
  bool heading = false;
};

// Whether the numbered line's enumerator goes on from a numbered heading:
// the last line above numbered with the same sign is a heading with the
// number before.
bool ContinuesNumberedHeadings(std::string_view text, const LastEnumerated& last) {
  const std::optional<Enumerator> own = LeadingEnumerator(text);
  return own && last.heading && last.enumerator && last.enumerator->sign == own->sign &&
         last.enumerator->number + 1 == own->number;
}

// Whether the numbered line i stands alone between prose: the line before
// it is no list item (the last item of a list is no heading, unless its
// number goes on from the heading above: a bulleted list of targets ends
// before the next numbered section), and the next
// line (blank lines aside) starts another block, or starts with a capital
// though line i stops short of it by more than its first word: a list item
// that wraps fills its line first.
bool StandsAloneBeforeProse(const Page& page, const std::vector<Facts>& facts,
                            const ListMarkers& markers, size_t i, const LastEnumerated& last) {
  size_t prev = i;
  while (prev > 0 && IsBlank(page.lines[prev - 1])) --prev;
  if (prev > 0 &&
      (page.lines[prev - 1].role == LineRole::kListItem ||
       StartsListItem(Trim(page.lines[prev - 1].text), markers)) &&
      !ContinuesNumberedHeadings(Trim(page.lines[i].text), last)) {
    return false;
  }
  size_t next = i + 1;
  while (next < page.lines.size() && IsBlank(page.lines[next])) ++next;
  if (next >= page.lines.size()) return false;
  const Line& line = page.lines[i];
  const Line& after = page.lines[next];
  const std::string_view after_text = Trim(after.text);
  if (after.table != 0 || after.side || StartsListItem(after_text, markers) ||
      StartsLowerCase(after_text)) {
    return false;
  }
  if (line.block != 0 && after.block != 0 && after.block != line.block) return true;
  if (after_text.empty()) return false;
  const size_t first_word = std::min(after_text.find(' '), after_text.size());
  if (!facts[i].geometry || !facts[next].geometry) {
    // Plain text is set in character columns: a line ends where its last
    // character stands, and prose wraps at the same width.
    return EndColumn(line.text) + first_word + 2 < EndColumn(after.text);
  }
  const double per_char =
      (facts[next].x1 - facts[next].x0) / static_cast<double>(CodePoints(after_text));
  return facts[i].x1 + per_char * static_cast<double>(first_word + 2) < facts[next].x1;
}

// The role of page line i that no earlier pass set.
void MarkOtherRole(Page* page, const std::vector<Facts>& facts, const ListMarkers& markers,
                   double body, size_t i, const LastEnumerated& last) {
  Line& line = page->lines[i];
  if (line.side) {
    line.role = LineRole::kSide;
    return;
  }
  if (line.table != 0) {
    if (line.role == LineRole::kText) line.role = LineRole::kTable;
    return;
  }
  if (line.role != LineRole::kText || IsBlank(line)) return;
  std::string_view text = Trim(line.text);
  const bool larger = facts[i].geometry && body > 0 && facts[i].size >= kLargerShare * body;
  const bool short_line = text.size() <= kMaxTitleLineChars && !text.ends_with(".");
  // A numbered heading ("1. Områdeløft") is set apart by its type, an
  // item of a numbered list is not; nor by its place: a short numbered
  // line that ends its paragraph before prose is a section's heading set
  // in body type.
  if (StartsListItem(text, markers) && !(short_line && (facts[i].bold || larger))) {
    line.role = short_line && !text.empty() && IsDigit(text[0]) &&
                        StandsAloneBeforeProse(*page, facts, markers, i, last)
                    ? LineRole::kHeading
                    : LineRole::kListItem;
    return;
  }
  // A short line right above a table names it.
  size_t next = i + 1;
  while (next < page->lines.size() && IsBlank(page->lines[next])) ++next;
  const bool before_table =
      next < page->lines.size() && page->lines[next].table != 0 && !page->lines[next].side;
  if (before_table && short_line && (facts[i].bold || line.kind == LineKind::kHeading)) {
    line.role = LineRole::kCaption;
    return;
  }
  if (line.kind == LineKind::kHeading || (short_line && (facts[i].bold || larger))) {
    line.role = LineRole::kHeading;
  }
}

void MarkOtherRoles(Page* page, const std::vector<Facts>& facts, const ListMarkers& markers,
                    LastEnumerated* last) {
  const double body = BodySize(*page, facts);
  for (size_t i = 0; i < page->lines.size(); ++i) {
    MarkOtherRole(page, facts, markers, body, i, *last);
    const Line& line = page->lines[i];
    if (line.table != 0 || line.side) continue;
    if (std::optional<Enumerator> enumerator = LeadingEnumerator(Trim(line.text))) {
      last->enumerator = enumerator;
      last->heading = line.role == LineRole::kHeading;
    }
  }
}

}  // namespace

void AssignRoles(Document* doc, const ListMarkers& markers,
                 const std::vector<std::string>& month_words) {
  std::vector<std::vector<Facts>> facts(doc->pages.size());
  std::vector<Bands> bands;
  for (size_t p = 0; p < doc->pages.size(); ++p) {
    Page& page = doc->pages[p];
    for (Line& line : page.lines) line.role = LineRole::kText;
    for (const Line& line : page.lines) facts[p].push_back(FactsOf(line, page));
    bands.push_back(BandsOf(page, facts[p]));
  }
  MarkRunningLines(doc, bands);
  // The title is on the first page with text, or on the next one where a
  // text input's page mark ("Side 1 af 2") cut the letterhead off as a page,
  // or where the first page is a cover without prose ("Bilag 4", "Til
  // Socialudvalget") and the next one has a title by surer evidence.
  int pages_with_text = 0;
  std::optional<TitleChoice> title;
  size_t title_page = 0;
  for (size_t p = 0; p < doc->pages.size() && pages_with_text < 2; ++p) {
    const Page& page = doc->pages[p];
    const bool has_text = std::any_of(page.lines.begin(), page.lines.end(),
                                      [](const Line& l) { return !IsBlank(l); });
    if (!has_text) continue;
    ++pages_with_text;
    std::optional<TitleChoice> found = FindTitle(&page, facts[p], month_words);
    if (!found || (title && found->weak)) continue;
    title = std::move(found);
    title_page = p;
    if (title->weak && !title->page_has_prose) continue;
    break;
  }
  if (title) {
    Page& page = doc->pages[title_page];
    for (size_t i : title->lines) page.lines[i].role = LineRole::kTitle;
    MarkLetterhead(&page, bands[title_page], title->lines.front());
  }
  LastEnumerated last;
  for (size_t p = 0; p < doc->pages.size(); ++p) {
    MarkOtherRoles(&doc->pages[p], facts[p], markers, &last);
  }
}

}  // namespace bilag::layout
