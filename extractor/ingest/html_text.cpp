#include "extractor/ingest/html_text.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "extractor/ingest/text_encoding.h"

namespace bilag {
namespace {

// A '<' with no '>' this far on is text; the cap also keeps a file full of
// stray '<' linear.
constexpr size_t kMaxTagLength = 4096;

struct TagName {
  std::string_view name;
  TagKind kind;
};

constexpr TagName kTags[] = {
    {"p", TagKind::kBlock},       {"br", TagKind::kBlock},        {"li", TagKind::kBlock},
    {"ul", TagKind::kBlock},      {"ol", TagKind::kBlock},        {"div", TagKind::kBlock},
    {"dl", TagKind::kBlock},      {"dt", TagKind::kBlock},        {"dd", TagKind::kBlock},
    {"hr", TagKind::kBlock},      {"pre", TagKind::kBlock},       {"blockquote", TagKind::kBlock},
    {"section", TagKind::kBlock}, {"article", TagKind::kBlock},   {"header", TagKind::kBlock},
    {"footer", TagKind::kBlock},  {"nav", TagKind::kBlock},       {"aside", TagKind::kBlock},
    {"main", TagKind::kBlock},    {"caption", TagKind::kBlock},   {"center", TagKind::kBlock},
    {"address", TagKind::kBlock}, {"figure", TagKind::kBlock},    {"figcaption", TagKind::kBlock},
    {"form", TagKind::kBlock},    {"thead", TagKind::kBlock},     {"tbody", TagKind::kBlock},
    {"tfoot", TagKind::kBlock},   {"colgroup", TagKind::kIgnore}, {"col", TagKind::kIgnore},
    {"table", TagKind::kTable},   {"tr", TagKind::kRow},          {"td", TagKind::kCell},
    {"th", TagKind::kCell},       {"b", TagKind::kBold},          {"strong", TagKind::kBold},
    {"i", TagKind::kInline},      {"em", TagKind::kInline},       {"u", TagKind::kInline},
    {"s", TagKind::kInline},      {"strike", TagKind::kInline},   {"span", TagKind::kInline},
    {"a", TagKind::kInline},      {"font", TagKind::kInline},     {"sup", TagKind::kInline},
    {"sub", TagKind::kInline},    {"small", TagKind::kInline},    {"big", TagKind::kInline},
    {"mark", TagKind::kInline},   {"code", TagKind::kInline},     {"abbr", TagKind::kInline},
    {"ins", TagKind::kInline},    {"del", TagKind::kInline},      {"img", TagKind::kInline},
    {"label", TagKind::kInline},  {"cite", TagKind::kInline},     {"q", TagKind::kInline},
    {"wbr", TagKind::kInline},    {"tt", TagKind::kInline},       {"html", TagKind::kIgnore},
    {"body", TagKind::kIgnore},   {"meta", TagKind::kIgnore},     {"link", TagKind::kIgnore},
    {"head", TagKind::kSkip},     {"title", TagKind::kSkip},      {"script", TagKind::kSkip},
    {"style", TagKind::kSkip},    {"noscript", TagKind::kSkip},   {"template", TagKind::kSkip},
};

struct Entity {
  std::string_view name;
  char32_t code_point;
};

constexpr Entity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},       {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0x00A0},   {"shy", 0x00AD},   {"ndash", 0x2013},
    {"mdash", 0x2014},  {"hellip", 0x2026}, {"laquo", 0x00AB}, {"raquo", 0x00BB},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"euro", 0x20AC},   {"aelig", 0x00E6}, {"AElig", 0x00C6},
    {"oslash", 0x00F8}, {"Oslash", 0x00D8}, {"aring", 0x00E5}, {"Aring", 0x00C5},
    {"eacute", 0x00E9}, {"Eacute", 0x00C9}, {"auml", 0x00E4},  {"Auml", 0x00C4},
    {"ouml", 0x00F6},   {"Ouml", 0x00D6},   {"uuml", 0x00FC},  {"Uuml", 0x00DC},
    {"copy", 0x00A9},   {"deg", 0x00B0},    {"sect", 0x00A7},  {"frac12", 0x00BD},
    {"middot", 0x00B7}, {"bull", 0x2022},   {"times", 0x00D7}, {"minus", 0x2212},
};

bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '-';
}
bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

size_t FindCaseInsensitive(std::string_view text, std::string_view needle, size_t from) {
  auto it =
      std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), needle.begin(),
                  needle.end(), [](char a, char b) { return Lower(a) == Lower(b); });
  return it == text.end() ? std::string_view::npos : static_cast<size_t>(it - text.begin());
}

// Index of the '>' closing a tag whose name ended at `from`; quoted attribute
// values may hold '>'.
size_t FindTagEnd(std::string_view text, size_t from, size_t limit) {
  char quote = 0;
  for (size_t i = from; i < limit; ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    } else if (c == '<') {
      return std::string_view::npos;  // "<b <i>": the first is no tag
    }
  }
  return std::string_view::npos;
}

TagKind KindOf(std::string_view name, int* heading_level) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    *heading_level = name[1] - '0';
    return TagKind::kHeading;
  }
  for (const TagName& tag : kTags) {
    if (tag.name == name) return tag.kind;
  }
  // Word's and Office's namespaced tags (<o:p>, <v:shape>) carry no text.
  if (name.find(':') != std::string_view::npos) return TagKind::kInline;
  return TagKind::kNone;
}

}  // namespace

HtmlTag ParseTag(std::string_view text, size_t pos) {
  HtmlTag tag;
  const size_t limit = std::min(text.size(), pos + kMaxTagLength);
  if (pos + 1 >= text.size() || text[pos] != '<') return tag;
  if (text.substr(pos, 4) == "<!--") {
    size_t end = text.find("-->", pos + 4);
    if (end == std::string_view::npos) return tag;
    tag.length = end + 3 - pos;
    tag.kind = TagKind::kIgnore;
    return tag;
  }
  if (text[pos + 1] == '!' || text[pos + 1] == '?') {
    if (pos + 2 >= text.size() || !IsNameStart(text[pos + 2])) return tag;
    size_t end = FindTagEnd(text, pos + 2, limit);
    if (end == std::string_view::npos) return tag;
    tag.length = end + 1 - pos;
    tag.kind = TagKind::kIgnore;
    return tag;
  }
  size_t i = pos + 1;
  if (text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= text.size() || !IsNameStart(text[i])) return tag;
  size_t name_start = i;
  while (i < limit && IsNameChar(text[i])) ++i;
  if (i >= limit) return tag;
  if (text[i] != '>' && text[i] != '/' && !IsAsciiSpace(text[i])) return tag;
  std::string name(text.substr(name_start, i - name_start));
  std::transform(name.begin(), name.end(), name.begin(), Lower);
  TagKind kind = KindOf(name, &tag.heading_level);
  if (kind == TagKind::kNone) return HtmlTag{};
  size_t end = FindTagEnd(text, i, limit);
  if (end == std::string_view::npos) return HtmlTag{};
  tag.length = end + 1 - pos;
  tag.kind = kind;
  tag.name = std::move(name);
  return tag;
}

size_t SkipElement(std::string_view text, size_t pos, const HtmlTag& tag) {
  size_t end = FindCaseInsensitive(text, "</" + tag.name, pos + tag.length);
  end = end == std::string_view::npos ? text.size() : text.find('>', end);
  return end == std::string_view::npos ? text.size() : end + 1;
}

bool HasHtmlTag(std::string_view text) {
  for (size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
    if (ParseTag(text, pos).kind != TagKind::kNone) return true;
  }
  return false;
}

size_t DecodeEntityAt(std::string_view text, size_t pos, std::string* out) {
  constexpr size_t kMaxEntity = 12;
  // Bounded, so a text full of '&' without ';' stays linear.
  size_t semi = text.substr(0, pos + kMaxEntity + 1).find(';', pos + 1);
  if (semi == std::string_view::npos || semi == pos + 1) return 0;
  std::string_view body = text.substr(pos + 1, semi - pos - 1);
  char32_t cp = 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    for (char c : digits) {
      int digit = -1;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      }
      if (digit < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    // A control character from a reference would break the line or cell
    // structure ("&#9;" is a tab); it was layout in the source.
    if (cp < 0x20 || cp == 0x7F) cp = ' ';
  } else {
    const Entity* found = nullptr;
    for (const Entity& entity : kEntities) {
      if (entity.name == body) found = &entity;
    }
    if (found == nullptr) return 0;
    cp = found->code_point;
  }
  AppendUtf8(cp, out);
  return semi + 1 - pos;
}

std::string DecodeEntities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t used = text[pos] == '&' ? DecodeEntityAt(text, pos, &out) : 0;
    if (used == 0) {
      out.push_back(text[pos]);
      used = 1;
    }
    pos += used;
  }
  return out;
}

void FragmentBuilder::Append(std::string_view bytes, bool bold, int heading_level) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (IsAsciiSpace(c)) {
      if (!collapse_spaces_) {
        text_.push_back(c);
      } else if (!text_.empty() && text_.back() != ' ') {
        text_.push_back(' ');
      }
      continue;
    }
    // A no-break space is layout, not text: "<p>&nbsp;</p>" is an empty line.
    if (c == '\xc2' && i + 1 < bytes.size() && bytes[i + 1] == '\xa0') {
      text_.append("\xc2\xa0");
      ++i;
      continue;
    }
    text_.push_back(c);
    ++visible_;
    if (bold) ++bold_visible_;
    if (heading_level_ == 0) heading_level_ = heading_level;
  }
}

void FragmentBuilder::Flush(std::vector<TextFragment>* out) {
  if (visible_ > 0) {
    size_t first = text_.find_first_not_of(" \t\n\r\f");
    size_t last = text_.find_last_not_of(" \t\n\r\f");
    out->push_back(
        {text_.substr(first, last - first + 1), bold_visible_ == visible_, heading_level_});
  }
  text_.clear();
  visible_ = 0;
  bold_visible_ = 0;
  heading_level_ = 0;
}

std::vector<TextFragment> SplitHtmlFragments(std::string_view text, bool all_bold) {
  std::vector<TextFragment> out;
  FragmentBuilder builder(/*collapse_spaces=*/false);
  int bold_depth = 0;
  int heading_level = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == '<') {
      HtmlTag tag = ParseTag(text, pos);
      switch (tag.kind) {
        case TagKind::kNone:
          builder.Append("<", bold_depth > 0, heading_level);
          pos += 1;
          continue;
        case TagKind::kBold:
          bold_depth = tag.closing ? std::max(0, bold_depth - 1) : bold_depth + 1;
          // A bold run that opens a paragraph is its title ("<p><b>Flagskib
          // I</b> Formålet er ...</p>"): it gets a line of its own, so the
          // title is not run together with the text after it.
          if (tag.closing && bold_depth == 0 && builder.all_bold()) builder.Flush(&out);
          break;
        case TagKind::kHeading:
          builder.Flush(&out);
          heading_level = tag.closing ? 0 : tag.heading_level;
          break;
        case TagKind::kBlock:
        case TagKind::kTable:
        case TagKind::kRow:
        case TagKind::kCell:
          builder.Flush(&out);
          break;
        case TagKind::kSkip:
          if (!tag.closing) {
            pos = SkipElement(text, pos, tag);
            continue;
          }
          break;
        case TagKind::kIgnore:
        case TagKind::kInline:
          break;
      }
      pos += tag.length;
      continue;
    }
    if (text[pos] == '&') {
      std::string decoded;
      size_t used = DecodeEntityAt(text, pos, &decoded);
      if (used > 0) {
        builder.Append(decoded, bold_depth > 0, heading_level);
        pos += used;
        continue;
      }
    }
    size_t next = text.find_first_of("<&", pos + 1);
    if (next == std::string_view::npos) next = text.size();
    builder.Append(text.substr(pos, next - pos), bold_depth > 0, heading_level);
    pos = next;
  }
  builder.Flush(&out);
  if (all_bold) {
    for (TextFragment& fragment : out) fragment.bold = true;
  }
  return out;
}

}  // namespace bilag
