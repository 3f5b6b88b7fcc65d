// Record accessors and the record -> GTT template mapping of SPEC section 7.
#include "eval/record_view.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "eval/text_match.h"

namespace sitrep::eval {

std::string string_field(const nlohmann::json& object, std::string_view key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

const nlohmann::json& object_field(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  if (it == object.end() || !it->is_object()) return kNull;
  return *it;
}

const nlohmann::json& array_field(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  if (!object.is_object()) return kEmpty;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return kEmpty;
  return *it;
}

bool is_default_status(const nlohmann::json& record) {
  std::string status = string_field(record, "status");
  return status == "reported" || status == "attempted" || status == "foiled";
}

bool is_muc_country(std::string_view iso2) {
  static constexpr std::array<std::string_view, 9> kMucCountries = {"AR", "BO", "CL", "CO", "EC",
                                                                   "SV", "GT", "HN", "PE"};
  return std::find(kMucCountries.begin(), kMucCountries.end(), iso2) != kMucCountries.end();
}

bool in_muc_scope(const nlohmann::json& record) {
  std::vector<std::string> places;
  places.push_back(string_field(object_field(record, "location"), "country"));
  for (const auto& p : array_field(record, "perpetrators")) places.push_back(string_field(p, "country"));
  for (const auto& t : array_field(record, "targets")) places.push_back(string_field(t, "nationality"));
  for (const auto& v : array_field(record, "victims")) places.push_back(string_field(v, "nationality"));
  bool elsewhere = false;
  for (const std::string& c : places) {
    if (c.empty()) continue;
    if (is_muc_country(c)) return true;
    elsewhere = true;
  }
  return !elsewhere;
}

std::optional<GttTemplate> gtt_template_from_record(const nlohmann::json& record) {
  const nlohmann::json& muc4 = object_field(record, "muc4");
  if (muc4.is_null() || !in_muc_scope(record)) return std::nullopt;
  GttTemplate t;
  std::string type = string_field(muc4, "type");
  if (type.empty()) type = "attack";  // eval.py reads a type that is not a string as "attack"
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  t.incident_type = type;
  struct Source {
    const char* array;
    const char* field;
  };
  static constexpr std::array<Source, kGttEntityRoles> kSources = {{{"attackers", "text"},
                                                                    {"perpetrators", "text"},
                                                                    {"targets", "text"},
                                                                    {"victims", "name"},
                                                                    {"weapons", "text"}}};
  // MUC-4 template doc 7.7: INCIDENT: INSTRUMENT ID is "applicable to all incident types
  // except ARSON and KIDNAPPING" (the record keeps its weapons for GTD and ACLED).
  const bool no_instrument = type == "arson" || type == "kidnapping";
  for (int r = 0; r < kGttEntityRoles; ++r) {
    if (r == 4 && no_instrument) continue;
    std::set<std::string> seen;
    for (const auto& item : array_field(record, kSources[r].array)) {
      // MUC's PHYS TGT is a physical target: targets named by the people attacked
      // ("people": true) are victims, not targets.
      if (r == 2 && item.is_object() && item.contains("people") && item["people"] == true) continue;
      std::string words = string_field(item, kSources[r].field);
      if (words.empty() || !seen.insert(gtt_normalize(words)).second) continue;
      t.entities[static_cast<size_t>(r)].push_back({words});
    }
  }
  return t;
}

std::vector<GttTemplate> gtt_templates_from_records(const std::vector<nlohmann::json>& records) {
  std::vector<GttTemplate> out;
  for (const auto& record : records)
    if (auto t = gtt_template_from_record(record)) out.push_back(std::move(*t));
  return out;
}

}  // namespace sitrep::eval
