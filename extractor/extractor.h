// bilag's facade: where a newcomer starts reading.
//
// An Extractor holds everything that is loaded once per run (options and the
// rule set) and runs the pipeline for one input, the stages in this order
// (README.md, "Stage map", tells the same):
//
//   ingest     extractor/ingest     bytes -> Document of pages, lines, words: PDF text
//                                   layer, text and HTML files; plans which pages need
//                                   OCR (ingest/ocr_plan.h) and hands the plan on
//   ocr        extractor/ocr        reads the planned pages with Tesseract, rendered or
//                                   decoded by extractor/render
//   layout     extractor/layout     side columns, tables (from word boxes and the rulings
//                                   ingest and OCR found with layout/rulings.h), roles
//   normalise  extractor/normalise  NFC, whitespace, de-hyphenation
//   repair     extractor/repair     OCR artefact repair (--repair)
//   extract    extractor/extract    rules (extractor/rules, extractor/values) ->
//                                   metadata, initiatives, budget
//   emit       extractor/emit       the JSON output contract
//
// PrepareDocument (extractor/pipeline.h) reads and hashes the input once and
// runs ingest (which calls OCR itself), layout, normalise and repair; the
// facade then extracts with its rule set and emits.
//
// An Extractor is immutable after Create() and safe to share between threads:
// every method is const and keeps its state on the stack.
//
// Errors: a failing input is an Outcome with a non-OK status (codes listed in
// extractor/ingest/ingest.h); it never stops the other inputs of a run.
#ifndef BILAG_EXTRACTOR_EXTRACTOR_H_
#define BILAG_EXTRACTOR_EXTRACTOR_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extractor/base/common_words.h"
#include "extractor/base/status.h"
#include "extractor/emit/json_emit.h"
#include "extractor/extract/trace.h"
#include "extractor/ingest/ingest.h"
#include "extractor/model/extraction.h"
#include "extractor/normalise/normalise.h"
#include "extractor/pipeline.h"
#include "extractor/render/page_preview.h"
#include "extractor/repair/repair.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

inline constexpr const char* kToolVersion = "0.1.0";

struct ExtractorOptions {
  IngestOptions ingest;
  NormaliseOptions normalise;
  RepairOptions repair;  // OCR artefact repair after normalising (--repair)
  // Rule folders in load order: the shipped rules first, then the user's
  // (--rules DIR); a later folder extends or replaces (by id) earlier rules.
  std::vector<std::string> rule_dirs;
  // How the output names each folder in rule_dirs ("rules" for the shipped
  // folder wherever it is installed, so output does not depend on the
  // machine); empty = as given.
  std::vector<std::string> rule_dir_names;
  // Whether an extraction's document keeps all its words with their boxes
  // (`bilag report` draws them on the page images). Without, only the words
  // extraction reads stay (ExtractedWords, extract/extract.h): a 3000-page
  // text-layer PDF peaks at 149 instead of 166 MB (bench/README.md).
  bool keep_words = true;
};

// The result of running the pipeline on one input.
struct Outcome {
  SourceInfo source;                     // filled as far as the input could be read
  Status status;                         // OK, or why the input failed
  std::optional<Extraction> extraction;  // present iff status.ok()
};

class Extractor {
 public:
  // Loads the rule set; fails with "rule-error" (every problem as
  // FILE:LINE:COLUMN: message, one per line).
  static Result<Extractor> Create(const ExtractorOptions& options);

  // The document's pages and lines as `bilag text` prints them: normalised
  // and repaired (as options.repair says), or straight from ingest when `raw`.
  Result<Document> ReadText(const std::string& path, bool raw) const;

  // Runs the whole pipeline on `path` ("-" = standard input).
  Outcome Extract(const std::string& path) const;

  // Like Extract, reporting the pages OCR has done instead of
  // options.ingest.ocr.progress (see OcrOptions::progress): callers that
  // extract several documents at once tell them apart this way.
  Outcome Extract(const std::string& path, const std::function<void(int, int)>& ocr_progress) const;

  // Extract for an input the caller has already read (`bytes`) and hashed
  // (`sha256`, as Sha256Hex gives it): `bilag import` hashes a file first to
  // skip what is stored, and neither reads nor hashes it a second time.
  // `ocr_progress`, when set, as above.
  Outcome ExtractRead(const std::string& path, const std::string& bytes, std::string sha256,
                      const std::function<void(int, int)>& ocr_progress = {}) const;

  // Like Extract, but a bundle of bilag (each starting on a new page with a
  // [[split]] marker such as "Bilag 2") gives one outcome per bilag.
  std::vector<Outcome> ExtractSplit(const std::string& path) const;

  // Runs the pipeline like Extract and records what every rule did, with the
  // nearest miss of each field and profile rule that found nothing.
  Outcome Explain(const std::string& path, Trace* trace) const;

  // Small grey images of the pages OCR read (doc.ocr->pages), keyed by page
  // number, for people to compare with what OCR made of them (`bilag
  // report`). Reads doc.source_path again; every page gets the same error
  // when that is standard input (it cannot be read twice) or no longer holds
  // the bytes that were extracted (doc.sha256). Pages are rendered on
  // options.ingest.ocr.jobs threads. Never fails as a whole: a page that
  // cannot be rendered has its own error.
  std::map<int, Result<PagePreview>> PagePreviews(const Document& doc,
                                                  const PagePreviewOptions& options) const;

  // The JSON object for an outcome (extraction or error).
  std::string ToJson(const Outcome& outcome, bool pretty) const;
  // The same bytes, handed to `sink` as they are produced (json_emit.h);
  // false when the sink refused a piece.
  bool WriteJson(const Outcome& outcome, bool pretty, const JsonSink& sink) const;

  // Tool version and rules sha256 of every output: what `bilag import`
  // compares to decide whether a stored document is still current.
  const RunInfo& run() const { return run_; }

  // The loaded rules (the report writes units as they do).
  const RuleSet& rules() const { return rules_; }

 private:
  explicit Extractor(const ExtractorOptions& options) : options_(options) {}
  Outcome Run(const std::string& path, Trace* trace, const IngestOptions& ingest) const;
  // PrepareDocument (pipeline.h) with this run's options. On failure
  // `outcome` holds the status; its source is filled either way.
  KnowsCommonWord CommonWords() const;
  // bilag::Extract on a prepared document, its words kept as options say.
  Extraction ExtractPrepared(Document doc, Trace* trace) const;
  std::optional<Document> Prepare(Source source, Outcome* outcome,
                                  const IngestOptions& ingest) const;
  PrepareOptions Stages(const IngestOptions& ingest, Stage last) const;

  ExtractorOptions options_;
  RuleSet rules_;
  LayoutOptions layout_;  // the rules' words for the layout stage
  RunInfo run_;
  std::shared_ptr<const Repairer> repairer_;  // shared: copies of an Extractor share its caches
};

// Renders pages for `bilag text`: pages separated by a form feed (as
// pdftotext does), cells by tabs; with `numbered`, each line is prefixed by
// "page:line: " so users can find what the JSON's page/line point at.
std::string RenderText(const Document& doc, bool numbered);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACTOR_H_
