// `bilag text --layout`: the Document as the layout stage left it, so a
// rule author can see why a rule did or did not match. Tables are drawn as
// grids with cell borders (a cell's lines stacked in it, a spanning cell
// across its columns, the header ruled off with '='), side-column lines are prefixed "side|",
// paragraphs are separated by an (unnumbered) empty line, and every other line is printed as `bilag
// text` prints it.
#ifndef BILAG_EXTRACTOR_LAYOUT_LAYOUT_TEXT_H_
#define BILAG_EXTRACTOR_LAYOUT_LAYOUT_TEXT_H_

#include <string>

#include "extractor/model/document.h"

namespace bilag {

std::string RenderLayout(const Document& doc, bool numbered);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_LAYOUT_LAYOUT_TEXT_H_
