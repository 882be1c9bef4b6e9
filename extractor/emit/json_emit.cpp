#include "extractor/emit/json_emit.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "extractor/emit/json_writer.h"
#include "extractor/model/names.h"

namespace bilag {
namespace {

// ordered_json keeps insertion order: the contract's key order, every run.
using Json = nlohmann::ordered_json;

constexpr const char* kSchemaVersion = "1";

template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// 0 means "not tied to a place" in the model and null in the contract.
Json PlaceOrNull(int number) { return number > 0 ? Json(number) : Json(nullptr); }

Json Header(const RunInfo& run) {
  Json header;
  header["schema_version"] = kSchemaVersion;
  header["tool"] = {{"name", "bilag"}, {"version", run.tool_version}};
  header["rules"] = {{"sha256", run.rules_sha256.empty() ? Json(nullptr) : Json(run.rules_sha256)},
                     {"dirs", run.rule_dirs}};
  return header;
}

// The members every located thing ends with.
void WritePlace(int page, int line, const std::string& rule, JsonWriter* out) {
  out->Key("page").PlaceOrNull(page);
  out->Key("line").PlaceOrNull(line);
  out->Key("rule").String(rule);
}

void WriteAmount(const Amount& amount, JsonWriter* out) {
  out->BeginObject();
  out->Key("dkk").Int(amount.dkk);
  out->Key("year").IntOrNull(amount.year);
  out->Key("approximate").Bool(amount.approximate);
  out->Key("per_year").Bool(amount.per_year);
  out->Key("text").String(amount.text);
  WritePlace(amount.page, amount.line, amount.rule, out);
  out->EndObject();
}

void WriteTarget(const Target& target, JsonWriter* out) {
  out->BeginObject();
  out->Key("kind").NameOrNull(TargetKindName(target.kind));
  out->Key("year").IntOrNull(target.year);
  out->Key("text").String(target.text);
  out->Key("value");
  if (target.value) {
    out->Number(*target.value);
  } else {
    out->Null();
  }
  if (target.value_max) {
    out->Key("value_max").Number(*target.value_max);
  }
  out->Key("unit").NameOrNull(TargetUnitName(target.unit));
  out->Key("comparator").NameOrNull(ComparatorName(target.comparator));
  WritePlace(target.page, target.line, target.rule, out);
  out->EndObject();
}

void WriteInitiative(const Initiative& initiative, JsonWriter* out) {
  out->BeginObject();
  out->Key("name").String(initiative.name);
  out->Key("section").StringOrNull(initiative.section);
  out->Key("theme").StringOrNull(initiative.theme);
  out->Key("fields");
  out->BeginObject();
  for (const auto& [key, value] : initiative.fields) {
    out->Key(key).String(value);
  }
  out->EndObject();
  out->Key("amounts");
  out->BeginArray();
  for (const Amount& amount : initiative.amounts) WriteAmount(amount, out);
  out->EndArray();
  out->Key("targets");
  out->BeginArray();
  for (const Target& target : initiative.targets) WriteTarget(target, out);
  out->EndArray();
  WritePlace(initiative.page, initiative.line, initiative.rule, out);
  out->EndObject();
}

void WriteBudgetCell(const BudgetCell& cell, JsonWriter* out) {
  out->BeginObject();
  out->Key("item").String(cell.item);
  out->Key("year").IntOrNull(cell.year);
  out->Key("dkk").IntOrNull(cell.dkk);
  out->Key("total").Bool(cell.total);
  out->Key("total_row").Bool(cell.total_row);
  out->Key("note").StringOrNull(cell.note);
  WritePlace(cell.page, cell.line, cell.rule, out);
  out->EndObject();
}

// {"<first>": ..., "<second>": ..., "page", "line"[, "rule"]}: a correction
// or a warning.
void WriteTwoTexts(const char* first, const std::string& first_text, const char* second,
                   const std::string& second_text, int page, int line, const std::string* rule,
                   JsonWriter* out) {
  out->BeginObject();
  out->Key(first).String(first_text);
  out->Key(second).String(second_text);
  out->Key("page").PlaceOrNull(page);
  out->Key("line").PlaceOrNull(line);
  if (rule != nullptr) {
    out->Key("rule").String(*rule);
  }
  out->EndObject();
}

void WriteCorrection(const Correction& c, JsonWriter* out) {
  WriteTwoTexts("from", c.from, "to", c.to, c.page, c.line, &c.rule, out);
}

void WriteWarning(const Warning& w, JsonWriter* out) {
  WriteTwoTexts("code", w.code, "message", w.message, w.page, w.line, nullptr, out);
}

Json DocumentJson(const DocumentInfo& info) {
  Json json = {{"title", OrNull(info.title)},
               {"bilag", OrNull(info.bilag)},
               {"kind", OrNull(info.kind)},
               {"committee", OrNull(info.committee)},
               {"administration", OrNull(info.administration)},
               {"date", OrNull(info.date)},
               {"case_number", OrNull(info.case_number)},
               {"document_number", OrNull(info.document_number)},
               {"years", OrNull(info.years)}};
  // An addition to the contract: where each metadata value came from.
  Json provenance = Json::object();
  for (const auto& [field, place] : info.provenance) {
    provenance[field] = {
        {"page", PlaceOrNull(place.page)}, {"line", PlaceOrNull(place.line)}, {"rule", place.rule}};
  }
  json["provenance"] = provenance;
  return json;
}

// source.ocr: which pages OCR read; null when none was.
Json OcrJson(const std::optional<OcrInfo>& ocr) {
  if (!ocr) return nullptr;
  return {{"engine", ocr->engine},
          {"lang", ocr->lang},
          {"pages", ocr->pages},
          {"mean_confidence", OrNull(ocr->mean_confidence)}};
}

std::string Dump(const Json& json, bool pretty) {
  // Invalid UTF-8 cannot reach here (ingest converts), but replacing beats
  // throwing if it ever does.
  return json.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

namespace {

// Writes one object key by key, the big arrays element by element, each piece
// dumped by nlohmann and indented to its depth: the same bytes as dumping
// the whole object at once, without holding the whole object or its text.
class StreamedObject {
 public:
  StreamedObject(bool pretty, const JsonSink& sink) : pretty_(pretty), sink_(sink) { Write("{"); }

  void Value(const char* key, const Json& value) {
    Key(key);
    Write(Indented(Dump(value, pretty_), 1));
  }

  // An array of what `write(item, writer)` writes for each of `items`,
  // handed to the sink one element at a time.
  template <typename Items, typename Write>
  void Array(const char* key, const Items& items, Write write) {
    Key(key);
    if (items.empty()) {
      this->Write("[]");
      return;
    }
    this->Write("[");
    bool first = true;
    std::string element;
    for (const auto& item : items) {
      element.assign(first ? "" : ",");
      element += Newline() + Indent(2);
      JsonWriter writer(pretty_, 2, &element);
      write(item, &writer);
      this->Write(element);
      first = false;
    }
    this->Write(Newline() + Indent(1) + "]");
  }

  bool Finish() {
    Write(Newline() + "}");
    return ok_;
  }

 private:
  void Key(const char* key) {
    Write(std::string(keys_++ ? "," : "") + Newline() + Indent(1) + Json(key).dump() +
          (pretty_ ? ": " : ":"));
  }
  std::string Newline() const { return pretty_ ? "\n" : ""; }
  std::string Indent(int depth) const {
    return pretty_ ? std::string(2 * static_cast<size_t>(depth), ' ') : "";
  }
  // A value dumped at depth 0, moved to `depth` (JSON strings hold no raw
  // newline, so every newline is a line break of the layout).
  std::string Indented(const std::string& dumped, int depth) const {
    if (!pretty_) return dumped;
    std::string out;
    out.reserve(dumped.size());
    for (char c : dumped) {
      out += c;
      if (c == '\n') out += Indent(depth);
    }
    return out;
  }
  void Write(const std::string& text) {
    if (ok_) ok_ = sink_(text);
  }

  bool pretty_;
  const JsonSink& sink_;
  int keys_ = 0;
  bool ok_ = true;
};

}  // namespace

bool StreamExtractionJson(const Extraction& extraction, const RunInfo& run, bool pretty,
                          const JsonSink& sink) {
  const Document& doc = extraction.document;
  StreamedObject out(pretty, sink);
  const Json header = Header(run);
  for (const auto& [key, value] : header.items()) out.Value(key.c_str(), value);
  Json source = {{"path", doc.source_path},
                 {"sha256", doc.sha256},
                 {"media_type", doc.media_type},
                 {"pages", doc.pages.size()},
                 {"ocr", OcrJson(doc.ocr)}};
  if (doc.page_range) source["page_range"] = {doc.page_range->first, doc.page_range->second};
  out.Value("source", source);
  out.Value("document", DocumentJson(extraction.info));
  out.Array("initiatives", extraction.initiatives, WriteInitiative);
  out.Array("budget", extraction.budget, WriteBudgetCell);
  out.Array("corrections", doc.corrections, WriteCorrection);
  out.Array("warnings", doc.warnings, WriteWarning);
  return out.Finish();
}

std::string EmitExtractionJson(const Extraction& extraction, const RunInfo& run, bool pretty) {
  std::string json;
  StreamExtractionJson(extraction, run, pretty, [&](std::string_view piece) {
    json += piece;
    return true;
  });
  return json;
}

std::string EmitErrorJson(const SourceInfo& source, const Status& error, const RunInfo& run,
                          bool pretty) {
  Json json = Header(run);
  json["source"] = {
      {"path", source.path},
      {"sha256", source.sha256.empty() ? Json(nullptr) : Json(source.sha256)},
      {"media_type", source.media_type.empty() ? Json(nullptr) : Json(source.media_type)},
      {"pages", nullptr},
      {"ocr", nullptr}};
  json["error"] = {{"code", error.code_name()}, {"message", error.message()}};
  return Dump(json, pretty);
}

}  // namespace bilag
