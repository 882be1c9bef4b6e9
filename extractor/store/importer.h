// Importer: `bilag import` without the command line. Walks the inputs
// (input_files.h), extracts each document with the shared const Extractor on
// worker threads, and writes each one into the Store in its own transaction.
//
// Threads: `jobs` workers read, hash and extract; the calling thread is the
// only writer. Documents are written in input order (a small reorder window
// lets workers run ahead by up to 4 x jobs documents), so a run gives the
// same row ids whatever -j is, and a resumed run the same ids as an
// uninterrupted one.
//
// What happens to each input file, keyed by the SHA-256 of its bytes:
//   other shard  its hash is not in this run's shard: untouched, not counted
//   skipped      stored already with the same rules sha256, tool version and
//                options (status ok or failed), and not `force`; or the same
//                content as an earlier file of this run. Its path is added
//                to the document's paths (document_paths) all the same.
//   imported     extracted and stored (replacing an older version)
//   failed       stored with status 'failed' and the error; the run goes on
// A file that cannot be read has no hash: it is stored by path and retried
// on every run.
//
// Shards: a document belongs to shard K of N when the first 8 hex digits of
// its sha256, read as a number, modulo N equal K - 1 (an unreadable file: of
// the sha256 of its path). Every machine of a split run walks the same files
// and keeps only its shard; `bilag merge` joins the databases.
//
// Errors: RunImport fails only when the Store cannot be written (full disk,
// I/O error); what was committed before stays.
#ifndef BILAG_EXTRACTOR_STORE_IMPORTER_H_
#define BILAG_EXTRACTOR_STORE_IMPORTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/base/status.h"
#include "extractor/extractor.h"
#include "extractor/store/input_files.h"
#include "extractor/store/store.h"

namespace bilag {

struct Shard {
  int index = 1;  // K, 1-based
  int count = 1;  // N; 1 = everything
};

// Parses "K/N" with 1 <= K <= N; fails with bad-shard.
Result<Shard> ParseShard(const std::string& text);
// The 1-based shard of a document whose key is `sha256_hex`.
int ShardOf(std::string_view sha256_hex, int count);

struct ImportOptions {
  std::vector<std::string> inputs;  // files and folders
  InputFilter filter;
  int jobs = 0;        // worker threads; 0 = one per core
  bool force = false;  // extract and store every document again
  Shard shard;
  // The extraction options that change the output, stored with each
  // document ("dehyphenate", "no-dehyphenate;password"); see ImportedVersion.
  std::string options;
};

enum class FileResult { kImported, kFailed, kSkipped, kOtherShard };

struct ImportCounts {
  size_t files = 0;          // found by the walk, all shards
  size_t not_documents = 0;  // left out by the walk's default filter (input_files.h)
  size_t done = 0;           // of `files`, dealt with so far
  size_t imported = 0;
  size_t failed = 0;
  size_t skipped = 0;
  size_t skipped_failed = 0;  // of `skipped`: stored as failed by an earlier run
  size_t other_shard = 0;
  size_t pages = 0;  // of the documents extracted in this run
};

struct PageProgress {
  int done = 0;
  int total = 0;
};

// Reports progress; called on the writer (calling) thread only.
class ImportObserver {
 public:
  virtual ~ImportObserver() = default;
  virtual void OnStart(const ImportCounts& /*counts*/) {}
  // After each file, in input order; `status` says why for kFailed.
  virtual void OnFile(const std::string& /*path*/, FileResult /*result*/, const Status& /*status*/,
                      const ImportCounts& /*counts*/) {}
  // About five times a second while the writer waits for the file at `path`,
  // with the pages OCR has done in it (0 of 0 before OCR starts, and for a
  // file that needs none).
  virtual void OnWaiting(const std::string& /*path*/, const PageProgress& /*pages*/,
                         const ImportCounts& /*counts*/) {}
};

Result<ImportCounts> RunImport(const Extractor& extractor, Store* store,
                               const ImportOptions& options, ImportObserver* observer);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_IMPORTER_H_
