#include "extractor/base/parallel.h"

#include <algorithm>
#include <system_error>

namespace bilag {

int WorkerCount(int jobs, size_t tasks) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const size_t wanted = static_cast<size_t>(jobs > 0 ? jobs : cores);
  return static_cast<int>(std::max<size_t>(1, std::min(wanted, tasks)));
}

WorkerThreads::WorkerThreads(int count, const std::function<void()>& work) {
  for (int t = 0; t < count; ++t) {
    try {
      threads_.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // No more threads to be had: those started take the tasks.
    }
  }
}

WorkerThreads::~WorkerThreads() { Join(); }

void WorkerThreads::Join() {
  for (std::thread& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

void RunWorkers(int workers, const std::function<void()>& work) {
  WorkerThreads helpers(workers - 1, work);
  work();
  helpers.Join();
}

}  // namespace bilag
