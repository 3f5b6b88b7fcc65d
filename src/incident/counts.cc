#include "incident/counts.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/hits.h"
#include "incident/cluster.h"

namespace sitrep {
namespace {

// A news report names a handful of victim groups; longer evidence lists come only from
// pathological input, and this cap keeps a record's memory bounded there.
constexpr size_t kMaxEvidence = 100;


// The words of a name, lower-cased, for comparing restatements.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> out;
  std::string w;
  for (char c : std::string(name) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += char(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  return out;
}

bool words_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  for (const std::string& w : part)
    if (std::find(whole.begin(), whole.end(), w) == whole.end()) return false;
  return true;
}

// A named victim already listed under a fuller or shorter form of the name ("Luis Carlos
// Galan" ... "Galan"): one person, listed once under the fullest name the text gives.
// True when `v` restates a listed victim (whose name is lengthened if v's is fuller).
bool restated_name(const Analysis& a, const VictimGroup& v, std::vector<Victim>* victims,
                   std::vector<std::pair<std::vector<std::string>, size_t>>* named) {
  std::vector<std::string> words = name_words(v.name);
  for (auto& [seen, index] : *named) {
    if (words_within(words, seen)) return true;
    if (words_within(seen, words)) {
      Victim& j = (*victims)[index];
      j.words = spanned(a, v.first, v.end);
      j.name = v.name;
      seen = words;
      return true;
    }
  }
  if (victims->size() < kMaxListItems) named->push_back({words, victims->size()});
  return false;
}

// The group's words name attackers (militants, fighters, bandits): agents of class attacker.
bool armed_people(const Analysis& a, const VictimGroup& v) {
  auto [lo, hi] = in_tokens(a.agents, v.first > 0 ? v.first - 1 : 0, v.end);  // "shot [dead two bandits]"
  for (size_t i = lo; i < hi; ++i)
    if (a.agents[i].country_row < 0 && a.lex.table(lex::kAgents).get(a.agents[i].row, "class") == "attacker")
      return true;
  return false;
}

// A count of part of armed people told before ("Members of the Popular Mobilization Forces
// were targeted by a roadside bomb, which killed two of them"): the attackers' words earlier
// in its sentence whose head word is the group's (extract/casualties.cc take_antecedent gave
// it), or null. They name the people struck, and their group, better than "two".
const AgentMention* armed_antecedent(const Analysis& a, const VictimGroup& v) {
  if (v.head == "people" || armed_people(a, v)) return nullptr;
  auto [lo, hi] = a.in_sentence(a.agents, v.sentence);
  for (size_t i = hi; i > lo; --i) {
    const AgentMention& g = a.agents[i - 1];
    if (g.end > v.first || g.country_row >= 0) continue;
    if (a.lex.table(lex::kAgents).get(g.row, "class") == "attacker" && a.doc.norm(g.head_end - 1) == v.head) return &g;
  }
  return nullptr;
}

// A breakdown of a figure told before: "Gunmen killed 15 worshippers. Twelve died on the
// spot and three more died in hospital", "At least 20 people were killed. The dead were 14
// soldiers and six civilians": the groups of a later sentence (two or more, all counted)
// whose figures add up to an earlier group's figure restate it as its parts (SPEC section
// 3: no double counting). Per group (same order): the earlier group it is part of, or null.
std::vector<const VictimGroup*> breakdown_parts(const Analysis& a, const std::vector<const VictimGroup*>& groups) {
  std::vector<const VictimGroup*> parts(groups.size(), nullptr);
  for (size_t i = 0; i < groups.size();) {
    const uint32_t s = groups[i]->sentence;
    size_t e = i, n = 0;
    int64_t sum = 0;
    bool known = true;
    for (; e < groups.size() && groups[e]->sentence == s; ++e) {
      if (groups[e]->update || groups[e]->subset || groups[e]->total) continue;
      known &= groups[e]->count >= 0;
      sum += groups[e]->count;
      ++n;
    }
    const VictimGroup* whole = nullptr;
    for (size_t k = 0; k < i && known && n >= 2 && !whole; ++k)
      if (groups[k]->count == sum && groups[k]->sentence < s && !groups[k]->subset && !groups[k]->update)
        whole = groups[k];
    for (size_t k = i; k < e && whole; ++k)
      if (!groups[k]->update && !groups[k]->subset && !groups[k]->total) parts[k] = whole;
    i = e;
  }
  // A breakdown told over the next sentences, one figure each: "Two bombs killed 28 people
  // on Wednesday. The first hit Pishin, killing 18. A second bomb exploded in Qila
  // Saifullah, killing 10", "Two car bombs killed 40. One killed 25 in Sadr City. Another
  // killed 15 in Karrada": a run of consecutive sentences right after a figure, each giving
  // one count, that add up to it are its parts, not competing figures for one group.
  constexpr size_t kMaxParts = 6;       // twin and serial attacks: a handful of acts
  constexpr uint32_t kSentenceGap = 2;  // the whole may stand a sentence before the run
  auto counted = [&](size_t k) { return !groups[k]->update && !groups[k]->subset && groups[k]->count >= 0; };
  for (size_t i = 0; i < groups.size(); ++i) {
    if (parts[i] || !counted(i)) continue;
    int64_t sum = 0;
    for (size_t e = i; e < groups.size() && e < i + kMaxParts; ++e) {
      if (groups[e]->subset) continue;
      if (!counted(e) || parts[e]) break;
      const uint32_t before = groups[e - (e > i ? 1 : 0)]->sentence;
      if (e > i && (groups[e]->sentence == before || groups[e]->sentence > before + 1)) break;
      sum += groups[e]->count;
      if (e == i) continue;
      const VictimGroup* whole = nullptr;
      for (size_t k = 0; k < i && !whole; ++k)
        if (counted(k) && groups[k]->count == sum && groups[k]->sentence < groups[i]->sentence &&
            groups[k]->sentence + kSentenceGap >= groups[i]->sentence)
          whole = groups[k];
      if (!whole) continue;
      for (size_t k = i; k <= e; ++k)
        if (!groups[k]->subset) parts[k] = whole;
      i = e;
      break;
    }
  }
  // A figure of a sentence that opens on one of the acts counted before ("The first hit
  // Pishin, killing 18", "A second bomb exploded near the mosque, killing 10", "Another
  // killed 15 in Karrada") is that act's share of the earlier, larger figure, even when the
  // shares do not add up to it.
  constexpr uint32_t kOpeningWords = 3;  // "The first", "A second bomb", "Another"
  for (size_t i = 0; i < groups.size(); ++i) {
    if (parts[i] || !counted(i)) continue;
    const Sentence& st = a.doc.sentences[groups[i]->sentence];
    bool share = false;
    for (uint32_t t = st.first_token; t < st.end_token && t < st.first_token + kOpeningWords && !share; ++t)
      share = groups[i]->first > t + 1 &&  // "Another five died in hospital" are more people
              (word_in(a, t, {"first", "second", "third", "another", "other"}) ||
               (t == st.first_token && word_is(a, t, "one") && !(t + 1 < st.end_token && word_is(a, t + 1, "of"))));
    if (!share) continue;
    for (size_t k = 0; k < i; ++k)
      if (counted(k) && !parts[k] && groups[k]->count > groups[i]->count && groups[k]->sentence < groups[i]->sentence &&
          groups[k]->sentence + kSentenceGap >= groups[i]->sentence) {
        parts[i] = groups[k];
        break;
      }
  }
  return parts;
}

}  // namespace

TextSpan spanned(const Analysis& a, uint32_t first, uint32_t end) {
  return TextSpan{std::string(span_text(a, first, end)), byte_begin(a, first), byte_end(a, end)};
}

// A head word that says only that they were people ("people", "men": "Fifteen of our men
// were killed", a commander's words for the 15 soldiers the lead counts): it may restate a
// group of any kind.
static bool bare_people(std::string_view head) { return head == "people" || head == "men" || head == "persons"; }

// Counting per SPEC section 3: victim groups of one effect merged across sentences (the
// same count and compatible people, or the same head word, are one group), disjoint
// groups summed, conflicting figures for one group -> the lowest (ACLED), an explicit
// update replaces earlier figures.
std::optional<CasualtyCount> casualty_count(const Analysis& a, const std::vector<const VictimGroup*>& groups) {
  struct Merged {
    const VictimGroup* first;
    int64_t count;
    bool vague;
    std::vector<const VictimGroup*> all;
  };
  std::vector<Merged> merged;
  const VictimGroup* update = nullptr;
  // Subsets ("including three children", the names listed after "the injured were") are
  // counted in their group; with no group of their own effect they are the only figure
  // (SPEC section 3: restatements are not double counted).
  bool only_subsets = true;
  for (const VictimGroup* g : groups) only_subsets &= g->subset || g->update;
  const std::vector<const VictimGroup*> parts = breakdown_parts(a, groups);
  for (const VictimGroup* const& g : groups) {  // a reference: its index finds its part
    if (g->update) { update = g; continue; }
    if (g->subset && !only_subsets) continue;
    // A part of a figure told before is evidence of the group that figure counts.
    if (const VictimGroup* whole = parts[size_t(&g - groups.data())]) {
      for (Merged& m : merged)
        if (std::find(m.all.begin(), m.all.end(), whole) != m.all.end()) m.all.push_back(g);
      continue;
    }
    // "two more died in hospital", "three others were wounded": people beyond those counted.
    // "Another five died in hospital" too.
    const bool further = (g->end > g->first && word_in(a, g->end - 1, {"more", "others"})) ||
                         (g->first > 0 && word_is(a, g->first - 1, "another"));
    Merged* same = nullptr;
    for (Merged& m : merged) {
      if (further) break;
      bool heads = m.first->head == g->head;
      bool compatible_kinds = m.first->target_kind == g->target_kind || bare_people(m.first->head) ||
                              bare_people(g->head) ||
                              (m.first->target_kind == "civilians" && g->target_kind == "civilians") ||
                              !m.first->nationality.empty() || !g->nationality.empty();
      bool counts = g->count >= 0 && m.count >= 0 && g->count == m.count;
      if ((heads && (g->count < 0 || m.count < 0 || g->sentence != m.first->sentence)) || (counts && compatible_kinds && g->sentence != m.first->sentence)) {
        same = &m;
        break;
      }
    }
    if (same) {
      // One group, several figures: the lowest (ACLED's conservative rule, SPEC section 3).
      same->all.push_back(g);
      if (g->count >= 0 && (same->count < 0 || g->count < same->count)) same->count = g->count;
      same->vague &= g->vague || g->count < 0;
    } else {
      merged.push_back(Merged{g, g->count, g->vague || g->count < 0, {g}});
    }
  }
  if (merged.empty() && !update) return std::nullopt;
  CasualtyCount j;
  int64_t total = 0;
  bool known = false, vague = false;
  // Disjoint groups are summed (SPEC section 3: "two employees and four Afghans" = 6).
  for (const Merged& m : merged) {
    if (m.count >= 0) {
      total += m.count;
      known = true;
    }
    if (m.count < 0 || m.vague) vague = vague || m.count < 0 || m.first->vague;
  }
  // "The toll rose to 20" replaces the sum (SPEC section 3; ACLED codes the latest figure).
  if (update) {
    total = update->count;
    known = update->count >= 0;
    vague = update->vague;
  }
  if (known) j.value = total;
  j.vague = vague || !known;  // "dozens" = 12 vague; "several" = null vague (SPEC section 3, ACLED)
  const VictimGroup* head = update ? update : merged.front().first;
  j.words = spanned(a, head->first, head->end);
  std::vector<TextSpan>& ev = j.evidence;
  if (update) ev.push_back(spanned(a, update->first, update->end));
  for (const Merged& m : merged)
    for (const VictimGroup* g : m.all)
      if (ev.size() < kMaxEvidence) ev.push_back(spanned(a, g->first, g->end));
  return j;
}

// Token i is an ordinal of the number words (data/text/numbers.tsv: "second", "third").
static bool ordinal_word(const Analysis& a, uint32_t i) {
  const Table& numbers = a.lex.table(lex::kNumbers);
  for (const Match& m : a.matches_at(i))
    if (m.end == i + 1 && (m.tables >> lex::kNumbers & 1))
      for (const lex::Posting& p : m.postings)
        if (p.table == lex::kNumbers && numbers.get(p.row, "type") == "ordinal") return true;
  return false;
}

// A group counted already under another casualty word of its sentence: the same words
// ("the murder of trade unionist Jorge Salcedo, who was killed in Barrancabermeja": "murder
// of" and "who was killed" name him twice), or an ordinal apposition that places the victim
// in a series ("shot dead a radio presenter in Cebu, the fourth journalist killed this
// year", "the second mayor slain since January"): one person, counted once.
static bool restates_group(const Analysis& a, const VictimGroup& v, const std::vector<const VictimGroup*>& counted) {
  // The apposition is set off by a comma: "killed three people and took the fourth passenger"
  // is someone else.
  const bool ordinal = v.end > v.first + 1 && v.first > 0 && a.doc.token_text(v.first - 1) == "," &&
                       word_is(a, v.first, "the") && ordinal_word(a, v.first + 1);
  // `counted` is in text order: only its tail in v's sentence can restate v (a scan of the
  // whole list would be quadratic in a document whose every paragraph retells one incident).
  for (size_t k = counted.size(); k-- > 0;) {
    const VictimGroup* g = counted[k];
    if (g->sentence < v.sentence) break;
    if (g->effect != v.effect || g->sentence != v.sentence) continue;
    if (g->first == v.first && g->end == v.end) return true;
    if (ordinal && g->end <= v.first && !g->total) return true;
  }
  return false;
}

void incident_casualties(const IncidentScope& sc, const std::vector<int>& victim_cluster, Record* record) {
  const Analysis& a = sc.a;
  const size_t c = sc.c;
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  // Victims and counts.
  std::vector<Victim>& victims = record->victims;
  std::vector<const VictimGroup*> killed, injured, attackers_killed;
  std::vector<std::pair<std::vector<std::string>, size_t>> named;  // a named victim's words -> victims index
  // A person named as killed is not counted again as wounded when another sentence tells
  // how ("Gunmen killed Father X. X was shot as he left his church").
  std::vector<std::vector<std::string>> named_killed;
  for (size_t vi : indices_in(a.victims)) {
    const VictimGroup& v = a.victims[vi];
    if ((victim_cluster[vi] == -2 || victim_cluster[vi] == int(c)) && v.effect == "killed" && !v.name.empty() &&
        !v.attackers && named_killed.size() < kMaxListItems)
      named_killed.push_back(name_words(v.name));
  }
  std::vector<std::vector<std::string>> counted_names;  // names of the killed counted so far (bounded)
  auto counted_by_name = [&](const VictimGroup& v) {
    if (v.name.empty()) return false;
    std::vector<std::string> words = name_words(v.name);
    for (const auto& k : counted_names)
      if (words_within(words, k) || words_within(k, words)) return true;
    if (counted_names.size() < kMaxListItems) counted_names.push_back(std::move(words));
    return false;
  };
  auto died = [&](const VictimGroup& v) {
    if (v.name.empty()) return false;
    std::vector<std::string> words = name_words(v.name);
    for (const auto& k : named_killed)
      if (words_within(words, k) || words_within(k, words)) return true;
    return false;
  };
  for (size_t vi : indices_in(a.victims)) {
    const VictimGroup& v = a.victims[vi];
    if (victim_cluster[vi] != -2 && victim_cluster[vi] != int(c)) continue;
    // Attackers' deaths are counted apart: GTD nkillter; ACLED fatalities = killed +
    // attackers_killed (views.cc).
    if (v.attackers && v.effect == "killed") {
      attackers_killed.push_back(&v);
      continue;
    }
    if (v.attackers) continue;
    if (restates_group(a, v, killed) || restates_group(a, v, injured)) continue;
    // A person named again under another casualty word ("The victim, identified as X, ...
    // died on the way to hospital") is the one already counted under that name.
    if (v.effect == "killed" && counted_by_name(v)) continue;
    if (v.effect == "killed") killed.push_back(&v);
    if (v.effect == "injured" && !died(v)) injured.push_back(&v);
    if (v.total) continue;
    if (!v.name.empty() && restated_name(a, v, &victims, &named)) continue;
    if (victims.size() >= kMaxListItems) continue;
    Victim& j = victims.emplace_back();
    j.words = spanned(a, v.first, v.end);
    j.name = v.name;
    if (v.count >= 0) j.count = v.count;
    // An attacked person whose fate the text does not give: effect null.
    if (!v.effect.empty()) j.effect = v.effect;
    j.nationality = v.nationality;
  }
  if (record->targets.empty()) {
    // The people attacked say what was targeted ("two employees of the mission").
    std::set<std::string> kinds_seen;
    uint32_t first_trigger = UINT32_MAX;
    for (uint32_t m : sc.cluster().mentions) first_trigger = std::min(first_trigger, a.events[m].first);
    // Armed people killed beside others ("two soldiers and four guerrillas were killed in the
    // clash") are the other side of a fight, not what was targeted: they name the target only
    // when no one else does (pass 1).
    for (int pass = 0; pass < 2 && (pass == 0 || record->targets.empty()); ++pass)
      for (size_t vi : indices_in(a.victims)) {
        const VictimGroup& v = a.victims[vi];
        // People of an act told before this one are that act's, not this one's: "killing a priest
        // and kidnapping 15 worshippers" (the kidnapping's target is the worshippers), "police shot
        // a driver; youths protesting his death clashed with police". The first act told names
        // the raid, so its record keeps the people of the acts told after it ("shot dead two
        // guards and abducted an engineer": the raid was on both).
        if (victim_cluster[vi] >= 0 && victim_cluster[vi] != int(c) && a.victims[vi].first < first_trigger) continue;
        if (v.attackers || v.target_kind.empty() || v.head == "people") continue;
        const AgentMention* ant = v.target_kind == "military" ? armed_antecedent(a, v) : nullptr;
        if ((v.target_kind == "military" && (ant || armed_people(a, v))) != (pass == 1)) continue;
        if (!kinds_seen.insert(v.target_kind).second) continue;
        if (record->targets.size() >= kMaxListItems) continue;
        Target& t = record->targets.emplace_back();
        t.words = spanned(a, v.first, v.end);
        t.kind = v.target_kind;
        t.nationality = v.nationality;
        t.people = true;  // a target named by the people attacked, not a physical one
        // Armed people killed by others ("troops killed 12 militants") are combatants: GTD's
        // "Terrorists/Non-State Militia" target type, not civilians.
        if (ant) t.words = spanned(a, ant->first, ant->end);
        if (v.target_kind == "military" && (ant || armed_people(a, v))) {
          t.kind = "other";
          t.gtd_target_type = "Terrorists/Non-State Militia";
        }
      }
  }

  record->killed = casualty_count(a, killed);
  record->attackers_killed = casualty_count(a, attackers_killed);
  if (record->attackers_killed) record->attackers_killed->vague.reset();
  record->injured = casualty_count(a, injured);
}

}  // namespace sitrep
