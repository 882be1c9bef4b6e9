// The nearest miss of a rule that matched nothing: the line whose words come
// closest to the literal words of the rule's pattern. It tells a rule author
// "the label you expected is on page 1, line 8, written 'Sags nr.'", which is
// usually the fix.
#ifndef BILAG_EXTRACTOR_EXTRACT_NEAREST_MISS_H_
#define BILAG_EXTRACTOR_EXTRACT_NEAREST_MISS_H_

#include <optional>
#include <string>
#include <vector>

#include "extractor/model/document.h"

namespace bilag {

struct NearestMiss {
  int page = 0, line = 0;
  std::string text;                  // the line
  std::vector<std::string> found;    // pattern words (or their start) seen on the line
  std::vector<std::string> missing;  // pattern words not seen
};

// The words of at least four letters that a pattern spells out literally
// ("(?i)^Sags\s*nr\.?" -> {"sags"}), lower-cased.
std::vector<std::string> LiteralWords(const std::string& pattern);

// The best line for `pattern`, or nullopt when no line shares a word (or a
// four-letter start of one) with it.
std::optional<NearestMiss> FindNearestMiss(const std::string& pattern, const Document& doc);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_NEAREST_MISS_H_
