#include "extractor/values/amount.h"

#include <algorithm>
#include <optional>

#include "extractor/values/scan.h"
#include "extractor/values/text.h"

namespace bilag {
namespace {

using values_internal::kNpos;
using values_internal::MatchAnyAfter;
using values_internal::NumberToken;
using values_internal::ReadYearsAt;
using values_internal::Scan;
using values_internal::SkipSpaces;

// An approximate sum without a unit ("Ca. 350.000") is kroner from here on:
// counts of people or visits that bilag round ("ca. 4.000 besøg") are
// followed by what they count, sums by a year or a purpose.
constexpr int64_t kMinApproximateBareKroner = 10000;
constexpr int64_t kMinBareKroner = 1000;

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Words that may follow a bare number in a money field without making it a
// count: prepositions, verbs and tax words ("200.000 i 2009", "200.000 til
// kurser", "200.000 er afsat", "200.000 ekskl. moms"). Any other word
// ("1500 personer") means the number counts something.
const std::vector<std::string_view>& BareFollowers() {
  static const std::vector<std::string_view> kWords = {
      "i",       "for",   "til",    "fra",    "om",    "pr.",      "per",      "hvert",
      "årligt",  "årlig", "arligt", "p.a.",   "og",    "eller",    "samt",     "er",
      "var",     "blev",  "bliver", "kan",    "skal",  "vil",      "på",       "ved",
      "med",     "af",    "heraf",  "hvoraf", "der",   "som",      "ekskl.",   "eksl.",
      "inkl.",   "excl.", "incl.",  "moms",   "afsat", "afsættes", "bevilget", "bevilliget",
      "anvendt", "brugt", "fordelt"};
  return kWords;
}

bool BareAmountAllowed(const Scan& scan, const NumberToken& token, int64_t multiplier) {
  // Kroner are whole: "17,5" without a unit or table multiplier is no amount.
  if (!token.value.ToScaledInteger(multiplier)) return false;
  // A sum in kroner without a table unit is a thousand or more: "delmål 1",
  // "2 skoler" in a money field are no amounts.
  if (multiplier == 1 && token.value.scale == 0 && token.value.mantissa < kMinBareKroner) {
    return false;
  }
  if (token.plausible_year || token.ordinal || token.list_marker || token.glued ||
      token.dot_decimal || token.leading_zero || token.value.mantissa <= 0) {
    return false;
  }
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  if (values_internal::MatchPercentUnitAfter(scan.vocabulary(), folded, token.end)) return false;
  const size_t p = SkipSpaces(text, token.end);
  if (p >= text.size()) return true;
  if (values_internal::DashAt(text, p) > 0) {
    // "250-300 ...": a range of something; "200.000 - ..." is fine.
    const size_t q = SkipSpaces(text, p + values_internal::DashAt(text, p));
    return q >= text.size() || !IsDigit(text[q]);
  }
  if (text[p] == ':') return false;  // "Ad 1:", "2013:": a label
  if (!values_internal::IsLetterAt(text, p)) return true;
  return MatchAnyAfter(folded, p, BareFollowers(), nullptr) != kNpos;
}

// "(i 1000 kr.)", "(1.000 kr.)", "i 1000 kr." at the end: a table header
// saying in which unit the cells are, not an amount of 1000 kroner.
bool IsTableUnitPhrase(const Scan& scan, const NumberToken& token, size_t unit_end) {
  const int64_t v = token.value.scale == 0 ? token.value.mantissa : 0;
  if (v != 1000 && v != 1000000) return false;
  const std::string_view folded = scan.folded();
  const size_t before = values_internal::SkipSpacesBack(folded, token.begin);
  const bool opens = (before > 0 && folded[before - 1] == '(') ||
                     values_internal::MatchPhraseEndingAt(folded, before, "i") != kNpos;
  const size_t after = SkipSpaces(folded, unit_end);
  return opens && (after >= folded.size() || folded[after] == ')');
}

void Report(const Scan& scan, size_t begin, size_t end, ErrorCode code, const std::string& message,
            std::vector<AmountProblem>* problems) {
  if (problems == nullptr) return;
  AmountProblem problem;
  problem.begin = begin;
  problem.end = end;
  problem.text = std::string(scan.text().substr(begin, end - begin));
  problem.status = Status::Error(code, Quote(problem.text) + " " + message);
  problems->push_back(std::move(problem));
}

// "2-3 mio. kr.", "2 til 3 mio. kr.", "mellem 2 og 3 mio. kr.": returns the
// end of the range's unit.
size_t MoneyRangeEnd(const Scan& scan, const NumberToken& token) {
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  const size_t p = SkipSpaces(text, token.end);
  size_t after = kNpos;
  if (const size_t dash = values_internal::DashAt(text, p); dash > 0) {
    after = p + dash;
  } else if ((after = values_internal::MatchPhraseAt(folded, p, "til")) == kNpos) {
    // "og" joins two sums ("2 og 3 mio. kr." may be both); after "mellem"
    // it closes a range.
    const size_t before = values_internal::SkipSpacesBack(folded, token.begin);
    if (values_internal::MatchPhraseEndingAt(folded, before, "mellem") != kNpos) {
      after = values_internal::MatchPhraseAt(folded, p, "og");
    }
  }
  if (after == kNpos) return kNpos;
  size_t run_end = 0;
  const auto second =
      values_internal::ScanNumberAt(text, SkipSpaces(text, after), false, false, &run_end);
  if (!second || scan.IsBlocked(second->begin, second->end)) return kNpos;
  const auto unit =
      values_internal::MatchMoneyUnitAfter(scan.vocabulary(), scan.folded(), second->end);
  return unit ? unit->end : kNpos;
}

// Trailing characters an exact capture may carry after the amount.
bool OnlyClosingPunctuation(std::string_view rest) {
  for (char c : values_internal::Trim(rest)) {
    if (c != '.' && c != ',' && c != ';' && c != ':' && c != ')') return false;
  }
  return true;
}

// A sentence ends at '.', '!' or '?' before whitespace and a capital or
// digit-free word start, and at a line break; abbreviations inside a
// sentence ("ca.", "mio. kr.") are followed by a number or a lower-case word.
bool EndsSentence(std::string_view text, size_t i) {
  if (text[i] == '\n') return true;
  if (text[i] != '.' && text[i] != '!' && text[i] != '?') return false;
  size_t next = i + 1;
  if (next >= text.size()) return true;
  if (text[next] != ' ' && text[next] != '\n') return false;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next >= text.size()) return true;
  const unsigned char c = static_cast<unsigned char>(text[next]);
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && next + 1 < text.size() &&
                                    static_cast<unsigned char>(text[next + 1]) >= 0x80 &&
                                    static_cast<unsigned char>(text[next + 1]) < 0xA0);
}

// OCR may read "i 2013" as "12013", the "i" a "1" glued to the year: five
// digits at `i` that are 1 and a plausible year give that year (they end
// at i + 5).
std::optional<int> GluedYearAt(std::string_view text, size_t i) {
  if (i + 5 > text.size() || text[i] != '1') return std::nullopt;
  int year = 0;
  for (size_t k = i + 1; k < i + 5; ++k) {
    if (!IsDigit(text[k])) return std::nullopt;
    year = year * 10 + (text[k] - '0');
  }
  if (i + 5 < text.size() && (IsDigit(text[i + 5]) || text[i + 5] == ',')) return std::nullopt;
  if (!values_internal::IsPlausibleYearValue(year)) return std::nullopt;
  return year;
}

// The one year a sentence names ("Bibliotekerne brugte i 2011 ca. 450.000
// kr.", "Ca. 200.000 kr. anvendes til aktiviteter i 2013") is the year of
// its one amount; with two amounts or two years it is anybody's guess.
void AttachSentenceYears(const Scan& scan, std::vector<FoundAmount>* amounts) {
  static const std::vector<std::string_view> kPrepositions = {"i løbet af", "i", "for"};
  // Most texts have no amount, or only amounts that named their years: the
  // walk over every byte below would be the whole cost of reading them.
  if (std::all_of(amounts->begin(), amounts->end(),
                  [](const FoundAmount& amount) { return !amount.years.empty(); })) {
    return;
  }
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  // Sentence ends and amount starts, found once: walking to the sentence's
  // ends and over all amounts again for each amount is quadratic on a line
  // of thousands of amounts.
  std::vector<size_t> ends;
  for (size_t i = 0; i < text.size(); ++i) {
    if (EndsSentence(text, i)) ends.push_back(i);
  }
  std::vector<size_t> starts;
  for (const FoundAmount& amount : *amounts) starts.push_back(amount.begin);
  std::sort(starts.begin(), starts.end());
  for (FoundAmount& amount : *amounts) {
    if (!amount.years.empty()) continue;
    const auto end_before = std::lower_bound(ends.begin(), ends.end(), amount.begin);
    const size_t begin = end_before == ends.begin() ? 0 : *(end_before - 1) + 1;
    const auto end_after = std::lower_bound(ends.begin(), ends.end(), amount.end);
    const size_t end = end_after == ends.end() ? text.size() : *end_after;
    const auto in_sentence = std::lower_bound(starts.begin(), starts.end(), end) -
                             std::lower_bound(starts.begin(), starts.end(), begin);
    if (in_sentence != 1) continue;
    std::vector<int> years;
    for (size_t i = begin; i < end; ++i) {
      if (i > begin && text[i - 1] != ' ') continue;
      if (i >= amount.begin && i < amount.end) continue;
      size_t which = 0;
      const size_t after = MatchAnyAfter(folded, i, kPrepositions, &which);
      if (after == kNpos || after > end) continue;
      if (const auto found = ReadYearsAt(scan, after, /*lists=*/false)) {
        if (found->end <= end) years.insert(years.end(), found->years.begin(), found->years.end());
      }
    }
    if (years.size() == 1) amount.years = years;
  }
}

}  // namespace

namespace values_internal {

std::vector<FoundAmount> FindAmountsIn(const Scan& scan, const AmountOptions& options,
                                       std::vector<AmountProblem>* problems) {
  // "1" is "i" as OCR often reads it ("4,2 mio. kr. 1 2007"): right after a
  // sum and before a year it can be nothing else.
  static const std::vector<std::string_view> kYearPrepositions = {
      "for perioden", "i perioden", "for årene", "i årene", "for året", "i året",
      "i løbet af",   "i",          "for",       "fra",     "1"};
  const bool bare_mode = options.money_field || options.bare_multiplier != 1;
  const std::string_view text = scan.text();
  const std::string_view folded = scan.folded();
  std::vector<FoundAmount> out;
  size_t consumed = 0;
  for (const NumberToken& token : scan.numbers()) {
    if (token.begin < consumed || token.blocked) continue;
    const ValueVocabulary::Entry* currency_entry = nullptr;
    size_t currency = values_internal::MatchEntryBefore(
        folded, token.begin, scan.vocabulary().index.currencies_before, &currency_entry);
    if (currency != kNpos && currency < consumed) currency = kNpos;
    const auto unit = MatchMoneyUnitAfter(scan.vocabulary(), folded, token.end);
    bool bare = false;
    if (!unit && currency == kNpos) {
      if (const size_t range_end = MoneyRangeEnd(scan, token); range_end != kNpos) {
        Report(scan, token.begin, range_end, ErrorCode::kAmountRange,
               "is a range of amounts; no single sum to report", problems);
        consumed = range_end;
        continue;
      }
      // "Ca. 350.000 i 2012": an approximate sum in thousands is kroner
      // even where no unit or money field says so; "ca. 1.500 deltagere"
      // counts people (BareAmountAllowed reads the word after).
      const bool approximate_sum =
          token.grouped && token.value.scale == 0 &&
          token.value.mantissa >= kMinApproximateBareKroner &&
          MatchApproxBefore(scan.vocabulary(), folded, token.begin) != kNpos;
      if (!(bare_mode || approximate_sum) ||
          !BareAmountAllowed(scan, token, options.bare_multiplier)) {
        continue;
      }
      bare = true;
    }
    if (token.ordinal || token.list_marker) continue;
    size_t end = unit ? unit->end : token.end;
    // No sum is written with leading zeros ("0004 kr.": OCR's misreading of
    // "600.000 kr.", its digits parted and run into another number).
    if (token.leading_zero) {
      Report(scan, currency != kNpos ? currency : token.begin, end, ErrorCode::kAmountMalformed,
             "is no number a sum is written as (it starts with 0)", problems);
      consumed = end;
      continue;
    }
    const bool foreign_before =
        currency != kNpos && scan.vocabulary().currencies[currency_entry->group].foreign;
    if ((unit && unit->foreign) || foreign_before) {
      Report(scan, foreign_before ? currency : token.begin, end, ErrorCode::kAmountForeignCurrency,
             "is not in kroner", problems);
      consumed = end;
      continue;
    }
    if (unit && unit->multiplier == 1 && currency == kNpos && IsTableUnitPhrase(scan, token, end)) {
      consumed = end;
      continue;
    }
    const int64_t multiplier = unit ? unit->multiplier : (bare ? options.bare_multiplier : 1);
    // Kroner have two decimals at most: "350,000 kr." is 350.000 kr. with
    // its separator misread (OCR reads '.' as ',') or written in English,
    // never 350 kroner. A scale keeps the decimals ("1,250 mio. kr.").
    DecimalNumber value = token.value;
    if (multiplier == 1 && (unit || currency != kNpos) && !token.grouped && !token.dot_decimal &&
        value.scale == 3 && token.int_digits <= 3) {
      value.scale = 0;
    }
    const auto dkk = value.ToScaledInteger(multiplier);
    if (!dkk) {
      const bool fraction = !value.IsInteger() || multiplier == 1;
      Report(scan, token.begin, end,
             fraction ? ErrorCode::kAmountFractionalKroner : ErrorCode::kAmountOverflow,
             fraction ? "is not a whole number of kroner" : "is too large", problems);
      consumed = end;
      continue;
    }
    FoundAmount amount;
    amount.dkk = *dkk;
    amount.bare = bare;
    amount.begin = currency != kNpos ? currency : token.begin;
    if (unit) {
      amount.rule = std::string(unit->rule);
    } else if (currency != kNpos) {
      amount.rule = scan.vocabulary().currencies[currency_entry->group].rule;
    }
    const ValueVocabulary::Entry* approx_entry = nullptr;
    const size_t approx = values_internal::MatchEntryBefore(
        folded, amount.begin, scan.vocabulary().index.approximate, &approx_entry);
    if (approx != kNpos && approx >= consumed) {
      amount.begin = approx;
      amount.approximate = true;
      if (!unit && !options.money_field && options.bare_multiplier == 1) {
        amount.rule = scan.vocabulary().approximate[approx_entry->group].rule;
      }
    }
    amount.unit_end = end;
    size_t p = MatchPerYearAfter(scan.vocabulary(), folded, end);
    if (p != kNpos) {
      amount.per_year = true;
      end = p;
    }
    size_t which = 0;
    const size_t preposition = MatchAnyAfter(folded, end, kYearPrepositions, &which);
    if (preposition != kNpos) {
      if (const auto years = ReadYearsAt(scan, preposition, /*lists=*/true)) {
        // "fra 2010" alone is a start, not the year of the sum.
        if (kYearPrepositions[which] != "fra" || years->years.size() > 1) {
          amount.years = years->years;
          end = years->end;
        }
      }
    }
    if (amount.years.empty()) {
      size_t at = end;
      while (at < text.size() && text[at] == ' ') ++at;  // in the sentence, not the next cell
      if (const std::optional<int> year = at > end ? GluedYearAt(text, at) : std::nullopt) {
        amount.years = {*year};
        end = at + 5;
      }
    }
    if (!amount.per_year && (p = MatchPerYearAfter(scan.vocabulary(), folded, end)) != kNpos) {
      amount.per_year = true;
      end = p;
    }
    amount.end = end;
    amount.text = std::string(text.substr(amount.begin, amount.end - amount.begin));
    consumed = end;
    out.push_back(std::move(amount));
  }
  AttachSentenceYears(scan, &out);
  return out;
}

}  // namespace values_internal

std::vector<FoundAmount> FindAmounts(std::string_view text, const AmountOptions& options,
                                     WarningSink* warnings) {
  // Every amount has a number: a text without a digit has none to find.
  if (values_internal::LastDigit(text) == kNpos) return {};
  const Scan scan(text, options.vocabulary ? *options.vocabulary : BuiltinVocabulary());
  std::vector<AmountProblem> problems;
  std::vector<FoundAmount> found =
      values_internal::FindAmountsIn(scan, options, warnings != nullptr ? &problems : nullptr);
  for (const AmountProblem& problem : problems) {
    warnings->WarnAt(
        problem.begin, std::string(problem.status.code_name()),
        "'" + problem.text + "' is not read as an amount: " + problem.status.message());
  }
  return found;
}

Result<FoundAmount> ParseAmount(std::string_view text, const AmountOptions& options) {
  const std::string_view trimmed = values_internal::Trim(text);
  if (trimmed.empty()) return Status::Error(ErrorCode::kAmountEmpty, "no amount in an empty text");
  const Scan scan(trimmed, options.vocabulary ? *options.vocabulary : BuiltinVocabulary());
  std::vector<AmountProblem> problems;
  std::vector<FoundAmount> amounts = values_internal::FindAmountsIn(scan, options, &problems);
  if (amounts.empty()) {
    if (!problems.empty()) return problems.front().status;
    if (scan.numbers().empty()) {
      return Status::Error(ErrorCode::kAmountNoNumber, Quote(trimmed) + " holds no number");
    }
    const bool bare_mode = options.money_field || options.bare_multiplier != 1;
    if (!bare_mode) {
      return Status::Error(ErrorCode::kAmountNoUnit,
                           Quote(trimmed) + " has no money unit (kr., mio., ...)");
    }
    return Status::Error(ErrorCode::kAmountNoUnit,
                         Quote(trimmed) + " reads as a year, count or reference, not as kroner");
  }
  if (amounts.size() > 1) {
    return Status::Error(ErrorCode::kAmountSeveral, Quote(trimmed) + " holds more than one amount");
  }
  if (amounts.front().begin != 0 || !OnlyClosingPunctuation(trimmed.substr(amounts.front().end))) {
    return Status::Error(
        ErrorCode::kAmountTrailingText,
        Quote(trimmed) + " holds more than the amount " + Quote(amounts.front().text));
  }
  return std::move(amounts.front());
}

std::optional<std::string> CellNoteReference(std::string_view cell) {
  const std::string folded = FoldCase(values_internal::Trim(cell));
  for (size_t i = 0; i < folded.size(); ++i) {
    size_t end = values_internal::MatchPhraseAt(folded, i, "noter");
    if (end == kNpos) end = values_internal::MatchPhraseAt(folded, i, "note");
    if (end == kNpos) continue;
    const size_t p = SkipSpaces(folded, end);
    size_t q = p;
    while (q < folded.size() && IsDigit(folded[q])) ++q;
    if (q > p) return folded.substr(p, q - p);
  }
  return std::nullopt;
}

Result<int64_t> ParseCellAmount(std::string_view cell, int64_t multiplier,
                                const ValueVocabulary& vocabulary) {
  const std::string_view trimmed = values_internal::Trim(cell);
  if (trimmed.empty() || trimmed == "-" || trimmed == "\xE2\x80\x93" || trimmed == "\xE2\x80\x94") {
    return Status::Error(ErrorCode::kCellEmpty, "the cell holds no amount");
  }
  if (CellNoteReference(trimmed)) {
    return Status::Error(ErrorCode::kCellNote,
                         Quote(trimmed) + " refers to a note instead of an amount");
  }
  if (auto number = ParseNumber(trimmed); number.ok()) {
    const auto dkk = number->ToScaledInteger(multiplier);
    if (dkk) return *dkk;
    if (!number->IsInteger() && (number->scale > 0)) {
      return Status::Error(ErrorCode::kAmountFractionalKroner,
                           Quote(trimmed) + " times " + std::to_string(multiplier) +
                               " is not a whole number of kroner");
    }
    return Status::Error(ErrorCode::kAmountOverflow, Quote(trimmed) + " is too large");
  }
  AmountOptions options;
  options.vocabulary = &vocabulary;
  auto amount = ParseAmount(trimmed, options);
  if (amount.ok()) return amount->dkk;
  // status() returns a copy: keep it alive while its code is compared.
  Status status = amount.status();
  if (status.code() == ErrorCode::kAmountFractionalKroner ||
      status.code() == ErrorCode::kAmountOverflow) {
    return status;
  }
  return Status::Error(ErrorCode::kCellUnreadable, Quote(trimmed) + " is not an amount");
}

std::optional<int64_t> ParseTableUnit(std::string_view header, const ValueVocabulary& vocabulary) {
  const Scan scan(header, vocabulary);
  const std::string_view folded = scan.folded();
  // "(i 1000 kr.)", "(1.000 kr.)", "(1 mio. kr.)": a round number with a unit.
  for (const NumberToken& token : scan.numbers()) {
    if (token.blocked || token.value.scale != 0) continue;
    const auto unit = values_internal::MatchMoneyUnitAfter(scan.vocabulary(), folded, token.end);
    if (!unit || unit->foreign) continue;
    const auto value = token.value.ToScaledInteger(unit->multiplier);
    if (value && (*value == 1 || *value == 1000 || *value == 1000000 || *value == 1000000000)) {
      return *value;
    }
  }
  // "t.kr.", "mio. kr.", "kr.": a unit word alone.
  for (size_t i = 0; i < folded.size(); ++i) {
    if (values_internal::IsWordCharBefore(folded, i) || values_internal::SpaceAt(folded, i) > 0) {
      continue;
    }
    const auto unit = values_internal::MatchMoneyUnitAfter(scan.vocabulary(), folded, i);
    if (unit && !unit->foreign) return unit->multiplier;
  }
  return std::nullopt;
}

std::vector<Amount> ToModelAmounts(const FoundAmount& found) {
  Amount base;
  base.dkk = found.dkk;
  base.approximate = found.approximate;
  base.per_year = found.per_year;
  base.text = found.text;
  std::vector<Amount> out;
  if (found.per_year && !found.years.empty()) {
    for (int year : found.years) {
      Amount a = base;
      a.year = year;
      out.push_back(std::move(a));
    }
    return out;
  }
  if (found.years.size() == 1) base.year = found.years.front();
  out.push_back(std::move(base));
  return out;
}

}  // namespace bilag
