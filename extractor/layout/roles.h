// Line roles (LineRole in document.h): what each line is on its page.
//
// Rules that look for "the first lines" fail on the next letterhead: the
// letterhead, a "Bilag 3 til indstilling ..." line or a date block comes
// first as often as the title does. Roles say it from what a reader sees:
//
//   - running lines: the same text (digits aside) near the top or bottom of
//     two or more pages, and page marks ("Side 2 af 3", "- 2 -"), from the
//     page's edge inward (a repeated form label below a heading is body);
//   - the title: the largest text on the first page that is not a running
//     line (font size against the page's body size; box height on scans),
//     with the lines below it in the same size; text inputs have no sizes,
//     so there it is the first heading, else the first short line (or two)
//     that names a year, as bilag titles name their period;
//   - the letterhead band: lines above the title at the top of page 1;
//   - headings (bold or large lines), list items, captions (a short line
//     right above a table), table lines and side columns.
#ifndef BILAG_EXTRACTOR_LAYOUT_ROLES_H_
#define BILAG_EXTRACTOR_LAYOUT_ROLES_H_

#include <string>
#include <vector>

#include "extractor/base/list_markers.h"
#include "extractor/model/document.h"

namespace bilag::layout {

// Sets Line::role on every line; runs after tables, side columns and blocks.
// A line that starts with a bullet of `markers` (or a number) is a list item;
// a line that ends with a date written with `month_words` (case-folded,
// longest first: LayoutOptions::month_words) or in digits may be a dateline,
// never the title.
void AssignRoles(Document* doc, const ListMarkers& markers,
                 const std::vector<std::string>& month_words);

}  // namespace bilag::layout

#endif  // BILAG_EXTRACTOR_LAYOUT_ROLES_H_
