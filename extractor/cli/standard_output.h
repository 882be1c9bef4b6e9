// Standard output that reports its failures: `bilag extract x > /dev/full`
// says "cannot write standard output: No space left on device" on stderr
// and exits 3, instead of exiting 3 without a word.
#ifndef BILAG_EXTRACTOR_CLI_STANDARD_OUTPUT_H_
#define BILAG_EXTRACTOR_CLI_STANDARD_OUTPUT_H_

#include <string>
#include <string_view>

namespace bilag::cli {

// Makes std::cout write through PrintOut, so that a failed write keeps its
// reason (stdio's errno is long overwritten when the stream's state is
// checked). Call once, first thing in main.
void CaptureStandardOutput();

// Writes `text` to standard output (after anything std::cout holds);
// false, with the reason on stderr (once), when it could not be written.
bool PrintOut(std::string_view text);

// Flushes std::cout; false, with the reason on stderr, when anything
// written through it did not reach standard output.
bool FlushOut();

// Collects small pieces (streamed JSON) and writes them to standard output
// in blocks, so that a large output costs few writes and little memory.
class BufferedOut {
 public:
  // False once a write failed (reported on stderr).
  bool Write(std::string_view piece);
  bool Flush();

 private:
  std::string buffer_;
};

}  // namespace bilag::cli

#endif  // BILAG_EXTRACTOR_CLI_STANDARD_OUTPUT_H_
