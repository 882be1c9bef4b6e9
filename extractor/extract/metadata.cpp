#include "extractor/extract/metadata.h"

#include "extractor/base/text.h"
#include "extractor/base/utf8.h"
#include "extractor/extract/page_text.h"
#include "extractor/values/date.h"
#include "extractor/values/year.h"

namespace bilag {
namespace {

// A value read across lines ("Status på Børne- og Ungdomsudvalgets" /
// "integrationsindsats 2016") is one line of text.
std::string CollapseSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<std::string>* TextField(DocumentInfo* info, const std::string& field) {
  if (field == "title") return &info->title;
  if (field == "bilag") return &info->bilag;
  if (field == "committee") return &info->committee;
  if (field == "administration") return &info->administration;
  if (field == "date") return &info->date;
  if (field == "case_number") return &info->case_number;
  if (field == "document_number") return &info->document_number;
  return nullptr;
}

bool IsSet(DocumentInfo* info, const std::string& field) {
  if (field == "years") return info->years.has_value();
  std::optional<std::string>* slot = TextField(info, field);
  return slot != nullptr && slot->has_value();
}

std::string Capitalized(std::string value) {
  if (!value.empty() && value[0] >= 'a' && value[0] <= 'z')
    value[0] = static_cast<char>(value[0] - 32);
  // æ ø å as the first letter: their capitals are one code point below in the
  // same two-byte block (U+00E6 -> U+00C6, U+00F8 -> U+00D8, U+00E5 -> U+00C5).
  if (value.size() >= 2 && static_cast<unsigned char>(value[0]) == 0xC3) {
    unsigned char second = static_cast<unsigned char>(value[1]);
    if (second >= 0xA0 && second <= 0xBE && second != 0xB7)
      value[1] = static_cast<char>(second - 0x20);
  }
  return value;
}

// Stores `raw` as `field` after parsing it; false when it does not parse.
// Dates read with the rules' month and weekday words (`vocabulary`).
bool Store(const FieldRule& rule, const ValueVocabulary& vocabulary, const std::string& field,
           std::string_view raw, int page, int line, std::optional<TextSpan> span,
           DocumentInfo* info) {
  std::string value = CollapseSpaces(Trim(raw));
  if (value.empty()) return false;
  if (field == "years") {
    std::vector<int> years = TitleYears(value);
    if (years.empty()) return false;
    info->years = years;
  } else {
    if (rule.parse == FieldParse::kDate || field == "date") {
      Result<std::string> iso = ParseDate(value, vocabulary);
      if (!iso.ok()) return false;
      value = *iso;
    }
    if (rule.capitalize) value = Capitalized(value);
    std::optional<std::string>* slot = TextField(info, field);
    if (slot == nullptr) return false;
    *slot = value;
  }
  info->provenance[field] = {page, line, rule.id, span};
  return true;
}

// The value and, when the rule asks, the first cells of the lines after
// `line` (1-based) that continue it.
std::string WithWrappedLines(const FieldRule& rule, std::string value, const Page& page, int line) {
  if (!rule.join_wrapped) return value;
  for (size_t i = static_cast<size_t>(line); i < page.lines.size(); ++i) {
    std::string_view text = page.lines[i].text;
    text = Trim(text.substr(0, text.find('\t')));
    if (!StartsLowerCase(text)) break;
    value = std::string(Trim(value)) + " " + std::string(text);
  }
  return value;
}

// The named groups of a match, for the trace.
std::vector<std::pair<std::string, std::string>> NamedGroups(const Pattern& pattern,
                                                             const PatternMatch& match,
                                                             std::string_view text) {
  std::vector<std::pair<std::string, std::string>> groups;
  for (const std::string& name : pattern.GroupNames()) {
    const Span& span = match.groups[static_cast<size_t>(pattern.GroupIndex(name))];
    if (span.matched) groups.emplace_back(name, std::string(match.Text(text, span)));
  }
  return groups;
}

std::string ValueOf(const DocumentInfo& info, const std::string& field) {
  if (field == "years") {
    std::string years;
    for (int year : info.years.value_or(std::vector<int>())) {
      years += (years.empty() ? "" : ", ") + std::to_string(year);
    }
    return "[" + years + "]";
  }
  const std::optional<std::string>* slot = TextField(const_cast<DocumentInfo*>(&info), field);
  return slot != nullptr && slot->has_value() ? "\"" + **slot + "\"" : "null";
}

void ApplyPatternRule(const FieldRule& rule, const ValueVocabulary& vocabulary, const Document& doc,
                      DocumentInfo* info, Trace* trace) {
  int pages = 0;
  for (const Page& page : doc.pages) {
    if (rule.first_pages > 0 && pages++ >= rule.first_pages) break;
    PageText text = PageText::Of(page, rule.first_lines, rule.roles);
    for (const PatternMatch& match : rule.pattern->FindAll(text.text)) {
      const Span& value = match.groups[static_cast<size_t>(rule.pattern->GroupIndex("value"))];
      if (!value.matched) continue;
      int line = text.LineAt(value.begin);
      std::string found =
          WithWrappedLines(rule, std::string(match.Text(text.text, value)), page, line);
      bool stored = Store(rule, vocabulary, rule.field, found, page.number, line,
                          text.SpanOnLine(value.begin, value.end), info);
      if (trace != nullptr) {
        TraceEvent event = MakeEvent(
            rule.id, "field", page.number, line, std::string(match.Text(text.text, match.whole)),
            stored ? "document." + rule.field + " = " + ValueOf(*info, rule.field)
                   : "matched, but '" + found + "' does not read as a " +
                         (rule.parse == FieldParse::kDate ? "date" : rule.field));
        event.groups = NamedGroups(*rule.pattern, match, text.text);
        trace->Add(std::move(event));
      }
      if (!stored) continue;
      // Other named groups fill their fields when still empty.
      for (const char* other : {"title", "bilag", "committee", "administration", "date",
                                "case_number", "document_number"}) {
        int index = rule.pattern->GroupIndex(other);
        if (index < 0 || other == rule.field || IsSet(info, other)) continue;
        const Span& span = match.groups[static_cast<size_t>(index)];
        if (span.matched) {
          Store(rule, vocabulary, other, match.Text(text.text, span), page.number,
                text.LineAt(span.begin), text.SpanOnLine(span.begin, span.end), info);
        }
      }
      return;
    }
  }
  if (trace != nullptr) {
    TraceEvent miss =
        MakeEvent(rule.id, "field", 0, 0, "", "no match for document." + rule.field, false);
    miss.pattern = rule.pattern->source();
    trace->Add(std::move(miss));
  }
}

}  // namespace

void ExtractMetadata(const RuleSet& rules, const Document& doc, DocumentInfo* info, Trace* trace) {
  for (const FieldRule& rule : rules.fields) {
    if (!rule.AppliesTo(info->kind) || !rule.pattern) continue;
    if (IsSet(info, rule.field)) {
      if (trace != nullptr) {
        trace->Add(MakeEvent(rule.id, "field", 0, 0, "",
                             "not tried: document." + rule.field + " was already set by " +
                                 info->provenance[rule.field].rule));
      }
      continue;
    }
    ApplyPatternRule(rule, rules.vocabulary, doc, info, trace);
  }
  for (const FieldRule& rule : rules.fields) {
    if (!rule.AppliesTo(info->kind) || rule.pattern || IsSet(info, rule.field)) continue;
    std::optional<std::string>* source = TextField(info, rule.from);
    if (source == nullptr || !source->has_value()) continue;
    const DocumentInfo::Provenance from = info->provenance[rule.from];
    bool stored = Store(rule, rules.vocabulary, rule.field, **source, from.page, from.line,
                        std::nullopt, info);
    if (trace != nullptr) {
      trace->Add(MakeEvent(rule.id, "field", from.page, from.line, **source,
                           stored ? "document." + rule.field + " = " + ValueOf(*info, rule.field)
                                  : "document." + rule.from + " gives no " + rule.field,
                           stored));
    }
  }
}

}  // namespace bilag
