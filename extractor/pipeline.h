// The order of the stages, in code: every input that becomes a Document
// passes through PrepareDocument, whether `bilag extract`, `text`, `explain`,
// `report`, `import` or a test asked for it.
//
//   read       base/file_io      the bytes, once (ReadInput)
//   hash       base/sha256       their SHA-256, once (the JSON's source.sha256,
//                                the import's key and the OCR cache's key)
//   ingest     ingest/           bytes -> pages of lines and words (PDF text
//                                layer, text and HTML files); plans which
//                                pages need OCR (ingest/ocr_plan.h)
//   ocr        ocr/, render/     the planned pages, rendered or decoded and
//                                read by Tesseract (called by ingest)
//   layout     layout/           side columns, tables (rows, cells, headers),
//                                line roles: from geometry, before any text
//                                changes, so word boxes still match the words
//   normalise  normalise/        NFC, whitespace, de-hyphenation
//   repair     repair/           OCR artefact repair (--repair), logged
//   extract    extract/          rules -> metadata, initiatives, budget
//   emit       emit/             the JSON output contract
//
// Extract and emit are the facade's (extractor.h): they need the loaded rule
// set and the run's options, which a Document does not carry.
#ifndef BILAG_EXTRACTOR_PIPELINE_H_
#define BILAG_EXTRACTOR_PIPELINE_H_

#include <optional>
#include <string>
#include <utility>

#include "extractor/base/status.h"
#include "extractor/ingest/ingest.h"
#include "extractor/layout/layout.h"
#include "extractor/model/document.h"
#include "extractor/normalise/normalise.h"
#include "extractor/repair/repair.h"

namespace bilag {

// The stages PrepareDocument runs, in order; it stops after `last`.
enum class Stage { kIngest, kLayout, kNormalise, kRepair };

struct PrepareOptions {
  IngestOptions ingest;
  NormaliseOptions normalise;
  // Null = no repair stage (tests of the earlier stages; `--repair off` is a
  // Repairer that changes nothing but still reports).
  const Repairer* repairer = nullptr;
  Stage last = Stage::kRepair;
  // The rules' words the layout stage reads (list markers, table notes);
  // the Extractor fills it from its rule set, the default is the shipped
  // rules' words.
  LayoutOptions layout;
};

// An input by path ("-" = standard input), or bytes a caller has already read
// and hashed (`bilag import` hashes first to skip what it has stored).
struct Source {
  explicit Source(std::string path_) : path(std::move(path_)) {}
  Source(std::string path_, std::string bytes_, std::string sha256_ = {})
      : path(std::move(path_)), bytes(std::move(bytes_)), sha256(std::move(sha256_)) {}

  std::string path;
  std::optional<std::string> bytes;  // taken by PrepareDocument
  std::string sha256;                // of the bytes; set by PrepareDocument when empty
  std::string media_type;            // set by PrepareDocument once the bytes are read
};

// Reads and hashes `*source` once, then runs the stages up to options.last.
// `*source` keeps its identity (sha256, media type) as far as the input could
// be read, also when the result is an error; errors name the path (ingest.h
// lists the codes).
Result<Document> PrepareDocument(Source* source, const PrepareOptions& options);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_PIPELINE_H_
