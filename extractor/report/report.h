// The review report (`bilag report`): one self-contained HTML page that shows,
// for each document of a run, its text with every extracted value
// highlighted where it was found, beside tables of what was extracted.
//
//   ReportWriter writer({.tool_version = "0.1.0"});
//   writer.AddExtraction(extraction);            // per document, in input order
//   writer.AddFailure("b.pdf", status);          // an input that failed
//   std::string html = writer.Finish();
//
// What a reviewer sees per document: the page text numbered page:line as
// `bilag text -n` prints it; each value (metadata, initiative name, amount,
// target by kind, budget cell) in its field kind's colour with a tooltip
// naming the parsed value and the rule; OCR repairs and warnings at their
// lines; for scanned pages the page's image (when the caller has one, see
// ScanImages) with the OCR words' boxes over it, values in their colours,
// else the OCR words as text at their boxes. Clicking a table row scrolls to
// and flashes its source; clicking a value shows its row.
//
// Invariants: the page needs no other file (style and script are inline,
// nothing is fetched); every piece of document text is HTML-escaped; the
// output depends only on the inputs (no clock, no locale), so two runs give
// the same bytes. Pages are laid out lazily, so a 200-page document stays
// quick to open. Nothing here fails: a value that cannot be placed in its
// line highlights the whole line.
#ifndef BILAG_EXTRACTOR_REPORT_REPORT_H_
#define BILAG_EXTRACTOR_REPORT_REPORT_H_

#include <map>
#include <string>
#include <utility>

#include "extractor/base/status.h"
#include "extractor/model/extraction.h"
#include "extractor/report/locate.h"
#include "extractor/values/vocabulary.h"

namespace bilag::report {

// An encoded image of a scanned page, drawn under its OCR words.
struct ScanImage {
  std::string media_type;  // "image/png" or "image/jpeg"
  std::string data;        // the encoded file
};

// Page number -> its image, or why there is none (said in that page, which
// then shows its words as text). Pages not in the map show their words as
// text.
using ScanImages = std::map<int, Result<ScanImage>>;

struct ReportOptions {
  std::string tool_version;  // shown in the page header; empty = not shown
  std::string rules_sha256;  // the rule set's hash; empty = not shown
  // The rules' words, for the units of targets and the months of dates;
  // null = the shipped ones.
  const ValueVocabulary* vocabulary = nullptr;
  // Whether a table header cell names the total column (the rules' [[budget]]
  // total_header), to find a total budget cell under it; empty = no header
  // is a total's, and such a cell is found by its amount alone.
  IsTotalHeader is_total_header = {};
};

class ReportWriter {
 public:
  explicit ReportWriter(ReportOptions options) : options_(std::move(options)) {}

  // Adds a document's section; the extraction and images are not kept.
  void AddExtraction(const Extraction& extraction, const ScanImages& images = {});

  // Adds a section for an input that failed: its path and why.
  void AddFailure(const std::string& path, const Status& status);

  // The whole page.
  std::string Finish() const;

  int documents() const { return documents_; }

 private:
  ReportOptions options_;
  std::string sections_;  // the documents' sections so far
  std::string toc_;       // one <li> per document
  int documents_ = 0;
  int failures_ = 0;
};

}  // namespace bilag::report

#endif  // BILAG_EXTRACTOR_REPORT_REPORT_H_
