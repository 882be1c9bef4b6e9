// The report page's style sheet and script, inlined into every report so the
// page works offline from a file:// URL with no other file.
//
// The script relies on the markup contract of page_view.h and tables.h:
// sections "d<doc>p<page>" whose ".lines" children are the lines in order,
// marks with id "d<doc>v<id>", table rows with data-go="page:line" and
// data-v="<id>". When it has run it adds <output id="selfcheck"> to the
// footer (data-ok="1" when every linked row found its line); tests look
// for it.
#ifndef BILAG_EXTRACTOR_REPORT_ASSETS_H_
#define BILAG_EXTRACTOR_REPORT_ASSETS_H_

namespace bilag::report {

extern const char* const kReportCss;
extern const char* const kReportJs;

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_ASSETS_H_
