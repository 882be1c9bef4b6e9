#include "extractor/extractor.h"

#include "extractor/base/sha256.h"
#include "extractor/ingest/media_type.h"

namespace bilag {

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  Extractor extractor(options);
  extractor.run_.tool_version = kToolVersion;
  return extractor;
}

Result<Document> Extractor::ReadText(const std::string& path, bool raw) const {
  Result<Document> doc = IngestFile(path, options_.ingest);
  if (!doc.ok() || raw) return doc;
  Normalise(options_.normalise, &doc.value());
  return doc;
}

Outcome Extractor::Extract(const std::string& path) const {
  Outcome outcome;
  outcome.source.path = path;
  Result<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) {
    outcome.status = bytes.status();
    return outcome;
  }
  outcome.source.sha256 = Sha256Hex(*bytes);
  outcome.source.media_type = SniffMediaType(*bytes);
  Result<Document> doc = IngestBytes(path, *bytes, options_.ingest);
  if (!doc.ok()) {
    outcome.status = doc.status();
    return outcome;
  }
  Normalise(options_.normalise, &doc.value());
  Extraction extraction;
  extraction.document = std::move(doc).value();
  outcome.extraction = std::move(extraction);
  return outcome;
}

std::string Extractor::ToJson(const Outcome& outcome, bool pretty) const {
  if (!outcome.status.ok() || !outcome.extraction) {
    return EmitErrorJson(outcome.source, outcome.status, run_, pretty);
  }
  return EmitExtractionJson(*outcome.extraction, run_, pretty);
}

std::string RenderText(const Document& doc, bool numbered) {
  std::string out;
  for (const Page& page : doc.pages) {
    if (page.number > 1) out += '\f';
    for (const Line& line : page.lines) {
      if (numbered) {
        out += std::to_string(line.page) + ':' + std::to_string(line.number) + ": ";
      }
      out += line.text;
      out += '\n';
    }
  }
  return out;
}

}  // namespace bilag
