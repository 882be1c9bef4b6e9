// Which words the repair stage looks at, and which it must never touch.
#include "extractor/repair/repair_text.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  for (const WordSpan& span : RepairableWords(text)) {
    words.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return words;
}

using Strings = std::vector<std::string>;

TEST_CASE("words are cut at spaces and tabs, without their punctuation", "[repair]") {
  CHECK(Words("Projektpartnere: Kgbenhavns Kommune,") ==
        Strings{"Projektpartnere", "Kgbenhavns", "Kommune"});
  CHECK(Words("Mal 2007\tResultatkrav 2007") == Strings{"Mal", "2007", "Resultatkrav", "2007"});
  CHECK(Words("* (et “Integration”") == Strings{"et", "Integration"});
  // '@' is where OCR put an Ø or æ: it stays part of the word.
  CHECK(Words("Pilotforsgg i @konomiforvaltningen.") ==
        Strings{"Pilotforsgg", "i", "@konomiforvaltningen"});
  CHECK(Words("medarbejdersammens@tning") == Strings{"medarbejdersammens@tning"});
}

// The measure of a whole document reads every line into one vector: it must
// hold exactly that line's words, whatever the line before left in it.
TEST_CASE("words into a reused vector are the line's words only", "[repair]") {
  std::vector<WordSpan> reused;
  for (const std::string text :
       {"Projektpartnere: Kgbenhavns Kommune, AF-Storkgbenhavn og Odense", "", "www.kk.dk",
        "Mal 2007\tResultatkrav 2007", "@konomiforvaltningen."}) {
    RepairableWords(text, &reused);
    const std::vector<WordSpan> fresh = RepairableWords(text);
    REQUIRE(reused.size() == fresh.size());
    for (size_t i = 0; i < fresh.size(); ++i) {
      CHECK(reused[i].begin == fresh[i].begin);
      CHECK(reused[i].end == fresh[i].end);
    }
  }
}

TEST_CASE("hyphens, dashes and slashes split a word into parts", "[repair]") {
  CHECK(Words("EVU, AF-Storkgbenhavn, Odense") == Strings{"EVU", "AF", "Storkgbenhavn", "Odense"});
  CHECK(Words("3-arigt 2005–2007") == Strings{"3", "arigt", "2005", "2007"});
  CHECK(Words("forvaltninger/enheder") == Strings{"forvaltninger", "enheder"});
}

TEST_CASE("e-mail addresses, URLs and dotted abbreviations give no words", "[repair]") {
  CHECK(Words("E-mail WY28@sof.kk.dk").size() == 2);  // "E", "mail"
  CHECK(Words("WY28@sof.kk.dk").empty());
  CHECK(Words("www.kk.dk").empty());
  CHECK(Words("(www.kk.dk)").empty());
  CHECK(Words("https://www.kk.dk/integration").empty());
  CHECK(Words("m.h.p.").empty());
  CHECK(Words("2,5 mio.") == Strings{"mio"});
  CHECK(Words("Kommune's").empty());
}

TEST_CASE("numbers, codes and short abbreviations are protected", "[repair]") {
  for (const char* word : {"2010", "32472", "2005", "WY28", "3F", "a", "e", "EVU", "DSB", "KF",
                           "ERFA", "ØKF", "KFs", "EVUs", "00", "0a"}) {
    INFO(word);
    CHECK(IsProtectedWord(word));
  }
  for (const char* word : {"Kgbenhavn", "pa", "Mal", "@KFs", "@konomi", "0konomi", "K0benhavn",
                           "EQUAL", "gget", "ns@tning"}) {
    INFO(word);
    CHECK_FALSE(IsProtectedWord(word));
  }
}

TEST_CASE("case helpers work on Danish letters", "[repair]") {
  CHECK(ToUpperUtf8("målet") == "MÅLET");
  CHECK(ToLowerUtf8("ØKONOMI") == "økonomi");
  CHECK(CapitaliseUtf8("økonomi") == "Økonomi");
  CHECK(IsAllUpper("ØKF"));
  CHECK(IsAllUpper("@KF"));
  CHECK_FALSE(IsAllUpper("ØKFs"));
  CHECK_FALSE(IsAllUpper("2007"));
  CHECK(StartsWithUpper("Århus"));
  CHECK_FALSE(StartsWithUpper("@konomi"));
  CHECK(CountLetters("2,5 mio. kr.") == 5);
}

}  // namespace
}  // namespace bilag
