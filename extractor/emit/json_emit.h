// Emit: the JSON output contract (../shared/spec/output-contract.md, checked
// by schema/bilag.schema.json). The only stage that includes nlohmann-json.
//
// Output is deterministic: keys in the contract's order, initiative fields in
// sorted order, numbers formatted the same way on every run. Nothing here
// depends on time, locale or hash-map order.
#ifndef BILAG_EXTRACTOR_EMIT_JSON_EMIT_H_
#define BILAG_EXTRACTOR_EMIT_JSON_EMIT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/model/extraction.h"

namespace bilag {

// What the output says about the run rather than the document.
struct RunInfo {
  std::string tool_version;
  std::string rules_sha256;            // hash of the loaded rule set; empty = none loaded
  std::vector<std::string> rule_dirs;  // as given
};

// Identity of an input, also known when it could not be ingested.
struct SourceInfo {
  std::string path;        // as given on the command line
  std::string sha256;      // empty when the file could not be read
  std::string media_type;  // empty when unknown
};

// One document's JSON object. pretty: indented (one input on a terminal);
// otherwise one line (JSON Lines).
std::string EmitExtractionJson(const Extraction& extraction, const RunInfo& run, bool pretty);

// Where streamed JSON goes, piece by piece; false stops the writing (a
// failed write).
using JsonSink = std::function<bool(std::string_view)>;

// The same bytes as EmitExtractionJson, written as they are produced: the
// large arrays (initiatives, budget cells, corrections, warnings) one element
// at a time, so a large document never has its whole output in memory.
// False when the sink refused a piece.
bool StreamExtractionJson(const Extraction& extraction, const RunInfo& run, bool pretty,
                          const JsonSink& sink);

// The object for an input that failed: its source and {"error": {code, message}}.
std::string EmitErrorJson(const SourceInfo& source, const Status& error, const RunInfo& run,
                          bool pretty);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EMIT_JSON_EMIT_H_
