#include "extractor/emit/explain_emit.h"

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace bilag {
namespace {

using Json = nlohmann::ordered_json;

struct RuleGroup {
  std::string id, kind;
  std::vector<const TraceEvent*> events;
};

// Events by rule, rules in the order they first acted.
std::vector<RuleGroup> Group(const Trace& trace, const ExplainFilter& filter) {
  std::vector<RuleGroup> groups;
  std::map<std::string, size_t> index;
  for (const TraceEvent& event : trace.events()) {
    if (!filter.rule.empty() && event.rule != filter.rule) continue;
    if (filter.page > 0 && event.matched && event.page != 0 && event.page != filter.page) continue;
    auto [it, added] = index.emplace(event.rule, groups.size());
    if (added) groups.push_back({event.rule, event.kind, {}});
    groups[it->second].events.push_back(&event);
  }
  return groups;
}

// The matched text on one line, with named groups shown as [name: value].
std::string Marked(const TraceEvent& event) {
  std::string text = event.text;
  for (char& c : text) {
    if (c == '\n') c = ' ';
    if (c == '\t') c = '|';
  }
  std::string marked = "\"" + text + "\"";
  for (const auto& [name, value] : event.groups) marked += "  [" + name + ": " + value + "]";
  return marked;
}

std::string Place(int page, int line) {
  return page > 0 ? std::to_string(page) + ":" + std::to_string(line) : "-";
}

}  // namespace

std::string RenderExplanationText(const std::string& source, const Trace& trace,
                                  const ExplainFilter& filter, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* green = color ? "\033[32m" : "";
  const char* red = color ? "\033[31m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::string out = std::string(bold) + source + reset + "\n";
  std::vector<RuleGroup> groups = Group(trace, filter);
  if (groups.empty())
    out += "  no rule acted" + std::string(filter.rule.empty() ? "" : " (is the id right?)") + "\n";
  for (const RuleGroup& group : groups) {
    out +=
        "\n" + std::string(bold) + group.id + reset + dim + " [" + group.kind + "]" + reset + "\n";
    for (const TraceEvent* event : group.events) {
      if (event->matched) {
        out += "  " + std::string(green) + Place(event->page, event->line) + reset;
        if (!event->text.empty()) out += "  " + Marked(*event);
        out += "\n      -> " + event->produced + "\n";
        continue;
      }
      out += "  " + std::string(red) + "miss" + reset + "  " + event->produced + "\n";
      if (!event->pattern.empty()) out += "      pattern: " + event->pattern + "\n";
      if (event->near_page > 0) {
        out += "      nearest: " + Place(event->near_page, event->near_line) + "  \"" +
               event->near_text + "\"  (" + event->near_note + ")\n";
      } else if (!event->pattern.empty()) {
        out += "      nearest: no line shares a word with the pattern\n";
      }
    }
  }
  return out;
}

std::string RenderExplanationJson(const std::string& source, const Trace& trace,
                                  const ExplainFilter& filter) {
  Json rules = Json::array();
  for (const RuleGroup& group : Group(trace, filter)) {
    Json matches = Json::array();
    Json misses = Json::array();
    for (const TraceEvent* event : group.events) {
      Json groups = Json::object();
      for (const auto& [name, value] : event->groups) groups[name] = value;
      Json item = {{"page", event->page > 0 ? Json(event->page) : Json(nullptr)},
                   {"line", event->line > 0 ? Json(event->line) : Json(nullptr)},
                   {"text", event->text},
                   {"groups", groups},
                   {"produced", event->produced}};
      if (event->matched) {
        matches.push_back(item);
        continue;
      }
      item["pattern"] = event->pattern;
      item["nearest_miss"] = event->near_page > 0 ? Json{{"page", event->near_page},
                                                         {"line", event->near_line},
                                                         {"text", event->near_text},
                                                         {"note", event->near_note}}
                                                  : Json(nullptr);
      misses.push_back(item);
    }
    rules.push_back(
        {{"id", group.id}, {"kind", group.kind}, {"matches", matches}, {"misses", misses}});
  }
  Json json = {{"source", source}, {"rules", rules}};
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bilag
