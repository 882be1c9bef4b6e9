#include "extractor/cli/standard_output.h"

#include <unistd.h>

#include <iostream>
#include <streambuf>
#include <string>

#include "extractor/base/file_io.h"

namespace bilag::cli {
namespace {

constexpr size_t kBlockBytes = 1 << 16;

// The first failure; every later write fails the same way and is not told.
bool failed = false;

bool Write(std::string_view text) {
  if (failed) return false;
  Status written = WriteAll(STDOUT_FILENO, text, "standard output");
  if (written.ok()) return true;
  failed = true;
  std::cerr << "bilag: " << written.message() << "\n";
  return false;
}

// std::cout's buffer: blocks of kBlockBytes written to standard output.
class OutputBuffer : public std::streambuf {
 public:
  OutputBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    const std::string_view pending(pbase(), static_cast<size_t>(pptr() - pbase()));
    setp(buffer_, buffer_ + sizeof buffer_);
    return pending.empty() || Write(pending) ? 0 : -1;
  }

 private:
  char buffer_[kBlockBytes];
};

}  // namespace

void CaptureStandardOutput() {
  // Never freed: std::cout is flushed at exit, after static objects are gone.
  std::cout.rdbuf(new OutputBuffer);
}

bool FlushOut() {
  std::cout.flush();
  return !failed && std::cout.good();
}

bool PrintOut(std::string_view text) { return FlushOut() && Write(text); }

bool BufferedOut::Write(std::string_view piece) {
  buffer_ += piece;
  return buffer_.size() < kBlockBytes || Flush();
}

bool BufferedOut::Flush() {
  bool written = PrintOut(buffer_);
  buffer_.clear();
  return written;
}

}  // namespace bilag::cli
