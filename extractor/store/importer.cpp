#include "extractor/store/importer.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractor/base/parallel.h"
#include "extractor/base/sha256.h"
#include "extractor/ingest/ingest.h"

namespace bilag {

Result<Shard> ParseShard(const std::string& text) {
  size_t slash = text.find('/');
  auto number = [](const std::string& digits) {
    if (digits.empty() || digits.size() > 6 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return 0;
    }
    return std::stoi(digits);
  };
  Shard shard;
  if (slash != std::string::npos) {
    shard.index = number(text.substr(0, slash));
    shard.count = number(text.substr(slash + 1));
  }
  if (slash == std::string::npos || shard.index < 1 || shard.count < 1 ||
      shard.index > shard.count) {
    return Status::Error(ErrorCode::kBadShard,
                         "--shard wants K/N with 1 <= K <= N (e.g. 2/4), not '" + text + "'");
  }
  return shard;
}

int ShardOf(std::string_view sha256_hex, int count) {
  uint32_t prefix = 0;
  for (char c : sha256_hex.substr(0, 8)) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
    prefix = prefix * 16 + static_cast<uint32_t>(digit);
  }
  return static_cast<int>(prefix % static_cast<uint32_t>(count)) + 1;
}

namespace {

constexpr auto kWaitTick = std::chrono::milliseconds(200);

std::string NowIsoUtc() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

struct WorkItem {
  FileResult result = FileResult::kFailed;
  bool stored_failed = false;  // kSkipped: the stored row says 'failed'
  DocumentRecord record;
};

// Workers fill a ring of `window` slots; the writer empties it in input
// order. Worker i may start only while i < written + window, so its slot
// (i % window) is always free.
class Pipeline {
 public:
  Pipeline(const Extractor& extractor, const ImportOptions& options,
           const std::vector<InputFile>& files,
           const std::unordered_map<std::string, ImportedVersion>& stored, size_t window)
      : extractor_(extractor),
        options_(options),
        files_(files),
        stored_(stored),
        version_{extractor.run().rules_sha256, extractor.run().tool_version, options.options},
        // Hashing first is only needed to skip or to pick a shard; the
        // extractor hashes what it reads anyway.
        hash_first_(options.shard.count > 1 || (!options.force && !stored.empty())),
        ring_(window),
        pages_(window) {}

  void Work() {
    for (;;) {
      size_t index = 0;
      {
        std::unique_lock<std::mutex> lock(mu_);
        can_claim_.wait(lock, [&] {
          return stop_ || next_ >= files_.size() || next_ < written_ + ring_.size();
        });
        if (stop_ || next_ >= files_.size()) return;
        index = next_++;
      }
      SetPages(index, PageProgress{});
      WorkItem item = ProcessSafely(files_[index], index);
      {
        std::lock_guard<std::mutex> lock(mu_);
        ring_[index % ring_.size()] = std::move(item);
      }
      ready_.notify_one();
    }
  }

  // Waits for file `index`, calling `on_wait` (without the lock) every tick.
  template <typename OnWait>
  WorkItem Take(size_t index, OnWait on_wait) {
    std::unique_lock<std::mutex> lock(mu_);
    std::optional<WorkItem>& slot = ring_[index % ring_.size()];
    while (!slot) {
      if (ready_.wait_for(lock, kWaitTick) == std::cv_status::timeout && !slot) {
        lock.unlock();
        on_wait();
        lock.lock();
      }
    }
    WorkItem item = std::move(*slot);
    slot.reset();
    return item;
  }

  // OCR's progress in file `index`, which is being extracted or waits to be
  // written.
  PageProgress PagesOf(size_t index) const {
    std::lock_guard<std::mutex> lock(pages_mu_);
    return pages_[index % pages_.size()];
  }

  void MarkWritten(size_t count) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      written_ = count;
    }
    can_claim_.notify_all();
  }

  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    can_claim_.notify_all();
  }

 private:
  void SetPages(size_t index, PageProgress pages) const {
    std::lock_guard<std::mutex> lock(pages_mu_);
    pages_[index % pages_.size()] = pages;
  }

  WorkItem ProcessSafely(const InputFile& file, size_t index) {
    // Library code does not throw, but an allocation can; a worker that let
    // it escape would end the process (std::terminate).
    try {
      return Process(file, index);
    } catch (const std::exception& e) {
      WorkItem item = NewItem(file);
      item.record.status = Status::Error(ErrorCode::kInternalError, file.path + ": " + e.what());
      return item;
    }
  }

  WorkItem NewItem(const InputFile& file) const {
    WorkItem item;
    item.record.path = file.path;
    item.record.rules_sha256 = version_.rules_sha256;
    item.record.tool_version = version_.tool_version;
    item.record.options = version_.options;
    item.record.extracted_at = NowIsoUtc();
    return item;
  }

  bool InShard(const std::string& key_hex) const {
    return ShardOf(key_hex, options_.shard.count) == options_.shard.index;
  }

  WorkItem Process(const InputFile& file, size_t index) const {
    WorkItem item = NewItem(file);
    DocumentRecord& record = item.record;
    Status read_status = file.error;
    if (!hash_first_ && read_status.ok()) return ExtractOne(file, index, std::move(item));
    std::optional<std::string> bytes;
    if (read_status.ok()) {
      Result<std::string> read = ReadInput(file.path);
      if (read.ok()) {
        bytes = std::move(read).value();
      } else {
        read_status = read.status();
      }
    }
    if (!bytes) {
      if (!InShard(Sha256Hex(file.path))) item.result = FileResult::kOtherShard;
      record.status = read_status;
      return item;
    }
    record.sha256 = Sha256Hex(*bytes);
    record.size = static_cast<int64_t>(bytes->size());
    if (!InShard(record.sha256)) {
      item.result = FileResult::kOtherShard;
      return item;
    }
    if (!options_.force) {
      auto stored = stored_.find(record.sha256);
      if (stored != stored_.end() && stored->second.SameVersion(version_)) {
        item.result = FileResult::kSkipped;
        item.stored_failed = stored->second.failed;
        return item;
      }
    }
    // The bytes just hashed are the ones extracted: one read and one hash
    // per file.
    return ExtractOne(file, index, std::move(item), &*bytes);
  }

  // Extracts `bytes` when the caller has read them, else reads file.path.
  WorkItem ExtractOne(const InputFile& file, size_t index, WorkItem item,
                      const std::string* bytes = nullptr) const {
    DocumentRecord& record = item.record;
    auto ocr_progress = [this, index](int done, int total) { SetPages(index, {done, total}); };
    Outcome outcome = bytes != nullptr
                          ? extractor_.ExtractRead(file.path, *bytes, record.sha256, ocr_progress)
                          : extractor_.Extract(file.path, ocr_progress);
    if (!outcome.source.sha256.empty()) record.sha256 = outcome.source.sha256;
    if (!record.size) {
      std::error_code ec;
      uintmax_t size = std::filesystem::file_size(file.path, ec);
      if (!ec) record.size = static_cast<int64_t>(size);
    }
    record.media_type = outcome.source.media_type;
    record.status = outcome.status;
    if (outcome.status.ok() && outcome.extraction) {
      std::vector<Page>& pages = outcome.extraction->document.pages;
      record.pages = static_cast<int>(pages.size());
      std::vector<Page>().swap(pages);  // words and lines are not stored
      record.extraction = std::move(outcome.extraction);
    }
    record.extracted_at = NowIsoUtc();
    item.result = record.status.ok() ? FileResult::kImported : FileResult::kFailed;
    return item;
  }

  const Extractor& extractor_;
  const ImportOptions& options_;
  const std::vector<InputFile>& files_;
  const std::unordered_map<std::string, ImportedVersion>& stored_;
  const ImportedVersion version_;
  const bool hash_first_;

  std::mutex mu_;
  std::condition_variable can_claim_;  // workers: a slot freed, or stop
  std::condition_variable ready_;      // the writer: an item arrived
  std::vector<std::optional<WorkItem>> ring_;
  // By ring slot like ring_; its own lock, as OCR threads write it.
  mutable std::mutex pages_mu_;
  mutable std::vector<PageProgress> pages_;
  size_t next_ = 0;     // next file a worker claims
  size_t written_ = 0;  // files the writer is done with
  bool stop_ = false;
};

}  // namespace

Result<ImportCounts> RunImport(const Extractor& extractor, Store* store,
                               const ImportOptions& options, ImportObserver* observer) {
  ImportObserver ignore;
  if (observer == nullptr) observer = &ignore;
  InputWalk walk = CollectInputFiles(options.inputs, options.filter);
  const std::vector<InputFile>& files = walk.files;
  Result<std::unordered_map<std::string, ImportedVersion>> stored = store->ImportedVersions();
  if (!stored.ok()) return stored.status();

  ImportCounts counts;
  counts.files = files.size();
  counts.not_documents = walk.not_documents;
  observer->OnStart(counts);
  if (files.empty()) return counts;

  const int workers = WorkerCount(options.jobs, files.size());
  Pipeline pipeline(extractor, options, files, *stored,
                    std::max<size_t>(8, 4 * static_cast<size_t>(workers)));
  // This thread stores what the workers extract, in the files' order.
  WorkerThreads threads(workers, [&pipeline] { pipeline.Work(); });
  // Fewer threads than asked is still a working import.
  if (threads.size() == 0)
    return Status::Error(ErrorCode::kInternalError, "no thread for the import");

  Status write_status;
  std::unordered_set<std::string> written_now;  // content hashes stored by this run
  for (size_t i = 0; i < files.size(); ++i) {
    WorkItem item =
        pipeline.Take(i, [&] { observer->OnWaiting(files[i].path, pipeline.PagesOf(i), counts); });
    DocumentRecord& record = item.record;
    if ((item.result == FileResult::kImported || item.result == FileResult::kFailed) &&
        !record.sha256.empty() && !written_now.insert(record.sha256).second) {
      item.result = FileResult::kSkipped;  // the same bytes as an earlier file
    }
    if (item.result == FileResult::kImported || item.result == FileResult::kFailed) {
      write_status = store->Put(record);
      if (!write_status.ok()) break;
    } else if (item.result == FileResult::kSkipped) {
      // A copy, or a file stored before: its path is kept either way.
      write_status = store->AddPath(record.sha256, record.path);
      if (!write_status.ok()) break;
    }
    switch (item.result) {
      case FileResult::kImported:
        ++counts.imported;
        counts.pages += static_cast<size_t>(record.pages.value_or(0));
        break;
      case FileResult::kFailed:
        ++counts.failed;
        break;
      case FileResult::kSkipped:
        ++counts.skipped;
        if (item.stored_failed) ++counts.skipped_failed;
        break;
      case FileResult::kOtherShard:
        ++counts.other_shard;
        break;
    }
    ++counts.done;
    pipeline.MarkWritten(i + 1);
    observer->OnFile(record.path, item.result, record.status, counts);
  }
  pipeline.Stop();
  threads.Join();
  if (!write_status.ok()) return write_status;
  return counts;
}

}  // namespace bilag
