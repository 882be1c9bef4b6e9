#include "extractor/normalise/normalise.h"

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

using Texts = std::vector<std::string>;

// One page of prose lines, numbered as ingest leaves them.
Document ProseDoc(const Texts& texts) {
  Document doc;
  Page page;
  page.number = 1;
  for (const std::string& text : texts) {
    Line line;
    line.text = text;
    page.lines.push_back(line);
  }
  page.Renumber();
  doc.pages.push_back(page);
  return doc;
}

// Appends the Lines of one table row whose cells hold several lines each.
void AddRow(Page* page, int table, int row, const std::vector<Texts>& line_cells) {
  for (const Texts& cells : line_cells) {
    Line line;
    line.kind = LineKind::kTableRow;
    line.table = table;
    line.row = row;
    for (size_t c = 0; c < cells.size(); ++c) {
      line.cells.push_back(Cell{cells[c], static_cast<int>(c)});
      line.text += (c > 0 ? "\t" : "") + cells[c];
    }
    page->lines.push_back(line);
  }
  page->Renumber();
}

Texts PageTexts(const Document& doc, size_t page = 0) {
  Texts texts;
  for (const Line& line : doc.pages[page].lines) texts.push_back(line.text);
  return texts;
}

Texts Normalised(const Texts& texts, bool dehyphenate = true) {
  Document doc = ProseDoc(texts);
  NormaliseOptions options;
  options.dehyphenate = dehyphenate;
  Normalise(options, &doc);
  return PageTexts(doc);
}

TEST_CASE("ToNfc composes decomposed letters", "[normalise]") {
  CHECK(ToNfc("a\xcc\x8a") == "å");  // a + combining ring
  CHECK(ToNfc("Ko\xcc\x88"
              "benhavn") == "Köbenhavn");  // o + combining diaeresis
  CHECK(ToNfc("A\xcc\x8a"
              "rhus") == "Århus");
  CHECK(ToNfc("plain ascii") == "plain ascii");
}

TEST_CASE("ToNfc maps singletons next to text it leaves alone", "[normalise]") {
  // Danish letters, dashes and quotes stay; U+2000 becomes U+2002, the ohm
  // sign U+2126 the Greek omega U+03A9, and a combining ring after Danish
  // letters still composes with its "A".
  CHECK(ToNfc("Økonomi – “mål” 2010‑2012") == "Økonomi – “mål” 2010‑2012");
  CHECK(ToNfc("a\xe2\x80\x80"
              "b") ==
        "a\xe2\x80\x82"
        "b");
  CHECK(ToNfc("a\xe2\x80\x81"
              "b") ==
        "a\xe2\x80\x83"
        "b");
  CHECK(ToNfc("5 \xe2\x84\xa6") == "5 \xce\xa9");
  CHECK(ToNfc("Ærø A\xcc\x8a") == "Ærø Å");
  CHECK(ToNfc("æøå “citat” – 5") == "æøå “citat” – 5");  // quotes and dashes kept
  CHECK(ToNfc("\xff broken") == "\xff broken");          // not UTF-8: kept as it is
}

TEST_CASE("CollapseWhitespace collapses every kind of space", "[normalise]") {
  CHECK(CollapseWhitespace("  a \xc2\xa0 b\t\tc  ") == "a b c");
  CHECK(CollapseWhitespace("10\xe2\x80\x89%") == "10 %");  // thin space
  CHECK(CollapseWhitespace("Ja: X \xc2\xa0\xc2\xa0 Nej:") == "Ja: X Nej:");
  CHECK(CollapseWhitespace("be\xe2\x80\x8bsk\xc3\xa6"
                           "ftigelse") == "beskæftigelse");
  CHECK(CollapseWhitespace("\xe3\x80\x80wide\xe3\x80\x80") == "wide");  // ideographic space
  CHECK(CollapseWhitespace("") == "");
  CHECK(CollapseWhitespace(" \xc2\xa0 ") == "");
}

TEST_CASE("Normalise collapses cells one by one and rebuilds the text", "[normalise]") {
  Document doc;
  doc.pages.push_back(Page{});
  doc.pages[0].number = 1;
  AddRow(&doc.pages[0], 1, 1, {{"  Etnisk  iværksætter ", "2000", "", " (Se\xc2\xa0note 1) "}});
  Normalise(NormaliseOptions{}, &doc);
  const Line& line = doc.pages[0].lines[0];
  REQUIRE(line.cells.size() == 4);
  CHECK(line.cells[0].text == "Etnisk iværksætter");
  CHECK(line.cells[2].text.empty());
  CHECK(line.cells[3].text == "(Se note 1)");
  CHECK(line.text == "Etnisk iværksætter\t2000\t\t(Se note 1)");
}

TEST_CASE("Normalise applies NFC to lines and cells", "[normalise]") {
  Document doc =
      ProseDoc({"Bolig-omra\xcc\x8a"
                "der"});
  AddRow(&doc.pages[0], 1, 1, {{"Ma\xcc\x8al", "x"}});
  Normalise(NormaliseOptions{}, &doc);
  CHECK(doc.pages[0].lines[0].text == "Bolig-områder");
  CHECK(doc.pages[0].lines[1].cells[0].text == "Mål");
  CHECK(doc.pages[0].lines[1].text == "Mål\tx");
}

TEST_CASE("a word hyphenated across a line end is joined", "[normalise]") {
  CHECK(Normalised({"Indsatsen styrker beskæfti-", "gelse er vigtig", "Næste"}) ==
        Texts{"Indsatsen styrker beskæftigelse", "er vigtig", "Næste"});
  // æøå are two bytes; the first word of the next line may start with one.
  CHECK(Normalised({"til-  ", "  øge indsatsen"}) == Texts{"tiløge", "indsatsen"});
  // A soft hyphen at the end joins the same way; inside a line it is dropped.
  CHECK(Normalised({"beskæfti\xc2\xad", "gelse"}) == Texts{"beskæftigelse"});
  CHECK(Normalised({"Beskæf\xc2\xadtigelse"}) == Texts{"Beskæftigelse"});
  CHECK(Normalised({"Beskæftigelses\xc2\xad", "Integration"}) ==
        Texts{"Beskæftigelses-", "Integration"});
  // The next non-empty line, over blank lines.
  CHECK(Normalised({"beskæfti-", "", "gelse er"}) == Texts{"beskæftigelse", "", "er"});
  // Off when the option says so.
  CHECK(Normalised({"beskæfti-", "gelse"}, false) == Texts{"beskæfti-", "gelse"});
}

TEST_CASE("a line emptied by joining is removed and the page renumbered", "[normalise]") {
  Document doc = ProseDoc({"første", "beskæfti-", "gelse", "sidste"});
  Normalise(NormaliseOptions{}, &doc);
  REQUIRE(PageTexts(doc) == Texts{"første", "beskæftigelse", "sidste"});
  CHECK(doc.pages[0].lines[2].number == 3);
  CHECK(doc.pages[0].lines[2].page == 1);
  // A word broken over three lines.
  CHECK(Normalised({"be-", "skæfti-", "gelse."}) == Texts{"beskæftigelse."});
}

TEST_CASE("suspended compounds and dashes stay as written", "[normalise]") {
  CHECK(Normalised({"Beskæftigelses-", "og Integrationsudvalget"}) ==
        Texts{"Beskæftigelses-", "og Integrationsudvalget"});
  CHECK(Normalised({"Fokus på praktik-", "og elevstillinger"}) ==
        Texts{"Fokus på praktik-", "og elevstillinger"});
  CHECK(Normalised({"sprog-", "eller beskæftigelsestilbud"}) ==
        Texts{"sprog-", "eller beskæftigelsestilbud"});
  CHECK(Normalised({"ud-", "samt indrejse", "for-", "til efterår", "hus-", "& have"}) ==
        Texts{"ud-", "samt indrejse", "for-", "til efterår", "hus-", "& have"});
  // Seed 002: a list item ending in '-' before a new item in uppercase.
  CHECK(Normalised({"Borgere som har vanskeligt ved at tilegne sig moduldansk-",
                    "Borgere i aktivering som har sprogvanskeligheder-"}) ==
        Texts{"Borgere som har vanskeligt ved at tilegne sig moduldansk-",
              "Borgere i aktivering som har sprogvanskeligheder-"});
  // A dash after a space is no hyphen; nor is one after a digit.
  CHECK(Normalised({"aktiveringen af etniske minoriteter ultimo -", "2014 sker"}) ==
        Texts{"aktiveringen af etniske minoriteter ultimo -", "2014 sker"});
  CHECK(Normalised({"de mest -", "relevante grupper"}) == Texts{"de mest -", "relevante grupper"});
  CHECK(Normalised({"i 2014-", "midler"}) == Texts{"i 2014-", "midler"});
  CHECK(Normalised({"beskæfti-", "Gelse", "x-", "5 år"}) ==
        Texts{"beskæfti-", "Gelse", "x-", "5 år"});
}

TEST_CASE("headings and table rows do not continue prose", "[normalise]") {
  Document doc = ProseDoc({"beskæfti-"});
  AddRow(&doc.pages[0], 1, 1, {{"gelse", "x"}});
  Normalise(NormaliseOptions{}, &doc);
  CHECK(doc.pages[0].lines[0].text == "beskæfti-");
  CHECK(doc.pages[0].lines[1].text == "gelse\tx");
}

TEST_CASE("a hyphenated word inside a table cell joins within the column", "[normalise]") {
  Document doc;
  doc.pages.push_back(Page{});
  doc.pages[0].number = 1;
  AddRow(&doc.pages[0], 1, 1,
         {{"Mål", "øget beskæfti-", "Ja"},
          {"", "gelse for alle", ""},
          {"", "integrations-", ""},
          {"", "og oplæringsstillinger", ""}});
  AddRow(&doc.pages[0], 1, 2, {{"Status", "beskæfti-", ""}, {"", "gelse", "x"}});
  AddRow(&doc.pages[0], 1, 3, {{"Sidste", "arbejds-", ""}});
  AddRow(&doc.pages[0], 1, 4, {{"", "pladser", ""}});
  Normalise(NormaliseOptions{}, &doc);
  CHECK(PageTexts(doc) == Texts{"Mål\tøget beskæftigelse\tJa", "\tfor alle\t", "\tintegrations-\t",
                                "\tog oplæringsstillinger\t", "Status\tbeskæftigelse\t", "\t\tx",
                                "Sidste\tarbejds-\t", "\tpladser\t"});
  CHECK(doc.pages[0].lines[4].cells[1].text == "beskæftigelse");

  // The continuation line emptied by the join is removed.
  Document emptied;
  emptied.pages.push_back(Page{});
  emptied.pages[0].number = 1;
  AddRow(&emptied.pages[0], 1, 1, {{"Mål", "beskæfti-"}, {"", "gelse"}});
  AddRow(&emptied.pages[0], 1, 2, {{"Næste", "række"}});
  Normalise(NormaliseOptions{}, &emptied);
  CHECK(PageTexts(emptied) == Texts{"Mål\tbeskæftigelse", "Næste\trække"});
  CHECK(emptied.pages[0].lines[1].number == 2);
}

TEST_CASE("joins stay on their page", "[normalise]") {
  Document doc = ProseDoc({"beskæfti-"});
  Page second;
  second.number = 2;
  Line line;
  line.text = "gelse";
  second.lines.push_back(line);
  second.Renumber();
  doc.pages.push_back(second);
  Normalise(NormaliseOptions{}, &doc);
  CHECK(PageTexts(doc, 0) == Texts{"beskæfti-"});
  CHECK(PageTexts(doc, 1) == Texts{"gelse"});
  CHECK(doc.pages[1].lines[0].page == 2);
}

TEST_CASE("seed 002's dashes and compounds survive Normalise", "[normalise]") {
  std::ifstream in(std::string(BILAG_SOURCE_DIR) + "/corpus/seeds/002_8629250c46b2c2d7.txt");
  REQUIRE(in.good());
  Texts source;
  for (std::string text; std::getline(in, text);) source.push_back(text);
  Texts out = Normalised(source);
  // Nothing in seed 002 is a word broken across lines: no line is joined.
  REQUIRE(out.size() == source.size());
  for (size_t i = 0; i < out.size(); ++i) CHECK(out[i] == CollapseWhitespace(source[i]));
  CHECK(out[22] == "Side 2 af 4");
  CHECK(out[20] == "Således foreslår forvaltningen, at hovedmålet for Beskæftigelses- og");
}

}  // namespace
}  // namespace bilag
