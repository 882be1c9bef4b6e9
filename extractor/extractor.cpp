#include "extractor/extractor.h"

#include "extractor/base/sha256.h"
#include "extractor/extract/extract.h"
#include "extractor/ingest/media_type.h"
#include "extractor/rules/rule_loader.h"

namespace bilag {

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  Extractor extractor(options);
  Result<RuleSet> rules = LoadRuleSet(options.rule_dirs);
  if (!rules.ok()) return rules.status();
  extractor.rules_ = std::move(rules).value();
  extractor.run_.tool_version = kToolVersion;
  extractor.run_.rules_sha256 = extractor.rules_.sha256;
  extractor.run_.rule_dirs =
      options.rule_dir_names.empty() ? options.rule_dirs : options.rule_dir_names;
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
  outcome.extraction = bilag::Extract(rules_, std::move(doc).value());
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
