// What the words before a year say it is for ("ultimo 2014" is the end of
// 2014, "siden 2008" a starting point). The words are the rule files'
// [[year_anchor]] rules (rules/values.toml, vocabulary.h); the year reader
// (year.h) gives each mention the kind of the words before it.
#ifndef BILAG_EXTRACTOR_VALUES_YEAR_ANCHOR_H_
#define BILAG_EXTRACTOR_VALUES_YEAR_ANCHOR_H_

namespace bilag {

enum class YearAnchor {
  kNone,     // a bare year: "Budget 2007", "... i byen 2013"
  kIn,       // "i 2013", "i løbet af 2009", "maj 2014"
  kFor,      // "for 2009"
  kPeriod,   // "(i/for) perioden 2011-2014", "årene 2008-2010"
  kYear,     // "år 2011", "året 2011"
  kStartOf,  // "primo 2010", "starten af 2014", "begyndelsen af 2014"
  kMiddle,   // "medio 2009"
  kEndOf,    // "ultimo 2014", "(ved/frem mod) udgangen af 2014", "slutningen af 2013"
  kUntil,    // "til og med 2010", "frem til 2014", "frem mod 2014", "inden 2012", "senest 2012"
  kSince,    // "fra 2010", "siden 2008", "efter 2009": a starting point
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_VALUES_YEAR_ANCHOR_H_
