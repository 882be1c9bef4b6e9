// What the extract stage finds in a Document: the fields of the JSON output
// contract (../shared/spec/output-contract.md, schema/bilag.schema.json).
//
// Units live in the types: money is whole kroner in an int64 (never a double),
// years are ints, a target's number always travels with its unit. An unknown
// value is std::nullopt and comes out as JSON null, never as "" or 0.
#ifndef BILAG_EXTRACTOR_MODEL_EXTRACTION_H_
#define BILAG_EXTRACTOR_MODEL_EXTRACTION_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

// Where a value's text is: bytes [begin, end) of Line::text at the value's
// page and line, as extraction found it there, so that the report marks it
// without searching the text again. A value that goes on over the next
// lines ends at its first line's end.
struct TextSpan {
  size_t begin = 0, end = 0;
};

struct DocumentInfo {
  std::optional<std::string> title;
  std::optional<std::string> bilag;            // appendix number ("Bilag 3" -> "3")
  std::optional<std::string> kind;             // id of the matching rule profile
  std::optional<std::string> committee;        // udvalg
  std::optional<std::string> administration;   // forvaltning
  std::optional<std::string> date;             // ISO 8601 yyyy-mm-dd
  std::optional<std::string> case_number;      // Sagsnr.
  std::optional<std::string> document_number;  // Dokumentnr.
  std::optional<std::vector<int>> years;       // years covered; nullopt = unknown
  // Where each field above came from: field name -> (page, line, rule id).
  struct Provenance {
    int page = 0, line = 0;
    std::string rule;
    std::optional<TextSpan> span;
  };
  std::map<std::string, Provenance> provenance;
};

struct Amount {
  int64_t dkk = 0;  // whole kroner
  std::optional<int> year;
  bool approximate = false;  // "ca.", "cirka", "omkring"
  bool per_year = false;     // "årligt", "pr. år"
  std::string text;          // the amount as written
  int page = 0, line = 0;
  std::string rule;
  std::optional<TextSpan> span;
};

enum class TargetKind { kGoal, kRequirement, kResult, kSuccessCriterion };
enum class TargetUnit { kNone, kCount, kPercent, kPercentagePoints, kDkk };
enum class Comparator { kNone, kAtLeast, kAtMost, kEqual };

struct Target {
  TargetKind kind = TargetKind::kGoal;
  std::optional<int> year;
  std::string text;
  std::optional<double> value;      // nullopt when not quantitative
  std::optional<double> value_max;  // upper bound of a range ("10-15 pct.")
  TargetUnit unit = TargetUnit::kNone;
  Comparator comparator = Comparator::kNone;
  int page = 0, line = 0;
  std::string rule;
  std::optional<TextSpan> span;
};

struct Initiative {
  std::string name;
  std::optional<std::string> section;         // "1.1"
  std::optional<std::string> theme;           // grouping heading above it
  std::map<std::string, std::string> fields;  // sorted keys: deterministic output
  std::vector<Amount> amounts;
  std::vector<Target> targets;
  int page = 0, line = 0;
  std::string rule;
};

struct BudgetCell {
  std::string item;
  std::optional<int> year;
  std::optional<int64_t> dkk;  // nullopt when the cell holds only a note reference
  bool total = false;          // the cell is in a total ("I alt") column
  std::optional<std::string> note;
  int page = 0, line = 0;
  std::string rule;
  bool total_row = false;  // the cell is in a total or subtotal row ("I alt", "Samlet")
  std::optional<TextSpan> span;
};

// The whole result for one input document.
struct Extraction {
  Document document;  // pages, lines, warnings and corrections
  DocumentInfo info;
  std::vector<Initiative> initiatives;
  std::vector<BudgetCell> budget;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_EXTRACTION_H_
