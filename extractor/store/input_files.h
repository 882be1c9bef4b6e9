// Input files of an import: the paths on the command line, with folders
// walked recursively, in one deterministic order.
//
//   - A file named on the command line is always taken, whatever the globs
//     say (a missing one too: the import then records it as file-not-found).
//   - A folder is walked recursively. Its regular files (and symlinks to
//     them) are taken when they match an --include glob (or none is given)
//     and match no --exclude glob. Symlinked folders are not followed (no
//     loops, no file seen twice); sockets and pipes are skipped.
//   - A glob is an fnmatch(3) pattern without flags, so `*` also matches '/'.
//     It is tried against the file's name ("bilag1.pdf") and against its path
//     below the walked folder ("2009/bilag1.pdf"); either may match.
//   - A folder that cannot be listed becomes an entry with an error, so the
//     import records it instead of silently missing its files.
//   - The result is sorted by path (bytes) without duplicates: the order
//     does not depend on the file system or the order of the arguments.
#ifndef BILAG_EXTRACTOR_STORE_INPUT_FILES_H_
#define BILAG_EXTRACTOR_STORE_INPUT_FILES_H_

#include <string>
#include <vector>

#include "extractor/base/status.h"

namespace bilag {

struct InputFile {
  std::string path;  // the walked folder joined with the path below it
  Status error;      // read-error: a folder that could not be listed
};

struct InputFilter {
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // Files never taken from a walked folder, e.g. the import database itself
  // and its -wal, -shm and .lock files when they lie inside the archive.
  std::vector<std::string> ignore;
};

std::vector<InputFile> CollectInputFiles(const std::vector<std::string>& inputs,
                                         const InputFilter& filter);

// Whether the file at `relative_path` below a walked folder passes `filter`'s
// globs (not its ignore list).
bool PassesGlobs(const InputFilter& filter, const std::string& relative_path);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_INPUT_FILES_H_
