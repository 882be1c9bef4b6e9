// Reading and writing files with errors that say why: every failure names
// the path and the system's reason (strerror), so "cannot write out/a.json:
// No space left on device" or "... : Permission denied" reaches the user
// instead of a bare exit code.
#ifndef BILAG_EXTRACTOR_BASE_FILE_IO_H_
#define BILAG_EXTRACTOR_BASE_FILE_IO_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "extractor/base/status.h"

namespace bilag {

// "PATH: REASON" with the reason from errno `error`.
std::string SystemError(std::string_view path, int error);

// Writes all of `bytes` to the open descriptor `fd`, retrying short writes
// and EINTR. `name` is what the error names ("standard output", a path).
// Fails with "write-error".
Status WriteAll(int fd, std::string_view bytes, std::string_view name);

// Files written with -o go through WriteOutputFile (output_file.h).

// The bytes of a regular file. A FIFO, device or socket is refused
// ("not-a-file") without blocking on it: such a path is opened non-blocking
// and checked before anything is read (a FIFO with no writer would otherwise
// wait forever). Other codes: "file-not-found", "is-directory",
// "read-error".
Result<std::string> ReadRegularFile(const std::string& path);

// Everything readable from the open descriptor `fd` (standard input);
// `size_hint` bytes are reserved up front (a file's size: no regrowth).
Result<std::string> ReadAll(int fd, std::string_view name, size_t size_hint = 0);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_FILE_IO_H_
