// HTML fragments as earlier conversions left them in text: <p>, <li> and
// <br> inside table cells, <b> around labels, &amp; and &nbsp; entities.
//
// Only tags this file knows are markup; anything else in angle brackets is
// text ("<5 år" and "<Navn>" stay as written). Block tags (p, br, li, ul, ol,
// div, tr, td, h1..h6, ...) end a line of text; inline tags (b, strong, i,
// em, span, a, font, Word's o:p, ...) are dropped, but <b>/<strong> mark the
// text bold; <script>, <style>, <head> and <title> are dropped with their
// content; comments are dropped.
#ifndef BILAG_EXTRACTOR_INGEST_HTML_TEXT_H_
#define BILAG_EXTRACTOR_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractor/ingest/source_line.h"

namespace bilag {

enum class TagKind {
  kNone,     // not a tag: the '<' is text
  kIgnore,   // comment, <!DOCTYPE>, <?xml?>, <html>, <body>, <meta>: no effect
  kInline,   // dropped, no line break
  kBold,     // <b>, <strong>
  kBlock,    // ends the current line of text
  kHeading,  // <h1>..<h6>: a block whose text is a heading
  kTable,    // <table>
  kRow,      // <tr>
  kCell,     // <td>, <th>
  kSkip,     // <script>, <style>, <head>, <title>: content dropped too
};

struct HtmlTag {
  size_t length = 0;  // bytes from '<' to '>' inclusive; 0 when kind == kNone
  TagKind kind = TagKind::kNone;
  std::string name;  // lowercase
  bool closing = false;
  int heading_level = 0;
};

// Reads the tag starting at text[pos] == '<'.
HtmlTag ParseTag(std::string_view text, size_t pos);

// For an opening kSkip tag at `pos`: the position after its closing tag (or
// the end of `text` when it is never closed).
size_t SkipElement(std::string_view text, size_t pos, const HtmlTag& tag);

// True when `text` holds at least one tag ParseTag knows.
bool HasHtmlTag(std::string_view text);

// Decodes the character reference at text[pos] == '&' (&amp; &lt; &gt; &quot;
// &apos; &#39; &nbsp; a few more named ones, &#NNN; and &#xHH;), appending it
// to `out`. Returns the bytes consumed; 0 when it is no reference (the '&' is
// text: "R&D", "Vækst & Mangfoldighed").
size_t DecodeEntityAt(std::string_view text, size_t pos, std::string* out);
std::string DecodeEntities(std::string_view text);

// Builds one line of text at a time from characters, tracking which of them
// were bold. With `collapse_spaces` (HTML documents) runs of whitespace,
// newlines included, become one space, as a browser shows them.
class FragmentBuilder {
 public:
  explicit FragmentBuilder(bool collapse_spaces) : collapse_spaces_(collapse_spaces) {}

  void Append(std::string_view bytes, bool bold, int heading_level);
  bool empty() const { return visible_ == 0; }
  // Everything appended since the last Flush was bold.
  bool all_bold() const { return visible_ > 0 && bold_visible_ == visible_; }
  // Ends the current line: appends it, trimmed, to `out` unless it has no
  // visible character.
  void Flush(std::vector<TextFragment>* out);

 private:
  bool collapse_spaces_;
  std::string text_;
  size_t visible_ = 0;
  size_t bold_visible_ = 0;
  int heading_level_ = 0;
};

// Splits a cell or a line that holds HTML into its lines of text, markup
// removed and entities decoded. Whitespace-only pieces between tags are
// dropped; `bold` is true for every fragment when `all_bold`.
std::vector<TextFragment> SplitHtmlFragments(std::string_view text, bool all_bold = false);

}  // namespace bilag

#endif  // BILAG_EXTRACTOR_INGEST_HTML_TEXT_H_
