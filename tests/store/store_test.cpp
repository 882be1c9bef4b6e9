// The store library on its own: schema and migrations, one transaction per
// document with cascading replacement, the writer's lock, shards, the input
// walk, and the CSV / JSON encodings of export.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/extractor.h"
#include "extractor/store/database.h"
#include "extractor/store/export.h"
#include "extractor/store/importer.h"
#include "extractor/store/input_files.h"
#include "extractor/store/lock_file.h"
#include "extractor/store/schema.h"
#include "extractor/store/store.h"
#include "tests/store/store_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::kSeeds;
using testing::TempDir;

// The extractor as `bilag import` makes it with no flags.
const Extractor& TheExtractor() {
  static const Extractor extractor = [] {
    ExtractorOptions options;
    options.rule_dirs = {testing::kSource + "/rules"};
    options.rule_dir_names = {"rules"};
    return Extractor::Create(options).value();
  }();
  return extractor;
}

DocumentRecord RecordOf(const std::string& path) {
  Outcome outcome = TheExtractor().Extract(path);
  DocumentRecord record;
  record.path = path;
  record.sha256 = outcome.source.sha256;
  record.media_type = outcome.source.media_type;
  record.rules_sha256 = TheExtractor().run().rules_sha256;
  record.tool_version = kToolVersion;
  record.options = "dehyphenate";
  record.extracted_at = "2024-01-01T00:00:00Z";
  record.status = outcome.status;
  if (outcome.extraction)
    record.pages = static_cast<int>(outcome.extraction->document.pages.size());
  record.extraction = std::move(outcome.extraction);
  return record;
}

int64_t Count(Store* store, const std::string& table) {
  return store->db().QueryInt("SELECT count(*) FROM " + table).value();
}

TEST_CASE("a new database gets the latest schema, WAL and foreign keys", "[store]") {
  TempDir dir;
  std::string path = (dir.path() / "a.sqlite").string();
  {
    Result<Store> store = Store::Open(path);
    REQUIRE(store.ok());
    Database& db = store->db();
    CHECK(SchemaVersion(&db).value() == 2);
    CHECK(LatestSchemaVersion() == 2);
    CHECK(db.QueryInt("PRAGMA foreign_keys").value() == 1);
    CHECK(db.Query("PRAGMA journal_mode").value()[0][0].text == "wal");
    for (const std::string& table : StoreTables()) {
      INFO(table);
      CHECK(db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" +
                        table + "'")
                .value() == 1);
    }
  }
  // Opening again migrates nothing and keeps one row per version.
  Result<Store> again = Store::Open(path);
  REQUIRE(again.ok());
  CHECK(again->db().QueryInt("SELECT count(*) FROM schema_version").value() == 2);
}

TEST_CASE("a database from a newer bilag is refused, not damaged", "[store]") {
  TempDir dir;
  std::string path = (dir.path() / "a.sqlite").string();
  {
    Result<Store> store = Store::Open(path);
    REQUIRE(store.ok());
    REQUIRE(store->db().Exec("INSERT INTO schema_version VALUES (99, 'future')").ok());
  }
  Result<Store> store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == ErrorCode::kStoreSchema);
  CHECK(store.status().message().find("schema version 99") != std::string::npos);
}

TEST_CASE("a file that is not a database is reported with its name", "[store]") {
  TempDir dir;
  std::string path = dir.Write("notes.sqlite", std::string(4096, 'x')).string();
  Result<Store> store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == ErrorCode::kStoreOpen);
  CHECK(store.status().message().find("notes.sqlite") != std::string::npos);
}

TEST_CASE("Put stores a seed's rows and a second Put replaces them", "[store]") {
  TempDir dir;
  Result<Store> store = Store::Open((dir.path() / "a.sqlite").string());
  REQUIRE(store.ok());
  DocumentRecord record = RecordOf(kSeeds + "003_4de6b8aa97016e05.txt");
  REQUIRE(record.status.ok());
  const Extraction& extraction = *record.extraction;
  size_t targets = 0, amounts = 0, fields = 0;
  for (const Initiative& initiative : extraction.initiatives) {
    targets += initiative.targets.size();
    amounts += initiative.amounts.size();
    fields += initiative.fields.size();
  }
  REQUIRE(extraction.initiatives.size() > 0);
  REQUIRE(targets > 0);

  REQUIRE(store->Put(record).ok());
  REQUIRE(store->Put(record).ok());  // the same content again: replaced, not doubled
  CHECK(Count(&*store, "documents") == 1);
  CHECK(Count(&*store, "initiatives") == static_cast<int64_t>(extraction.initiatives.size()));
  CHECK(Count(&*store, "targets") == static_cast<int64_t>(targets));
  CHECK(Count(&*store, "amounts") == static_cast<int64_t>(amounts));
  CHECK(Count(&*store, "fields") == static_cast<int64_t>(fields));
  CHECK(Count(&*store, "budget_cells") == static_cast<int64_t>(extraction.budget.size()));
  CHECK(store->db()
            .Query("SELECT name FROM initiatives ORDER BY position LIMIT 1")
            .value()[0][0]
            .text == extraction.initiatives[0].name);

  // Deleting the document removes everything it owns (ON DELETE CASCADE).
  REQUIRE(store->db().Exec("DELETE FROM documents").ok());
  for (const std::string& table : StoreTables()) {
    INFO(table);
    CHECK(Count(&*store, table) == 0);
  }
}

TEST_CASE("a failed document is stored with its error and no content", "[store]") {
  TempDir dir;
  Result<Store> store = Store::Open((dir.path() / "a.sqlite").string());
  REQUIRE(store.ok());
  DocumentRecord record = RecordOf(testing::kPdfs + "encrypted.pdf");
  REQUIRE(record.status.code() == ErrorCode::kPdfEncrypted);
  REQUIRE(store->Put(record).ok());
  std::vector<SqlRow> rows =
      store->db().Query("SELECT status, error_code, media_type, pages FROM documents").value();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0][0].text == "failed");
  CHECK(rows[0][1].text == "pdf-encrypted");
  CHECK(rows[0][2].text == "application/pdf");
  CHECK(rows[0][3].is_null());

  auto versions = store->ImportedVersions().value();
  REQUIRE(versions.count(record.sha256) == 1);
  CHECK(versions[record.sha256].failed);
  CHECK(versions[record.sha256].SameVersion({record.rules_sha256, kToolVersion, "dehyphenate"}));
}

TEST_CASE("a second writer is refused while the first holds the lock", "[store]") {
  TempDir dir;
  std::string path = (dir.path() / "a.sqlite").string();
  {
    Result<Store> first = Store::Open(path);
    REQUIRE(first.ok());
    Result<Store> second = Store::Open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.status().code() == ErrorCode::kStoreLocked);
    CHECK(second.status().message().find("another bilag import (pid ") != std::string::npos);
    CHECK(second.status().message().find("a.sqlite.lock") != std::string::npos);
  }
  CHECK(Store::Open(path).ok());  // released with the first
}

TEST_CASE("shard K/N parses and splits hashes into disjoint shards", "[store]") {
  Shard shard = ParseShard("2/3").value();
  CHECK(shard.index == 2);
  CHECK(shard.count == 3);
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "/2", "1/"}) {
    INFO(bad);
    CHECK(ParseShard(bad).status().code() == ErrorCode::kBadShard);
  }
  // 0x0000000a % 4 = 2 -> shard 3; 0xffffffff % 4 = 3 -> shard 4.
  CHECK(ShardOf("0000000a99", 4) == 3);
  CHECK(ShardOf("ffffffff00", 4) == 4);
  CHECK(ShardOf("ffffffff00", 1) == 1);
}

TEST_CASE("the walk takes folders recursively, sorted, filtered by globs", "[store]") {
  TempDir dir;
  fs::create_directories(dir.path() / "2009" / "sub");
  dir.Write("b.pdf", "x");
  dir.Write("a.txt", "x");
  dir.Write("2009/c.pdf", "x");
  dir.Write("2009/sub/d.pdf", "x");
  dir.Write("2009/sub/skip.pdf", "x");
  dir.Write("archive.sqlite", "x");
  std::string root = dir.path().string();
  auto names = [&](const InputFilter& filter) {
    std::vector<std::string> found;
    for (const InputFile& file : CollectInputFiles({root}, filter).files) {
      CHECK(file.error.ok());
      found.push_back(fs::path(file.path).lexically_relative(root).string());
    }
    return found;
  };
  InputFilter all;
  all.ignore = {root + "/archive.sqlite"};
  CHECK(names(all) == std::vector<std::string>{"2009/c.pdf", "2009/sub/d.pdf", "2009/sub/skip.pdf",
                                               "a.txt", "b.pdf"});
  InputFilter pdfs = all;
  pdfs.include = {"*.pdf"};
  pdfs.exclude = {"skip*", "2009/c.pdf"};
  CHECK(names(pdfs) == std::vector<std::string>{"2009/sub/d.pdf", "b.pdf"});
  // A file named on the command line is taken whatever the globs say.
  CHECK(CollectInputFiles({root + "/a.txt"}, pdfs).files.size() == 1);
}

TEST_CASE("CSV fields are quoted per RFC 4180 only when needed", "[store]") {
  CHECK(CsvField("plain text") == "plain text");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(CsvField("cr\r") == "\"cr\r\"");
  CHECK(CsvField("Økonomiudvalget") == "Økonomiudvalget");
}

TEST_CASE("JSON strings escape controls and replace bytes that are not UTF-8", "[store]") {
  CHECK(JsonString("Økonomi \"1\"\n\t\\") == "\"Økonomi \\\"1\\\"\\n\\t\\\\\"");
  CHECK(JsonString(std::string("a\x01") + "b") == "\"a\\u0001b\"");
  CHECK(JsonString("K\xf8"
                   "benhavn") == "\"K\\ufffdbenhavn\"");
}

}  // namespace
}  // namespace bilag
