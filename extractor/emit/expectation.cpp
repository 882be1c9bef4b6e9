#include "extractor/emit/expectation.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace bilag {
namespace {

using Json = nlohmann::ordered_json;

std::string Text(const Json& json) {
  std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
  return text.size() > 200 ? text.substr(0, 197) + "..." : text;
}

void Compare(const Json& expected, const Json& actual, const std::string& path,
             std::vector<Mismatch>* mismatches) {
  if (expected.is_number() && actual.is_number()) {
    if (std::fabs(expected.get<double>() - actual.get<double>()) > 1e-9) {
      mismatches->push_back({path, Text(expected), Text(actual)});
    }
    return;
  }
  if (expected.is_object() && actual.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      std::string child = path.empty() ? key : path + "." + key;
      auto it = actual.find(key);
      if (it == actual.end()) {
        mismatches->push_back({child, Text(value), "(missing)"});
      } else {
        Compare(value, *it, child, mismatches);
      }
    }
    return;
  }
  if (expected.is_array() && actual.is_array()) {
    if (expected.size() != actual.size()) {
      mismatches->push_back(
          {path + ".length", std::to_string(expected.size()), std::to_string(actual.size())});
    }
    size_t common = std::min(expected.size(), actual.size());
    for (size_t i = 0; i < common; ++i) {
      Compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]", mismatches);
    }
    return;
  }
  if (expected != actual) mismatches->push_back({path, Text(expected), Text(actual)});
}

Result<Json> Parse(const std::string& text, const char* what) {
  Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return Status::Error(ErrorCode::kExpectationSyntax, std::string(what) + " is not valid JSON");
  }
  return json;
}

}  // namespace

Result<std::vector<Mismatch>> CompareWithExpectation(const std::string& expected_json,
                                                     const std::string& actual_json) {
  Result<Json> expected = Parse(expected_json, "the expectation");
  if (!expected.ok()) return expected.status();
  Result<Json> actual = Parse(actual_json, "the output");
  if (!actual.ok()) return actual.status();
  std::vector<Mismatch> mismatches;
  Compare(*expected, *actual, "", &mismatches);
  return mismatches;
}

Result<std::string> ExpectationFrom(const std::string& actual_json) {
  Result<Json> actual = Parse(actual_json, "the output");
  if (!actual.ok()) return actual.status();
  Json json = std::move(actual).value();
  json.erase("tool");
  json.erase("rules");
  if (json.contains("source")) json["source"].erase("path");
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bilag
