#include "extractor/base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace bilag {
namespace {

// Closes a descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }
  // Closes now, so that a failed close (NFS, a full disk) can be reported.
  int Close() {
    int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

const char* KindOfFile(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

}  // namespace

std::string SystemError(std::string_view path, int error) {
  return std::string(path) + ": " + std::strerror(error);
}

Status WriteAll(int fd, std::string_view bytes, std::string_view name) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return Status::Error(ErrorCode::kWriteError, "cannot write " + SystemError(name, errno));
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return Status::Ok();
}

Result<std::string> ReadAll(int fd, std::string_view name, size_t size_hint) {
  std::string bytes;
  bytes.reserve(size_hint);
  char buffer[1 << 16];
  while (true) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) return bytes;
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::Error(ErrorCode::kReadError, "cannot read " + SystemError(name, errno));
    }
    bytes.append(buffer, static_cast<size_t>(got));
  }
}

Result<std::string> ReadRegularFile(const std::string& path) {
  // O_NONBLOCK: opening a FIFO for reading waits for a writer otherwise.
  FileDescriptor in(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (in.get() < 0) {
    int error = errno;
    if (error == ENOENT) return Status::Error(ErrorCode::kFileNotFound, path + ": no such file");
    if (error == EISDIR) {
      return Status::Error(ErrorCode::kIsDirectory, path + ": is a directory, not a document");
    }
    return Status::Error(ErrorCode::kReadError, "cannot open " + SystemError(path, error));
  }
  struct stat info {};
  if (::fstat(in.get(), &info) != 0) {
    return Status::Error(ErrorCode::kReadError, "cannot read " + SystemError(path, errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return Status::Error(ErrorCode::kIsDirectory, path + ": is a directory, not a document");
  }
  if (!S_ISREG(info.st_mode)) {
    return Status::Error(ErrorCode::kNotAFile,
                         path + ": is " + std::string(KindOfFile(info.st_mode)) +
                             ", not a document file (pipe it to '-' to read it)");
  }
  // A regular file never blocks; reads go back to plain blocking ones.
  ::fcntl(in.get(), F_SETFL, ::fcntl(in.get(), F_GETFL) & ~O_NONBLOCK);
  return ReadAll(in.get(), path, static_cast<size_t>(info.st_size));
}

}  // namespace bilag
