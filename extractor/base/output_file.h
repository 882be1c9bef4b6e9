// Writing a file bilag makes: every `-o`, rewritten expectations, OCR cache
// entries. One place decides how, so every command behaves the same:
//
//   - A regular file, or nothing, at the path: written to a hidden temporary
//     file beside it (".NAME.tmp-PID-N"), flushed to the disk (fsync) and
//     renamed over it, so a reader or a crash never sees half a file and a
//     failed run leaves the old one.
//     A file replaced keeps its permission bits.
//   - A symlink: followed (relative targets from the link's folder), and its
//     target written as above; the link stays.
//   - A FIFO, a device (/dev/null, a terminal) or an open file named through
//     /proc (`-o /dev/stdout` is /proc/self/fd/1): written in place, in
//     append mode, never replaced (a rename would put a regular file where
//     the device or pipe was, or miss the open file).
//   - A folder: an error.
// Errors (code output-write) name the path.
#ifndef BILAG_EXTRACTOR_BASE_OUTPUT_FILE_H_
#define BILAG_EXTRACTOR_BASE_OUTPUT_FILE_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "extractor/base/status.h"

namespace bilag {

// Writes what `write` puts into the stream to `path`. A status `write`
// returns that is not OK is returned as it is (and nothing replaces the
// file); a stream that goes bad is an output-write error.
Status WriteOutputFile(const std::string& path, const std::function<Status(std::ostream&)>& write);

Status WriteOutputFile(const std::string& path, std::string_view content);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_OUTPUT_FILE_H_
