// The output's large arrays are written by JsonWriter instead of dumping a
// nlohmann tree, and must stay byte-identical to that dump: every line of
// the seeds and strings with what nlohmann escapes or replaces (control
// characters, quotes, ill-formed UTF-8) are written both ways and compared.
#include "extractor/emit/json_writer.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace bilag {
namespace {

using Json = nlohmann::ordered_json;

std::string NlohmannString(const std::string& text) {
  return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Written(std::string_view text) {
  std::string out;
  AppendJsonString(text, &out);
  return out;
}

std::vector<std::string> SeedLines() {
  std::vector<std::string> lines;
  for (const auto& entry : std::filesystem::directory_iterator(BILAG_SOURCE_DIR "/corpus/seeds")) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("a JSON string is written as nlohmann dumps it, on every seed line") {
  const std::vector<std::string> lines = SeedLines();
  REQUIRE(lines.size() > 100);
  for (const std::string& line : lines) CHECK(Written(line) == NlohmannString(line));
}

TEST_CASE("escapes and ill-formed UTF-8 are written as nlohmann writes them") {
  const std::vector<std::string> samples = {
      "tab\there",
      "quote \" and backslash \\",
      std::string("nul \0 byte", 10),
      "\x01\x1f\x7f",
      "\b\f\n\r",
      "ø æ å € 𝄞",
      "\xC3",              // cut after its lead byte
      "\xC0\xAF",          // overlong '/'
      "\xED\xA0\x80",      // a surrogate
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "a\xFF"
      "b\x80"
      "c",         // stray bytes
      "\xE2\x82",  // cut 3-byte sequence
  };
  for (const std::string& text : samples) CHECK(Written(text) == NlohmannString(text));
}

TEST_CASE("nested objects and arrays are laid out as nlohmann dumps them") {
  for (bool pretty : {true, false}) {
    for (int depth : {0, 2}) {
      std::string out;
      JsonWriter writer(pretty, depth, &out);
      writer.BeginObject();
      writer.Key("name").String("Jobmentorer");
      writer.Key("year").IntOrNull(std::nullopt);
      writer.Key("fields").BeginObject();
      writer.EndObject();
      writer.Key("amounts").BeginArray();
      writer.BeginObject();
      writer.Key("dkk").Int(2500000);
      writer.Key("approximate").Bool(true);
      writer.EndObject();
      writer.EndArray();
      writer.Key("targets").BeginArray();
      writer.EndArray();
      writer.Key("value").Number(10.7);
      writer.Key("whole").Number(150.0);
      writer.EndObject();

      const Json expected = {{"name", "Jobmentorer"},
                             {"year", nullptr},
                             {"fields", Json::object()},
                             {"amounts", {{{"dkk", 2500000}, {"approximate", true}}}},
                             {"targets", Json::array()},
                             {"value", 10.7},
                             {"whole", 150}};
      std::string dumped = expected.dump(pretty ? 2 : -1);
      // Written at `depth`: every line break of the dump indented that much more.
      std::string indented;
      for (char c : dumped) {
        indented += c;
        if (c == '\n') indented += std::string(static_cast<size_t>(2 * depth), ' ');
      }
      CHECK(out == indented);
    }
  }
}

TEST_CASE("a key that is not plain ASCII is escaped as nlohmann escapes it") {
  // The contract's keys are copied as they are; a rule file's field names
  // ("beløb", a quote, a tab) go through the escaping.
  for (const std::string key : {"name",
                                "bel\xC3\xB8"
                                "b",
                                "say \"hi\"", "a\\b", "tab\there", "\x7F", "bad\xFF"}) {
    std::string out;
    JsonWriter writer(false, 0, &out);
    writer.BeginObject();
    writer.Key(key).Int(1);
    writer.EndObject();
    CHECK(out == "{" + NlohmannString(key) + ":1}");
  }
}

}  // namespace
}  // namespace bilag
