// PlacedWarnings: gives a value reader's findings the page and line of the
// text they were found in. A reader sees one string -- often a paragraph
// joined from several lines -- and reports byte offsets into it (WarningSink::
// WarnAt); this sink knows where each joined piece started and says in which
// initiative it was read.
#ifndef BILAG_EXTRACTOR_EXTRACT_PLACED_WARNINGS_H_
#define BILAG_EXTRACTOR_EXTRACT_PLACED_WARNINGS_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "extractor/model/warning_sink.h"

namespace bilag {

class PlacedWarnings final : public WarningSink {
 public:
  // Where one piece of the joined text begins, and which line it is.
  struct Piece {
    size_t offset = 0;
    int page = 0, line = 0;
  };

  // `pieces` in text order, the first at offset 0. `suffix` ends every
  // message (" (in 'Jobmentorer')"); may be empty.
  PlacedWarnings(WarningSink* out, std::vector<Piece> pieces, std::string suffix)
      : out_(out), pieces_(std::move(pieces)), suffix_(std::move(suffix)) {}

  void Warn(std::string code, std::string message, int page, int line) override {
    out_->Warn(std::move(code), std::move(message) + suffix_, page, line);
  }

  void WarnAt(size_t offset, std::string code, std::string message) override {
    const auto after =
        std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                         [](size_t at, const Piece& piece) { return at < piece.offset; });
    const Piece& piece = after == pieces_.begin() ? pieces_.front() : *(after - 1);
    Warn(std::move(code), std::move(message), piece.page, piece.line);
  }

 private:
  WarningSink* out_;
  std::vector<Piece> pieces_;
  std::string suffix_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EXTRACT_PLACED_WARNINGS_H_
