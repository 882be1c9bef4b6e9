#include "extractor/base/parallel.h"

#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

TEST_CASE("WorkerCount takes the jobs asked, capped by the tasks", "[parallel]") {
  CHECK(WorkerCount(4, 2) == 2);
  CHECK(WorkerCount(3, 10) == 3);
  CHECK(WorkerCount(1, 10) == 1);
  CHECK(WorkerCount(4, 0) == 1);
  CHECK(WorkerCount(0, 1) == 1);
  CHECK(WorkerCount(0, 1000) >= 1);
}

TEST_CASE("MapInOrder returns every result at its index", "[parallel]") {
  using Task = std::function<std::string(size_t)>;
  std::atomic<int> workers_made{0};
  const std::vector<std::string> results = MapInOrder<std::string>(
      200, 4,
      [&]() -> Task {
        ++workers_made;
        return [](size_t i) { return "page " + std::to_string(i + 1); };
      },
      [](const std::string& what) { return "failed: " + what; });
  REQUIRE(results.size() == 200);
  for (size_t i = 0; i < results.size(); ++i) CHECK(results[i] == "page " + std::to_string(i + 1));
  CHECK(workers_made >= 1);
  CHECK(workers_made <= 4);
}

TEST_CASE("MapInOrder turns an exception into that task's result", "[parallel]") {
  using Task = std::function<int(size_t)>;
  const std::vector<int> results = MapInOrder<int>(
      6, 3,
      []() -> Task {
        return [](size_t i) -> int {
          if (i == 4) throw std::runtime_error("page 5 is damaged");
          return static_cast<int>(i) * 10;
        };
      },
      [](const std::string& what) { return what == "page 5 is damaged" ? -1 : -2; });
  CHECK(results == std::vector<int>{0, 10, 20, 30, -1, 50});
}

TEST_CASE("MapInOrder retries a worker whose setup threw on the next task", "[parallel]") {
  using Task = std::function<int(size_t)>;
  std::atomic<int> attempts{0};
  // One worker: its first setup fails, so task 0 is the failure and the
  // rest are computed by the second setup.
  const std::vector<int> results = MapInOrder<int>(
      3, 1,
      [&]() -> Task {
        if (attempts++ == 0) throw std::runtime_error("cannot open");
        return [](size_t i) { return static_cast<int>(i); };
      },
      [](const std::string&) { return -1; });
  CHECK(results == std::vector<int>{-1, 1, 2});
  CHECK(attempts == 2);
}

TEST_CASE("RunWorkers runs every task once across the workers", "[parallel]") {
  TaskQueue queue(1000);
  std::vector<std::atomic<int>> runs(1000);
  RunWorkers(3, [&] {
    for (std::optional<size_t> i = queue.Take(); i; i = queue.Take()) ++runs[*i];
  });
  for (const std::atomic<int>& count : runs) CHECK(count == 1);
  CHECK_FALSE(queue.Take().has_value());
}

TEST_CASE("WorkerThreads joins before the caller reads what they wrote", "[parallel]") {
  TaskQueue queue(64);
  std::vector<int> squares(64, -1);
  WorkerThreads threads(2, [&] {
    for (std::optional<size_t> i = queue.Take(); i; i = queue.Take()) {
      squares[*i] = static_cast<int>(*i * *i);
    }
  });
  CHECK(threads.size() <= 2);
  threads.Join();
  if (threads.size() > 0) {
    for (size_t i = 0; i < squares.size(); ++i) CHECK(squares[i] == static_cast<int>(i * i));
  }
}

}  // namespace
}  // namespace bilag
