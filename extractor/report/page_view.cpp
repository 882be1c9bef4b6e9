#include "extractor/report/page_view.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "extractor/report/html.h"
#include "extractor/report/line_markup.h"
#include "extractor/report/locate.h"

namespace bilag::report {
namespace {

// Estimated layout, for the placeholder height of a page not yet laid out.
constexpr int kCharsPerRow = 85;
constexpr int kRowPixels = 20;
constexpr int kPagePixels = 60;
// OCR words below this confidence are marked as doubtful.
constexpr float kLowConfidence = 60;
// A font's size is larger than the height of most of its words' boxes.
constexpr double kFontPerHeight = 0.9;

using WarningIndex = std::vector<std::vector<std::vector<const Warning*>>>;

std::string ElementId(int doc_id, int mark_id) {
  return "d" + std::to_string(doc_id) + "v" + std::to_string(mark_id);
}

void AppendWarning(const Warning& warning, std::string* out) {
  out->append("<span class=\"wn\">\u26a0 ");
  AppendEscaped(warning.code, out);
  out->append(": ");
  AppendEscaped(warning.message, out);
  out->append("</span>");
}

// Byte offset of each of the line's words in its text, or npos for a word
// the text does not hold (OCR repair may have changed it).
std::vector<size_t> WordOffsets(const Page& page, const Line& line) {
  std::vector<size_t> offsets;
  size_t cursor = 0;
  for (int index : line.words) {
    if (index < 0 || static_cast<size_t>(index) >= page.words.size()) {
      offsets.push_back(std::string::npos);
      continue;
    }
    size_t pos = line.text.find(page.words[index].text, cursor);
    offsets.push_back(pos);
    if (pos != std::string::npos) cursor = pos + page.words[index].text.size();
  }
  return offsets;
}

// The mark of each word of the page (an index into highlights.marks(), -1 =
// none), from the marks on the word's line: the first one added that covers
// the word.
std::vector<int> WordMarks(const Page& page, const Highlights& highlights) {
  std::vector<int> marks(page.words.size(), -1);
  for (const Line& line : page.lines) {
    const std::vector<int>& on_line = highlights.OnLine(page.number, line.number);
    if (on_line.empty() || line.words.empty()) continue;
    std::vector<size_t> offsets = WordOffsets(page, line);
    for (size_t w = 0; w < line.words.size(); ++w) {
      int index = line.words[w];
      if (index < 0 || static_cast<size_t>(index) >= page.words.size() || marks[index] >= 0) {
        continue;
      }
      size_t begin = offsets[w];
      size_t end = begin == std::string::npos ? begin : begin + page.words[index].text.size();
      for (int id : on_line) {
        const Mark& mark = highlights.marks()[id];
        bool inside = mark.whole_line || (begin != std::string::npos && begin < mark.range.end &&
                                          end > mark.range.begin);
        if (inside) {
          marks[index] = id;
          break;
        }
      }
    }
  }
  return marks;
}

// Where each word's text sits: the line's median box height and bottom,
// since a word's own box is taller with capitals and lower with descenders
// ("Bilag" vs "og"); words in no line keep their own box. Over a page image
// the box drawn is the band from the line's highest to its lowest ink
// (`band_top`, `band_height`), so that a highlight covers every letter.
struct TextPlace {
  double top = 0, height = 0;
  double band_top = 0, band_height = 0;
};

double Median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

std::vector<TextPlace> TextPlaces(const Page& page) {
  std::vector<TextPlace> places;
  for (const Word& word : page.words) {
    const double height = word.box.y1 - word.box.y0;
    places.push_back({word.box.y0, height, word.box.y0, height});
  }
  for (const Line& line : page.lines) {
    std::vector<int> words;
    std::vector<double> heights, bottoms;
    double band_top = 0, band_bottom = 0;
    for (int index : line.words) {
      if (index < 0 || static_cast<size_t>(index) >= page.words.size()) continue;
      const Box& box = page.words[index].box;
      band_top = words.empty() ? box.y0 : std::min(band_top, box.y0);
      band_bottom = words.empty() ? box.y1 : std::max(band_bottom, box.y1);
      words.push_back(index);
      heights.push_back(box.y1 - box.y0);
      bottoms.push_back(box.y1);
    }
    if (words.empty()) continue;
    double height = Median(heights);
    double top = Median(bottoms) - height;
    for (int index : words) places[index] = {top, height, band_top, band_bottom - band_top};
  }
  return places;
}

// The page's image as a data: URI in data-src, which the script makes the
// src when the page comes near the screen: Chromium does not defer data:
// URIs with loading="lazy", and 200 images loaded at once would slow the
// page's opening by a second.
void AppendScanImage(const Page& page, const ScanImage& image, std::string* out) {
  out->append("<img alt=\"page " + std::to_string(page.number) + " as scanned\" data-src=\"data:");
  AppendEscaped(image.media_type, out);
  out->append(";base64,");
  AppendBase64(image.data, out);
  out->append("\">");
}

// The OCR words, for the script to draw, as {"t": [[mark id, tooltip], ...],
// "w": [word, ...]}, a word being [left%, top%, width%, height%, font size
// (cqw), confidence, mark class, text] and, when it is part of a value, the
// index of its mark in "t". Over an image top and height are the line's ink
// band, else where the text sits (TextPlaces).
void AppendScan(const Page& page, const Highlights& highlights, const ScanImage* image,
                std::string* out) {
  if (page.width <= 0 || page.height <= 0) return;
  std::vector<int> marks = WordMarks(page, highlights);
  std::vector<TextPlace> places = TextPlaces(page);
  out->append(std::string("<div class=\"") + (image ? "scan pic" : "scan") +
              "\" style=\"aspect-ratio:" + FormatCss(page.width) + "/" + FormatCss(page.height) +
              "\">");
  if (image) AppendScanImage(page, *image, out);
  out->append("<script type=\"application/json\">{\"t\":[");
  std::vector<int> tooltip(highlights.marks().size(), -1);  // mark -> its index in "t"
  int tooltips = 0;
  for (int id : marks) {
    if (id < 0 || tooltip[id] >= 0) continue;
    const Mark& mark = highlights.marks()[id];
    if (tooltips > 0) out->push_back(',');
    tooltip[id] = tooltips++;
    out->append("[" + std::to_string(ValueId(mark)) + ",");
    AppendJsonString(mark.title, out);
    out->push_back(']');
  }
  out->append("],\"w\":[");
  for (size_t i = 0; i < page.words.size(); ++i) {
    const Word& word = page.words[i];
    // OCR's words were turned level (Page::deskew): over the image they go
    // back where the scan has them.
    const Box box = image ? BoxOnScan(page, word.box) : word.box;
    TextPlace place = places[i];
    place.top += box.y0 - word.box.y0;
    place.band_top += box.y0 - word.box.y0;
    if (i > 0) out->push_back(',');
    out->append("[" + FormatCss(box.x0 / page.width * 100) + "," +
                FormatCss((image ? place.band_top : place.top) / page.height * 100) + "," +
                FormatCss((box.x1 - box.x0) / page.width * 100) + "," +
                FormatCss((image ? place.band_height : place.height) / page.height * 100) + "," +
                FormatCss(place.height / page.width * 100 * kFontPerHeight) + "," +
                FormatCss(word.confidence) + ",\"" +
                (marks[i] >= 0 ? MarkClass(highlights.marks()[marks[i]].kind) : "") + "\",");
    AppendJsonString(word.text, out);
    if (marks[i] >= 0) out->append("," + std::to_string(tooltip[marks[i]]));
    out->push_back(']');
  }
  out->append("]}</script></div>");
}

// `picture`: the page shows its image, and a button that swaps it for the
// OCR text at the same places.
void AppendPageHeading(const Page& page, bool picture, std::string* out) {
  out->append("<h3>Page " + std::to_string(page.number));
  if (IsScanned(page)) {
    double sum = 0;
    int count = 0;
    int doubtful = 0;
    for (const Word& word : page.words) {
      if (word.confidence < 0) continue;
      sum += word.confidence;
      ++count;
      if (word.confidence < kLowConfidence) ++doubtful;
    }
    out->append(" <span class=\"tag\">OCR: " + std::to_string(count) + " words, mean confidence " +
                FormatNumber(static_cast<int>(sum / count * 10) / 10.0) + ", " +
                std::to_string(doubtful) + " below " + FormatNumber(kLowConfidence) + "</span>");
  }
  if (page.needs_ocr) out->append(" <span class=\"tag bad\">no text layer: needs OCR</span>");
  if (picture) out->append("<button type=\"button\" class=\"tog\">show OCR text</button>");
  out->append("</h3>");
}

void AppendLine(const Line& line, int doc_id, const Highlights& highlights,
                const std::vector<const Warning*>& warnings, std::string* out) {
  const std::vector<int>& on_line = highlights.OnLine(line.page, line.number);
  std::vector<Span> spans;
  std::vector<int> span_marks;
  std::vector<const Mark*> whole;
  for (int id : on_line) {
    const Mark& mark = highlights.marks()[id];
    if (mark.whole_line) {
      whole.push_back(&mark);
      continue;
    }
    std::string open = "<mark class=\"";
    open += MarkClass(mark.kind);
    // One element per value has its id (its table row links to it); the
    // lines a value goes on over point to it.
    open += mark.continues >= 0 ? "\" data-v=\"" + std::to_string(mark.continues)
                                : "\" id=\"" + ElementId(doc_id, mark.id);
    open += "\" title=\"";
    AppendEscaped(mark.title, &open);
    open += "\">";
    spans.push_back({mark.range.begin, mark.range.end, std::move(open), "</mark>"});
    span_marks.push_back(id);
  }
  std::string body;
  for (size_t dropped : AppendMarkedLine(line.text, spans, &body)) {
    whole.push_back(&highlights.marks()[span_marks[dropped]]);
  }
  out->append("<div");
  if (!whole.empty() || !warnings.empty()) {
    out->append(" class=\"");
    if (!whole.empty()) out->append(std::string("wl ") + MarkClass(whole.front()->kind));
    if (!warnings.empty()) out->append(whole.empty() ? "wv" : " wv");
    out->push_back('"');
  }
  if (!whole.empty()) {
    out->append(" title=\"");
    for (size_t i = 0; i < whole.size(); ++i) {
      if (i > 0) out->append("\n\n");
      AppendEscaped(whole[i]->title, out);
    }
    out->push_back('"');
  }
  out->append("><b>" + std::to_string(line.page) + ":" + std::to_string(line.number) + "</b>");
  out->append(body);
  for (const Warning* warning : warnings) AppendWarning(*warning, out);
  out->append("</div>");
}

WarningIndex IndexWarnings(const Document& doc) {
  WarningIndex index(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) index[p].resize(doc.pages[p].lines.size() + 1);
  for (const Warning& warning : doc.warnings) {
    std::optional<size_t> page = doc.PageIndex(warning.page);
    if (!page) continue;
    auto& lines = index[*page];
    // Slot 0 holds the page's own warnings, and those of a line not there.
    size_t slot = warning.line >= 1 && static_cast<size_t>(warning.line) < lines.size()
                      ? static_cast<size_t>(warning.line)
                      : 0;
    lines[slot].push_back(&warning);
  }
  return index;
}

int EstimatedHeight(const Page& page) {
  int rows = 0;
  for (const Line& line : page.lines) {
    rows +=
        std::max<int>(1, static_cast<int>((line.text.size() + kCharsPerRow - 1) / kCharsPerRow));
  }
  int height = kPagePixels + rows * kRowPixels;
  if (IsScanned(page) && page.width > 0) {
    height += static_cast<int>(600 * page.height / page.width);
  }
  return height;
}

}  // namespace

bool IsScanned(const Page& page) {
  return std::any_of(page.words.begin(), page.words.end(),
                     [](const Word& word) { return word.confidence >= 0; });
}

void AppendPages(const Document& doc, int doc_id, const Highlights& highlights,
                 const ScanImages& images, std::string* out) {
  WarningIndex warnings = IndexWarnings(doc);
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    const auto& page_warnings = warnings[p];
    out->append("<section class=\"page\" id=\"d" + std::to_string(doc_id) + "p" +
                std::to_string(page.number) + "\" style=\"contain-intrinsic-size:auto " +
                std::to_string(EstimatedHeight(page)) + "px\">");
    const bool scanned = IsScanned(page) && page.width > 0 && page.height > 0;
    auto found = scanned ? images.find(page.number) : images.end();
    const ScanImage* image =
        found != images.end() && found->second.ok() ? &*found->second : nullptr;
    AppendPageHeading(page, image != nullptr, out);
    if (!page_warnings[0].empty()) {
      out->append("<div class=\"pw\">");
      for (const Warning* warning : page_warnings[0]) AppendWarning(*warning, out);
      out->append("</div>");
    }
    if (found != images.end() && image == nullptr) {
      const Status why = found->second.status();
      out->append("<p class=\"pvf\">No page image (");
      AppendEscaped(why.ToString(), out);
      out->append("): the OCR words are shown as text at their places.</p>");
    }
    if (scanned) AppendScan(page, highlights, image, out);
    out->append("<div class=\"lines\">");
    for (const Line& line : page.lines) {
      AppendLine(line, doc_id, highlights, page_warnings[line.number], out);
    }
    out->append("</div></section>\n");
  }
}

}  // namespace bilag::report
