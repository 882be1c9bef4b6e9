#include "extractor/report/tables.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "extractor/model/names.h"
#include "extractor/report/html.h"
#include "extractor/report/locate.h"

namespace bilag::report {
namespace {

// Tables longer than this start folded, their rows kept as unparsed text in
// a <script type="text/x-bilag-rows"> that the page's script turns into
// elements when the table is opened: a 200-page document has thousands of
// budget cells, and markup the browser need not parse costs it nothing.
// The document text is escaped, so "</script" cannot occur in the rows.
constexpr size_t kFoldRows = 400;

// How the rules write a percent unit: the first word of the first
// [[percent_unit]] of its kind ("%", "procentpoint"); nothing without one.
std::string PercentUnitText(const ValueVocabulary& vocabulary, bool points) {
  for (const PercentWords& unit : vocabulary.percent_units) {
    if (unit.points == points && !unit.words.empty()) return " " + unit.words.front();
  }
  return "";
}

std::string UnitText(TargetUnit unit, const ValueVocabulary& vocabulary) {
  switch (unit) {
    case TargetUnit::kNone:
    case TargetUnit::kCount:
      return "";
    case TargetUnit::kPercent:
      return PercentUnitText(vocabulary, false);
    case TargetUnit::kPercentagePoints:
      return PercentUnitText(vocabulary, true);
    case TargetUnit::kDkk:
      return " kr.";
  }
  return "";
}

std::string ComparatorText(Comparator comparator) {
  switch (comparator) {
    case Comparator::kNone:
      return "";
    case Comparator::kAtLeast:
      return "\u2265 ";
    case Comparator::kAtMost:
      return "\u2264 ";
    case Comparator::kEqual:
      return "= ";
  }
  return "";
}

std::string TargetValue(const Target& target, const ValueVocabulary& vocabulary) {
  if (!target.value) return "";
  std::string text = ComparatorText(target.comparator) + FormatNumber(*target.value);
  if (target.value_max) text += "\u2013" + FormatNumber(*target.value_max);
  return text + UnitText(target.unit, vocabulary);
}

// What data-go holds and the script parses.
std::string Place(int page, int line) { return std::to_string(page) + ":" + std::to_string(line); }

// What people read: a warning about a whole page has line 0.
std::string PlaceLabel(int page, int line) {
  return line > 0 ? Place(page, line) : "p. " + std::to_string(page);
}

// A rule id that may wrap after its dots and dashes, not mid-word.
std::string BreakableRule(std::string_view rule) {
  std::string html;
  size_t start = 0;
  for (size_t i = 0; i < rule.size(); ++i) {
    if (rule[i] != '.' && rule[i] != '-') continue;
    AppendEscaped(rule.substr(start, i + 1 - start), &html);
    html.append("<wbr>");
    start = i + 1;
  }
  AppendEscaped(rule.substr(start), &html);
  return html;
}

// Builds one table: a folded-or-open <details> with a header row. When
// every row came from the same rule, the rule is named once in the summary
// instead of in a column.
class Table {
 public:
  Table(std::string title, std::vector<const char*> columns, int doc_id)
      : title_(std::move(title)), columns_(std::move(columns)), doc_id_(doc_id) {}

  // Starts a row linked to page:line and mark `mark_id` (-1 = no mark);
  // page 0 = no place.
  void BeginRow(int page, int line, int mark_id, const char* css_class = nullptr) {
    rows_.emplace_back();
    std::string& row = rows_.back().html;
    row.append("<tr");
    if (css_class != nullptr) row.append(std::string(" class=\"") + css_class + "\"");
    if (page > 0) row.append(" data-go=\"" + Place(page, line) + "\"");
    if (mark_id >= 0) row.append(" data-v=\"" + std::to_string(mark_id) + "\"");
    row.push_back('>');
    page_ = page;
    line_ = line;
  }
  void Cell(std::string_view text, const char* css_class = nullptr) {
    std::string& row = rows_.back().html;
    row.append(css_class ? std::string("<td class=\"") + css_class + "\">" : "<td>");
    AppendEscaped(text, &row);
    row.append("</td>");
  }
  // A cell of trusted markup.
  void RawCell(const std::string& html) { rows_.back().html.append("<td>" + html + "</td>"); }
  void PlaceCell() {
    if (page_ <= 0) {
      Cell("\u2013");
      return;
    }
    rows_.back().html.append("<td class=\"at\"><a href=\"#d" + std::to_string(doc_id_) + "p" +
                             std::to_string(page_) + "\">" + PlaceLabel(page_, line_) +
                             "</a></td>");
  }
  // The rule that produced the row: the last column.
  void RuleCell(std::string rule) {
    rows_.back().rule = std::move(rule);
    has_rules_ = true;
  }

  void AppendTo(std::string* out) const {
    if (rows_.empty()) return;
    bool one_rule = has_rules_ && std::all_of(rows_.begin(), rows_.end(), [this](const Row& row) {
                      return row.rule == rows_.front().rule;
                    });
    bool rule_column = has_rules_ && !one_rule;
    bool folded = rows_.size() > kFoldRows;
    out->append(folded ? "<details class=\"lazy\">" : "<details open>");
    out->append("<summary>");
    AppendEscaped(title_, out);
    out->append(" <span class=\"count\">" + std::to_string(rows_.size()) + "</span>");
    if (one_rule && !rows_.front().rule.empty()) {
      out->append(" <span class=\"rule\">rule " + BreakableRule(rows_.front().rule) + "</span>");
    }
    out->append("</summary>");
    if (folded) out->append("<script type=\"text/x-bilag-rows\">");
    out->append("<table><thead><tr>");
    for (const char* column : columns_) out->append(std::string("<th>") + column + "</th>");
    if (rule_column) out->append("<th>rule</th>");
    out->append("</tr></thead><tbody>");
    for (const Row& row : rows_) {
      out->append(row.html);
      if (rule_column) out->append("<td class=\"rule\">" + BreakableRule(row.rule) + "</td>");
      out->append("</tr>");
    }
    out->append("</tbody></table>");
    if (folded) out->append("</script>");
    out->append("</details>");
  }

 private:
  struct Row {
    std::string html;  // up to the rule cell; "</tr>" comes with it
    std::string rule;
  };

  std::string title_;
  std::vector<const char*> columns_;
  int doc_id_;
  std::vector<Row> rows_;
  bool has_rules_ = false;
  int page_ = 0, line_ = 0;
};

std::string Tip(const std::string& what, const std::string& rule) {
  return what + "\nrule " + (rule.empty() ? "(none)" : rule);
}

std::string Badge(MarkKind kind, const std::string& text) {
  return std::string("<span class=\"badge ") + MarkClass(kind) + "\">" + Escaped(text) + "</span>";
}

// The value of a metadata field as text, nullopt when unknown.
std::optional<std::string> FieldValue(const DocumentInfo& info, const std::string& field) {
  if (field == "title") return info.title;
  if (field == "bilag") return info.bilag;
  if (field == "kind") return info.kind;
  if (field == "committee") return info.committee;
  if (field == "administration") return info.administration;
  if (field == "date") return info.date;
  if (field == "case_number") return info.case_number;
  if (field == "document_number") return info.document_number;
  if (field == "years" && info.years) {
    std::string years;
    for (int year : *info.years) years += (years.empty() ? "" : ", ") + std::to_string(year);
    return years;
  }
  return std::nullopt;
}

// How the document may have written a metadata value: an ISO date also as
// "23.03.2010", "23/3-2010" or "23. marts 2010" (with each of the month's
// words in `vocabulary`: "9. okt. 2008" too); years by their first year.
std::vector<std::string> FieldSpellings(const DocumentInfo& info, const std::string& field,
                                        const std::string& value,
                                        const ValueVocabulary& vocabulary) {
  if (field == "years" && info.years && !info.years->empty()) {
    return {std::to_string(info.years->front())};
  }
  if (field != "date" || value.size() != 10) return {value};
  std::string year = value.substr(0, 4), month = value.substr(5, 2), day = value.substr(8, 2);
  std::string short_day = day[0] == '0' ? day.substr(1) : day;
  std::string short_month = month[0] == '0' ? month.substr(1) : month;
  std::vector<std::string> spellings = {
      value, day + "." + month + "." + year, day + "-" + month + "-" + year,
      short_day + "/" + short_month + "-" + year, short_day + "." + short_month + "." + year};
  const int month_number = std::atoi(month.c_str());
  for (const MonthWords& words : vocabulary.months) {
    if (words.month != month_number) continue;
    for (const std::string& word : words.words) {
      spellings.push_back(short_day + ". " + word + " " + year);
    }
  }
  return spellings;
}

std::vector<std::string_view> Views(const std::vector<std::string>& strings) {
  return std::vector<std::string_view>(strings.begin(), strings.end());
}

void AppendMetadata(const Extraction& extraction, int doc_id, const ValueVocabulary& vocabulary,
                    Highlights* highlights, std::string* out) {
  const DocumentInfo& info = extraction.info;
  Table table("Metadata", {"field", "value", "at"}, doc_id);
  for (const char* field : {"title", "bilag", "kind", "committee", "administration", "date",
                            "case_number", "document_number", "years"}) {
    std::optional<std::string> value = FieldValue(info, field);
    auto place = info.provenance.find(field);
    bool placed = place != info.provenance.end();
    int mark = -1;
    if (value && placed) {
      const DocumentInfo::Provenance& where = place->second;
      mark = highlights->AddText(MarkKind::kMetadata, where.page, where.line,
                                 Views(FieldSpellings(info, field, *value, vocabulary)),
                                 Tip(std::string(field) + ": " + *value, where.rule), where.span);
    }
    table.BeginRow(placed && mark >= 0 ? place->second.page : 0, placed ? place->second.line : 0,
                   mark);
    table.Cell(field, "key");
    if (value) {
      table.RawCell(Badge(MarkKind::kMetadata, *value));
    } else {
      table.Cell("null", "null");
    }
    table.PlaceCell();
    table.RuleCell(placed ? place->second.rule : "");
  }
  table.AppendTo(out);
}

void AppendInitiatives(const Extraction& extraction, int doc_id, const ValueVocabulary& vocabulary,
                       Highlights* highlights, std::string* out) {
  Table initiatives("Initiatives", {"#", "section", "theme", "name", "amounts", "targets", "at"},
                    doc_id);
  Table amounts("Amounts", {"#", "as written", "kroner", "year", "", "at"}, doc_id);
  Table targets("Targets", {"#", "kind", "year", "text", "value", "at"}, doc_id);
  int number = 0;
  for (const Initiative& initiative : extraction.initiatives) {
    std::string n = std::to_string(++number);
    std::string about = "initiative " + n + ": " + initiative.name;
    if (initiative.theme) about += "\ntheme: " + *initiative.theme;
    int mark = highlights->AddText(MarkKind::kInitiative, initiative.page, initiative.line,
                                   {initiative.name}, Tip(about, initiative.rule));
    initiatives.BeginRow(mark >= 0 ? initiative.page : 0, initiative.line, mark);
    initiatives.Cell(n, "num");
    initiatives.Cell(initiative.section.value_or(""));
    initiatives.Cell(initiative.theme.value_or(""), "theme");
    initiatives.RawCell(Badge(MarkKind::kInitiative, initiative.name));
    initiatives.Cell(std::to_string(initiative.amounts.size()), "num");
    initiatives.Cell(std::to_string(initiative.targets.size()), "num");
    initiatives.PlaceCell();
    initiatives.RuleCell(initiative.rule);

    for (const Amount& amount : initiative.amounts) {
      std::string flags;
      if (amount.approximate) flags += "ca.";
      if (amount.per_year) flags += flags.empty() ? "per year" : ", per year";
      std::string value = FormatDkk(amount.dkk);
      if (amount.year) value += " \u00b7 " + std::to_string(*amount.year);
      if (!flags.empty()) value += " \u00b7 " + flags;
      int id = highlights->AddText(
          MarkKind::kAmount, amount.page, amount.line, {amount.text},
          Tip("amount: " + value + "\n(initiative " + n + ")", amount.rule), amount.span);
      amounts.BeginRow(id >= 0 ? amount.page : 0, amount.line, id);
      amounts.Cell(n, "num");
      amounts.RawCell(Badge(MarkKind::kAmount, amount.text));
      amounts.Cell(FormatDkk(amount.dkk), "num");
      amounts.Cell(amount.year ? std::to_string(*amount.year) : "");
      amounts.Cell(flags);
      amounts.PlaceCell();
      amounts.RuleCell(amount.rule);
    }
    for (const Target& target : initiative.targets) {
      MarkKind kind = TargetMarkKind(target.kind);
      std::string value = TargetValue(target, vocabulary);
      std::string what = "target: " + TargetKindWords(target.kind);
      if (target.year) what += " \u00b7 " + std::to_string(*target.year);
      what += " \u00b7 " + (value.empty() ? std::string("no number") : value);
      int id =
          highlights->AddText(kind, target.page, target.line, {target.text},
                              Tip(what + "\n(initiative " + n + ")", target.rule), target.span);
      targets.BeginRow(id >= 0 ? target.page : 0, target.line, id);
      targets.Cell(n, "num");
      targets.RawCell(Badge(kind, TargetKindWords(target.kind)));
      targets.Cell(target.year ? std::to_string(*target.year) : "");
      targets.Cell(target.text, "long");
      targets.Cell(value, "num");
      targets.PlaceCell();
      targets.RuleCell(target.rule);
    }
  }
  initiatives.AppendTo(out);
  amounts.AppendTo(out);
  targets.AppendTo(out);
}

void AppendBudget(const Extraction& extraction, int doc_id, Highlights* highlights,
                  std::string* out) {
  Table table("Budget", {"item", "year", "kroner", "note", "at"}, doc_id);
  for (const BudgetCell& cell : extraction.budget) {
    std::string year = cell.total ? "I alt" : cell.year ? std::to_string(*cell.year) : "";
    std::string value = cell.dkk ? FormatDkk(*cell.dkk) : "no amount";
    std::string what =
        "budget cell: " + cell.item + " \u00b7 " + (year.empty() ? "?" : year) + " \u00b7 " + value;
    if (cell.note) what += " \u00b7 note " + *cell.note;
    int id = highlights->AddBudgetCell(cell, Tip(what, cell.rule));
    table.BeginRow(id >= 0 ? cell.page : 0, cell.line, id, cell.total ? "total" : nullptr);
    table.Cell(cell.item, "long");
    table.Cell(year);
    table.RawCell(cell.dkk ? Badge(MarkKind::kBudget, FormatDkk(*cell.dkk)) : "");
    table.Cell(cell.note.value_or(""));
    table.PlaceCell();
    table.RuleCell(cell.rule);
  }
  table.AppendTo(out);
}

void AppendCorrections(const Document& doc, int doc_id, Highlights* highlights, std::string* out) {
  Table table("OCR repairs", {"read", "repaired", "at"}, doc_id);
  for (const Correction& correction : doc.corrections) {
    int id = highlights->AddText(MarkKind::kCorrection, correction.page, correction.line,
                                 {correction.to},
                                 Tip("OCR repair: \u00ab" + correction.from +
                                         "\u00bb \u2192 \u00ab" + correction.to + "\u00bb",
                                     correction.rule));
    table.BeginRow(id >= 0 ? correction.page : 0, correction.line, id);
    table.Cell(correction.from, "from");
    table.RawCell(Badge(MarkKind::kCorrection, correction.to));
    table.PlaceCell();
    table.RuleCell(correction.rule);
  }
  table.AppendTo(out);
}

void AppendWarnings(const Document& doc, int doc_id, std::string* out) {
  Table table("Warnings", {"code", "message", "at"}, doc_id);
  for (const Warning& warning : doc.warnings) {
    bool placed = doc.PageIndex(warning.page).has_value();
    // A line the page does not have: the warning is about the page.
    int line = placed && doc.LineAt(warning.page, warning.line) ? warning.line : 0;
    table.BeginRow(placed ? warning.page : 0, line, -1, "warn");
    table.Cell(warning.code, "key");
    table.Cell(warning.message, "long");
    table.PlaceCell();
  }
  table.AppendTo(out);
}

}  // namespace

void AppendTables(const Extraction& extraction, int doc_id, const ValueVocabulary& vocabulary,
                  Highlights* highlights, std::string* out) {
  AppendMetadata(extraction, doc_id, vocabulary, highlights, out);
  AppendWarnings(extraction.document, doc_id, out);
  AppendInitiatives(extraction, doc_id, vocabulary, highlights, out);
  AppendBudget(extraction, doc_id, highlights, out);
  AppendCorrections(extraction.document, doc_id, highlights, out);
}

}  // namespace bilag::report
