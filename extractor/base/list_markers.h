// The signs and letters that mark a list item: "•", "-", "–", "*", what OCR
// makes of a bullet ("…", "·", "°"), and a letter set as a bullet ("o", the
// second level of Word's lists in Courier New).
//
// They are the rule files' ([[list_marker]] in rules/lists.toml), so that a
// user can teach bilag an archive's own bullets ("►", "✓") without
// recompiling; the rule loader gathers them into a ListMarkers, which the
// extractor hands to the ingest, layout and extract stages as plain data.
// BuiltinListMarkers() is the shipped file's set for callers without rules
// (unit tests, fuzzers, `bilag` stages' default options); a test keeps the
// two equal. The functions below take the markers explicitly, so no stage
// falls back on the built-in set where the rules' set should reach it.
//
// What stays in code is typography, not vocabulary: a bullet is one to four
// signs, and an enumerator is a number of up to three digits or a letter
// before "." or ")".
#ifndef BILAG_EXTRACTOR_BASE_LIST_MARKERS_H_
#define BILAG_EXTRACTOR_BASE_LIST_MARKERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace bilag {

struct ListMarkers {
  // Signs that mark an item alone or up to four together ("•", "-", "»>").
  std::vector<std::string> signs;
  // Letters set as a bullet: a marker only on their own or before a space.
  std::vector<std::string> letters;
};

// The list markers of the shipped rules/lists.toml.
const ListMarkers& BuiltinListMarkers();

// Whether `text` is what a list bullet becomes: one to three of the signs,
// nothing else.
bool IsBulletGlyphs(std::string_view text, const ListMarkers& markers);

// Whether `text` is a list item's marker on its own: a bullet (above, or one
// of the letters), or an enumerator "1.", "12)", "a)". A marker set apart
// from its item by a tab stop or spaces is no cell of a table row.
bool IsListMarker(std::string_view text, const ListMarkers& markers);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_LIST_MARKERS_H_
