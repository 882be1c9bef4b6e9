#include "extractor/ingest/ingest.h"

#include <unistd.h>

#include <utility>

#include "extractor/base/file_io.h"
#include "extractor/base/media_type.h"
#include "extractor/base/sha256.h"
#include "extractor/ingest/ocr_plan.h"
#include "extractor/ingest/pdf_ingest.h"
#include "extractor/ingest/text_ingest.h"
#include "extractor/ocr/ocr_pages.h"
#include "extractor/render/image_decode.h"

namespace bilag {

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") return ReadAll(STDIN_FILENO, "standard input");
  return ReadRegularFile(path);
}

namespace {

// Prefixes a stage's message with the source, so every error names its file.
Status Located(std::string_view path, const Status& status) {
  return Status::Error(status.code(), std::string(path) + ": " + status.message());
}

// The text layer, then OCR of the pages the plan names (ocr_plan.h).
Status IngestPdfThenOcr(const std::string& bytes, const IngestOptions& options, Document* doc) {
  Status pdf_status = IngestPdf(bytes, options, doc);
  const bool nothing_readable = pdf_status.code() == ErrorCode::kNeedsOcr;
  if (!pdf_status.ok() && !nothing_readable) return pdf_status;
  if (options.ocr.mode == OcrMode::kNever) {
    if (!nothing_readable) return pdf_status;
    return Status::Error(ErrorCode::kNeedsOcr,
                         "no text layer on any page: the scan needs OCR, which is turned off "
                         "(--ocr never)");
  }
  return OcrPdfPages(bytes, options.password, PlanPdfOcr(*doc, options.ocr, nothing_readable),
                     options.ocr, doc);
}

// An image is handed to OCR whole: one empty page per frame, each planned.
Status IngestImage(const std::string& bytes, const IngestOptions& options, Document* doc) {
  if (options.ocr.mode == OcrMode::kNever) {
    return Status::Error(ErrorCode::kNeedsOcr,
                         doc->media_type + " image needs OCR, which is turned off (--ocr never)");
  }
  Result<int> frames = CountImageFrames(bytes);
  if (!frames.ok()) return frames.status();
  doc->pages.assign(static_cast<size_t>(*frames), Page());
  for (int i = 0; i < *frames; ++i) {
    doc->pages[static_cast<size_t>(i)].number = i + 1;
    doc->pages[static_cast<size_t>(i)].needs_ocr = true;
  }
  return OcrImagePages(bytes, PlanImageOcr(*doc), options.ocr, doc);
}

}  // namespace

Result<Document> IngestFile(const std::string& path, const IngestOptions& options) {
  Result<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return bytes.status();
  return IngestBytes(path, std::move(bytes).value(), options);
}

Result<Document> IngestBytes(std::string_view display_path, std::string bytes,
                             const IngestOptions& options) {
  std::string sha256 = Sha256Hex(bytes);
  return IngestHashedBytes(display_path, std::move(bytes), std::move(sha256), options);
}

Result<Document> IngestHashedBytes(std::string_view display_path, std::string bytes,
                                   std::string sha256, const IngestOptions& options) {
  if (bytes.empty()) {
    return Status::Error(ErrorCode::kEmptyFile, std::string(display_path) + ": file is empty");
  }
  Document doc;
  doc.source_path = std::string(display_path);
  doc.sha256 = std::move(sha256);
  doc.media_type = SniffMediaType(bytes);

  Status status;
  if (doc.media_type == "application/pdf") {
    status = IngestPdfThenOcr(bytes, options, &doc);
  } else if (doc.media_type == "text/plain" || doc.media_type == "text/html") {
    status = IngestText(std::move(bytes), &doc, options.list_markers);
  } else if (doc.media_type.starts_with("image/")) {
    status = IngestImage(bytes, options, &doc);
  } else {
    status = Status::Error(ErrorCode::kUnsupportedFormat,
                           "not a PDF, image or text file (binary data of unknown kind)");
  }
  if (!status.ok()) return Located(display_path, status);
  return doc;
}

}  // namespace bilag
