// Speed of the OCR repair stage (extractor/repair/repair.h) in words per
// second, and the signs that `--repair auto` judges documents by. Prints
// figures; asserts nothing. Run through bench/repair_tokens_per_second.sh.
//
// Usage: repair_bench [--repeat N] [--mode on|auto] [--signs] [--words]
//                     [--rules DIR] FILE...
//   --repeat N  repair the document's pages N times over (default 20)
//   --mode      on (default: every word is judged) or auto (clean text skipped)
//   --signs     only print the auto-mode signs of each FILE
//   --words     also list every word the lexicon step did not know
//
// "cold" is the first pass with empty caches (the dictionary already loaded:
// its ~0.4 s load is printed apart); "warm" is the N passes after it, where
// repeated words hit the caches as they do in a batch of similar documents.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extractor/ingest/ingest.h"
#include "extractor/normalise/normalise.h"
#include "extractor/repair/ocr_signs.h"
#include "extractor/repair/repair.h"
#include "extractor/repair/repair_text.h"
#include "extractor/rules/rule_loader.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

int CountWords(const bilag::Document& doc) {
  int words = 0;
  for (const bilag::Page& page : doc.pages) {
    for (const bilag::Line& line : page.lines) {
      words += static_cast<int>(bilag::RepairableWords(line.text).size());
    }
  }
  return words;
}

bilag::Document Repeat(const bilag::Document& doc, int times) {
  bilag::Document out = doc;
  out.pages.clear();
  for (int i = 0; i < times; ++i) {
    for (bilag::Page page : doc.pages) {
      page.number = static_cast<int>(out.pages.size()) + 1;
      page.Renumber();
      out.pages.push_back(std::move(page));
    }
  }
  return out;
}

void PrintWords(const bilag::Repairer& repairer, const bilag::Document& doc) {
  for (const bilag::Page& page : doc.pages) {
    for (const bilag::Line& line : page.lines) {
      for (const bilag::WordSpan& span : bilag::RepairableWords(line.text)) {
        std::string word = line.text.substr(span.begin, span.end - span.begin);
        bilag::WordVerdict verdict = repairer.JudgeWord(word);
        if (verdict.kind == bilag::WordVerdict::kAmbiguous) {
          std::string alternatives;
          for (const std::string& a : verdict.alternatives) alternatives += " " + a;
          std::printf("  %d:%d ambiguous %s ->%s\n", line.page, line.number, word.c_str(),
                      alternatives.c_str());
        } else if (verdict.kind == bilag::WordVerdict::kUnknown) {
          std::printf("  %d:%d unknown %s\n", line.page, line.number, word.c_str());
        } else if (verdict.kind == bilag::WordVerdict::kRepaired) {
          std::printf("  %d:%d repaired %s -> %s\n", line.page, line.number, word.c_str(),
                      verdict.replacement.c_str());
        }
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 20;
  bool signs_only = false, list_words = false;
  bilag::RepairOptions options;
  options.mode = bilag::RepairMode::kOn;
  std::string rules_dir = BILAG_SOURCE_DIR "/rules";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (arg == "--mode" && i + 1 < argc) {
      if (!bilag::ParseRepairMode(argv[++i], &options.mode)) {
        std::fprintf(stderr, "repair_bench: --mode is on, off or auto\n");
        return 2;
      }
    } else if (arg == "--signs") {
      signs_only = true;
    } else if (arg == "--words") {
      list_words = true;
    } else if (arg == "--rules" && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "repair_bench: unknown option %s\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (repeat < 1) repeat = 1;
  bilag::Result<bilag::RuleSet> rules = bilag::LoadRuleSet({rules_dir});
  if (!rules.ok()) {
    std::fprintf(stderr, "repair_bench: %s\n", rules.status().message().c_str());
    return 2;
  }
  auto load_start = Clock::now();
  bilag::Repairer loader(*rules, options);
  if (loader.lexicon() == nullptr) {
    std::fprintf(stderr, "repair_bench: no Danish dictionary (install hunspell-da)\n");
    return 2;
  }
  std::printf("dictionary load: %.3f s\n", Seconds(load_start));

  for (const std::string& file : files) {
    bilag::Result<bilag::Document> doc = bilag::IngestFile(file, {});
    if (!doc.ok()) {
      std::printf("%s: %s\n", file.c_str(), doc.status().ToString().c_str());
      continue;
    }
    bilag::Normalise({}, &doc.value());
    bilag::OcrSigns signs = bilag::MeasureTextSigns(*doc);
    bool suspicious = bilag::LooksSuspicious(signs);
    bilag::MeasureLexiconSigns(*doc, *loader.lexicon(), &signs);
    std::printf("%s\n  signs: %s\n  auto: %s\n", file.c_str(), signs.ToString().c_str(),
                !suspicious ? "clean by the cheap signs"
                            : (bilag::NeedsRepair(signs) ? "repair" : "clean by the lexicon"));
    if (signs_only) continue;
    if (list_words) PrintWords(loader, *doc);

    bilag::Repairer cold_repairer(*rules, options);
    cold_repairer.lexicon();
    bilag::Document cold = *doc;
    auto start = Clock::now();
    bilag::RepairReport report = cold_repairer.Repair(&cold);
    double cold_seconds = Seconds(start);
    int words = CountWords(*doc);

    bilag::Document warm = Repeat(*doc, repeat);
    start = Clock::now();
    cold_repairer.Repair(&warm);
    double warm_seconds = Seconds(start);

    std::printf(
        "  mode %s: %s; %d corrections (%d by rule, %d by lexicon), %d ambiguous, "
        "%d unknown\n",
        options.mode == bilag::RepairMode::kOn ? "on" : "auto", report.ran ? "repaired" : "skipped",
        report.by_rule + report.by_lexicon, report.by_rule, report.by_lexicon, report.ambiguous,
        report.unknown);
    std::printf("  cold: %d words in %.4f s = %.0f words/s\n", words, cold_seconds,
                words / cold_seconds);
    std::printf("  warm: %d words (x%d) in %.4f s = %.0f words/s\n", words * repeat, repeat,
                warm_seconds, words * repeat / warm_seconds);
  }
  return 0;
}
