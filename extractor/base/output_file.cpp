#include "extractor/base/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

namespace bilag {
namespace {

namespace fs = std::filesystem;

// As Linux's own limit (ELOOP).
constexpr int kMaxSymlinks = 40;

struct Target {
  fs::path path;
  bool in_place = false;  // FIFO, device, or an open file named through /proc
  bool exists = false;
  fs::perms perms = fs::perms::none;
};

Status WriteError(const std::string& path, const std::string& what) {
  return Status::Error(ErrorCode::kOutputWrite, path + ": " + what);
}

std::string ErrnoText() { return errno != 0 ? std::strerror(errno) : "write failed"; }

Result<Target> Resolve(const std::string& given) {
  fs::path current = given;
  for (int hops = 0; hops <= kMaxSymlinks; ++hops) {
    struct stat info {};
    if (lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) return Target{current, false, false, fs::perms::none};
      return WriteError(given, ErrnoText());
    }
    if (S_ISLNK(info.st_mode)) {
      // /proc/self/fd/N links to an open file description ("pipe:[123]" or a
      // file the shell opened): only opening the link reaches it.
      if (current.string().rfind("/proc/", 0) == 0)
        return Target{given, true, true, fs::perms::none};
      std::error_code ec;
      fs::path link = fs::read_symlink(current, ec);
      if (ec) return WriteError(given, "cannot read the symlink " + current.string());
      current = link.is_absolute() ? link : current.parent_path() / link;
      continue;
    }
    if (S_ISDIR(info.st_mode)) return WriteError(given, "is a folder");
    if (!S_ISREG(info.st_mode)) return Target{given, true, true, fs::perms::none};
    return Target{current, false, true, static_cast<fs::perms>(info.st_mode) & fs::perms::mask};
  }
  return WriteError(given, "too many levels of symlinks");
}

Status WriteInPlace(const std::string& given, const Target& target,
                    const std::function<Status(std::ostream&)>& write) {
  std::ofstream out(target.path, std::ios::binary | std::ios::app);
  if (!out) return WriteError(given, "cannot write: " + ErrnoText());
  if (Status status = write(out); !status.ok()) return status;
  out.flush();
  if (!out) return WriteError(given, "cannot write: " + ErrnoText());
  return Status::Ok();
}

// On the disk before the rename: after a crash the name holds the old file
// or the whole new one, never an empty one (a file system may commit the
// rename before the data).
Status SyncToDisk(const std::string& given, const fs::path& temp) {
  const int fd = open(temp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0 && fsync(fd) == 0) {
    close(fd);  // opened read-only: its close has nothing left to fail
    return Status::Ok();
  }
  const std::string reason = ErrnoText();
  if (fd >= 0) close(fd);
  return WriteError(given, "cannot write " + temp.string() + ": " + reason);
}

Status WriteAndRename(const std::string& given, const Target& target,
                      const std::function<Status(std::ostream&)>& write) {
  // Threads of one process (OCR cache writers) need distinct names too.
  static std::atomic<unsigned> counter{0};
  fs::path temp = target.path.parent_path() /
                  ("." + target.path.filename().string() + ".tmp-" + std::to_string(getpid()) +
                   "-" + std::to_string(counter.fetch_add(1)));
  std::error_code ec;
  Status status;
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return WriteError(given, "cannot write " + temp.string() + ": " + ErrnoText());
    status = write(out);
    if (status.ok()) {
      out.flush();
      if (!out) status = WriteError(given, "cannot write " + temp.string() + ": " + ErrnoText());
    }
  }
  if (status.ok()) status = SyncToDisk(given, temp);
  if (status.ok() && target.exists) fs::permissions(temp, target.perms, ec);
  if (status.ok()) {
    fs::rename(temp, target.path, ec);
    if (ec) {
      status = WriteError(given, "cannot rename " + temp.string() + " to " + target.path.string() +
                                     ": " + ec.message());
    }
  }
  if (!status.ok()) fs::remove(temp, ec);
  return status;
}

}  // namespace

Status WriteOutputFile(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  errno = 0;
  Result<Target> target = Resolve(path);
  if (!target.ok()) return target.status();
  return target->in_place ? WriteInPlace(path, *target, write)
                          : WriteAndRename(path, *target, write);
}

Status WriteOutputFile(const std::string& path, std::string_view content) {
  return WriteOutputFile(path, [content](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return Status::Ok();
  });
}

}  // namespace bilag
