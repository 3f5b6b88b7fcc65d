// MUC-3/4 key and message files, read as brendano/muc4_proc and GTT's preprocess.py read
// them (see muc4_key.h for the rules and why each exists).
#include "eval/muc4_key.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "eval/acled_eval.h"
#include "eval/record_view.h"
#include "eval/text_match.h"

namespace sitrep::eval {
namespace {

// proc_keys.py: "this is the minimum size to get all keys" -- slot names end before it.
constexpr size_t kSlotNameColumns = 33;

const std::array<const char*, 25> kAllSlots = {
    "message_id", "message_template", "incident_date", "incident_location", "incident_type",
    "incident_stage_of_execution", "incident_instrument_id", "incident_instrument_type",
    "perp_incident_category", "perp_individual_id", "perp_organization_id",
    "perp_organization_confidence", "phys_tgt_id", "phys_tgt_type", "phys_tgt_number",
    "phys_tgt_foreign_nation", "phys_tgt_effect_of_incident", "phys_tgt_total_number",
    "hum_tgt_name", "hum_tgt_description", "hum_tgt_type", "hum_tgt_number",
    "hum_tgt_foreign_nation", "hum_tgt_effect_of_incident", "hum_tgt_total_number"};

// GTT role (GttTemplate::entities index) of a slot, -1 when GTT does not use it.
int gtt_role_of_slot(std::string_view slot) {
  if (slot == "perp_individual_id") return 0;
  if (slot == "perp_organization_id") return 1;
  if (slot == "phys_tgt_id") return 2;
  if (slot == "hum_tgt_name") return 3;
  if (slot == "incident_instrument_id") return 4;
  return -1;
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// proc_keys.py cleankey: runs of non-capitals -> "_", trimmed, lower-cased.
std::string clean_slot_name(std::string_view key) {
  std::string out;
  bool gap = false;
  for (char c : key) {
    if (c >= 'A' && c <= 'Z') {
      if (gap && !out.empty()) out.push_back('_');
      gap = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      gap = true;
    }
  }
  return out;
}

// proc_keys.py clean_docid: drop a trailing "(...)" and the white space before it.
std::string strip_parenthetical(std::string_view value) {
  size_t paren = value.find('(');
  if (paren != std::string_view::npos) value = value.substr(0, paren);
  return std::string(trim(value));
}

// Python 2's string_escape decoding, as proc_keys.py applies it to each quoted string.
std::string decode_escapes(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out.push_back(s[i]);
      continue;
    }
    char c = s[++i];
    switch (c) {
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      default:  // unknown escapes stay as written
        out.push_back('\\');
        out.push_back(c);
    }
  }
  return out;
}

struct SlotLine {
  std::string slot;
  std::string value;
  int line = 0;
};

struct ParsedFill {
  bool empty = true;                 // "-" or "*": nothing
  std::vector<std::string> strings;  // the alternatives
};

// proc_keys.py parse_one_value for a GTT slot. Cross-references ("A": "B") do not occur in
// the slots GTT reads (its script would stop on them), so they are an error here too.
Result<ParsedFill> parse_fill(std::string value, std::vector<std::string>* warnings,
                              const std::string& where) {
  using R = Result<ParsedFill>;
  ParsedFill fill;
  if (value == "*" || value == "-") return fill;
  if (value.find('"') == std::string::npos) {
    warnings->push_back(where + "fill without quotes, read as one string: " + value);
    value = "\"" + value + "\"";
  }
  // re.search(r'\? *(.*)'): an optional fill; the rest after the first "?".
  size_t q = value.find('?');
  if (q != std::string::npos) {
    value = value.substr(q + 1);
    value.erase(0, value.find_first_not_of(' ') == std::string::npos ? value.size() : value.find_first_not_of(' '));
  }
  if (value.find(':') != std::string::npos)
    return R::failure(where + "cross-reference (\"A\": \"B\") in a slot GTT reads as plain strings");
  // re.split(' */ *'): every slash separates alternatives.
  size_t start = 0;
  while (start <= value.size()) {
    size_t slash = value.find('/', start);
    if (slash == std::string::npos) slash = value.size();
    std::string_view part = trim(std::string_view(value).substr(start, slash - start));
    start = slash + 1;
    if (part == "-") continue;
    if (part.empty()) {
      warnings->push_back(where + "empty alternative skipped");
      continue;
    }
    if (part.size() < 2 || part.front() != '"' || part.back() != '"')
      warnings->push_back(where + "unbalanced quotes around " + std::string(part));
    if (part.front() == '"') part.remove_prefix(1);
    if (!part.empty() && part.back() == '"') part.remove_suffix(1);
    fill.strings.push_back(std::string(trim(decode_escapes(part))));
  }
  fill.empty = fill.strings.empty();
  return fill;
}

std::vector<std::pair<std::string_view, int>> split_lines(std::string_view content) {
  std::vector<std::pair<std::string_view, int>> lines;
  size_t pos = 0;
  int no = 0;
  while (pos <= content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line, ++no);
    if (end == content.size()) break;
    pos = end + 1;
  }
  return lines;
}

Result<bool> build_template(const std::vector<SlotLine>& slots, std::string_view filename,
                            MucKeyFile* out) {
  using R = Result<bool>;
  MucKeyTemplate t;
  t.line = slots.front().line;
  bool has_id = false, has_type = false;
  for (const SlotLine& s : slots) {
    std::string where = located(filename, s.line, "");
    if (s.slot == "message_id") {
      t.message_id = strip_parenthetical(s.value);
      has_id = true;
    } else if (s.slot == "message_template") {
      std::string_view v = s.value;
      bool digits = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      size_t sp = v.find(' ');
      bool optional = sp != std::string_view::npos && v.substr(sp) == " (OPTIONAL)" && sp > 0 &&
                      std::all_of(v.begin(), v.begin() + static_cast<long>(sp), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (!digits && !optional && v != "*")
        return R::failure(located(filename, s.line, "MESSAGE: TEMPLATE must be a number, \"n (OPTIONAL)\" or \"*\", not \"" + s.value + "\""));
      t.optional = optional;
    } else if (s.slot == "incident_date" || s.slot == "incident_location") {
      std::string& fill = s.slot == "incident_date" ? t.date_fill : t.location_fill;
      if (!s.value.empty()) fill += (fill.empty() ? "" : " / ") + s.value;
    } else if (s.slot == "incident_type") {
      t.incident_type = ascii_lower(strip_parenthetical(s.value));  // the last line wins, as in preprocess.py
      has_type = true;
    } else if (int role = gtt_role_of_slot(s.slot); role >= 0) {
      Result<ParsedFill> fill = parse_fill(s.value, &out->warnings, where);
      if (!fill.ok()) return R::failure(fill.error());
      if (!fill->empty) t.fills[static_cast<size_t>(role)].push_back(fill->strings);
    }
  }
  if (!has_id) return R::failure(located(filename, t.line, "template without MESSAGE: ID"));
  if (!has_type) return R::failure(located(filename, t.line, "template without INCIDENT: TYPE"));
  out->templates.push_back(std::move(t));
  return true;
}

}  // namespace

Result<MucKeyFile> parse_muc_keys(std::string_view content, std::string_view filename) {
  using R = Result<MucKeyFile>;
  MucKeyFile out;
  // proc_keys.py drops comment lines first, then splits at empty lines and before "0." lines.
  std::vector<std::pair<std::string_view, int>> lines;
  for (auto [line, no] : split_lines(content)) {
    std::string_view t = trim(line);
    if (!t.empty() && t.front() == ';') continue;
    lines.emplace_back(line, no);
  }
  std::vector<std::vector<std::pair<std::string_view, int>>> chunks(1);
  for (auto [line, no] : lines) {
    if (line.empty()) {
      chunks.emplace_back();
      continue;
    }
    if (line.substr(0, 3) == "0. " && !chunks.back().empty()) chunks.emplace_back();
    chunks.back().emplace_back(line, no);
  }
  for (auto& chunk : chunks) {
    // chunk.strip(): white-space-only lines at either end go, and the first line's indent.
    while (!chunk.empty() && trim(chunk.front().first).empty()) chunk.erase(chunk.begin());
    while (!chunk.empty() && trim(chunk.back().first).empty()) chunk.pop_back();
    if (chunk.empty()) continue;
    std::string_view& first = chunk.front().first;
    while (!first.empty() && is_space(first.front())) first.remove_prefix(1);

    std::vector<SlotLine> slots;
    std::string current;
    for (auto [line, no] : chunk) {
      std::string_view key = trim(line.substr(0, std::min(line.size(), kSlotNameColumns)));
      std::string_view value = line.size() > kSlotNameColumns ? trim(line.substr(kSlotNameColumns)) : std::string_view();
      // The first line of a block always names a slot (its indent was stripped), so a line
      // with nothing in the slot columns always has a slot above it to continue.
      if (!key.empty()) {
        current = clean_slot_name(key);
        if (std::find(kAllSlots.begin(), kAllSlots.end(), current) == kAllSlots.end())
          return R::failure(located(filename, no, "unknown slot \"" + std::string(key) + "\" (slot names end by column 33)"));
      }
      slots.push_back({current, std::string(value), no});
    }
    Result<bool> built = build_template(slots, filename, &out);
    if (!built.ok()) return R::failure(built.error());
  }
  return out;
}

namespace {

// "TST2-MUC4-0001", "DEV-MUC3-0001 (NOSC)": capitals, digits, "-MUC", a digit, "-", 4 digits.
bool parse_header(std::string_view line, std::string* id) {
  size_t i = 0;
  while (i < line.size() && line[i] >= 'A' && line[i] <= 'Z') ++i;
  if (i == 0) return false;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (line.substr(i, 4) != "-MUC") return false;
  i += 4;
  if (i >= line.size() || !std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  ++i;
  if (i >= line.size() || line[i] != '-') return false;
  ++i;
  for (int k = 0; k < 4; ++k, ++i)
    if (i >= line.size() || !std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  std::string_view rest = trim(line.substr(i));
  if (!rest.empty() && !(rest.front() == '(' && rest.back() == ')')) return false;
  *id = std::string(line.substr(0, i));
  return true;
}

std::string_view strip_newlines(std::string_view s) {
  while (!s.empty() && s.front() == '\n') s.remove_prefix(1);
  while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<MucMessage>> parse_muc_messages(std::string_view content, std::string_view filename) {
  using R = Result<std::vector<MucMessage>>;
  std::vector<MucMessage> out;
  std::string body;
  auto finish = [&] {
    if (out.empty()) return;
    std::string_view text = strip_newlines(body);
    out.back().text = std::string(text);
    out.back().date_iso = muc_dateline_date(text);
    out.back().gtt_text = gtt_message_text(text);
    body.clear();
  };
  for (auto [line, no] : split_lines(content)) {
    std::string id;
    if (parse_header(line, &id)) {
      finish();
      MucMessage m;
      m.id = id;
      m.line = no;
      out.push_back(std::move(m));
      continue;
    }
    if (out.empty()) {
      if (!trim(line).empty())
        return R::failure(located(filename, no, "text before the first message header (e.g. TST2-MUC4-0001)"));
      continue;
    }
    body += line;
    body += '\n';
  }
  finish();
  if (out.empty()) return R::failure(located(filename, 0, "no message headers (e.g. TST2-MUC4-0001) found"));
  return out;
}

std::string gtt_message_text(std::string_view body) {
  std::string_view b = strip_newlines(body);
  // re.search(r'--\s*'): the text starts after the first "--" and the white space after it.
  size_t dash = b.find("--");
  std::string_view rest = b;
  if (dash != std::string_view::npos) {
    size_t i = dash + 2;
    while (i < b.size() && is_space(b[i])) ++i;
    rest = b.substr(i);
  }
  // re.sub(r'^(\s*\[[^\]]*\])+\s*', ''): the leading "[TEXT]", "[EXCERPTS]" ... tags.
  size_t i = 0;
  bool any_tag = false;
  for (;;) {
    size_t j = i;
    while (j < rest.size() && is_space(rest[j])) ++j;
    if (j >= rest.size() || rest[j] != '[') break;
    size_t close = rest.find(']', j + 1);
    if (close == std::string_view::npos) break;
    i = close + 1;
    any_tag = true;
  }
  if (any_tag)
    while (i < rest.size() && is_space(rest[i])) ++i;
  std::string text(rest.substr(i));
  for (char& c : text) {
    if (c == '[') c = '(';
    if (c == ']') c = ')';
  }
  // split("\n\n") joined by " ", then "\n" -> " ".
  std::string joined;
  for (size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '\n' && k + 1 < text.size() && text[k + 1] == '\n') {
      joined.push_back(' ');
      ++k;
    } else {
      joined.push_back(text[k] == '\n' ? ' ' : text[k]);
    }
  }
  return std::string(trim(ascii_lower(joined)));
}

std::string muc_dateline_date(std::string_view body) {
  std::string_view b = strip_newlines(body);
  size_t dash = b.find("--");
  // A dateline is one or two lines; a "--" far into the text is not one.
  constexpr size_t kMaxDatelineBytes = 200;
  if (dash == std::string_view::npos || dash > kMaxDatelineBytes) return "";
  std::string_view head = b.substr(0, dash);
  static const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::vector<std::string> tokens;
  std::string tok;
  for (char c : head) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      tok.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    } else if (!tok.empty()) {
      tokens.push_back(tok);
      tok.clear();
    }
  }
  if (!tok.empty()) tokens.push_back(tok);
  auto number = [](const std::string& s, size_t max_len) {
    if (s.empty() || s.size() > max_len) return -1;
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    return std::stoi(s);
  };
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    int day = number(tokens[i], 2);
    if (day < 1) continue;
    int month = 0;
    for (int m = 0; m < 12; ++m)
      if (tokens[i + 1].size() >= 3 && tokens[i + 1].compare(0, 3, kMonths[m]) == 0) month = m + 1;
    if (month == 0) continue;
    const std::string& y = tokens[i + 2];
    int year = number(y, 4);
    if (year < 0 || (y.size() != 2 && y.size() != 4)) continue;
    if (y.size() == 2) year += year >= 50 ? 1900 : 2000;  // MUC's messages are from 1979-1991
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1]) continue;
    char buf[64];  // room for any int the format could print
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  return "";
}

std::vector<GttTemplate> muc_gtt_templates(const std::vector<const MucKeyTemplate*>& keys,
                                           std::string_view gtt_text) {
  std::vector<GttTemplate> out;
  for (const MucKeyTemplate* key : keys) {
    if (key->incident_type == "*") continue;
    GttTemplate t;
    t.incident_type = key->incident_type;
    for (int r = 0; r < kGttEntityRoles; ++r) {
      std::vector<std::pair<size_t, GttEntity>> entities;  // (first mention's offset, mentions)
      for (const auto& fill : key->fills[static_cast<size_t>(r)]) {
        std::vector<std::pair<size_t, std::string>> mentions;
        for (const std::string& s : fill) {
          std::string m = ascii_lower(s);
          size_t at = gtt_text.find(m);
          if (at != std::string_view::npos) mentions.emplace_back(at, std::move(m));
        }
        std::stable_sort(mentions.begin(), mentions.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        if (mentions.empty()) continue;
        GttEntity entity;
        for (auto& m : mentions) entity.push_back(std::move(m.second));
        entities.emplace_back(mentions.front().first, std::move(entity));
      }
      std::stable_sort(entities.begin(), entities.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& e : entities) t.entities[static_cast<size_t>(r)].push_back(std::move(e.second));
    }
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
  }
  return out;
}

namespace {

// Alternatives of a slot fill: split at "/", each trimmed of white space, a leading "?" and
// enclosing parentheses.
std::vector<std::string> fill_alternatives(std::string_view fill) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= fill.size()) {
    size_t slash = fill.find('/', start);
    if (slash == std::string_view::npos) slash = fill.size();
    std::string_view part = trim(fill.substr(start, slash - start));
    start = slash + 1;
    for (bool changed = true; changed;) {
      changed = false;
      if (!part.empty() && part.front() == '?') part = trim(part.substr(1)), changed = true;
      if (part.size() >= 2 && part.front() == '(' && part.back() == ')') {
        // Only when the parentheses enclose the whole alternative ("(X (CITY))", not "X (CITY)").
        int depth = 0;
        bool whole = true;
        for (size_t i = 0; i < part.size(); ++i) {
          depth += part[i] == '(' ? 1 : part[i] == ')' ? -1 : 0;
          if (depth == 0 && i + 1 < part.size()) whole = false;
        }
        if (whole) part = trim(part.substr(1, part.size() - 2)), changed = true;
      }
    }
    if (!part.empty() && part != "*" && part != "-") out.emplace_back(part);
  }
  return out;
}

// "21 JAN 89", "03 MARCH 90", "9 JUN 1989" -> ISO, or "".
std::string muc_day(std::string_view s) {
  std::string dated = "X, " + std::string(trim(s)) + " --";
  return muc_dateline_date(dated);
}

std::string iso_of_days(long days) {
  // Inverse of days_from_civil (H. Hinnant's civil_from_days).
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> muc_date_ranges(std::string_view fill) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& alt : fill_alternatives(fill)) {
    std::string_view a = alt;
    if (a.front() == '-') {  // "- 21 JAN 89": on or before
      std::string last = muc_day(a.substr(1));
      auto d = days_of_iso_date(last);
      if (d) out.emplace_back(iso_of_days(*d - 6), last);
      continue;
    }
    size_t dash = a.find('-');
    std::string first = muc_day(a.substr(0, dash));
    std::string last = dash == std::string_view::npos ? first : muc_day(a.substr(dash + 1));
    if (!first.empty() && !last.empty()) out.emplace_back(first, last);
  }
  return out;
}

bool muc_date_matches(const std::vector<std::pair<std::string, std::string>>& ranges, std::string_view iso) {
  auto d = days_of_iso_date(iso);
  if (!d) return false;
  for (const auto& [first, last] : ranges) {
    auto f = days_of_iso_date(first), l = days_of_iso_date(last);
    if (f && l && *d >= *f && *d <= *l) return true;
  }
  return false;
}

std::vector<MucLocation> muc_locations(std::string_view fill) {
  std::vector<MucLocation> out;
  for (const std::string& alt : fill_alternatives(fill)) {
    MucLocation loc;
    size_t start = 0;
    bool first = true;
    while (start <= alt.size()) {
      size_t colon = alt.find(':', start);
      if (colon == std::string::npos) colon = alt.size();
      std::string_view part = trim(std::string_view(alt).substr(start, colon - start));
      start = colon + 1;
      std::string_view type;
      size_t paren = part.rfind('(');
      if (paren != std::string_view::npos && part.back() == ')') {
        type = part.substr(paren + 1, part.size() - paren - 2);
        part = trim(part.substr(0, paren));
      }
      if (first) {
        loc.country = std::string(part);
        first = false;
      } else if (loc.city.empty() && (type == "CITY" || type == "TOWN" || type == "VILLAGE" || type == "CAPITAL")) {
        loc.city = std::string(part);
      }
    }
    if (!loc.country.empty()) out.push_back(std::move(loc));
  }
  return out;
}

std::string muc_country_iso(std::string_view name) {
  // The countries of MUC-4's location set list and their neighbours (set-list-location.v4).
  static const std::pair<std::string_view, std::string_view> kCountries[] = {
      {"ARGENTINA", "AR"}, {"BOLIVIA", "BO"},    {"CHILE", "CL"},       {"COLOMBIA", "CO"},
      {"ECUADOR", "EC"},   {"EL SALVADOR", "SV"}, {"GUATEMALA", "GT"},  {"HONDURAS", "HN"},
      {"PERU", "PE"},      {"NICARAGUA", "NI"},   {"PANAMA", "PA"},     {"COSTA RICA", "CR"},
      {"MEXICO", "MX"},    {"VENEZUELA", "VE"},   {"BRAZIL", "BR"},     {"CUBA", "CU"},
      {"PARAGUAY", "PY"},  {"URUGUAY", "UY"},     {"UNITED STATES", "US"}, {"SPAIN", "ES"}};
  std::string upper = ascii_lower(trim(name));
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& [n, iso] : kCountries)
    if (upper == n) return std::string(iso);
  return "";
}

bool muc_location_matches(const MucLocation& gold, const nlohmann::json& record) {
  const nlohmann::json& loc = object_field(record, "location");
  if (!loc.is_object()) return false;
  std::string iso = muc_country_iso(gold.country);
  if (iso.empty() || string_field(loc, "country") != iso) return false;
  if (gold.city.empty()) return true;
  std::string name = admin_name_key(string_field(loc, "name"));
  return !name.empty() && name == admin_name_key(gold.city);
}

}  // namespace sitrep::eval
