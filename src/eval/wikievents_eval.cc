// WikiEvents gold arguments against record fields (see wikievents_eval.h for the mapping).
#include "eval/wikievents_eval.h"

#include <algorithm>
#include <set>

#include "eval/record_view.h"
#include "eval/text_match.h"

namespace sitrep::eval {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The gold role class of an argument of a scored event type, or false.
bool gold_role(std::string_view role, WikiRole* out) {
  if (role == "Attacker" || role == "Killer" || role == "Injurer") *out = WikiRole::kAttacker;
  else if (role == "Target") *out = WikiRole::kTarget;
  else if (role == "Victim") *out = WikiRole::kVictim;
  else if (role == "Instrument" || role == "ExplosiveDevice") *out = WikiRole::kInstrument;
  else if (role == "Place") *out = WikiRole::kPlace;
  else return false;
  return true;
}

// Which gold roles a record field may fill.
bool compatible(WikiField field, WikiRole role) {
  switch (field) {
    case WikiField::kAttacker: return role == WikiRole::kAttacker;
    case WikiField::kTarget: return role == WikiRole::kTarget;
    case WikiField::kVictim: return role == WikiRole::kTarget || role == WikiRole::kVictim;
    case WikiField::kWeapon: return role == WikiRole::kInstrument;
    case WikiField::kLocation: return role == WikiRole::kPlace;
  }
  return false;
}

bool item_matches(const WikiPredItem& item, const WikiGoldArg& arg) {
  return std::any_of(item.forms.begin(), item.forms.end(), [&](const std::string& form) {
    return arg.role == WikiRole::kPlace ? head_words_match(form, arg.text) : words_match(form, arg.text);
  });
}

const char* field_name(WikiField f) {
  static const char* const kNames[] = {"perpetrator/attacker", "target", "victim", "weapon", "location"};
  return kNames[static_cast<int>(f)];
}

}  // namespace

Result<std::vector<WikiDoc>> parse_wikievents(std::string_view content, std::string_view filename) {
  using R = Result<std::vector<WikiDoc>>;
  std::vector<WikiDoc> out;
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    ++line_no;
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto fail = [&](const std::string& why) { return R::failure(located(filename, line_no, why)); };
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return fail(std::string("invalid JSON: ") + e.what());
    }
    if (!doc.is_object() || !doc.contains("doc_id") || !doc["doc_id"].is_string())
      return fail("expected an object with a string \"doc_id\"");
    WikiDoc w;
    w.id = doc["doc_id"].get<std::string>();
    w.line = line_no;
    // The sentences joined by line breaks: the dataset's "text" runs the sentences together
    // ("...in SyriaThe desert..."), which would blur sentence boundaries for extraction.
    if (doc.contains("sentences") && doc["sentences"].is_array()) {
      for (const auto& sentence : doc["sentences"])
        if (sentence.is_array() && sentence.size() >= 2 && sentence[1].is_string())
          w.text += (w.text.empty() ? "" : "\n") + sentence[1].get<std::string>();
    }
    if (w.text.empty() && doc.contains("text") && doc["text"].is_string()) w.text = doc["text"].get<std::string>();
    if (w.text.empty() && doc.contains("tokens") && doc["tokens"].is_array())
      for (const auto& t : doc["tokens"])
        if (t.is_string()) w.text += (w.text.empty() ? "" : " ") + t.get<std::string>();
    if (w.text.empty()) return fail("no \"sentences\", \"text\" or \"tokens\"");
    if (!doc.contains("event_mentions") || !doc["event_mentions"].is_array())
      return fail("missing array \"event_mentions\"");
    std::set<std::pair<int, std::string>> seen;
    for (const auto& event : doc["event_mentions"]) {
      if (!event.is_object() || !event.contains("event_type") || !event["event_type"].is_string())
        return fail("an event mention without a string \"event_type\"");
      std::string type = event["event_type"].get<std::string>();
      bool attack = starts_with(type, "Conflict.Attack.");
      bool die = starts_with(type, "Life.Die.");
      if (!attack && !die && !starts_with(type, "Life.Injure.")) continue;
      w.has_attack_or_death = w.has_attack_or_death || attack || die;
      const nlohmann::json& args = event.contains("arguments") ? event["arguments"] : nlohmann::json::array();
      if (!args.is_array()) return fail("\"arguments\" is not an array");
      for (const auto& arg : args) {
        if (!arg.is_object() || !arg.contains("role") || !arg["role"].is_string() || !arg.contains("text") ||
            !arg["text"].is_string())
          return fail("an argument without string \"role\" and \"text\"");
        WikiRole role;
        if (!gold_role(arg["role"].get<std::string>(), &role)) continue;
        std::string text = arg["text"].get<std::string>();
        std::string key = gtt_normalize(text);
        if (key.empty()) continue;
        if (!seen.insert({static_cast<int>(role), key}).second) {
          // Already there; an attack's Place keeps the attack mark if any event had it.
          for (WikiGoldArg& a : w.args)
            if (a.role == role && gtt_normalize(a.text) == key) a.of_attack = a.of_attack || attack;
          continue;
        }
        w.args.push_back({role, std::move(text), attack});
      }
    }
    out.push_back(std::move(w));
  }
  return out;
}

bool is_wikievents_incident(const nlohmann::json& record) {
  std::string status = string_field(record, "status");
  if (status != "reported" && status != "attempted" && status != "foiled" && status != "background") return false;
  if (!object_field(record, "muc4").is_null() || !object_field(record, "gtd").is_null()) return true;
  std::string type = string_field(object_field(record, "acled"), "event_type");
  return type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians" ||
         type == "Riots";
}

std::vector<WikiPredItem> wikievents_items(const std::vector<nlohmann::json>& records) {
  std::vector<WikiPredItem> items;
  std::set<std::pair<int, std::string>> seen;
  auto add = [&](WikiField field, std::vector<std::string> forms) {
    forms.erase(std::remove_if(forms.begin(), forms.end(), [](const std::string& f) { return gtt_normalize(f).empty(); }),
                forms.end());
    if (forms.empty()) return;
    std::string key;
    for (const std::string& f : forms) key += gtt_normalize(f) + "|";
    if (seen.insert({static_cast<int>(field), key}).second) items.push_back({field, std::move(forms)});
  };
  for (const auto& r : records) {
    if (!is_wikievents_incident(r)) continue;
    for (const auto& p : array_field(r, "perpetrators")) add(WikiField::kAttacker, {string_field(p, "text"), string_field(p, "name")});
    for (const auto& a : array_field(r, "attackers")) add(WikiField::kAttacker, {string_field(a, "text")});
    for (const auto& t : array_field(r, "targets")) add(WikiField::kTarget, {string_field(t, "text")});
    for (const auto& v : array_field(r, "victims")) add(WikiField::kVictim, {string_field(v, "text"), string_field(v, "name")});
    for (const auto& w : array_field(r, "weapons")) add(WikiField::kWeapon, {string_field(w, "text")});
    const nlohmann::json& loc = object_field(r, "location");
    if (!loc.is_null())
      add(WikiField::kLocation, {string_field(loc, "name"), string_field(loc, "text"), string_field(loc, "site")});
  }
  return items;
}

WikiDocScore score_wikievents_doc(const WikiDoc& gold, const std::vector<nlohmann::json>& records) {
  WikiDocScore s;
  std::vector<WikiPredItem> items = wikievents_items(records);
  s.has_incident = std::any_of(records.begin(), records.end(), is_wikievents_incident);

  for (const WikiGoldArg& arg : gold.args) {
    WikiCounts& role = s.roles[static_cast<int>(arg.role)];
    bool found = std::any_of(items.begin(), items.end(), [&](const WikiPredItem& item) {
      return compatible(item.field, arg.role) && item_matches(item, arg);
    });
    ++role.gold, ++s.overall.gold;
    role.gold_found += found, s.overall.gold_found += found;
    if (!found) s.missed.push_back(std::string(kWikiRoleNames[static_cast<int>(arg.role)]) + ": " + arg.text);
    if (arg.role == WikiRole::kPlace && arg.of_attack) {
      ++s.attack_places;
      // The Place share: the incident location's name or site, head word against head word.
      bool place_found = false;
      for (const auto& r : records) {
        if (!is_wikievents_incident(r)) continue;
        const nlohmann::json& loc = object_field(r, "location");
        place_found = place_found || head_words_match(string_field(loc, "name"), arg.text) ||
                      head_words_match(string_field(loc, "site"), arg.text);
      }
      s.attack_places_found += place_found;
    }
  }
  for (const WikiPredItem& item : items) {
    bool right = false;
    for (int r = 0; r < kWikiRoles; ++r) {
      WikiRole role = static_cast<WikiRole>(r);
      if (!compatible(item.field, role)) continue;
      bool right_here = std::any_of(gold.args.begin(), gold.args.end(), [&](const WikiGoldArg& arg) {
        return arg.role == role && item_matches(item, arg);
      });
      ++s.roles[r].pred;
      s.roles[r].pred_right += right_here;
      right = right || right_here;
    }
    ++s.overall.pred;
    s.overall.pred_right += right;
    if (!right) s.spurious.push_back(std::string(field_name(item.field)) + ": " + item.forms.front());
  }
  return s;
}

}  // namespace sitrep::eval
