// Normalise: the text every rule sees. Runs after ingest and layout, before
// OCR repair and extraction; changes Line::text (and cell texts) in place:
//   - Unicode NFC (decomposed "å" from some PDFs becomes one code point);
//     Word texts are NFC'd too, so lines rebuilt from words match;
//   - whitespace collapsed within a line and trimmed: every Unicode space
//     (no-break U+00A0, thin U+2009, ...) and tab counts; zero-width spaces
//     (U+200B, U+FEFF) are dropped. In a table row each cell is collapsed on
//     its own and Line::text rebuilt as the cells joined by '\t';
//   - a word hyphenated across a line end is joined: "beskæfti-" + "gelse er"
//     becomes "beskæftigelse" + "er". Only when the line ends in a letter
//     followed by '-' or a soft hyphen, and the next non-empty line of the page
//     is prose (for a table row: the same column of the row's next line)
//     starting with a lowercase letter. A Danish suspended compound stays as
//     written ("Beskæftigelses- og Integrationsudvalget", "praktik-" + "eller
//     ..."): no join before og, eller, el., samt, til, som, &, +; nor after
//     " -" (a dash or list marker), nor before an uppercase letter or digit;
//   - soft hyphens inside a line are dropped; one left at a line end becomes
//     '-', as it was printed;
//   - typographic quotes and dashes are kept as written: rules match them
//     loosely instead (see extractor/rules).
// Lines that become empty by joining are removed and the page renumbered.
// Linear in the size of the text.
#ifndef BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_
#define BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_

#include <cstdint>
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

// Whether a code point is a letter of any script (Unicode categories L*);
// false for -1, the decoder's invalid byte.
bool IsUnicodeLetter(int32_t cp);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_NORMALISE_NORMALISE_H_
