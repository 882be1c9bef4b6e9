// Every value carries where extraction found it on its line (TextSpan), so
// the report marks it without searching again: on the seeds, the corpus PDFs
// and the development set's PDFs, a span's bytes are the value's text as the
// output gives it (its first line's part of it, for a value that wraps).
#include "extractor/extract/spans.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/extract_test_util.h"

namespace bilag {
namespace {

std::vector<std::string> Inputs() {
  std::vector<std::string> inputs;
  for (const char* folder : {BILAG_SOURCE_DIR "/corpus/seeds", BILAG_SOURCE_DIR "/corpus/pdf",
                             BILAG_SOURCE_DIR "/../shared/devset/inputs"}) {
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      const std::string path = entry.path().string();
      const bool text_layer =
          path.ends_with(".txt") || (path.ends_with(".pdf") && !path.ends_with(".scan.pdf") &&
                                     !path.ends_with(".engocr.pdf"));
      if (text_layer) inputs.push_back(path);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// The span's bytes on the value's line; empty when it has none.
std::string_view Spanned(const Document& doc, int page, int line,
                         const std::optional<TextSpan>& span) {
  const Line* at = doc.LineAt(page, line);
  REQUIRE(at != nullptr);
  if (!span) return {};
  REQUIRE(span->begin < span->end);
  REQUIRE(span->end <= at->text.size());
  return std::string_view(at->text).substr(span->begin, span->end - span->begin);
}

// Whether `spanned` starts `value`, words joined across a line end or cell
// wrap aside.
bool StartsValue(std::string_view spanned, std::string_view value) {
  return !spanned.empty() && value.substr(0, spanned.size()) == spanned;
}

TEST_CASE("amounts, targets, budget cells and metadata carry their place on the line",
          "[extract][spans]") {
  int values = 0, spanned = 0;
  for (const std::string& path : Inputs()) {
    INFO(path);
    const Extraction e = testing::ExtractFile(path);
    const Document& doc = e.document;
    for (const Initiative& initiative : e.initiatives) {
      for (const Amount& amount : initiative.amounts) {
        INFO("amount '" << amount.text << "' at " << amount.page << ":" << amount.line);
        const std::string_view text = Spanned(doc, amount.page, amount.line, amount.span);
        ++values;
        if (text.empty()) continue;
        ++spanned;
        CHECK(StartsValue(text, amount.text));
      }
      for (const Target& target : initiative.targets) {
        INFO("target '" << target.text << "' at " << target.page << ":" << target.line);
        const std::string_view text = Spanned(doc, target.page, target.line, target.span);
        ++values;
        if (text.empty()) continue;
        ++spanned;
        CHECK(StartsValue(text, target.text));
      }
    }
    for (const BudgetCell& cell : e.budget) {
      ++values;
      spanned += !Spanned(doc, cell.page, cell.line, cell.span).empty();
    }
    for (const auto& [field, where] : e.info.provenance) {
      INFO("document." << field);
      ++values;
      spanned += !Spanned(doc, where.page, where.line, where.span).empty();
    }
  }
  INFO(spanned << " of " << values << " values have a span");
  REQUIRE(values > 100);
  // Values joined from pieces that are not on their line verbatim (a
  // de-hyphenated word, a label's value joined over lines) keep searching.
  CHECK(spanned >= values * 9 / 10);
}

}  // namespace
}  // namespace bilag
