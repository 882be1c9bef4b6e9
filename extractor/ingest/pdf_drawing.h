// Rulings of a text-layer PDF page read from its drawing operators (the
// paths it strokes and fills) instead of from a render: a render draws every
// glyph, loading the embedded fonts, to find a few lines the page states
// outright. poppler-cpp does not expose drawing, so this is the one file that
// uses poppler's core (libpoppler-private-dev) through an OutputDev that
// keeps only paths.
//
// The rulings mean what FindRulings (rulings.h) finds in a 50 dpi render, so
// the layout stage reads them alike: lines and thin filled boxes at least
// kMinRulingPoints long, darker than the paper, pieces of one line joined;
// areas thicker than a few points (a shaded header band, a dark cell) are no
// ruling, since the render finds none in them either.
#ifndef BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_
#define BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_

#include <memory>
#include <string>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/document.h"

class GlobalParamsIniter;
class PDFDoc;

namespace bilag {

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

  // The rulings page `index` (0-based) draws, in points from the top left
  // corner of the page as displayed (after /Rotate, within the crop box),
  // horizontal ones first, each group sorted by position. Fails with
  // render-failed when poppler cannot interpret the page.
  Result<std::vector<Ruling>> Rulings(int index) const;

 private:
  PdfDrawing(std::unique_ptr<GlobalParamsIniter> params, std::unique_ptr<PDFDoc> doc);

  // Keeps poppler's globalParams, which the core needs, alive while the
  // document is: a count that poppler-cpp's documents share, under a lock.
  std::unique_ptr<GlobalParamsIniter> params_;
  std::unique_ptr<PDFDoc> doc_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_PDF_DRAWING_H_
