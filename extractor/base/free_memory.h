// Handing freed heap memory back to the system, whichever malloc the
// process runs on. The CLI links jemalloc (CMakeLists.txt, BILAG_JEMALLOC);
// tests, sanitizer builds and programs that embed the library run on
// glibc's malloc or another one a user preloads. glibc's malloc_trim walks
// glibc's own arenas, which under another allocator were never set up, and
// crashed there; so the allocator is asked by its own interface, found at
// run time.
#ifndef BILAG_EXTRACTOR_BASE_FREE_MEMORY_H_
#define BILAG_EXTRACTOR_BASE_FREE_MEMORY_H_

namespace bilag {

// The malloc the process runs on, as far as ReleaseFreeMemory knows it.
enum class Allocator { kGlibc, kJemalloc, kOther };
Allocator ProcessAllocator();

// Returns free pages of the heap to the system: jemalloc's arenas purged,
// glibc's heap trimmed; nothing under any other allocator.
void ReleaseFreeMemory();

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_FREE_MEMORY_H_
