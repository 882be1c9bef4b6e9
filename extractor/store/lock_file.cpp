#include "extractor/store/lock_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

namespace bilag {
namespace {

std::string ReadHolder(int fd) {
  char buffer[32] = {};
  ssize_t n = pread(fd, buffer, sizeof(buffer) - 1, 0);
  if (n <= 0) return "";
  std::string text(buffer, static_cast<size_t>(n));
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

Result<LockFile> LockFile::Acquire(const std::string& db_path) {
  std::string path = db_path + ".lock";
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::Error(ErrorCode::kStoreOpen,
                         path + ": cannot create the lock file: " + std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int error = errno;
    std::string holder = ReadHolder(fd);
    close(fd);
    if (error == EWOULDBLOCK) {
      return Status::Error(ErrorCode::kStoreLocked,
                           "another bilag import" +
                               (holder.empty() ? "" : " (pid " + holder + ")") + " is writing to " +
                               db_path + " (it holds " + path +
                               "); wait for it to finish, or import into another database");
    }
    return Status::Error(ErrorCode::kStoreOpen, path + ": cannot lock: " + std::strerror(error));
  }
  // Only for the message above; the lock is the flock, not the content.
  std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) == 0) {
    [[maybe_unused]] ssize_t written = pwrite(fd, pid.data(), pid.size(), 0);
  }
  return LockFile(fd, std::move(path));
}

LockFile::LockFile(LockFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

LockFile& LockFile::operator=(LockFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

LockFile::~LockFile() {
  if (fd_ >= 0) close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace bilag
