// WarningSink: the one way a stage hands on a non-fatal finding (a range of
// amounts, a budget cell that is no number, a total that does not add up).
//
// LevelDB's log::Reader::Reporter is the model: the reader reports and reads
// on, and the sink decides where the finding goes -- the document's
// warnings, or a test's list. Every finding reaches the JSON's "warnings";
// none is dropped on the way, whatever stage found it.
#ifndef BILAG_EXTRACTOR_MODEL_WARNING_SINK_H_
#define BILAG_EXTRACTOR_MODEL_WARNING_SINK_H_

#include <cstddef>
#include <string>
#include <utility>

#include "extractor/model/document.h"

namespace bilag {

class WarningSink {
 public:
  virtual ~WarningSink() = default;

  // `code` is a stable kebab-case id ("amount-range"); page and line are
  // 1-based, 0 when the finding is about no one place.
  virtual void Warn(std::string code, std::string message, int page, int line) = 0;

  // A finding at byte `offset` of the text a value reader was given: the
  // reader sees a string, not a page. A sink that knows where that text
  // came from places it; by default it goes without a place.
  virtual void WarnAt(size_t offset, std::string code, std::string message) {
    (void)offset;
    Warn(std::move(code), std::move(message), 0, 0);
  }
};

// Appends to a list of warnings (a Document's).
class WarningList final : public WarningSink {
 public:
  explicit WarningList(Warnings* out) : out_(out) {}
  void Warn(std::string code, std::string message, int page, int line) override {
    out_->push_back({std::move(code), std::move(message), page, line});
  }

 private:
  Warnings* out_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_MODEL_WARNING_SINK_H_
