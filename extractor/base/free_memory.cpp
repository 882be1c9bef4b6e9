#include "extractor/base/free_memory.h"

#include <dlfcn.h>

#include <cstddef>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace bilag {
namespace {

using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);

// jemalloc's control interface, when jemalloc is in the process.
Mallctl FindMallctl() { return reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl")); }

Allocator Detect() {
  if (FindMallctl() != nullptr) return Allocator::kJemalloc;
#if defined(__GLIBC__)
  // glibc exports its malloc under a second name too: the two are one
  // function unless another malloc was linked or preloaded in front.
  void* malloc_in_use = dlsym(RTLD_DEFAULT, "malloc");
  if (malloc_in_use != nullptr && malloc_in_use == dlsym(RTLD_DEFAULT, "__libc_malloc")) {
    return Allocator::kGlibc;
  }
#endif
  return Allocator::kOther;
}

}  // namespace

Allocator ProcessAllocator() {
  static const Allocator allocator = Detect();
  return allocator;
}

void ReleaseFreeMemory() {
  switch (ProcessAllocator()) {
    case Allocator::kJemalloc: {
      static const Mallctl mallctl = FindMallctl();
      // "arena.<MALLCTL_ARENAS_ALL>.purge": every arena's unused dirty pages.
      mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);
      break;
    }
    case Allocator::kGlibc:
#if defined(__GLIBC__)
      malloc_trim(0);
#endif
      break;
    case Allocator::kOther:
      break;
  }
}

}  // namespace bilag
