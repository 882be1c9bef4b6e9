// The lexicon step word by word, with the shipped confusions and word list:
// seed 000's artefacts, capitalisation, ties, and what it must leave alone.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/repair/repair.h"
#include "tests/repair/repair_test_util.h"

namespace bilag {
namespace {

using testing::ShippedRules;

const Repairer& OnRepairer() {
  static const Repairer repairer(ShippedRules(), RepairOptions{.mode = RepairMode::kOn});
  return repairer;
}

TEST_CASE("the Danish dictionary is installed", "[repair]") {
  REQUIRE(OnRepairer().lexicon() != nullptr);
  CHECK(OnRepairer().lexicon()->Knows("Økonomiforvaltningen"));
  CHECK_FALSE(OnRepairer().lexicon()->Knows("Kgbenhavn"));
  // The project word list (rules/project.words) adds names hunspell lacks.
  CHECK(OnRepairer().lexicon()->Knows("Mimersgadekvarteret"));
  CHECK(OnRepairer().lexicon()->Knows("MIMERSGADEKVARTERET"));
}

TEST_CASE("seed 000's artefacts are repaired to the one known word", "[repair]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"@konomiforvaltningen", "Økonomiforvaltningen"},
      {"Okonomiforvaltningen", "Økonomiforvaltningen"},
      {"Kgbenhavn", "København"},
      {"Kgbenhavns", "Københavns"},
      {"Storkgbenhavn", "Storkøbenhavn"},
      {"varktgjer", "værktøjer"},
      {"beskeaftigelsesforhold", "beskæftigelsesforhold"},
      {"medarbejdersammens@tning", "medarbejdersammensætning"},
      {"Afdzkning", "Afdækning"},
      {"Iverksatterkursus", "Iværksætterkursus"},
      {"ivaerksattere", "iværksættere"},
      {"iverksettere", "iværksættere"},
      {"Radgivning", "Rådgivning"},
      {"opsggende", "opsøgende"},
      {"udfgrer", "udfører"},
      {"hgj", "høj"},
      {"stgrre", "større"},
      {"fglgende", "følgende"},
      {"Synligggrelse", "Synliggørelse"},
      {"Tveergaende", "Tværgående"},
      {"tvaergaende", "tværgående"},
      {"serlig", "særlig"},
      {"premieringsordning", "præmieringsordning"},
      {"belgnnes", "belønnes"},
      {"Forsgg", "Forsøg"},
      {"planl@gning", "planlægning"},
      {"beboersammensaetning", "beboersammensætning"},
      {"malsaetninger", "målsætninger"},
      {"maltalsvision", "måltalsvision"},
      {"saledes", "således"},
      {"indga", "indgå"},
      {"pa", "på"},
      {"ggr", "gør"},
      {"Brandvasen", "Brandvæsen"},  // brand + vasen is a compound, Brandvæsen a word
      {"omrader", "områder"},        // om + rader: no compound anyone writes
      {"@KFs", "ØKFs"},              // known from rules/project.words
      {"0konomi", "Økonomi"},
      {"K0benhavn", "København"},
  };
  for (const auto& [misread, meant] : cases) {
    INFO(misread);
    WordVerdict verdict = OnRepairer().JudgeWord(misread);
    CHECK(verdict.kind == WordVerdict::kRepaired);
    CHECK(verdict.replacement == meant);
  }
}

TEST_CASE("capitalisation is kept letter by letter", "[repair]") {
  CHECK(OnRepairer().JudgeWord("Kgbenhavn").replacement == "København");
  CHECK(OnRepairer().JudgeWord("radgivning").replacement == "rådgivning");
  CHECK(OnRepairer().JudgeWord("Radgivning").replacement == "Rådgivning");
  CHECK(OnRepairer().JudgeWord("kgbenhavn").replacement == "københavn");
  // A symbol that starts a word becomes a capital ("økonomi" and "Økonomi"
  // would otherwise tie).
  CHECK(OnRepairer().JudgeWord("@konomi").replacement == "Økonomi");
  CHECK(OnRepairer().JudgeWord("@KFs").replacement == "ØKFs");
  // No capital confusion for G: a word in capitals keeps its misreading.
  CHECK(OnRepairer().JudgeWord("KGBENHAVN").kind == WordVerdict::kUnknown);
}

TEST_CASE("a tie at the fewest substitutions is left alone", "[repair]") {
  WordVerdict arlig = OnRepairer().JudgeWord("arligt");
  CHECK(arlig.kind == WordVerdict::kAmbiguous);
  CHECK(std::set<std::string>(arlig.alternatives.begin(), arlig.alternatives.end()) ==
        std::set<std::string>{"ærligt", "årligt"});
  WordVerdict dget = OnRepairer().JudgeWord("Dget");
  CHECK(dget.kind == WordVerdict::kAmbiguous);
  CHECK(dget.alternatives.size() == 2);
}

TEST_CASE("known words, names and fragments are not changed", "[repair]") {
  for (const char* word : {"malet", "Mal", "vare", "og", "København", "Superkilen",
                           "beskæftigelsesforhold", "resultatmål", "integrationsmål"}) {
    INFO(word);
    CHECK(OnRepairer().JudgeWord(word).kind == WordVerdict::kKnown);
  }
  // Clean words the dictionary lacks must not become junk compounds.
  for (const char* word : {"integrationspolitikens", "valgturneen", "udkolingen", "arteret",
                           "Mimersgadekv", "ligestillingi", "Forttning"}) {
    INFO(word);
    CHECK(OnRepairer().JudgeWord(word).kind == WordVerdict::kUnknown);
  }
}

TEST_CASE("numbers, codes and abbreviations are never touched", "[repair]") {
  for (const char* word : {"2010", "32472", "WY28", "EVU", "DSB", "ERFA", "KF", "3F"}) {
    INFO(word);
    CHECK(OnRepairer().JudgeWord(word).kind == WordVerdict::kProtected);
  }
}

TEST_CASE("plausible compounds: a short last part needs a plain first part", "[repair]") {
  const Lexicon& lexicon = *OnRepairer().lexicon();
  using Spelling = Lexicon::Spelling;
  CHECK(lexicon.Lookup("København") == Spelling::kWord);
  CHECK(lexicon.Lookup("medarbejdersammensætning") == Spelling::kCompound);
  CHECK(lexicon.Lookup("resultatmål") == Spelling::kCompound);
  CHECK(lexicon.Lookup("integrationspolitikæns") == Spelling::kImplausibleCompound);
  CHECK(lexicon.Lookup("valgturnæn") == Spelling::kImplausibleCompound);
  CHECK(lexicon.Lookup("udkolinøen") == Spelling::kImplausibleCompound);
  CHECK(lexicon.Lookup("Kgbenhavn") == Spelling::kUnknown);
}

}  // namespace
}  // namespace bilag
