// Casualties stage: casualty words + numbers + agents -> the victims layer: one group per
// counted set of people ("two employees of the Russian mission", "four Afghans") with
// its effect. Counting across groups (sum disjoint groups, lowest of conflicting figures)
// is done per incident in incident/assemble.
#include "extract/casualties.h"

#include "extract/actors.h"
#include "extract/hits.h"

namespace sitrep {
namespace {

bool auxiliary(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"was", "were", "been", "have", "has", "had", "are", "is", "be", "being", "reportedly",
                        "also", "later", "all", "both", "allegedly", "get", "got", "apparently", "seriously",
                        "critically", "slightly", "badly", "fatally", "lightly", "mortally", "severely"});
}

const NumberMention* number_in(const Analysis& a, uint32_t first, uint32_t end) {
  for (const NumberMention& n : a.numbers)
    if (n.first >= first && n.end <= end) return &n;
  return nullptr;
}

const AgentMention* agent_ending_at(const Analysis& a, uint32_t end) {
  for (const AgentMention& g : a.agents)
    if (g.end == end) return &g;
  return nullptr;
}

const AgentMention* agent_starting_in(const Analysis& a, uint32_t from, uint32_t to) {
  for (const AgentMention& g : a.agents)
    if (g.first >= from && g.first < to) return &g;
  return nullptr;
}

VictimGroup group_from_agent(const Analysis& a, const AgentMention& g, uint32_t end, const std::string& effect) {
  const Table& agents = a.lex.table(lex::kAgents);
  VictimGroup v;
  v.first = g.first;
  v.end = end;
  v.sentence = a.doc.sentence_of[g.head_first];
  v.effect = effect;
  // The head word: "employees" in "employees of the diplomatic mission", else the last.
  uint32_t head = g.head_end - 1;
  for (uint32_t i = g.head_first + 1; i < g.head_end; ++i)
    if (word_is(a, i, "of")) { head = i - 1; break; }
  v.head = std::string(a.doc.norm(head));
  bool people = g.country_row >= 0;  // "four Afghans"
  v.target_kind = people ? "civilians" : std::string(agents.get(g.row, "target_kind"));
  v.nationality = g.nationality;
  v.attackers = !people && agents.get(g.row, "class") == "attacker";
  if (const NumberMention* n = number_in(a, g.first, g.head_first)) {
    v.count = n->value;
    v.vague = n->vague;
  } else if (g.head_first > g.first && word_in(a, g.first, {"a", "an", "one"}) &&
             (people || agents.get(g.row, "person") == "1") &&
             a.doc.norm(g.head_end - 1).back() != 's') {
    v.count = 1;  // "a soldier was killed"
  }
  return v;
}

// A people noun phrase ending right before `i` (auxiliaries and quote marks skipped),
// with an "of ..." complement allowed: "Two employees of the diplomatic mission were".
bool left_groups(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t j = i;
  while (j > limit && (auxiliary(a, j - 1) || t[j - 1].is(kQuote))) --j;
  bool found = false;
  while (j > limit) {
    uint32_t end = j;
    while (end > limit && t[end - 1].is(kQuote)) --end;
    const AgentMention* g = agent_ending_at(a, end);
    uint32_t group_end = end;
    if (!g) {
      // "employees of the diplomatic mission": look back over an "of" complement.
      for (uint32_t k = end; k > limit && end - k < 7; --k) {
        if (word_is(a, k - 1, "of")) {
          g = agent_ending_at(a, k - 1);
          break;
        }
        if (t[k - 1].is(kPunct)) break;
      }
    }
    if (g) {
      out->push_back(group_from_agent(a, *g, group_end, effect));
      found = true;
      j = g->first;
    } else {
      // A bare count: "six were killed", "20 dead".
      const NumberMention* n = nullptr;
      for (const NumberMention& m : a.numbers)
        if (m.end == end) n = &m;
      if (!n) break;
      VictimGroup v;
      v.first = n->first;
      v.end = n->end;
      v.sentence = a.doc.sentence_of[n->first];
      v.effect = effect;
      v.count = n->value;
      v.vague = n->vague;
      v.head = "people";
      v.target_kind = "civilians";
      out->push_back(v);
      found = true;
      j = n->first;
    }
    // Coordination: "two soldiers and three civilians were killed".
    if (j > limit + 1 && (word_is(a, j - 1, "and") || a.doc.token_text(j - 1) == ",")) {
      --j;
      continue;
    }
    break;
  }
  return found;
}

// People noun phrases after an active verb: "killed two employees of the Russian mission
// and four Afghans".
bool right_groups(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t j = i;
  bool found = false;
  while (j < limit) {
    while (j < limit && t[j].is(kQuote)) ++j;
    const AgentMention* g = agent_starting_in(a, j, std::min(limit, j + 2));
    if (g && g->first > j + 1) g = nullptr;
    if (!g) {
      const NumberMention* n = nullptr;
      for (const NumberMention& m : a.numbers)
        if (m.first == j) n = &m;
      if (!n || (j + 1 < limit && word_in(a, n->end, {"of"}) == false && false)) break;
      if (!n) break;
      // "killed 20" / "killing at least 20 people" (people words are agents, handled above).
      VictimGroup v;
      v.first = n->first;
      v.end = n->end;
      v.sentence = a.doc.sentence_of[n->first];
      v.effect = effect;
      v.count = n->value;
      v.vague = n->vague;
      v.head = "people";
      v.target_kind = "civilians";
      out->push_back(v);
      found = true;
      j = n->end;
    } else {
      uint32_t end = g->end;
      // Keep an "of the X mission" complement in the group's words.
      if (end + 1 < limit && word_is(a, end, "of")) {
        uint32_t k = end + 1;
        while (k < limit && k - end < 6 && !t[k].is(kPunct) && !word_in(a, k, {"and", "in", "on", "at", "near", "who", "which", "were", "was"})) ++k;
        if (k > end + 1) end = k;
      }
      VictimGroup v = group_from_agent(a, *g, end, effect);
      out->push_back(v);
      found = true;
      j = end;
    }
    while (j < limit && t[j].is(kQuote)) ++j;
    if (j + 1 < limit && (word_is(a, j, "and") || a.doc.token_text(j) == ",")) {
      ++j;
      if (word_in(a, j, {"including", "among"})) break;
      continue;
    }
    break;
  }
  return found;
}

}  // namespace

void find_casualties(Analysis* a) {
  const Table& words = a->lex.table(lex::kCasualtyWords);
  const auto& t = a->doc.tokens;
  a->victims.clear();
  for (const Hit& h : table_hits(*a, lex::kCasualtyWords)) {
    std::string effect(words.get(h.row, "effect"));
    std::string_view form = words.get(h.row, "form");
    uint32_t sent = a->doc.sentence_of[h.first];
    const Sentence& s = a->doc.sentences[sent];
    std::vector<VictimGroup> groups;
    bool passive = h.first > s.first_token && auxiliary(*a, h.first - 1);
    if (form == "noun") {
      right_groups(*a, h.end, s.end_token, effect, &groups);
    } else if (form == "adjective" || form == "intransitive" || passive) {
      if (!left_groups(*a, h.first, s.first_token, effect, &groups) && form == "adjective") {
        // "the wounded", "a number of wounded": a vague group with no head.
        const NumberMention* n = nullptr;
        for (const NumberMention& m : a->numbers)
          if (m.end == h.first || (h.first >= 1 && m.end == h.first - 1 && word_is(*a, h.first - 1, "of"))) n = &m;
        if (n) {
          VictimGroup v;
          v.first = n->first;
          v.end = h.end;
          v.sentence = sent;
          v.effect = effect;
          v.count = n->value;
          v.vague = n->vague;
          v.head = "people";
          v.target_kind = "civilians";
          groups.push_back(v);
        }
      }
    } else {
      // Active verb: the victims follow; the words before are the perpetrators.
      if (!right_groups(*a, h.end, s.end_token, effect, &groups))
        left_groups(*a, h.first, s.first_token, effect, &groups);  // "20 killed"
    }
    // "including three children": subsets of a group already counted.
    for (VictimGroup& g : groups) {
      for (uint32_t k = g.first >= 3 ? g.first - 3 : 0; k < g.first; ++k)
        if (word_in(*a, k, {"including", "among", "includes", "include"})) g.subset = true;
    }
    for (VictimGroup& g : groups) a->victims.push_back(std::move(g));
  }
  // Tolls: "the death toll rose to 20".
  const Table& tolls = a->lex.table(lex::kTollWords);
  for (const Hit& h : table_hits(*a, lex::kTollWords)) {
    if (tolls.get(h.row, "kind") != "update") continue;
    bool toll_before = false;
    const Sentence& s = a->doc.sentences[a->doc.sentence_of[h.first]];
    for (uint32_t k = h.first >= 6 ? h.first - 6 : 0; k < h.first; ++k)
      if (k >= s.first_token && word_in(*a, k, {"toll", "tolls"})) toll_before = true;
    if (!toll_before) continue;
    for (const NumberMention& n : a->numbers) {
      if (n.first < h.end || n.first > h.end + 2) continue;
      VictimGroup v;
      v.first = n.first;
      v.end = n.end;
      v.sentence = a->doc.sentence_of[n.first];
      v.effect = "killed";
      v.count = n.value;
      v.vague = n.vague;
      v.head = "people";
      v.update = true;
      v.total = true;
      a->victims.push_back(v);
      break;
    }
  }
  (void)t;
}

}  // namespace sitrep
