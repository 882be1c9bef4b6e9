// IngestText on the seeds and on small inputs for each structure it reads:
// page marks and form feeds, blank lines, markdown, tab-separated and pipe
// tables, HTML in cells and whole HTML documents.
#include "extractor/ingest/text_ingest.h"

#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace bilag {
namespace {

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(BILAG_SOURCE_DIR) + "/corpus/seeds/" + name + ".txt",
                   std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Document Ingest(const std::string& bytes) {
  Document doc;
  Status status = IngestText(bytes, &doc);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return doc;
}

std::vector<const Line*> AllLines(const Document& doc) {
  std::vector<const Line*> lines;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) lines.push_back(&line);
  }
  return lines;
}

// The first line that satisfies `pred`; fails the test when there is none.
const Line& Find(const Document& doc, const std::function<bool(const Line&)>& pred) {
  for (const Line* line : AllLines(doc)) {
    if (pred(*line)) return *line;
  }
  FAIL("no such line");
  static const Line kNone;
  return kNone;
}

const Line& FirstCell(const Document& doc, const std::string& first_cell) {
  INFO("first cell: " << first_cell);
  return Find(doc, [&](const Line& line) {
    return !line.cells.empty() && line.cells[0].text == first_cell;
  });
}

std::vector<const Line*> RowLines(const Document& doc, int row) {
  std::vector<const Line*> lines;
  for (const Line* line : AllLines(doc)) {
    if (line->row == row) lines.push_back(line);
  }
  return lines;
}

void CheckNumbering(const Document& doc) {
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    REQUIRE(doc.pages[p].number == static_cast<int>(p) + 1);
    for (size_t i = 0; i < doc.pages[p].lines.size(); ++i) {
      CHECK(doc.pages[p].lines[i].page == static_cast<int>(p) + 1);
      CHECK(doc.pages[p].lines[i].number == static_cast<int>(i) + 1);
    }
  }
}

// Line::text is the cells joined by '\t' (document.h invariant).
void CheckCellText(const Document& doc) {
  for (const Line* line : AllLines(doc)) {
    if (line->cells.empty()) continue;
    std::string joined;
    for (size_t c = 0; c < line->cells.size(); ++c) {
      if (c > 0) joined += '\t';
      joined += line->cells[c].text;
      CHECK(line->cells[c].column == static_cast<int>(c));
    }
    CHECK(line->text == joined);
    CHECK(line->kind == LineKind::kTableRow);
  }
}

void CheckNoMarkup(const Document& doc) {
  for (const Line* line : AllLines(doc)) {
    INFO(line->page << ":" << line->number << " " << line->text);
    for (const char* markup :
         {"<p>", "</p>", "<li>", "<ul", "<b>", "</b>", "<br", "&amp;", "&nbsp;", "**", "-----"}) {
      CHECK(line->text.find(markup) == std::string::npos);
    }
  }
}

std::vector<std::string> Texts(const Page& page) {
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

using Texts_ = std::vector<std::string>;

TEST_CASE("seed 001: headings, bold lines, key/value tables with <li> cells", "[text_ingest]") {
  Document doc = Ingest(ReadSeed("001_eeed997eb7ee906a"));
  CheckNumbering(doc);
  CheckCellText(doc);
  CheckNoMarkup(doc);
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.warnings.empty());

  // Leading blank lines go; "## Bilag 1:" is the first line.
  const Line& bilag = doc.pages[0].lines[0];
  CHECK(bilag.kind == LineKind::kHeading);
  CHECK(bilag.heading_level == 2);
  CHECK(bilag.text == "Bilag 1:");
  const Line& title = doc.pages[0].lines[2];
  CHECK(title.kind == LineKind::kHeading);
  CHECK(title.heading_level == 3);
  CHECK(title.text == "Økonomiudvalgets redegørelse for integrationsindsatsen");
  const Line& h14 = Find(doc, [](const Line& l) { return l.text.starts_with("1.4 Indsats"); });
  CHECK(h14.kind == LineKind::kHeading);
  CHECK(h14.heading_level == 4);

  const Line& ad1 = Find(doc, [](const Line& l) { return l.text.starts_with("Ad 1:"); });
  CHECK(ad1.bold);
  CHECK(ad1.kind == LineKind::kText);
  CHECK(ad1.text.ends_with("(enkeltindsatser)."));

  // 1.1's "Indsatsens mål" row: one Line per <li>, sharing table and row.
  const Line& goal = FirstCell(doc, "Indsatsens mål");
  std::vector<const Line*> goal_lines = RowLines(doc, goal.row);
  REQUIRE(goal_lines.size() == 3);
  CHECK(goal_lines[0]->cells[1].text ==
        "- At mindst 150 etniske iværksættere og virksomheder modtager rådgivning i 2008,");
  CHECK(goal_lines[1]->cells[0].text.empty());
  CHECK(goal_lines[1]->cells[1].text ==
        "- At Københavns Erhvervscenter indgår i div. projekter omkring målgruppen,");
  CHECK(goal_lines[2]->cells[1].text.starts_with("- At Københavns Erhvervscenter arbejder"));
  for (const Line* line : goal_lines) {
    CHECK(line->table == goal.table);
    CHECK(line->cells.size() == 2);
    CHECK(line->number == goal_lines[0]->number + (line - goal_lines[0]));
  }

  // The rows of 1.1 are one table, across the blank line before "Status".
  const Line& name = FirstCell(doc, "Navn på indsats");
  CHECK(name.table == 1);
  CHECK(name.row == 1);
  CHECK(name.cells[1].text == "Etnisk iværksætteri");
  CHECK(goal.table == 1);
  CHECK(goal.row == 5);
  const Line& status = FirstCell(doc, "Status ift. målopfyldelse");
  CHECK(status.table == 1);
  CHECK(RowLines(doc, status.row).size() == 4);

  // "<b>Navn på indsats</b>\t<b>Mangfoldighedskorps</b>": a bold row.
  const Line& korps = Find(doc, [](const Line& l) {
    return l.cells.size() == 2 && l.cells[1].text == "Mangfoldighedskorps";
  });
  CHECK(korps.bold);
  CHECK(korps.cells[0].text == "Navn på indsats");
  CHECK(korps.table == 3);
  CHECK_FALSE(goal.bold);

  // 1.8: the status row after "---\t---" and a blank line continues the table.
  const Line& clauses = FirstCell(doc, "Navn på indsats:");
  const Line& clauses_status = Find(doc, [&](const Line& l) {
    return l.table == clauses.table && !l.cells.empty() &&
           l.cells[0].text == "Status ift. målopfyldelse";
  });
  CHECK(clauses_status.row > clauses.row);
  CHECK(clauses_status.cells[1].text.starts_with("Gennemførte aktiviteter:"));

  // The budget table: six columns, empty cells kept in place.
  const Line& budget = FirstCell(doc, "Etnisk iværksætter");
  REQUIRE(budget.cells.size() == 6);
  CHECK(budget.text == "Etnisk iværksætter\t2000\t(Se note 1)\t\t\t2000");
  CHECK(budget.cells[2].text == "(Se note 1)");
  CHECK(budget.cells[2].column == 2);
  CHECK(budget.cells[3].text.empty());
  CHECK(budget.cells[5].text == "2000");
  CHECK(budget.table == 9);
  const Line& header =
      Find(doc, [](const Line& l) { return l.cells.size() == 6 && l.cells[1].text == "2008"; });
  CHECK(header.bold);
  CHECK(header.cells[0].text ==
        "Integrationsindsatser i relation til mål i integrationspolitikken (i 1000 kr.)");
  CHECK(header.table == budget.table);
  const Line& total = FirstCell(doc, "I alt");
  CHECK(total.bold);
  CHECK(total.cells[5].text == "135.913");
  CHECK(total.row == budget.row + 10);
  // The footnotes after the table are text again.
  const Line& note = Find(doc, [](const Line& l) { return l.text.starts_with("- 1) Fra 2009"); });
  CHECK(note.kind == LineKind::kText);
  CHECK(note.table == 0);
  // "Ja: X \u00a0\u00a0 Nej:" keeps its no-break spaces for normalise.
  CHECK(Find(doc, [](const Line& l) {
          return l.text.find("Ja: X \xc2\xa0\xc2\xa0 Nej:") != std::string::npos;
        }).row != 0);
}

TEST_CASE("seed 002: a page mark starts page 2", "[text_ingest]") {
  Document doc = Ingest(ReadSeed("002_8629250c46b2c2d7"));
  CheckNumbering(doc);
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[0].lines.front().text == "Beskæftigelses- og Integrationsudvalgets handleplan");
  CHECK(doc.pages[0].lines.back().text ==
        "Integrationsudvalgets handleplan er følgende resultatmål:");
  CHECK(doc.pages[0].lines.size() == 21);
  CHECK(doc.pages[1].lines[0].text == "Side 2 af 4");
  CHECK(doc.pages[1].lines[0].page == 2);
  CHECK(doc.pages[1].lines[0].number == 1);
  CHECK(doc.pages[1].lines[1].text.empty());
  CHECK(doc.pages[1].lines[2].text ==
        "at overledigheden blandt indvandrere og efterkommere med 1.");
  // Raw ingest keeps the source's trailing spaces and list dashes.
  CHECK(doc.pages[1].lines.back().text == "eksisterende budget.");
  for (const Line* line : AllLines(doc)) CHECK(line->table == 0);
}

TEST_CASE("seed 003: HTML cells flattened, captions start tables", "[text_ingest]") {
  Document doc = Ingest(ReadSeed("003_4de6b8aa97016e05"));
  CheckNumbering(doc);
  CheckCellText(doc);
  CheckNoMarkup(doc);
  REQUIRE(doc.pages.size() == 1);

  const Line& first = doc.pages[0].lines[0];
  REQUIRE(first.cells.size() == 3);
  CHECK(first.cells[0].text == "Statusrapport for Bland dig i byen 2013 BEDRE BORGERSERVICE");
  CHECK(first.cells[1].text.empty());
  CHECK(first.cells[2].text.empty());
  CHECK(first.table == 1);
  CHECK(doc.pages[0].lines[1].text == "Indsatser\tSucceskriterier\tStatus");

  // A continuation row (empty first cells) after a blank line stays in table 1.
  const Line& more = Find(doc, [](const Line& l) {
    return l.cells.size() == 3 && l.cells[0].text.empty() &&
           l.cells[2].text.starts_with("Der er afholdt lederworkshops");
  });
  CHECK(more.table == 1);
  CHECK(RowLines(doc, more.row).size() == 2);

  const Line& inklusion = FirstCell(doc, "Handleplan 2013: INKLUSION VIA PARTNERSKABER");
  CHECK(inklusion.table == 2);
  const Line& sammen = FirstCell(doc, "Handleplan 2013: SAMMENHÆNGSKRAFT");
  CHECK(sammen.table == 3);
  CHECK(sammen.bold);
  CHECK(FirstCell(doc, "Mangfoldighedsevents").table == 3);

  // &amp; decoded; the <b> title that opens the paragraph gets its own line,
  // so it is not run together with the description after it.
  const Line& flagskib = Find(doc, [](const Line& l) {
    return !l.cells.empty() && l.cells[0].text.starts_with("Flagskib II:");
  });
  CHECK(flagskib.cells[0].text == "Flagskib II: Vækst&Mangfoldighed-værktøjskassen");
  std::vector<const Line*> flagskib_lines = RowLines(doc, flagskib.row);
  REQUIRE(flagskib_lines.size() == 3);
  CHECK(flagskib_lines[1]->cells[0].text.starts_with("Værktøjskassen er en online"));
  CHECK(flagskib_lines[0]->cells[1].text ==
        "- Formidling af værktøjskassen på relevante konferencer/events målrettet erhvervslivet");
  CHECK(flagskib_lines[2]->cells[1].text ==
        "- 80 pct. af chartervirksomhederne finder værktøjskassen relevant og brugbar.");
  CHECK(flagskib_lines[1]->cells[2].text.empty());

  // <ul><li> inside the status column of Flagskib I.
  const Line& hotel = Find(doc, [](const Line& l) {
    return l.cells.size() == 3 && l.cells[2].text == "- Hotel- og restauration";
  });
  CHECK(hotel.cells[0].text.starts_with("Formålet er at styrke virksomhedernes"));
  // Inline <i> is dropped without breaking the line.
  Find(doc, [](const Line& l) {
    return l.cells.size() == 3 &&
           l.cells[2].text.starts_with(
               "2013: Det kurdisk/iransk/central asiatiske Newroz (marts), det islamiske Eid");
  });
}

TEST_CASE("seed 000: raw OCR text is kept line by line", "[text_ingest]") {
  Document doc = Ingest(ReadSeed("000_7fcc06969d5505f7"));
  CheckNumbering(doc);
  REQUIRE(doc.pages.size() == 1);
  const Page& page = doc.pages[0];
  CHECK(page.lines[0].text == " Resultater og mal for integrationsindsatsen 2005-2007");
  CHECK(page.lines[1].text.empty());
  CHECK(page.lines[2].text == "@konomiforvaltningen");
  CHECK(page.lines.back().text == "Brandvasen");  // trailing blank lines dropped
  CHECK(page.lines.size() == 227);
  for (const Line& line : page.lines) {
    CHECK(line.kind == LineKind::kText);
    CHECK(line.table == 0);
  }
}

TEST_CASE("seed 004: a bold span over two lines, two small tables", "[text_ingest]") {
  Document doc = Ingest(ReadSeed("004_d1d70512bbcf75c7"));
  CheckNumbering(doc);
  CheckCellText(doc);
  CheckNoMarkup(doc);
  REQUIRE(doc.pages.size() == 1);
  CHECK(doc.pages[0].lines[0].text == "Til Beskæftigelses- og Integrationsudvalget");
  const Line& header = FirstCell(doc, "Mål 2011");
  CHECK(header.text == "Mål 2011\tResultatkrav 2011\tResultatkrav 2010\tResultat 2008");
  CHECK(header.table == 1);
  const Line& joy = Find(doc, [](const Line& l) { return l.text == "60107 - MR-Udsatte - Joy"; });
  CHECK(joy.bold);
  const Line& next = doc.pages[0].lines[static_cast<size_t>(joy.number)];
  CHECK(next.text == "Torpdahl");
  CHECK(next.bold);
  CHECK_FALSE(doc.pages[0].lines[static_cast<size_t>(joy.number) + 2].bold);
  const Line& data = Find(doc, [](const Line& l) { return l.text.starts_with("Andelen af"); });
  REQUIRE(data.cells.size() == 4);
  CHECK(data.cells[1].text == "6,8 pct.");
  CHECK(data.cells[3].text == "6,2 pct.");
  CHECK(data.table == 2);
}

TEST_CASE("form feeds start pages", "[text_ingest]") {
  Document doc = Ingest("side one\fside two\n\fthree\nfour\f");
  REQUIRE(doc.pages.size() == 3);
  CHECK(Texts(doc.pages[0]) == Texts_{"side one"});
  CHECK(Texts(doc.pages[1]) == Texts_{"side two"});
  CHECK(Texts(doc.pages[2]) == Texts_{"three", "four"});
  CheckNumbering(doc);

  // An empty page between two form feeds is kept; a leading one starts none.
  Document blank_page = Ingest("\fa\f\fb");
  REQUIRE(blank_page.pages.size() == 3);
  CHECK(blank_page.pages[1].lines.empty());
  CHECK(Texts(blank_page.pages[2]) == Texts_{"b"});
}

TEST_CASE("page marks start or end pages", "[text_ingest]") {
  Document ends = Ingest("a\nSide 1 af 2\n\nb\n");
  REQUIRE(ends.pages.size() == 2);
  CHECK(Texts(ends.pages[0]) == Texts_{"a", "Side 1 af 2"});
  CHECK(Texts(ends.pages[1]) == Texts_{"b"});

  Document starts = Ingest("a\n\n   side 2/3  \nb");
  REQUIRE(starts.pages.size() == 2);
  CHECK(Texts(starts.pages[0]) == Texts_{"a"});
  CHECK(Texts(starts.pages[1]) == Texts_{"side 2/3", "b"});
  CheckNumbering(starts);

  Document plain = Ingest("a\nSide 2\nb\nSide 3 af 3\nc");
  REQUIRE(plain.pages.size() == 3);
  CHECK(plain.pages[2].lines[0].text == "Side 3 af 3");

  // A mark for a page that is not next, or that is not alone on its line, is text.
  Document text = Ingest("a\nSide 5 af 9\nSide 2 af 1\nSe side 2 af 4\nb");
  CHECK(text.pages.size() == 1);
  CHECK(text.pages[0].lines.size() == 5);

  // A mark at the top of a page already started by a form feed opens no other.
  Document both = Ingest("a\nSide 1 af 2\n\fSide 2 af 2\nb");
  REQUIRE(both.pages.size() == 2);
  CHECK(Texts(both.pages[1]) == Texts_{"Side 2 af 2", "b"});
  Document first = Ingest("Side 1 af 2\na\nSide 2 af 2\nb");
  REQUIRE(first.pages.size() == 2);
  CHECK(Texts(first.pages[0]) == Texts_{"Side 1 af 2", "a"});
}

TEST_CASE("where form feeds end the pages, a page mark ends none", "[text_ingest]") {
  // pdftotext without -layout: the running header with its mark at the
  // page's top, a form feed at its end.
  Document doc = Ingest("Kommune\nSide 1 af 2\n\nBilag 4\nb\n\fKommune\nSide 2 af 2\nc\n\f");
  REQUIRE(doc.pages.size() == 2);
  CHECK(Texts(doc.pages[0]) == Texts_{"Kommune", "Side 1 af 2", "", "Bilag 4", "b"});
  CHECK(Texts(doc.pages[1]) == Texts_{"Kommune", "Side 2 af 2", "c"});
  CheckNumbering(doc);
}

TEST_CASE("blank lines kept inside, dropped at the start and page ends", "[text_ingest]") {
  Document doc = Ingest("\n \n\ta\n\n\nb\n\n \n");
  REQUIRE(doc.pages.size() == 1);
  CHECK(Texts(doc.pages[0]) == Texts_{"\ta", "", "", "b"});
  CHECK(doc.pages[0].lines[0].kind == LineKind::kText);  // leading tab, no table open
}

TEST_CASE("CRLF and CR line ends", "[text_ingest]") {
  Document doc = Ingest("a\r\nb\rc\r\n");
  REQUIRE(doc.pages.size() == 1);
  CHECK(Texts(doc.pages[0]) == Texts_{"a", "b", "c"});
}

TEST_CASE("markdown headings and bold", "[text_ingest]") {
  Document doc = Ingest("###### Six ##\n####### Seven\n#hashtag\n**Fed linje**\nEt **fed** ord");
  const std::vector<Line>& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].kind == LineKind::kHeading);
  CHECK(lines[0].heading_level == 6);
  CHECK(lines[0].text == "Six");
  CHECK(lines[1].kind == LineKind::kText);
  CHECK(lines[1].text == "####### Seven");
  CHECK(lines[2].text == "#hashtag");
  CHECK(lines[3].text == "Fed linje");
  CHECK(lines[3].bold);
  CHECK(lines[4].text == "Et fed ord");
  CHECK_FALSE(lines[4].bold);
}

TEST_CASE("markdown pipe tables", "[text_ingest]") {
  Document doc = Ingest(
      "| Navn | Beløb |\n|:-----|------:|\n| Etnisk \\| iværksætter | 2.000 |\n"
      "| **I alt** | **2.000** |\nefter");
  const std::vector<Line>& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "Navn\tBeløb");
  CHECK(lines[1].cells.size() == 2);
  CHECK(lines[1].cells[0].text == "Etnisk | iværksætter");
  CHECK(lines[1].cells[1].text == "2.000");
  CHECK(lines[2].bold);
  CHECK(lines[2].text == "I alt\t2.000");
  CHECK(lines[0].table == 1);
  CHECK(lines[2].table == 1);
  CHECK(lines[0].row == 1);
  CHECK(lines[1].row == 2);
  CHECK(lines[2].row == 3);
  CHECK(lines[3].kind == LineKind::kText);
  CheckCellText(doc);
}

TEST_CASE("tab rows: tables, blank lines and continuation rows", "[text_ingest]") {
  Document doc = Ingest(
      "a\tb\n\nc\td\n"       // one table across a blank line
      "Tekst\n"              // text ends it
      "e\tf\n\ng\th\ti\n"    // another width after a blank line: a new table
      "\tmore\n"             // leading tab with a table open: a continuation row
      "\n\n\n\nj\tk\tl\n");  // four blank lines: a new table
  std::vector<const Line*> lines = AllLines(doc);
  REQUIRE(lines.size() == 13);
  CHECK(lines[0]->table == 1);
  CHECK(lines[2]->table == 1);
  CHECK(lines[1]->table == 0);
  CHECK(lines[3]->table == 0);
  CHECK(lines[4]->table == 2);
  CHECK(lines[6]->table == 3);
  CHECK(lines[7]->table == 3);
  CHECK(lines[7]->cells.size() == 2);
  CHECK(lines[7]->cells[0].text.empty());
  CHECK(lines[7]->cells[1].text == "more");
  CHECK(lines[12]->table == 4);
  // With no table open a leading tab is indentation: text, markup removed.
  Document indented = Ingest("Tekst\n\t<p><b>Fed</b></p>\n");
  REQUIRE(indented.pages[0].lines.size() == 2);
  CHECK(indented.pages[0].lines[1].kind == LineKind::kText);
  CHECK(indented.pages[0].lines[1].text == "\tFed");
  CHECK(indented.pages[0].lines[1].bold);
  CHECK(indented.pages[0].lines[1].table == 0);
  std::vector<int> rows;
  for (const Line* line : lines) {
    if (line->row != 0) rows.push_back(line->row);
  }
  CHECK(rows == std::vector<int>{1, 2, 3, 4, 5, 6});
  CheckCellText(doc);
}

TEST_CASE("HTML in cells: block tags split, inline tags and entities go", "[text_ingest]") {
  Document doc = Ingest(
      "<b>Mål</b>\t<ul style=\"x\"> <li>en</li> <li>to &amp; tre</li> </ul>\t<p>a<br>b<br/>c</p>\n"
      "<span class=\"x\">&#230;&#xF8;&#229;&nbsp;&lt;5 år</span>\t<i>x</i> <5 år\t<Navn>");
  std::vector<const Line*> lines = AllLines(doc);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0]->text == "Mål\ten\ta");
  CHECK(lines[1]->text == "\tto & tre\tb");
  CHECK(lines[2]->text == "\t\tc");
  CHECK(lines[0]->row == lines[2]->row);
  CHECK_FALSE(lines[0]->bold);
  CHECK(lines[3]->cells[0].text == "æøå\xc2\xa0<5 år");
  CHECK(lines[3]->cells[1].text == "x <5 år");
  CHECK(lines[3]->cells[2].text == "<Navn>");
  CheckCellText(doc);
}

TEST_CASE("HTML in a whole line", "[text_ingest]") {
  Document doc = Ingest("<p>Første</p> <p>Anden &amp; sidste</p>\n<b>Fed</b>\n<h2>Titel</h2>");
  const std::vector<Line>& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "Første");
  CHECK(lines[1].text == "Anden & sidste");
  CHECK(lines[2].text == "Fed");
  CHECK(lines[2].bold);
  CHECK(lines[3].kind == LineKind::kHeading);
  CHECK(lines[3].heading_level == 2);
  CHECK(lines[3].text == "Titel");
}

TEST_CASE("whole HTML documents: <tr> rows, <td> cells", "[text_ingest]") {
  Document doc = Ingest(
      "<!DOCTYPE html>\n<html><head><title>Skjult</title><style>p{}</style></head><body>\n"
      "<h1>Bilag 2</h1>\n<p>Tekst &amp;\n   mere</p>\n"
      "<table>\n<tr><th>Navn</th><th><b>Beløb</b></th></tr>\n"
      "<tr>\n  <td><p>Etnisk</p><p>iværksætteri</p></td>\n  <td>2.000</td>\n</tr>\n</table>\n"
      "<table><tr><td>ny</td><td>tabel</td></tr></table>\n"
      "<p>Side 2 af 2</p><p>Slut</p></body></html>");
  REQUIRE(doc.pages.size() == 2);
  const std::vector<Line>& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].kind == LineKind::kHeading);
  CHECK(lines[0].heading_level == 1);
  CHECK(lines[0].text == "Bilag 2");
  CHECK(lines[1].text == "Tekst & mere");
  CHECK(lines[2].text == "Navn\tBeløb");
  CHECK(lines[2].bold);
  CHECK(lines[3].text == "Etnisk\t2.000");
  CHECK(lines[4].text == "iværksætteri\t");
  CHECK(lines[3].row == lines[4].row);
  CHECK(lines[2].table == lines[3].table);
  CHECK(lines[5].text == "ny\ttabel");
  CHECK(lines[5].table == lines[2].table + 1);
  CHECK(Texts(doc.pages[1]) == Texts_{"Side 2 af 2", "Slut"});
  CheckCellText(doc);
}

}  // namespace
}  // namespace bilag
