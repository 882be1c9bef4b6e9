// `bilag import`, `export` and `merge` end to end: the real binary on the
// corpus and the PDF fixtures, compared with what `bilag extract` prints for
// the same files, and the promises of the import: re-runs skip, changed
// rules re-extract, a killed run resumes to the same database, failures are
// recorded and the run goes on, a second writer is refused, exports quote
// and parse, shards merge back into the whole.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extractor/store/lock_file.h"
#include "tests/store/store_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::Background;
using testing::Column;
using testing::CountRows;
using testing::DumpDatabase;
using testing::kPdfs;
using testing::ParseCsv;
using testing::Run;
using testing::RunResult;
using testing::TempDir;
using Json = nlohmann::json;

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::string Summary(int imported, int skipped, int failed, int total) {
  return "imported " + std::to_string(imported) + ", skipped " + std::to_string(skipped) +
         ", failed " + std::to_string(failed) + " (of " + std::to_string(total) + ")\n";
}

// Per document (by path): what the database holds, in the same words as
// the JSON: counts of each list and the enumerations of each target.
std::map<std::string, std::string> StoredByPath(const std::string& db) {
  std::vector<std::string> rows = Column(db, R"sql(
    SELECT d.path || ' status=' || d.status || ' error=' || coalesce(d.error_code, '-') ||
      ' pages=' || coalesce(d.pages, '-') || ' kind=' || coalesce(d.kind, '-') ||
      ' committee=' || coalesce(d.committee, '-') || ' years=' || coalesce(d.years, '-') ||
      ' initiatives=' || (SELECT count(*) FROM initiatives WHERE document_id = d.id) ||
      ' fields=' || (SELECT count(*) FROM fields WHERE document_id = d.id) ||
      ' amounts=' || (SELECT count(*) FROM amounts WHERE document_id = d.id) ||
      ' targets=' || (SELECT count(*) FROM targets WHERE document_id = d.id) ||
      ' budget=' || (SELECT count(*) FROM budget_cells WHERE document_id = d.id) ||
      ' warnings=' || (SELECT count(*) FROM warnings WHERE document_id = d.id) ||
      ' provenance=' || (SELECT count(*) FROM provenance WHERE document_id = d.id) ||
      ' target_values=' || coalesce((SELECT group_concat(v, ';') FROM (
          SELECT t.kind || '/' || coalesce(t.year, '-') || '/' || coalesce(t.unit, '-') || '/' ||
                 coalesce(t.comparator, '-') || '/' || iif(t.value IS NULL, '-', printf('%.6g', t.value)) AS v
          FROM targets t JOIN initiatives i ON i.id = t.initiative_id
          WHERE t.document_id = d.id ORDER BY i.position, t.position)), '') ||
      ' budget_dkk=' || coalesce((SELECT group_concat(coalesce(dkk, '-'), ';') FROM (
          SELECT dkk FROM budget_cells WHERE document_id = d.id ORDER BY position)), '')
    FROM documents d ORDER BY d.path)sql");
  std::map<std::string, std::string> by_path;
  for (const std::string& row : rows) by_path[row.substr(0, row.find(' '))] = row;
  return by_path;
}

std::string Text(const Json& value) {
  if (value.is_null()) return "-";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<int64_t>());
  return value.dump();
}

// A target's value as the SQL above prints the REAL column.
std::string Number(const Json& value) {
  if (value.is_null()) return "-";
  char text[32];
  std::snprintf(text, sizeof(text), "%.6g", value.get<double>());
  return text;
}

// The same line as StoredByPath, from one object of `bilag extract`.
std::string ExpectedLine(const Json& json) {
  const Json& source = json["source"];
  std::string path = source["path"];
  if (json.contains("error")) {
    return path + " status=failed error=" + json["error"]["code"].get<std::string>() +
           " pages=- kind=- committee=- years=- initiatives=0 fields=0 amounts=0 targets=0 "
           "budget=0 warnings=0 provenance=0 target_values= budget_dkk=";
  }
  const Json& doc = json["document"];
  std::string years = "-";
  if (!doc["years"].is_null()) {
    years = "[";
    for (const Json& year : doc["years"]) years += (years.size() > 1 ? "," : "") + Text(year);
    years += "]";
  }
  size_t fields = 0, amounts = 0, targets = 0;
  std::string target_values, budget_dkk;
  for (const Json& initiative : json["initiatives"]) {
    fields += initiative["fields"].size();
    amounts += initiative["amounts"].size();
    targets += initiative["targets"].size();
    for (const Json& target : initiative["targets"]) {
      target_values += (target_values.empty() ? "" : ";") + Text(target["kind"]) + "/" +
                       Text(target["year"]) + "/" + Text(target["unit"]) + "/" +
                       Text(target["comparator"]) + "/" + Number(target["value"]);
    }
  }
  for (const Json& cell : json["budget"]) {
    budget_dkk += (budget_dkk.empty() ? "" : ";") + Text(cell["dkk"]);
  }
  return path + " status=ok error=- pages=" + Text(source["pages"]) + " kind=" + Text(doc["kind"]) +
         " committee=" + Text(doc["committee"]) + " years=" + years +
         " initiatives=" + std::to_string(json["initiatives"].size()) +
         " fields=" + std::to_string(fields) + " amounts=" + std::to_string(amounts) +
         " targets=" + std::to_string(targets) +
         " budget=" + std::to_string(json["budget"].size()) +
         " warnings=" + std::to_string(json["warnings"].size()) +
         " provenance=" + std::to_string(doc["provenance"].size()) +
         " target_values=" + target_values + " budget_dkk=" + budget_dkk;
}

TEST_CASE("import stores what extract prints for the corpus and the PDF fixtures", "[import]") {
  TempDir dir;
  std::string db = (dir.path() / "archive.sqlite").string();
  std::vector<std::string> files = Concat(Concat(testing::SeedTexts(), testing::TextLayerPdfs()),
                                          {kPdfs + "truncated.pdf", kPdfs + "encrypted.pdf"});

  RunResult extract = Run(Concat({"extract"}, files));
  REQUIRE(extract.exit_code == 1);  // the two broken PDFs
  RunResult import = Run(Concat({"import", "--db", db, "-j", "2", "--progress=none"}, files));
  CHECK(import.exit_code == 1);
  CHECK(import.out ==
        Summary(static_cast<int>(files.size()) - 2, 0, 2, static_cast<int>(files.size())));
  CHECK(import.err.find("truncated.pdf") != std::string::npos);
  CHECK(import.err.find("[pdf-encrypted]") != std::string::npos);

  std::map<std::string, std::string> stored = StoredByPath(db);
  REQUIRE(stored.size() == files.size());
  std::istringstream lines(extract.out);
  std::string line;
  size_t compared = 0, with_targets = 0, with_budget = 0;
  while (std::getline(lines, line)) {
    Json json = Json::parse(line);
    std::string expected = ExpectedLine(json);
    INFO(expected.substr(0, expected.find(' ')));
    CHECK(stored[json["source"]["path"]] == expected);
    with_targets += expected.find(" targets=0 ") == std::string::npos;
    with_budget += expected.find(" budget=0 ") == std::string::npos;
    ++compared;
  }
  CHECK(compared == files.size());
  // The comparison covers documents that have targets and budget tables.
  CHECK(with_targets >= 3);
  CHECK(with_budget >= 1);

  // Concrete values of seed 004 and the fixtures, straight from the files.
  std::string seed = testing::kSeeds + "004_d1d70512bbcf75c7.txt";
  CHECK(Column(db,
               "SELECT case_number || ' ' || document_number || ' ' || date || ' ' || "
               "media_type FROM documents WHERE path = '" +
                   seed + "'") ==
        std::vector<std::string>{"2010-32472 2010-204624 2010-03-23 text/plain"});
  CHECK(Column(db, "SELECT pages FROM documents WHERE path LIKE '%nine_pages.pdf'") ==
        std::vector<std::string>{"9"});
  CHECK(Column(db, "SELECT error_code FROM documents WHERE status = 'failed' ORDER BY path") ==
        std::vector<std::string>{"pdf-encrypted", "pdf-damaged"});
}

TEST_CASE("a re-run skips what is stored, and --force and changed rules extract again",
          "[import]") {
  TempDir dir;
  std::string db = (dir.path() / "archive.sqlite").string();
  // Seed 000 is left out: it is the one that loads the OCR lexicon, which
  // would only cost time here.
  std::vector<std::string> args = {"import",          "--db",      db,
                                   "--progress=none", "--exclude", "*.expected.json",
                                   "--exclude",       "000_*",     testing::kSeeds};
  int n = static_cast<int>(testing::SeedTexts().size()) - 1;
  RunResult first = Run(args);
  CHECK(first.exit_code == 0);
  CHECK(first.out == Summary(n, 0, 0, n));
  std::string dump = DumpDatabase(db);

  RunResult again = Run(args);
  CHECK(again.exit_code == 0);
  CHECK(again.out == Summary(0, n, 0, n));
  CHECK(DumpDatabase(db) == dump);

  std::string content = DumpDatabase(db, false);
  RunResult forced = Run(Concat(args, {"--force"}));
  CHECK(forced.out == Summary(n, 0, 0, n));
  // The same rows; documents keep their ids, their children get new ones.
  CHECK(DumpDatabase(db, false) == content);
  CHECK(Column(db, "SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)") ==
        std::vector<std::string>{"1,2,3,4"});

  // A rule folder with one more rule: another rules sha256, so every
  // document is extracted again and says which rules made it.
  fs::create_directories(dir.path() / "my-rules");
  dir.Write("my-rules/extra.toml",
            "[[skip]]\nid = \"test.never\"\npattern = '^this line occurs in no document$'\n");
  std::vector<std::string> old_sha = Column(db, "SELECT DISTINCT rules_sha256 FROM documents");
  REQUIRE(old_sha.size() == 1);
  RunResult changed = Run(Concat(args, {"--rules", (dir.path() / "my-rules").string()}));
  CHECK(changed.exit_code == 0);
  CHECK(changed.out == Summary(n, 0, 0, n));
  std::vector<std::string> new_sha = Column(db, "SELECT DISTINCT rules_sha256 FROM documents");
  REQUIRE(new_sha.size() == 1);
  CHECK(new_sha[0] != old_sha[0]);
  CHECK(CountRows(db, "documents") == n);

  // Options that change the output are part of the version too.
  RunResult no_dehyphenate = Run(Concat(args, {"--no-dehyphenate"}));
  CHECK(no_dehyphenate.out == Summary(n, 0, 0, n));
  CHECK(Column(db, "SELECT DISTINCT options FROM documents") ==
        std::vector<std::string>{"no-dehyphenate;repair=auto"});
}

TEST_CASE("an import killed with SIGKILL resumes to the same database", "[import]") {
  TempDir dir;
  std::vector<std::string> sources = testing::SeedTexts();
  sources.erase(sources.begin());  // seed 000 loads the OCR lexicon: only time here
  testing::MakeVariants(Concat(sources, testing::TextLayerPdfs()), dir.path() / "archive", 30);
  std::string folder = (dir.path() / "archive").string();
  std::string killed_db = (dir.path() / "killed.sqlite").string();
  std::string whole_db = (dir.path() / "whole.sqlite").string();

  int64_t rows_at_kill = 0;
  {
    Background import({"import", "--db", killed_db, "-j", "2", "--progress=none", folder},
                      dir.path());
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (import.Running() && std::chrono::steady_clock::now() < deadline) {
      rows_at_kill = CountRows(killed_db, "documents");
      if (rows_at_kill >= 3) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    REQUIRE(import.Running());  // still mid-run: the kill below interrupts it
    import.Kill();
  }
  int64_t stored = CountRows(killed_db, "documents");
  INFO("rows when killed: " << rows_at_kill << ", after: " << stored);
  REQUIRE(stored >= 3);
  REQUIRE(stored < 30);

  RunResult resumed = Run({"import", "--db", killed_db, "-j", "2", "--progress=none", folder});
  CHECK(resumed.exit_code == 0);
  CHECK(resumed.out == Summary(30 - static_cast<int>(stored), static_cast<int>(stored), 0, 30));

  RunResult whole = Run({"import", "--db", whole_db, "-j", "1", "--progress=none", folder});
  CHECK(whole.exit_code == 0);
  CHECK(whole.out == Summary(30, 0, 0, 30));
  CHECK(CountRows(killed_db, "documents") == 30);
  // Row for row, ids included: documents are written in input order.
  std::string killed_dump = DumpDatabase(killed_db);
  std::string whole_dump = DumpDatabase(whole_db);
  CHECK(killed_dump.size() == whole_dump.size());
  CHECK(killed_dump == whole_dump);
}

TEST_CASE("broken files are stored as failed and the others imported", "[import]") {
  TempDir dir;
  fs::path folder = dir.path() / "2010";
  fs::create_directories(folder);
  for (const char* seed : {"001_eeed997eb7ee906a.txt", "003_4de6b8aa97016e05.txt"}) {
    fs::copy_file(testing::kSeeds + seed, folder / seed);
  }
  fs::copy_file(kPdfs + "statusskema.pdf", folder / "statusskema.pdf");
  fs::copy_file(kPdfs + "truncated.pdf", folder / "truncated.pdf");
  fs::copy_file(kPdfs + "encrypted.pdf", folder / "encrypted.pdf");
  dir.Write("2010/empty.txt", "");
  std::string db = (dir.path() / "archive.sqlite").string();
  std::vector<std::string> args = {"import", "--db", db, "--progress=none", folder.string()};

  RunResult r = Run(args);
  CHECK(r.exit_code == 1);
  CHECK(r.out == Summary(3, 0, 3, 6));
  for (const char* named : {"truncated.pdf", "encrypted.pdf", "empty.txt"}) {
    CHECK(r.err.find(named) != std::string::npos);
  }
  // Each with its reason, in a message that names the file.
  CHECK(Column(db,
               "SELECT path || ' ' || error_code || ' ' || (instr(error_message, path) > 0) "
               "FROM documents WHERE status = 'failed' ORDER BY path") ==
        std::vector<std::string>{(folder / "empty.txt").string() + " empty-file 1",
                                 (folder / "encrypted.pdf").string() + " pdf-encrypted 1",
                                 (folder / "truncated.pdf").string() + " pdf-damaged 1"});
  CHECK(CountRows(db, "initiatives") > 0);

  // Nothing to redo, but the archive still holds failures: exit 1.
  RunResult again = Run(args);
  CHECK(again.exit_code == 1);
  CHECK(again.out == Summary(0, 6, 0, 6));
  CHECK(again.err.find("3 of the skipped documents are stored as failed") != std::string::npos);

  // The right password turns a failure into a document.
  RunResult password = Run(Concat(args, {"--password", "hemmelig"}));
  CHECK(password.out == Summary(4, 0, 2, 6));
  CHECK(CountRows(db, "documents") == 6);
}

TEST_CASE("a second import into the same database is refused while one runs", "[import]") {
  TempDir dir;
  testing::MakeVariants(testing::TextLayerPdfs(), dir.path() / "archive", 30);
  std::string folder = (dir.path() / "archive").string();
  std::string db = (dir.path() / "archive.sqlite").string();
  std::vector<std::string> args = {"import", "--db", db, "-j", "1", "--progress=none", folder};

  Background first(args, dir.path());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (first.Running() && CountRows(db, "documents") < 1 &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  RunResult second = Run(args);
  REQUIRE(first.Running());  // the refusal below happened while it ran
  CHECK(second.exit_code == 3);
  CHECK(second.err.find("another bilag import (pid " + std::to_string(first.pid()) +
                        ") is writing to " + db) != std::string::npos);
  CHECK(second.out.empty());
  RunResult finished = first.Wait();
  CHECK(finished.exit_code == 0);
  CHECK(finished.out == Summary(30, 0, 0, 30));

  // The same refusal when the lock is held by anyone; export still reads.
  Result<LockFile> held = LockFile::Acquire(db);
  REQUIRE(held.ok());
  RunResult refused = Run(args);
  CHECK(refused.exit_code == 3);
  CHECK(refused.err.find("[store-locked]") != std::string::npos);
  CHECK(Run({"export", "--db", db}).exit_code == 0);
}

TEST_CASE("export writes RFC 4180 CSV and JSON Lines that read back", "[import]") {
  TempDir dir;
  fs::path folder = dir.path() / "in";
  fs::create_directories(folder);
  std::string odd_name = "a,\"b\"\nc.txt";  // comma, quote and newline in one field
  fs::copy_file(testing::kSeeds + "004_d1d70512bbcf75c7.txt", folder / odd_name);
  fs::copy_file(testing::kSeeds + "002_8629250c46b2c2d7.txt", folder / "plain.txt");
  std::string db = (dir.path() / "a.sqlite").string();
  REQUIRE(Run({"import", "--db", db, "--progress=none", folder.string()}).exit_code == 0);

  RunResult csv = Run({"export", "--db", db, "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  std::vector<std::vector<std::string>> records = ParseCsv(csv.out);
  REQUIRE(records.size() == 3);
  REQUIRE(records[0].size() > 3);
  CHECK(records[0][0] == "id");
  CHECK(records[0][1] == "path");
  CHECK(records[1][1] == (folder / odd_name).string());
  CHECK(records[2][1] == (folder / "plain.txt").string());
  for (const auto& record : records) CHECK(record.size() == records[0].size());
  CHECK(csv.out.find("\"" + folder.string() + "/a,\"\"b\"\"\nc.txt\"") != std::string::npos);

  RunResult jsonl = Run({"export", "--db", db, "--format", "jsonl", "--table", "documents"});
  REQUIRE(jsonl.exit_code == 0);
  std::istringstream lines(jsonl.out);
  std::string line;
  std::vector<Json> rows;
  while (std::getline(lines, line)) rows.push_back(Json::parse(line));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["path"] == (folder / odd_name).string());
  CHECK(rows[0]["case_number"] == "2010-32472");
  CHECK(rows[0]["pages"].is_number_integer());
  CHECK(rows[0]["error_code"].is_null());

  // Booleans come out as true/false, and every table can be exported.
  RunResult cells = Run({"export", "--db", db, "--format", "jsonl", "--table", "budget_cells"});
  CHECK(cells.exit_code == 0);
  if (!cells.out.empty())
    CHECK(Json::parse(cells.out.substr(0, cells.out.find('\n')))["total"].is_boolean());
  RunResult all =
      Run({"export", "--db", db, "--table", "all", "-o", (dir.path() / "csv").string()});
  CHECK(all.exit_code == 0);
  CHECK(fs::exists(dir.path() / "csv" / "targets.csv"));
  CHECK(Run({"export", "--db", db, "--table", "sqlite_schema"}).exit_code == 2);
}

TEST_CASE("import --shard splits an import and merge joins the shards", "[import]") {
  TempDir dir;
  testing::MakeVariants(Concat(testing::SeedTexts(), testing::TextLayerPdfs()),
                        dir.path() / "archive", 12);
  std::string folder = (dir.path() / "archive").string();
  auto db = [&](const std::string& name) { return (dir.path() / name).string(); };
  RunResult whole = Run({"import", "--db", db("whole.sqlite"), "--progress=none", folder});
  RunResult one =
      Run({"import", "--db", db("1.sqlite"), "--shard", "1/2", "--progress=none", folder});
  RunResult two =
      Run({"import", "--db", db("2.sqlite"), "--shard", "2/2", "--progress=none", folder});
  REQUIRE(whole.exit_code == 0);
  REQUIRE(one.exit_code == 0);
  REQUIRE(two.exit_code == 0);
  int64_t in_one = CountRows(db("1.sqlite"), "documents");
  int64_t in_two = CountRows(db("2.sqlite"), "documents");
  CHECK(in_one + in_two == 12);
  CHECK(in_one > 0);
  CHECK(in_two > 0);
  CHECK(one.out.find("; " + std::to_string(in_two) + " in other shards") != std::string::npos);
  CHECK(Run({"import", "--db", db("x.sqlite"), "--shard", "3/2", folder}).exit_code == 2);

  RunResult merged = Run({"merge", "--db", db("merged.sqlite"), db("1.sqlite"), db("2.sqlite")});
  CHECK(merged.exit_code == 0);
  CHECK(merged.out == "merged 12, skipped 0 (from 2 of 2 databases)\n");
  // Ids differ (shard order), content does not.
  const std::string content = R"sql(
    SELECT d.sha256 || ' ' || d.path || ' ' || d.status || ' ' || coalesce(d.title, '-') || ' ' ||
      (SELECT count(*) FROM initiatives WHERE document_id = d.id) || ' ' ||
      (SELECT count(*) FROM fields WHERE document_id = d.id) || ' ' ||
      (SELECT group_concat(a.dkk) FROM amounts a WHERE a.document_id = d.id) || ' ' ||
      (SELECT group_concat(t.kind || t.text) FROM targets t WHERE t.document_id = d.id) || ' ' ||
      (SELECT count(*) FROM budget_cells WHERE document_id = d.id) || ' ' ||
      (SELECT count(*) FROM warnings WHERE document_id = d.id) || ' ' ||
      (SELECT count(*) FROM document_years WHERE document_id = d.id)
    FROM documents d ORDER BY d.sha256)sql";
  CHECK(Column(db("merged.sqlite"), content) == Column(db("whole.sqlite"), content));
  // Merging a shard again changes nothing.
  RunResult again = Run({"merge", "--db", db("merged.sqlite"), db("2.sqlite")});
  CHECK(again.out == "merged 0, skipped " + std::to_string(in_two) + " (from 1 of 1 databases)\n");
  RunResult bad = Run({"merge", "--db", db("merged.sqlite"), db("missing.sqlite")});
  CHECK(bad.exit_code == 1);
}

}  // namespace
}  // namespace bilag
