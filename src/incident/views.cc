#include "incident/views.h"

#include <algorithm>
#include <chrono>

#include "extract/dates.h"
#include "extract/events.h"
#include "extract/hits.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

int row_of(const Table& t, std::string_view col, std::string_view value) {
  int c = t.column(col);
  for (size_t r = 0; r < t.size(); ++r)
    if (t.get(r, c) == value) return int(r);
  return -1;
}

// A string field of a record object, "" when absent or not a string (views never throw).
std::string str(const Json& o, const char* key) {
  return o.is_object() && o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string();
}

Json or_null(std::string_view s) { return s.empty() ? Json(nullptr) : Json(std::string(s)); }

std::string country_name(const Analysis& a, const std::string& cc) {
  const Table& c = a.lex.table(lex::kCountries);
  int r = row_of(c, "cca2", cc);
  return r < 0 ? cc : std::string(c.get(size_t(r), "name"));
}

std::string with_country(std::string name, const std::string& country) {
  size_t p = name.find("{country}");
  if (p == std::string::npos) return name;
  if (country.empty()) {
    // "Islamic State ({country})" without a place: drop the parenthesis.
    size_t open = name.rfind('(', p), close = name.find(')', p);
    if (open != std::string::npos && close != std::string::npos) return name.erase(open > 0 ? open - 1 : 0, close - open + 2);
    return name.replace(p, 9, "");
  }
  return name.replace(p, 9, country);
}

int64_t value_or(const Json& count, int64_t fallback) {
  if (count.is_object() && count.contains("value") && count["value"].is_number_integer()) return count["value"].get<int64_t>();
  return fallback;
}

// Days from 1970-01-01 of an ISO date, or INT32_MIN when it does not parse.
int32_t day_number(std::string_view iso) {
  int y, m, d;
  if (!parse_iso_date(iso, &y, &m, &d)) return INT32_MIN;
  using namespace std::chrono;
  return int32_t(sys_days(year(y) / month(unsigned(m)) / day(unsigned(d))).time_since_epoch().count());
}

// The latest day a record's date can stand for: a month-precision date is kept as the
// 15th, a year as 1 July (SPEC section 3), so the period's end is up to 16 or 184 days on.
int32_t latest_day(const Json& date) {
  if (!date.is_object() || !date["value"].is_string()) return INT32_MIN;
  int32_t d = day_number(date["value"].get<std::string>());
  std::string prec = date["precision"].is_string() ? date["precision"].get<std::string>() : "day";
  return d == INT32_MIN ? d : d + (prec == "year" ? 184 : prec == "month" ? 16 : prec == "week" ? 6 : 0);
}

// Armed forces of a state or of a non-state group ("rebel positions": GTD's
// "Terrorists/Non-State Militia").
bool armed_kind(const Json& t) {
  return t["kind"] == "military" || t["kind"] == "police" || str(t, "gtd_target_type") == "Terrorists/Non-State Militia";
}

// Tokens [first, end) of a record value's span, or {0, 0} when it has none.
std::pair<uint32_t, uint32_t> value_tokens(const Analysis& a, const Json& v) {
  if (!v.is_object() || !v.contains("span") || !v["span"].is_array() || v["span"].size() != 2) return {0, 0};
  uint32_t b = v["span"][0].get<uint32_t>(), e = v["span"][1].get<uint32_t>();
  const auto& toks = a.doc.tokens;
  auto lo = std::lower_bound(toks.begin(), toks.end(), b, [](const Token& t, uint32_t x) { return t.begin < x; });
  auto hi = std::lower_bound(lo, toks.end(), e, [](const Token& t, uint32_t x) { return t.begin < x; });
  return {uint32_t(lo - toks.begin()), uint32_t(hi - toks.begin())};
}

// A victim named by numbers alone ("three or four", "seven"): elliptical, the people of
// the group named before it, so it says nothing of who they were.
bool bare_count(const Analysis& a, const Json& v) {
  auto [first, end] = value_tokens(a, v);
  if (first >= end) return false;
  for (uint32_t i = first; i < end; ++i) {
    if (word_in(a, i, {"or", "and", "to", "more", "some", "about", "at", "least", "other", "others"})) continue;
    auto [lo, hi] = in_tokens(a.numbers, i >= 3 ? i - 3 : 0, i + 1);
    bool number = false;
    for (size_t n = lo; n < hi; ++n) number |= a.numbers[n].first <= i && i < a.numbers[n].end;
    if (!number) return false;
  }
  return true;
}

// The kind of people a record's victim names ("five soldiers": military), from the
// victims layer: the group whose words start at the victim's first byte.
std::string victim_kind(const Analysis& a, const Json& v) {
  if (!v.contains("span") || !v["span"].is_array() || v["span"].empty()) return "";
  uint32_t begin = v["span"][0].get<uint32_t>();
  auto it = std::lower_bound(a.victims.begin(), a.victims.end(), begin, [&](const VictimGroup& g, uint32_t b) {
    return a.doc.tokens[g.first].begin < b;
  });
  return it != a.victims.end() && a.doc.tokens[it->first].begin == begin ? it->target_kind : "";
}

bool force_agent(const Analysis& a, const AgentMention& g) {
  return g.country_row < 0 && a.lex.table(lex::kAgents).get(g.row, "class") == "force";
}

// The trigger's own object is an armed force: "attacked an army patrol", "ambushed a
// six-vehicle military convoy", "an attack on the 3rd Regiment", "the battalion was
// attacked". Such an act is combat (MUC-4 1.0 rule 1 b; ACLED: an armed clash) unless the
// record names civilian people or property as well.
bool force_object(const Analysis& a, const Json& r) {
  auto [first, end] = value_tokens(a, r["trigger"]);
  if (first >= end) return false;
  constexpr uint32_t kObjectReach = 5;  // "on a two-vehicle army patrol": preposition, article, modifiers
  uint32_t sent = a.doc.sentence_of[first];
  const Sentence& s = a.doc.sentences[sent];
  // The first people or target word after the trigger is its object: an agent ("a
  // two-vehicle army patrol") or a target ("an 11-vehicle convoy", "the barracks").
  uint32_t reach = std::min(end + kObjectReach, s.end_token);
  auto [lo, hi] = in_tokens(a.agents, end, reach);
  uint32_t agent_head = lo < hi ? a.agents[lo].head_first : reach;
  const auto& targets = table_hits(a, lex::kTargets);
  auto [tlo, thi] = in_tokens(targets, end, reach);
  uint32_t target_first = tlo < thi ? targets[tlo].first : reach;
  if (tlo < thi && target_first < agent_head && same_clause(a, end - 1, target_first)) {
    std::string_view tk = a.lex.table(lex::kTargets).get(targets[tlo].row, "target_kind");
    return tk == "military" || tk == "police";
  }
  // "Shot by troops": the agent of a passive is the doer, not the object.
  if (lo < hi && same_clause(a, end - 1, agent_head) && !word_is(a, a.agents[lo].first - 1, "by"))
    return force_agent(a, a.agents[lo]);
  // Passive: "a national police truck ... was ambushed", "the battalion was attacked".
  if (first > s.first_token + 1 && word_in(a, first - 1, {"was", "were", "been", "being"})) {
    uint32_t from = first >= s.first_token + kObjectReach + 1 ? first - kObjectReach - 1 : s.first_token;
    auto [plo, phi] = in_tokens(a.agents, from, first);
    if (plo < phi && a.agents[phi - 1].end + 1 >= first - 1 && force_agent(a, a.agents[phi - 1])) return true;
  }
  return false;
}

// A target whose span lies inside another target's ("vehicle" in "vehicle military
// convoy"): the same thing named twice.
bool nested_target(const Json& t, const Json& targets) {
  if (!t["span"].is_array() || t["span"].size() != 2) return false;
  for (const auto& o : targets) {
    if (&o == &t || !o["span"].is_array() || o["span"].size() != 2 || o["span"] == t["span"]) continue;
    if (o["span"][0] <= t["span"][0] && t["span"][1] <= o["span"][1]) return true;
  }
  return false;
}

// Every target is an armed force or installation, and every victim is armed too: the
// codebooks' "armed on both sides" case (ACLED battles, MUC-4's excluded guerrilla acts).
// A record with no target and no victim is not armed-only.
bool armed_targets_only(const Analysis& a, const Json& r) {
  if (r["targets"].empty() && r["victims"].empty()) return false;
  for (const auto& t : r["targets"])
    if (!armed_kind(t)) return false;
  for (const auto& v : r["victims"]) {
    // A bare number ("five soldiers were killed and seven wounded") is elliptical: the
    // people of the group before it.
    // A named person ("Corrales") is not elliptical, whatever the length of the name.
    bool named = !str(v, "name").empty();
    if ((str(v, "text").find(' ') == std::string::npos && !named) || bare_count(a, v)) continue;
    std::string k = victim_kind(a, v);
    if (k == "military" || k == "police") continue;
    bool armed = false;
    for (const auto& t : r["targets"]) armed |= t["span"] == v["span"] && armed_kind(t);
    if (!armed) return false;
  }
  return true;
}

// Some victim is a civilian ("three peasants", "a councilman"): not an armed force.
bool civilian_victims(const Analysis& a, const Json& r) {
  for (const auto& v : r["victims"]) {
    if (bare_count(a, v)) continue;
    std::string k = victim_kind(a, v);
    if (!k.empty() && k != "military" && k != "police") return true;
  }
  return false;
}

// Some target or victim is not an armed force: civilians, property, officials.
bool civilian_targets(const Analysis& a, const Json& r) {
  for (const auto& t : r["targets"])
    if (!armed_kind(t)) return true;
  for (const auto& v : r["victims"]) {
    std::string k = victim_kind(a, v);
    if (!k.empty() && k != "military" && k != "police") return true;
    // A victim named by more than a bare number and of no known armed kind ("the former
    // minister", "a Jesuit priest") is a civilian.
    if (k.empty() && (str(v, "text").find(' ') != std::string::npos || !str(v, "name").empty())) return true;
  }
  return false;
}

// Civilian people or property named beside an armed object: not the force's own vehicles
// ("the last vehicle of the convoy"), not a part of an armed target's name.
bool civilians_beside_forces(const Analysis& a, const Json& r) {
  for (const auto& t : r["targets"]) {
    if (armed_kind(t) || nested_target(t, r["targets"])) continue;
    // "ambushed an army convoy on the highway": after a locative preposition the word
    // says where the forces were, not what else was hit.
    auto [tf, te] = value_tokens(a, t);
    uint32_t p = tf;
    while (p > 0 && p + 2 > tf && word_in(a, p - 1, {"the", "a", "an"})) --p;
    if (tf < te && p > 0 && word_in(a, p - 1, {"on", "at", "near", "along", "outside", "in", "from"})) continue;
    std::string text = str(t, "text");
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    bool vehicle = false;
    for (const char* w : {"vehicle", "truck", "jeep", "helicopter", "convoy", "plane", "aircraft"})
      vehicle |= text.find(w) != std::string::npos;
    if (!vehicle) return true;
  }
  return civilian_victims(a, r);
}

// The acting side is a state (its forces or government): the first perpetrator that is
// not denied.
bool state_actor(const Json& r) {
  for (const auto& p : r["perpetrators"]) {
    if (p["status"] == "denied") continue;
    return p["kind"] == "state" || (p["inter"].is_number_integer() && p["inter"].get<int>() == 1);
  }
  return false;
}

// Some value of a record list names protesters ("18 protesters", "the demonstrators");
// with `crowd`, rioters and mobs as well.
bool names_protesters(const Json& list, bool crowd) {
  for (const auto& v : list) {
    std::string text = str(v, "text");
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* w : {"protester", "protestor", "demonstrator", "marcher"})
      if (text.find(w) != std::string::npos) return true;
    if (crowd)
      for (const char* w : {"rioter", "mob", "crowd"})
        if (text.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void add_views(const Analysis& a, uint32_t kind_row, const std::string& status, Json* record) {
  Json& r = *record;
  const Table& kinds = a.lex.table(lex::kKinds);
  const Table& sv = a.lex.table(lex::kStatusViews);
  int srow = row_of(sv, "status", status);
  auto rule = [&](std::string_view col) { return srow < 0 ? std::string_view() : sv.get(size_t(srow), col); };
  auto kind = [&](std::string_view col) { return kinds.get(kind_row, col); };
  std::string cc = r["location"].is_object() && r["location"]["country"].is_string() ? r["location"]["country"].get<std::string>() : "";
  std::string country = cc.empty() ? "" : country_name(a, cc);
  bool armed_only = armed_targets_only(a, r) || (force_object(a, r) && !civilians_beside_forces(a, r));
  // A foiled attack's state actor is the one who stopped it (police defusing a bomb).
  bool by_state = status != "foiled" && state_actor(r);

  // ACLED: actor pair, interaction, civilian targeting and every reported death.
  std::string event_type(kind("acled_event_type")), sub(kind("acled_sub_event_type"));
  if (!rule("acled_sub_event_type").empty()) {
    event_type = std::string(rule("acled_event_type"));
    sub = std::string(rule("acled_sub_event_type"));
  } else if (by_state && !kind("acled_state_sub_event_type").empty()) {
    // Territory taken by state forces is ACLED "Government regains territory".
    event_type = std::string(kind("acled_state_event_type"));
    sub = std::string(kind("acled_state_sub_event_type"));
  } else if (names_protesters(r["attackers"], true) && !kind("acled_crowd_sub_event_type").empty()) {
    // Protesters or rioters as the attackers: a riot (ACLED "Violent demonstration").
    event_type = std::string(kind("acled_crowd_event_type"));
    sub = std::string(kind("acled_crowd_sub_event_type"));
  } else if (by_state && (names_protesters(r["victims"], false) || names_protesters(r["targets"], false)) &&
             !kind("acled_protesters_sub_event_type").empty()) {
    // State forces shooting or beating protesters: "Excessive force against protesters".
    event_type = std::string(kind("acled_protesters_event_type"));
    sub = std::string(kind("acled_protesters_sub_event_type"));
  } else if (armed_only && !kind("acled_armed_sub_event_type").empty()) {
    // An attack whose targets are all armed forces is a battle, not violence against civilians.
    event_type = std::string(kind("acled_armed_event_type"));
    sub = std::string(kind("acled_armed_sub_event_type"));
  }
  if (rule("acled_include") == "1" && !event_type.empty() && !sub.empty()) {
    Json acled;
    acled["event_type"] = event_type;
    acled["sub_event_type"] = sub;
    const Table& actors = a.lex.table(lex::kActors);
    std::string actor1;
    int inter1 = 0;
    for (const auto& p : r["perpetrators"]) {
      if (p["status"] == "denied") continue;
      std::string id = str(p, "lexicon_id");
      int row = id.empty() ? -1 : row_of(actors, "id", id);
      std::string acled_name = row >= 0 ? std::string(actors.get(size_t(row), "acled_name")) : "";
      actor1 = with_country(acled_name.empty() ? str(p, "name") : acled_name, country);
      inter1 = p["inter"].is_number_integer() ? p["inter"].get<int>() : 0;
      break;
    }
    if (actor1.empty() && !r["attackers"].empty()) {
      actor1 = country.empty() ? "Unidentified Armed Group" : "Unidentified Armed Group (" + country + ")";
      inter1 = 3;
    }
    std::string actor2;
    int inter2 = 0;
    for (const auto& t : r["targets"]) {
      std::string tk = str(t, "kind");
      if (tk == "military") { actor2 = "Military Forces of " + country; inter2 = 1; }
      else if (tk == "police") { actor2 = "Police Forces of " + country; inter2 = 1; }
      else if (tk == "government") { actor2 = "Government of " + country; inter2 = 1; }
      else {
        std::string nat = !str(t, "nationality").empty() ? country_name(a, str(t, "nationality")) : country;
        actor2 = nat.empty() ? "Civilians" : "Civilians (" + nat + ")";
        inter2 = 7;
      }
      break;
    }
    if (actor2.empty() && !r["victims"].empty()) {
      actor2 = country.empty() ? "Civilians" : "Civilians (" + country + ")";
      inter2 = 7;
    }
    acled["actor1"] = or_null(actor1);
    acled["assoc_actor_1"] = nullptr;
    acled["inter1"] = inter1 ? Json(inter1) : Json(nullptr);
    acled["actor2"] = or_null(actor2);
    acled["assoc_actor_2"] = nullptr;
    acled["inter2"] = inter2 ? Json(inter2) : Json(nullptr);
    int lo = std::min(inter1, inter2), hi = std::max(inter1, inter2);
    acled["interaction"] = inter1 ? Json(lo ? lo * 10 + hi : hi * 10) : Json(nullptr);
    acled["civilian_targeting"] = inter2 == 7 ? Json("Civilian targeting") : Json(nullptr);
    acled["fatalities"] = value_or(r["killed"], 0) + value_or(r["attackers_killed"], 0);
    acled["geo_precision"] = r["location"].is_object() ? r["location"]["precision"] : Json(nullptr);
    std::string prec = r["date"].is_object() && r["date"]["precision"].is_string() ? r["date"]["precision"].get<std::string>() : "";
    acled["time_precision"] = prec == "day" ? Json(1) : prec == "week" ? Json(2) : prec.empty() ? Json(nullptr) : Json(3);
    r["acled"] = acled;
  } else {
    r["acled"] = nullptr;
  }

  // GTD: attack and weapon types, suicide, success, claims and counts.
  std::string_view attack = kind("gtd_attack_type");
  // GTD records only attacks by non-state actors (GTD codebook, inclusion criteria): state
  // violence is out of its scope.
  if (rule("gtd_include") == "1" && !attack.empty() && !by_state) {
    Json gtd;
    gtd["attack_type"] = std::string(attack);
    std::string wtype(kind("gtd_weapon_type")), wsub;
    if (!r["weapons"].empty()) {
      if (!str(r["weapons"][0], "gtd_weapon_type").empty()) wtype = str(r["weapons"][0], "gtd_weapon_type");
      if (r["weapons"][0]["gtd_weapon_subtype"].is_string()) wsub = r["weapons"][0]["gtd_weapon_subtype"];
    }
    gtd["weapon_type"] = or_null(wtype);
    gtd["weapon_subtype"] = or_null(wsub);
    std::string ttype;
    for (const auto& t : r["targets"])
      if (!str(t, "gtd_target_type").empty()) { ttype = str(t, "gtd_target_type"); break; }
    gtd["target_type"] = or_null(ttype);
    bool suicide = kind("plover_mode") == "suicide-attack" || wsub.find("Suicide") != std::string::npos;
    gtd["suicide"] = suicide;
    gtd["success"] = rule("gtd_success") == "1";
    std::string gname = "Unknown";
    for (const auto& p : r["perpetrators"])
      if (p["status"] != "denied" && !str(p, "name").empty()) { gname = str(p, "name"); break; }
    gtd["gname"] = gname;
    gtd["claimed"] = !r["claims"].empty();
    std::string mode;
    if (!r["claims"].empty() && r["claims"][0]["channel"].is_string()) {
      const Table& cm = a.lex.table(lex::kClaimModes);
      int row = row_of(cm, "channel", str(r["claims"][0], "channel"));
      if (row >= 0) mode = std::string(cm.get(size_t(row), "gtd_claimmode"));
    }
    gtd["claimmode"] = or_null(mode);
    // GTD's nkill counts every death, perpetrators included; nkillter is their part.
    const bool any_deaths = (r["killed"].is_object() && r["killed"]["value"].is_number_integer()) ||
                            (r["attackers_killed"].is_object() && r["attackers_killed"]["value"].is_number_integer());
    gtd["nkill"] = any_deaths ? Json(value_or(r["killed"], 0) + value_or(r["attackers_killed"], 0)) : Json(nullptr);
    gtd["nkillter"] = r["attackers_killed"].is_object() ? r["attackers_killed"]["value"] : Json(nullptr);
    gtd["nwound"] = r["injured"].is_object() ? r["injured"]["value"] : Json(nullptr);
    r["gtd"] = gtd;
  } else {
    r["gtd"] = nullptr;
  }

  std::string_view cameo = kind("cameo");
  if (status == "attempted" && !kind("cameo_attempted").empty()) cameo = kind("cameo_attempted");  // 185
  r["cameo"] = rule("cameo_include") == "1" ? or_null(cameo) : Json(nullptr);
  if (rule("plover_include") == "1" && !kind("plover_event_type").empty()) {
    Json p;
    p["event_type"] = std::string(kind("plover_event_type"));
    p["mode"] = or_null(kind("plover_mode"));
    r["plover"] = p;
  } else {
    r["plover"] = nullptr;
  }
  // MUC-4 (task documentation, section 1.0): acts against military or police forces alone
  // are guerrilla warfare, not terrorism; only recent incidents count (within
  // muc4_recent_days of the report), and some statuses only with such a date.
  std::string_view muc_type = armed_only ? kind("muc4_armed_type") : kind("muc4_type");
  // State forces are perpetrators of a MUC-4 act only against civilians (section 1.0,
  // point 2): a bombardment with no civilian target named is a military operation.
  if (by_state && !civilian_targets(a, r)) muc_type = {};
  bool recent = true;
  std::string_view recent_days = rule("muc4_recent_days");
  int32_t anchor = day_number(a.anchor_date), latest = latest_day(r["date"]);
  if (!recent_days.empty() && anchor != INT32_MIN) {
    if (latest != INT32_MIN) recent = latest >= anchor - std::stoi(std::string(recent_days));
    else recent = rule("muc4_needs_date") != "1";
  }
  bool specific = kind("muc4_needs_target") != "1" || !r["targets"].empty() || !r["victims"].empty() ||
                  !r["weapons"].empty();
  // "2": only with a civilian victim named (a clash between armed sides that kills
  // villagers is an attack on them; one between soldiers and rebels alone is not).
  if (kind("muc4_needs_target") == "2") specific = civilian_victims(a, r);
  if (!muc_type.empty() && !rule("muc4_stage").empty() && recent && specific) {
    Json m;
    m["type"] = std::string(muc_type);
    m["stage"] = std::string(rule("muc4_stage"));
    r["muc4"] = m;
  } else {
    r["muc4"] = nullptr;
  }
}

}  // namespace sitrep
