#include "incident/views.h"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "extract/actors.h"
#include "extract/dates.h"
#include "extract/events.h"
#include "extract/hits.h"

namespace sitrep {
namespace {

// The first row whose `col` is `value`, -1 when none: a scan, for the small tables
// (status views, claim modes); actors and countries are looked up through the lexicon's
// indexes.
int row_of(const Table& t, std::string_view col, std::string_view value) {
  const int c = t.column(col);
  for (size_t r = 0; r < t.size(); ++r)
    if (t.get(r, c) == value) return int(r);
  return -1;
}

// The actors-table row of `id` valid at the document's date: one id names one actor whose
// identity can change (the Taliban are an armed group until 15 August 2021 and
// Afghanistan's state forces after; data/FORMATS.md), as the actors stage chose it; the
// first row of the id when none is valid.
int actor_row_at(const Lexicon& lex, std::string_view id, const std::string& date) {
  const std::span<const uint32_t> rows = lex.actor_rows(id);
  if (rows.empty()) return -1;
  const Table& actors = lex.table(lex::kActors);
  for (uint32_t r : rows)
    if (row_valid_at(actors, r, date)) return int(r);
  return int(rows[0]);
}

// The actors-table row of a perpetrator: of its id's rows, the one the actors stage chose
// for its words (the same kind and ACLED type: the row valid at the date of its sentence,
// extract/actors.cc `actor_date`), so that "On 3 March 2019, Taliban fighters ..." in a
// 2024 report stays the armed group; with several such rows, the one valid at the
// record's date, else at the document's.
int perpetrator_row(const Analysis& a, const Record& r, const Perpetrator& p) {
  if (!p.lexicon_id) return -1;
  const std::span<const uint32_t> rows = a.lex.actor_rows(*p.lexicon_id);
  const Table& actors = a.lex.table(lex::kActors);
  const std::string& date = r.date && r.date->value ? *r.date->value : a.anchor_date;
  int same = -1;
  for (uint32_t row : rows) {
    std::string_view inter = actors.get(row, "inter");
    if (actors.get(row, "kind") != p.kind || inter != (p.inter ? std::to_string(*p.inter) : std::string())) continue;
    if (row_valid_at(actors, row, date)) return int(row);
    if (same < 0) same = int(row);
  }
  return same >= 0 ? same : actor_row_at(a.lex, *p.lexicon_id, a.anchor_date);
}

std::optional<std::string> or_null(std::string_view s) {
  return s.empty() ? std::optional<std::string>() : std::optional<std::string>(std::string(s));
}

// The state's name in ACLED's strings: one spelling per state, whichever path named it
// (the actors lexicon's "Military Forces of Turkey", a demonym, the place's country).
// ACLED's own spelling is the one its state forces' rows in data/actors/actors.tsv carry
// ("Military Forces of the United States", "of Turkey", "of Democratic Republic of Congo"),
// with "the" where ACLED writes it after "of" (`with_country` drops it inside brackets:
// "Civilians (United States)"); world-countries' common name ("Türkiye", "DR Congo") only
// for a state the lexicon has no forces of.
std::string country_name(const Analysis& a, const std::string& cc) {
  static constexpr std::string_view kForces = "Military Forces of ";
  const Table& actors = a.lex.table(lex::kActors);
  for (uint32_t r : a.lex.country_actor_rows(cc)) {
    if (actors.get(r, "kind") != "state") continue;
    std::string_view name = actors.get(r, "acled_name");
    if (!name.starts_with(kForces)) continue;
    name.remove_prefix(kForces.size());
    // "Military Forces of Sudan (2019-) Rapid Support Forces", "of Iraq (1979-2003)".
    if (size_t paren = name.find(" ("); paren != std::string_view::npos) name = name.substr(0, paren);
    if (!name.empty()) return std::string(name);
  }
  const std::span<const uint32_t> rows = a.lex.country_rows(cc);
  return rows.empty() ? cc : std::string(a.lex.table(lex::kCountries).get(rows[0], "name"));
}

std::string with_country(std::string name, const std::string& country_of) {
  size_t p = name.find("{country}");
  if (p == std::string::npos) return name;
  // In brackets ACLED names the state without its article: "Civilians (United States)".
  const std::string country = country_of.starts_with("the ") ? country_of.substr(4) : country_of;
  if (country.empty()) {
    // "Islamic State ({country})" without a place: drop the parenthesis.
    size_t open = name.rfind('(', p), close = name.find(')', p);
    if (open != std::string::npos && close != std::string::npos) return name.erase(open > 0 ? open - 1 : 0, close - open + 2);
    return name.replace(p, 9, "");
  }
  return name.replace(p, 9, country);
}

// ACLED's name of a state body of a country ("Military Forces of Mali"); with no country
// known, no name: ACLED names every state body by its state, and a bare "Military Forces"
// names no actor (nor one that ends in "of ").
std::string state_body(std::string_view body, const std::string& country) {
  return country.empty() ? std::string() : std::string(body) + " of " + country;
}

int64_t value_or(const std::optional<CasualtyCount>& count, int64_t fallback) {
  return count && count->value ? *count->value : fallback;
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
int32_t latest_day(const std::optional<RecordDate>& date) {
  if (!date || !date->value) return INT32_MIN;
  int32_t d = day_number(*date->value);
  std::string_view prec = date->precision ? std::string_view(*date->precision) : "day";
  return d == INT32_MIN ? d : d + (prec == "year" ? 184 : prec == "month" ? 16 : prec == "week" ? 6 : 0);
}

// Armed forces of a state or of a non-state group ("rebel positions": GTD's
// "Terrorists/Non-State Militia").
bool armed_kind(const Target& t) {
  return t.kind == "military" || t.kind == "police" || t.gtd_target_type == "Terrorists/Non-State Militia";
}

// Tokens [first, end) of a record value's words.
std::pair<uint32_t, uint32_t> value_tokens(const Analysis& a, const TextSpan& v) {
  uint32_t b = v.begin, e = v.end;
  const auto& toks = a.doc.tokens;
  auto lo = std::lower_bound(toks.begin(), toks.end(), b, [](const Token& t, uint32_t x) { return t.begin < x; });
  auto hi = std::lower_bound(lo, toks.end(), e, [](const Token& t, uint32_t x) { return t.begin < x; });
  return {uint32_t(lo - toks.begin()), uint32_t(hi - toks.begin())};
}

// A victim named by numbers alone ("three or four", "seven"): elliptical, the people of
// the group named before it, so it says nothing of who they were.
bool bare_count(const Analysis& a, const Victim& v) {
  auto [first, end] = value_tokens(a, v.words);
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
std::string victim_kind(const Analysis& a, const Victim& v) {
  uint32_t begin = v.words.begin;
  auto it = std::lower_bound(a.victims.begin(), a.victims.end(), begin, [&](const VictimGroup& g, uint32_t b) {
    return a.doc.tokens[g.first].begin < b;
  });
  return it != a.victims.end() && a.doc.tokens[it->first].begin == begin ? it->target_kind : "";
}

bool force_agent(const Analysis& a, const AgentMention& g) {
  return g.country_row < 0 && a.lex.table(lex::kAgents).get(g.row, "class") == "force";
}

// The word at `i` lies in a relative clause: a relative pronoun stands before it in its
// clause ("the judge, who had ordered the arrest of two army officers, ..."). Bounded: a
// relative clause that long has ended.
bool in_relative_clause(const Analysis& a, const Sentence& s, uint32_t i) {
  constexpr uint32_t kRelativeReach = 12;
  for (uint32_t j = i; j > s.first_token && i - j < kRelativeReach; --j) {
    if (word_in(a, j - 1, {"who", "whom", "whose", "which"})) return true;
    if (a.doc.tokens[j - 1].is(kPunct)) return false;
  }
  return false;
}

// A convoy of what or whom is no force: "a convoy of aid trucks", "the convoy of the
// governor", "a convoy carrying displaced families" (the targets stage gives it their kind);
// "a convoy of soldiers" is one.
bool civilian_convoy(const Analysis& a, const Hit& h) {
  if (!word_in(a, h.end - 1, {"convoy", "convoys"}) ||
      !word_in(a, h.end, {"of", "carrying", "transporting", "ferrying"}))
    return false;
  const uint32_t reach = h.end + 4;  // "of [the] [aid] trucks"
  const auto& targets = table_hits(a, lex::kTargets);
  auto [tlo, thi] = in_tokens(targets, h.end + 1, reach);
  auto [glo, ghi] = in_tokens(a.agents, h.end + 1, reach);
  if (glo < ghi && (thi == tlo || a.agents[glo].first <= targets[tlo].first))
    return !force_agent(a, a.agents[glo]) && a.agents[glo].country_row < 0 &&
           a.lex.table(lex::kAgents).get(a.agents[glo].row, "class") != "attacker";
  if (tlo == thi) return false;
  std::string_view tk = a.lex.table(lex::kTargets).get(targets[tlo].row, "target_kind");
  return tk != "military" && tk != "police";
}

// The trigger's own object is an armed force: "attacked an army patrol", "ambushed a
// six-vehicle military convoy", "an attack on the 3rd Regiment", "the battalion was
// attacked". Such an act is combat (MUC-4 1.0 rule 1 b; ACLED: an armed clash) unless the
// record names civilian people or property as well.
bool force_object(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
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
    return (tk == "military" || tk == "police") && !civilian_convoy(a, targets[tlo]);
  }
  // "Shot by troops": the agent of a passive is the doer, not the object.
  if (lo < hi && same_clause(a, end - 1, agent_head) && !word_is(a, a.agents[lo].first - 1, "by"))
    return force_agent(a, a.agents[lo]);
  // Passive: "a national police truck ... was ambushed", "the battalion was attacked".
  // Not a force named inside a relative clause about the subject: in "the judge, who had
  // ordered the arrest of two army officers, was murdered" the officers are no object.
  if (first > s.first_token + 1 && word_in(a, first - 1, {"was", "were", "been", "being"})) {
    uint32_t from = first >= s.first_token + kObjectReach + 1 ? first - kObjectReach - 1 : s.first_token;
    auto [plo, phi] = in_tokens(a.agents, from, first);
    if (plo < phi && a.agents[phi - 1].end + 1 >= first - 1 && force_agent(a, a.agents[phi - 1]) &&
        !in_relative_clause(a, s, a.agents[phi - 1].first))
      return true;
  }
  return false;
}

// The trigger's own words name an armed installation: "captured an army base", "seized the
// garrison".
bool trigger_names_armed_target(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  const auto& targets = table_hits(a, lex::kTargets);
  auto [lo, hi] = in_tokens(targets, first, end);
  for (size_t i = lo; i < hi; ++i) {
    if (targets[i].end > end) continue;
    std::string_view tk = a.lex.table(lex::kTargets).get(targets[i].row, "target_kind");
    if (tk == "military" || tk == "police") return true;
  }
  return false;
}

// A target whose span lies inside another target's ("vehicle" in "vehicle military
// convoy"): the same thing named twice.
bool nested_target(const Target& t, const std::vector<Target>& targets) {
  for (const Target& o : targets) {
    if (&o == &t || (o.words.begin == t.words.begin && o.words.end == t.words.end)) continue;
    if (o.words.begin <= t.words.begin && t.words.end <= o.words.end) return true;
  }
  return false;
}

bool same_span(const TextSpan& x, const TextSpan& y) { return x.begin == y.begin && x.end == y.end; }

// A victim named, then described in an appositive as a leader, chief or member of an
// armed group or cartel of the actor lexicon (ACLED inter 2-4): "Mauricio Lopez, a senior
// commander of the ELN", "Juan Perez, the alleged chief of the Cali cartel's hit men". A
// combatant, not a civilian (MUC-4 1.0 rule 1a: killings of members of such groups are no
// terrorist acts; ACLED: armed actors on both sides).
bool combatant_victim(const Analysis& a, const Victim& v) {
  if (v.name.empty()) return false;
  auto [first, end] = value_tokens(a, v.words);
  if (first >= end || end >= a.doc.tokens.size() || a.doc.token_text(end) != ",") return false;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  constexpr uint32_t kAppositive = 12;  // "the so-called military chief of the Medellin drug cartel"
  const uint32_t stop = std::min(end + 1 + kAppositive, s.end_token);
  const Table& actors = a.lex.table(lex::kActors);
  bool role = false, group = false;
  for (uint32_t i = end + 1; i < stop; ++i) {
    if (word_in(a, i, {",", ";", "(", ")", "--"})) break;  // the appositive ends
    role |= word_in(a, i, {"leader", "chief", "commander", "member", "boss", "head", "founder", "ringleader",
                           "hitman", "lieutenant"});
    // An armed group: rebels, militias, cartels (ACLED inter 2-4), not a party.
    if (i < a.actor_at.size() && a.actor_at[i] >= 0) {
      const uint32_t row = a.actors[size_t(a.actor_at[i])].row;
      std::string_view inter = actors.get(row, "inter");
      group |= actors.get(row, "kind") == "group" && (inter == "2" || inter == "3" || inter == "4");
    }
  }
  return role && group;
}

// Every target is an armed force or installation, and every victim is armed too: the
// codebooks' "armed on both sides" case (ACLED battles, MUC-4's excluded guerrilla acts).
// A record with no target and no victim is not armed-only.
bool armed_targets_only(const Analysis& a, const Record& r) {
  if (r.targets.empty() && r.victims.empty()) return false;
  for (const Target& t : r.targets)
    if (!armed_kind(t)) return false;
  for (const Victim& v : r.victims) {
    // A bare number ("five soldiers were killed and seven wounded") is elliptical: the
    // people of the group before it.
    // A named person ("Corrales") is not elliptical, whatever the length of the name.
    bool named = !v.name.empty();
    if ((v.words.text.find(' ') == std::string::npos && !named) || bare_count(a, v)) continue;
    if (combatant_victim(a, v)) continue;
    std::string k = victim_kind(a, v);
    if (k == "military" || k == "police") continue;
    bool armed = false;
    for (const Target& t : r.targets) armed |= same_span(t.words, v.words) && armed_kind(t);
    if (!armed) return false;
  }
  return true;
}

// Some victim is a civilian ("three peasants", "a councilman"): not an armed force.
bool civilian_victims(const Analysis& a, const Record& r) {
  for (const Victim& v : r.victims) {
    if (bare_count(a, v) || combatant_victim(a, v)) continue;
    std::string k = victim_kind(a, v);
    if (!k.empty() && k != "military" && k != "police") return true;
  }
  return false;
}

// Some target or victim is not an armed force: civilians, property, officials.
bool civilian_targets(const Analysis& a, const Record& r) {
  for (const Target& t : r.targets)
    if (!armed_kind(t)) return true;
  for (const Victim& v : r.victims) {
    if (combatant_victim(a, v)) continue;
    std::string k = victim_kind(a, v);
    if (!k.empty() && k != "military" && k != "police") return true;
    // A victim named by more than a bare number and of no known armed kind ("the former
    // minister", "a Jesuit priest") is a civilian.
    if (k.empty() && (v.words.text.find(' ') != std::string::npos || !v.name.empty())) return true;
  }
  return false;
}

// What an ambush struck is civilian: a victim of a civilian kind ("ten passengers", "an
// aid worker") or civilian property ("a passenger bus"), and no armed target.
bool civilian_struck(const Analysis& a, const Record& r) {
  bool civilian = false;
  for (const Target& t : r.targets) {
    if (armed_kind(t)) return false;
    // A vehicle carrying a force or fighters is theirs: "ambushed a bus transporting a
    // paramilitary force", "a truck carrying soldiers".
    auto [tf, te] = value_tokens(a, t.words);
    constexpr uint32_t kCarryReach = 6;  // "carrying a paramilitary force", "transporting Frontier Corps troops"
    if (tf < te && te < a.doc.tokens.size() && word_in(a, te, {"carrying", "transporting", "ferrying"})) {
      auto [lo, hi] = in_tokens(a.agents, te + 1, te + 1 + kCarryReach);
      const Table& agents = a.lex.table(lex::kAgents);
      for (size_t g = lo; g < hi; ++g)
        if (a.agents[g].country_row < 0 &&
            (agents.get(a.agents[g].row, "class") == "force" || agents.get(a.agents[g].row, "class") == "attacker"))
          return false;
    }
    civilian = true;
  }
  return civilian || civilian_victims(a, r);
}

// Civilian people or property named beside an armed object: not the force's own vehicles
// ("the last vehicle of the convoy"), not a part of an armed target's name. Without
// `victims`, property and places only (a base overrun stays a battle whoever died in it).
bool civilians_beside_forces(const Analysis& a, const Record& r, bool victims = true) {
  for (const Target& t : r.targets) {
    if (armed_kind(t) || nested_target(t, r.targets)) continue;
    // "ambushed an army convoy on the highway": after a locative preposition the word
    // says where the forces were, not what else was hit.
    auto [tf, te] = value_tokens(a, t.words);
    uint32_t p = tf;
    while (p > 0 && p + 2 > tf && word_in(a, p - 1, {"the", "a", "an"})) --p;
    if (tf < te && p > 0 && word_in(a, p - 1, {"on", "at", "near", "along", "outside", "in", "from"})) continue;
    std::string text = t.words.text;
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    bool vehicle = false;
    for (const char* w : {"vehicle", "truck", "jeep", "helicopter", "convoy", "plane", "aircraft"})
      vehicle |= text.find(w) != std::string::npos;
    if (!vehicle) return true;
  }
  return victims && civilian_victims(a, r);
}

// The act's doer, named before the trigger in its clause, is a state force or its aircraft:
// "army troops bombed the school", "the air force is bombing the hills", "helicopters
// strafed the road" (agents of class force; cues.tsv class aerial); before an event noun,
// only as its modifier ("air force bombings"). Not after a preposition ("clashes with
// troops", "police sources said"), not the subject of a say verb or of a clause before
// "that" ("the police reported that a bomb exploded"), not before a passive ("a policeman
// was shot": the force is the object).
bool state_doer(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  std::string_view w = a.doc.norm(end - 1);
  const bool progressive = w.size() > 3 && w.substr(w.size() - 3) == "ing";
  // "Is bombing": a gerund after a form of "be" is a verb, whatever the trigger's entry says.
  const bool be = first > s.first_token && word_in(a, first - 1, {"is", "are", "was", "were", "been", "be"});
  auto [elo, ehi] = in_tokens(a.events, first, first + 1);
  const bool noun = elo < ehi && a.events[elo].noun && !(progressive && be);
  if (!noun && !progressive &&
      (word_in(a, first, {"was", "were", "been", "being", "be"}) ||
       (first > s.first_token && word_in(a, first - 1, {"was", "were", "been", "being", "be"}))))
    return false;
  constexpr uint32_t kSubjectReach = 6;  // "the Salvadoran air force has", "army troops yesterday"
  uint32_t b = first;
  while (b > s.first_token && first - b < kSubjectReach && !clause_boundary(a, b - 1) && !word_is(a, b - 1, "that"))
    --b;
  if (has_cue(a, b, first, "say")) return false;
  auto [lo, hi] = in_tokens(a.agents, b, first);
  for (size_t i = lo; i < hi; ++i) {
    const AgentMention& g = a.agents[i];
    if (noun && g.end != first) continue;
    if (g.first > s.first_token &&
        word_in(a, g.first - 1, {"with", "against", "on", "of", "by", "for", "to", "at", "from", "in", "among"}))
      continue;
    if (force_agent(a, g)) return true;
  }
  if (noun) return first > s.first_token && has_cue(a, first >= b + 2 ? first - 2 : b, first, "aerial");
  return has_cue(a, b, first, "aerial");
}

// The acting side is a state (its forces or government): the first perpetrator that is
// not denied.
bool state_actor(const Record& r) {
  for (const Perpetrator& p : r.perpetrators) {
    if (p.status == "denied") continue;
    return p.kind == "state" || p.inter == 1;
  }
  return false;
}

// ACLED actor type (agents.tsv inter) of an agent mention; empty for a demonym.
std::string_view agent_inter(const Analysis& a, const AgentMention& g) {
  return g.country_row >= 0 ? std::string_view() : a.lex.table(lex::kAgents).get(g.row, "inter");
}

// The trigger's own object is a crowd of protesters: "opened fire on peaceful protesters",
// "shot dead at least 65 anti-coup protesters", "fired tear gas at demonstrators". The act
// is done to the protest (ACLED: excessive force against protesters when state forces do
// it), whatever the record's victims, which may be a bare count ("killing at least 12").
bool protesters_object(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  // "on peaceful EndSARS protesters", "at least 65 anti-coup protesters": a preposition,
  // a count and modifiers before the head.
  constexpr uint32_t kObjectReach = 9;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  auto [lo, hi] = in_tokens(a.agents, end, std::min(end + kObjectReach, s.end_token));
  if (lo == hi) return false;
  const AgentMention& g = a.agents[lo];
  // "Shot by protesters", "shot by one of the demonstrators": the agent of a passive is the doer.
  for (uint32_t i = end; i < g.first; ++i)
    if (word_is(a, i, "by")) return false;
  return same_clause(a, end - 1, g.head_first) && agent_inter(a, g) == "6";
}

// The trigger's subject is a crowd of protesters, told before it in its clause: "protesters
// against the new tax stormed the parliament", "demonstrators torched a police station". Not
// a passive ("protesters were shot"): there the protesters are the object.
bool protesters_subject(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  constexpr uint32_t kSubjectReach = 8;  // "protesters against the Finance Bill stormed"
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  auto [lo, hi] = in_tokens(a.agents, first >= s.first_token + kSubjectReach ? first - kSubjectReach : s.first_token, first);
  if (lo == hi) return false;
  const AgentMention& g = a.agents[hi - 1];
  if (g.end > first || agent_inter(a, g) != "6" || !same_clause(a, g.head_first, first)) return false;
  // The trigger's own words may hold the auxiliary: "were shot".
  for (uint32_t i = g.end; i < end; ++i)
    if (word_in(a, i, {"was", "were", "been", "being", "is", "are", "by"})) return false;
  return true;
}

// Civilians who clash with state forces riot: "supporters of the opposition clashed with
// police", "youths clashed with soldiers after the arrest of a local leader", "students
// clashed with riot police" (ACLED: Violent demonstration, Rioters against the police or
// military). Two armed sides clash in battle; a clash between two communities ("herders
// clashed with farmers") is left to the battle reading. The crowd is the subject before
// the trigger in its clause, the force the object of "with" after it.
// Returns the force's agent mention, or -1.
int civilians_clash_with_forces(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end || !word_in(a, end - 1, {"clashed", "clashing", "clash", "clashes"})) return -1;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  constexpr uint32_t kSubjectReach = 8;  // "supporters of jailed former prime minister X clashed"
  auto [lo, hi] =
      in_tokens(a.agents, first >= s.first_token + kSubjectReach ? first - kSubjectReach : s.first_token, first);
  if (lo == hi) return -1;
  const AgentMention& crowd = a.agents[lo];
  if (crowd.country_row >= 0 || a.lex.table(lex::kAgents).get(crowd.row, "class") != "civilian" ||
      !same_clause(a, crowd.head_first, first))
    return -1;
  constexpr uint32_t kObjectReach = 5;  // "with riot police", "with the security forces"
  if (end >= s.end_token || !word_is(a, end, "with")) return -1;
  auto [flo, fhi] = in_tokens(a.agents, end + 1, std::min(end + 1 + kObjectReach, s.end_token));
  for (size_t i = flo; i < fhi; ++i)
    if (force_agent(a, a.agents[i]) && agent_inter(a, a.agents[i]) == "1") return int(i);
  return -1;
}

// A state force named by a common noun ("police", "the army", "security forces"): ACLED's
// name for the incident country's force of that kind ("Police Forces of Sudan", "Military
// Forces of Sudan"); "" when the words hold no force word.
std::string state_force_name(const Analysis& a, const TextSpan& words, const std::string& country) {
  auto [first, end] = value_tokens(a, words);
  auto [lo, hi] = in_tokens(a.agents, first, end);
  for (size_t i = lo; i < hi; ++i) {
    if (!force_agent(a, a.agents[i])) continue;
    std::string_view kind = a.lex.table(lex::kAgents).get(a.agents[i].row, "target_kind");
    return state_body(kind == "police" ? "Police Forces" : "Military Forces", country);
  }
  return "";
}

// Some attacker's words name state forces ("soldiers", "police", "security forces"; ACLED
// inter 1) when no perpetrator does: "soldiers and police shot dead ...".
bool state_force_attackers(const Analysis& a, const Record& r) {
  for (const Attacker& at : r.attackers) {
    auto [first, end] = value_tokens(a, at.words);
    auto [lo, hi] = in_tokens(a.agents, first, end);
    for (size_t i = lo; i < hi; ++i)
      if (force_agent(a, a.agents[i]) && agent_inter(a, a.agents[i]) == "1") return true;
  }
  return false;
}

// State forces ("troops", "the army", "soldiers"; ACLED inter 1) are named in the sentence
// of the record's trigger, on either side of it.
bool state_forces_in_act(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  auto [lo, hi] = a.in_sentence(a.agents, a.doc.sentence_of[first]);
  for (size_t i = lo; i < hi; ++i)
    if (force_agent(a, a.agents[i]) && agent_inter(a, a.agents[i]) == "1") return true;
  return false;
}

// The act's sentence tells a fight inside one kind of armed men (cues.tsv class reciprocal:
// "rival militias", "each other", "infighting") and no "with" or "against" names an
// opponent after the trigger ("militias clashed with the army" has its own other side).
bool infighting(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  if (end < s.end_token && word_in(a, end, {"with", "against"})) return false;
  return has_cue(a, s.first_token, s.end_token, "reciprocal");
}

// The record's doers are armed men of no state: a perpetrator of ACLED inter 2-4 (rebels,
// militias) or an attacker word of the agents' attacker class ("gunmen", "militants"), and
// no state force among them.
bool nonstate_doers(const Analysis& a, const Record& r) {
  for (const Perpetrator& p : r.perpetrators)
    if (p.status != "denied" && p.inter && *p.inter >= 2 && *p.inter <= 4) return true;
  if (!r.perpetrators.empty()) return false;
  for (const Attacker& at : r.attackers) {
    auto [first, end] = value_tokens(a, at.words);
    auto [lo, hi] = in_tokens(a.agents, first, end);
    for (size_t i = lo; i < hi; ++i)
      if (a.agents[i].country_row < 0 && a.lex.table(lex::kAgents).get(a.agents[i].row, "class") == "attacker")
        return true;
  }
  return false;
}

// `text` (lower case) holds the word `w` or its plural in "s" as a whole word: "mobs", not
// "mobile police"; "rioters", not "riot police".
bool has_word(const std::string& text, std::string_view w) {
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (size_t p = text.find(w); p != std::string::npos; p = text.find(w, p + 1)) {
    if (p > 0 && letter(text[p - 1])) continue;
    size_t e = p + w.size();
    if (e < text.size() && text[e] == 's') ++e;
    if (e >= text.size() || !letter(text[e])) return true;
  }
  return false;
}

// Some value of a record list names protesters ("18 protesters", "the demonstrators");
// with `crowd`, rioters and mobs as well (not "riot police" nor "mobile police").
template <typename T>
bool names_protesters(const std::vector<T>& list, bool crowd) {
  for (const T& v : list) {
    std::string text = v.words.text;
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* w : {"protester", "protestor", "demonstrator", "marcher"})
      if (has_word(text, w)) return true;
    if (crowd)
      for (const char* w : {"rioter", "mob", "crowd"})
        if (has_word(text, w)) return true;
  }
  return false;
}

// The record's attackers name a mob or a crowd, and none of them protesters or rioters: "a
// mob of students", "an angry crowd".
bool names_mob_only(const std::vector<Attacker>& attackers) {
  if (!names_protesters(attackers, true) || names_protesters(attackers, false)) return false;
  for (const Attacker& at : attackers) {
    std::string text = at.words.text;
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    if (has_word(text, "rioter")) return false;
  }
  return true;
}

// A firearm or an explosive among the record's weapons: arms, not other goods ("seized 40
// rifles and two tonnes of cocaine" disrupts weapons use; "seized two tonnes of cocaine"
// does not).
bool names_arms(const Record& r) {
  for (const Weapon& w : r.weapons)
    if (w.gtd_weapon_type == "Firearms" || w.gtd_weapon_type == "Explosives") return true;
  return false;
}

// The kinds row of a sexual violence act reported in the sentence of the record's trigger
// ("stormed the village and raped women"), -1 when none: ACLED codes an attack as "Sexual
// violence" when rape is the act against the victims (ACLED codebook 2023).
int sexual_violence_told(const Analysis& a, const Record& r, const Table& kinds) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return -1;
  auto [lo, hi] = a.in_sentence(a.events, a.doc.sentence_of[first]);
  for (size_t i = lo; i < hi; ++i) {
    const EventMention& e = a.events[i];
    // A verb tells the act ("raped women"); a noun may name another one ("after the rape of a
    // girl sparked protests").
    if (e.status == "reported" && !e.generic && !e.noun &&
        kinds.get(e.kind_row, "acled_sub_event_type") == "Sexual violence")
      return int(e.kind_row);
  }
  return -1;
}

// The record's act is one done by hand with a blade, whatever device is left unnamed:
// "militants beheaded a village chief", "two farmers were decapitated", "hacked to death"
// (GTD codes beheadings and machete killings with weapon type Melee, not Unknown).
bool melee_act(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  for (uint32_t i = first; i < end; ++i)
    if (word_in(a, i,
                {"beheaded", "beheading", "beheadings", "behead", "decapitated", "decapitation", "hacked", "stabbed",
                 "knifed"}))
      return true;
  return false;
}

// The record's act is told by its sound: "shooting was heard in the north of the city",
// "explosions could be heard", "residents heard gunfire" (cues.tsv class perceived, up to
// four words after the trigger or three before it). A weapon in the trigger's own words
// tells the nature of the attack ("a bomb explosion was heard"): not only a sound.
bool heard_only(const Analysis& a, const Record& r) {
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return false;
  for (const Weapon& w : r.weapons)
    if (r.trigger.begin <= w.words.begin && w.words.end <= r.trigger.end) return false;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  constexpr uint32_t kAfter = 4, kBefore = 3;
  return has_cue(a, end, std::min(end + kAfter, s.end_token), "perceived") ||
         has_cue(a, first >= s.first_token + kBefore ? first - kBefore : s.first_token, first, "perceived");
}

// The record's act is told only by the bare word "bombing", "bombings" or "bombed", and
// the record names no target nor victim. English news uses these words for an aerial
// bombardment ("fighting and bombing in the northern suburbs", "heavy rifle fire and
// bombings until 0100") as much as for a bomb attack; alone they tell neither the nature of
// the act nor what it struck (MUC-4 1.0 rule 7: like a bare "attack", not specific; a
// weapon named beside them, "bombs", restates the word). "Blew up", "a bomb exploded",
// "car bombing" name a device and stay.
bool bare_bombing_word(const Analysis& a, const Record& r) {
  if (!r.targets.empty() || !r.victims.empty()) return false;
  auto [first, end] = value_tokens(a, r.trigger);
  return end == first + 1 && word_in(a, first, {"bombing", "bombings", "bombed"});
}

// The record's act is named only by a vague word ("violence", "aggression", "criminal
// acts": triggers.tsv strength 1) and the record counts no dead nor wounded: talk of
// violence, not a report of one act (MUC-4 1.0 rule 7: not specific). "The incident left
// three dead" counts its dead; "seven bombs were set off" names its weapon.
bool vague_act_only(const Analysis& a, const Record& r) {
  if ((r.killed && r.killed->value) || (r.injured && r.injured->value) || !r.weapons.empty()) return false;
  auto [first, end] = value_tokens(a, r.trigger);
  auto [lo, hi] = in_tokens(a.events, first, end);
  if (lo == hi) return false;
  const EventMention& e = a.events[lo];
  return e.noun && e.strength <= 1;
}

// The actors table row of an armed group named in `words` ("12 Boko Haram fighters"), or -1.
int group_in_words(const Analysis& a, const TextSpan& words) {
  const Table& actors = a.lex.table(lex::kActors);
  auto [first, end] = value_tokens(a, words);
  for (uint32_t k = first; k < end; ++k)
    if (a.actor_at[k] >= 0 && actors.get(a.actors[size_t(a.actor_at[k])].row, "kind") == "group")
      return int(a.actors[size_t(a.actor_at[k])].row);
  return -1;
}

// The home state of the record's first perpetrator (actors.tsv `country`), named: the
// state whose forces an armed group fights when the report names neither the forces'
// nationality nor the place's country ("the Pakistani Taliban killed two soldiers":
// Pakistan's; ACLED codes most insurgencies against their own state). "" when none.
std::string perpetrator_home(const Analysis& a, const Record& r) {
  for (const Perpetrator& p : r.perpetrators)
    if (p.status != "denied") return p.country.empty() ? "" : country_name(a, p.country);
  return "";
}

// ACLED's name of the state force a victim belongs to ("SIX U.S. SOLDIERS": Military Forces
// of the United States), by the victim's nationality, else the place's country; "" when
// the victim names no soldiers or police.
std::string victims_force(const Analysis& a, const Victim& v, const std::string& country) {
  const std::string kind = victim_kind(a, v);
  // "killing 3 SDF fighters": an armed group's people are no state's (the group branch names them).
  if ((kind != "military" && kind != "police") || group_in_words(a, v.words) >= 0) return "";
  return state_body(kind == "police" ? "Police Forces" : "Military Forces",
                    v.nationality.empty() ? country : country_name(a, v.nationality));
}

// ACLED's name for a militia the text does not name ("militias attacked a village in Ituri",
// "a local militia killed 10 herders"): militias are no state force whoever backs them; a
// political militia is an unidentified armed group (inter 3), a tribal, ethnic or communal
// one an unidentified communal militia (inter 4). "" for any other perpetrator.
std::string unnamed_militia_name(const Perpetrator& p) {
  if (p.kind != "group" || !p.inter) return "";
  if (*p.inter == 4) return "Unidentified Communal Militia ({country})";
  if (*p.inter == 3) return "Unidentified Armed Group ({country})";
  return "";
}

// The ACLED inter (3 or 4) of a militia named in a value's words ("five members of a
// vigilante group", "a local militia", "tribal fighters": agents.tsv force rows of inter 3-4),
// 0 when none is.
int militia_inter(const Analysis& a, const TextSpan& words) {
  auto [first, end] = value_tokens(a, words);
  auto [lo, hi] = in_tokens(a.agents, first, end);
  for (size_t i = lo; i < hi; ++i) {
    if (!force_agent(a, a.agents[i])) continue;
    std::string_view inter = agent_inter(a, a.agents[i]);
    if (inter == "3" || inter == "4") return inter[0] - '0';
  }
  return 0;
}

// Some attacker's words name a community's armed men (agents.tsv inter 4): "herders",
// "Fulani herdsmen", "tribal fighters", "local hunters".
bool communal_attackers(const Analysis& a, const Record& r) {
  constexpr uint32_t kModifierReach = 3;  // "suspected", "armed", "a group of": words an agent's phrase may begin with
  for (const Attacker& at : r.attackers) {
    auto [first, end] = value_tokens(a, at.words);
    auto [lo, hi] = in_tokens(a.agents, first >= kModifierReach ? first - kModifierReach : 0, end);
    for (size_t i = lo; i < hi; ++i)
      if (a.agents[i].head_first >= first && a.agents[i].head_first < end && agent_inter(a, a.agents[i]) == "4")
        return true;
  }
  return false;
}

// The state force that disrupted a weapons use: a state perpetrator ("the Somali National
// Army defused an IED planted by al-Shabaab"), else a state force named in the act's
// sentence as its doer ("police in Quetta defused a bomb", "security forces foiled an
// attempt to blow up a bridge"), not after a preposition ("planted by soldiers", "seized
// from troops"). "" when none is named.
std::string disrupting_force(const Analysis& a, const Record& r, const std::string& country) {
  const Table& actors = a.lex.table(lex::kActors);
  for (const Perpetrator& p : r.perpetrators) {
    if (p.status == "denied" || !(p.kind == "state" || p.inter == 1)) continue;
    int row = perpetrator_row(a, r, p);
    std::string name = row >= 0 ? std::string(actors.get(size_t(row), "acled_name")) : "";
    if (name.empty()) name = state_force_name(a, p.words, country);
    return with_country(name.empty() ? p.name : name, country);
  }
  auto [first, end] = value_tokens(a, r.trigger);
  if (first >= end) return "";
  const uint32_t sent = a.doc.sentence_of[first];
  const Sentence& s = a.doc.sentences[sent];
  // The doer is told before the act ("police defused an IED", "an IED planted by militants
  // was defused by police": after "by"); "shot down 20 Russian drones" names the attackers'.
  auto after_preposition = [&](uint32_t i) {
    while (i > s.first_token && word_in(a, i - 1, {"the", "a", "an"})) --i;
    return i > s.first_token && word_in(a, i - 1, {"by", "from", "against", "on", "at", "to", "of", "with", "for"});
  };
  // "Ukrainian air defences shot down 20 drones": a demonym before the act's words.
  if (first > s.first_token)
    for (const Match& mm : a.matches_at(first - 1))
      for (const lex::Posting& p : mm.postings)
        if (p.table == lex::kCountries && (p.flags & lex::kDemonym))
          return state_body("Military Forces",
                            country_name(a, std::string(a.lex.table(lex::kCountries).get(p.row, "cca2"))));
  // A state force of the lexicon ("the Kenyan police defused an IED").
  auto [mlo, mhi] = a.in_sentence(a.actors, sent);
  for (size_t i = mlo; i < mhi; ++i) {
    const ActorMention& m = a.actors[i];
    if (m.first >= end) break;
    if (actors.get(m.row, "kind") != "state" || actors.get(m.row, "inter") != "1" || after_preposition(m.first))
      continue;
    std::string_view name = actors.get(m.row, "acled_name");
    return with_country(std::string(name.empty() ? actors.get(m.row, "name") : name), country);
  }
  auto [lo, hi] = a.in_sentence(a.agents, sent);
  for (size_t i = lo; i < hi; ++i) {
    const AgentMention& g = a.agents[i];
    if (g.first >= end) break;
    if (!force_agent(a, g) || agent_inter(a, g) != "1" || after_preposition(g.first)) continue;
    std::string_view kind = a.lex.table(lex::kAgents).get(g.row, "target_kind");
    return state_body(kind == "police" ? "Police Forces" : "Military Forces", country);
  }
  return "";
}

struct AcledActor {
  std::string name;
  int inter = 0;
};

// The group that planted or held the arms a force disrupted: a non-state perpetrator
// ("planted by al-Shabaab"), else armed men of no known side ("a bomb planted by
// militants": an unidentified armed group). Empty when none is named.
AcledActor nonstate_planter(const Analysis& a, const Record& r, const std::string& country) {
  const Table& actors = a.lex.table(lex::kActors);
  for (const Perpetrator& p : r.perpetrators) {
    if (p.status == "denied" || p.kind == "state" || p.inter == 1) continue;
    int row = perpetrator_row(a, r, p);
    std::string name = row >= 0 ? std::string(actors.get(size_t(row), "acled_name")) : unnamed_militia_name(p);
    return {with_country(name.empty() ? p.name : name, country), p.inter.value_or(3)};
  }
  if (nonstate_doers(a, r)) return {with_country("Unidentified Armed Group ({country})", country), 3};
  return {};
}

// Someone was killed or wounded: a death or wound counted, or a victim killed or injured.
bool people_harmed(const Record& r) {
  if (value_or(r.killed, 0) > 0 || value_or(r.injured, 0) > 0) return true;
  for (const Victim& v : r.victims)
    if (v.effect == "killed" || v.effect == "injured") return true;
  return false;
}

// GTD's target type for a record whose targets are people only (events/people_targets.tsv by
// target kind): "killed five soldiers" is Military, "wounded a journalist" Journalists & Media.
// Victims with no target named ("killing 28 people", "all 107 people on board") are private
// citizens unless their words say otherwise; "" when the record names no one.
std::string people_target_type(const Analysis& a, const Record& r) {
  const Table& pt = a.lex.table(lex::kPeopleTargets);
  auto type_of = [&](std::string_view kind) {
    int row = kind.empty() ? -1 : row_of(pt, "target_kind", kind);
    return row < 0 ? std::string() : std::string(pt.get(size_t(row), "gtd_target_type"));
  };
  for (const Target& t : r.targets) {
    // Militiamen and vigilantes attacked are armed men of no state (GTD's type for them).
    if (militia_inter(a, t.words)) return "Terrorists/Non-State Militia";
    if (std::string type = type_of(t.kind); !type.empty()) return type;
  }
  if (r.victims.empty()) return "";
  for (const Victim& v : r.victims)
    if (std::string type = type_of(victim_kind(a, v)); !type.empty()) return type;
  return type_of("civilians");
}

}  // namespace

void add_views(const Analysis& a, uint32_t kind_row, const std::string& status, Record* record) {
  Record& r = *record;
  const Table& kinds = a.lex.table(lex::kKinds);
  const Table& sv = a.lex.table(lex::kStatusViews);
  int srow = row_of(sv, "status", status);
  auto rule = [&](std::string_view col) { return srow < 0 ? std::string_view() : sv.get(size_t(srow), col); };
  auto kind = [&](std::string_view col) { return kinds.get(kind_row, col); };
  std::string cc = r.location ? r.location->country : "";
  std::string country = cc.empty() ? "" : country_name(a, cc);
  const bool force_obj = force_object(a, r);
  const bool protest_obj = protesters_object(a, r);
  // Protesters are civilians: an act against them is no battle, whatever the victims' words.
  bool armed_only = !protest_obj && (armed_targets_only(a, r) || (force_obj && !civilians_beside_forces(a, r)));
  // Territory is taken from whoever held it: soldiers killed in the taking of a town do not
  // make it a battle, but a base overrun ("overran a military base") is one (ACLED: Armed
  // clash), whoever overran it.
  const bool territory = kind("family") == "territory";
  // A foiled attack's state actor is the one who stopped it (police defusing a bomb).
  bool by_state = status != "foiled" && state_actor(r);

  // ACLED: actor pair, interaction, civilian targeting and every reported death.
  std::string event_type(kind("acled_event_type")), sub(kind("acled_sub_event_type"));
  if (!rule("acled_sub_event_type").empty()) {
    event_type = std::string(rule("acled_event_type"));
    sub = std::string(rule("acled_sub_event_type"));
  } else if (territory && (force_obj || trigger_names_armed_target(a, r)) && !civilians_beside_forces(a, r, false) &&
             !kind("acled_armed_sub_event_type").empty()) {
    event_type = std::string(kind("acled_armed_event_type"));
    sub = std::string(kind("acled_armed_sub_event_type"));
  } else if (!kind("acled_weapons_sub_event_type").empty() && names_arms(r)) {
    // Goods seized that include arms: "Disrupted weapons use".
    event_type = std::string(kind("acled_weapons_event_type"));
    sub = std::string(kind("acled_weapons_sub_event_type"));
  } else if (by_state && !kind("acled_state_sub_event_type").empty()) {
    // Territory taken by state forces is ACLED "Government regains territory".
    event_type = std::string(kind("acled_state_event_type"));
    sub = std::string(kind("acled_state_sub_event_type"));
  } else if ((names_protesters(r.attackers, true) || protesters_subject(a, r) ||
              civilians_clash_with_forces(a, r) >= 0) &&
             !kind("acled_crowd_sub_event_type").empty()) {
    // Protesters or rioters as the attackers: a riot (ACLED "Violent demonstration").
    event_type = std::string(kind("acled_crowd_event_type"));
    sub = std::string(kind("acled_crowd_sub_event_type"));
  } else if ((by_state || (r.perpetrators.empty() && status != "foiled" && state_force_attackers(a, r))) &&
             (names_protesters(r.victims, false) || names_protesters(r.targets, false) || protest_obj) &&
             !kind("acled_protesters_sub_event_type").empty()) {
    // State forces shooting or beating protesters: "Excessive force against protesters".
    event_type = std::string(kind("acled_protesters_event_type"));
    sub = std::string(kind("acled_protesters_sub_event_type"));
  } else if (armed_only && !territory && !kind("acled_armed_sub_event_type").empty()) {
    // An attack whose targets are all armed forces is a battle, not violence against civilians.
    event_type = std::string(kind("acled_armed_event_type"));
    sub = std::string(kind("acled_armed_sub_event_type"));
  }
  // A mob is no demonstration: a crowd that beats, stones or burns a person to death with no
  // protest named is mob violence (ACLED codebook: "Mob violence", riots without an
  // organised demonstration; "rioters", "protesters" stay a violent demonstration).
  if (sub == "Violent demonstration" && names_mob_only(r.attackers) && !protesters_subject(a, r)) {
    if (int mob = sitrep::kind_row(a.lex, "mob_violence"); mob >= 0) {
      event_type = std::string(kinds.get(size_t(mob), "acled_event_type"));
      sub = std::string(kinds.get(size_t(mob), "acled_sub_event_type"));
    }
  }
  // An ambush is a battle by default (most hit patrols: ACLED codes its kind Armed clash
  // whatever the target) but an attack on civilians when what it struck is civilian and no
  // force is hit: "gunmen ambushed a passenger bus, killing 10 passengers", "an aid worker
  // was killed when gunmen ambushed his vehicle" (ACLED: Attack). State forces ambushing
  // stay in combat.
  if (sub == "Armed clash" && !armed_only && !by_state && !force_obj &&
      kind("acled_sub_event_type") == kind("acled_armed_sub_event_type") && civilian_struck(a, r)) {
    event_type = "Violence against civilians";
    sub = "Attack";
  }
  // Armed men of no state firing on a protest attack civilians (ACLED: excessive force is
  // the state's or its agents' act; "gunmen opened fire on protesters" is an attack).
  if (sub == "Excessive force against protesters" && !by_state && !state_force_attackers(a, r) &&
      nonstate_doers(a, r)) {
    event_type = "Violence against civilians";
    sub = "Attack";
  }
  // The most specific act wins: a raid whose reported act against its victims is rape, with
  // no one killed, is sexual violence, not a generic attack.
  if (sub == "Attack" && value_or(r.killed, 0) == 0) {
    if (int rape_kind = sexual_violence_told(a, r, kinds); rape_kind >= 0) {
      event_type = std::string(kinds.get(size_t(rape_kind), "acled_event_type"));
      sub = std::string(kinds.get(size_t(rape_kind), "acled_sub_event_type"));
    }
  }
  r.acled.reset();
  if (rule("acled_include") == "1" && !event_type.empty() && !sub.empty()) {
    AcledView& acled = r.acled.emplace();
    acled.event_type = event_type;
    acled.sub_event_type = sub;
    const Table& actors = a.lex.table(lex::kActors);
    std::string actor1;
    int inter1 = 0;
    for (const Perpetrator& p : r.perpetrators) {
      if (p.status == "denied") continue;
      std::string id = p.lexicon_id.value_or("");
      int row = id.empty() ? -1 : perpetrator_row(a, r, p);
      std::string acled_name = row >= 0 ? std::string(actors.get(size_t(row), "acled_name")) : "";
      if (acled_name.empty() && p.kind == "state" && !country.empty())
        acled_name = state_force_name(a, p.words, country);
      if (acled_name.empty() && !p.lexicon_id) acled_name = unnamed_militia_name(p);
      actor1 = with_country(acled_name.empty() ? p.name : acled_name, country);
      inter1 = p.inter.value_or(0);
      break;
    }
    // A crowd is no armed group: ACLED names demonstrators by what they did, "Protesters
    // (Kenya)" (inter 6) for a protest and "Rioters (Kenya)" (inter 5) for a riot or a mob.
    if (actor1.empty() && (event_type == "Protests" || event_type == "Riots") &&
        sub != "Excessive force against protesters") {
      bool riot = event_type == "Riots";
      actor1 = with_country(riot ? "Rioters ({country})" : "Protesters ({country})", country);
      inter1 = riot ? 5 : 6;
    }
    if (actor1.empty() && !r.attackers.empty()) {
      // "Troops killed 12 militants", "soldiers and police shot dead ...": state forces of
      // the incident's country (ACLED names them so), else armed men of no known side.
      if (state_force_attackers(a, r) && !country.empty()) {
        actor1 = state_body("Military Forces", country);
        inter1 = 1;
      } else if (communal_attackers(a, r)) {
        // "Herders killed 12 farmers", "tribal fighters attacked a village": a community's
        // armed men, ACLED's identity militia (inter 4).
        actor1 = with_country("Unidentified Communal Militia ({country})", country);
        inter1 = 4;
      } else {
        actor1 = with_country("Unidentified Armed Group ({country})", country);
        inter1 = 3;
      }
    }
    std::string actor2;
    int inter2 = 0;
    bool state_side = false;  // the side struck is a state's body, named or not
    for (const Target& t : r.targets) {
      const std::string& tk = t.kind;
      // A state's people with a nationality of their own are that state's ("a Palestinian
      // stabbed two Israeli soldiers near Hebron": Military Forces of Israel, not of the
      // place's country; "Russian soldiers" shelled in Ukraine are Russia's).
      std::string state = t.nationality.empty() ? country : country_name(a, t.nationality);
      if (state.empty()) state = perpetrator_home(a, r);
      state_side = tk == "military" || tk == "police" || tk == "government";
      // "a senior Hamas commander", "two ELN commanders": a rank word of an armed group's
      // people names that group's member, not a state's soldier.
      const bool group_member = (tk == "military" || tk == "police") && group_in_words(a, t.words) >= 0;
      if (group_member) state_side = false;
      if (int militia = militia_inter(a, t.words); militia) {
        // "five members of a vigilante group", "two militiamen": militias are no state force.
        actor2 = with_country(
            militia == 4 ? "Unidentified Communal Militia ({country})" : "Unidentified Armed Group ({country})",
            country);
        inter2 = militia;
        state_side = false;
      } else if (tk == "military" && !group_member) {
        actor2 = state_body("Military Forces", state);
        inter2 = 1;
      } else if (tk == "police" && !group_member) {
        actor2 = state_body("Police Forces", state);
        inter2 = 1;
      } else if (tk == "government") {
        actor2 = state_body("Government", state);
        inter2 = 1;
      } else if (group_member || t.gtd_target_type == "Terrorists/Non-State Militia") {
        // Armed people killed by others ("troops killed 12 Boko Haram fighters"): the group
        // named in their words, else an unidentified armed group; not civilians.
        const int group = group_in_words(a, t.words);
        if (group >= 0) {
          std::string_view name = actors.get(size_t(group), "acled_name");
          actor2 = with_country(std::string(name.empty() ? actors.get(size_t(group), "name") : name), country);
          std::string_view inter = actors.get(size_t(group), "inter");
          inter2 = inter.empty() ? 3 : std::stoi(std::string(inter));
        } else {
          actor2 = with_country("Unidentified Armed Group ({country})", country);
          inter2 = 3;
        }
      } else {
        std::string nat = !t.nationality.empty() ? country_name(a, t.nationality) : country;
        actor2 = with_country("Civilians ({country})", nat);
        inter2 = 7;
      }
      // "SIX U.S. SOLDIERS WERE WOUNDED WHEN A GRENADE WAS HURLED AT THEIR VEHICLE": a thing
      // struck holds the people it carried, and a state's servicemen among the victims are
      // the side struck (ACLED actor2 Military Forces of the United States, not civilians;
      // policemen shot in their patrol car are the police, not the army).
      if (!t.people && !group_member && !r.victims.empty()) {
        if (std::string force = victims_force(a, r.victims.front(), country); !force.empty()) {
          actor2 = force;
          inter2 = 1;
          state_side = true;
        } else if (const int group = group_in_words(a, r.victims.front().words); group >= 0) {
          // "a drone struck a vehicle, killing 3 SDF fighters": the group's people.
          std::string_view name = actors.get(size_t(group), "acled_name");
          actor2 = with_country(std::string(name.empty() ? actors.get(size_t(group), "name") : name), country);
          std::string_view inter = actors.get(size_t(group), "inter");
          inter2 = inter.empty() ? 3 : std::stoi(std::string(inter));
        }
      }
      break;
    }
    // "Supporters clashed with police": the force the rioters fought.
    if (int force = actor2.empty() && event_type == "Riots" ? civilians_clash_with_forces(a, r) : -1; force >= 0) {
      std::string_view kind = a.lex.table(lex::kAgents).get(a.agents[size_t(force)].row, "target_kind");
      actor2 = state_body(kind == "police" ? "Police Forces" : "Military Forces", country);
      inter2 = 1;
    }
    // A battle has two armed sides: an armed group fighting the state's forces named in the
    // act's sentence ("troops clashed with Boko Haram fighters", "fighting between the army
    // and Fano militiamen") has those forces as its other side, and its dead are
    // combatants, not civilians.
    if (actor2.empty() && event_type == "Battles" && inter1 >= 2 && inter1 <= 4 && state_forces_in_act(a, r)) {
      actor2 = state_body("Military Forces", country);
      inter2 = 1;
    }
    // A fight inside one kind of armed men has that kind on both sides: "rival militias
    // clashed in Tripoli", "fighting between two factions of the rebels", "gangs fought each
    // other" (ACLED: Unidentified Armed Group (Libya) against itself, interaction 33).
    if (actor2.empty() && event_type == "Battles" && inter1 >= 2 && inter1 <= 4 && infighting(a, r)) {
      actor2 = actor1;
      inter2 = inter1;
    }
    if (actor2.empty() && !state_side && !r.victims.empty() && event_type != "Battles") {
      actor2 = with_country("Civilians ({country})", country);
      inter2 = 7;
    }
    // ACLED codes the demonstrators as actor 1 of every Protests event, "Protesters (Nigeria)"
    // (inter 6), and the force that intervened or fired on them as actor 2 ("police fired
    // tear gas at protesters in Lagos": Protesters (Nigeria) and Police Forces of Nigeria,
    // interaction 16). What they protested at ("outside parliament") is the site, not actor
    // 2; a group the protesters belong to ("supporters of the PTI") is their associate.
    std::string assoc1;
    if (event_type == "Protests") {
      const std::string protesters = with_country("Protesters ({country})", country);
      std::string force = inter1 == 1 && sub != "Peaceful protest" ? actor1 : "";
      if (!actor1.empty() && actor1 != protesters && force.empty()) assoc1 = actor1;
      actor1 = protesters;
      inter1 = 6;
      actor2 = force;
      inter2 = force.empty() ? 0 : 1;
    }
    // A disrupted weapons use is the act of the force that defused, seized or foiled
    // (actor 1); the group that planted or held the arms is actor 2 ("police defused an IED
    // planted by the BLA near Quetta": Police Forces of Pakistan and the BLA), and a target
    // the device was meant for is no party to it.
    if (sub == "Disrupted weapons use") {
      if (std::string force = disrupting_force(a, r, country); !force.empty()) {
        const AcledActor planter = nonstate_planter(a, r, country);
        actor2 = planter.name;
        inter2 = planter.inter;
        actor1 = force;
        inter1 = 1;
      }
    }
    acled.actor1 = or_null(actor1);
    acled.assoc_actor_1 = or_null(assoc1);
    if (inter1) acled.inter1 = inter1;
    acled.actor2 = or_null(actor2);
    if (inter2) acled.inter2 = inter2;
    int lo = std::min(inter1, inter2), hi = std::max(inter1, inter2);
    if (inter1) acled.interaction = lo ? lo * 10 + hi : hi * 10;
    if (inter2 == 7 || sub == "Excessive force against protesters") acled.civilian_targeting = "Civilian targeting";
    acled.fatalities = value_or(r.killed, 0) + value_or(r.attackers_killed, 0);
    if (r.location) acled.geo_precision = r.location->precision;
    std::string_view prec = r.date && r.date->precision ? std::string_view(*r.date->precision) : "";
    if (prec == "day") acled.time_precision = 1;
    else if (prec == "week") acled.time_precision = 2;
    else if (!prec.empty()) acled.time_precision = 3;
  }

  // GTD: attack and weapon types, suicide, success, claims and counts.
  std::string_view attack = kind("gtd_attack_type");
  // GTD records only attacks by non-state actors (GTD codebook, inclusion criteria): state
  // violence is out of its scope.
  r.gtd.reset();
  if (rule("gtd_include") == "1" && !attack.empty() && !by_state) {
    GtdView& gtd = r.gtd.emplace();
    gtd.attack_type = std::string(attack);
    // GTD's attack type Unknown is its last resort ("cannot be determined from the available
    // information"). An act of a kind that names no means ("attacked", "raided", "beheaded")
    // that killed or wounded people with no device named is an armed assault, GTD's type for
    // harm done directly to people with firearms or blades: "militants attacked a village in
    // Borno, killing 28" (GTD: Armed Assault); a named bomb or rocket keeps its own kind.
    if (attack == "Unknown" && r.weapons.empty() && people_harmed(r))
      if (int assault = sitrep::kind_row(a.lex, "armed_assault"); assault >= 0)
        gtd.attack_type = std::string(kinds.get(size_t(assault), "gtd_attack_type"));
    std::string wtype(kind("gtd_weapon_type")), wsub;
    if (!r.weapons.empty()) {
      if (!r.weapons[0].gtd_weapon_type.empty()) wtype = r.weapons[0].gtd_weapon_type;
      if (r.weapons[0].gtd_weapon_subtype) wsub = *r.weapons[0].gtd_weapon_subtype;
    }
    if (r.weapons.empty() && (wtype.empty() || wtype == "Unknown") && melee_act(a, r)) wtype = "Melee";
    gtd.weapon_type = or_null(wtype);
    gtd.weapon_subtype = or_null(wsub);
    std::string ttype;
    for (const Target& t : r.targets)
      if (!t.gtd_target_type.empty()) { ttype = t.gtd_target_type; break; }
    if (ttype.empty()) ttype = people_target_type(a, r);
    gtd.target_type = or_null(ttype);
    gtd.suicide = kind("plover_mode") == "suicide-attack" || wsub.find("Suicide") != std::string::npos;
    gtd.success = rule("gtd_success") == "1";
    std::string gname = "Unknown";
    for (const Perpetrator& p : r.perpetrators)
      if (p.status != "denied" && !p.name.empty()) { gname = p.name; break; }
    gtd.gname = gname;
    gtd.claimed = !r.claims.empty();
    std::string mode;
    if (!r.claims.empty() && r.claims[0].channel) {
      const Table& cm = a.lex.table(lex::kClaimModes);
      int row = row_of(cm, "channel", *r.claims[0].channel);
      if (row >= 0) mode = std::string(cm.get(size_t(row), "gtd_claimmode"));
    }
    gtd.claimmode = or_null(mode);
    // GTD's nkill counts every death, perpetrators included; nkillter is their part.
    const bool any_deaths = (r.killed && r.killed->value) || (r.attackers_killed && r.attackers_killed->value);
    if (any_deaths) gtd.nkill = value_or(r.killed, 0) + value_or(r.attackers_killed, 0);
    if (r.attackers_killed) gtd.nkillter = r.attackers_killed->value;
    if (r.injured) gtd.nwound = r.injured->value;
  }

  std::string_view cameo = kind("cameo");
  if (status == "attempted" && !kind("cameo_attempted").empty()) cameo = kind("cameo_attempted");  // 185
  r.cameo = rule("cameo_include") == "1" ? or_null(cameo) : std::nullopt;
  r.plover.reset();
  if (rule("plover_include") == "1" && !kind("plover_event_type").empty()) {
    PloverView& p = r.plover.emplace();
    p.event_type = std::string(kind("plover_event_type"));
    p.mode = or_null(kind("plover_mode"));
  }
  // MUC-4 (task documentation, section 1.0): acts against military or police forces alone
  // are guerrilla warfare, not terrorism; only recent incidents count (within
  // muc4_recent_days of the report), and some statuses only with such a date.
  std::string_view muc_type = armed_only ? kind("muc4_armed_type") : kind("muc4_type");
  // State forces are perpetrators of a MUC-4 act only against civilians (section 1.0,
  // point 2): a bombardment with no civilian target named is a military operation.
  // So do acts whose doer, told before the trigger, is a force or its aircraft ("troops
  // bombed", "helicopters strafed"), whoever the record names as perpetrator.
  if ((by_state || state_doer(a, r)) && !civilian_targets(a, r)) muc_type = {};
  bool recent = true;
  std::string_view recent_days = rule("muc4_recent_days");
  int32_t anchor = day_number(a.anchor_date), latest = latest_day(r.date);
  if (!recent_days.empty() && anchor != INT32_MIN) {
    if (latest != INT32_MIN) recent = latest >= anchor - std::stoi(std::string(recent_days));
    else recent = rule("muc4_needs_date") != "1";
  }
  // A status that needs a date (background) counts only with one, whether or not the report
  // itself is dated: an undated earlier event is historical context (MUC-4 1.0 rule 6).
  if (rule("muc4_needs_date") == "1" && latest == INT32_MIN) recent = false;
  bool specific = kind("muc4_needs_target") != "1" || !r.targets.empty() || !r.victims.empty() || !r.weapons.empty();
  // "2": only with a civilian victim named (a clash between armed sides that kills
  // villagers is an attack on them; one between soldiers and rebels alone is not).
  if (kind("muc4_needs_target") == "2") specific = civilian_victims(a, r);
  // "3": only with a civilian target or victim named, people or property (a crackdown is an
  // act of the state, section 1.0 point 2: "the crackdown on the cartels" is police work).
  if (kind("muc4_needs_target") == "3") specific = civilian_targets(a, r);
  // An act known only by its sound, with no victim named, says that something happened,
  // not what it struck (MUC-4 1.0 rule 7: "intense shooting was heard" is not specific).
  if (specific && r.victims.empty() && heard_only(a, r)) specific = false;
  if (specific && bare_bombing_word(a, r)) specific = false;
  if (specific && vague_act_only(a, r)) specific = false;
  r.muc4.reset();
  if (!muc_type.empty() && !rule("muc4_stage").empty() && recent && specific) {
    Muc4View& m = r.muc4.emplace();
    m.type = std::string(muc_type);
    m.stage = std::string(rule("muc4_stage"));
  }
}

}  // namespace sitrep
