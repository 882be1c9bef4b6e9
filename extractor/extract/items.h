// Splits the text of a goal field, a target column cell or a target
// paragraph into items, one target each. Items start at list markers: "- ",
// "• ", "1. ", "a) " at a line start, or a marker that a PDF conversion moved
// to the line end ("... ultimo -", "... med 1."), or " - " before a capital
// inside a line. Markers are removed from the item text.
#ifndef BILAG_EXTRACTOR_EXTRACT_ITEMS_H_
#define BILAG_EXTRACTOR_EXTRACT_ITEMS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extractor/extract/rows.h"
#include "extractor/rules/rule_set.h"

namespace bilag {

// `lines_are_paragraphs`: every segment is a paragraph of its own (HTML <p>
// and <li> in a cell), so each starts an item; otherwise segments are visual
// lines that only a marker breaks.
// Items that `empty_values` (the rules' [[empty_value]] patterns) call
// empty ("Ingen", "-") are left out; `markers` are the rules' bullets
// ([[list_marker]]).
std::vector<Segment> SplitItems(const std::vector<Segment>& segments, bool lines_are_paragraphs,
                                const std::vector<EmptyValueRule>& empty_values = {},
                                const ListMarkers& markers = BuiltinListMarkers());

// Length of a list marker at the start of `text` with the space after it
// ("- ", "• ", "1. ", "a) "), or 0.
size_t LeadingListMarker(std::string_view text, const ListMarkers& markers);

// Whether a line of an unmarked list starts a new item after `previous`
// (the line above, empty for the first) of the item `item` (its lines so
// far): it starts with a capital, or with a figure that is no year ("4
// borgere deltager") after an item that holds a figure of its own (in "Der
// gennemføres" / "10 forløb" the figure is the item's), and the line above
// was not cut after a short word, a comma or a hyphen.
bool StartsUnmarkedItem(std::string_view previous, std::string_view text, std::string_view item);

// True for an empty text, or one an [[empty_value]] rule matches (trimmed).
bool IsEmptyValue(std::string_view text, const std::vector<EmptyValueRule>& empty_values);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_ITEMS_H_
