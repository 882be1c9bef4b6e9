// Tests of PDF ingest on the fixtures that scripts/make_test_pdfs.py writes
// (content from seeds 001 and 004). Expected texts and cells are what the
// fixtures print; if the script changes, regenerate and update them here.
#include "extractor/ingest/pdf_ingest.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extractor/ingest/ingest.h"
#include "extractor/model/document.h"

namespace bilag {
namespace {

const std::string kFixtures = BILAG_SOURCE_DIR "/tests/fixtures/pdf/";
constexpr double kA4Width = 595.2756;
constexpr double kA4Height = 841.8898;

std::string ReadFixture(const std::string& name) {
  std::ifstream in(kFixtures + name, std::ios::binary);
  REQUIRE(in.good());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Status Ingest(const std::string& name, Document* doc, const std::string& password = "") {
  IngestOptions options;
  options.password = password;
  return IngestPdf(ReadFixture(name), options, doc);
}

Document IngestOk(const std::string& name, const std::string& password = "") {
  Document doc;
  const Status status = Ingest(name, &doc, password);
  INFO(name << ": " << status.ToString());
  REQUIRE(status.ok());
  return doc;
}

std::vector<std::string> CellTexts(const Line& line) {
  std::vector<std::string> texts;
  for (const Cell& cell : line.cells) texts.push_back(cell.text);
  return texts;
}

std::vector<std::string> LineTexts(const Page& page) {
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

// The first line of `page` whose text starts with `prefix`; fails if none.
const Line& FindLine(const Page& page, const std::string& prefix) {
  for (const Line& line : page.lines) {
    if (line.text.rfind(prefix, 0) == 0) return line;
  }
  FAIL("no line starting with \"" << prefix << "\" on page " << page.number);
  return page.lines.front();  // Not reached.
}

// The invariants of document.h and the line building, for every page.
void CheckInvariants(const Document& doc) {
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    INFO("page " << page.number);
    REQUIRE(page.number == static_cast<int>(p) + 1);
    std::vector<int> uses(page.words.size(), 0);
    double previous_top = -1;
    for (size_t l = 0; l < page.lines.size(); ++l) {
      const Line& line = page.lines[l];
      INFO("line " << line.number << ": " << line.text);
      CHECK(line.page == page.number);
      CHECK(line.number == static_cast<int>(l) + 1);
      CHECK(line.table == 0);
      CHECK(line.row == 0);
      REQUIRE_FALSE(line.words.empty());
      double top = page.height;
      bool all_bold = true;
      for (int w : line.words) {
        REQUIRE(w >= 0);
        REQUIRE(w < static_cast<int>(page.words.size()));
        ++uses[static_cast<size_t>(w)];
        top = std::min(top, page.words[static_cast<size_t>(w)].box.y0);
        all_bold = all_bold && page.words[static_cast<size_t>(w)].bold;
      }
      CHECK(line.bold == all_bold);
      CHECK(top >= previous_top);  // Top to bottom.
      previous_top = top;
      if (line.kind == LineKind::kTableRow) {
        REQUIRE(line.cells.size() >= 2);
        std::string joined;
        for (size_t c = 0; c < line.cells.size(); ++c) {
          const Cell& cell = line.cells[c];
          CHECK(cell.column == static_cast<int>(c));
          CHECK(cell.x0 < cell.x1);
          if (c > 0) {
            CHECK(cell.x0 > line.cells[c - 1].x1);
            joined += '\t';
          }
          joined += cell.text;
        }
        CHECK(line.text == joined);
      } else {
        CHECK(line.kind == LineKind::kText);
        CHECK(line.cells.empty());
        CHECK(line.text.find('\t') == std::string::npos);
      }
    }
    for (size_t w = 0; w < page.words.size(); ++w) {
      const Word& word = page.words[w];
      INFO("word " << w << ": " << word.text);
      CHECK(uses[w] == 1);  // Every word is in exactly one line.
      CHECK_FALSE(word.text.empty());
      CHECK(word.confidence == -1);
      CHECK(word.box.x0 >= 0);
      CHECK(word.box.y0 >= 0);
      CHECK(word.box.x0 < word.box.x1);
      CHECK(word.box.y0 < word.box.y1);
      CHECK(word.box.x1 <= page.width);
      CHECK(word.box.y1 <= page.height);
    }
  }
}

// What `fn` writes to file descriptor 2, whether through std::cerr or stdio.
std::string CapturedStderr(const std::function<void()>& fn) {
  char name[] = "/tmp/bilag_pdf_ingest_test_XXXXXX";
  const int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  unlink(name);
  std::fflush(stderr);
  const int saved = dup(2);
  dup2(fd, 2);
  fn();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string written;
  char buffer[512];
  lseek(fd, 0, SEEK_SET);
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;)
    written.append(buffer, static_cast<size_t>(n));
  close(fd);
  return written;
}

TEST_CASE("pdf ingest: statusskema pages, sizes and numbering", "[pdf]") {
  const Document doc = IngestOk("statusskema.pdf");
  REQUIRE(doc.pages.size() == 3);
  CheckInvariants(doc);
  CHECK(doc.warnings.empty());
  for (const Page& page : doc.pages) {
    CHECK(page.width == Approx(kA4Width));
    CHECK(page.height == Approx(kA4Height));
    CHECK_FALSE(page.needs_ocr);
  }
  CHECK(doc.pages[0].lines.size() == 37);
  CHECK(doc.pages[1].lines.size() == 28);
  CHECK(doc.pages[2].lines.size() == 19);
}

TEST_CASE("pdf ingest: statusskema text keeps Danish letters", "[pdf]") {
  const Document doc = IngestOk("statusskema.pdf");
  const Page& page = doc.pages[0];
  const Line& heading = page.lines[0];
  CHECK(heading.text == "Bilag 1: Økonomiudvalgets redegørelse for integrationsindsatsen");
  CHECK(heading.page == 1);
  CHECK(heading.number == 1);
  CHECK(heading.bold);
  CHECK(heading.kind == LineKind::kText);
  REQUIRE(heading.words.size() == 6);
  const Word& word = page.words[static_cast<size_t>(heading.words[2])];
  CHECK(word.text == "Økonomiudvalgets");
  REQUIRE(word.font >= 0);
  CHECK(page.fonts[static_cast<size_t>(word.font)] ==
        "DejaVuSans-Bold");  // Subset tag "XXXXXX+" dropped.
  CHECK(word.font_size == Approx(12));
  CHECK(word.bold);
  CHECK(word.box.x0 == Approx(118.26).margin(0.1));
  CHECK(word.box.y0 == Approx(65.58).margin(0.1));  // Top-left origin.

  CHECK(page.lines[1].text == "Forvaltningen skal svare på følgende:");
  CHECK_FALSE(page.lines[1].bold);
  CHECK(page.lines[12].text == "beskæftigelsesfrekvensen blandt etniske minoriteter.");
  CHECK(page.lines[15].text ==
        "med ”ikke-vestlig baggrund”. I 2008 har 10,7 % af de ansatte i Københavns Kommune "
        "rødder");
  CHECK(page.lines[19].text == "1.1 Indsats vedrørende etnisk iværksætteri");
  CHECK(page.lines[19].bold);
  const Word& body = page.words[static_cast<size_t>(page.lines[1].words[0])];
  REQUIRE(body.font >= 0);
  CHECK(page.fonts[static_cast<size_t>(body.font)] == "DejaVuSans");
  CHECK(body.font_size == Approx(10));
  CHECK_FALSE(body.bold);

  // Each font is named once on the page, and every word points at its
  // font's one name: hundreds of words, a handful of names.
  std::vector<std::string> names = page.fonts;
  std::sort(names.begin(), names.end());
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  CHECK(page.fonts.size() <= 4);
  CHECK(page.words.size() > 10 * page.fonts.size());
  for (const Word& each : page.words) {
    REQUIRE(each.font >= 0);
    REQUIRE(static_cast<size_t>(each.font) < page.fonts.size());
    const std::string& name = page.fonts[static_cast<size_t>(each.font)];
    CHECK(each.bold == (name.find("Bold") != std::string::npos));
  }
}

TEST_CASE("pdf ingest: key/value table rows become two cells", "[pdf]") {
  const Document doc = IngestOk("statusskema.pdf");
  const Page& page = doc.pages[0];

  const Line& name = page.lines[20];
  CHECK(name.number == 21);
  CHECK(name.kind == LineKind::kTableRow);
  CHECK(name.text == "Navn på indsats\tEtnisk iværksætteri");
  REQUIRE(name.cells.size() == 2);
  CHECK(name.cells[0].column == 0);
  CHECK(name.cells[1].column == 1);
  // Cell text starts one cell margin (5.4 pt) inside the column: 2 cm, then 2 cm + 150 pt.
  CHECK(name.cells[0].x0 == Approx(56.69 + 5.4).margin(0.5));
  CHECK(name.cells[1].x0 == Approx(56.69 + 150 + 5.4).margin(0.5));
  CHECK(name.cells[1].x1 == Approx(300.62).margin(0.1));

  const Line& economy = page.lines[21];
  CHECK(
      CellTexts(economy) ==
      std::vector<std::string>{
          "Økonomi", "2 mio. kr. var oprindeligt afsat via Integrationsaftalen, men pga. loftet"});
  // A wrapped value cell continues on a line of its own, without cells.
  CHECK(page.lines[22].text == "over serviceudgifter blev disse midler udskudt.");
  CHECK(page.lines[22].kind == LineKind::kText);
  CHECK(page.lines[22].cells.empty());

  // A key that wraps, next to its value: the gap is only ~1.4 em, but it
  // stands out from the line's ordinary spaces.
  CHECK(CellTexts(page.lines[31]) ==
        std::vector<std::string>{"Hvordan bidrager indsatsen til",
                                 "At styrke selvforsørgelsen blandt etniske minoriteter i "
                                 "København"});
  CHECK(page.lines[32].text == "mål i integrationspolitikken");

  const Line& economy2 = FindLine(doc.pages[1], "Økonomi");
  CHECK(economy2.page == 2);
  CHECK(economy2.number == 3);
  CHECK(CellTexts(economy2) == std::vector<std::string>{"Økonomi", "7,5 mio. kr. i 2009"});
}

TEST_CASE("pdf ingest: budget table rows split at every column", "[pdf]") {
  const Document doc = IngestOk("statusskema.pdf");
  const Page& page = doc.pages[2];
  CHECK(page.lines[0].text == "Ad 2: Økonomiudvalget bedes udfylde følgende økonomiske oversigt.");

  const Line& header = page.lines[1];
  CHECK(header.kind == LineKind::kTableRow);
  CHECK(header.bold);
  CHECK(CellTexts(header) == std::vector<std::string>{"Integrationsindsatser i relation", "2008",
                                                      "2009", "2010", "2011", "I alt"});
  CHECK(page.lines[2].text == "til mål i integrationspolitikken (i");
  CHECK(page.lines[3].text == "1000 kr.)");

  const Line& row = FindLine(page, "Integrations- og oplæringsstillinger");
  CHECK(row.number == 6);
  CHECK(CellTexts(row) == std::vector<std::string>{"Integrations- og oplæringsstillinger", "7770",
                                                   "7520", "(note 2)", "(note 2)", "15.290"});
  CHECK(row.text == "Integrations- og oplæringsstillinger\t7770\t7520\t(note 2)\t(note 2)\t15.290");
  CHECK_FALSE(row.bold);

  // Empty cells leave no Cell: the layout stage places cells by x.
  const Line& sparse = FindLine(page, "Mangfoldighedskorps");
  CHECK(CellTexts(sparse) == std::vector<std::string>{"Mangfoldighedskorps", "300", "200", "500"});
  REQUIRE(sparse.cells.size() == 4);
  CHECK(sparse.cells[3].x0 > header.cells[5].x0 - 5);  // "500" sits in the "I alt" column.

  const Line& total = FindLine(page, "I alt");
  CHECK(total.number == 15);
  CHECK(total.bold);
  CHECK(CellTexts(total) == std::vector<std::string>{"I alt", "135.913"});

  CHECK(CellTexts(FindLine(page, "Integrationsprojekter")) ==
        std::vector<std::string>{"Integrationsprojekter – samlet beløb", "16.970", "16.943", "2000",
                                 "35.913"});
  CHECK(page.lines.back().text == "3) Konkurrence og præmieuddeling i 2009 pt. uafklaret.");
}

TEST_CASE("pdf ingest: letter with sidebar and results table", "[pdf]") {
  const Document doc = IngestOk("letter.pdf");
  REQUIRE(doc.pages.size() == 1);
  CheckInvariants(doc);
  const Page& page = doc.pages[0];
  REQUIRE(page.lines.size() == 22);

  CHECK(CellTexts(page.lines[0]) ==
        std::vector<std::string>{"Til Beskæftigelses- og Integrationsudvalget", "23-03-2010"});
  CHECK(page.lines[3].text == "Dokumentnr.");
  CHECK(page.lines[3].bold);
  // Justified prose: every gap of the line is stretched to ~2 em, so none of
  // them is a cell boundary; the sidebar beside it is.
  CHECK(CellTexts(page.lines[4]) ==
        std::vector<std::string>{"Socialforvaltningen ønsker løbende at medvirke til",
                                 "2010-204624"});
  CHECK(CellTexts(page.lines[7]) ==
        std::vector<std::string>{"derfor øge indsatsen mod at arbejde målrettet med",
                                 "Joy Torpdahl"});
  CHECK(page.lines[10].text == "P.t. er der defineret mål for 2011 jf. nedenfor.");
  CHECK(page.lines[10].kind == LineKind::kText);

  const Line& header = page.lines[12];
  CHECK(header.bold);
  CHECK(CellTexts(header) ==
        std::vector<std::string>{"Mål 2011", "Resultatkrav", "Resultatkrav", "Resultat 2008"});
  CHECK(CellTexts(page.lines[13]) == std::vector<std::string>{"2011", "2010"});
  CHECK(CellTexts(page.lines[14]) == std::vector<std::string>{"Andelen af medarbejdere med anden",
                                                              "6,8 pct.", "6,8 pct.", "6,2 pct."});
  CHECK(page.lines[16].text == "Socialforvaltningen (år 2011 = 10 %");
  CHECK(page.lines[21].text == "www.kk.dk");
}

TEST_CASE("pdf ingest: hyphenation is left for normalisation", "[pdf]") {
  const Document doc = IngestOk("hyphenated.pdf");
  REQUIRE(doc.pages.size() == 1);
  CheckInvariants(doc);
  CHECK(LineTexts(doc.pages[0]) ==
        std::vector<std::string>{"Indsatsen skal øge andelen af indvandrere i beskæfti-",
                                 "gelse med 10 procentpoint frem til udgangen af 2010.",
                                 "Sagen forelægges Beskæftigelses- og Integrationsudvalget",
                                 "på mødet den 23. marts 2010."});
}

TEST_CASE("pdf ingest: superscripts, mixed sizes, turned text and turned pages", "[pdf]") {
  const Document doc = IngestOk("line_grouping.pdf");
  REQUIRE(doc.pages.size() == 2);
  CheckInvariants(doc);
  const Page& page = doc.pages[0];
  // The note mark "1" (6 pt, raised) joins its line instead of making one.
  CHECK(LineTexts(page) == std::vector<std::string>{"Samlet budget 2009 1 udgør 35.913 t.kr.",
                                                    "Næste linje med tæt linjeafstand.",
                                                    "Overskrift med lille tekst",
                                                    "Dokumentnr. 2010-204624"});
  const Line& mixed = page.lines[2];
  CHECK_FALSE(mixed.bold);  // Only "Overskrift" is bold.
  REQUIRE(mixed.words.size() == 4);
  CHECK(page.words[static_cast<size_t>(mixed.words[0])].bold);
  CHECK(page.words[static_cast<size_t>(mixed.words[0])].font_size == Approx(14));
  CHECK(page.words[static_cast<size_t>(mixed.words[1])].font_size == Approx(9));
  // The margin note reads bottom to top; its words are in reading order.
  const Line& turned = page.lines[3];
  REQUIRE(turned.words.size() == 2);
  CHECK(page.words[static_cast<size_t>(turned.words[0])].box.y0 >
        page.words[static_cast<size_t>(turned.words[1])].box.y0);

  // A portrait page shown with /Rotate 90: sizes and boxes are as displayed.
  const Page& landscape = doc.pages[1];
  CHECK(landscape.width == Approx(kA4Height));
  CHECK(landscape.height == Approx(kA4Width));
  CHECK(LineTexts(landscape) == std::vector<std::string>{"Tværformat: Oversigt over indsatser"});
  CHECK(landscape.words[0].box.x0 == Approx(56.69).margin(0.1));
}

TEST_CASE("pdf ingest: pages read in parallel land in their own slots", "[pdf]") {
  // Nine pages make IngestPdf use several threads (on a multi-core machine).
  const Document doc = IngestOk("nine_pages.pdf");
  REQUIRE(doc.pages.size() == 9);
  CheckInvariants(doc);
  CHECK(doc.pages[0].lines[0].text ==
        "Bilag 1: Økonomiudvalgets redegørelse for integrationsindsatsen");
  CHECK(doc.pages[3].lines[0].text ==
        "Bilag 2: Økonomiudvalgets redegørelse for integrationsindsatsen");
  CHECK(doc.pages[6].lines[0].text ==
        "Bilag 3: Økonomiudvalgets redegørelse for integrationsindsatsen");
  const Document once = IngestOk("statusskema.pdf");
  for (size_t p = 0; p < 9; ++p) {
    INFO("page " << p + 1);
    std::vector<std::string> expected = LineTexts(once.pages[p % 3]);
    std::vector<std::string> actual = LineTexts(doc.pages[p]);
    if (p % 3 == 0) {  // Titles differ in their "Bilag N".
      expected.erase(expected.begin());
      actual.erase(actual.begin());
    }
    CHECK(actual == expected);
  }
}

TEST_CASE("pdf ingest: encrypted PDF needs its password", "[pdf]") {
  Document doc;
  Status status = Ingest("encrypted.pdf", &doc);
  CHECK(status.code() == ErrorCode::kPdfEncrypted);
  CHECK(status.message() == "PDF is encrypted: give its password with --password");
  CHECK(doc.pages.empty());

  status = Ingest("encrypted.pdf", &doc, "forkert");
  CHECK(status.code() == ErrorCode::kPdfEncrypted);
  CHECK(status.message().find("does not open it") != std::string::npos);

  const Document user = IngestOk("encrypted.pdf", "hemmelig");
  REQUIRE(user.pages.size() == 1);
  CheckInvariants(user);
  CHECK(user.pages[0].lines[0].text == "Til Beskæftigelses- og Integrationsudvalget\t23-03-2010");
  CHECK(LineTexts(user.pages[0]) == LineTexts(IngestOk("letter.pdf").pages[0]));

  const Document owner = IngestOk("encrypted.pdf", "ejer-hemmelig");
  CHECK(owner.pages.size() == 1);
}

TEST_CASE("pdf ingest: damaged and empty PDFs", "[pdf]") {
  Document doc;
  Status status = Ingest("truncated.pdf", &doc);
  CHECK(status.code() == ErrorCode::kPdfDamaged);
  CHECK(status.message() == "not a readable PDF (damaged or truncated)");

  status = IngestPdf("%PDF-1.4\nnot really a PDF\n", IngestOptions(), &doc);
  CHECK(status.code() == ErrorCode::kPdfDamaged);
  status = IngestPdf("", IngestOptions(), &doc);
  CHECK(status.code() == ErrorCode::kPdfDamaged);

  status = Ingest("empty_pages.pdf", &doc);
  CHECK(status.code() == ErrorCode::kPdfNoPages);
  CHECK(doc.pages.empty());

  // A page tree entry that is not a page: the other pages still count.
  const Document missing = IngestOk("missing_page.pdf");
  REQUIRE(missing.pages.size() == 2);
  CHECK(LineTexts(missing.pages[0]) == std::vector<std::string>{"Side et"});
  CHECK(missing.pages[1].number == 2);
  CHECK(missing.pages[1].lines.empty());
  CHECK_FALSE(missing.pages[1].needs_ocr);
  REQUIRE(missing.warnings.size() == 1);
  CHECK(missing.warnings[0].code == "page-unreadable");
  CHECK(missing.warnings[0].page == 2);
}

TEST_CASE("pdf ingest: poppler's complaints never reach stderr", "[pdf]") {
  const std::string truncated = ReadFixture("truncated.pdf");
  const std::string empty = ReadFixture("empty_pages.pdf");
  const std::string written = CapturedStderr([&] {
    Document doc;
    CHECK(IngestPdf(truncated, IngestOptions(), &doc).code() == ErrorCode::kPdfDamaged);
    CHECK(IngestPdf(empty, IngestOptions(), &doc).code() == ErrorCode::kPdfNoPages);
  });
  CHECK(written == "");
}

TEST_CASE("pdf ingest: scanned pages need OCR", "[pdf]") {
  Document doc;
  const Status status = Ingest("image_only.pdf", &doc);
  CHECK(status.code() == ErrorCode::kNeedsOcr);
  CHECK(status.message() ==
        "no text layer on any page: scanned PDF needs OCR, which this build does not do yet");
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].needs_ocr);
  CHECK(doc.pages[0].lines.empty());
  CHECK(doc.pages[0].words.empty());

  // One scanned page among text pages is a warning, not a failure.
  const Document mixed = IngestOk("mixed.pdf");
  REQUIRE(mixed.pages.size() == 2);
  CheckInvariants(mixed);
  CHECK_FALSE(mixed.pages[0].needs_ocr);
  CHECK(mixed.pages[0].lines.size() == 4);
  CHECK(mixed.pages[1].needs_ocr);
  CHECK(mixed.pages[1].lines.empty());
  REQUIRE(mixed.warnings.size() == 1);
  CHECK(mixed.warnings[0].code == "page-needs-ocr");
  CHECK(mixed.warnings[0].page == 2);
  CHECK(mixed.warnings[0].message.find("page 2") != std::string::npos);
}

TEST_CASE("pdf ingest: IngestFile sniffs and reads a PDF", "[pdf]") {
  const std::string path = kFixtures + "statusskema.pdf";
  Result<Document> doc = IngestFile(path, IngestOptions());
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  CHECK(doc->media_type == "application/pdf");
  CHECK(doc->source_path == path);
  CHECK(doc->sha256.size() == 64);
  REQUIRE(doc->pages.size() == 3);
  CHECK(doc->pages[2].lines[1].text ==
        "Integrationsindsatser i relation\t2008\t2009\t2010\t2011\tI alt");

  const std::string encrypted = kFixtures + "encrypted.pdf";
  Result<Document> locked = IngestFile(encrypted, IngestOptions());
  CHECK(locked.status().code() == ErrorCode::kPdfEncrypted);
  CHECK(locked.status().message().find(encrypted) != std::string::npos);  // Names the file.
  IngestOptions options;
  options.password = "hemmelig";
  Result<Document> opened = IngestFile(encrypted, options);
  REQUIRE(opened.ok());
  CHECK(opened->pages[0].lines[3].text == "Dokumentnr.");

  CHECK(IngestFile(kFixtures + "truncated.pdf", IngestOptions()).status().code() ==
        ErrorCode::kPdfDamaged);
  CHECK(IngestFile(kFixtures + "empty_pages.pdf", IngestOptions()).status().code() ==
        ErrorCode::kPdfNoPages);
  CHECK(IngestFile(kFixtures + "image_only.pdf", IngestOptions()).status().code() ==
        ErrorCode::kNeedsOcr);
}

}  // namespace
}  // namespace bilag
