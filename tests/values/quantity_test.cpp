#include "extractor/values/quantity.h"

#include <catch2/catch.hpp>

namespace bilag {
namespace {

struct Expected {
  double value;
  std::optional<double> value_max;
  TargetUnit unit;
  Comparator comparator;
  std::optional<int> year;
};

void CheckQuantity(std::string_view sentence, const Expected& e) {
  INFO(sentence);
  const std::optional<Quantity> q = ParseQuantity(sentence);
  REQUIRE(q.has_value());
  CHECK(q->value == Approx(e.value));
  CHECK(q->value_max.has_value() == e.value_max.has_value());
  if (q->value_max && e.value_max) CHECK(*q->value_max == Approx(*e.value_max));
  CHECK(q->unit == e.unit);
  CHECK(q->comparator == e.comparator);
  CHECK(q->year == e.year);
}

constexpr auto kCount = TargetUnit::kCount;
constexpr auto kPercent = TargetUnit::kPercent;
constexpr auto kPoints = TargetUnit::kPercentagePoints;
constexpr auto kNone = Comparator::kNone;
constexpr auto kAtLeast = Comparator::kAtLeast;
constexpr auto kAtMost = Comparator::kAtMost;
constexpr auto kEqual = Comparator::kEqual;

TEST_CASE("ParseQuantity on the target sentences of the brief and the seeds", "[quantity]") {
  CheckQuantity("At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008",
                {150, {}, kCount, kAtLeast, 2008});
  CheckQuantity("- At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008,",
                {150, {}, kCount, kAtLeast, 2008});
  CheckQuantity("Der skal ansættes minimum 30 integrations og oplæringsstillinger i 2009",
                {30, {}, kCount, kAtLeast, 2009});
  CheckQuantity("Oprettelse af min. 30 integrations- og oplæringsstillinger i 2009.",
                {30, {}, kCount, kAtLeast, 2009});
  CheckQuantity(
      "at overledigheden blandt indvandrere og efterkommere med 1. ikke-vestlig oprindelse "
      "skal være maksimalt 5,8 procentpoint",
      {5.8, {}, kPoints, kAtMost, {}});
  CheckQuantity(
      "at overledigheden blandt indvandrere og efterkommere med 1.\nikke-vestlig "
      "oprindelse skal være maksimalt 5,8 procentpoint",
      {5.8, {}, kPoints, kAtMost, {}});
  CheckQuantity(
      "At 30 procent af aktiveringen af etniske minoriteter ultimo 2014 sker i "
      "virksomhederne som enten praktik eller løntilskud",
      {30, {}, kPercent, kNone, 2014});
  CheckQuantity(
      "At 30 procent af aktiveringen af etniske minoriteter ultimo -\n2014 sker i "
      "virksomhederne som enten praktik eller løntilskud –\nprivate såvel som offentlige",
      {30, {}, kPercent, kNone, 2014});
  CheckQuantity(
      "- Deltagelse i INNOVÆKST: Diversiteten i de fire deltagende enheder i "
      "Beskæftigelses- og Integrationsforvaltningen øges med 10-15 pct.",
      {10, 15, kPercent, kNone, {}});
  CheckQuantity("Fremgang i andelen af ansøgere med anden etnisk oprindelse end dansk til 10 %.",
                {10, {}, kPercent, kNone, {}});
  CheckQuantity("Fremgang i andelen af\nansggere med anden etnisk\noprindelse end dansk til 10\n%.",
                {10, {}, kPercent, kNone, {}});
  CheckQuantity("3 % af ØKFs medarbejdere er af anden etnisk oprindelse end dansk",
                {3, {}, kPercent, kNone, {}});
  CheckQuantity("3 % af @KFs medarbejdere\ner af anden etnisk oprindelse\nend dansk",
                {3, {}, kPercent, kNone, {}});
  CheckQuantity("6,8 pct.", {6.8, {}, kPercent, kNone, {}});
  CheckQuantity("Forøge antallet af elever og lærlinge med 50.", {50, {}, kCount, kNone, {}});
  CheckQuantity("Målet er 13 pct. i 2013", {13, {}, kPercent, kNone, 2013});
  CheckQuantity("- 15 virksomheder tilbydes tre dybdeborende arbejdsworkshops",
                {15, {}, kCount, kNone, {}});
  CheckQuantity(
      "Succeskriteriet er at videoerne bliver set af 10.000 og får 500 likes på de "
      "sociale medier: Facebook, Ethnica Magazine, og Det Bar Ayib.",
      {10000, {}, kCount, kNone, {}});
  CheckQuantity(
      "Rettidighedsprocenten for indvandrere og efterkommere med ikke vestlig baggrund "
      "bosat i et udvalgt boligområde skal være på mindst 95 pct.",
      {95, {}, kPercent, kAtLeast, {}});
  CheckQuantity("- Min. 40 % af mentees kommer i job/uddannelse efter 6 mdr.",
                {40, {}, kPercent, kAtLeast, {}});
  CheckQuantity("-Arrangeres i samarbejde med 3-4 kulturelle eller religiøse foreninger.",
                {3, 4, kCount, kNone, {}});
  CheckQuantity(
      "- Partnerskab med min. 6 virksomheder/minoritetsforeninger samt "
      "Beskæftigelsesministeriet – Klagenævn for Ligebehandling -Afholde min. ét kampagne- "
      "og debatarrangement",
      {6, {}, kCount, kAtLeast, {}});
  CheckQuantity("-Afholde min. ét kampagne- og debatarrangement", {1, {}, kCount, kAtLeast, {}});
  CheckQuantity("Succeskriteriet for deltagere til valgarrangementerne er min 70 deltagere.",
                {70, {}, kCount, kAtLeast, {}});
  CheckQuantity(
      "- Dialogkonsulenterne gennemfører min. 3 dialogmøder pr. konsulent i udvalgte "
      "byområder med fokus på at skabe højere valgdeltagelse i disse områder.",
      {3, {}, kCount, kAtLeast, {}});
  CheckQuantity(
      "- 25.000 downloads af kalenderapplikation på mobil (I partnerskab med ekstern "
      "leverandør)",
      {25000, {}, kCount, kNone, {}});
  CheckQuantity("- 2 årlige møder i boardet", {2, {}, kCount, kNone, {}});
  CheckQuantity("Minimum 7 skoler involveres i projektet.", {7, {}, kCount, kAtLeast, {}});
  CheckQuantity("- At 60 % af eleverne vurderer, at de har fået mere viden om diskrimination",
                {60, {}, kPercent, kNone, {}});
  CheckQuantity(
      "-70 pct. af virksomhederne oplever, at deres mangfoldighed bidrager til øget grad "
      "af innovation og effektivitet i 2015.",
      {70, {}, kPercent, kNone, 2015});
  CheckQuantity("- Samlet når indsatsen ud til 250-300 medarbejdere i indeværende år",
                {250, 300, kCount, kNone, {}});
  CheckQuantity(
      "I perioden til og med år 2010 skal andelen af beskæftigede indvandrere i kommunen "
      "øges med 10 procentpoint til ca. 64 % målt i forhold til Integrationsbarometret.",
      {10, {}, kPoints, kNone, 2010});
  CheckQuantity(
      "Der gennemføres yderligere mindst 500 kombinationsforløb -\nmed sprogundervisning "
      "årligt frem mod udgangen af 2014",
      {500, {}, kCount, kAtLeast, 2014});
  CheckQuantity(
      "2) Borgerrepræsentationen vedtog i forbindelse med budget 2009 (BR 9. okt. 2008 - "
      "Æ5), at der skal oprettes 30 integrationsstillinger fra 2009 til 2011",
      {30, {}, kCount, kNone, 2011});
  CheckQuantity("- Rekruttering af 50 mentees og 50 erhvervsledere", {50, {}, kCount, kNone, {}});
}

TEST_CASE("ParseQuantity edge cases", "[quantity]") {
  CheckQuantity("Mindst 1 500 deltagere", {1500, {}, kCount, kAtLeast, {}});
  CheckQuantity("Målet er 2.000 deltagere i 2012", {2000, {}, kCount, kNone, 2012});
  CheckQuantity("§ 5 stk. 2: mindst 20 pladser", {20, {}, kCount, kAtLeast, {}});
  CheckQuantity("kl. 14.30 afholdes møde med 40 deltagere", {40, {}, kCount, kNone, {}});
  CheckQuantity("Andelen skal øges fra 6,2 pct. til 6,8 pct.", {6.8, {}, kPercent, kNone, {}});
  CheckQuantity("Andelen skal være 50 % - 60 %", {50, 60, kPercent, kNone, {}});
  CheckQuantity("at 75 pct. af de ledige i 2011-2012 er i job", {75, {}, kPercent, kNone, 2012});
  CheckQuantity("4 ekstra personer (2009)", {4, {}, kCount, kNone, 2009});
  CheckQuantity("op til 5 mio. kr. årligt", {5000000, {}, TargetUnit::kDkk, kAtMost, {}});
  CheckQuantity("Mål 1: 30 deltagere", {30, {}, kCount, kNone, {}});
}

TEST_CASE("ParseQuantity comparators", "[quantity]") {
  CheckQuantity("mindst 150", {150, {}, kCount, kAtLeast, {}});
  CheckQuantity("min. 30", {30, {}, kCount, kAtLeast, {}});
  CheckQuantity("min 70", {70, {}, kCount, kAtLeast, {}});
  CheckQuantity("minimum 30", {30, {}, kCount, kAtLeast, {}});
  CheckQuantity("Minimum 30", {30, {}, kCount, kAtLeast, {}});
  CheckQuantity("som minimum 30 deltagere", {30, {}, kCount, kAtLeast, {}});
  CheckQuantity("maksimalt 5,8 procentpoint", {5.8, {}, kPoints, kAtMost, {}});
  CheckQuantity("højst 5", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("op til 300 rengøringsmedarbejdere", {300, {}, kCount, kAtMost, {}});
  CheckQuantity("max. 10", {10, {}, kCount, kAtMost, {}});
  CheckQuantity("maks. 10 klager", {10, {}, kCount, kAtMost, {}});
  CheckQuantity("over 50", {50, {}, kCount, kAtLeast, {}});
  CheckQuantity("mere end 100 deltagere", {100, {}, kCount, kAtLeast, {}});
  CheckQuantity("under 5", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("færre end 5 klager", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("ikke under 20 deltagere", {20, {}, kCount, kAtLeast, {}});
  CheckQuantity("ikke over 5 klager", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("ikke mere end 5 klager", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("præcis 30", {30, {}, kCount, kEqual, {}});
  CheckQuantity("nøjagtig 30 pladser", {30, {}, kCount, kEqual, {}});
  CheckQuantity("30", {30, {}, kCount, kNone, {}});
  CheckQuantity("95 pct. eller mere", {95, {}, kPercent, kAtLeast, {}});
  CheckQuantity("5 klager eller færre", {5, {}, kCount, kAtMost, {}});
  CheckQuantity("mindst tre workshops", {3, {}, kCount, kAtLeast, {}});
  CheckQuantity("Der afsættes mindst 2 mio. kr. i 2010",
                {2000000, {}, TargetUnit::kDkk, kAtLeast, 2010});
  CheckQuantity("Budgettet er 7,5 mio. kr.", {7500000, {}, TargetUnit::kDkk, kNone, {}});
}

TEST_CASE("ParseQuantity finds nothing where no quantity is promised", "[quantity]") {
  const char* const kNothing[] = {
      "Der skal være en højere aktiveringsgrad for personer bosat i et -\nudvalgt boligområde.",
      "At rekruttere og fastholde personale ud fra et mangfoldighedsledelsesmæssigt perspektiv",
      "Gennemførelse af tre projekter, der kan medvirke til at løfte kvarteret fysisk",
      "1.1 Indsats vedrørende etnisk iværksætteri",
      "Side 2 af 4",
      "Telefon 3317 3047",
      "3317 3047",
      "EAN nummer 5798009683052",
      "Sagsnr. 2010-32472",
      "henholdsvis den 21. april og den 7. maj 2009",
      "23-03-2010",
      "Ansøgninger fra forvaltninger i 09.",
      "i 2008",
      "Andelen af medarbejdere med anden etnisk baggrund end dansk i Socialforvaltningen (år 2011 "
      "= "
      "10 % forøgelse i forhold til resultatet i 2008)",
      "Projektet er 3-arigt 2005-2007.",
      "Forløbet tager 6 måneder",
      "Over en periode skal flere komme i job",
      "(Se note 1)",
      "Det er kontaktpersonen i 3F og C:NTACT",
  };
  for (const char* sentence : kNothing) {
    INFO(sentence);
    CHECK_FALSE(ParseQuantity(sentence).has_value());
  }
}

TEST_CASE("ParseQuantity reports where the quantity is", "[quantity]") {
  const std::string sentence = "Målet er 13 pct. i 2013";
  const auto q = ParseQuantity(sentence);
  REQUIRE(q.has_value());
  CHECK(q->begin == 10);  // "å" is two bytes
  CHECK(q->text == "13 pct.");
  const auto r = ParseQuantity("Øget brug: 3-4 foreninger");
  REQUIRE(r.has_value());
  CHECK(r->text == "3-4");
}

TEST_CASE("ParseComparator on a captured comparator word", "[quantity]") {
  CHECK(ParseComparator("mindst") == Comparator::kAtLeast);
  CHECK(ParseComparator("Min.") == Comparator::kAtLeast);
  CHECK(ParseComparator(" minimum ") == Comparator::kAtLeast);
  CHECK(ParseComparator("maksimalt") == Comparator::kAtMost);
  CHECK(ParseComparator("op til") == Comparator::kAtMost);
  CHECK(ParseComparator("Højst") == Comparator::kAtMost);
  CHECK(ParseComparator("præcis") == Comparator::kEqual);
  CHECK(ParseComparator("mindst tre") == Comparator::kNone);
  CHECK(ParseComparator("") == Comparator::kNone);
  CHECK(ParseComparator("til") == Comparator::kNone);
}

TEST_CASE("ApplyQuantity fills a Target and keeps a column year", "[quantity]") {
  Target target;
  target.year = 2011;  // from the column header "Mål 2011"
  ApplyQuantity("6,8 pct.", &target);
  REQUIRE(target.value.has_value());
  CHECK(*target.value == Approx(6.8));
  CHECK(target.unit == TargetUnit::kPercent);
  CHECK(target.comparator == Comparator::kNone);
  CHECK(target.year == 2011);

  ApplyQuantity("At mindst 150 etniske iværksættere modtager rådgivning i 2008", &target);
  CHECK(*target.value == 150.0);
  CHECK(target.unit == TargetUnit::kCount);
  CHECK(target.comparator == Comparator::kAtLeast);
  CHECK(target.year == 2008);

  Target plain;
  plain.value = 1;
  plain.unit = TargetUnit::kCount;
  ApplyQuantity("Der skal være en højere aktiveringsgrad i 2010", &plain);
  CHECK_FALSE(plain.value.has_value());
  CHECK_FALSE(plain.value_max.has_value());
  CHECK(plain.unit == TargetUnit::kNone);
  CHECK(plain.year == 2010);
}

}  // namespace
}  // namespace bilag
