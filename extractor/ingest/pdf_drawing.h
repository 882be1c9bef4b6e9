// A text-layer PDF page read in one pass over its content through poppler's
// core (libpoppler-private-dev): its words, as poppler-cpp's text_list gives
// them (the same TextOutputDev, without text_list's per-word copies and its
// second parse of the page's fonts for their names), and its rulings from
// the drawing operators (the paths it strokes and fills) instead of from a
// render, which draws every glyph, loading the embedded fonts, to find a few
// lines the page states outright. poppler-cpp exposes neither.
//
// The rulings mean what FindRulings (rulings.h) finds in a 50 dpi render, so
// the layout stage reads them alike: lines and thin filled boxes at least
// kMinRulingPoints long (shorter ones between two of those: a grid's
// segments, WithGridSegments), darker than the paper, pieces of one line
// joined;
// areas thicker than a few points (a shaded header band, a dark cell) are no
// ruling, since the render finds none in them either.
#ifndef BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_
#define BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_

#include <memory>
#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/document.h"
#include "extractor/render/poppler_core.h"

namespace bilag {

// A word as poppler's TextOutputDev reads it: what poppler-cpp's text_list
// gives, before its conversions (pdf_ingest.cpp makes a Word of it).
struct DrawnWord {
  std::string utf8;  // poppler's UTF-8, unchecked
  Box box;
  int rotation = 0;  // 0..3, quarter turns clockwise
  std::string font;  // the name the PDF gives its first character's font
  double font_size = 0;
};

// A page's words, in poppler's reading order, and its rulings.
struct DrawnPage {
  std::vector<DrawnWord> words;
  std::vector<Ruling> rulings;
};

class PdfDrawing {
 public:
  // Opens the PDF in `bytes`, which must outlive the object (poppler reads
  // them in place), with `password` if it is encrypted. Fails with
  // pdf-damaged or pdf-encrypted. Not thread-safe: one per thread.
  static Result<std::unique_ptr<PdfDrawing>> Open(const std::string& bytes,
                                                  const std::string& password);

  PdfDrawing(const PdfDrawing&) = delete;
  PdfDrawing& operator=(const PdfDrawing&) = delete;
  ~PdfDrawing();

  // The words and rulings of page `index` (0-based) in one pass over its
  // content, in points from the top left corner of the page as displayed
  // (after /Rotate, within the crop box); rulings horizontal first, each
  // group sorted by position. Fails with render-failed when poppler cannot
  // interpret the page. Pages read in a row that share their resources are
  // read through one interpreter, which parses their fonts once (poppler
  // parses every font of a page's resources for each page it draws).
  Result<DrawnPage> Read(int index) const;
  // Read(index)'s rulings.
  Result<std::vector<Ruling>> Rulings(int index) const;

 private:
  explicit PdfDrawing(CorePdf pdf);

  // The interpreter of the last page read, kept for the next page when that
  // page has the same resources, boxes and rotation (pdf_drawing.cpp).
  struct Session;

  CorePdf pdf_;
  mutable std::unique_ptr<Session> session_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_
