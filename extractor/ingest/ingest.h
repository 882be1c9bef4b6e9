// Ingest: turns the bytes of one input into a Document of pages and lines,
// before any normalisation (what `bilag text --raw` prints).
//
// The media type is sniffed from the bytes, not trusted from the file name:
//   application/pdf      -> poppler-cpp, page by page, words with boxes
//   text/plain, text/html-> text ingest (encodings, page marks, HTML cells,
//                           tab-separated and markdown tables)
//   image/png|tiff|jpeg  -> one empty page per frame, handed to OCR
// Which pages OCR reads (a PDF's pages without a usable text layer, every
// frame of an image) is decided here, as IngestOptions::ocr says, and handed
// to the OCR stage as an OcrPlan (extractor/ingest/ocr_plan.h,
// extractor/ocr/ocr_pages.h).
//
// Failure (Status codes, also used in the JSON "error" object):
//   file-not-found, is-directory, not-a-file, read-error, empty-file,
//   unsupported-format,
//   pdf-damaged, pdf-encrypted, pdf-no-pages, needs-ocr, ocr-unavailable,
//   ocr-failed, image-damaged.
// Recoverable oddities (Latin-1 text converted, NUL bytes dropped) are
// Document warnings instead.
#ifndef BILAG_EXTRACTOR_INGEST_INGEST_H_
#define BILAG_EXTRACTOR_INGEST_INGEST_H_

#include <string>
#include <string_view>

#include "extractor/base/list_markers.h"
#include "extractor/base/status.h"
#include "extractor/model/document.h"
#include "extractor/ocr/ocr_options.h"

namespace bilag {

struct IngestOptions {
  // Password for encrypted PDFs (owner or user password); empty = none.
  std::string password;
  // Scanned pages and images: see extractor/ingest/ocr_plan.h (which pages)
  // and extractor/ocr/ocr_pages.h (how they are read).
  OcrOptions ocr;
  // Find ruling lines on text-layer pages with tables (rulings.h), from the
  // paths the page draws (pdf_drawing.h) or, failing that, a low-resolution
  // render; only table reading uses them.
  bool find_rulings = true;
  // The rules' list markers ([[list_marker]]): in text laid out with spaces,
  // a marker set apart from its item makes no column.
  ListMarkers list_markers = BuiltinListMarkers();
};

// Reads all bytes of `path` ("-" reads standard input). Fails with
// file-not-found, is-directory, not-a-file (a FIFO or device: refused without
// waiting on it) or read-error; the message names the path and the reason.
Result<std::string> ReadInput(const std::string& path);

// Reads `path` and ingests it. The Document's source_path is `path` as given,
// sha256 is of the bytes read.
Result<Document> IngestFile(const std::string& path, const IngestOptions& options);

// Ingests bytes already in memory; `display_path` only names the source in
// messages and in Document::source_path. Takes the bytes, so that text can
// let them go once decoded (a large text is not held twice).
Result<Document> IngestBytes(std::string_view display_path, std::string bytes,
                             const IngestOptions& options);

// IngestBytes for a caller that has already hashed the bytes (`sha256`, as
// Sha256Hex gives it), so that each input is hashed once.
Result<Document> IngestHashedBytes(std::string_view display_path, std::string bytes,
                                   std::string sha256, const IngestOptions& options);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_INGEST_H_
