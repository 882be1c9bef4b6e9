// ReleaseFreeMemory under the malloc the test binary runs on: glibc's in
// free_memory_test, jemalloc's in free_memory_jemalloc_test (the CLI's, see
// CMakeLists.txt). Under jemalloc, glibc's malloc_trim, which the extract
// stage called before, crashed `bilag import -j 2` now and then: two
// threads set up glibc's never-used arena at once.
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <thread>
#include <vector>

#include "extractor/base/free_memory.h"

// Under AddressSanitizer malloc is the sanitizer's, which
// ReleaseFreeMemory leaves alone.
#if defined(__SANITIZE_ADDRESS__)
#define BILAG_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BILAG_TEST_ASAN 1
#endif
#endif

namespace bilag {
namespace {

// Resident memory in MB, from /proc/self/statm (pages).
double ResidentMb() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

TEST_CASE("the allocator the binary links is the one ReleaseFreeMemory finds", "[base][memory]") {
#if defined(BILAG_EXPECT_JEMALLOC)
  CHECK(ProcessAllocator() == Allocator::kJemalloc);
#elif defined(BILAG_TEST_ASAN)
  CHECK(ProcessAllocator() == Allocator::kOther);
#else
  CHECK(ProcessAllocator() == Allocator::kGlibc);
#endif
}

TEST_CASE("ReleaseFreeMemory hands freed small blocks back, from two threads at once",
          "[base][memory]") {
  // 96 MB in blocks of 1 KB: far below any mmap threshold, and with a
  // block still in use above them, so that freed they stay in the heap
  // until the allocator is told to hand them back.
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int i = 0; i < 96 * 1024; ++i) {
    blocks.emplace_back(new char[1024]);
    blocks.back()[0] = static_cast<char>(i);  // touched: resident
  }
  const std::unique_ptr<char[]> above(new char[1024]);
  above[0] = 1;
  blocks.clear();
  blocks.shrink_to_fit();
  const double before = ResidentMb();
  std::thread other(ReleaseFreeMemory);
  ReleaseFreeMemory();
  other.join();
  const double after = ResidentMb();
  INFO("resident " << before << " MB -> " << after << " MB");
  if (ProcessAllocator() != Allocator::kOther) CHECK(before - after > 48);
}

}  // namespace
}  // namespace bilag
