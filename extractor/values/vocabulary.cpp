#include "extractor/values/vocabulary.h"

#include <algorithm>

#include "extractor/values/text.h"

namespace bilag {
namespace {

// Every word of `groups` (as `words_of` gives them) once, longest first.
template <typename Group, typename WordsOf>
void AddEntries(const std::vector<Group>& groups, WordsOf words_of,
                std::vector<ValueVocabulary::Entry>* out) {
  out->clear();
  for (size_t g = 0; g < groups.size(); ++g) {
    for (const std::string& written : words_of(groups[g])) {
      const std::string word = FoldCase(values_internal::Trim(written));
      const bool seen = std::any_of(out->begin(), out->end(), [&](const ValueVocabulary::Entry& e) {
        return e.word == word;
      });
      if (!seen && !word.empty()) out->push_back({word, g});
    }
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const ValueVocabulary::Entry& a, const ValueVocabulary::Entry& b) {
                     return a.word.size() > b.word.size();
                   });
}

const std::vector<std::string>& Words(const VocabularyWords& group) { return group.words; }

ValueVocabulary MakeBuiltin() {
  ValueVocabulary v;
  v.scales = {
      {{"money.billion", {"mia.", "mia", "mrd.", "mrd"}}, 1000000000, false},
      {{"money.billion-spelled", {"milliarder", "milliard"}}, 1000000000, true},
      {{"money.million", {"mio.", "mio", "mill.", "mill"}}, 1000000, false},
      {{"money.million-spelled", {"millioner", "million"}}, 1000000, true},
      {{"money.thousand-spelled", {"tusinde", "tusind"}}, 1000, true},
  };
  v.currencies = {
      {{"money.kroner", {"kroner", "kr.", "kr", "dkk"}}, 1, false, {"kr.", "kr", "dkk"}},
      {{"money.thousand-kroner",
        {"t.kr.", "t.kr", "t. kr.", "t. kr", "tkr.", "tkr", "t.dkk", "tdkk"}},
       1000,
       false,
       {}},
      {{"money.foreign", {"euro", "eur", "\xE2\x82\xAC", "usd", "dollars", "dollar"}},
       1,
       true,
       {"eur", "euro", "\xE2\x82\xAC", "usd"}},
  };
  v.percent_units = {
      {{"percent.percent", {"%", "procent", "pct.", "pct"}}, false},
      {{"percent.points",
        {"procentpoint", "procentpoints", "procent-point", "procent-points", "procentenhed",
         "procentenheder", "pct.-point", "pct.-points", "pct.point", "pct.points", "pct-point",
         "pct-points", "pct. point", "%-point", "%-points", "%point", "%points", "%-enheder"}},
       true},
  };
  v.approximate = {{"amount.approximate",
                    {"i omegnen af", "op imod", "op mod", "omkring", "omtrent", "cirka", "circa",
                     "ca.", "ca", "knapt", "knap", "godt", "anslået", "anslåede"}}};
  // "arligt"/"om aret" are OCR readings of "årligt"/"om året" (seed 000).
  v.per_year = {{"amount.per-year",
                 {"årligt", "årlig", "arligt", "om året", "om aret", "pr. år", "pr år", "per år",
                  "hvert år", "p.a.", "pro anno"}}};
  v.comparators = {
      {{"comparator.at-least",
        {"ikke mindre end", "ikke færre end", "ikke under", "som minimum", "mindst", "minimum",
         "minimalt", "min.", "min", "mere end", "flere end", "over"}},
       Comparator::kAtLeast,
       {"eller mere", "eller flere", "eller derover", "og derover", "eller højere"}},
      {{"comparator.at-most",
        {"ikke mere end", "ikke flere end", "ikke over", "som maksimum", "maksimalt", "maksimum",
         "maximalt", "maximum", "maks.", "maks", "max.", "max", "højst", "højest", "op til",
         "mindre end", "færre end", "under"}},
       Comparator::kAtMost,
       {"eller mindre", "eller færre", "eller derunder", "og derunder", "eller lavere"}},
      {{"comparator.equal",
        {"præcist", "præcis", "nøjagtigt", "nøjagtig", "eksakt", "netop", "lig med"}},
       Comparator::kEqual,
       {}},
  };
  v.year_anchors = {
      {{"year.end-of",
        {"frem mod udgangen af", "inden udgangen af", "ved udgangen af", "udgangen af", "udgang af",
         "slutningen af", "ultimo"}},
       YearAnchor::kEndOf},
      {{"year.start-of", {"begyndelsen af", "starten af", "start af", "primo"}},
       YearAnchor::kStartOf},
      {{"year.middle", {"midten af", "medio"}}, YearAnchor::kMiddle},
      {{"year.period", {"for perioden", "i perioden", "perioden", "for årene", "i årene", "årene"}},
       YearAnchor::kPeriod},
      {{"year.until",
        {"til og med året", "til og med år", "til og med", "frem til", "frem mod", "indtil",
         "inden", "senest i", "senest", "til"}},
       YearAnchor::kUntil},
      {{"year.in", {"i løbet af", "i"}}, YearAnchor::kIn},
      {{"year.year", {"i året", "året", "år"}}, YearAnchor::kYear},
      {{"year.for", {"for"}}, YearAnchor::kFor},
      {{"year.since", {"fra", "siden", "efter"}}, YearAnchor::kSince},
  };
  v.months = {
      {{"month.january", {"januar", "jan.", "jan"}}, 1},
      {{"month.february", {"februar", "febr.", "feb.", "feb"}}, 2},
      {{"month.march", {"marts", "mar."}}, 3},
      {{"month.april", {"april", "apr.", "apr"}}, 4},
      {{"month.may", {"maj"}}, 5},
      {{"month.june", {"juni", "jun."}}, 6},
      {{"month.july", {"juli", "jul."}}, 7},
      {{"month.august", {"august", "aug.", "aug"}}, 8},
      {{"month.september", {"september", "sept.", "sep.", "sept", "sep"}}, 9},
      {{"month.october", {"oktober", "okt.", "okt"}}, 10},
      {{"month.november", {"november", "nov.", "nov"}}, 11},
      {{"month.december", {"december", "dec.", "dec"}}, 12},
  };
  v.weekdays = {
      {"date.weekday", {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"}}};
  v.number_words = {
      {{"number.one", {"én", "ét"}}, 1},   {{"number.two", {"to"}}, 2},
      {{"number.three", {"tre"}}, 3},      {{"number.four", {"fire"}}, 4},
      {{"number.five", {"fem"}}, 5},       {{"number.six", {"seks"}}, 6},
      {{"number.seven", {"syv"}}, 7},      {{"number.eight", {"otte"}}, 8},
      {{"number.nine", {"ni"}}, 9},        {{"number.ten", {"ti"}}, 10},
      {{"number.eleven", {"elleve"}}, 11}, {{"number.twelve", {"tolv"}}, 12},
      {{"number.twenty", {"tyve"}}, 20},   {{"number.thirty", {"tredive"}}, 30},
      {{"number.forty", {"fyrre"}}, 40},   {{"number.fifty", {"halvtreds"}}, 50},
  };
  v.Index();
  return v;
}

}  // namespace

void ValueVocabulary::Index() {
  AddEntries(scales, Words, &index.scales);
  AddEntries(currencies, Words, &index.currencies);
  AddEntries(
      currencies, [](const CurrencyWords& c) -> const auto& { return c.before_words; },
      &index.currencies_before);
  AddEntries(percent_units, Words, &index.percent_units);
  index.percent_unit_initials.clear();
  for (const Entry& entry : index.percent_units) {
    const char first = entry.word.front();
    if (first >= 'a' && first <= 'z' &&
        index.percent_unit_initials.find(first) == std::string::npos)
      index.percent_unit_initials += first;
  }
  AddEntries(approximate, Words, &index.approximate);
  AddEntries(per_year, Words, &index.per_year);
  AddEntries(comparators, Words, &index.comparators_before);
  AddEntries(
      comparators, [](const ComparatorWords& c) -> const auto& { return c.after_words; },
      &index.comparators_after);
  AddEntries(year_anchors, Words, &index.year_anchors);
  AddEntries(months, Words, &index.months);
  AddEntries(weekdays, Words, &index.weekdays);
  AddEntries(number_words, Words, &index.number_words);
}

const ValueVocabulary& BuiltinVocabulary() {
  static const ValueVocabulary kVocabulary = MakeBuiltin();
  return kVocabulary;
}

std::vector<std::string> MonthWordsOf(const ValueVocabulary& vocabulary) {
  std::vector<std::string> words;
  for (const ValueVocabulary::Entry& entry : vocabulary.index.months) words.push_back(entry.word);
  return words;
}

}  // namespace bilag
