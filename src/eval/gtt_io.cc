// Readers for GTT's gold and prediction files. JSON errors are caught here and turned into
// messages naming the file and line.
#include "eval/gtt_io.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>
#include <unordered_map>

namespace sitrep::eval {
namespace {

using ordered_json = nlohmann::ordered_json;

// Index into GttTemplate::entities for a GTT role name, -1 for incident_type, -2 otherwise.
int role_index(std::string_view key) {
  if (key == "incident_type") return -1;
  for (int r = 1; r < kGttRoles; ++r)
    if (key == kGttRoleNames[r]) return r - 1;
  return -2;
}

std::string_view next_line(std::string_view content, size_t* pos) {
  size_t end = content.find('\n', *pos);
  if (end == std::string_view::npos) end = content.size();
  std::string_view line = content.substr(*pos, end - *pos);
  *pos = end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

Result<GttGoldFile> parse_gtt_gold(std::string_view content, std::string_view filename) {
  using R = Result<GttGoldFile>;
  GttGoldFile out;
  std::unordered_map<std::string, size_t> index_of;
  std::set<std::string> warned_keys;
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    ++line_no;
    std::string_view line = next_line(content, &pos);
    if (blank(line)) continue;
    ordered_json doc;
    try {
      doc = ordered_json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return R::failure(located(filename, line_no, std::string("invalid JSON: ") + e.what()));
    }
    auto fail = [&](const std::string& why) { return R::failure(located(filename, line_no, why)); };
    if (!doc.is_object()) return fail("expected a JSON object {\"docid\", \"doctext\", \"templates\"}");
    if (!doc.contains("docid") || !doc["docid"].is_string()) return fail("missing string \"docid\"");
    if (!doc.contains("templates") || !doc["templates"].is_array()) return fail("missing array \"templates\"");
    GttGoldDoc gold;
    gold.docid = doc["docid"].get<std::string>();
    gold.line = line_no;
    if (doc.contains("doctext")) {
      if (!doc["doctext"].is_string()) return fail("\"doctext\" is not a string");
      gold.text = doc["doctext"].get<std::string>();
    }
    // eval.py compares templates as OrderedDicts: same keys in the same order, same values.
    std::vector<std::vector<std::pair<std::string, ordered_json>>> seen;
    for (const ordered_json& raw : doc["templates"]) {
      if (!raw.is_object()) return fail("a template is not a JSON object");
      std::vector<std::pair<std::string, ordered_json>> signature;
      GttTemplate t;
      bool has_type = false;
      for (auto it = raw.begin(); it != raw.end(); ++it) {
        const std::string& key = it.key();
        const ordered_json& value = it.value();
        int r = role_index(key);
        if (r == -1) {
          if (!value.is_string()) return fail("incident_type is not a string");
          t.incident_type = value.get<std::string>();
          has_type = true;
          signature.emplace_back(key, value);
          continue;
        }
        if (!value.is_array()) return fail("role \"" + key + "\" is not an array of entities");
        ordered_json entities = ordered_json::array();
        std::vector<GttEntity> parsed;
        for (const ordered_json& entity_raw : value) {
          if (!entity_raw.is_array()) return fail("an entity of \"" + key + "\" is not an array of mentions");
          GttEntity entity;
          for (const ordered_json& pair : entity_raw) {
            if (pair.is_string()) {
              entity.push_back(pair.get<std::string>());
            } else if (pair.is_array() && !pair.empty() && pair[0].is_string()) {
              entity.push_back(pair[0].get<std::string>());
            } else {
              return fail("a mention of \"" + key + "\" is neither [\"text\", offset] nor a string");
            }
          }
          if (entity.empty()) continue;  // eval.py: `if entity:`
          entities.push_back(entity);
          parsed.push_back(std::move(entity));
        }
        signature.emplace_back(key, entities);
        if (r >= 0) {
          t.entities[static_cast<size_t>(r)] = std::move(parsed);
        } else if (warned_keys.insert(key).second) {
          out.warnings.push_back(located(filename, line_no, "ignoring template key \"" + key + "\" (not a GTT role)"));
        }
      }
      if (!has_type) return fail("a template has no incident_type");
      bool duplicate = false;
      for (const auto& s : seen) duplicate = duplicate || s == signature;
      if (duplicate) continue;
      seen.push_back(std::move(signature));
      gold.templates.push_back(std::move(t));
    }
    auto [it, inserted] = index_of.emplace(gold.docid, out.docs.size());
    if (inserted) {
      out.docs.push_back(std::move(gold));
    } else {
      out.warnings.push_back(located(filename, line_no, "docid " + gold.docid + " repeated; the last one counts"));
      out.docs[it->second] = std::move(gold);
    }
  }
  return out;
}

std::string gtt_numeric_docid(std::string_view docid) {
  size_t first_dash = docid.find('-');
  size_t last_dash = docid.rfind('-');
  if (first_dash == std::string_view::npos || first_dash == 0) return "";
  char digit = docid[first_dash - 1];
  std::string_view number = docid.substr(last_dash + 1);
  if (!std::isdigit(static_cast<unsigned char>(digit)) || number.empty() || number.size() > 9) return "";
  for (char c : number)
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  long value = (digit - '0') * 10000L + std::stol(std::string(number));
  return std::to_string(value);
}

Result<GttPredFile> parse_gtt_predictions(std::string_view content, std::string_view filename) {
  using R = Result<GttPredFile>;
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error& e) {
    return R::failure(located(filename, line_of_offset(content, e.byte > 0 ? e.byte - 1 : 0),
                              std::string("invalid JSON: ") + e.what()));
  } catch (const nlohmann::json::exception& e) {
    return R::failure(located(filename, 0, std::string("invalid JSON: ") + e.what()));
  }
  if (!root.is_object())
    return R::failure(located(filename, 1, "expected a JSON object {docid: {\"pred_templates\": [...]}}"));
  GttPredFile out;
  std::set<std::string> warned_keys;
  for (auto doc = root.begin(); doc != root.end(); ++doc) {
    auto fail = [&](const std::string& why) {
      return R::failure(located(filename, 0, "document \"" + doc.key() + "\": " + why));
    };
    if (!doc->is_object() || !doc->contains("pred_templates") || !(*doc)["pred_templates"].is_array())
      return fail("expected an object with an array \"pred_templates\"");
    std::vector<GttTemplate> templates;
    for (const nlohmann::json& raw : (*doc)["pred_templates"]) {
      if (!raw.is_object()) return fail("a predicted template is not a JSON object");
      GttTemplate t;
      t.incident_type = "attack";  // eval.py: a type that is not a string is read as "attack"
      for (auto it = raw.begin(); it != raw.end(); ++it) {
        int r = role_index(it.key());
        if (r == -1) {
          if (it->is_string()) t.incident_type = it->get<std::string>();
          continue;
        }
        if (r == -2) {
          if (warned_keys.insert(it.key()).second)
            out.warnings.push_back(located(filename, 0, "ignoring template key \"" + it.key() + "\" (not a GTT role)"));
          continue;
        }
        if (!it->is_array()) return fail("role \"" + it.key() + "\" is not an array of entities");
        for (const nlohmann::json& entity_raw : *it) {
          GttEntity entity;
          if (entity_raw.is_string()) {
            entity.push_back(entity_raw.get<std::string>());
          } else if (entity_raw.is_array()) {
            for (const nlohmann::json& m : entity_raw) {
              if (!m.is_string()) return fail("a mention of \"" + it.key() + "\" is not a string");
              entity.push_back(m.get<std::string>());
            }
          } else {
            return fail("an entity of \"" + it.key() + "\" is not an array of mentions");
          }
          // Kept even when empty: eval.py keeps predicted entities as they are (an empty one
          // matches any gold entity).
          t.entities[static_cast<size_t>(r)].push_back(std::move(entity));
        }
      }
      templates.push_back(std::move(t));
    }
    out.docs[doc.key()] = std::move(templates);
  }
  return out;
}

const std::vector<GttTemplate>* find_gtt_predictions(const GttPredFile& preds, std::string_view docid) {
  auto it = preds.docs.find(std::string(docid));
  if (it != preds.docs.end()) return &it->second;
  std::string numeric = gtt_numeric_docid(docid);
  if (numeric.empty()) return nullptr;
  it = preds.docs.find(numeric);
  return it == preds.docs.end() ? nullptr : &it->second;
}

std::string describe_gtt_template(const GttTemplate& t) {
  std::string out = t.incident_type.empty() ? "(no type)" : t.incident_type;
  for (int r = 0; r < kGttEntityRoles; ++r) {
    if (t.entities[r].empty()) continue;
    out += " | ";
    out += kGttRoleNames[r + 1];
    out += ": ";
    for (size_t e = 0; e < t.entities[r].size(); ++e) {
      if (e > 0) out += "; ";
      const GttEntity& entity = t.entities[r][e];
      for (size_t m = 0; m < entity.size(); ++m) {
        if (m > 0) out += " / ";
        out += entity[m];
      }
      if (entity.empty()) out += "(empty)";
    }
  }
  return out;
}

}  // namespace sitrep::eval
