// Store: the import database (`bilag import --db FILE`) as bilag writes it.
//
// A document is keyed by the SHA-256 of its bytes. Put() replaces everything
// stored for that content in one transaction (delete the old document row,
// whose children cascade, then insert the new rows), so a process killed at
// any moment leaves each document either wholly old, wholly new or absent.
// The schema and what each column means are in schema.h.
//
// Open() takes the writer's lock file (lock_file.h), creates or migrates the
// schema, and sets:
//   journal_mode=WAL     readers (export, the sqlite3 shell) never block the
//                        writer, and a killed writer loses only its open
//                        transaction
//   synchronous=NORMAL   with WAL: no fsync per commit; a power cut may lose
//                        the last commits but never corrupts (a killed
//                        process loses nothing committed)
//   foreign_keys=ON      the cascades above
//   busy_timeout         see database.cpp
//
// A Store belongs to one thread: the import's writer.
#ifndef BILAG_EXTRACTOR_STORE_STORE_H_
#define BILAG_EXTRACTOR_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "extractor/base/status.h"
#include "extractor/model/extraction.h"
#include "extractor/model/names.h"
#include "extractor/store/database.h"

namespace bilag {

// What is stored for one input: its identity, how it was extracted, and the
// extraction or the reason there is none.
struct DocumentRecord {
  std::string path;
  std::string sha256;  // empty: the file could not be read (then keyed by path)
  std::optional<int64_t> size;
  std::string media_type;  // empty = unknown
  std::optional<int> pages;
  std::string rules_sha256;
  std::string tool_version;
  std::string options;       // see ImportedVersion
  std::string extracted_at;  // ISO 8601 UTC, e.g. "2024-05-01T12:00:00Z"
  Status status;
  // Present iff status.ok(). Its document's pages are not read (they may be
  // cleared to save memory); warnings and corrections are.
  std::optional<Extraction> extraction;
};

// What decides whether a stored document is still current: the same rules,
// the same tool and the same output-changing options give the same rows.
struct ImportedVersion {
  std::string rules_sha256;
  std::string tool_version;
  std::string options;
  bool failed = false;  // stored with status 'failed'

  bool SameVersion(const ImportedVersion& other) const {
    return rules_sha256 == other.rules_sha256 && tool_version == other.tool_version &&
           options == other.options;
  }
};

class Store {
 public:
  // Opens or creates the database for writing. Fails with store-locked when
  // another process writes to it, store-open, store-schema or store-error.
  static Result<Store> Open(const std::string& path);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  // sha256 -> version of every document stored with a content hash.
  Result<std::unordered_map<std::string, ImportedVersion>> ImportedVersions();

  // Replaces what is stored for record.sha256 (or, when it is empty, the
  // unreadable-file row of record.path) in one transaction. Also drops an
  // unreadable-file row of the same path, now that the file can be read.
  // The paths stored for that content stay, and record.path joins them.
  Status Put(const DocumentRecord& record);

  // Records that the content stored under `sha256` was also found at `path`
  // (document_paths), e.g. a copy the import skipped. Fails with
  // store-error when no document has that content.
  Status AddPath(const std::string& sha256, const std::string& path);

  Database& db();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_STORE_H_
