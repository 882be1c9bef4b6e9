// What `bilag import` takes from a folder by default (documents, not the
// junk archives collect), that every path of a copied file is kept, and the
// migration that adds those paths to databases of earlier versions.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/store/database.h"
#include "extractor/store/input_files.h"
#include "tests/store/store_test_util.h"

namespace bilag {
namespace {

namespace fs = std::filesystem;
using testing::Column;
using testing::CountRows;
using testing::Run;
using testing::RunResult;
using testing::TempDir;

const std::string kSeed1 = testing::kSeeds + "001_eeed997eb7ee906a.txt";
const std::string kSeed3 = testing::kSeeds + "003_4de6b8aa97016e05.txt";

// An archive as it comes from Windows and macOS machines: two bilag, and
// what Explorer, Finder and bilag's own rule tests leave beside them.
fs::path MakeArchive(const TempDir& dir) {
  fs::path archive = dir.path() / "archive";
  fs::create_directories(archive / "2009");
  fs::copy_file(kSeed1, archive / "bilag1.txt");
  fs::copy_file(testing::kPdfs + "statusskema.pdf", archive / "2009" / "bilag2.pdf");
  dir.Write("archive/Thumbs.db", std::string("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0", 12));
  dir.Write("archive/.DS_Store", std::string("\0\0\0\1Bud1\0\0\x10\0", 12));
  fs::copy_file(testing::kSeeds + "001_eeed997eb7ee906a.expected.json",
                archive / "bilag1.expected.json");
  return archive;
}

TEST_CASE("an import of a folder stores its two bilag, not Thumbs.db, .DS_Store or *.expected.json",
          "[import]") {
  TempDir dir;
  fs::path archive = MakeArchive(dir);
  std::string db = (dir.path() / "a.sqlite").string();
  RunResult import = Run({"import", "--db", db, archive.string()});
  CHECK(import.exit_code == 0);
  CHECK(import.out ==
        "imported 2, skipped 0, failed 0 (of 2); 3 not documents left out (hidden, Thumbs.db, "
        "*.expected.json, other formats)\n");
  CHECK(import.err.empty());  // stderr is no terminal: no progress
  CHECK(Column(db, "SELECT path || ' ' || status FROM documents ORDER BY path") ==
        std::vector<std::string>{(archive / "2009" / "bilag2.pdf").string() + " ok",
                                 (archive / "bilag1.txt").string() + " ok"});

  // --include decides alone: here it takes the junk too (which then fails).
  std::string all = (dir.path() / "all.sqlite").string();
  RunResult included = Run({"import", "--db", all, "--include", "*", archive.string()});
  CHECK(CountRows(all, "documents") == 5);
  CHECK(included.out.find("not documents") == std::string::npos);
}

TEST_CASE("hidden folders are not entered, documents without an extension are sniffed",
          "[import]") {
  TempDir dir;
  fs::create_directories(dir.path() / ".git" / "objects");
  fs::create_directories(dir.path() / "in");
  fs::copy_file(kSeed1, dir.path() / ".git" / "objects" / "bilag.txt");
  fs::copy_file(kSeed1, dir.path() / "in" / "downloaded");  // text, no extension
  fs::copy_file(testing::kPdfs + "letter.pdf", dir.path() / "in" / "scan.bin");  // a PDF by content
  fs::copy_file(kSeed3, dir.path() / "in" / "table.csv");  // text: no appendix
  dir.Write("in/desktop.ini", "[.ShellClassInfo]\r\nIconResource=x\r\n");
  dir.Write("in/~$udget.docx", "x");
  dir.Write("in/notes.txt~", "backup");
  InputWalk walk = CollectInputFiles({dir.path().string()}, InputFilter{});
  std::vector<std::string> taken;
  for (const InputFile& file : walk.files) {
    taken.push_back(fs::path(file.path).lexically_relative(dir.path()).string());
  }
  CHECK(taken == std::vector<std::string>{"in/downloaded", "in/scan.bin"});
  CHECK(walk.not_documents == 5);  // .git, table.csv, desktop.ini, ~$udget.docx, notes.txt~
}

TEST_CASE("the default filter by name and by content", "[import]") {
  for (const char* name : {"a.pdf", "B.PDF", "x.png", "x.jpg", "x.JPEG", "x.tif", "x.tiff", "x.txt",
                           "x.text", "x.htm", "x.html", "æøå.pdf"}) {
    INFO(name);
    CHECK(IsDocumentName(name) == std::optional<bool>(true));
  }
  for (const char* name :
       {".DS_Store", "Thumbs.db", "thumbs.db", "desktop.ini", "Desktop.ini", "x.expected.json",
        "X.Expected.JSON", ".hidden.pdf", "~$lock.pdf", "backup.txt~"}) {
    INFO(name);
    CHECK(IsDocumentName(name) == std::optional<bool>(false));
  }
  CHECK(IsDocumentName("x.bin") == std::nullopt);
  CHECK(IsDocumentName("README") == std::nullopt);
  CHECK(IsDocumentContent("x.bin", "%PDF-1.4\n"));
  CHECK(IsDocumentContent("x.dat", "\x89PNG\r\n\x1a\n"));
  CHECK(IsDocumentContent("page", "<!DOCTYPE html><html>"));
  CHECK(IsDocumentContent("bilag3", "Bilag 3\nØkonomiudvalget\n"));
  CHECK_FALSE(IsDocumentContent("data.csv", "a,b\n1,2\n"));
  CHECK_FALSE(IsDocumentContent("x.bin", std::string("\0\1\2\3\4\5\6\7", 8)));
}

TEST_CASE("every path of a copied file is kept, across re-runs and merges", "[import]") {
  TempDir dir;
  fs::create_directories(dir.path() / "a");
  fs::create_directories(dir.path() / "b");
  fs::copy_file(kSeed1, dir.path() / "a" / "bilag1.txt");
  fs::copy_file(kSeed1, dir.path() / "b" / "copy of bilag1.txt");
  fs::copy_file(kSeed3, dir.path() / "b" / "bilag3.txt");
  std::string db = (dir.path() / "a.sqlite").string();
  RunResult first = Run({"import", "--db", db, (dir.path() / "a").string()});
  REQUIRE(first.exit_code == 0);
  RunResult second = Run({"import", "--db", db, (dir.path() / "b").string()});
  CHECK(second.out == "imported 1, skipped 1, failed 0 (of 2)\n");
  const std::string paths =
      "SELECT (d.sha256 = (SELECT sha256 FROM documents WHERE path LIKE '%/a/bilag1.txt')) || ' ' "
      "|| substr(p.path, length('" +
      dir.path().string() +
      "/') + 1) FROM document_paths p JOIN documents d ON d.id = p.document_id ORDER BY p.path";
  const std::vector<std::string> expected = {"1 a/bilag1.txt", "0 b/bilag3.txt",
                                             "1 b/copy of bilag1.txt"};
  CHECK(Column(db, paths) == expected);
  // --force extracts the document again: its paths stay.
  REQUIRE(Run({"import", "--db", db, "--force", (dir.path() / "a").string()}).exit_code == 0);
  CHECK(Column(db, paths) == expected);
  CHECK(CountRows(db, "documents") == 2);

  // A file whose content changed: its path moves to the new content.
  fs::remove(dir.path() / "b" / "copy of bilag1.txt");
  fs::copy_file(kSeed3, dir.path() / "b" / "copy of bilag1.txt");
  REQUIRE(Run({"import", "--db", db, (dir.path() / "b").string()}).exit_code == 0);
  CHECK(Column(db, paths) ==
        std::vector<std::string>{"1 a/bilag1.txt", "0 b/bilag3.txt", "0 b/copy of bilag1.txt"});

  // Merging into an empty database copies the paths; merging a database with
  // the same documents adds those paths it lacks.
  std::string merged = (dir.path() / "merged.sqlite").string();
  REQUIRE(Run({"merge", "--db", merged, db}).exit_code == 0);
  CHECK(Column(merged, paths) == Column(db, paths));
  std::string other = (dir.path() / "other.sqlite").string();
  fs::create_directories(dir.path() / "c");
  fs::copy_file(kSeed1, dir.path() / "c" / "third.txt");
  REQUIRE(Run({"import", "--db", other, (dir.path() / "c").string()}).exit_code == 0);
  REQUIRE(Run({"merge", "--db", merged, other}).exit_code == 0);
  CHECK(Column(merged, "SELECT count(*) FROM document_paths") == std::vector<std::string>{"4"});
}

TEST_CASE("a database of schema version 1 gets document_paths from documents.path", "[import]") {
  TempDir dir;
  fs::create_directories(dir.path() / "in");
  fs::copy_file(kSeed1, dir.path() / "in" / "bilag1.txt");
  std::string db = (dir.path() / "old.sqlite").string();
  REQUIRE(Run({"import", "--db", db, (dir.path() / "in").string()}).exit_code == 0);
  // Back to version 1 as an earlier bilag left it.
  {
    Result<Database> old = Database::Open(db, Database::Mode::kReadWriteCreate);
    REQUIRE(old.ok());
    REQUIRE(
        old->Exec("DROP TABLE document_paths; DELETE FROM schema_version WHERE version = 2").ok());
  }
  REQUIRE(Column(db, "SELECT max(version) FROM schema_version") == std::vector<std::string>{"1"});
  REQUIRE(Column(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'document_paths'") ==
          std::vector<std::string>{"0"});

  RunResult again = Run({"import", "--db", db, (dir.path() / "in").string()});
  CHECK(again.exit_code == 0);
  CHECK(again.out == "imported 0, skipped 1, failed 0 (of 1)\n");
  CHECK(Column(db, "SELECT max(version) FROM schema_version") == std::vector<std::string>{"2"});
  CHECK(Column(db, "SELECT path FROM document_paths") ==
        std::vector<std::string>{(dir.path() / "in" / "bilag1.txt").string()});
}

}  // namespace
}  // namespace bilag
