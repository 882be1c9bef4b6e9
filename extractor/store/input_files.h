// Input files of an import: the paths on the command line, with folders
// walked recursively, in one deterministic order.
//
//   - A file named on the command line is always taken, whatever the globs
//     say (a missing one too: the import then records it as file-not-found).
//   - A folder is walked recursively. Symlinked folders are not followed (no
//     loops, no file seen twice); sockets and pipes are skipped. Its regular
//     files (and symlinks to them) are taken when they match no --exclude
//     glob and
//       - match an --include glob, when one is given (it overrides all of the
//         default filter below, hidden files and folders included), or else
//       - are documents (IsDocumentName / IsDocumentContent): archives hold
//         Thumbs.db, .DS_Store, desktop.ini, editor backups and bilag's own
//         X.expected.json files, which are no input and must not fail or
//         fill an import. Hidden files and folders (".name") are not
//         entered. What the default filter leaves out is counted in
//         InputWalk::not_documents.
//   - A glob is an fnmatch(3) pattern without flags, so `*` also matches '/'.
//     It is tried against the file's name ("bilag1.pdf") and against its path
//     below the walked folder ("2009/bilag1.pdf"); either may match.
//   - A folder that cannot be listed becomes an entry with an error, so the
//     import records it instead of silently missing its files.
//   - The result is sorted by path (bytes) without duplicates: the order
//     does not depend on the file system or the order of the arguments.
#ifndef BILAG_EXTRACTOR_STORE_INPUT_FILES_H_
#define BILAG_EXTRACTOR_STORE_INPUT_FILES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

struct InputWalk {
  std::vector<InputFile> files;
  // Files (and hidden folders, one each) left out by the default filter.
  size_t not_documents = 0;
};

InputWalk CollectInputFiles(const std::vector<std::string>& inputs, const InputFilter& filter);

// The default filter by name: false for hidden names (".DS_Store"), known
// junk (Thumbs.db, desktop.ini, "~$x.docx" lock files) and X.expected.json;
// true for the extensions of the formats bilag reads (.pdf, .png, .jpg,
// .jpeg, .tif, .tiff, .txt, .text, .htm, .html, any case); nullopt when only
// the content can tell (IsDocumentContent).
std::optional<bool> IsDocumentName(const std::string& name);

// The default filter by content, for names IsDocumentName cannot judge:
// PDF, PNG, JPEG, TIFF and HTML by their first bytes; plain text only when
// the name has no extension (a download saved as "bilag3"), since a .csv,
// .json, .xml or .log is text bilag could read but no appendix.
bool IsDocumentContent(const std::string& name, std::string_view head);

// Whether the file at `relative_path` below a walked folder passes `filter`'s
// globs (not its ignore list).
bool PassesGlobs(const InputFilter& filter, const std::string& relative_path);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_INPUT_FILES_H_
