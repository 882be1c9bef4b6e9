// The repair stage on whole documents: correction rules before the lexicon,
// table cells, the Correction records, the ambiguity warning, and the modes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/repair/repair.h"
#include "tests/repair/repair_test_util.h"

namespace bilag {
namespace {

using testing::AllText;
using testing::LinesDoc;
using testing::ShippedRules;

const Repairer& OnRepairer() {
  static const Repairer repairer(ShippedRules(), RepairOptions{.mode = RepairMode::kOn});
  return repairer;
}

const Correction* Find(const Document& doc, const std::string& from) {
  for (const Correction& correction : doc.corrections) {
    if (correction.from == from) return &correction;
  }
  return nullptr;
}

TEST_CASE("correction rules fix what the lexicon cannot", "[repair]") {
  Document doc = LinesDoc(
      {" Resultater og mal for integrationsindsatsen 2005-2007",
       "Mal 2007 Resultatkrav 2007 Resultatkrav 2006 Resultat 2005",
       "og malet med projektet er at forbedre", "blev der afsat 2,5 mio. kr. arligt for 2005,",
       "rollemodeller, gget samarbejde med", "Dget samarbejde med udvalgte",
       "foreninger skal vare med til at tiltrekke flere", "e Ny maltalsvision skal bearbejdes i"});
  RepairReport report = OnRepairer().Repair(&doc);
  CHECK(report.ran);
  const std::vector<Line>& lines = doc.pages[0].lines;
  CHECK(lines[0].text == " Resultater og mål for integrationsindsatsen 2005-2007");
  CHECK(lines[1].text == "Mål 2007 Resultatkrav 2007 Resultatkrav 2006 Resultat 2005");
  CHECK(lines[2].text == "og målet med projektet er at forbedre");
  CHECK(lines[3].text == "blev der afsat 2,5 mio. kr. årligt for 2005,");
  CHECK(lines[4].text == "rollemodeller, øget samarbejde med");
  CHECK(lines[5].text == "Øget samarbejde med udvalgte");
  CHECK(lines[6].text == "foreninger skal være med til at tiltrække flere");
  CHECK(lines[7].text == "• Ny måltalsvision skal bearbejdes i");

  const Correction* mal = Find(doc, "Mal");
  REQUIRE(mal != nullptr);
  CHECK(mal->to == "Mål");
  CHECK(mal->rule == "ocr.maal-year");
  CHECK(mal->page == 1);
  CHECK(mal->line == 2);
  const Correction* lexicon = Find(doc, "tiltrekke");
  REQUIRE(lexicon != nullptr);
  CHECK(lexicon->to == "tiltrække");
  CHECK(lexicon->rule == "lexicon");
  CHECK(lexicon->line == 7);
  CHECK(report.by_rule == 8);  // the bullet is one; maltalsvision is the lexicon's
  CHECK(report.ambiguous == 0);
}

TEST_CASE("a table row is repaired cell by cell", "[repair]") {
  Document doc;
  Page page;
  page.number = 1;
  Line row;
  row.kind = LineKind::kTableRow;
  row.cells = {Cell{"Radgivning af etniske virksomheder i Kgbenhavn", 0}, Cell{"Mal 2007", 1},
               Cell{"2,5 mio. kr. arligt", 2}};
  row.text = row.cells[0].text + "\t" + row.cells[1].text + "\t" + row.cells[2].text;
  page.lines.push_back(row);
  page.Renumber();
  doc.pages.push_back(page);
  OnRepairer().Repair(&doc);
  const Line& line = doc.pages[0].lines[0];
  CHECK(line.cells[0].text == "Rådgivning af etniske virksomheder i København");
  CHECK(line.cells[1].text == "Mål 2007");
  CHECK(line.cells[2].text == "2,5 mio. kr. årligt");
  CHECK(line.text ==
        "Rådgivning af etniske virksomheder i København\tMål 2007\t2,5 mio. kr. årligt");
  CHECK(doc.corrections.size() == 4);
}

TEST_CASE("numbers, case numbers, e-mails and URLs are never touched", "[repair]") {
  const std::vector<std::string> texts = {
      "Sagsnr. 2010-32472 Dokumentnr. 2010-204624",
      "E-mail WY28@sof.kk.dk www.kk.dk https://www.kk.dk/integration",
      "2,5 mio. kr. arligt? Nej: 22 mio. kr., 10,7 %, 1.500.000 kr.",
      "EVU, DSB, ERFA-grupper, KF og m.h.p. fortetning",
      "3-arige 2005-2007 10-15 pct.",
      "Bernstorffsgade 17,5.Sal 1592 København V, EAN 5798009683052"};
  Document doc = LinesDoc(texts);
  OnRepairer().Repair(&doc);
  const std::vector<Line>& lines = doc.pages[0].lines;
  CHECK(lines[0].text == texts[0]);
  CHECK(lines[1].text == texts[1]);
  CHECK(lines[2].text == "2,5 mio. kr. årligt? Nej: 22 mio. kr., 10,7 %, 1.500.000 kr.");
  CHECK(lines[3].text == "EVU, DSB, ERFA-grupper, KF og m.h.p. fortætning");
  CHECK(lines[4].text == "3-årige 2005-2007 10-15 pct.");
  CHECK(lines[5].text == texts[5]);
  for (const Correction& correction : doc.corrections) {
    INFO(correction.from << " -> " << correction.to);
    CHECK(correction.from.find_first_of("0123456789@") == std::string::npos);
  }
  CHECK(doc.corrections.size() == 3);  // arligt, fortetning, arige
}

TEST_CASE("ties and unknown words are left alone and counted in one warning", "[repair]") {
  RuleSet rules = ShippedRules();
  rules.corrections.clear();  // without the rules that settle "arlig" and "gget"
  Repairer repairer(rules, RepairOptions{.mode = RepairMode::kOn});
  Document doc = LinesDoc({"Etablering og afvikling af arlig", "rollemodeller, gget samarbejde",
                           "etnisk ligestillingi Kommunens", "Kgbenhavn"});
  RepairReport report = repairer.Repair(&doc);
  CHECK(doc.pages[0].lines[0].text == "Etablering og afvikling af arlig");
  CHECK(doc.pages[0].lines[1].text == "rollemodeller, gget samarbejde");
  CHECK(doc.pages[0].lines[2].text == "etnisk ligestillingi Kommunens");
  CHECK(doc.pages[0].lines[3].text == "København");
  CHECK(report.ambiguous == 2);
  CHECK(report.unknown == 1);
  CHECK(report.by_lexicon == 1);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].code == "repair-ambiguous");
  CHECK(doc.warnings[0].message.find("3 words") != std::string::npos);
  CHECK(doc.warnings[0].message.find("2 with more than one possible repair") != std::string::npos);
  CHECK(doc.warnings[0].message.find("arlig (") != std::string::npos);
}

TEST_CASE("off never repairs, and auto only what looks like OCR", "[repair]") {
  Repairer off(ShippedRules(), RepairOptions{.mode = RepairMode::kOff});
  Document doc = testing::ReadNormalised(testing::kSeed000);
  std::string before = AllText(doc);
  CHECK_FALSE(off.Repair(&doc).ran);
  CHECK(AllText(doc) == before);
  CHECK(doc.corrections.empty());

  // A short clean text: too few letters to judge by æøå, no symbols: clean.
  Repairer automatic(ShippedRules(), RepairOptions{});
  Document letter = LinesDoc({"Til Beskæftigelses- og Integrationsudvalget", "Mal 2007"});
  CHECK_FALSE(automatic.Repair(&letter).ran);
  CHECK(letter.pages[0].lines[1].text == "Mal 2007");
}

TEST_CASE("without a dictionary, on applies the rules only and says so", "[repair]") {
  RepairOptions options{.mode = RepairMode::kOn, .dictionary = "/nonexistent/da_DK"};
  Repairer repairer(ShippedRules(), options);
  Document doc = LinesDoc({"Mal 2007 i Kgbenhavn"});
  RepairReport report = repairer.Repair(&doc);
  CHECK(doc.pages[0].lines[0].text == "Mål 2007 i Kgbenhavn");
  CHECK(report.by_rule == 1);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].code == "repair-no-lexicon");
}

TEST_CASE("parsing the mode", "[repair]") {
  RepairMode mode = RepairMode::kOff;
  CHECK(ParseRepairMode("auto", &mode));
  CHECK(mode == RepairMode::kAuto);
  CHECK(ParseRepairMode("on", &mode));
  CHECK(mode == RepairMode::kOn);
  CHECK_FALSE(ParseRepairMode("yes", &mode));
  CHECK(mode == RepairMode::kOn);
}

}  // namespace
}  // namespace bilag
