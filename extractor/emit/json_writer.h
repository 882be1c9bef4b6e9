// Writes JSON text straight into a string, value by value, in the layout
// that nlohmann::json::dump gives (indent 2 or none, ensure_ascii off,
// invalid UTF-8 replaced): the output's large arrays are written without
// building a tree of nodes first, which cost more than the writing.
#ifndef BILAG_EXTRACTOR_EMIT_JSON_WRITER_H_
#define BILAG_EXTRACTOR_EMIT_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bilag {

class JsonWriter {
 public:
  // `depth`: the nesting level the first value starts at (its closing
  // brackets are indented to it).
  JsonWriter(bool pretty, int depth, std::string* out)
      : pretty_(pretty), out_(out), base_depth_(depth) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The member's name; its value is written next.
  JsonWriter& Key(std::string_view key);

  void String(std::string_view text);
  void Int(int64_t number);
  void Bool(bool value) { Scalar(value ? "true" : "false"); }
  void Null() { Scalar("null"); }
  // Integral values as integers ("150", not "150.0"), as the output always
  // wrote them; others as nlohmann writes a double.
  void Number(double value);

  template <typename T>
  void StringOrNull(const std::optional<T>& value) {
    if (value) {
      String(*value);
    } else {
      Null();
    }
  }
  void IntOrNull(const std::optional<int64_t>& value) {
    if (value) {
      Int(*value);
    } else {
      Null();
    }
  }
  void NameOrNull(const char* name) {
    if (name != nullptr) {
      String(name);
    } else {
      Null();
    }
  }
  // 0 means "not tied to a place" in the model and null in the contract.
  void PlaceOrNull(int number) {
    if (number > 0) {
      Int(number);
    } else {
      Null();
    }
  }

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void Scalar(std::string_view text) {
    BeforeValue();
    *out_ += text;
  }
  void Newline(int depth);

  bool pretty_;
  std::string* out_;
  int base_depth_ = 0;
  // Per open object or array: whether it holds a member yet (a byte each:
  // std::vector<bool>'s bit access cost more than the writing around it).
  std::vector<char> open_;
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included, appended to `out`.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_EMIT_JSON_WRITER_H_
