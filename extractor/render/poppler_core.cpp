#include "extractor/render/poppler_core.h"

#include <atomic>
#include <exception>
#include <new>
#include <optional>
#include <utility>

#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <goo/GooString.h>

namespace bilag {
namespace {

void IgnoreError(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {}

std::mutex first_draw_mutex;
std::atomic<bool> first_draw_done{false};
// Whether this thread holds the lock: a page read may render the page
// inside (pdf_ingest.cpp renders a page for its rulings), and the inner
// draw is part of the first one.
thread_local bool holding_first_draw = false;

}  // namespace

CorePdf::CorePdf() = default;
CorePdf::CorePdf(CorePdf&&) noexcept = default;
CorePdf::~CorePdf() = default;

Result<CorePdf> OpenCorePdf(const std::string& bytes, const std::string& password,
                            std::string_view purpose) {
  try {
    CorePdf pdf;
    pdf.params = std::make_unique<GlobalParamsIniter>(IgnoreError);
    std::optional<GooString> pw;
    if (!password.empty()) pw.emplace(password);
    // PDFDoc owns the stream, which reads `bytes` in place.
    pdf.doc = std::make_unique<PDFDoc>(
        new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull)), pw,
        pw);
    if (!pdf.doc->isOk()) {
      if (pdf.doc->getErrorCode() == errEncrypted) {
        return Status::Error(ErrorCode::kPdfEncrypted,
                             "PDF is encrypted and cannot be " + std::string(purpose));
      }
      return Status::Error(ErrorCode::kPdfDamaged, "not a readable PDF (damaged or truncated)");
    }
    return pdf;
  } catch (const std::bad_alloc&) {
    return Status::Error(ErrorCode::kPdfDamaged, "out of memory while opening the PDF");
  } catch (const std::exception& e) {
    return Status::Error(ErrorCode::kPdfDamaged, std::string("poppler failed: ") + e.what());
  }
}

FirstPopplerDraw::FirstPopplerDraw() {
  if (holding_first_draw || first_draw_done.load(std::memory_order_acquire)) return;
  lock_ = std::unique_lock<std::mutex>(first_draw_mutex);
  // Another thread drew the first page while this one waited.
  if (first_draw_done.load(std::memory_order_relaxed)) {
    lock_.unlock();
    return;
  }
  holding_first_draw = true;
}

FirstPopplerDraw::~FirstPopplerDraw() {
  if (!lock_.owns_lock()) return;
  first_draw_done.store(true, std::memory_order_release);
  holding_first_draw = false;
}

}  // namespace bilag
