#include "extractor/values/year.h"

#include <catch2/catch.hpp>

namespace bilag {
namespace {

using Years = std::vector<int>;

TEST_CASE("TitleYears gives every year a title covers", "[year]") {
  CHECK(TitleYears("Resultater og mål for integrationsindsatsen 2005-2007") ==
        Years{2005, 2006, 2007});
  CHECK(TitleYears(" Resultater og mal for integrationsindsatsen 2005-2007") ==
        Years{2005, 2006, 2007});
  CHECK(TitleYears(
            "Bilag 3. Handleplan for integration på det sociale område for perioden 2011-2014") ==
        Years{2011, 2012, 2013, 2014});
  CHECK(TitleYears("Statusrapport for Bland dig i byen 2013 BEDRE BORGERSERVICE") == Years{2013});
  CHECK(TitleYears("Handleplan 2013: SAMMENHÆNGSKRAFT") == Years{2013});
  CHECK(TitleYears("2008-2010") == Years{2008, 2009, 2010});
  CHECK(TitleYears("2011\xE2\x80\x93"
                   "2014") == Years{2011, 2012, 2013, 2014});
  CHECK(TitleYears("2011 - 2014") == Years{2011, 2012, 2013, 2014});
  CHECK(TitleYears("Budget 2008/2009") == Years{2008, 2009});
  CHECK(TitleYears("Budget 2013/14") == Years{2013, 2014});
  CHECK(TitleYears("Integrationspolitikken for 2007-2010 og handleplan 2009") ==
        Years{2007, 2008, 2009, 2010});
}

TEST_CASE("TitleYears ignores what is not a year", "[year]") {
  CHECK(TitleYears("Økonomiudvalgets redegørelse for integrationsindsatsen").empty());
  CHECK(TitleYears("Sagsnr. 2010-32472").empty());
  CHECK(TitleYears("2010-204624").empty());
  CHECK(TitleYears("23-03-2010").empty());
  CHECK(TitleYears("1. marts 2009").empty());
  CHECK(TitleYears("2000 kr.").empty());
  CHECK(TitleYears("2000 mio. kr.").empty());
  CHECK(TitleYears("Side 2 af 4").empty());
  CHECK(TitleYears("1592 København V").empty());
  CHECK(TitleYears("Telefon 3317 3047").empty());
  CHECK(TitleYears("I 08 og 09").empty());
  CHECK(TitleYears("20.000 personer").empty());
  CHECK(TitleYears("3000 ansatte").empty());
  CHECK(TitleYears("2100,5").empty());
}

TEST_CASE("ParseYears reads a captured year expression", "[year]") {
  CHECK(*ParseYears("2011-2014") == Years{2011, 2012, 2013, 2014});
  CHECK(*ParseYears("2005-2007") == Years{2005, 2006, 2007});
  CHECK(*ParseYears("2008/2009") == Years{2008, 2009});
  CHECK(*ParseYears("2005, 2006 og 2007") == Years{2005, 2006, 2007});
  CHECK(*ParseYears("ultimo 2014") == Years{2014});
  CHECK(*ParseYears("primo 2010") == Years{2010});
  CHECK(*ParseYears("medio 2009") == Years{2009});
  CHECK(*ParseYears("i 2013/2014") == Years{2013, 2014});
  CHECK(*ParseYears("for perioden 2011-2014") == Years{2011, 2012, 2013, 2014});
  CHECK(*ParseYears("fra 2009 til 2011") == Years{2009, 2010, 2011});
  CHECK(ParseYears("ingen").status().code() == ErrorCode::kYearNone);
  CHECK(ParseYears("1850").status().code() == ErrorCode::kYearNone);
  CHECK(ParseYears("2101").status().code() == ErrorCode::kYearNone);
  CHECK(*ParseYears("1900") == Years{1900});
  CHECK(*ParseYears("2100") == Years{2100});
}

TEST_CASE("FindYears knows the anchor words", "[year]") {
  const auto ultimo = FindYears("ultimo 2014");
  REQUIRE(ultimo.size() == 1);
  CHECK(ultimo[0].anchor == YearAnchor::kEndOf);
  CHECK(ultimo[0].text == "ultimo 2014");
  CHECK(ultimo[0].begin == 0);

  const auto list = FindYears("2,5 mio. kr. årligt for 2005, 2006 og 2007");
  REQUIRE(list.size() == 3);
  CHECK(list[0].anchor == YearAnchor::kFor);
  CHECK(list[1].anchor == YearAnchor::kFor);
  CHECK(list[2].anchor == YearAnchor::kFor);
  CHECK(list[2].first == 2007);

  const auto range = FindYears("fra 2009 til 2011");
  REQUIRE(range.size() == 1);
  CHECK(range[0].anchor == YearAnchor::kPeriod);
  CHECK(range[0].Years() == Years{2009, 2010, 2011});

  const struct {
    const char* text;
    YearAnchor anchor;
  } kCases[] = {
      {"i 2013", YearAnchor::kIn},
      {"i løbet af 2009", YearAnchor::kIn},
      {"ultimo maj 2014", YearAnchor::kEndOf},
      {"i maj 2014", YearAnchor::kIn},
      {"for 2009", YearAnchor::kFor},
      {"for perioden 2011-2014", YearAnchor::kPeriod},
      {"år 2011", YearAnchor::kYear},
      {"primo 2010", YearAnchor::kStartOf},
      {"i starten af 2014", YearAnchor::kStartOf},
      {"medio 2009", YearAnchor::kMiddle},
      {"ved udgangen af 2008", YearAnchor::kEndOf},
      {"frem mod udgangen af 2014", YearAnchor::kEndOf},
      {"til og med år 2010", YearAnchor::kUntil},
      {"frem til 2014", YearAnchor::kUntil},
      {"senest 2012", YearAnchor::kUntil},
      {"fra 2010", YearAnchor::kSince},
      {"siden 2008", YearAnchor::kSince},
      {"Budget 2007", YearAnchor::kNone},
      {"ultimo -\n2014", YearAnchor::kEndOf},
  };
  for (const auto& c : kCases) {
    INFO(c.text);
    const auto found = FindYears(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor == c.anchor);
  }
}

TEST_CASE("TargetYear gives the year a target is for", "[year]") {
  CHECK(
      TargetYear("At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008") ==
      2008);
  CHECK(TargetYear("At 30 procent af aktiveringen af etniske minoriteter ultimo 2014 sker i "
                   "virksomhederne") == 2014);
  CHECK(TargetYear("At 30 procent af aktiveringen af etniske minoriteter ultimo -\n2014 sker i "
                   "virksomhederne som enten praktik eller løntilskud –") == 2014);
  CHECK(TargetYear("primo 2010") == 2010);
  CHECK(TargetYear("medio 2009") == 2009);
  CHECK(TargetYear("skal stige med 20 procentpoint frem mod udgangen af 2014.") == 2014);
  CHECK(TargetYear("ved udgangen af 2008") == 2008);
  CHECK(TargetYear("vil i 2013/2014 blive implementeret") == 2014);
  CHECK(TargetYear("Handleplan for perioden 2011-2014") == 2014);
  CHECK(TargetYear("Målet er 13 pct. i 2013") == 2013);
  CHECK(TargetYear("I perioden til og med år 2010 skal andelen af beskæftigede indvandrere i "
                   "kommunen øges med 10 procentpoint til ca. 64 %") == 2010);
  CHECK(TargetYear("-70 pct. af virksomhederne oplever, at deres mangfoldighed bidrager til øget "
                   "grad af innovation og effektivitet i 2015.") == 2015);
  CHECK(TargetYear("Resultatkontraktmål for Beskæftigelses- og Integrationsforvaltningen 2013: "
                   "Andelen skal stige med 1 pct. årligt") == 2013);
  CHECK(TargetYear("Målet skal nås i 2011 (status i 2008: 6,2 %)") == 2011);
  CHECK(TargetYear("(Status for Københavns Kommune i 2008 er 10,7 %)") == 2008);
  CHECK(TargetYear("at der skal oprettes 30 integrationsstillinger fra 2009 til 2011") == 2011);
  CHECK_FALSE(TargetYear("Fra 2010 videreføres indsats med decentral dækning").has_value());
  CHECK_FALSE(TargetYear("Der skal være en højere aktiveringsgrad for personer bosat i et udvalgt "
                         "boligområde.")
                  .has_value());
  CHECK_FALSE(TargetYear("Sagsnr. 2010-32472, 23-03-2010").has_value());
}

}  // namespace
}  // namespace bilag
