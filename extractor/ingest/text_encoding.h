// Text encodings: turns the bytes of a text input into clean UTF-8.
//
// Inputs come from decades of exports: UTF-8 (with or without a BOM), UTF-16
// with a BOM (Windows "Unicode" text), and Windows-1252/Latin-1 (old Word and
// Excel exports). The result is UTF-8 with LF line ends only, no NUL bytes and
// no C0 control characters other than '\t', '\n' and '\f' (a form feed is a
// page break).
#ifndef BILAG_EXTRACTOR_INGEST_TEXT_ENCODING_H_
#define BILAG_EXTRACTOR_INGEST_TEXT_ENCODING_H_

#include <string>
#include <string_view>

#include "extractor/base/status.h"
#include "extractor/model/document.h"

namespace bilag {

// Decodes `bytes`:
//   - a UTF-8 BOM is dropped; valid UTF-8 is kept as it is;
//   - UTF-16 LE/BE with a BOM is converted ("encoding-converted" warning);
//   - bytes that are not UTF-8 are read as Windows-1252 (Latin-1 plus the
//     0x80-0x9F punctuation: 0x96 is an en dash) with an "encoding-converted"
//     warning. A file that is mostly UTF-8 with a few stray single bytes keeps
//     its UTF-8 and only the stray bytes are read as Windows-1252;
//   - NUL bytes are dropped ("nul-bytes-removed" warning with the count), as
//     are other control characters ("control-chars-removed"); a vertical tab
//     (Word's manual line break) becomes a line break; CRLF and CR become LF.
// Fails with unsupported-format when the bytes are binary: a known binary
// signature (ZIP/DOCX, OLE/DOC, images, PDF, gzip, ELF), or control bytes
// making up more than a few percent of the input without a UTF-16 BOM.
// Warnings go to `doc`; they are not tied to a page or line.
Result<std::string> DecodeText(std::string_view bytes, Document* doc);

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong
// forms, surrogates or values beyond U+10FFFF) that `s` starts with; 0 when
// it starts with none or is empty.
size_t Utf8Length(std::string_view s);

// Appends the UTF-8 encoding of `code_point` (U+FFFD for surrogates and
// values beyond U+10FFFF).
void AppendUtf8(char32_t code_point, std::string* out);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_TEXT_ENCODING_H_
