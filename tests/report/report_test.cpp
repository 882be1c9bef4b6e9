// The report on real seeds: every kind of value highlighted at its source with
// its rule in the tooltip, warnings at their lines and in the list, document
// text escaped; and on a synthetic scanned page: OCR word boxes and repairs.
#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "extractor/extractor.h"
#include "extractor/report/html.h"
#include "extractor/report/report.h"

namespace bilag::report {
namespace {

const std::string kSeeds = BILAG_SOURCE_DIR "/corpus/seeds/";

Extraction ExtractSeed(const std::string& name) {
  ExtractorOptions options;
  options.rule_dirs = {BILAG_SOURCE_DIR "/rules"};
  Result<Extractor> extractor = Extractor::Create(options);
  REQUIRE(extractor.ok());
  Outcome outcome = extractor->Extract(kSeeds + name);
  REQUIRE(outcome.status.ok());
  return std::move(*outcome.extraction);
}

std::string Report(const Extraction& extraction, const ScanImages& images = {}) {
  ReportWriter writer({"0.1.0", "abc"});
  writer.AddExtraction(extraction, images);
  return writer.Finish();
}

// The start tag of the <mark> that wraps exactly `inner` (as HTML), or "".
std::string MarkAround(const std::string& html, const std::string& inner) {
  size_t end = html.find(">" + inner + "</mark>");
  if (end == std::string::npos) return "";
  size_t begin = html.rfind("<mark ", end);
  return begin == std::string::npos ? "" : html.substr(begin, end + 1 - begin);
}

Line MakeLine(std::string text, int page, int number) {
  Line line;
  line.text = std::move(text);
  line.page = page;
  line.number = number;
  return line;
}

// The start tag of the <mark> whose tooltip starts with `title`, or "".
std::string MarkTitled(const std::string& html, const std::string& title) {
  size_t at = html.find("<mark class=\"");
  for (; at != std::string::npos; at = html.find("<mark class=\"", at + 1)) {
    size_t title_at = html.find(" title=\"", at);
    if (html.compare(title_at + 8, title.size(), title) == 0) {
      return html.substr(at, html.find('>', title_at) + 1 - at);
    }
  }
  return "";
}

// The line element numbered page:line, up to its end.
std::string LineElement(const std::string& html, const std::string& place) {
  size_t number = html.find("<b>" + place + "</b>");
  if (number == std::string::npos) return "";
  size_t begin = html.rfind("<div", number);
  return html.substr(begin, html.find("</div>", number) - begin);
}

TEST_CASE("seed 001: amounts, targets, budget cells, names and metadata are marked", "[report]") {
  std::string html = Report(ExtractSeed("001_eeed997eb7ee906a.txt"));

  std::string amount = MarkAround(html, "7,497 mio. kr.");
  CHECK(amount.find("class=\"a\"") != std::string::npos);
  CHECK(amount.find("amount: 7.497.000 kr.") != std::string::npos);
  CHECK(amount.find("rule money.million") != std::string::npos);
  // ... on the line the JSON names.
  CHECK(LineElement(html, "1:110").find(amount) != std::string::npos);

  // Total column of the "(i 1000 kr.)" table: the cell under "I alt".
  std::string budget = MarkAround(html, "35.913");
  CHECK(budget.find("class=\"b\"") != std::string::npos);
  CHECK(budget.find("Integrationsprojekter – samlet beløb · I alt · 35.913.000 kr.") !=
        std::string::npos);
  CHECK(budget.find("rule budget.year-columns") != std::string::npos);
  // "2000" is both the 2008 cell and the total of this row: each gets its own.
  std::string row = LineElement(html, "1:159");
  CHECK(row.find("Etnisk iværksætter · 2008 · 2.000.000 kr.") != std::string::npos);
  CHECK(row.find("Etnisk iværksætter · I alt · 2.000.000 kr.") != std::string::npos);
  CHECK(MarkAround(row, "(Se note 1)").find("note 1") != std::string::npos);

  std::string target = MarkAround(
      html, "At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008,");
  CHECK(target.find("class=\"g\"") != std::string::npos);
  CHECK(target.find("target: goal") != std::string::npos);
  CHECK(target.find("rule label.goal") != std::string::npos);

  // The heading "1.1 Indsats vedrørende etnisk iværksætteri" names it.
  std::string name = MarkAround(html, "etnisk iværksætteri");
  CHECK(name.find("class=\"i\"") != std::string::npos);
  CHECK(name.find("rule section.numbered-indsats") != std::string::npos);

  // The title holds the committee's mark ("Økonomiudvalget"s).
  std::string title =
      MarkTitled(html, "title: Økonomiudvalgets redegørelse for integrationsindsatsen");
  CHECK(title.find("class=\"m\"") != std::string::npos);
  CHECK(title.find("rule meta.title.title-role") != std::string::npos);

  // Table rows point at their marks and lines.
  size_t id_at = amount.find("id=\"d1v");
  REQUIRE(id_at != std::string::npos);
  std::string id = amount.substr(id_at + 7, amount.find('"', id_at + 7) - id_at - 7);
  CHECK(html.find("<tr data-go=\"1:110\" data-v=\"" + id + "\">") != std::string::npos);
}

TEST_CASE("seed 002: a goal written over three lines is marked on each of them", "[report]") {
  std::string html = Report(ExtractSeed("002_8629250c46b2c2d7.txt"));
  // "At 30 procent ... ultimo -" / "2014 sker ... løntilskud –" / "private
  // såvel som offentlige": the first line's mark has the id its row links to,
  // the others point to it.
  std::string first =
      MarkAround(html, "At 30 procent af aktiveringen af etniske minoriteter ultimo -");
  REQUIRE(first.find(" id=\"d1v") != std::string::npos);
  CHECK(first.find("class=\"g\"") != std::string::npos);
  size_t id_at = first.find(" id=\"d1v") + 8;
  std::string id = first.substr(id_at, first.find('"', id_at) - id_at);
  std::string second =
      MarkAround(html, "2014 sker i virksomhederne som enten praktik eller løntilskud –");
  std::string third = MarkAround(html, "private såvel som offentlige");
  for (const std::string& more : {second, third}) {
    CHECK(more.find("<mark class=\"g\" data-v=\"" + id + "\"") == 0);
    CHECK(more.find("target: goal · 2014 · 30 %") != std::string::npos);
  }
  CHECK(LineElement(html, "2:32").find(first) != std::string::npos);
  CHECK(LineElement(html, "2:33").find(second) != std::string::npos);
  CHECK(LineElement(html, "2:34").find(third) != std::string::npos);
  // The line after the value is not marked.
  CHECK(LineElement(html, "2:35").find("<mark") == std::string::npos);
}

// A target's unit is written as the rules write it: the first word of the
// first [[percent_unit]] of its kind.
TEST_CASE("seed 002: a target's percent unit is the rules' word", "[report]") {
  const Extraction extraction = ExtractSeed("002_8629250c46b2c2d7.txt");
  ValueVocabulary vocabulary = BuiltinVocabulary();
  for (PercentWords& unit : vocabulary.percent_units) {
    if (!unit.points) unit.words.insert(unit.words.begin(), "pct.");
  }
  ReportWriter writer({"0.1.0", "abc", &vocabulary});
  writer.AddExtraction(extraction);
  const std::string html = writer.Finish();
  CHECK(html.find("target: goal \u00b7 2014 \u00b7 30 pct.") != std::string::npos);
  CHECK(Report(extraction).find("target: goal \u00b7 2014 \u00b7 30 %") != std::string::npos);
}

TEST_CASE("seed 003: each initiative's row shows its theme", "[report]") {
  Extraction extraction = ExtractSeed("003_4de6b8aa97016e05.txt");
  std::string html = Report(extraction);
  size_t with_theme = 0;
  for (const Initiative& initiative : extraction.initiatives) {
    if (!initiative.theme) continue;
    ++with_theme;
    INFO(initiative.name);
    CHECK(html.find("<td class=\"theme\">" + Escaped(*initiative.theme) +
                    "</td><td><span class=\"badge i\">" + Escaped(initiative.name) + "</span>") !=
          std::string::npos);
  }
  CHECK(with_theme >= 5);
  CHECK(html.find("<th>theme</th>") != std::string::npos);
}

TEST_CASE("seed 001: warnings are at their lines and in the list", "[report]") {
  std::string html = Report(ExtractSeed("001_eeed997eb7ee906a.txt"));
  std::string line = LineElement(html, "1:99");
  CHECK(line.find("class=\"wv\"") != std::string::npos);
  CHECK(line.find("<span class=\"wn\">\u26a0 amount-unparsed: &#39;Økonomi&#39; of "
                  "&#39;Præmieordning&#39; states no amount") != std::string::npos);
  CHECK(html.find("<summary>Warnings <span class=\"count\">") != std::string::npos);
  CHECK(html.find("<tr class=\"warn\" data-go=\"1:138\"><td class=\"key\">amount-unparsed</td>") !=
        std::string::npos);
}

TEST_CASE("seed 003: document text is escaped", "[report]") {
  std::string html = Report(ExtractSeed("003_4de6b8aa97016e05.txt"));
  CHECK(html.find("Vækst&amp;Mangfoldighed") != std::string::npos);
  CHECK(html.find("Vækst&Mangfoldighed") == std::string::npos);
  // The seed's HTML cells became text; none of its tags reach the page.
  CHECK(html.find("<p>") == std::string::npos);
  CHECK(html.find("<li>") == std::string::npos);
}

TEST_CASE("hostile text, paths and messages cannot add markup", "[report]") {
  Extraction extraction;
  Document& doc = extraction.document;
  doc.source_path = "a\"<b>.txt";
  doc.media_type = "text/plain";
  doc.pages.push_back({});
  doc.pages[0].number = 1;
  doc.pages[0].lines.push_back(MakeLine("</div><script>alert('x')</script> & 2 mio. kr.", 1, 1));
  doc.AddWarning("odd", "<img src=x onerror=alert(1)>", 1, 1);
  Initiative initiative;
  initiative.name = "<b>Navn</b>";
  initiative.page = 1;
  initiative.line = 1;
  initiative.rule = "r\"1";
  initiative.amounts.push_back(
      {2000000, std::nullopt, false, false, "2 mio. kr.", 1, 1, "a'1", std::nullopt});
  extraction.initiatives.push_back(initiative);
  std::string html = Report(extraction);
  CHECK(html.find("alert('x')") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("a\"<b>") == std::string::npos);
  CHECK(html.find("&lt;/div&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ") !=
        std::string::npos);
  CHECK(MarkAround(html, "2 mio. kr.").find("rule a&#39;1") != std::string::npos);
  // The name is not in its line: the whole line is marked, its tooltip escaped.
  CHECK(html.find("<div class=\"wl i wv\" title=\"initiative 1: &lt;b&gt;Navn&lt;/b&gt;\nrule "
                  "r&quot;1\">") != std::string::npos);
  // The only script is the report's own.
  CHECK(html.find("<script>") == html.rfind("<script>"));
}

// One scanned page: "Økonomi 2 mio. kr.", "Økonomi" repaired from "@konomi",
// "2 mio. kr." an amount, "2" read with low confidence.
Extraction ScannedPage() {
  Extraction extraction;
  Document& doc = extraction.document;
  doc.source_path = "scan.png";
  doc.media_type = "image/png";
  Page page;
  page.number = 1;
  page.width = 600;
  page.height = 800;
  page.words = {{"Økonomi", {60, 78, 150, 102}, 0, 91},
                {"2", {160, 80, 170, 100}, 0, 45},
                {"mio.", {175, 80, 210, 100}, 0, 88},
                {"kr.", {215, 80, 240, 100}, 0, 90}};
  Line line = MakeLine("Økonomi 2 mio. kr.", 1, 1);
  line.words = {0, 1, 2, 3};
  page.lines.push_back(line);
  doc.pages.push_back(page);
  doc.corrections.push_back({"@konomi", "Økonomi", 1, 1, "ocr.at-sign-oe"});
  Initiative initiative;
  initiative.name = "Ukendt";
  initiative.amounts.push_back(
      {2000000, std::nullopt, false, false, "2 mio. kr.", 1, 1, "amt", std::nullopt});
  extraction.initiatives.push_back(initiative);
  return extraction;
}

// The id of the mark drawn around `inner` in the text ("d1v7" -> "7").
std::string MarkId(const std::string& html, const std::string& inner) {
  std::string mark = MarkAround(html, inner);
  size_t at = mark.find("id=\"d1v");
  if (at == std::string::npos) return "";
  return mark.substr(at + 7, mark.find('"', at + 7) - at - 7);
}

TEST_CASE("scanned page: OCR words at their boxes, repairs marked", "[report]") {
  std::string html = Report(ScannedPage());
  CHECK(html.find("OCR: 4 words, mean confidence 78,5, 1 below 60") != std::string::npos);
  CHECK(html.find("<div class=\"scan\" style=\"aspect-ratio:600/800\">") != std::string::npos);
  // No image: no image, no toggle, no note about a missing one.
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("class=\"tog\"") == std::string::npos);
  CHECK(html.find("class=\"pvf\"") == std::string::npos);
  // Each value's tooltip once per page, with the id of its mark and row.
  const std::string repair_id = MarkId(html, "Økonomi");
  const std::string amount_id = MarkId(html, "2 mio. kr.");
  REQUIRE_FALSE(repair_id.empty());
  REQUIRE_FALSE(amount_id.empty());
  CHECK(html.find("{\"t\":[[" + repair_id + ",\"OCR repair: «@konomi» → «Økonomi»\\nrule " +
                  "ocr.at-sign-oe\"],[" + amount_id + ",\"amount: 2.000.000 kr.") !=
        std::string::npos);
  // Word 2 of the amount: 160/600 = 26.67% left, 10% top, marked as amount
  // (tooltip 1); its font: the line's median word height 20 / 600 * 100 *
  // 0.9 = 3 cqw.
  CHECK(html.find("[26.67,10,1.67,2.5,3,45,\"a\",\"2\",1]") != std::string::npos);
  // A taller box (capital Ø) keeps the line's font size and top.
  CHECK(html.find("[10,10,15,2.5,3,91,\"x\",\"Økonomi\",0]") != std::string::npos);
  std::string repair = MarkAround(html, "Økonomi");
  CHECK(repair.find("class=\"x\"") != std::string::npos);
  CHECK(repair.find("OCR repair: «@konomi» → «Økonomi»") != std::string::npos);
  CHECK(repair.find("rule ocr.at-sign-oe") != std::string::npos);
  // The initiative has no place: its amount still is in the text.
  CHECK(MarkAround(html, "2 mio. kr.").find("class=\"a\"") != std::string::npos);
}

TEST_CASE("scanned page with its image: boxes over the image", "[report]") {
  ScanImages images;
  images.emplace(1, ScanImage{"image/png", std::string("\x89PNG\0\xff\xfe", 7)});
  std::string html = Report(ScannedPage(), images);
  CHECK(html.find("<div class=\"scan pic\" style=\"aspect-ratio:600/800\"><img alt=\"page 1 as "
                  "scanned\" data-src=\"data:image/png;base64,iVBORwD//g==\"><script") !=
        std::string::npos);
  CHECK(html.find("<button type=\"button\" class=\"tog\">show OCR text</button></h3>") !=
        std::string::npos);
  // Over the image a word's box spans the line's ink: from the top of "Ø"
  // (78 / 800 = 9.75%) to the lowest bottom (102: 3% high); the font stays.
  CHECK(html.find("[10,9.75,15,3,3,91,\"x\",\"Økonomi\",0]") != std::string::npos);
  CHECK(html.find("[26.67,9.75,1.67,3,3,45,\"a\",\"2\",1]") != std::string::npos);
  CHECK(html.find("[35.83,9.75,4.17,3,3,90,\"a\",\"kr.\",1]") != std::string::npos);
  // The text is still there too, with its marks.
  CHECK(MarkAround(html, "2 mio. kr.").find("class=\"a\"") != std::string::npos);
}

TEST_CASE("a page whose image failed says so and shows its words as text", "[report]") {
  ScanImages images;
  images.emplace(1, Status::Error(ErrorCode::kRenderFailed, "poppler could not <render> the page"));
  std::string html = Report(ScannedPage(), images);
  CHECK(html.find("<p class=\"pvf\">No page image (render-failed: poppler could not "
                  "&lt;render&gt; the page): the OCR words are shown as text at their "
                  "places.</p><div class=\"scan\" style=\"aspect-ratio:600/800\">") !=
        std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("[26.67,10,1.67,2.5,3,45,\"a\",\"2\",1]") != std::string::npos);
}

TEST_CASE("a part split off a bundle keeps the bundle's page numbers", "[report]") {
  Extraction extraction;
  Document& doc = extraction.document;
  doc.source_path = "bundle.pdf";
  for (int number : {5, 6}) {
    Page page;
    page.number = number;
    page.lines.push_back(MakeLine("Økonomi: 2 mio. kr.", number, 1));
    doc.pages.push_back(page);
  }
  doc.AddWarning("odd", "on a line the page does not have", 6, 99);
  Initiative initiative;
  initiative.name = "Indsats";
  initiative.amounts.push_back(
      {2000000, std::nullopt, false, false, "2 mio. kr.", 6, 1, "amt", std::nullopt});
  extraction.initiatives.push_back(initiative);
  std::string html = Report(extraction);
  CHECK(html.find("<section class=\"page\" id=\"d1p6\"") != std::string::npos);
  CHECK(LineElement(html, "6:1").find(">2 mio. kr.</mark>") != std::string::npos);
  CHECK(LineElement(html, "5:1").find("<mark") == std::string::npos);
  // The warning goes to its page, and its row links to the page.
  CHECK(html.find("<div class=\"pw\"><span class=\"wn\">\u26a0 odd: on a line") !=
        std::string::npos);
  CHECK(html.find("<tr class=\"warn\" data-go=\"6:0\">") != std::string::npos);
}

TEST_CASE("two amounts with the same text on a line take one occurrence each", "[report]") {
  Extraction extraction;
  Document& doc = extraction.document;
  doc.pages.push_back({});
  doc.pages[0].number = 1;
  doc.pages[0].lines.push_back(MakeLine("50 mio. kr. fra KK og 50 mio. kr. fra Realdania", 1, 1));
  Initiative initiative;
  initiative.name = "Partnerskab";
  for (int i = 0; i < 2; ++i) {
    initiative.amounts.push_back(
        {50000000, std::nullopt, false, false, "50 mio. kr.", 1, 1, "money.million", std::nullopt});
  }
  extraction.initiatives.push_back(initiative);
  std::string line = LineElement(Report(extraction), "1:1");
  CHECK(line.find(">50 mio. kr.</mark> fra KK og <mark") != std::string::npos);
  CHECK(line.find(">50 mio. kr.</mark> fra Realdania") != std::string::npos);
}

// A date field read from a line written with an abbreviated month ("9. okt.
// 2008"): the mark is on the date, found with the vocabulary's month words
// ([[month]]), not on the whole line.
TEST_CASE("a metadata date written with an abbreviated month is marked where it stands",
          "[report]") {
  Extraction extraction;
  Document& doc = extraction.document;
  doc.pages.push_back({});
  doc.pages[0].number = 1;
  doc.pages[0].lines.push_back(
      MakeLine("Socialforvaltningen 9. okt. 2008 Sagsnr. 2008-123456", 1, 1));
  extraction.info.date = "2008-10-09";
  extraction.info.provenance["date"] = {1, 1, "meta.date.before-label", std::nullopt};
  const std::string html = Report(extraction);
  CHECK(MarkAround(html, "9. okt. 2008").find("meta.date.before-label") != std::string::npos);
}

TEST_CASE("a failed input is a section of its own, and output is deterministic", "[report]") {
  Extraction seed = ExtractSeed("004_d1d70512bbcf75c7.txt");
  auto build = [&seed] {
    ReportWriter writer({"0.1.0", ""});
    writer.AddExtraction(seed);
    writer.AddFailure("missing.pdf",
                      Status::Error(ErrorCode::kFileNotFound, "missing.pdf: no such file"));
    return writer.Finish();
  };
  std::string html = build();
  CHECK(html.find("<section class=\"doc failed\" id=\"d2\" data-doc=\"2\">") != std::string::npos);
  CHECK(html.find("file-not-found: missing.pdf: no such file") != std::string::npos);
  CHECK(html.find("2 documents (1 failed)") != std::string::npos);
  CHECK(html == build());
}

}  // namespace
}  // namespace bilag::report
