#include "extractor/extractor.h"

#include "extractor/base/media_type.h"
#include "extractor/base/sha256.h"
#include "extractor/extract/extract.h"
#include "extractor/extract/nearest_miss.h"
#include "extractor/extract/split.h"
#include "extractor/pipeline.h"
#include "extractor/repair/lexicon.h"
#include "extractor/rules/rule_loader.h"

namespace bilag {

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  Extractor extractor(options);
  Result<RuleSet> rules = LoadRuleSet(options.rule_dirs);
  if (!rules.ok()) return rules.status();
  extractor.rules_ = std::move(rules).value();
  // The rules' list markers serve both stages that read a document's shape.
  extractor.options_.ingest.list_markers = extractor.rules_.list_markers;
  extractor.layout_.list_markers = extractor.rules_.list_markers;
  extractor.layout_.table_note_words = extractor.rules_.table_note_words;
  extractor.layout_.month_words = MonthWordsOf(extractor.rules_.vocabulary);
  extractor.repairer_ = std::make_shared<const Repairer>(extractor.rules_, options.repair);
  extractor.run_.tool_version = kToolVersion;
  extractor.run_.rules_sha256 = extractor.rules_.sha256;
  extractor.run_.rule_dirs =
      options.rule_dir_names.empty() ? options.rule_dirs : options.rule_dir_names;
  return extractor;
}

Result<Document> Extractor::ReadText(const std::string& path, bool raw) const {
  Source source(path);
  return PrepareDocument(&source, Stages(options_.ingest, raw ? Stage::kLayout : Stage::kRepair));
}

PrepareOptions Extractor::Stages(const IngestOptions& ingest, Stage last) const {
  return {ingest, options_.normalise, repairer_.get(), last, layout_};
}

Outcome Extractor::Extract(const std::string& path) const {
  return Run(path, nullptr, options_.ingest);
}

Outcome Extractor::Extract(const std::string& path,
                           const std::function<void(int, int)>& ocr_progress) const {
  IngestOptions ingest = options_.ingest;
  ingest.ocr.progress = ocr_progress;
  return Run(path, nullptr, ingest);
}

Outcome Extractor::Explain(const std::string& path, Trace* trace) const {
  Outcome outcome = Run(path, trace, options_.ingest);
  if (!outcome.extraction) return outcome;
  Trace located;
  for (TraceEvent event : trace->events()) {
    if (!event.matched && !event.pattern.empty()) {
      std::optional<NearestMiss> miss =
          FindNearestMiss(event.pattern, outcome.extraction->document);
      if (miss) {
        event.near_page = miss->page;
        event.near_line = miss->line;
        // A long paragraph is cut (at a character boundary) to stay readable.
        event.near_text = miss->text;
        if (event.near_text.size() > 160) {
          size_t cut = 157;
          while (cut > 0 && (static_cast<unsigned char>(event.near_text[cut]) & 0xC0) == 0x80)
            --cut;
          event.near_text = event.near_text.substr(0, cut) + "...";
        }
        std::string found, missing;
        for (const std::string& word : miss->found) found += (found.empty() ? "" : ", ") + word;
        for (const std::string& word : miss->missing) {
          missing += (missing.empty() ? "" : ", ") + word;
        }
        event.near_note = "has " + found + (missing.empty() ? "" : "; lacks " + missing);
      }
    }
    located.Add(std::move(event));
  }
  *trace = std::move(located);
  return outcome;
}

std::optional<Document> Extractor::Prepare(Source source, Outcome* outcome,
                                           const IngestOptions& ingest) const {
  Result<Document> doc = PrepareDocument(&source, Stages(ingest, Stage::kRepair));
  outcome->source = {source.path, source.sha256, source.media_type};
  if (!doc.ok()) {
    outcome->status = doc.status();
    return std::nullopt;
  }
  return std::move(doc).value();
}

// The repair stage's lexicon, opened on the first question (most documents
// never ask: only a name cell without type that runs into its description
// after a capital does); without a dictionary nothing is known.
KnowsCommonWord Extractor::CommonWords() const {
  return [repairer = repairer_](std::string_view word) {
    const Lexicon* lexicon = repairer ? repairer->lexicon() : nullptr;
    return lexicon != nullptr && lexicon->Lookup(word) == Lexicon::Spelling::kWord;
  };
}

Extraction Extractor::ExtractPrepared(Document doc, Trace* trace) const {
  return bilag::Extract(rules_, std::move(doc), trace, CommonWords(),
                        options_.keep_words ? ExtractedWords::kKeep : ExtractedWords::kFreeUnread);
}

Outcome Extractor::Run(const std::string& path, Trace* trace, const IngestOptions& ingest) const {
  Outcome outcome;
  std::optional<Document> doc = Prepare(Source(path), &outcome, ingest);
  if (doc) outcome.extraction = ExtractPrepared(std::move(*doc), trace);
  return outcome;
}

Outcome Extractor::ExtractRead(const std::string& path, const std::string& bytes,
                               std::string sha256,
                               const std::function<void(int, int)>& ocr_progress) const {
  IngestOptions ingest = options_.ingest;
  if (ocr_progress) ingest.ocr.progress = ocr_progress;
  Outcome outcome;
  std::optional<Document> doc = Prepare(Source(path, bytes, std::move(sha256)), &outcome, ingest);
  if (doc) outcome.extraction = ExtractPrepared(std::move(*doc), nullptr);
  return outcome;
}

std::vector<Outcome> Extractor::ExtractSplit(const std::string& path) const {
  Outcome whole;
  std::optional<Document> doc = Prepare(Source(path), &whole, options_.ingest);
  if (!doc) return {whole};
  std::vector<Outcome> outcomes;
  for (Document& part : SplitBundle(rules_, std::move(*doc))) {
    Outcome outcome;
    outcome.source = whole.source;
    outcome.extraction = ExtractPrepared(std::move(part), nullptr);
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

std::map<int, Result<PagePreview>> Extractor::PagePreviews(
    const Document& doc, const PagePreviewOptions& options) const {
  std::map<int, Result<PagePreview>> previews;
  if (!doc.ocr || doc.ocr->pages.empty()) return previews;
  auto all_fail = [&](const Status& status) {
    for (int page : doc.ocr->pages) previews.emplace(page, status);
    return previews;
  };
  if (doc.source_path == "-") {
    return all_fail(Status::Error(ErrorCode::kPreviewUnavailable,
                                  "standard input cannot be read again for page images"));
  }
  Result<std::string> bytes = ReadInput(doc.source_path);
  if (!bytes.ok()) return all_fail(bytes.status());
  // Page images of another file than the one extracted would mislead.
  if (!doc.sha256.empty() && Sha256Hex(*bytes) != doc.sha256) {
    return all_fail(Status::Error(ErrorCode::kPreviewUnavailable,
                                  doc.source_path + " changed since it was extracted"));
  }
  std::vector<int> indices;
  for (int page : doc.ocr->pages) indices.push_back(page - 1);
  std::vector<Result<PagePreview>> made =
      PreviewPages(*bytes, options_.ingest.password, options_.ingest.ocr.dpi, indices, options,
                   options_.ingest.ocr.jobs);
  for (size_t i = 0; i < made.size(); ++i) previews.emplace(doc.ocr->pages[i], std::move(made[i]));
  return previews;
}

std::string Extractor::ToJson(const Outcome& outcome, bool pretty) const {
  if (!outcome.status.ok() || !outcome.extraction) {
    return EmitErrorJson(outcome.source, outcome.status, run_, pretty);
  }
  return EmitExtractionJson(*outcome.extraction, run_, pretty);
}

bool Extractor::WriteJson(const Outcome& outcome, bool pretty, const JsonSink& sink) const {
  if (!outcome.status.ok() || !outcome.extraction) {
    return sink(EmitErrorJson(outcome.source, outcome.status, run_, pretty));
  }
  return StreamExtractionJson(*outcome.extraction, run_, pretty, sink);
}

std::string RenderText(const Document& doc, bool numbered) {
  std::string out;
  for (const Page& page : doc.pages) {
    if (&page != &doc.pages.front()) out += '\f';
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
