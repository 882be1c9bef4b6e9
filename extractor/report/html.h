// HTML and JSON text for the review report: escaping of document text, and
// the few number formats the report shows.
//
// Everything a document says reaches the page only through these functions,
// so a document can never inject markup or script: &, <, >, " and ' are
// always entities, and JSON embedded in a <script> element never contains
// "</" or a raw line separator.
#ifndef BILAG_EXTRACTOR_REPORT_HTML_H_
#define BILAG_EXTRACTOR_REPORT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace bilag::report {

// Appends `text` with &, <, >, " and ' as entities: safe in element content
// and in quoted attribute values.
void AppendEscaped(std::string_view text, std::string* out);
std::string Escaped(std::string_view text);

// Appends `text` as a JSON string literal (with quotes) that is also safe
// inside an HTML <script> element.
void AppendJsonString(std::string_view text, std::string* out);

// Appends `bytes` in base64 (RFC 4648, with padding): for data: URIs, whose
// alphabet needs no escaping in an attribute.
void AppendBase64(std::string_view bytes, std::string* out);

// Danish grouping: 7497000 -> "7.497.000 kr.".
std::string FormatDkk(int64_t dkk);

// A target's number as the document would write it: 150 -> "150",
// 10.7 -> "10,7".
std::string FormatNumber(double value);

// "12.5" with one decimal, for CSS lengths (locale-independent).
std::string FormatCss(double value);

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_HTML_H_
