// Running work on several threads: how many, starting them when the system
// may refuse, and taking tasks by index so that results land in order.
// Page rendering, PDF reading, OCR and `bilag import` all share it.
#ifndef BILAG_EXTRACTOR_BASE_PARALLEL_H_
#define BILAG_EXTRACTOR_BASE_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "extractor/base/status.h"

namespace bilag {

// How many workers for `tasks` tasks: `jobs` when positive, else one per
// core; never more than the tasks, never fewer than one.
int WorkerCount(int jobs, size_t tasks);

// Threads running `work`, joined by Join() or on destruction. The system
// may give fewer threads than asked (size() says how many started), so a
// worker must take tasks until none are left (TaskQueue), not a fixed share.
// `work` must not throw: an exception leaving a thread ends the process.
class WorkerThreads {
 public:
  WorkerThreads(int count, const std::function<void()>& work);
  ~WorkerThreads();
  WorkerThreads(const WorkerThreads&) = delete;
  WorkerThreads& operator=(const WorkerThreads&) = delete;

  size_t size() const { return threads_.size(); }
  void Join();

 private:
  std::vector<std::thread> threads_;
};

// Runs `work` on `workers` threads at once, the calling thread one of them,
// and returns when every one has returned.
void RunWorkers(int workers, const std::function<void()>& work);

// Indices 0..count-1 handed out once each to whichever worker asks first.
class TaskQueue {
 public:
  explicit TaskQueue(size_t count) : count_(count) {}
  // The next index, or nothing once all are taken.
  std::optional<size_t> Take() {
    const size_t i = next_.fetch_add(1);
    return i < count_ ? std::optional<size_t>(i) : std::nullopt;
  }

 private:
  const size_t count_;
  std::atomic<size_t> next_{0};
};

// Computes task 0..count-1 on up to `workers` threads and returns the
// results in index order. Each worker first calls `make_worker()` for its own
// task function (its own state: poppler is not thread-safe within one
// document), on its first task, so that a failure there is that task's.
// An exception from either becomes `on_exception(what)` for the task it hit.
template <typename T>
std::vector<T> MapInOrder(size_t count, int workers,
                          const std::function<std::function<T(size_t)>()>& make_worker,
                          const std::function<T(const std::string&)>& on_exception) {
  std::vector<std::optional<T>> slots(count);
  TaskQueue queue(count);
  RunWorkers(workers, [&] {
    std::function<T(size_t)> task;
    for (std::optional<size_t> i = queue.Take(); i; i = queue.Take()) {
      try {
        if (!task) task = make_worker();
        slots[*i].emplace(task(*i));
      } catch (const std::exception& e) {
        slots[*i].emplace(on_exception(e.what()));
      }
    }
  });
  std::vector<T> results;
  results.reserve(count);
  for (std::optional<T>& slot : slots) results.push_back(std::move(*slot));
  return results;
}

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_BASE_PARALLEL_H_
