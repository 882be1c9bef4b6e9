#include "extractor/emit/json_emit.h"

#include <cmath>

#include <nlohmann/json.hpp>

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

Json NameOrNull(const char* name) { return name != nullptr ? Json(name) : Json(nullptr); }

// Integral values print as integers ("150", not "150.0") so the output reads
// like the document and stays stable.
Json Number(double value) {
  double whole = std::round(value);
  if (std::fabs(value - whole) < 1e-9 && std::fabs(whole) < 9e15) {
    return Json(static_cast<int64_t>(whole));
  }
  return Json(value);
}

Json Header(const RunInfo& run) {
  Json header;
  header["schema_version"] = kSchemaVersion;
  header["tool"] = {{"name", "bilag"}, {"version", run.tool_version}};
  header["rules"] = {{"sha256", run.rules_sha256.empty() ? Json(nullptr) : Json(run.rules_sha256)},
                     {"dirs", run.rule_dirs}};
  return header;
}

Json AmountJson(const Amount& amount) {
  return {{"dkk", amount.dkk},
          {"year", OrNull(amount.year)},
          {"approximate", amount.approximate},
          {"per_year", amount.per_year},
          {"text", amount.text},
          {"page", PlaceOrNull(amount.page)},
          {"line", PlaceOrNull(amount.line)},
          {"rule", amount.rule}};
}

Json TargetJson(const Target& target) {
  Json json = {{"kind", TargetKindName(target.kind)},
               {"year", OrNull(target.year)},
               {"text", target.text},
               {"value", target.value ? Number(*target.value) : Json(nullptr)}};
  if (target.value_max) json["value_max"] = Number(*target.value_max);
  json["unit"] = NameOrNull(TargetUnitName(target.unit));
  json["comparator"] = NameOrNull(ComparatorName(target.comparator));
  json["page"] = PlaceOrNull(target.page);
  json["line"] = PlaceOrNull(target.line);
  json["rule"] = target.rule;
  return json;
}

Json InitiativeJson(const Initiative& initiative) {
  Json fields = Json::object();
  for (const auto& [key, value] : initiative.fields) fields[key] = value;
  Json amounts = Json::array();
  for (const Amount& amount : initiative.amounts) amounts.push_back(AmountJson(amount));
  Json targets = Json::array();
  for (const Target& target : initiative.targets) targets.push_back(TargetJson(target));
  return {{"name", initiative.name},
          {"section", OrNull(initiative.section)},
          {"theme", OrNull(initiative.theme)},
          {"fields", fields},
          {"amounts", amounts},
          {"targets", targets},
          {"page", PlaceOrNull(initiative.page)},
          {"line", PlaceOrNull(initiative.line)},
          {"rule", initiative.rule}};
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

  // An array of `make(item)` for each of `items`, made one at a time.
  template <typename Items, typename Make>
  void Array(const char* key, const Items& items, Make make) {
    Key(key);
    if (items.empty()) {
      Write("[]");
      return;
    }
    Write("[");
    bool first = true;
    for (const auto& item : items) {
      Write(std::string(first ? "" : ",") + Newline() + Indent(2));
      Write(Indented(Dump(make(item), pretty_), 2));
      first = false;
    }
    Write(Newline() + Indent(1) + "]");
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
  std::string Indent(int depth) const { return pretty_ ? std::string(2 * depth, ' ') : ""; }
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
  out.Array("initiatives", extraction.initiatives, InitiativeJson);
  out.Array("budget", extraction.budget, [](const BudgetCell& cell) {
    return Json{{"item", cell.item},
                {"year", OrNull(cell.year)},
                {"dkk", OrNull(cell.dkk)},
                {"total", cell.total},
                {"total_row", cell.total_row},
                {"note", OrNull(cell.note)},
                {"page", PlaceOrNull(cell.page)},
                {"line", PlaceOrNull(cell.line)},
                {"rule", cell.rule}};
  });
  out.Array("corrections", doc.corrections, [](const Correction& c) {
    return Json{{"from", c.from},
                {"to", c.to},
                {"page", PlaceOrNull(c.page)},
                {"line", PlaceOrNull(c.line)},
                {"rule", c.rule}};
  });
  out.Array("warnings", doc.warnings, [](const Warning& w) {
    return Json{{"code", w.code},
                {"message", w.message},
                {"page", PlaceOrNull(w.page)},
                {"line", PlaceOrNull(w.line)}};
  });
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
