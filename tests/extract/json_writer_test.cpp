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

TEST_CASE("a byte to escape or a letter beyond ASCII is found at any offset of a word") {
  // The writer passes eight bytes at a time up to the first one that needs
  // a look: each such byte, at every offset from a word's start, with
  // plain bytes and a second such byte after it.
  const std::vector<std::string> specials = {"\"",   "\\",       "\n",   std::string("\0", 1),
                                             "\x1f", "\xC3\xB8", "\xFF", "\xE2\x82\xAC"};
  for (const std::string& special : specials) {
    for (size_t before = 0; before < 17; ++before) {
      for (size_t after : {size_t{0}, size_t{3}, size_t{9}}) {
        const std::string text =
            std::string(before, 'a') + special + std::string(after, 'b') + special + "c";
        INFO("special byte(s) " << static_cast<int>(special[0]) << " after " << before);
        CHECK(Written(text) == NlohmannString(text));
      }
    }
  }
}

TEST_CASE("members nested deeper than a line's buffer are laid out as nlohmann dumps them") {
  // Keys below about sixty levels no longer fit the writer's line buffer
  // with their indent: the same layout, written piece by piece.
  for (bool pretty : {true, false}) {
    std::string out;
    JsonWriter writer(pretty, 0, &out);
    Json expected = Json::object();
    Json* inner = &expected;
    constexpr int kDepth = 80;
    writer.BeginObject();
    for (int level = 0; level < kDepth; ++level) {
      writer.Key("level").Int(level);
      writer.Key("inner").BeginObject();
      (*inner)["level"] = level;
      inner = &((*inner)["inner"] = Json::object());
    }
    for (int level = 0; level <= kDepth; ++level) writer.EndObject();
    CHECK(out == expected.dump(pretty ? 2 : -1));
  }
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
