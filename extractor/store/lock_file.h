// LockFile: one writer per import database, across processes.
//
// A writer holds an exclusive flock(2) on "DB.lock" beside the database for as
// long as it lives. The kernel drops the lock when the process ends in any
// way (kill -9 included), so a crashed import never leaves a stale lock; the
// file itself stays and holds the pid of the last holder for the message a
// refused writer prints. SQLite's own locking would also keep two writers
// consistent, but they would interleave their documents and each re-extract
// what the other is doing; refusing the second one is clearer.
#ifndef BILAG_EXTRACTOR_STORE_LOCK_FILE_H_
#define BILAG_EXTRACTOR_STORE_LOCK_FILE_H_

#include <string>
#include <utility>

#include "extractor/base/status.h"

namespace bilag {

class LockFile {
 public:
  // Takes the lock for database `db_path` without waiting. Fails with
  // store-locked ("another bilag import (pid N) is writing to DB ...") when
  // another process holds it, store-open when the lock file cannot be made.
  static Result<LockFile> Acquire(const std::string& db_path);

  LockFile(LockFile&& other) noexcept;
  LockFile& operator=(LockFile&& other) noexcept;
  ~LockFile();  // releases the lock (the file stays)

  const std::string& path() const { return path_; }

 private:
  LockFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}

  int fd_ = -1;
  std::string path_;
};

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_STORE_LOCK_FILE_H_
