#include "extractor/layout/table_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/base/text.h"
#include "extractor/base/utf8.h"

namespace bilag::layout {
namespace {

// Rows of a borderless table are told apart by spacing when the gaps
// between its lines step up by this much (cell padding): more than OCR's
// jitter of line boxes.
constexpr double kMinRowPaddingPoints = 3;
constexpr double kRowPaddingShare = 0.3;
// A horizontal ruling separates two lines when it lies between them and
// runs under this share of their joint width, or under half the table.
constexpr double kSeparatorShare = 0.3;
constexpr double kSeparatorTableShare = 0.5;
// A table is ruled between its rows when at least this many rulings
// separate its lines.
constexpr int kMinRowSeparators = 2;
// A cell of figures holds a few words at most ("1.600", "(Se note 2)",
// "12 %").
constexpr int kMaxFigureWords = 3;
// A header row below the first holds short texts: years, "Resultatkrav".
constexpr int kMaxShortHeaderWords = 3;

using Rows = std::vector<std::vector<size_t>>;  // a part's rows: its lines' indices

bool Filled(const Cell& cell) { return cell.span > 0 && !cell.text.empty(); }

std::vector<size_t> FilledColumns(const Line& line) {
  std::vector<size_t> filled;
  for (size_t c = 0; c < line.cells.size(); ++c) {
    if (Filled(line.cells[c])) filled.push_back(c);
  }
  return filled;
}

// A day of a date: "1." before a month's name or abbreviation ("Status pr.
// 1. oktober", "pr. 1. okt."), one of `month_words` (case-folded) as a
// whole word.
bool IsDayOfDate(std::string_view text, size_t begin, size_t end,
                 const std::vector<std::string>& month_words) {
  if (end - begin > 2 || end + 2 >= text.size() || text[end] != '.' || text[end + 1] != ' ') {
    return false;
  }
  const std::string_view rest = text.substr(end + 2);
  // A month word that ends in a letter ends the word there ("1. dec" is no
  // date in "1. decentrale"); bytes from 0x80 up are letters such as æ.
  auto word_byte = [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return IsDigit(c) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
  };
  size_t longest = 0;
  for (const std::string& month : month_words) longest = std::max(longest, month.size());
  const std::string folded = FoldCase(rest.substr(0, longest));
  for (const std::string& month : month_words) {
    if (month.empty() || !folded.starts_with(month)) continue;
    if (!word_byte(month.back()) || month.size() == rest.size() || !word_byte(rest[month.size()]))
      return true;
  }
  return false;
}

// A cell of a header names a column: words, years and dates, no amounts.
// Numbers in brackets are a unit ("(i 1.000 kr.)").
bool LooksLikeHeaderText(std::string_view text, const std::vector<std::string>& month_words) {
  int depth = 0;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == '%') return false;
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (!IsYear(text.substr(i, end - i)) && !IsDayOfDate(text, i, end, month_words) && depth == 0) {
      return false;
    }
    i = end;
  }
  return true;
}

// A dash alone marks a cell without a value, which no header has.
bool LooksLikeHeader(const Line& line, const std::vector<std::string>& month_words) {
  return std::all_of(line.cells.begin(), line.cells.end(), [&](const Cell& cell) {
    return !IsDashCell(cell.text) && LooksLikeHeaderText(cell.text, month_words);
  });
}

bool HasYear(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (IsYear(text.substr(i, 4))) return true;
  }
  return false;
}

int Words(std::string_view text) {
  int words = 0;
  bool in = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    words += !space && !in;
    in = !space;
  }
  return words;
}

// The columns after the first that a line fills with figures (a few words
// at most, a number other than a year among them, or a dash), when all it
// fills there are figures and its first cell, if filled, starts afresh;
// empty otherwise. A cell in lower case counts when it is one short word
// ("no", "yes", "ja" in a column of answers); a longer one ("borgere",
// "12 netværksgrupper") goes on from the line above: its row wraps.
constexpr size_t kMaxAnswerBytes = 3;

std::vector<size_t> FigureColumns(const Line& line, const std::vector<std::string>& month_words,
                                  bool lower_case_label = false) {
  std::vector<size_t> figures;
  bool number = false;
  for (size_t c : FilledColumns(line)) {
    const Cell& cell = line.cells[c];
    if (cell.span != 1) return {};
    if (c == 0) {
      if (StartsLowerCase(cell.text) && !lower_case_label) return {};
      continue;
    }
    if (Words(cell.text) > kMaxFigureWords) return {};
    if (StartsLowerCase(cell.text) &&
        (Words(cell.text) > 1 || cell.text.size() > kMaxAnswerBytes)) {
      return {};
    }
    number = number || !LooksLikeHeaderText(cell.text, month_words);
    figures.push_back(c);
  }
  return number ? figures : std::vector<size_t>{};
}

// Two lines that each hold a row of figures in the same columns are two
// rows, whatever their spacing: budget and statistics rows set at the
// leading, also below a first cell that spans rows (its later rows leave it
// empty). So is a header of a few words per column over a row of figures
// in the columns it names ("Price | Floor" over "01 | 52.00 | 111.0").
// A label in lower case (a variable's name in statistics output: "sex",
// "ethnicty"; OCR's "famiheklasser" for "Familieklasser") starts a row too
// when both lines fill this many columns or more with figures: a wrapped
// label's next line holds none. The same columns, or, when every such cell
// of both lines is a number, columns the upper line fills (a cell left
// empty, or a dash OCR dropped: "264 | | 84").
constexpr size_t kMinFigureColumnsBesideLowerCase = 2;

bool NumbersIn(const Line& line, const std::vector<size_t>& columns) {
  return std::all_of(columns.begin(), columns.end(),
                     [&](size_t c) { return IsDigit(line.cells[c].text.front()); });
}

bool TwoRowsOfFigures(const Line& above, const Line& line,
                      const std::vector<std::string>& month_words) {
  if (line.cells.empty() || above.cells.empty()) return false;
  const std::vector<size_t> figures = FigureColumns(line, month_words);
  if (figures.empty()) {
    const std::vector<size_t> beside_label = FigureColumns(line, month_words, true);
    const std::vector<size_t> above_label = FigureColumns(above, month_words, true);
    if (beside_label.size() < kMinFigureColumnsBesideLowerCase) return false;
    return above_label == beside_label ||
           (NumbersIn(line, beside_label) && NumbersIn(above, above_label) &&
            std::includes(above_label.begin(), above_label.end(), beside_label.begin(),
                          beside_label.end()));
  }
  if (FigureColumns(above, month_words) == figures) return true;
  std::vector<size_t> named = FilledColumns(above);
  std::erase(named, 0);
  // A header names its columns from a capital or a year: a cell going on
  // in lower case ("efterkommere er" over "10 procentpoint") is the end of
  // a wrapped cell whose figure follows.
  return named == figures && LooksLikeHeader(above, month_words) &&
         std::all_of(above.cells.begin(), above.cells.end(), [](const Cell& cell) {
           return Words(cell.text) <= kMaxShortHeaderWords && !StartsLowerCase(cell.text);
         });
}

// Whether a spanning cell of one line stands over cells of the other that
// it does not hold: a header over sub-columns, a group row over a row. In
// text laid out with spaces a cell that goes on in lower case spans two
// columns only because a cell's line ran one space short of the next
// column's words ("eller uddannelse ved udgangen med i alt 112"): it is
// the rest of the cells above, no structure of its own.
bool StructureDiffers(const Line& a, const Line& b, bool in_characters) {
  auto spans_over = [&](const Line& top, const Line& other) {
    for (size_t c = 0; c < top.cells.size(); ++c) {
      const Cell& cell = top.cells[c];
      if (!Filled(cell) || cell.span < 2) continue;
      if (in_characters && StartsLowerCase(cell.text)) continue;
      const size_t end = c + static_cast<size_t>(cell.span);
      int inside = 0;
      for (size_t k = c; k < end && k < other.cells.size(); ++k) {
        if (!Filled(other.cells[k])) continue;
        if (k > c) return true;
        ++inside;
      }
      if (inside >= 2) return true;
    }
    return false;
  };
  return spans_over(a, b) || spans_over(b, a);
}

// No small letter, some capitals (Latin-1 small letters are 0xC3 then
// 0xA0 or above in UTF-8).
bool UpperCase(std::string_view text) {
  bool letters = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (StartsLowerCase(text.substr(i))) return false;
    letters = letters || (text[i] >= 'A' && text[i] <= 'Z');
  }
  return letters;
}

// A line of the first cell alone set apart by bold or capitals: a group
// row ("BESKÆFTIGELSE").
bool LooksLikeGroupRow(const Line& line) {
  const std::vector<size_t> filled = FilledColumns(line);
  return filled.size() == 1 && filled[0] == 0 && (line.bold || UpperCase(line.cells[0].text));
}

// Text wraps where its next word no longer fits, so a cell whose first word
// would have fitted beside the cell above, with room to spare, does not go
// on from it: "subscript" under "superscript" in a column as wide as its
// longest line. Widths are estimated from the cell's mean character width;
// without geometry nothing is known to fit.
bool WouldHaveFitAbove(const Cell& above, const Cell& cell, const Span& column) {
  if (!Filled(above) || !Filled(cell) || above.x0 < 0 || cell.x0 < 0) return false;
  const size_t chars = CodePoints(cell.text);
  if (chars == 0) return false;
  const double char_width = (cell.x1 - cell.x0) / static_cast<double>(chars);
  const std::string_view text = cell.text;
  const double word = char_width * static_cast<double>(CodePoints(text.substr(0, text.find(' '))));
  // A space before the word and one character's slack for measuring. Widths,
  // not right edges: centred and right-aligned cells wrap at the column's
  // width too.
  return (above.x1 - above.x0) + 2 * char_width + word < column.Width();
}

// A cell's wrapped lines start where its first line does, or further in
// (a hanging indent; a centred or right-aligned cell's shorter last line),
// so a line that starts clearly left of the cell above starts a cell of its
// own: farther than a character of text laid out with spaces (5 points).
constexpr double kMinOutdentPoints = 6;

bool OutdentedBelow(const Cell& above, const Cell& cell) {
  return above.x0 >= 0 && cell.x0 >= 0 && cell.x0 < above.x0 - kMinOutdentPoints;
}

// Whether the line's cell in column c goes on from the cell above it.
// A cell of prose that stops inside a sentence: it ends in a letter after
// several words, not a full stop, a colon or a figure.
constexpr int kMinMidSentenceWords = 4;

bool EndsMidSentence(const std::string& text) {
  if (text.empty() || Words(text) < kMinMidSentenceWords) return false;
  const unsigned char last = static_cast<unsigned char>(text.back());
  return (last >= 'a' && last <= 'z') || last >= 0x80;
}

// A cell that starts with a list marker ("- 15 procent ...", "• Der ...").
bool StartsListItem(std::string_view text, const ListMarkers& markers) {
  const size_t space = text.find(' ');
  return space != std::string_view::npos && IsBulletGlyphs(text.substr(0, space), markers);
}

bool ContinuesAbove(const Line& line, const Line& above, size_t c,
                    const std::vector<Span>& columns) {
  if (c >= above.cells.size() || !Filled(above.cells[c])) return false;
  return c >= columns.size() || !WouldHaveFitAbove(above.cells[c], line.cells[c], columns[c]);
}

// A line that leaves the first column empty (a first cell spanning rows, or
// a table keyed by a later column) starts a row when it fills two columns or
// more, one of them starting afresh (not in lower case), and one of them
// does not go on from the line above.
bool StartsRowBelowSpanningCell(const Line& line, const Line& above,
                                const std::vector<Span>& columns) {
  const std::vector<size_t> filled = FilledColumns(line);
  if (filled.size() < 2 || line.cells[filled[0]].x0 < 0) return false;
  const bool afresh = std::any_of(filled.begin(), filled.end(),
                                  [&](size_t c) { return !StartsLowerCase(line.cells[c].text); });
  const bool new_cell = std::any_of(filled.begin(), filled.end(), [&](size_t c) {
    return !ContinuesAbove(line, above, c, columns);
  });
  return afresh && new_cell;
}

// What a line's first cell is in the sentences of its row.
struct FirstCellSentence {
  bool opens = false;  // it opens a sentence (OpensSentenceInFirstColumn)
  // The row so far opened with a name (no sentence) and a first cell below
  // the name has ended a sentence: the name has its description.
  bool row_described = false;
};

constexpr int kMinLinkedPhraseWords = 3;

// A key/value table's label: a few words ending in a colon ("Budget:",
// "Mål for indsatsen:").
constexpr int kMaxLabelWords = 4;
bool IsShortLabel(std::string_view text) {
  text = Trim(text);
  return !text.empty() && text.back() == ':' && Words(text) <= kMaxLabelWords;
}

// Without rulings or padding: the line starts a row when its first cell
// starts afresh and no cell goes on in lower case from the cell above; a
// multi-line header cell ("Resultatkrav" / "2005") at the top stays one.
bool StartsRow(const Line& line, const Line& above, const std::vector<Span>& columns,
               bool in_first_row, const FirstCellSentence& sentence, const ListMarkers& markers,
               const std::vector<std::string>& month_words) {
  if (line.cells.empty()) return false;
  if (!Filled(line.cells[0])) return StartsRowBelowSpanningCell(line, above, columns);
  if (StartsLowerCase(line.cells[0].text)) return false;
  // A label below a label that ended ("Indsatsens" / "navn:" / "Budget:"):
  // the one above is whole, so this one starts the next row, whatever its
  // value starts with ("kr. 450.000 i 2015").
  if (!above.cells.empty() && Filled(above.cells[0]) && IsShortLabel(above.cells[0].text) &&
      IsShortLabel(line.cells[0].text)) {
    return true;
  }
  // A phrase in the first cell does not end on a link word ("Praktikpladser
  // i Tingbjerg og" / "Husum"): what follows it in capitals is its proper
  // noun. Two words may be a label ending in a short noun ("Indsatsens mål").
  if (!above.cells.empty() && Filled(above.cells[0]) && !line.bold &&
      Words(above.cells[0].text) >= kMinLinkedPhraseWords && EndsInLinkWord(above.cells[0].text)) {
    return false;
  }
  // A first cell that opens a sentence below a name that did not end one is
  // the name's description, whatever the other columns start there (each
  // target or status line of a row may start afresh); so is one below a
  // line of prose that broke off mid-sentence, at the top of a page's part
  // too ("... i tæt dialog med DGI" / "Storkøbenhavn, så ..."). Below a
  // description that ended, a sentence goes on with it when the row opened
  // with a name (a row's name is no sentence), unless the line fills every
  // column with figures beside it (a results row sets its figures beside
  // its name), or fills every column below a line that left some empty:
  // then each column starts a cell at once, as a row's first line does.
  if (sentence.opens && !above.cells.empty() && Filled(above.cells[0]) && !line.bold &&
      !UpperCase(above.cells[0].text)) {
    const std::string& text_above = above.cells[0].text;
    const unsigned char last = static_cast<unsigned char>(text_above.back());
    const bool broke_off = Words(text_above) >= kMinMidSentenceWords &&
                           (std::isalpha(last) != 0 || last >= 0x80);  // "... med DGI"
    if ((!in_first_row || broke_off) && !EndsSentence(text_above)) return false;
    if (sentence.row_described && Words(line.cells[0].text) >= 2 &&
        (FilledColumns(line).size() < line.cells.size() ||
         (FigureColumns(line, month_words).empty() &&
          FilledColumns(above).size() == above.cells.size()))) {
      return false;
    }
  }
  // A first cell of prose goes on from a row's text; a short one is a label
  // or a name, which starts a row whatever follows it.
  const bool prose_first_cell = Words(line.cells[0].text) >= kMinMidSentenceWords;
  for (size_t c = 1; c < line.cells.size(); ++c) {
    if (!Filled(line.cells[c])) continue;
    const bool above_filled = c < above.cells.size() && Filled(above.cells[c]);
    if (StartsLowerCase(line.cells[c].text)) {
      if (!above_filled || ContinuesAbove(line, above, c, columns)) return false;
    } else if (above_filled && IsDigit(line.cells[c].text.front()) && prose_first_cell &&
               EndsMidSentence(above.cells[c].text) && ContinuesAbove(line, above, c, columns)) {
      // A sentence cut before a figure ("... evalueres i oktober" / "2015.
      // Hallerne ..."): the figure is the wrapped sentence's next word.
      return false;
    }
  }
  // A first cell of prose below a first cell that did not end its sentence
  // goes on with that cell (a description under an initiative's name, both
  // capitalised) unless another column starts a new cell on the line: a
  // further list item below an item of the same cell ("- 65% af ..." /
  // "- 15 procent af ...") is the same cell going on, not a new row. A
  // line in bold or capitals is set apart, not prose ("TIDLIG INDSATS OG
  // SPROG" under the header "Mål 2012").
  if (prose_first_cell && !above.cells.empty() && Filled(above.cells[0]) &&
      !EndsSentence(above.cells[0].text) && !line.bold && !UpperCase(line.cells[0].text)) {
    bool new_cell = false;
    for (size_t c = 1; c < line.cells.size() && !new_cell; ++c) {
      if (!Filled(line.cells[c])) continue;
      const bool above_filled = c < above.cells.size() && Filled(above.cells[c]);
      new_cell = !above_filled || !StartsListItem(line.cells[c].text, markers);
    }
    if (!new_cell) return false;
  }
  // The first cell alone, after a first cell that did not end: its rest
  // ("Sundhedsformidlere (Se note" / "1)"), unless set apart as a group
  // row by bold or capitals, or set out to the left of it (a group's name
  // over its indented members: "Fuels" under "  Textile fibres").
  const std::vector<size_t> own = FilledColumns(line);
  if (own.size() == 1 && own[0] == 0 && !above.cells.empty() && Filled(above.cells[0]) &&
      !line.bold && !UpperCase(line.cells[0].text) &&
      !OutdentedBelow(above.cells[0], line.cells[0])) {
    if (!EndsSentence(above.cells[0].text)) return false;
  }
  if (!in_first_row) return true;
  // A group row in capitals below a header that is not.
  if (LooksLikeGroupRow(line) && !line.bold && !above.cells.empty() &&
      !UpperCase(above.cells[0].text)) {
    return true;
  }
  // Years end a header's cells ("Mål" / "2014"): the first cell alone below
  // a line of years is a group row ("Fritid og fællesskab"), not the header
  // going on.
  const std::vector<size_t> filled_above = FilledColumns(above);
  if (own.size() == 1 && own[0] == 0 && filled_above.size() >= 2 &&
      std::all_of(filled_above.begin(), filled_above.end(),
                  [&](size_t c) { return AllYears(above.cells[c].text); })) {
    return true;
  }
  auto short_cells = [](const Line& l) {
    return std::all_of(l.cells.begin(), l.cells.end(),
                       [](const Cell& cell) { return Words(cell.text) <= kMaxShortHeaderWords; });
  };
  if (LooksLikeHeader(line, month_words) && LooksLikeHeader(above, month_words) &&
      short_cells(line) && short_cells(above)) {
    const std::vector<size_t> filled = FilledColumns(line);
    if (std::includes(filled_above.begin(), filled_above.end(), filled.begin(), filled.end())) {
      return false;
    }
  }
  return true;
}

// Whether every column of `line` starts a cell afresh below `above`: each
// cell filled, none in lower case, and the cell above it empty or ended.
bool EveryColumnStartsAfresh(const Line& line, const Line& above) {
  if (line.cells.size() < 2 || line.cells.size() != above.cells.size()) return false;
  for (size_t c = 0; c < line.cells.size(); ++c) {
    const Cell& cell = line.cells[c];
    if (!Filled(cell) || StartsLowerCase(cell.text)) return false;
    if (Filled(above.cells[c]) && !EndsSentence(above.cells[c].text)) return false;
  }
  return true;
}

// Whether the first cell of part line k opens a sentence: its lines run on,
// each wrapped at the column's width (the next one's first word would not
// have fitted) and going on as a sentence does, to a full stop. A name
// stops short of the width without one ("Sundhedsformidlere på
// folkeskolerne" / "Deltagerne får ..."), however its description begins.
constexpr size_t kMaxSentenceLines = 8;
// Text laid out with spaces counts characters where the PDF it came from
// set a proportional font: a line of narrow letters holds more of them
// than one of wide letters, so a wrapped line may stop this share of the
// column short of its width in characters ("åbent to eftermiddage om
// ugen og bemandes af" / "faste ..." leaves room for "faste" by 0.12).
constexpr double kProportionalWrapShare = 0.2;
constexpr double kProperNounWrapShare = 0.08;

// A line of running prose that ends in a capitalised word after other
// words, not after a sentence mark: a proper noun ("... sammen med Region" /
// "Hovedstaden.", "... med Dansk" / "Flygtningehjælp"), which may go on in
// capitals on the next line.
bool EndsInProperNoun(std::string_view text) {
  const size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const std::string_view last = text.substr(space + 1);
  if (CodePoints(last) < 2 || !StartsUpperCase(last)) return false;
  const size_t before = text.find_last_not_of(' ', space);
  if (before == std::string_view::npos) return false;
  const char mark = text[before];
  return mark != '.' && mark != '!' && mark != '?' && mark != ':';
}

// The sentence the first cell of part line k opens, as above: one past the
// part line of its full stop, 0 when the line opens none.
size_t SentenceInFirstColumnEnd(const Page& page, const std::vector<size_t>& lines, size_t k,
                                const std::vector<Span>& columns, bool in_characters) {
  if (columns.empty()) return 0;
  Span first_column = columns[0];
  if (in_characters) first_column.x1 -= kProportionalWrapShare * first_column.Width();
  for (size_t j = k; j < lines.size() && j < k + kMaxSentenceLines; ++j) {
    const Line& line = page.lines[lines[j]];
    if (line.cells.empty() || !Filled(line.cells[0])) return 0;
    const std::string& text = line.cells[0].text;
    // A wrapped sentence may end in one word ("indsatsen."); a line of its
    // own needs two ("Storkøbenhavn, så ...": no "m.v." alone).
    if (text.back() == '.' && (j > k || Words(text) >= 2)) return j + 1;
    if (j + 1 >= lines.size()) return 0;
    const Line& next = page.lines[lines[j + 1]];
    if (next.cells.empty() || !Filled(next.cells[0]) ||
        WouldHaveFitAbove(line.cells[0], next.cells[0], first_column)) {
      return 0;
    }
    // A wrapped sentence goes on in lower case, with a figure ("Der er
    // afsat" / "800.000 kr."), or with a proper noun after a link word
    // ("i" / "Tingbjerg") or after a proper noun inside the sentence ("med
    // Dansk" / "Flygtningehjælp"); a capital after a name that filled the
    // width ("Tolkebistand for tosprogede elever" / "Forløbene ...") starts
    // its description. A capital is weaker evidence of a wrap than a small
    // letter: a proper noun goes on only below a line that its next word
    // would not have fitted with a smaller share of slack ("sammen med
    // Region" / "Hovedstaden." in a narrow column); below a shorter one
    // ("Tingbjerg og Husum" / "Erfaringerne fra ...") it starts a sentence.
    Span proper_noun_column = columns[0];
    if (in_characters) proper_noun_column.x1 -= kProperNounWrapShare * proper_noun_column.Width();
    const bool proper_noun_goes_on =
        j > k && EndsInProperNoun(text) &&
        !WouldHaveFitAbove(line.cells[0], next.cells[0], proper_noun_column);
    if (!StartsLowerCase(next.cells[0].text) && !EndsInLinkWord(text) &&
        !IsDigit(next.cells[0].text.front()) && !proper_noun_goes_on) {
      return 0;
    }
  }
  return 0;
}

// Whether a row whose first line is part line `row_start` opens with a
// name: a first cell that neither ends nor opens a sentence, not in
// capitals (a group row).
bool OpensWithName(const Page& page, const std::vector<size_t>& lines, size_t row_start,
                   const std::vector<Span>& columns, bool in_characters) {
  const Line& first = page.lines[lines[row_start]];
  return !first.cells.empty() && Filled(first.cells[0]) && !EndsSentence(first.cells[0].text) &&
         !UpperCase(first.cells[0].text) &&
         SentenceInFirstColumnEnd(page, lines, row_start, columns, in_characters) == 0;
}

bool EndsSentenceInFirstColumn(const Line& line) {
  return !line.cells.empty() && Filled(line.cells[0]) && EndsSentence(line.cells[0].text);
}

bool FillsFirstColumn(const Page& page, const std::vector<size_t>& row) {
  return std::any_of(row.begin(), row.end(), [&](size_t i) {
    const Line& line = page.lines[i];
    return !line.cells.empty() && Filled(line.cells[0]);
  });
}

// A line of the first cell alone with space below it but none above, in
// a table whose rows are otherwise set at the leading: a group row in body
// type ("Sundhed og forebyggelse"), as text laid out with spaces sets it.
// It follows a header, a first cell that ended its sentence, or none.
bool SpacedGroupRow(const Line& line, const Line& above, bool below_first_row) {
  const std::vector<size_t> filled = FilledColumns(line);
  if (filled.size() != 1 || filled[0] != 0) return false;
  if (below_first_row || above.cells.empty() || !Filled(above.cells[0])) return true;
  const char last = above.cells[0].text.back();
  return last == '.' || last == '!' || last == '?';
}

double YAt(const Ruling& r, double x) {
  if (r.x1 == r.x0) return r.y0;
  const double t = std::clamp((x - r.x0) / (r.x1 - r.x0), 0.0, 1.0);
  return r.y0 + t * (r.y1 - r.y0);
}

struct Extent {
  Band band;
  Span span;
};

Extent ExtentOf(const Line& line, const Page& page) {
  Extent extent{BandOf(line, page), {1e300, -1e300}};
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
    const Box& box = page.words[static_cast<size_t>(index)].box;
    extent.span = {std::min(extent.span.x0, box.x0), std::max(extent.span.x1, box.x1)};
  }
  return extent;
}

bool Separated(const std::vector<Ruling>& rulings, const Extent& a, const Extent& b,
               double table_width) {
  const Span joint{std::min(a.span.x0, b.span.x0), std::max(a.span.x1, b.span.x1)};
  const double top = (a.band.y0 + a.band.y1) / 2, bottom = (b.band.y0 + b.band.y1) / 2;
  for (const Ruling& r : rulings) {
    if (!r.Horizontal()) continue;
    const Span span{std::min(r.x0, r.x1), std::max(r.x0, r.x1)};
    const double overlap = span.Overlap(joint);
    if (overlap < kSeparatorShare * joint.Width() && overlap < kSeparatorTableShare * table_width) {
      continue;
    }
    const double y = YAt(r, (std::max(span.x0, joint.x0) + std::min(span.x1, joint.x1)) / 2);
    if (y > top && y < bottom) return true;
  }
  return false;
}

// ruled[k]: a ruling runs between line k-1 and line k of the part.
std::vector<bool> RuledGaps(const Page& page, const Part& part,
                            const std::vector<Extent>& extents) {
  const std::vector<Ruling> rulings = part.grid ? part.grid->horizontal : TableRulings(page);
  const std::vector<Span>& columns = part.columns.columns;
  const double table_width = columns.empty() ? 0 : columns.back().x1 - columns.front().x0;
  std::vector<bool> ruled(extents.size(), false);
  for (size_t k = 1; k < extents.size(); ++k) {
    ruled[k] = Separated(rulings, extents[k - 1], extents[k], table_width);
  }
  return ruled;
}

// A band between two rulings that holds two rows of figures is no row but
// a frame around rows (a box drawn around a table with rulings only under
// its header; rules under the header and over the totals): its lines are
// told into rows as in a table without rulings. frame[k]: line k lies in
// such a band.
std::vector<bool> FrameBands(const Page& page, const Part& part, const std::vector<bool>& ruled,
                             const std::vector<std::string>& month_words) {
  std::vector<bool> frame(part.lines.size(), false);
  size_t band_start = 0;
  bool rows_of_figures = false;
  for (size_t k = 1; k <= part.lines.size(); ++k) {
    if (k == part.lines.size() || ruled[k]) {
      for (size_t j = band_start; j < k; ++j) frame[j] = rows_of_figures;
      band_start = k;
      rows_of_figures = false;
      continue;
    }
    rows_of_figures = rows_of_figures || TwoRowsOfFigures(page.lines[part.lines[k - 1]],
                                                          page.lines[part.lines[k]], month_words);
  }
  return frame;
}

// The gap above which lines are in different rows: the first step up in
// the sorted gaps wider than line boxes jitter (leading below it, padding
// above), if any. A single gap below a step is no leading: two OCR lines
// of one row that overlap.
std::optional<double> PaddingThreshold(std::vector<double> gaps, double height) {
  std::sort(gaps.begin(), gaps.end());
  const double step = std::max(kMinRowPaddingPoints, kRowPaddingShare * height);
  for (size_t k = 2; k < gaps.size(); ++k) {
    if (gaps[k] - gaps[k - 1] >= step) return (gaps[k] + gaps[k - 1]) / 2;
  }
  return std::nullopt;
}

// The gaps between a part's lines, and the tallest line.
struct Spacing {
  std::vector<Extent> extents;
  std::vector<double> gaps;  // gaps[k]: above line k (gaps[0] unused)
  // The same without the lines of a side column that text laid out with
  // spaces puts between the table's lines (LineGaps).
  std::vector<double> gaps_without_side;
  double height = 0;
};

Spacing SpacingOf(const Page& page, const Part& part) {
  Spacing spacing;
  for (size_t i : part.lines) {
    spacing.extents.push_back(ExtentOf(page.lines[i], page));
    const Band& band = spacing.extents.back().band;
    spacing.height = std::max(spacing.height, band.y1 - band.y0);
    const Band* above =
        spacing.extents.size() < 2 ? nullptr : &spacing.extents[spacing.extents.size() - 2].band;
    spacing.gaps.push_back(above == nullptr ? 0 : band.y0 - above->y1);
    spacing.gaps_without_side.push_back(above == nullptr ? 0 : part.gaps.Between(*above, band));
  }
  return spacing;
}

// Padding between rows, measured over the whole table: a part of a few
// lines (the rest of a table on the next page) has too few gaps to tell.
struct Padding {
  std::optional<double> threshold;
  int padded = 0;  // gaps above it
};

Padding TablePadding(const Document& doc, const std::vector<const Part*>& parts,
                     const std::vector<std::string>& month_words) {
  std::vector<double> gaps;
  // Below each gap's upper line: the first cell alone, and whether it is set
  // apart as a group row; above its lower line: the first cell alone.
  std::vector<bool> below_first_cell, below_group, above_first_cell;
  // Between two lines of the table's leading run of short header-like
  // lines ("Indsatser  Resultat  Resultatkrav" / "2008  2007  2009"): a
  // header set apart from its sub-header, as text laid out with spaces
  // keeps it, says nothing of the body's rows. A group row ("Dagtilbud og
  // skole", the first cell alone) is the body's.
  auto header_line = [&month_words](const Line& line) {
    return FilledColumns(line) != std::vector<size_t>{0} && LooksLikeHeader(line, month_words) &&
           std::all_of(line.cells.begin(), line.cells.end(),
                       [](const Cell& cell) { return Words(cell.text) <= kMaxShortHeaderWords; });
  };
  std::vector<bool> inside_leading_header;
  bool leading_header = !parts.empty() && !parts.front()->lines.empty() &&
                        header_line(doc.pages[parts.front()->page].lines[parts.front()->lines[0]]);
  double height = 0;
  for (const Part* part : parts) {
    const Page& page = doc.pages[part->page];
    const Spacing spacing = SpacingOf(page, *part);
    // In a ruled table only the gaps inside frames around rows tell rows
    // apart; the space around a ruling is the ruling's.
    std::vector<bool> framed(spacing.gaps.size(), true);
    if (part->grid) {
      const std::vector<bool> ruled = RuledGaps(page, *part, spacing.extents);
      framed = FrameBands(page, *part, ruled, month_words);
      for (size_t k = 1; k < framed.size(); ++k) framed[k] = framed[k] && !ruled[k];
    }
    for (size_t k = 1; k < spacing.gaps.size(); ++k) {
      if (!framed[k]) continue;
      const Line& above = page.lines[part->lines[k - 1]];
      gaps.push_back(spacing.gaps[k]);
      const std::vector<size_t> filled = FilledColumns(above);
      below_first_cell.push_back(filled.size() == 1 && filled[0] == 0);
      below_group.push_back(LooksLikeGroupRow(above));
      // The first cell alone in its own column: a line whose cells ran
      // together over two columns is no caption.
      const Line& below = page.lines[part->lines[k]];
      leading_header = leading_header && header_line(below);
      inside_leading_header.push_back(leading_header);
      const std::vector<size_t> filled_below = FilledColumns(below);
      above_first_cell.push_back(filled_below.size() == 1 && filled_below[0] == 0 &&
                                 below.cells[0].span == 1);
    }
    height = std::max(height, spacing.height);
  }
  Padding padding;
  padding.threshold = PaddingThreshold(gaps, height);
  if (!padding.threshold) return padding;
  // Space set below group rows only (as text laid out with spaces keeps it:
  // a blank line under "Sundhed og forebyggelse" or "BESKÆFTIGELSE") is no
  // padding between the rows they group: neither is space below a group row
  // in capitals or bold, nor any wide gap when all of them lie below a line
  // of the first cell alone. Nor is it when all of them lie above one: blank
  // lines set before a caption that the conversion kept in the table
  // ("Statusrapport 2013 MEDARBEJDERE" over the next group's rows) part
  // groups, not rows, as a row's first line fills the columns its cells
  // start in.
  bool all_below_first_cell = true, all_above_first_cell = true;
  for (size_t k = 0; k < gaps.size(); ++k) {
    if (gaps[k] <= *padding.threshold) continue;
    all_below_first_cell = all_below_first_cell && below_first_cell[k];
    all_above_first_cell = all_above_first_cell && above_first_cell[k];
    padding.padded += !below_group[k] && !inside_leading_header[k];
  }
  if (all_below_first_cell || all_above_first_cell) padding.padded = 0;
  return padding;
}

Rows SplitRows(const Page& page, const Part& part, const Padding& table_padding,
               const ListMarkers& markers, const std::vector<std::string>& month_words) {
  const std::vector<size_t>& lines = part.lines;
  Rows rows;
  if (lines.empty()) return rows;
  const std::vector<Span>& columns = part.columns.columns;
  const Spacing spacing = SpacingOf(page, part);
  const std::vector<double>& gaps = spacing.gaps;
  const size_t m = lines.size();
  const std::vector<bool> ruled = RuledGaps(page, part, spacing.extents);
  const std::vector<bool> frame = FrameBands(page, part, ruled, month_words);
  int separators = 0;
  double tightest_ruled = 1e300;
  for (size_t k = 1; k < m; ++k) {
    separators += ruled[k];
    if (ruled[k]) tightest_ruled = std::min(tightest_ruled, gaps[k]);
  }
  const std::optional<double>& padding = table_padding.threshold;
  const int padded = table_padding.padded;
  // Ruled between its rows down to its last inner ruling: below that (a
  // table ruled only around its header) rows are told as in an unruled one.
  const bool ruled_rows = !part.grid && separators >= kMinRowSeparators;
  size_t last_ruled = 0;
  for (size_t k = 1; k < m; ++k) {
    if (ruled[k]) last_ruled = k;
  }

  const bool in_characters = LaidOutWithSpaces(page);
  // Whether the row being built opened with a name, and whether a first
  // cell below the name has ended a sentence since (the name's
  // description): kept as the rows grow, so each line costs the same.
  bool row_named = OpensWithName(page, lines, 0, columns, in_characters);
  bool row_sentence_ended = false;
  size_t running_sentence_end = SentenceInFirstColumnEnd(page, lines, 0, columns, in_characters);
  rows.push_back({lines[0]});
  for (size_t k = 1; k < m; ++k) {
    const Line& above = page.lines[lines[k - 1]];
    const Line& line = page.lines[lines[k]];
    FirstCellSentence sentence;
    const size_t sentence_end = SentenceInFirstColumnEnd(page, lines, k, columns, in_characters);
    sentence.opens = sentence_end > 0;
    sentence.row_described = sentence.opens && row_named && row_sentence_ended;
    // Inside a sentence of the first cell, wrapped line by line to its full
    // stop, no row starts whatever the other columns start (a status line of
    // its own, a proper noun in capitals: "sammen med Region" /
    // "Hovedstaden."); only rulings, padding or a change of structure part
    // rows there.
    const bool inside_sentence = k < running_sentence_end;
    auto starts_row = [&] {
      return !inside_sentence &&
             StartsRow(line, above, columns, rows.size() == 1, sentence, markers, month_words);
    };
    // Below the part's first row when that reads as a header; a part that
    // starts a page with a row of figures (a table going on without its
    // header) has none.
    auto below_header = [&] {
      return rows.size() == 1 && LooksLikeHeader(page.lines[rows.front().front()], month_words);
    };
    bool boundary = ruled[k] || StructureDiffers(above, line, in_characters);
    if ((!part.grid || frame[k]) && !boundary) {
      bool wide = padding && gaps[k] > *padding;
      // A gap that only a side column's lines between the table's lines
      // widen may be the row's padding or none at all (the text gave those
      // lines rows of their own): what the line holds decides.
      if (wide && spacing.gaps_without_side[k] <= *padding) {
        wide = starts_row();
      }
      if (ruled_rows && k < last_ruled && !frame[k]) {
        boundary = (wide && gaps[k] >= tightest_ruled - kMinRowPaddingPoints) ||
                   TwoRowsOfFigures(above, line, month_words);
      } else {
        boundary = wide || TwoRowsOfFigures(above, line, month_words);
        // Without padding between most rows, the first column starting
        // afresh starts a row; a line of the first column alone at the
        // leading goes on with a cell where some padding was seen, but
        // only with a first cell: below a row that leaves the first column
        // empty (a sub-header's "2005 | 2006") it is a row of its own, and
        // so is a group row.
        if (padded < 2) {
          boundary =
              boundary ||
              (starts_row() && (!padding || FilledColumns(line).size() >= 2 ||
                                !FillsFirstColumn(page, rows.back()) || LooksLikeGroupRow(line))) ||
              (padding && k + 1 < m && gaps[k + 1] > *padding &&
               SpacedGroupRow(line, above, below_header()));
        } else {
          // Where padding parts the rows, a line with no padding above it
          // still starts one when every column starts a cell afresh there
          // below one that ended or was empty: text laid out with spaces
          // loses a row's padding where a side column's line filled it.
          boundary = boundary || (!inside_sentence && EveryColumnStartsAfresh(line, above));
        }
      }
    }
    if (boundary) {
      rows.emplace_back();
      row_named = OpensWithName(page, lines, k, columns, in_characters);
      row_sentence_ended = false;
    } else {
      row_sentence_ended = row_sentence_ended || EndsSentenceInFirstColumn(line);
    }
    rows.back().push_back(lines[k]);
    if (sentence.opens) running_sentence_end = std::max(running_sentence_end, sentence_end);
  }
  return rows;
}

std::string Squeezed(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

struct TableRow {
  const Part* part = nullptr;
  std::vector<size_t> lines;
};

const Line& LineOf(const Document& doc, const TableRow& row, size_t k) {
  return doc.pages[row.part->page].lines[row.lines[k]];
}

std::string RowText(const Document& doc, const TableRow& row) {
  std::string text;
  for (size_t k = 0; k < row.lines.size(); ++k) text += Squeezed(LineOf(doc, row, k).text);
  return text;
}

// The columns the row fills, over all its lines.
std::vector<size_t> RowFilled(const Document& doc, const TableRow& row) {
  std::vector<size_t> filled;
  for (size_t k = 0; k < row.lines.size(); ++k) {
    for (size_t c : FilledColumns(LineOf(doc, row, k))) {
      if (std::find(filled.begin(), filled.end(), c) == filled.end()) filled.push_back(c);
    }
  }
  std::sort(filled.begin(), filled.end());
  return filled;
}

bool RowLooksLikeHeader(const Document& doc, const TableRow& row,
                        const std::vector<std::string>& month_words) {
  for (size_t k = 0; k < row.lines.size(); ++k) {
    if (!LooksLikeHeader(LineOf(doc, row, k), month_words)) return false;
  }
  return true;
}

// Words without numbers also fill the first row of a key/value table
// ("Navn på indsats | Etnisk iværksætteri"): a header shows itself by a
// bold font, a year, an empty corner cell, or by naming three columns or
// more.
bool SaysHeader(const Document& doc, const TableRow& row, size_t columns) {
  const Line& first = LineOf(doc, row, 0);
  if (first.bold || columns >= 3 || first.cells.front().text.empty()) return true;
  for (size_t k = 0; k < row.lines.size(); ++k) {
    for (const Cell& cell : LineOf(doc, row, k).cells) {
      if (HasYear(cell.text)) return true;
    }
  }
  return false;
}

void JoinCellTexts(Line* line) {
  line->text.clear();
  for (size_t c = 0; c < line->cells.size(); ++c) {
    if (c > 0) line->text.push_back('\t');
    line->text += line->cells[c].text;
  }
}

// The words of a cell's text, as Words counts them.
std::vector<std::string_view> WordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  size_t begin = text.find_first_not_of(" \t");
  while (begin != std::string_view::npos) {
    const size_t end = std::min(text.find_first_of(" \t", begin), text.size());
    words.push_back(text.substr(begin, end - begin));
    begin = text.find_first_not_of(" \t", end);
  }
  return words;
}

// A word that names a column on its own: a year, or a capitalised word
// without figures ("Resultatkrav", "Mål").
bool IsColumnNameWord(std::string_view word) {
  return IsYear(word) || (StartsUpperCase(word) && !HasDigit(word));
}

// `pdftotext -layout` sets the header words of neighbouring columns one
// space apart when the header's type is wider than the columns below
// ("Resultatkrav Resultatkrav Resultat" over three columns, "2008 2006"
// over two), and so may a PDF whose bold header nearly fills narrow
// columns ("Resultat 2005 Resultat 2006"), so the header line reads as
// fewer cells than the table has columns, and a year may stand over the
// wrong one. When every word of a header line names a column on its own
// or is the year of the name before it ("Mål 2016"), some cell names
// several columns, and the names number the columns exactly, each column
// gets one, in order; a cell that names one column keeps its own. A
// header cell of several words that say one thing ("Status ultimo", "Mål
// og resultatkrav") has a small word: such lines keep their cells.
bool SpreadRunTogetherHeaderWords(const std::vector<Span>& columns, Line* line) {
  std::vector<std::string> names;
  bool several = false;
  for (const Cell& cell : line->cells) {
    const std::vector<std::string_view> in_cell = WordsOf(cell.text);
    if (!std::all_of(in_cell.begin(), in_cell.end(), IsColumnNameWord)) return false;
    // Each name word is a column's, and so is each year after another
    // year; a year right after a name is that name's ("Mål 2016").
    const size_t first = names.size();
    bool named = false;  // the last unit is a name still without its year
    for (std::string_view word : in_cell) {
      if (IsYear(word) && named) {
        names.back() += " " + std::string(word);
        named = false;
        continue;
      }
      if (IsYear(word) && first < names.size() && !AllYears(names.back())) return false;
      names.emplace_back(word);
      named = !IsYear(word);
    }
    // A cell that names one column stays in its own.
    if (names.size() == first + 1 && in_cell.size() > 1 &&
        static_cast<size_t>(cell.column) != first) {
      return false;
    }
    several = several || names.size() > first + 1;
  }
  if (!several || names.size() != columns.size()) return false;
  const bool bold = line->bold;
  line->cells.clear();
  for (size_t c = 0; c < columns.size(); ++c) {
    line->cells.push_back(
        {std::move(names[c]), static_cast<int>(c), columns[c].x0, columns[c].x1, bold, 1});
  }
  JoinCellTexts(line);
  return true;
}

// A header's lower line run together over two columns by text laid out
// with spaces ("Resultatk Resultat" / "rav 2011 2010": pdftotext left one
// space between "2011" and "2010"): the words that lie under the next
// column's cell of the line above, where this line leaves that column
// empty, are that column's. Each line of a header sits under its own
// column's text, so the line above says where the cut goes.
void SplitUnderHeaderCells(const Page& page, const Line& above, Line* line) {
  const size_t n = line->cells.size();
  if (above.cells.size() != n) return;
  bool cut_any = false;
  for (size_t c = 0; c + 1 < n; ++c) {
    Cell& cell = line->cells[c];
    Cell& next = line->cells[c + 1];
    const Cell& over = above.cells[c];
    const Cell& over_next = above.cells[c + 1];
    if (!Filled(cell) || next.span != 1 || !next.text.empty() || !Filled(over) ||
        !Filled(over_next) || cell.x0 < 0 || over_next.x0 < 0) {
      continue;
    }
    std::vector<const Word*> words;  // the cell's, left to right
    for (int index : line->words) {
      if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
      const Word& word = page.words[static_cast<size_t>(index)];
      const double centre = (word.box.x0 + word.box.x1) / 2;
      if (centre >= cell.x0 && centre <= cell.x1) words.push_back(&word);
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    size_t cut = 0;
    while (cut < words.size() && (words[cut]->box.x0 + words[cut]->box.x1) / 2 < over_next.x0) {
      ++cut;
    }
    if (cut == 0 || cut == words.size()) continue;
    const bool under_next = std::all_of(
        words.begin() + static_cast<std::ptrdiff_t>(cut), words.end(),
        [&](const Word* word) { return (word->box.x0 + word->box.x1) / 2 <= over_next.x1; });
    if (!under_next) continue;
    auto join = [&](size_t from, size_t to) {
      std::string text;
      for (size_t k = from; k < to; ++k) text += (k > from ? " " : "") + words[k]->text;
      return text;
    };
    next.text = join(cut, words.size());
    next.x0 = words[cut]->box.x0;
    next.x1 = words.back()->box.x1;
    cell.text = join(0, cut);
    cell.x1 = words[cut - 1]->box.x1;
    cut_any = true;
  }
  if (cut_any) JoinCellTexts(line);
}

// A row right below a header row that is header too: names without
// figures (a dash is a figure: "no value"), with an empty corner cell, or
// years in every cell (the second line of "Mål" / "2006"), or bold as the
// header is, in short texts ("2005" under "Resultatkrav").
bool ContinuesHeader(const Document& doc, const TableRow& row, const TableRow& header,
                     const std::vector<std::string>& month_words) {
  const std::vector<size_t> filled = RowFilled(doc, row);
  if (filled.empty() || (filled.size() == 1 && filled[0] == 0)) return false;
  if (!RowLooksLikeHeader(doc, row, month_words)) return false;
  bool years = true, bold = LineOf(doc, header, 0).bold;
  for (size_t k = 0; k < row.lines.size(); ++k) {
    const Line& line = LineOf(doc, row, k);
    bold = bold && line.bold;
    for (const Cell& cell : line.cells) {
      if (!Filled(cell)) continue;
      if (IsDashCell(cell.text) || Words(cell.text) > kMaxShortHeaderWords) return false;
      years = years && AllYears(cell.text);
    }
  }
  return filled[0] != 0 || years || bold;
}

// Whether `lower` fills two or more of the columns that one cell of
// `upper` spans: sub-headers under a spanning header ("Resultat" over
// "2005 | 2006"), however many lines the header's other cells take.
bool SubHeadersBelow(const Line& upper, const Line& lower) {
  for (size_t c = 0; c < upper.cells.size(); ++c) {
    const size_t span = static_cast<size_t>(std::max(0, upper.cells[c].span));
    if (span < 2 || !Filled(upper.cells[c])) continue;
    int filled = 0;
    for (size_t k = c; k < c + span && k < lower.cells.size(); ++k)
      filled += Filled(lower.cells[k]);
    if (filled >= 2) return true;
  }
  return false;
}

// The columns a header line holds: those its cells fill or span.
void AddHeldColumns(const Line& line, std::vector<size_t>* held) {
  for (size_t c = 0; c < line.cells.size(); ++c) {
    if (Filled(line.cells[c]) || line.cells[c].span == 0) held->push_back(c);
  }
}

// Widens the line's header cells over the columns it leaves empty that the
// header row below names (`named`): each such column goes to the nearer of
// the cells beside it that stand over named columns themselves (a header
// over no sub-header, "Afvigelse" beside "Regnskab", spans both header
// rows, not a neighbour's sub-columns). Columns that lines above it in
// the same header cell hold (`held`: "Resultat" over "Målsæ" / "tning")
// are theirs, not this line's to take.
bool WidenOverSubHeaders(const std::vector<Span>& columns, const std::vector<size_t>& named,
                         Line* line, const std::vector<size_t>& held = {}) {
  std::vector<Cell>& cells = line->cells;
  if (cells.size() != columns.size()) return false;
  auto is_named = [&](size_t c) { return std::find(named.begin(), named.end(), c) != named.end(); };
  auto orphan = [&](size_t c) {
    return cells[c].span == 1 && cells[c].text.empty() && is_named(c) &&
           std::find(held.begin(), held.end(), c) == held.end();
  };
  // The start of the cell covering column c, if it stands over a named
  // column; kNone otherwise.
  constexpr size_t kNone = static_cast<size_t>(-1);
  auto standing = [&](size_t c) {
    size_t start = c;
    while (start > 0 && cells[start].span == 0) --start;
    if (!Filled(cells[start])) return kNone;
    for (size_t k = start; k < start + static_cast<size_t>(cells[start].span); ++k) {
      if (is_named(k)) return start;
    }
    return kNone;
  };
  bool changed = false;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (!orphan(c)) continue;
    size_t left = c, right = c;
    while (left > 0 && orphan(left - 1)) --left;
    while (right + 1 < cells.size() && orphan(right + 1)) ++right;
    const size_t before = left > 0 ? standing(left - 1) : kNone;
    const size_t after = right + 1 < cells.size() ? standing(right + 1) : kNone;
    if (before == kNone && after == kNone) continue;
    const double to_before = before != kNone ? columns[c].x0 - cells[before].x1 : 1e300;
    const double to_after = after != kNone ? cells[after].x0 - columns[c].x1 : 1e300;
    const size_t owner = to_before <= to_after ? before : after;
    const size_t first = std::min(owner, c);
    const size_t last = std::max(owner + static_cast<size_t>(cells[owner].span) - 1, c);
    Cell cell = cells[owner];
    for (size_t k = first; k <= last; ++k) {
      cells[k] = {"", static_cast<int>(k), columns[k].x0, columns[k].x1, false, 0};
    }
    cell.column = static_cast<int>(first);
    cell.span = static_cast<int>(last - first + 1);
    cells[first] = cell;
    changed = true;
  }
  if (changed) JoinCellTexts(line);
  return changed;
}

// A group row: the first cell alone, set apart by bold or capitals
// ("Dagtilbud og skole", "IDRÆT OG FORENINGSLIV"): it heads the rows below
// it across the whole table.
void SpanGroupRow(const Document& doc, const TableRow& row, size_t columns, Page* page) {
  if (columns < 2) return;
  const std::vector<size_t> filled = RowFilled(doc, row);
  if (filled.size() != 1 || filled[0] != 0) return;
  for (size_t k = 0; k < row.lines.size(); ++k) {
    const Line& line = LineOf(doc, row, k);
    if (line.cells.size() != columns || !LooksLikeGroupRow(line)) return;
  }
  for (size_t i : row.lines) {
    Line& line = page->lines[i];
    line.cells[0].span = static_cast<int>(columns);
    for (size_t c = 1; c < columns; ++c) line.cells[c].span = 0;
  }
}

// A later part's rows with the lines at its top that repeat the head's rows
// (line by line; a head row may be left out, as a caption often is) as rows
// of their own: without padding the repeated header and the rest of a
// carried row may have come out as one row.
std::vector<TableRow> SplitRepeatedHead(const Document& doc, const std::vector<TableRow>& head,
                                        const std::vector<TableRow>& rows) {
  std::vector<size_t> lines;
  for (const TableRow& row : rows) lines.insert(lines.end(), row.lines.begin(), row.lines.end());
  if (rows.empty() || head.empty()) return rows;
  const Page& page = doc.pages[rows.front().part->page];
  std::vector<TableRow> out;
  size_t at = 0;
  for (const TableRow& repeated : head) {
    bool same = at + repeated.lines.size() <= lines.size();
    for (size_t k = 0; same && k < repeated.lines.size(); ++k) {
      same = Squeezed(LineOf(doc, repeated, k).text) == Squeezed(page.lines[lines[at + k]].text);
    }
    if (!same) continue;
    out.push_back({rows.front().part,
                   std::vector<size_t>(
                       lines.begin() + static_cast<std::ptrdiff_t>(at),
                       lines.begin() + static_cast<std::ptrdiff_t>(at + repeated.lines.size()))});
    at += repeated.lines.size();
  }
  if (at == 0) return rows;
  // The other rows as they were, less the lines taken.
  size_t seen = 0;
  for (const TableRow& row : rows) {
    TableRow rest{row.part, {}};
    for (size_t i : row.lines) {
      if (seen++ >= at) rest.lines.push_back(i);
    }
    if (!rest.lines.empty()) out.push_back(std::move(rest));
  }
  return out;
}

}  // namespace

void MarkRows(const std::vector<const Part*>& parts, const ColumnModel& model,
              const ListMarkers& markers, const std::vector<std::string>& month_words, int table_id,
              int* next_row, Document* doc) {
  const size_t columns = model.columns.size();
  std::vector<std::vector<TableRow>> part_rows;
  const Padding padding = TablePadding(*doc, parts, month_words);
  for (const Part* part : parts) {
    part_rows.emplace_back();
    for (std::vector<size_t>& lines :
         SplitRows(doc->pages[part->page], *part, padding, markers, month_words)) {
      part_rows.back().push_back({part, std::move(lines)});
    }
  }
  // The head: title rows (one cell), then the header rows.
  std::vector<std::string> head;
  std::vector<TableRow> head_rows;
  std::vector<bool> header_row;
  if (!part_rows.empty()) {
    std::vector<TableRow>& rows = part_rows.front();
    header_row.assign(rows.size(), false);
    size_t r = 0;
    while (r < rows.size() && RowFilled(*doc, rows[r]).size() == 1) ++r;
    const size_t titles = r;
    if (r < rows.size() && RowFilled(*doc, rows[r]).size() >= 2 &&
        RowLooksLikeHeader(*doc, rows[r], month_words) && SaysHeader(*doc, rows[r], columns)) {
      header_row[r++] = true;
      while (r < rows.size() && ContinuesHeader(*doc, rows[r], rows[r - 1], month_words)) {
        header_row[r++] = true;
      }
    }
    for (size_t h = 0; h < rows.size(); ++h) {
      if (!header_row[h]) continue;
      Page& page = doc->pages[rows[h].part->page];
      for (size_t k = 0; k < rows[h].lines.size(); ++k) {
        Line* line = &page.lines[rows[h].lines[k]];
        if (SpreadRunTogetherHeaderWords(model.columns, line)) continue;
        // The header line above: this row's, or the last of the header row
        // before it.
        const Line* above = nullptr;
        if (k > 0) {
          above = &page.lines[rows[h].lines[k - 1]];
        } else if (h > 0 && header_row[h - 1] && rows[h - 1].part == rows[h].part) {
          above = &page.lines[rows[h - 1].lines.back()];
        }
        if (above != nullptr && !model.grid && LaidOutWithSpaces(page)) {
          SplitUnderHeaderCells(page, *above, line);
        }
      }
    }
    // Two levels of header set as one row (no padding between them): the
    // upper lines widen over the lower's sub-headers, and they become two
    // header rows. Each line above the lower one widens in turn, from the
    // top: a spanning cell's own line takes the columns under it before a
    // later line of a neighbour's cell can ("Resultatkrav" over "2007 |
    // 2008" beside "Målsæ" / "tning" over the last "2008").
    for (size_t h = 0; h < rows.size(); ++h) {
      if (!header_row[h]) continue;
      for (size_t k = 0; k + 1 < rows[h].lines.size(); ++k) {
        Page& page = doc->pages[rows[h].part->page];
        const Line& lower = page.lines[rows[h].lines[k + 1]];
        const std::vector<size_t> named = FilledColumns(lower);
        bool splits = false;
        for (size_t j = 0; j <= k; ++j) {
          std::vector<size_t> held;  // columns the other lines above `lower` hold
          for (size_t o = 0; o <= k; ++o) {
            if (o != j) AddHeldColumns(page.lines[rows[h].lines[o]], &held);
          }
          splits = WidenOverSubHeaders(model.columns, named, &page.lines[rows[h].lines[j]], held) ||
                   splits;
        }
        for (size_t j = 0; j <= k && !splits; ++j) {
          splits = SubHeadersBelow(page.lines[rows[h].lines[j]], lower);
        }
        if (!splits) continue;
        TableRow rest{rows[h].part, std::vector<size_t>(
                                        rows[h].lines.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                        rows[h].lines.end())};
        rows[h].lines.resize(k + 1);
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(h + 1), std::move(rest));
        header_row.insert(header_row.begin() + static_cast<std::ptrdiff_t>(h + 1), true);
        break;
      }
    }
    for (size_t h = 0; h + 1 < rows.size(); ++h) {
      if (!header_row[h] || !header_row[h + 1]) continue;
      const std::vector<size_t> named = RowFilled(*doc, rows[h + 1]);
      Page& page = doc->pages[rows[h].part->page];
      for (size_t i : rows[h].lines) {
        std::vector<size_t> held;  // columns the row's other lines hold
        for (size_t j : rows[h].lines) {
          if (j != i) AddHeldColumns(page.lines[j], &held);
        }
        WidenOverSubHeaders(model.columns, named, &page.lines[i], held);
      }
    }
    // Title rows repeat on a later page only with a header below them.
    const bool any_header =
        std::find(header_row.begin(), header_row.end(), true) != header_row.end();
    for (size_t h = any_header ? 0 : titles; h < rows.size() && (h < titles || header_row[h]);
         ++h) {
      head.push_back(RowText(*doc, rows[h]));
      head_rows.push_back(rows[h]);
    }
  }
  int last_data_row = 0;
  for (size_t p = 0; p < part_rows.size(); ++p) {
    Page& page = doc->pages[parts[p]->page];
    if (p > 0) part_rows[p] = SplitRepeatedHead(*doc, head_rows, part_rows[p]);
    const std::vector<TableRow>& rows = part_rows[p];
    size_t r = 0;
    if (p > 0) {
      // The head repeated on the new page is no data.
      while (r < rows.size() &&
             std::find(head.begin(), head.end(), RowText(*doc, rows[r])) != head.end()) {
        ++*next_row;
        for (size_t i : rows[r].lines) {
          Line& line = page.lines[i];
          line.table = table_id;
          line.row = *next_row;
          line.exact_rows = true;
          line.repeated_header = true;
        }
        ++r;
      }
    }
    for (; r < rows.size(); ++r) {
      // The first row of a later page whose first cell is empty or goes on
      // in lower case is the rest of the last row of the page before.
      const Line& first = page.lines[rows[r].lines.front()];
      const bool first_data =
          p > 0 && (r == 0 || page.lines[rows[r - 1].lines.front()].repeated_header);
      const bool carried = first_data && last_data_row != 0 && !first.cells.empty() &&
                           (first.cells[0].text.empty() || StartsLowerCase(first.cells[0].text));
      const int id = carried ? last_data_row : ++*next_row;
      const bool header = p == 0 && header_row[r];
      if (!header && !carried) SpanGroupRow(*doc, rows[r], columns, &page);
      for (size_t i : rows[r].lines) {
        Line& line = page.lines[i];
        line.table = table_id;
        line.row = id;
        line.exact_rows = true;
        line.header = header;
        line.repeated_header = false;
      }
      if (!header) last_data_row = id;
    }
  }
}

bool LooksLikeHeaderLine(const Line& line, const std::vector<std::string>& month_words) {
  return LooksLikeHeader(line, month_words);
}

bool OpensWithHeader(const Page& page, const Part& part,
                     const std::vector<std::string>& month_words) {
  return !part.lines.empty() && LooksLikeHeader(page.lines[part.lines.front()], month_words);
}

}  // namespace bilag::layout
