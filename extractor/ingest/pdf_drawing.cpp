#include "extractor/ingest/pdf_drawing.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <new>
#include <numeric>
#include <utility>

#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <TextOutputDev.h>
#include <UnicodeMapFuncs.h>
#include <goo/GooString.h>

#include "extractor/layout/rulings.h"

namespace bilag {
namespace {

// What the 50 dpi render (one pixel = 1.44 pt) lets through, in points.
// A line or box thicker than this leaves no pixel row with paper on both
// sides, which FindRulings asks of a ruling: a shaded band is no ruling.
constexpr double kMaxThicknessPoints = 4.3;
// Pieces of one line: this far apart across it (neighbouring pixel rows)...
constexpr double kSameLinePoints = 1.5;
// ... and gaps along it up to this long (two pixels) join.
constexpr double kMaxGapPoints = 2.9;
// FindRulings calls a pixel ink when it is darker than 215 of 255.
constexpr double kMaxInkGray = 215.0 / 255.0;

// A straight piece of a horizontal (or, with x and y swapped, vertical) line.
struct Piece {
  double across = 0;          // y of a horizontal piece, x of a vertical one
  double begin = 0, end = 0;  // along it, begin <= end
};

// Reads a page's words as poppler-cpp's text_list does (a TextOutputDev with
// its settings) and, in the same pass, the horizontal and vertical pieces it
// strokes and fills. No glyph is drawn and no embedded font loaded (the
// TextOutputDev only places characters); shadings are skipped, as they fill
// areas rather than draw lines (and hold no text).
class PageCollector : public TextOutputDev {
 public:
  std::vector<Piece> horizontal, vertical;

  PageCollector()
      : TextOutputDev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                      /*append=*/false) {}

  bool useShadedFills(int /*type*/) override { return true; }
  bool functionShadedFill(GfxState* /*state*/, GfxFunctionShading* /*shading*/) override {
    return true;
  }
  bool axialShadedFill(GfxState* /*state*/, GfxAxialShading* /*shading*/, double /*t_min*/,
                       double /*t_max*/) override {
    return true;
  }
  bool radialShadedFill(GfxState* /*state*/, GfxRadialShading* /*shading*/, double /*s_min*/,
                        double /*s_max*/) override {
    return true;
  }
  bool gouraudTriangleShadedFill(GfxState* /*state*/,
                                 GfxGouraudTriangleShading* /*shading*/) override {
    return true;
  }
  bool patchMeshShadedFill(GfxState* /*state*/, GfxPatchMeshShading* /*shading*/) override {
    return true;
  }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    GfxGray gray;
    state->getStrokeColorSpace()->getGray(state->getStrokeColor(), &gray);
    if (!IsInk(colToDbl(gray), state->getStrokeOpacity())) return;
    if (state->getTransformedLineWidth() > kMaxThicknessPoints) return;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      for (int i = 1; i <= n; ++i) {
        if (i == n && !sub->isClosed()) break;
        const int a = i - 1, b = i % n;
        // A curve's control points are no line.
        if (sub->getCurve(a) || sub->getCurve(b)) continue;
        double x0, y0, x1, y1;
        state->transform(sub->getX(a), sub->getY(a), &x0, &y0);
        state->transform(sub->getX(b), sub->getY(b), &x1, &y1);
        AddSegment(state, x0, y0, x1, y1);
      }
    }
  }

  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    FillBoxes(state);
  }

  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    FillBoxes(state);
  }

  // Marked content the page opens and closes (BMC/BDC ... EMC): a page that
  // leaves some open leaves it open in its interpreter too.
  int marked_depth = 0;
  void beginMarkedContent(const char* name, Dict* properties) override {
    ++marked_depth;
    TextOutputDev::beginMarkedContent(name, properties);
  }
  void endMarkedContent(GfxState* state) override {
    --marked_depth;
    TextOutputDev::endMarkedContent(state);
  }

 private:
  static bool IsInk(double gray, double opacity) {
    // On white paper a translucent colour shows as its mix with white.
    return 1 - opacity * (1 - gray) < kMaxInkGray;
  }

  // A stroked segment that runs along an axis, within the clip.
  void AddSegment(const GfxState* state, double x0, double y0, double x1, double y1) {
    if (std::abs(y1 - y0) <= kSameLinePoints) {
      AddPiece(state, /*is_horizontal=*/true, (y0 + y1) / 2, x0, x1);
    } else if (std::abs(x1 - x0) <= kSameLinePoints) {
      AddPiece(state, /*is_horizontal=*/false, (x0 + x1) / 2, y0, y1);
    }
  }

  void AddPiece(const GfxState* state, bool is_horizontal, double across, double a0, double a1) {
    double x_min, y_min, x_max, y_max;
    state->getClipBBox(&x_min, &y_min, &x_max, &y_max);
    const double across_min = is_horizontal ? y_min : x_min;
    const double across_max = is_horizontal ? y_max : x_max;
    if (across < across_min || across > across_max) return;
    const double begin = std::max(std::min(a0, a1), is_horizontal ? x_min : y_min);
    const double end = std::min(std::max(a0, a1), is_horizontal ? x_max : y_max);
    if (end <= begin) return;
    (is_horizontal ? horizontal : vertical).push_back({across, begin, end});
  }

  // Filled subpaths that are upright boxes: a thin one is a line along its
  // long side (how Word and LibreOffice draw table borders).
  void FillBoxes(GfxState* state) {
    GfxGray gray;
    state->getFillColorSpace()->getGray(state->getFillColor(), &gray);
    if (!IsInk(colToDbl(gray), state->getFillOpacity())) return;
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      if (n < 4 || n > 5) continue;
      double xs[5], ys[5];
      bool curved = false;
      for (int i = 0; i < n; ++i) {
        curved = curved || sub->getCurve(i);
        state->transform(sub->getX(i), sub->getY(i), &xs[i], &ys[i]);
      }
      if (curved || !IsUprightBox(xs, ys, n)) continue;
      const double x0 = *std::min_element(xs, xs + n), x1 = *std::max_element(xs, xs + n);
      const double y0 = *std::min_element(ys, ys + n), y1 = *std::max_element(ys, ys + n);
      const double width = x1 - x0, height = y1 - y0;
      if (std::min(width, height) > kMaxThicknessPoints) continue;
      if (width >= height) {
        AddPiece(state, /*is_horizontal=*/true, (y0 + y1) / 2, x0, x1);
      } else {
        AddPiece(state, /*is_horizontal=*/false, (x0 + x1) / 2, y0, y1);
      }
    }
  }

  // Four corners (a fifth repeating the first) joined by axis-parallel sides.
  static bool IsUprightBox(const double* xs, const double* ys, int n) {
    constexpr double kSlack = 0.01;
    if (n == 5 && (std::abs(xs[4] - xs[0]) > kSlack || std::abs(ys[4] - ys[0]) > kSlack)) {
      return false;
    }
    for (int i = 0; i < 4; ++i) {
      const int j = (i + 1) % 4;
      if (std::abs(xs[i] - xs[j]) > kSlack && std::abs(ys[i] - ys[j]) > kSlack) return false;
    }
    return true;
  }
};

int Find(std::vector<int>* parent, int i) {
  while ((*parent)[static_cast<size_t>(i)] != i) {
    i = (*parent)[static_cast<size_t>(i)] =
        (*parent)[static_cast<size_t>((*parent)[static_cast<size_t>(i)])];
  }
  return i;
}

// Joins pieces of one line (close across it, touching or a short gap apart
// along it) and keeps the joined lines that are long enough, sorted by
// position: what FindRulings makes of the pixel runs they would render as.
// Shorter ones that may be a grid's segments go to `short_ones`
// (WithGridSegments decides).
std::vector<Ruling> JoinPieces(std::vector<Piece> pieces, bool is_horizontal,
                               std::vector<Ruling>* short_ones) {
  std::sort(pieces.begin(), pieces.end(),
            [](const Piece& a, const Piece& b) { return a.across < b.across; });
  std::vector<int> parent(pieces.size());
  std::iota(parent.begin(), parent.end(), 0);
  size_t window = 0;
  for (size_t i = 0; i < pieces.size(); ++i) {
    while (pieces[window].across < pieces[i].across - kSameLinePoints) ++window;
    for (size_t j = window; j < i; ++j) {
      if (pieces[j].begin <= pieces[i].end + kMaxGapPoints &&
          pieces[i].begin <= pieces[j].end + kMaxGapPoints) {
        parent[static_cast<size_t>(Find(&parent, static_cast<int>(i)))] =
            Find(&parent, static_cast<int>(j));
      }
    }
  }
  struct Extent {
    double begin = 0, end = -1, across_sum = 0;
    int count = 0;
  };
  std::vector<Extent> extents(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    Extent& e = extents[static_cast<size_t>(Find(&parent, static_cast<int>(i)))];
    if (e.count == 0 || pieces[i].begin < e.begin) e.begin = pieces[i].begin;
    e.end = std::max(e.end, pieces[i].end);
    e.across_sum += pieces[i].across;
    ++e.count;
  }
  std::vector<Ruling> rulings;
  for (const Extent& e : extents) {
    if (e.count == 0 || e.end - e.begin < kMinGridSegmentPoints) continue;
    const double across = e.across_sum / e.count;
    (e.end - e.begin >= kMinRulingPoints ? rulings : *short_ones)
        .push_back(is_horizontal ? Ruling{e.begin, across, e.end, across}
                                 : Ruling{across, e.begin, across, e.end});
  }
  std::sort(rulings.begin(), rulings.end(), [is_horizontal](const Ruling& a, const Ruling& b) {
    return is_horizontal ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  return rulings;
}

// A word's text as TextWord::getText gives it when the text encoding is
// UTF-8 (poppler's default, which bilag keeps): getText looks the encoding
// up in the global parameters (a lock and a search) for every word and
// makes a GooString, where the UTF-8 map is mapUTF8 called per character.
std::string Utf8Text(const TextWord& word) {
  std::string text;
  text.reserve(static_cast<size_t>(word.getLength()));
  char bytes[8];
  for (int i = 0; i < word.getLength(); ++i) {
    text.append(bytes, static_cast<size_t>(mapUTF8(*word.getChar(i), bytes, sizeof(bytes))));
  }
  return text;
}

// Whether two objects of a page's resources say the same: the same
// reference, or equal values (dictionaries and arrays entry by entry, down
// to kMaxResourceDepth levels).
constexpr int kMaxResourceDepth = 4;

bool SameResource(const Object& a, const Object& b, int depth) {
  if (a.getType() != b.getType()) return false;
  switch (a.getType()) {
    case objRef:
      return a.getRef() == b.getRef();
    case objName:
      return std::string_view(a.getName()) == b.getName();
    case objInt:
      return a.getInt() == b.getInt();
    case objInt64:
      return a.getInt64() == b.getInt64();
    case objReal:
      return a.getReal() == b.getReal();
    case objBool:
      return a.getBool() == b.getBool();
    case objNull:
      return true;
    case objString:
      return a.getString()->cmp(b.getString()) == 0;
    case objArray: {
      const Array* x = a.getArray();
      const Array* y = b.getArray();
      if (depth <= 0 || x->getLength() != y->getLength()) return false;
      for (int i = 0; i < x->getLength(); ++i) {
        if (!SameResource(x->getNF(i), y->getNF(i), depth - 1)) return false;
      }
      return true;
    }
    case objDict: {
      const Dict* x = a.getDict();
      const Dict* y = b.getDict();
      if (depth <= 0 || x->getLength() != y->getLength()) return false;
      for (int i = 0; i < x->getLength(); ++i) {
        if (!SameResource(x->getValNF(i), y->lookupNF(x->getKey(i)), depth - 1)) return false;
      }
      return true;
    }
    default:  // streams and the rest are never inline in resources
      return false;
  }
}

// Whether a page may be drawn through a session: it has resources, and no
// annotations (drawn after the content, the ordinary way).
bool MayShareInterpreter(::Page* page) {
  const Object annots = page->getAnnotsObject();
  const bool annotated = !annots.isNull() && !(annots.isArray() && annots.arrayGetLength() == 0);
  return !annotated && page->getResourceDict() != nullptr;
}

// Whether page `b` draws in the same setting as `a`: resources, boxes and
// rotation.
bool SameSetting(::Page* a, ::Page* b) {
  return a->getRotate() == b->getRotate() && *a->getMediaBox() == *b->getMediaBox() &&
         *a->getCropBox() == *b->getCropBox() &&
         SameResource(*a->getResourceDictObject(), *b->getResourceDictObject(), kMaxResourceDepth);
}

}  // namespace

// poppler draws a page through a new interpreter (Gfx), whose resources
// parse every font the page's resources name (widths, encodings, ToUnicode
// maps): most of a text-layer page's cost, paid again for each page though
// the pages of a document share their fonts. A session keeps the
// interpreter of the last page and draws the next page through it when the
// two pages have the same setting, as poppler's Page::displaySlice does
// (save, interpret the content, restore: the state is the page's own again
// after each page). What the interpreter keeps beyond the graphics state is
// marked content a page leaves open; such a page ends the session.
struct PdfDrawing::Session {
  PageCollector collector;
  std::unique_ptr<Gfx> gfx;
  ::Page* page = nullptr;  // the page whose setting `gfx` has

  ~Session() {
    if (!gfx) return;
    // ~Gfx ends the collector's page once more: let it end an empty one.
    collector.startPage(0, gfx->getState(), nullptr);
    gfx.reset();
  }
};

PdfDrawing::PdfDrawing(CorePdf pdf) : pdf_(std::move(pdf)) {}

PdfDrawing::~PdfDrawing() = default;

Result<std::unique_ptr<PdfDrawing>> PdfDrawing::Open(const std::string& bytes,
                                                     const std::string& password) {
  Result<CorePdf> pdf = OpenCorePdf(bytes, password, "read for rulings");
  if (!pdf.ok()) return pdf.status();
  return std::unique_ptr<PdfDrawing>(new PdfDrawing(std::move(pdf).value()));
}

namespace {

// The words and rulings the collector gathered from one page; leaves it
// ready for the next.
DrawnPage TakePage(PageCollector* collector) {
  DrawnPage page;
  const std::unique_ptr<TextWordList> words = collector->makeWordList();
  page.words.reserve(static_cast<size_t>(words->getLength()));
  const bool utf8 = globalParams->getTextEncodingName() == "UTF-8";
  for (int i = 0; i < words->getLength(); ++i) {
    const TextWord* word = words->get(i);
    DrawnWord drawn;
    if (utf8) {
      drawn.utf8 = Utf8Text(*word);
    } else {
      const std::unique_ptr<GooString> text(word->getText());
      drawn.utf8 = text->toStr();
    }
    double x_max = 0, y_max = 0;
    word->getBBox(&drawn.box.x0, &drawn.box.y0, &x_max, &y_max);
    // As poppler-cpp's rectf gives them (corner plus size), to the last bit.
    drawn.box.x1 = drawn.box.x0 + (x_max - drawn.box.x0);
    drawn.box.y1 = drawn.box.y0 + (y_max - drawn.box.y0);
    drawn.rotation = word->getRotation();
    const GooString* font = word->getLength() > 0 ? word->getFontName(0) : nullptr;
    if (font != nullptr) drawn.font = font->toStr();
    drawn.font_size = word->getFontSize();
    page.words.push_back(std::move(drawn));
  }
  std::vector<Ruling> short_ones;
  page.rulings = JoinPieces(std::move(collector->horizontal), true, &short_ones);
  std::vector<Ruling> vertical = JoinPieces(std::move(collector->vertical), false, &short_ones);
  page.rulings.insert(page.rulings.end(), vertical.begin(), vertical.end());
  page.rulings = WithGridSegments(std::move(page.rulings), short_ones, /*on_scan=*/false);
  collector->horizontal.clear();
  collector->vertical.clear();
  return page;
}

// Interprets `page`'s content through `gfx` as Page::displaySlice does, the
// collector's page begun already (a new Gfx begins it) or, with `begin`, begun
// here on the interpreter's state, which is the page's own between pages.
void DrawContent(::Page* page, Gfx* gfx, PageCollector* collector, bool begin, int number) {
  if (begin) {
    collector->startPage(number, gfx->getState(), nullptr);
    collector->setDefaultCTM(gfx->getState()->getCTM());
    collector->updateAll(gfx->getState());
  }
  Object content = page->getContents();
  if (!content.isNull()) {
    gfx->saveState();
    gfx->display(&content);
    gfx->restoreState();
  } else {
    collector->dump();
  }
  collector->endPage();
}

}  // namespace

Result<DrawnPage> PdfDrawing::Read(int index) const {
  const std::string where = "page " + std::to_string(index + 1);
  if (index < 0 || index >= pdf_.doc->getNumPages()) {
    return Status::Error(ErrorCode::kRenderFailed, where + " is missing from the PDF");
  }
  try {
    // The ordinary way: a new interpreter for this page alone.
    auto read_alone = [&] {
      PageCollector collector;
      // text_list's settings: 72 dpi (device units are points), the page's
      // /Rotate, the crop box.
      pdf_.doc->displayPageSlice(&collector, index + 1, 72, 72, 0, /*useMediaBox=*/false,
                                 /*crop=*/false, /*printing=*/false, -1, -1, -1, -1);
      return TakePage(&collector);
    };
    ::Page* const pdf_page = pdf_.doc->getPage(index + 1);
    const bool shareable = pdf_page != nullptr && MayShareInterpreter(pdf_page);
    const bool go_on = shareable && session_ && SameSetting(session_->page, pdf_page);
    if (go_on) {
      DrawContent(pdf_page, session_->gfx.get(), &session_->collector, /*begin=*/true, index + 1);
    } else {
      session_.reset();
      if (!shareable) return read_alone();  // annotations, or no resources
      session_ = std::make_unique<Session>();
      session_->gfx.reset(pdf_page->createGfx(&session_->collector, 72, 72, 0,
                                              /*useMediaBox=*/false, /*crop=*/false, -1, -1, -1, -1,
                                              /*printing=*/false, nullptr, nullptr));
      DrawContent(pdf_page, session_->gfx.get(), &session_->collector, /*begin=*/false, index + 1);
    }
    DrawnPage page = TakePage(&session_->collector);
    session_->page = pdf_page;
    if (session_->collector.marked_depth != 0) session_.reset();
    // A page hidden by marked content that the page before left open (an
    // optional content group switched off, which the collector may not be
    // told of) reads as nothing through the session: read it afresh.
    if (go_on && page.words.empty() && page.rulings.empty()) {
      session_.reset();
      return read_alone();
    }
    return page;
  } catch (const std::bad_alloc&) {
    session_.reset();
    return Status::Error(ErrorCode::kRenderFailed, where + ": out of memory while reading it");
  } catch (const std::exception& e) {
    session_.reset();
    return Status::Error(ErrorCode::kRenderFailed, where + ": poppler failed: " + e.what());
  }
}

Result<std::vector<Ruling>> PdfDrawing::Rulings(int index) const {
  Result<DrawnPage> page = Read(index);
  if (!page.ok()) return page.status();
  return std::move(page->rulings);
}

}  // namespace bilag
