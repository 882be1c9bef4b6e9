// Whole HTML documents (a saved web page, an HTML export of a Word table):
// each <tr> of a top-level <table> is a row, each <td>/<th> a cell; blocks
// inside a cell (<p>, <br>, <li>, a nested table's rows) are the cell's lines.
// Outside tables every block (<p>, <div>, <li>, <br>) is a line and <h1>..<h6>
// are headings. Whitespace is collapsed as a browser would, and <th> text is
// bold as a browser shows it.
#ifndef BILAG_EXTRACTOR_INGEST_HTML_DOCUMENT_H_
#define BILAG_EXTRACTOR_INGEST_HTML_DOCUMENT_H_

#include <string_view>
#include <vector>

#include "extractor/ingest/source_line.h"

namespace bilag {

// True when `text` starts (after whitespace) with <!DOCTYPE html>, <html>,
// <head>, <body> or <table>: the same test the media type sniffer applies.
// Text whose table cells merely hold <p> and <b> (the seeds) is not HTML.
bool LooksLikeHtmlDocument(std::string_view text);

std::vector<SourceLine> ParseHtmlDocument(std::string_view text);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_HTML_DOCUMENT_H_
