#include "extractor/repair/repair.h"

#include <algorithm>
#include <utility>

#include "extractor/repair/repair_text.h"

namespace bilag {
namespace {

// Caches are cleared when they reach this size, so a long batch cannot grow
// them without bound (a cleared cache only costs time).
constexpr size_t kMaxCachedVerdicts = 100000;
constexpr size_t kMaxAmbiguousExamples = 5;

std::vector<Confusion> ToConfusions(const std::vector<ConfusionRule>& rules) {
  std::vector<Confusion> confusions;
  for (const ConfusionRule& rule : rules) {
    for (const std::string& misread : rule.misreads) {
      if (misread.empty() || misread == rule.correct) continue;
      confusions.push_back({misread, rule.correct, rule.word_start_only});
    }
  }
  return confusions;
}

// Among known spellings at one level that differ only in case, the one whose
// first letter has the word's case; a word that starts with a symbol gets a
// capital (see repair.h).
const std::string& PreferredCase(std::string_view word, const std::vector<std::string>& spellings) {
  bool want_upper = StartsWithLetter(word) ? StartsWithUpper(word) : true;
  for (const std::string& spelling : spellings) {
    if (StartsWithUpper(spelling) == want_upper) return spelling;
  }
  return spellings.front();
}

// The words of the document's clean pages, in lower case.
std::unordered_set<std::string> CleanPageWords(const Document& doc) {
  std::unordered_set<std::string> words;
  for (const Page& page : doc.pages) {
    if (!LooksClean(MeasurePageSigns(page))) continue;
    for (const Line& line : page.lines) {
      for (const WordSpan& span : RepairableWords(line.text)) {
        words.insert(
            ToLowerUtf8(std::string_view(line.text).substr(span.begin, span.end - span.begin)));
      }
    }
  }
  return words;
}

bool Overlaps(const WordSpan& span, const std::vector<TextRepair>& repairs) {
  for (const TextRepair& repair : repairs) {
    if (span.begin < repair.end && repair.begin < span.end) return true;
  }
  return false;
}

}  // namespace

bool ParseRepairMode(std::string_view text, RepairMode* mode) {
  if (text == "off") {
    *mode = RepairMode::kOff;
  } else if (text == "on") {
    *mode = RepairMode::kOn;
  } else if (text == "auto") {
    *mode = RepairMode::kAuto;
  } else {
    return false;
  }
  return true;
}

Repairer::Repairer(const RuleSet& rules, const RepairOptions& options)
    : options_(options),
      corrector_(rules.corrections),
      confusions_(ToConfusions(rules.confusions)),
      words_(rules.words) {}

const Lexicon* Repairer::lexicon() const {
  std::call_once(lexicon_once_, [this] {
    Result<std::unique_ptr<Lexicon>> opened = Lexicon::Open(options_.dictionary, words_);
    if (opened.ok()) {
      lexicon_ = std::move(opened).value();
    } else {
      lexicon_status_ = opened.status();
    }
  });
  return lexicon_.get();
}

WordVerdict Repairer::Search(std::string_view word, const Lexicon& lexicon) const {
  WordVerdict verdict;
  if (IsProtectedWord(word)) {
    verdict.kind = WordVerdict::kProtected;
    return verdict;
  }
  using Spelling = Lexicon::Spelling;
  Spelling spelling = lexicon.Lookup(word);
  if (spelling == Spelling::kWord) {
    verdict.kind = WordVerdict::kKnown;
    return verdict;
  }
  // A plausible compound is a word as far as we can tell ("Brandvasen" =
  // brand + vasen), but a dictionary word one confusion away ("Brandvæsen")
  // is the likelier reading of an OCR'd text; nothing else replaces it.
  bool second_look = spelling == Spelling::kCompound;
  verdict.kind = second_look ? WordVerdict::kKnown : WordVerdict::kUnknown;
  if (word.size() > options_.max_word_bytes) return verdict;
  size_t budget = options_.max_candidates;
  int max_substitutions = second_look ? 1 : options_.max_substitutions;
  for (int k = 1; k <= max_substitutions && budget > 0; ++k) {
    std::vector<std::string> candidates = CandidatesAt(word, confusions_, k, budget);
    if (candidates.empty()) break;
    budget -= std::min(budget, candidates.size());
    // Known spellings, grouped by their lower-case form (in first-seen order).
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    for (std::string& candidate : candidates) {
      Spelling candidate_spelling = lexicon.Lookup(candidate);
      bool fits = candidate_spelling == Spelling::kWord ||
                  (!second_look && candidate_spelling == Spelling::kCompound);
      if (!fits) continue;
      std::string key = ToLowerUtf8(candidate);
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& group) { return group.first == key; });
      if (it == groups.end()) {
        std::vector<std::string> spellings;
        spellings.push_back(std::move(candidate));
        groups.emplace_back(std::move(key), std::move(spellings));
      } else {
        it->second.push_back(std::move(candidate));
      }
    }
    if (groups.empty()) continue;
    if (second_look && groups.size() > 1) return verdict;
    if (groups.size() == 1) {
      verdict.kind = WordVerdict::kRepaired;
      verdict.replacement = PreferredCase(word, groups.front().second);
    } else {
      verdict.kind = WordVerdict::kAmbiguous;
      for (const auto& group : groups) {
        verdict.alternatives.push_back(PreferredCase(word, group.second));
      }
    }
    return verdict;
  }
  return verdict;
}

WordVerdict Repairer::JudgeWord(std::string_view word) const {
  const Lexicon* known = lexicon();
  if (known == nullptr) return WordVerdict{};
  std::string key(word);
  {
    std::lock_guard<std::mutex> lock(verdicts_mutex_);
    auto it = verdicts_.find(key);
    if (it != verdicts_.end()) return it->second;
  }
  WordVerdict verdict = Search(word, *known);
  std::lock_guard<std::mutex> lock(verdicts_mutex_);
  if (verdicts_.size() >= kMaxCachedVerdicts) verdicts_.clear();
  verdicts_.emplace(std::move(key), verdict);
  return verdict;
}

void Repairer::RepairText(std::string* text, int page, int line, Pass* pass) const {
  Document* doc = pass->doc;
  RepairReport* report = pass->report;
  const Lexicon* lexicon = pass->lexicon;
  std::vector<TextRepair> by_rule;
  corrector_.Apply(text, &by_rule);
  for (const TextRepair& repair : by_rule) {
    doc->corrections.push_back({repair.from, repair.to, page, line, repair.rule});
    ++report->by_rule;
  }
  if (lexicon == nullptr) return;
  // Replaced right to left so that the spans still to come stay valid.
  std::vector<std::pair<WordSpan, std::string>> replacements;
  for (const WordSpan& span : RepairableWords(*text)) {
    if (Overlaps(span, by_rule)) continue;
    std::string_view word = std::string_view(*text).substr(span.begin, span.end - span.begin);
    // "vedr.", "mio.", "ca.": hunspell knows abbreviations with their dot.
    if (span.end < text->size() && (*text)[span.end] == '.' &&
        lexicon->Knows(std::string(word) + '.')) {
      continue;
    }
    WordVerdict verdict = JudgeWord(word);
    if (verdict.kind == WordVerdict::kProtected) continue;
    ++report->words;
    if (verdict.kind == WordVerdict::kRepaired) {
      if (pass->clean_words.count(ToLowerUtf8(word)) != 0) {
        ++report->contradicted;
        continue;
      }
      replacements.push_back({span, verdict.replacement});
    } else if (verdict.kind == WordVerdict::kAmbiguous) {
      ++report->ambiguous;
      if (pass->ambiguous_examples.size() < kMaxAmbiguousExamples) {
        std::string example(word);
        example += " (";
        for (size_t i = 0; i < verdict.alternatives.size(); ++i) {
          example += (i ? "|" : "") + verdict.alternatives[i];
        }
        pass->ambiguous_examples.push_back(example + ")");
      }
    } else if (verdict.kind == WordVerdict::kUnknown) {
      ++report->unknown;
    }
  }
  for (const auto& [span, to] : replacements) {
    doc->corrections.push_back(
        {text->substr(span.begin, span.end - span.begin), to, page, line, "lexicon"});
    ++report->by_lexicon;
  }
  for (auto it = replacements.rbegin(); it != replacements.rend(); ++it) {
    text->replace(it->first.begin, it->first.end - it->first.begin, it->second);
  }
}

RepairReport Repairer::Repair(Document* doc) const {
  RepairReport report;
  if (options_.mode == RepairMode::kOff) return report;
  const Lexicon* known = nullptr;
  if (options_.mode == RepairMode::kAuto) {
    report.signs = MeasureTextSigns(*doc);
    if (!LooksSuspicious(report.signs)) return report;
    known = lexicon();
    if (known == nullptr) {
      doc->AddWarning("repair-no-lexicon", "the text looks like OCR without a Danish model (" +
                                               report.signs.ToString() + ") but " +
                                               lexicon_status_.message() + "; not repaired");
      return report;
    }
    MeasureLexiconSigns(*doc, *known, &report.signs);
    if (!NeedsRepair(report.signs)) return report;
  } else {
    known = lexicon();
    if (known == nullptr) {
      doc->AddWarning("repair-no-lexicon",
                      lexicon_status_.message() + "; only [[correction]] rules were applied");
    }
  }
  report.ran = true;
  Pass pass{known, CleanPageWords(*doc), doc, &report, {}};
  std::vector<std::string>& examples = pass.ambiguous_examples;
  for (Page& page : doc->pages) {
    for (Line& line : page.lines) {
      if (line.kind != LineKind::kTableRow || line.cells.empty()) {
        RepairText(&line.text, line.page, line.number, &pass);
        continue;
      }
      std::string joined;
      for (size_t i = 0; i < line.cells.size(); ++i) {
        RepairText(&line.cells[i].text, line.page, line.number, &pass);
        joined += (i ? "\t" : "") + line.cells[i].text;
      }
      line.text = std::move(joined);
    }
  }
  if (options_.mode == RepairMode::kAuto) {
    std::string message = "the text reads as Danish by OCR without a Danish model (" +
                          report.signs.ToString() + "): repaired";
    if (report.contradicted > 0) {
      message += "; " + std::to_string(report.contradicted) +
                 " words left as a clean page of the document writes them";
    }
    doc->AddWarning("repair-applied", message);
  }
  if (report.ambiguous + report.unknown > 0) {
    std::string message =
        std::to_string(report.ambiguous + report.unknown) +
        " words that look misread were left as they are: " + std::to_string(report.ambiguous) +
        " with more than one possible repair, " + std::to_string(report.unknown) +
        " with none the lexicon knows";
    if (!examples.empty()) {
      message += " (e.g. ";
      for (size_t i = 0; i < examples.size(); ++i) message += (i ? ", " : "") + examples[i];
      message += ")";
    }
    doc->AddWarning("repair-ambiguous", message);
  }
  return report;
}

}  // namespace bilag
