// Shared by the fuzz targets: where the shipped rules are, and a scratch
// file for the APIs that read a path rather than bytes.
#ifndef BILAG_FUZZ_FUZZ_INPUT_H_
#define BILAG_FUZZ_FUZZ_INPUT_H_

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace bilag::fuzz {

// The rules folder of the source tree the target was built from.
inline std::string ShippedRulesDir() { return std::string(BILAG_SOURCE_DIR) + "/rules"; }

// A folder of this process's own, so that parallel fuzzing jobs (-jobs=N) do
// not overwrite each other's inputs. On tmpfs when there is one: every input
// is written once.
inline const std::string& ScratchDir() {
  // Never destroyed: the exit handler that removes the folder runs after the
  // destructors of statics made before it was registered.
  static const std::string* dir = [] {
    const char* shm = "/dev/shm";
    std::string base = access(shm, W_OK) == 0 ? shm : "/tmp";
    auto* path = new std::string(base + "/bilag-fuzz-" + std::to_string(getpid()));
    std::error_code ec;
    std::filesystem::create_directories(*path, ec);
    if (ec) std::abort();
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(ScratchDir(), ignored);
    });
    return path;
  }();
  return *dir;
}

// Writes `bytes` to `name` in the scratch folder and returns its path.
inline std::string WriteScratch(const std::string& name, std::string_view bytes) {
  std::string path = ScratchDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) std::abort();
  return path;
}

inline std::string AsString(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF.
inline bool IsUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    char32_t min = 0, code_point = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2, min = 0x80, code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, min = 0x800, code_point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, min = 0x10000, code_point = lead & 0x07;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (code_point < min || code_point > 0x10FFFF) return false;
    if (code_point >= 0xD800 && code_point <= 0xDFFF) return false;
    i += length;
  }
  return true;
}

// A broken invariant is a finding: abort so libFuzzer keeps the input.
inline void Require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace bilag::fuzz

#endif  // BILAG_FUZZ_FUZZ_INPUT_H_
