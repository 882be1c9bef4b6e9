// The measure that decides, in --ocr auto, whether a PDF page's text layer
// is trusted or the page is OCRed instead.
#include "extractor/ocr/text_layer_quality.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ') continue;
    if (i > start) words.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  return words;
}

TEST_CASE("text layer quality: Danish prose, tables and numbers pass", "[ocr][quality]") {
  const TextLayerQuality prose = MeasureTextLayer(
      Words("Økonomiforvaltningen (ØKF) arbejder med en række initiativer til at gøre "
            "Københavns Kommune til en mere etnisk mangfoldig arbejdsplads, herunder at "
            "ansætte og fastholde flere medarbejdere – jf. § 17, stk. 4."));
  CHECK(prose.characters == 177);
  CHECK(prose.odd_share == 0.0);
  CHECK(prose.word_share == 1.0);
  CHECK_FALSE(BrokenTextLayerReason(prose));

  const TextLayerQuality table = MeasureTextLayer(
      Words("Integrationsindsatser 2008 2009 2010 I alt Mangfoldighedskorps 200.000 300.000 "
            "500.000 Sagsnr. 2010-32472 6,8 pct. 10-15 % HR-strategi og/eller 3-årig (ØU) "
            "www.kk.dk 1½ år"));
  CHECK(table.odd_share == 0.0);
  CHECK(table.word_share == 1.0);
  CHECK_FALSE(BrokenTextLayerReason(table));
}

TEST_CASE("text layer quality: symbol garbage is broken", "[ocr][quality]") {
  // What tests/fixtures/ocr/broken_layer.pdf holds (scripts/make_scan_fixtures.py).
  const TextLayerQuality garbage =
      MeasureTextLayer(Words("#$%&'()*+ ¤¦§¨ ©ª«¬ ®¯°± ²³´µ ¶·¸¹ º»¼½ ¾¿×÷ ^_`{|}~ <=>@[\\]"));
  CHECK(garbage.characters == 51);
  CHECK(garbage.odd_share == Approx(34.0 / 51));
  CHECK(garbage.word_share == 0.0);
  const auto reason = BrokenTextLayerReason(garbage);
  REQUIRE(reason);
  CHECK(*reason ==
        "text layer looks broken: 67% of its characters are outside the Danish alphabet and "
        "punctuation");
}

TEST_CASE("text layer quality: replacement, private-use and control characters are odd",
          "[ocr][quality]") {
  const TextLayerQuality replaced =
      MeasureTextLayer(Words("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDkonomi \xEF\x80\x81\xEF\x80\x82"
                             "\xEF\x80\x83 for\x01\x02 integrationsindsatsen i 2009"));
  CHECK(replaced.odd_share > kMaxOddShare);
  CHECK(BrokenTextLayerReason(replaced));
  // A malformed UTF-8 byte counts as one odd character.
  CHECK(MeasureTextLayer(Words("\xC3")).odd_share == 1.0);
}

TEST_CASE("text layer quality: letters that form no words are broken", "[ocr][quality]") {
  // A font whose glyphs map to the wrong letters: all letters, no vowels.
  const TextLayerQuality shifted =
      MeasureTextLayer(Words("Wkdqjvb hqwpvvk ghpqvnvt Xqvsjkdpv Gkqpxpw Bwzqxvv kkdvpt 2009"));
  CHECK(shifted.odd_share == 0.0);
  CHECK(shifted.word_share == Approx(1.0 / 8));
  const auto reason = BrokenTextLayerReason(shifted);
  REQUIRE(reason);
  CHECK(*reason == "text layer looks broken: only 13% of its words look like words");
}

TEST_CASE("text layer quality: a short layer is left alone", "[ocr][quality]") {
  // A page number, or a scan with a stamped label: too little to judge.
  const TextLayerQuality stamp = MeasureTextLayer(Words("#$%& ¤¦§¨"));
  CHECK(stamp.characters < kMinCharacters);
  CHECK_FALSE(BrokenTextLayerReason(stamp));
  CHECK_FALSE(BrokenTextLayerReason(MeasureTextLayer(Words(""))));
}

TEST_CASE("text layer quality: a Page is measured over its words", "[ocr][quality]") {
  Page page;
  for (const char* text : {"#$%&'()*+", "¤¦§¨", "©ª«¬", "®¯°±", "²³´µ", "^_`{|}~"}) {
    Word word;
    word.text = text;
    page.words.push_back(word);
  }
  const TextLayerQuality quality = MeasureTextLayer(page);
  CHECK(quality.characters == 32);
  CHECK(quality.words == 6);
  CHECK(BrokenTextLayerReason(quality));
}

// CountDanishLetters counts on the bytes; what it counts must be what a
// decoder that reads a malformed byte as U+FFFD sees: ASCII letters and
// æøåÆØÅ, also next to broken sequences that must not swallow them.
TEST_CASE("text layer quality: Danish letters are counted as decoded", "[ocr][quality]") {
  auto count = [](std::initializer_list<std::string_view> texts) {
    Page page;
    for (std::string_view text : texts) {
      Word word;
      word.text = std::string(text);
      page.words.push_back(word);
    }
    return CountDanishLetters(page);
  };
  const DanishLetters prose = count({"Københavns", "Økonomiforvaltning", "på", "ÆÅ", "1½"});
  CHECK(prose.letters == 10 + 18 + 2 + 2);
  CHECK(prose.danish == 1 + 1 + 1 + 2);
  // A lead byte cut short (0xE0 before 0xC3 0xA6) is one U+FFFD, and the æ
  // after it still counts; mojibake "Ã¦" (0xC3 0x83 0xC2 0xA6) is no æ; a
  // lone 0xC3 at the end of a word is nothing; "é" (0xC3 0xA9) is no ASCII
  // letter and no æøå.
  const DanishLetters broken = count({"\xE0\xC3\xA6x", "\xC3\x83\xC2\xA6", "ab\xC3", "\xC3\xA9t"});
  CHECK(broken.letters == 2 + 0 + 2 + 1);
  CHECK(broken.danish == 1);
}

}  // namespace
}  // namespace bilag
