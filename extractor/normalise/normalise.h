// Normalise: the text every rule sees. Runs after ingest, before layout and
// extraction; changes Line::text (and cell texts) in place:
//   - Unicode NFC (decomposed "å" from some PDFs becomes one code point);
//   - whitespace collapsed within a line and trimmed (tabs between cells kept);
//   - a word hyphenated across a line end is joined ("beskæfti-" + "gelse" ->
//     "beskæftigelse" on the first line), but a Danish suspended compound stays
//     as written ("Beskæftigelses- og Integrationsudvalget");
//   - typographic quotes and dashes are kept as written: rules match them
//     loosely instead (see extractor/rules).
// Lines that become empty by joining are removed and the page renumbered.
#ifndef BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_
#define BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_

#include <string>
#include <string_view>

#include "extractor/model/document.h"

namespace bilag {

struct NormaliseOptions {
  bool dehyphenate = true;
};

void Normalise(const NormaliseOptions& options, Document* doc);

// Building blocks, exposed for tests and for other stages.
std::string ToNfc(std::string_view utf8);
std::string CollapseWhitespace(std::string_view utf8);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_
