// sitrep's regression gold: parsing, subset matching, pairing expected incidents with records.
#include "eval/sitrep_gold.h"

#include <algorithm>

#include "eval/record_view.h"

namespace sitrep::eval {
namespace {

// Pairings tried exhaustively up to this many; beyond, each expected incident takes the best
// record left (regression documents have a handful of incidents).
constexpr long kMaxPairings = 1'000'000;

int matched_fields(const nlohmann::json& expected, const nlohmann::json& record) {
  int n = 0;
  for (auto it = expected.begin(); it != expected.end(); ++it)
    n += expectation_matches(it.value(), value_at_path(record, it.key()));
  return n;
}

struct Pairing {
  const std::vector<std::vector<int>>& score;  // [expected][record]
  std::vector<int> current, best;
  std::vector<bool> used;
  int best_total = -1;

  void walk(size_t i, int total) {
    if (i == current.size()) {
      if (total > best_total) best_total = total, best = current;
      return;
    }
    for (size_t r = 0; r < used.size(); ++r) {
      if (used[r]) continue;
      used[r] = true;
      current[i] = static_cast<int>(r);
      walk(i + 1, total + score[i][r]);
      used[r] = false;
    }
    current[i] = -1;
    walk(i + 1, total);
  }
};

}  // namespace

const nlohmann::json* value_at_path(const nlohmann::json& record, std::string_view path) {
  if (record.is_object()) {
    auto whole = record.find(path);  // a key that itself has dots
    if (whole != record.end()) return &*whole;
  }
  const nlohmann::json* cur = &record;
  size_t start = 0;
  while (start <= path.size()) {
    size_t dot = path.find('.', start);
    if (dot == std::string_view::npos) dot = path.size();
    std::string_view key = path.substr(start, dot - start);
    if (!cur->is_object()) return nullptr;
    auto it = cur->find(key);
    if (it == cur->end()) return nullptr;
    cur = &*it;
    start = dot + 1;
  }
  return cur;
}

bool expectation_matches(const nlohmann::json& expected, const nlohmann::json* actual) {
  if (expected.is_object() && expected.size() == 1 && expected.contains("any_of") && expected["any_of"].is_array()) {
    const auto& alternatives = expected["any_of"];
    return std::any_of(alternatives.begin(), alternatives.end(),
                       [&](const nlohmann::json& alt) { return expectation_matches(alt, actual); });
  }
  if (expected.is_null()) return actual == nullptr || actual->is_null();
  if (actual == nullptr) return expected.is_array() && expected.empty();
  if (expected.is_number() && actual->is_number()) return expected.get<double>() == actual->get<double>();
  if (expected.is_object()) {
    if (!actual->is_object()) return false;
    for (auto it = expected.begin(); it != expected.end(); ++it)
      if (!expectation_matches(it.value(), value_at_path(*actual, it.key()))) return false;
    return true;
  }
  if (expected.is_array()) {
    if (!actual->is_array()) return actual->is_null() && expected.empty();
    if (expected.empty()) return actual->empty();
    return std::all_of(expected.begin(), expected.end(), [&](const nlohmann::json& e) {
      return std::any_of(actual->begin(), actual->end(), [&](const nlohmann::json& a) { return expectation_matches(e, &a); });
    });
  }
  return expected == *actual;
}

int SitrepDocScore::failed_fields() const {
  int n = 0;
  for (const auto& incident : fields)
    for (const auto& f : incident) n += !f.ok;
  return n;
}

Result<std::vector<SitrepGoldDoc>> parse_sitrep_gold(std::string_view content, std::string_view filename) {
  using R = Result<std::vector<SitrepGoldDoc>>;
  std::vector<SitrepGoldDoc> out;
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    ++line_no;
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') continue;
    auto fail = [&](const std::string& why) { return R::failure(located(filename, line_no, why)); };
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return fail(std::string("invalid JSON: ") + e.what());
    }
    if (!doc.is_object()) return fail("expected a JSON object {\"id\", \"text\", \"incidents\"}");
    SitrepGoldDoc g;
    g.line = line_no;
    if (!doc.contains("id") || !doc["id"].is_string()) return fail("missing string \"id\"");
    if (!doc.contains("text") || !doc["text"].is_string()) return fail("missing string \"text\"");
    g.id = doc["id"].get<std::string>();
    g.text = doc["text"].get<std::string>();
    if (doc.contains("date")) {
      if (!doc["date"].is_string()) return fail("\"date\" must be an ISO date string");
      g.date = doc["date"].get<std::string>();
    }
    if (!doc.contains("incidents") || !doc["incidents"].is_array()) return fail("missing array \"incidents\"");
    for (const auto& incident : doc["incidents"]) {
      if (!incident.is_object() || incident.empty())
        return fail("each expected incident must be a non-empty object of fields");
      g.incidents.push_back(incident);
    }
    if (doc.contains("complete")) {
      if (!doc["complete"].is_boolean()) return fail("\"complete\" must be true or false");
      g.complete = doc["complete"].get<bool>();
    }
    out.push_back(std::move(g));
  }
  return out;
}

SitrepDocScore score_sitrep_doc(const SitrepGoldDoc& gold, const std::vector<nlohmann::json>& records) {
  SitrepDocScore s;
  size_t n = gold.incidents.size();
  std::vector<std::vector<int>> score(n, std::vector<int>(records.size()));
  for (size_t i = 0; i < n; ++i)
    for (size_t r = 0; r < records.size(); ++r) score[i][r] = matched_fields(gold.incidents[i], records[r]);

  long pairings = 1;
  for (size_t i = 0; i < n && pairings <= kMaxPairings; ++i) pairings *= static_cast<long>(records.size() + 1);
  if (pairings <= kMaxPairings) {
    Pairing p{score, std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<bool>(records.size(), false)};
    p.walk(0, 0);
    s.paired = p.best;
  } else {
    std::vector<bool> used(records.size(), false);
    s.paired.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
      int best = -1;
      for (size_t r = 0; r < records.size(); ++r)
        if (!used[r] && (best < 0 || score[i][r] > score[i][static_cast<size_t>(best)])) best = static_cast<int>(r);
      if (best >= 0) used[static_cast<size_t>(best)] = true;
      s.paired[i] = best;
    }
  }

  std::vector<bool> used(records.size(), false);
  for (size_t i = 0; i < n; ++i) {
    int r = s.paired[i];
    if (r >= 0) used[static_cast<size_t>(r)] = true;
    std::vector<SitrepFieldResult> fields;
    for (auto it = gold.incidents[i].begin(); it != gold.incidents[i].end(); ++it) {
      SitrepFieldResult f;
      f.field = it.key();
      f.expected = it.value();
      const nlohmann::json* actual = r >= 0 ? value_at_path(records[static_cast<size_t>(r)], it.key()) : nullptr;
      if (actual) f.actual = *actual;
      f.ok = r >= 0 && expectation_matches(it.value(), actual);
      fields.push_back(std::move(f));
    }
    s.fields.push_back(std::move(fields));
  }
  for (size_t r = 0; r < records.size(); ++r) s.extra_records += !used[r] && is_default_status(records[r]);
  s.pass = s.failed_fields() == 0 && (!gold.complete || s.extra_records == 0);
  return s;
}

}  // namespace sitrep::eval
