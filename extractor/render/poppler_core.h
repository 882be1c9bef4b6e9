// A PDF opened with poppler's core (libpoppler-private-dev), the library
// poppler-cpp wraps, for what poppler-cpp does not expose: a page's drawing
// operators (extractor/ingest/pdf_drawing.h) and a scanned page's own image
// (extractor/render/pdf_page_image.h). One place, so that both open the
// bytes alike and keep poppler's globals alive as long as their document.
#ifndef BILAG_EXTRACTOR_RENDER_POPPLER_CORE_H_
#define BILAG_EXTRACTOR_RENDER_POPPLER_CORE_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "extractor/base/status.h"

class GlobalParamsIniter;
class PDFDoc;

namespace bilag {

// Not thread-safe: poppler reads one document from one thread at a time.
struct CorePdf {
  CorePdf();
  CorePdf(CorePdf&&) noexcept;
  CorePdf& operator=(CorePdf&&) = delete;
  ~CorePdf();

  // poppler's globalParams, which the core needs: a count that poppler-cpp's
  // documents share, under a lock. Declared first, so destroyed after `doc`.
  std::unique_ptr<GlobalParamsIniter> params;
  std::unique_ptr<PDFDoc> doc;
};

// Opens the PDF in `bytes`, which must outlive the result (poppler reads
// them in place), with `password` if it is encrypted; poppler's messages are
// dropped. Fails with pdf-damaged, or pdf-encrypted ("PDF is encrypted and
// cannot be " + `purpose`, e.g. "read for rulings").
Result<CorePdf> OpenCorePdf(const std::string& bytes, const std::string& password,
                            std::string_view purpose);

// Held while a page is drawn or read through poppler (either library):
// the first such page in the process is drawn alone, since poppler creates
// its global colour profiles in the first GfxState it builds, without a
// lock, and two threads doing that at once can free each other's profile.
// Later pages take no lock.
class FirstPopplerDraw {
 public:
  FirstPopplerDraw();
  ~FirstPopplerDraw();
  FirstPopplerDraw(const FirstPopplerDraw&) = delete;
  FirstPopplerDraw& operator=(const FirstPopplerDraw&) = delete;

 private:
  std::unique_lock<std::mutex> lock_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_RENDER_POPPLER_CORE_H_
