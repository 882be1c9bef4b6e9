#include "tests/store/store_test_util.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "extractor/store/database.h"
#include "extractor/store/schema.h"

extern char** environ;

namespace bilag::testing {

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "bilag-store-XXXXXX").string();
  path_ = mkdtemp(pattern.data());
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

fs::path TempDir::Write(const std::string& name, const std::string& bytes) const {
  std::ofstream(path_ / name, std::ios::binary) << bytes;
  return path_ / name;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

namespace {

pid_t Spawn(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
  std::vector<std::string> argv_strings = {kBilag};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  if (posix_spawn(&pid, kBilag.c_str(), &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

RunResult Run(const std::vector<std::string>& args) {
  TempDir dir;
  Background process(args, dir.path());
  return process.Wait();
}

Background::Background(const std::vector<std::string>& args, const fs::path& dir)
    : out_(dir / ("out-" + std::to_string(reinterpret_cast<uintptr_t>(this)))),
      err_(dir / ("err-" + std::to_string(reinterpret_cast<uintptr_t>(this)))) {
  pid_ = Spawn(args, out_, err_);
  done_ = pid_ < 0;
}

Background::~Background() {
  if (!done_) Kill();
}

bool Background::Running() {
  if (done_) return false;
  pid_t result = waitpid(pid_, &status_, WNOHANG);
  if (result == pid_) done_ = true;
  return !done_;
}

void Background::Kill() {
  if (done_) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, &status_, 0);
  done_ = true;
}

RunResult Background::Wait() {
  if (!done_) {
    waitpid(pid_, &status_, 0);
    done_ = true;
  }
  RunResult result;
  result.exit_code = pid_ < 0 ? -1 : ExitCode(status_);
  result.out = ReadFile(out_);
  result.err = ReadFile(err_);
  return result;
}

std::vector<std::string> SeedTexts() {
  std::vector<std::string> seeds;
  for (const auto& entry : fs::directory_iterator(kSeeds)) {
    if (entry.path().extension() == ".txt") seeds.push_back(entry.path().string());
  }
  std::sort(seeds.begin(), seeds.end());
  return seeds;
}

std::vector<std::string> TextLayerPdfs() {
  std::vector<std::string> pdfs;
  for (const char* name : {"hyphenated.pdf", "letter.pdf", "line_grouping.pdf", "mixed.pdf",
                           "nine_pages.pdf", "statusskema.pdf"}) {
    pdfs.push_back(kPdfs + name);
  }
  return pdfs;
}

std::vector<std::string> MakeVariants(const std::vector<std::string>& sources, const fs::path& dir,
                                      int count) {
  std::vector<std::string> paths;
  fs::create_directories(dir);
  for (int i = 0; i < count; ++i) {
    const fs::path source = sources[static_cast<size_t>(i) % sources.size()];
    std::string bytes = ReadFile(source);
    bool pdf = source.extension() == ".pdf";
    // A PDF reader ignores a comment after %%EOF; a text line at the end is
    // outside every table and section of the seeds.
    bytes +=
        pdf ? "\n% variant " + std::to_string(i) + "\n" : "\n\nvariant " + std::to_string(i) + "\n";
    char name[64];
    std::snprintf(name, sizeof(name), "%03d-%s", i, source.filename().c_str());
    std::ofstream(dir / name, std::ios::binary) << bytes;
    paths.push_back((dir / name).string());
  }
  return paths;
}

std::string DumpDatabase(const std::string& db_path, bool child_ids) {
  Result<Database> db = Database::Open(db_path, Database::Mode::kReadOnly);
  if (!db.ok()) return "cannot open: " + db.status().ToString();
  std::string dump;
  for (const std::string& table : StoreTables()) {
    Result<Statement> stmt = db->Prepare("SELECT * FROM " + table + " ORDER BY 1, 2");
    if (!stmt.ok()) return "cannot read: " + stmt.status().ToString();
    dump += "== " + table + "\n";
    for (;;) {
      Result<bool> row = stmt->Step();
      if (!row.ok() || !*row) break;
      for (int i = 0; i < stmt->ColumnCount(); ++i) {
        std::string name = stmt->ColumnName(i);
        if (name == "extracted_at") continue;
        if (!child_ids && table != "documents" && (name == "id" || name == "initiative_id")) {
          continue;
        }
        SqlValue value = stmt->Column(i);
        dump += (value.is_null() ? "NULL" : value.text) + "|";
      }
      dump += "\n";
    }
  }
  return dump;
}

int64_t CountRows(const std::string& db_path, const std::string& table) {
  Result<Database> db = Database::Open(db_path, Database::Mode::kReadOnly);
  if (!db.ok()) return -1;
  Result<int64_t> count = db->QueryInt("SELECT count(*) FROM " + table);
  return count.ok() ? *count : -1;
}

std::vector<std::string> Column(const std::string& db_path, const std::string& sql) {
  std::vector<std::string> values;
  Result<Database> db = Database::Open(db_path, Database::Mode::kReadOnly);
  if (!db.ok()) return {"cannot open: " + db.status().ToString()};
  Result<std::vector<SqlRow>> rows = db->Query(sql);
  if (!rows.ok()) return {"cannot query: " + rows.status().ToString()};
  for (const SqlRow& row : *rows) values.push_back(row.empty() ? "" : row[0].text);
  return values;
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text, char separator) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      records.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      records.back().push_back(field);
      field.clear();
      records.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (records.back().empty()) records.pop_back();
  return records;
}

}  // namespace bilag::testing
