// Encodings, NUL bytes, binary and empty inputs through IngestText.
#include <string>

#include <catch2/catch.hpp>

#include "extractor/ingest/text_ingest.h"

namespace bilag {
namespace {

struct Ingested {
  Status status;
  Document doc;
};

Ingested Run(const std::string& bytes) {
  Ingested result;
  result.status = IngestText(bytes, &result.doc);
  return result;
}

std::string FirstLine(const Ingested& in) {
  REQUIRE(in.status.ok());
  REQUIRE(!in.doc.pages.empty());
  REQUIRE(!in.doc.pages[0].lines.empty());
  return in.doc.pages[0].lines[0].text;
}

bool HasWarning(const Document& doc, const std::string& code) {
  for (const Warning& warning : doc.warnings) {
    if (warning.code == code) return true;
  }
  return false;
}

// UTF-16 code units of an ASCII/Latin-1 string, with a BOM.
std::string Utf16(const std::string& latin1, bool big_endian) {
  std::string out = big_endian ? "\xfe\xff" : "\xff\xfe";
  for (char c : latin1) {
    if (big_endian) out.push_back('\0');
    out.push_back(c);
    if (!big_endian) out.push_back('\0');
  }
  return out;
}

TEST_CASE("valid UTF-8 is kept, a BOM dropped, no warning", "[text_encoding]") {
  Ingested plain =
      Run("K\xc3\xb8"
          "benhavn \xe2\x80\x93 2009");
  CHECK(FirstLine(plain) == "København – 2009");
  CHECK(plain.doc.warnings.empty());
  Ingested bom = Run("\xef\xbb\xbfHej");
  CHECK(FirstLine(bom) == "Hej");
  CHECK(bom.doc.warnings.empty());
}

TEST_CASE("Latin-1 and Windows-1252 bytes are decoded with a warning", "[text_encoding]") {
  Ingested latin1 =
      Run("K\xf8"
          "benhavn \xc6"
          "ndring \xe5r\n");
  CHECK(FirstLine(latin1) == "København Ændring år");
  REQUIRE(latin1.doc.warnings.size() == 1);
  CHECK(latin1.doc.warnings[0].code == "encoding-converted");
  CHECK(latin1.doc.warnings[0].message == "input is not UTF-8; decoded as Windows-1252/Latin-1");
  CHECK(latin1.doc.warnings[0].page == 0);

  CHECK(FirstLine(Run("2008 \x96 2010")) == "2008 – 2010");
  CHECK(FirstLine(Run("\x80 5 \x93"
                      "citat\x94 \x85")) == "€ 5 “citat” …");
  // Mostly UTF-8 with one stray Latin-1 byte: the UTF-8 stays.
  Ingested mixed =
      Run("Beskæftigelse og K\xf8"
          "benhavn");
  CHECK(FirstLine(mixed) == "Beskæftigelse og København");
  REQUIRE(mixed.doc.warnings.size() == 1);
  CHECK(mixed.doc.warnings[0].message ==
        "input is not valid UTF-8; 1 stray bytes decoded as Windows-1252/Latin-1");
  // UTF-8 C1 controls are Windows-1252 punctuation an earlier tool read as Latin-1.
  Ingested c1 = Run("2008 \xc2\x96 2010");
  CHECK(FirstLine(c1) == "2008 – 2010");
  CHECK(HasWarning(c1.doc, "encoding-converted"));
}

TEST_CASE("UTF-16 with a BOM is converted", "[text_encoding]") {
  Ingested le =
      Run(Utf16("K\xf8"
                "benhavn\r\nLinje 2\r\n",
                false));
  REQUIRE(le.status.ok());
  REQUIRE(le.doc.pages[0].lines.size() == 2);
  CHECK(le.doc.pages[0].lines[0].text == "København");
  CHECK(le.doc.pages[0].lines[1].text == "Linje 2");
  CHECK(HasWarning(le.doc, "encoding-converted"));
  CHECK_FALSE(HasWarning(le.doc, "nul-bytes-removed"));

  CHECK(FirstLine(Run(Utf16("\xc6"
                            "ble",
                            true))) == "Æble");
  // A surrogate pair (U+1F600) in UTF-16LE.
  CHECK(FirstLine(Run(std::string("\xff\xfe\x3d\xd8\x00\xde", 6))) == "\xf0\x9f\x98\x80");
}

TEST_CASE("NUL bytes in text are removed with a count", "[text_encoding]") {
  Ingested in = Run(std::string("Hej\0 med\0 dig\n", 14));
  CHECK(FirstLine(in) == "Hej med dig");
  REQUIRE(in.doc.warnings.size() == 1);
  CHECK(in.doc.warnings[0].code == "nul-bytes-removed");
  CHECK(in.doc.warnings[0].message == "2 NUL bytes removed");
  // Padding at the end of a fixed-size export does not make it binary.
  Ingested padded = Run("Tekst\n" + std::string(200, '\0'));
  CHECK(FirstLine(padded) == "Tekst");
  CHECK(HasWarning(padded.doc, "nul-bytes-removed"));
}

TEST_CASE("binary data is refused", "[text_encoding]") {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  Ingested random = Run(garbage);
  CHECK(random.status.code() == ErrorCode::kUnsupportedFormat);
  CHECK(random.status.message() == "binary data, not a document this tool reads");

  std::string utf16_without_bom;
  for (char c : std::string("Dette er tekst i UTF-16 uden byte order mark")) {
    utf16_without_bom += c;
    utf16_without_bom += '\0';
  }
  CHECK(Run(utf16_without_bom).status.code() == ErrorCode::kUnsupportedFormat);
  CHECK(Run(std::string("PK\x03\x04word/document.xml", 22)).status.code() ==
        ErrorCode::kUnsupportedFormat);
  CHECK(Run("\x89PNG\r\n\x1a\n").status.code() == ErrorCode::kUnsupportedFormat);
}

TEST_CASE("empty and whitespace-only inputs", "[text_encoding]") {
  Ingested empty = Run("");
  CHECK(empty.status.code() == ErrorCode::kEmptyFile);
  CHECK(empty.status.message() == "no text in the file");
  CHECK(Run("  \n\t\r\n \f \n\xc2\xa0\n").status.code() == ErrorCode::kEmptyFile);
  CHECK(Run("\xef\xbb\xbf").status.code() == ErrorCode::kEmptyFile);
  // Markup with no text in it.
  CHECK(Run("---\t---\n<p></p>\n").status.code() == ErrorCode::kEmptyFile);
}

TEST_CASE("a one-line document has one page", "[text_encoding]") {
  Ingested one = Run("x");
  REQUIRE(one.status.ok());
  REQUIRE(one.doc.pages.size() == 1);
  CHECK(one.doc.pages[0].number == 1);
  REQUIRE(one.doc.pages[0].lines.size() == 1);
  CHECK(one.doc.pages[0].lines[0].page == 1);
  CHECK(one.doc.pages[0].lines[0].number == 1);
}

TEST_CASE("stray control characters are removed, vertical tab breaks the line", "[text_encoding]") {
  Ingested in =
      Run("a\x01"
          "b\vc\x1b");
  REQUIRE(in.status.ok());
  REQUIRE(in.doc.pages[0].lines.size() == 2);
  CHECK(in.doc.pages[0].lines[0].text == "ab");
  CHECK(in.doc.pages[0].lines[1].text == "c");
  CHECK(HasWarning(in.doc, "control-chars-removed"));
}

}  // namespace
}  // namespace bilag
