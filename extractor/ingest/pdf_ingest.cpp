#include "extractor/ingest/pdf_ingest.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-rectangle.h>

#include "extractor/base/parallel.h"
#include "extractor/base/text.h"
#include "extractor/ingest/pdf_drawing.h"
#include "extractor/ingest/text_encoding.h"
#include "extractor/layout/quarter_turn.h"
#include "extractor/layout/rulings.h"
#include "extractor/render/pdf_render.h"
#include "extractor/render/poppler_core.h"

namespace bilag {
namespace {

// Line grouping. A word belongs to a line when its vertical centre lies in
// the line's band, or the line's centre lies in the word's band (so a small
// superscript joins the line it sits on whichever of the two comes first).
// A word's band is its centre +- kBandHalfEm of its font size, not its box:
// boxes follow the font's ascent and descent, which some fonts declare far
// too large, and unioned boxes would then chain whole paragraphs into one
// line. 0.6 em keeps lines apart down to a leading of 0.6 em, well below any
// real document, and keeps a superscript (raised ~0.35 em, smaller font)
// attached.
constexpr double kBandHalfEm = 0.6;

// Cell splitting, in ems of the two words' font size. An ordinary space is
// 0.22-0.32 em (Calibri, Times, Arial, DejaVu). Justified prose stretches
// every gap of a line by the same amount: 2.06 em in a 12 cm column before a
// long Danish compound (letter.pdf), more in narrow cells. A table cell ends
// at least two cell margins (2 x 0.19 cm = 0.98 em at 11 pt) before the next
// cell's text. No single width separates those, so a gap starts a new cell
// when it is
//   - wider than kCellGapEm, which only extreme justification reaches, or
//   - wider than kMinCellGapEm and kCellGapToSpace times the line's ordinary
//     space: a gap that stands out from the line's other gaps. Justified gaps
//     are all alike, so they never stand out from each other.
// The line's ordinary space is its first-quartile gap: a table row has few
// spaces and several wide gaps, so its median gap can be a cell gap.
// Between two figures ("17   19", TwoFigures), a gap wider than kMinCellGapEm
// parts two cells even where every gap of the line is as wide: a row of a
// time series set close together looks like justified prose by the measures
// above, but prose does not set two bare figures side by side.
constexpr double kCellGapEm = 2.5;
constexpr double kMinCellGapEm = 0.9;
constexpr double kCellGapToSpace = 2.5;

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// poppler prints syntax errors of damaged files to stderr by default; the
// library must not print, and a damaged file is reported through Status.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// ustring::to_utf8() opens an iconv converter on every call, which costs
// more than the rest of the per-word work; a ustring is plain UTF-16, so
// convert it here. Unpaired surrogates become U+FFFD. Control characters
// are dropped: they print nothing, and a tab would pass for a cell boundary.
std::string Utf16ToUtf8(const poppler::ustring& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
        s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(s[i + 1]) - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    }
    AppendUtf8(c, &out);
  }
  return out;
}

// Drops the "ABCDEF+" tag of an embedded subset (random per file, so it only
// hides that two names are the same font). poppler does not promise any
// encoding for font names; anything but printable ASCII becomes '?' to keep
// the Document all UTF-8.
std::string CleanFontName(const std::string& name) {
  std::string_view view(name);
  if (view.size() > 7 && view[6] == '+' &&
      std::all_of(view.begin(), view.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    view.remove_prefix(7);
  }
  std::string out(view);
  for (char& c : out) {
    if (c < 0x20 || c > 0x7E) c = '?';
  }
  return out;
}

bool ContainsIgnoringCase(std::string_view haystack, std::string_view lower_needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::search(haystack.begin(), haystack.end(), lower_needle.begin(), lower_needle.end(),
                     [&](char a, char b) { return lower(a) == b; }) != haystack.end();
}

// PDF fonts carry their weight only in the name ("Arial,Bold",
// "Calibri-Bold", "Frutiger-Black", "HelveticaNeue-Heavy").
bool IsBoldFontName(std::string_view name) {
  return ContainsIgnoringCase(name, "bold") || ContainsIgnoringCase(name, "black") ||
         ContainsIgnoringCase(name, "heavy");
}

// A word's box in its own reading frame: u runs along the text, v across it
// downwards (next line = larger v). For upright text (rotation 0) u = x and
// v = y; poppler's rotations 1..3 turn the text by 90, 180 and 270 degrees
// clockwise, so a vertical margin note is grouped like any other line.
struct Framed {
  int word = 0;  // index into Page::words
  double u0 = 0, u1 = 0;
  double v_centre = 0, v_half = 0;  // the band used for line grouping
  double em = 0;                    // font size, or box height when unknown
};

Framed Frame(int index, const Word& word, int rotation) {
  const Box& b = word.box;
  double u0 = b.x0, u1 = b.x1, v0 = b.y0, v1 = b.y1;
  switch (rotation) {
    case 1:
      u0 = b.y0, u1 = b.y1, v0 = -b.x1, v1 = -b.x0;
      break;
    case 2:
      u0 = -b.x1, u1 = -b.x0, v0 = -b.y1, v1 = -b.y0;
      break;
    case 3:
      u0 = -b.y1, u1 = -b.y0, v0 = b.x0, v1 = b.x1;
      break;
    default:
      break;
  }
  Framed f;
  f.word = index;
  f.u0 = u0;
  f.u1 = u1;
  f.v_centre = (v0 + v1) / 2;
  const double height = v1 - v0;
  f.em = word.font_size > 0 ? word.font_size : height;
  f.v_half = std::min(height / 2, kBandHalfEm * f.em);
  return f;
}

// One line of framed words, sorted by u, to a Line with cells.
Line MakeLine(const std::vector<Word>& words, std::vector<Framed>* line_words,
              std::vector<double>* scratch, double grid_space) {
  std::sort(line_words->begin(), line_words->end(),
            [](const Framed& a, const Framed& b) { return a.u0 < b.u0; });
  const std::vector<Framed>& lw = *line_words;

  double space = 0;
  if (lw.size() > 1) {
    scratch->clear();
    for (size_t i = 1; i < lw.size(); ++i) scratch->push_back(lw[i].u0 - lw[i - 1].u1);
    auto quartile = scratch->begin() + static_cast<std::ptrdiff_t>((scratch->size() - 1) / 4);
    std::nth_element(scratch->begin(), quartile, scratch->end());
    space = *quartile;
    // On a character grid a line with one word space has its ordinary
    // space, however few of its gaps are one (a header of short column
    // names three spaces apart: "Initiativ   Resultatkrav   Mål 2014").
    if (grid_space > 0 && *std::min_element(scratch->begin(), scratch->end()) <= grid_space) {
      space = grid_space;
    }
  }

  Line line;
  line.bold = true;
  line.words.reserve(lw.size());
  std::vector<Cell> cells(1);
  for (size_t i = 0; i < lw.size(); ++i) {
    const Word& word = words[static_cast<size_t>(lw[i].word)];
    if (i > 0) {
      const double gap = lw[i].u0 - lw[i - 1].u1;
      const double em = (lw[i].em + lw[i - 1].em) / 2;
      const bool new_cell =
          gap > kCellGapEm * em ||
          (gap > kMinCellGapEm * em &&
           (gap > kCellGapToSpace * space ||
            TwoFigures(words[static_cast<size_t>(lw[i - 1].word)].text, word.text)));
      if (new_cell) {
        cells.emplace_back();
      } else {
        cells.back().text.push_back(' ');
      }
    }
    Cell& cell = cells.back();
    cell.text += word.text;
    cell.x0 = cell.x0 < 0 ? word.box.x0 : std::min(cell.x0, word.box.x0);
    cell.x1 = std::max(cell.x1, word.box.x1);
    line.bold = line.bold && word.bold;
    line.words.push_back(lw[i].word);
  }

  line.SetCells(std::move(cells));
  return line;
}

// Groups the words of one reading direction into lines, in reading order
// (top to bottom for upright text). O(n log n): one sort, one sweep.
void GroupLines(const std::vector<Word>& words, std::vector<Framed>* framed,
                std::vector<Line>* lines, double grid_space) {
  std::sort(framed->begin(), framed->end(), [](const Framed& a, const Framed& b) {
    return a.v_centre != b.v_centre ? a.v_centre < b.v_centre : a.u0 < b.u0;
  });
  std::vector<Framed> current;
  std::vector<double> scratch;
  double band0 = 0, band1 = 0;
  for (const Framed& f : *framed) {
    if (!current.empty()) {
      const double line_centre = (band0 + band1) / 2;
      const bool joins = (f.v_centre >= band0 && f.v_centre <= band1) ||
                         std::abs(line_centre - f.v_centre) <= f.v_half;
      if (joins) {
        band0 = std::min(band0, f.v_centre - f.v_half);
        band1 = std::max(band1, f.v_centre + f.v_half);
        current.push_back(f);
        continue;
      }
      lines->push_back(MakeLine(words, &current, &scratch, grid_space));
      current.clear();
    }
    band0 = f.v_centre - f.v_half;
    band1 = f.v_centre + f.v_half;
    current.push_back(f);
  }
  if (!current.empty()) lines->push_back(MakeLine(words, &current, &scratch, grid_space));
}

// Builds page->lines from page->words; rotations[i] is poppler's rotation
// (0..3) of word i.
void BuildLines(const std::vector<int>& rotations, Page* page, double grid_space = 0) {
  std::vector<Framed> by_rotation[4];
  for (size_t i = 0; i < page->words.size(); ++i) {
    const int r = rotations[i] >= 0 && rotations[i] <= 3 ? rotations[i] : 0;
    by_rotation[r].push_back(Frame(static_cast<int>(i), page->words[i], r));
  }
  page->lines.clear();
  GroupLines(page->words, &by_rotation[0], &page->lines, grid_space);
  const size_t upright = page->lines.size();
  for (int r = 1; r <= 3; ++r) GroupLines(page->words, &by_rotation[r], &page->lines, grid_space);

  // Rare: turned text (a margin note, a rotated table header). Slot its
  // lines in by their top edge so the page still reads top to bottom.
  if (page->lines.size() > upright) {
    auto top = [&](const Line& line) {
      double y = page->height;
      for (int w : line.words) y = std::min(y, page->words[static_cast<size_t>(w)].box.y0);
      return y;
    };
    std::vector<std::pair<double, size_t>> keys;
    keys.reserve(page->lines.size());
    for (size_t i = 0; i < page->lines.size(); ++i) keys.emplace_back(top(page->lines[i]), i);
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Line> sorted;
    sorted.reserve(page->lines.size());
    for (const auto& key : keys) sorted.push_back(std::move(page->lines[key.second]));
    page->lines = std::move(sorted);
  }
  // The lines were pushed one by one: the vector's spare room (up to half of
  // it) would stay with the page until the output is written.
  page->lines.shrink_to_fit();
  page->Renumber();
}

// Finding rulings costs about what reading the text does: only pages with
// at least two table rows are worth it.
bool LooksLikeTable(const Page& page) {
  return std::count_if(page.lines.begin(), page.lines.end(),
                       [](const Line& line) { return line.kind == LineKind::kTableRow; }) >= 2;
}

// A ruling render takes at most this many pixels: an A3 page at kRulingDpi
// is 0.5 megapixels, a 200 x 200 inch sheet (PDF's largest) would be 100.
constexpr double kMaxRulingPixels = 2e6;
// Table borders lie a cell's padding outside the rows' text, and a last
// row's value can wrap onto a few one-cell lines below it.
constexpr double kRulingMarginPoints = 72;

// Renders `page` for its rulings, for when its drawing cannot be read
// (DrawingReader). A page too large for kMaxRulingPixels is
// rendered only around its table rows, and only as finely as the pixel
// limit allows: on a drawing-sized sheet whose tables take a part of it
// that is still kRulingDpi, so they read as on a normal page. poppler draws
// the page as displayed; `turn` takes boxes between that and the page's
// upright frame, which its words are in.
void FindPageRulings(const poppler::page& pdf_page, const QuarterTurn& turn, Page* page) {
  double dpi = kRulingDpi;
  PixelRect part;
  double left = 0, top = 0;  // the part's corner, in points
  const double width = turn.turn() % 2 == 1 ? page->height : page->width;
  const double height = turn.turn() % 2 == 1 ? page->width : page->height;
  if (DpiWithin(width, height, dpi, kMaxRulingPixels) < dpi) {
    double x0 = width, y0 = height, x1 = 0, y1 = 0;
    for (const Line& line : page->lines) {
      if (line.kind != LineKind::kTableRow) continue;
      for (int index : line.words) {
        const Box box = turn.FromUpright(page->words[static_cast<size_t>(index)].box);
        x0 = std::min(x0, box.x0);
        y0 = std::min(y0, box.y0);
        x1 = std::max(x1, box.x1);
        y1 = std::max(y1, box.y1);
      }
    }
    x0 = std::max(0.0, x0 - kRulingMarginPoints);
    y0 = std::max(0.0, y0 - kRulingMarginPoints);
    x1 = std::min(width, x1 + kRulingMarginPoints);
    y1 = std::min(height, y1 + kRulingMarginPoints);
    if (x1 <= x0 || y1 <= y0) return;
    dpi = DpiWithin(x1 - x0, y1 - y0, dpi, kMaxRulingPixels);
    const double scale = dpi / 72.0;
    part.x = static_cast<int>(std::floor(x0 * scale));
    part.y = static_cast<int>(std::floor(y0 * scale));
    part.width = std::max(1, static_cast<int>(std::ceil((x1 - x0) * scale)));
    part.height = std::max(1, static_cast<int>(std::ceil((y1 - y0) * scale)));
    left = part.x / scale;
    top = part.y / scale;
  }
  // A page that cannot be drawn keeps its text; its tables are then read
  // from alignment alone.
  Result<GrayImage> image = RenderPage(pdf_page, dpi, /*smooth=*/false, part);
  if (!image.ok()) return;
  page->rulings = FindRulings(*image, 72.0 / dpi);
  for (Ruling& ruling : page->rulings) {
    ruling.x0 += left;
    ruling.x1 += left;
    ruling.y0 += top;
    ruling.y1 += top;
    ruling = turn.ToUpright(ruling);
  }
}

// True when poppler's UTF-8 for a word is well formed with no NUL and none of
// the code points whose round trip through iconv is worth no guess (U+F000
// to U+FFFF: byte order mark, noncharacters; beyond U+FFFF): text that
// text_list's round trip through UTF-16 gives back as it is, but for
// controls. Danish text is all of this kind.
bool IsPlainUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0 || c >= 0xEF) return false;
    const size_t length = c < 0x80 ? 1 : Utf8Length(s.substr(i));
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// The word text text_list would give for poppler's UTF-8 (it converts to
// UTF-16 with iconv, which Utf16ToUtf8 turns back): plain text without the
// round trip, anything else through it, so that both ways give the same.
std::string WordText(const std::string& utf8) {
  if (!IsPlainUtf8(utf8)) return Utf16ToUtf8(poppler::ustring::from_utf8(utf8.c_str()));
  std::string out;
  out.reserve(utf8.size());
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out.push_back(c);
  }
  return out;
}

// One page-reading thread's own PdfDrawing (poppler's core is no more
// thread-safe within a document than poppler-cpp), opened on the first page
// the thread reads. It reads words and rulings in one pass over the page;
// when it cannot, the page is read through poppler-cpp's text_list and
// rendered for its rulings, which gives the same at several times the cost.
class DrawingReader {
 public:
  DrawingReader(const std::string& bytes, const std::string& password)
      : bytes_(bytes), password_(password) {}

  // The page's words and rulings, or nothing when the drawing cannot be read.
  std::optional<DrawnPage> Read(int index) {
    if (!opened_) {
      opened_ = true;
      Result<std::unique_ptr<PdfDrawing>> drawing = PdfDrawing::Open(bytes_, password_);
      if (drawing.ok()) drawing_ = std::move(*drawing);
    }
    if (drawing_ == nullptr) return std::nullopt;
    Result<DrawnPage> page = drawing_->Read(index);
    if (!page.ok()) return std::nullopt;
    return std::move(*page);
  }

 private:
  const std::string& bytes_;
  const std::string& password_;
  bool opened_ = false;
  std::unique_ptr<PdfDrawing> drawing_;
};

// A page's font table (Page::fonts) filled as its words are read: each name
// once, cleaned and judged bold once. poppler gives the name with every word;
// a page has hundreds of words in a handful of fonts.
class PageFonts {
 public:
  explicit PageFonts(Page* page) : page_(page) {}

  // Sets word->font and word->bold from the font poppler named `raw_name`
  // (empty when unknown).
  void Set(const std::string& raw_name, Word* word) {
    auto [found, added] = by_raw_name_.try_emplace(raw_name);
    if (added) found->second = Add(CleanFontName(raw_name));
    word->font = found->second.index;
    word->bold = found->second.bold;
  }

 private:
  struct Font {
    int16_t index = -1;
    bool bold = false;
  };

  // Two subsets of one font ("AAAAAA+Arial", "BBBBBB+Arial") share a name.
  Font Add(std::string name) {
    const bool bold = IsBoldFontName(name);
    std::vector<std::string>& fonts = page_->fonts;
    if (name.empty()) return {-1, bold};
    const auto same = by_name_.find(name);
    if (same != by_name_.end()) return {same->second, bold};
    if (fonts.size() >= Page::kMaxPageFonts) return {-1, bold};
    const auto index = static_cast<int16_t>(fonts.size());
    by_name_.emplace(name, index);
    fonts.push_back(std::move(name));
    return {index, bold};
  }

  Page* page_;
  std::unordered_map<std::string, Font> by_raw_name_;
  std::unordered_map<std::string, int16_t> by_name_;
};

void AddWord(Word word, const std::string& font, int rotation, PageFonts* fonts,
             std::vector<int>* rotations, Page* page) {
  if (word.text.empty()) return;
  word.font_size = std::max(0.0, word.font_size);
  fonts->Set(font, &word);
  page->words.push_back(std::move(word));
  rotations->push_back(rotation);
}

// Words through poppler-cpp's text_list, for when the drawing cannot be read.
void ReadTextList(const poppler::page& pdf_page, PageFonts* fonts, std::vector<int>* rotations,
                  Page* page) {
  std::vector<poppler::text_box> boxes = pdf_page.text_list(poppler::page::text_list_include_font);
  page->words.reserve(boxes.size());
  rotations->reserve(boxes.size());
  const std::string unknown_font;
  for (const poppler::text_box& tb : boxes) {
    Word word;
    word.text = Utf16ToUtf8(tb.text());
    const poppler::rectf r = tb.bbox();
    word.box = {r.left(), r.top(), r.right(), r.bottom()};
    if (tb.has_font_info()) {
      word.font_size = tb.get_font_size();
      AddWord(std::move(word), tb.get_font_name(0), tb.rotation(), fonts, rotations, page);
    } else {
      AddWord(std::move(word), unknown_font, tb.rotation(), fonts, rotations, page);
    }
  }
}

// Returns the quarter turn the page was read upright by (quarter_turn.h).
int ReadPage(const poppler::page& pdf_page, DrawingReader* reader, bool find_rulings, Page* page) {
  const poppler::rectf crop = pdf_page.page_rect(poppler::crop_box);
  page->width = crop.width();
  page->height = crop.height();
  // Words are placed on the page as displayed, i.e. after /Rotate.
  const poppler::page::orientation_enum orientation = pdf_page.orientation();
  if (orientation == poppler::page::landscape || orientation == poppler::page::seascape) {
    std::swap(page->width, page->height);
  }

  std::vector<int> rotations;
  PageFonts fonts(page);
  std::optional<DrawnPage> drawn = reader->Read(page->number - 1);
  if (drawn) {
    page->words.reserve(drawn->words.size());
    rotations.reserve(drawn->words.size());
    for (DrawnWord& d : drawn->words) {
      Word word;
      word.text = WordText(d.utf8);
      word.box = d.box;
      word.font_size = d.font_size;
      AddWord(std::move(word), d.font, d.rotation, &fonts, &rotations, page);
    }
  } else {
    ReadTextList(pdf_page, &fonts, &rotations, page);
  }
  page->needs_ocr = page->words.empty();
  const QuarterTurn turn(MainQuarterTurn(page->words, rotations), page->width, page->height);
  if (turn.turn() != 0) TurnWordsUpright(turn, &rotations, page);
  BuildLines(rotations, page);
  if (find_rulings && LooksLikeTable(*page)) {
    if (drawn) {
      // Drawn like the render, on the page as displayed.
      page->rulings = std::move(drawn->rulings);
      for (Ruling& ruling : page->rulings) ruling = turn.ToUpright(ruling);
    } else {
      FindPageRulings(pdf_page, turn, page);
    }
  }
  return turn.turn();
}

// The first page read in the process is read alone (poppler_core.h). This
// covers our own page threads and callers that ingest several PDFs at once.
int ReadPageSafely(const poppler::page& pdf_page, DrawingReader* reader, bool find_rulings,
                   Page* page) {
  const FirstPopplerDraw first;
  return ReadPage(pdf_page, reader, find_rulings, page);
}

// Runs `fn` and turns anything it throws into a Status: nothing may escape
// IngestPdf, and an exception leaving a page thread would end the process.
template <typename Fn>
Status Guarded(Fn fn) {
  try {
    return fn();
  } catch (const std::bad_alloc&) {
    return Status::Error(ErrorCode::kPdfDamaged,
                         "out of memory while reading the PDF (damaged or huge)");
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kPdfDamaged, std::string("PDF could not be read: ") + e.what());
  } catch (...) {
    return Status::Error(ErrorCode::kPdfDamaged,
                         "PDF could not be read (unknown error in poppler)");
  }
}

// Loads `bytes` and opens it with `password` if it is encrypted. poppler
// reads the bytes in place: they must outlive the document.
Result<std::unique_ptr<poppler::document>> Load(const std::string& bytes,
                                                const std::string& password) {
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) {
    return Status::Error(ErrorCode::kPdfDamaged, "not a readable PDF (damaged or truncated)");
  }
  // Loading without a password leaves a PDF with only an owner password
  // (copy/print restrictions) readable, as in every viewer.
  if (pdf->is_locked() && pdf->unlock(password, password)) {
    return Status::Error(ErrorCode::kPdfEncrypted,
                         password.empty()
                             ? "PDF is encrypted: give its password with --password"
                             : "PDF is encrypted and the password given with --password does "
                               "not open it");
  }
  return pdf;
}

// Reading a page costs ~1 ms, which alone makes a long PDF slower than
// pdftotext. Pages are independent, so they are read in parallel, each
// thread with its own poppler::document and PdfDrawing: poppler is
// thread-safe across documents but not within one. A short PDF is not
// worth a second parse of the file.
constexpr int kMinPagesPerThread = 4;
constexpr unsigned kMaxThreads = 4;

int ThreadCount(int page_count) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const int by_pages = std::max(1, page_count / kMinPagesPerThread);
  return std::min({static_cast<int>(std::min(cores, kMaxThreads)), by_pages});
}

// What pages of a PDF could not be read, and which were read turned.
struct PageFates {
  std::vector<char> unreadable;
  std::vector<int> turns;  // quarter turns, quarter_turn.h
};

// Reads pages into doc->pages (already sized) until none are left. Threads
// share `pages`; each page is written by exactly one thread.
Status ReadPages(const poppler::document& pdf, const std::string& bytes,
                 const IngestOptions& options, TaskQueue* pages, PageFates* fates, Document* doc) {
  DrawingReader reader(bytes, options.password);
  for (std::optional<size_t> i = pages->Take(); i; i = pages->Take()) {
    std::unique_ptr<poppler::page> pdf_page(pdf.create_page(static_cast<int>(*i)));
    if (pdf_page == nullptr) {
      fates->unreadable[*i] = 1;
      continue;
    }
    fates->turns[*i] = ReadPageSafely(*pdf_page, &reader, options.find_rulings, &doc->pages[*i]);
  }
  return Status::Ok();
}

Status Ingest(const std::string& bytes, const IngestOptions& options, Document* doc) {
  Result<std::unique_ptr<poppler::document>> pdf = Load(bytes, options.password);
  if (!pdf.ok()) return pdf.status();
  const int page_count = (*pdf)->pages();
  if (page_count <= 0) return Status::Error(ErrorCode::kPdfNoPages, "PDF has no pages");

  doc->pages.clear();
  doc->pages.resize(static_cast<size_t>(page_count));
  for (int i = 0; i < page_count; ++i) doc->pages[static_cast<size_t>(i)].number = i + 1;
  PageFates fates{std::vector<char>(static_cast<size_t>(page_count), 0),
                  std::vector<int>(static_cast<size_t>(page_count), 0)};
  TaskQueue pages(static_cast<size_t>(page_count));

  std::mutex helper_mutex;
  Status helper_status;
  WorkerThreads helpers(ThreadCount(page_count) - 1, [&] {
    Status status = Guarded([&] {
      // A helper that cannot load its copy leaves its pages to the others.
      Result<std::unique_ptr<poppler::document>> own = Load(bytes, options.password);
      return own.ok() ? ReadPages(**own, bytes, options, &pages, &fates, doc) : Status::Ok();
    });
    const std::lock_guard<std::mutex> lock(helper_mutex);
    if (helper_status.ok()) helper_status = status;
  });
  Status status = Guarded([&] { return ReadPages(**pdf, bytes, options, &pages, &fates, doc); });
  helpers.Join();
  if (status.ok()) status = helper_status;
  if (!status.ok()) return status;

  const std::vector<char>& unreadable = fates.unreadable;
  const auto unreadable_count = std::count(unreadable.begin(), unreadable.end(), 1);
  const auto needs_ocr_count = std::count_if(doc->pages.begin(), doc->pages.end(),
                                             [](const Page& page) { return page.needs_ocr; });
  if (unreadable_count == page_count) {
    return Status::Error(ErrorCode::kPdfDamaged,
                         "no page of the PDF can be read (damaged page tree)");
  }
  if (needs_ocr_count == page_count) {
    return Status::Error(ErrorCode::kNeedsOcr,
                         "no text layer on any page: scanned PDF needs OCR, which this build "
                         "does not do yet");
  }
  for (const Page& page : doc->pages) {
    if (unreadable[static_cast<size_t>(page.number - 1)]) {
      doc->AddWarning("page-unreadable",
                      "page " + std::to_string(page.number) + " is missing from the damaged PDF",
                      page.number);
    } else if (page.needs_ocr) {
      doc->AddWarning("page-needs-ocr",
                      "page " + std::to_string(page.number) +
                          " has no text layer: it needs OCR, which this build does not do yet",
                      page.number);
    } else if (const int turn = fates.turns[static_cast<size_t>(page.number - 1)]; turn != 0) {
      doc->AddWarning("page-rotated", PageReadRotatedMessage(page.number, turn), page.number);
    }
  }
  return Status::Ok();
}

}  // namespace

void BuildLinesFromWords(Page* page, double grid_space) {
  BuildLines(std::vector<int>(page->words.size(), 0), page, grid_space);
}

Status IngestPdf(const std::string& bytes, const IngestOptions& options, Document* doc) {
  SilencePoppler();
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    // poppler's in-memory loader takes an int length.
    return Status::Error(ErrorCode::kUnsupportedFormat,
                         "PDF is larger than 2 GiB, which bilag cannot read");
  }
  return Guarded([&] { return Ingest(bytes, options, doc); });
}

}  // namespace bilag
