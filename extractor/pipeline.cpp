#include "extractor/pipeline.h"

#include "extractor/base/media_type.h"
#include "extractor/base/sha256.h"

namespace bilag {

Result<Document> PrepareDocument(Source* source, const PrepareOptions& options) {
  if (!source->bytes) {
    Result<std::string> bytes = ReadInput(source->path);
    if (!bytes.ok()) return bytes.status();
    source->bytes = std::move(bytes).value();
    source->sha256.clear();
  }
  if (source->sha256.empty()) source->sha256 = Sha256Hex(*source->bytes);
  source->media_type = SniffMediaType(*source->bytes);
  // Handed over: the pages hold what later stages read, and text lets the
  // bytes go as soon as they are decoded (50 MB of text is 50 MB less).
  std::string bytes = std::move(*source->bytes);
  source->bytes.reset();
  Result<Document> doc =
      IngestHashedBytes(source->path, std::move(bytes), source->sha256, options.ingest);
  if (!doc.ok() || options.last == Stage::kIngest) return doc;
  AnalyseLayout(&doc.value(), options.layout);
  if (options.last == Stage::kLayout) return doc;
  Normalise(options.normalise, &doc.value());
  if (options.last == Stage::kNormalise || options.repairer == nullptr) return doc;
  options.repairer->Repair(&doc.value());
  return doc;
}

}  // namespace bilag
