#include "extractor/values/percent.h"

#include "extractor/values/scan.h"
#include "extractor/values/text.h"

namespace bilag {
namespace {

using values_internal::Scan;

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace

namespace values_internal {

std::vector<FoundPercent> FindPercentsIn(const Scan& scan) {
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  std::vector<FoundPercent> out;
  size_t consumed = 0;
  for (const NumberToken& token : scan.numbers()) {
    if (token.begin < consumed || token.blocked || token.glued || token.ordinal) continue;
    FoundPercent found;
    found.begin = token.begin;
    found.value = token.value.ToDouble();
    std::optional<PercentUnit> unit;
    // A range: "10-15 pct.", "10 til 15 pct.", "mellem 10 og 15 pct.".
    const size_t p = SkipSpaces(text, token.end);
    size_t after = kNpos;
    if (const size_t dash = DashAt(text, p); dash > 0) {
      after = p + dash;
    } else if ((after = MatchPhraseAt(folded, p, "til")) == kNpos &&
               MatchPhraseEndingAt(folded, SkipSpacesBack(folded, token.begin), "mellem") !=
                   kNpos) {
      after = MatchPhraseAt(folded, p, "og");
    }
    if (after != kNpos) {
      size_t run_end = 0;
      const auto upper = ScanNumberAt(text, SkipSpaces(text, after), false, false, &run_end);
      if (upper && !scan.IsBlocked(upper->begin, upper->end) &&
          upper->value.ToDouble() > found.value) {
        unit = MatchPercentUnitAfter(scan.vocabulary(), folded, upper->end);
        if (unit) found.value_max = upper->value.ToDouble();
      }
    }
    if (!unit) {
      unit = MatchPercentUnitAfter(scan.vocabulary(), folded, token.end);
      if (!unit) continue;
      // "50 % - 60 %": a range with the unit on both bounds (only with a dash:
      // "fra 6,2 pct. til 6,8 pct." is a change, not a range).
      const size_t q = SkipSpaces(text, unit->end);
      if (const size_t dash = DashAt(text, q); dash > 0) {
        size_t run_end = 0;
        const auto upper = ScanNumberAt(text, SkipSpaces(text, q + dash), false, false, &run_end);
        if (upper && !scan.IsBlocked(upper->begin, upper->end) &&
            upper->value.ToDouble() > found.value) {
          const auto second = MatchPercentUnitAfter(scan.vocabulary(), folded, upper->end);
          if (second && second->points == unit->points) {
            found.value_max = upper->value.ToDouble();
            unit = second;
          }
        }
      }
    }
    found.unit = unit->points ? TargetUnit::kPercentagePoints : TargetUnit::kPercent;
    found.end = unit->end;
    found.text = std::string(text.substr(found.begin, found.end - found.begin));
    consumed = found.end;
    out.push_back(std::move(found));
  }
  return out;
}

}  // namespace values_internal

std::vector<FoundPercent> FindPercents(std::string_view text) {
  return values_internal::FindPercentsIn(Scan(text));
}

Result<FoundPercent> ParsePercent(std::string_view text) {
  const std::string_view trimmed = values_internal::Trim(text);
  if (trimmed.empty())
    return Status::Error(ErrorCode::kPercentEmpty, "no percentage in an empty text");
  std::vector<FoundPercent> found = FindPercents(trimmed);
  if (found.empty()) {
    return Status::Error(ErrorCode::kPercentNoUnit, Quote(trimmed) + " is not a percentage");
  }
  if (found.size() > 1) {
    return Status::Error(ErrorCode::kPercentSeveral,
                         Quote(trimmed) + " holds more than one percentage");
  }
  const std::string_view rest = values_internal::Trim(trimmed.substr(found.front().end));
  if (found.front().begin != 0 || !(rest.empty() || rest == ".")) {
    return Status::Error(
        ErrorCode::kPercentTrailingText,
        Quote(trimmed) + " holds more than the percentage " + Quote(found.front().text));
  }
  return std::move(found.front());
}

}  // namespace bilag
