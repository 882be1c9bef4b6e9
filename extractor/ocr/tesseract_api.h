// The part of Tesseract's C API (tesseract/capi.h) that bilag calls, as
// pointers bound in the library loaded at run time (tesseract_library.h).
// Declared through decltype of the header's own declarations, so a change
// of signature in a new Tesseract fails to compile instead of misbehaving.
#ifndef BILAG_EXTRACTOR_OCR_TESSERACT_API_H_
#define BILAG_EXTRACTOR_OCR_TESSERACT_API_H_

#include <tesseract/capi.h>

#include "extractor/ocr/tesseract_library.h"

// X(name) for each function bound: one list for the members and the dlsym.
#define BILAG_TESSERACT_FUNCTIONS(X)        \
  X(TessVersion)                            \
  X(TessDeleteText)                         \
  X(TessBaseAPICreate)                      \
  X(TessBaseAPIDelete)                      \
  X(TessBaseAPIEnd)                         \
  X(TessBaseAPISetVariable)                 \
  X(TessBaseAPIInit2)                       \
  X(TessBaseAPISetPageSegMode)              \
  X(TessBaseAPISetImage)                    \
  X(TessBaseAPISetSourceResolution)         \
  X(TessBaseAPIRecognize)                   \
  X(TessBaseAPIGetIterator)                 \
  X(TessBaseAPIClear)                       \
  X(TessBaseAPIClearAdaptiveClassifier)     \
  X(TessBaseAPIDetectOrientationScript)     \
  X(TessResultIteratorDelete)               \
  X(TessResultIteratorNext)                 \
  X(TessResultIteratorGetUTF8Text)          \
  X(TessResultIteratorConfidence)           \
  X(TessResultIteratorGetPageIteratorConst) \
  X(TessPageIteratorIsAtBeginningOf)        \
  X(TessPageIteratorBoundingBox)

namespace bilag {

struct TesseractApi {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `name` is a declarator
#define BILAG_TESSERACT_MEMBER(name) decltype(&::name) name = nullptr;
  BILAG_TESSERACT_FUNCTIONS(BILAG_TESSERACT_MEMBER)
#undef BILAG_TESSERACT_MEMBER
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_OCR_TESSERACT_API_H_
