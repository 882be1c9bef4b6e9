// The names of the target enums as bilag writes them: in the JSON output
// (schema/), in the import database and, as words, in reports and traces.
#ifndef BILAG_EXTRACTOR_MODEL_NAMES_H_
#define BILAG_EXTRACTOR_MODEL_NAMES_H_

#include <algorithm>
#include <string>

#include "extractor/model/extraction.h"

namespace bilag {

inline const char* TargetKindName(TargetKind kind) {
  switch (kind) {
    case TargetKind::kGoal:
      return "goal";
    case TargetKind::kRequirement:
      return "requirement";
    case TargetKind::kResult:
      return "result";
    case TargetKind::kSuccessCriterion:
      return "success_criterion";
  }
  return "goal";
}

// For people: "success criterion".
inline std::string TargetKindWords(TargetKind kind) {
  std::string words = TargetKindName(kind);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

// nullptr for kNone: the output has null there.
inline const char* TargetUnitName(TargetUnit unit) {
  switch (unit) {
    case TargetUnit::kNone:
      return nullptr;
    case TargetUnit::kCount:
      return "count";
    case TargetUnit::kPercent:
      return "percent";
    case TargetUnit::kPercentagePoints:
      return "percentage_points";
    case TargetUnit::kDkk:
      return "dkk";
  }
  return nullptr;
}

// nullptr for kNone: the output has null there.
inline const char* ComparatorName(Comparator comparator) {
  switch (comparator) {
    case Comparator::kNone:
      return nullptr;
    case Comparator::kAtLeast:
      return "at_least";
    case Comparator::kAtMost:
      return "at_most";
    case Comparator::kEqual:
      return "equal";
  }
  return nullptr;
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_NAMES_H_
