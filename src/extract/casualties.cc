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

// Noun phrases and numbers are short: a lookup never looks further back than this.
constexpr uint32_t kMaxPhraseTokens = 16;

const NumberMention* number_in(const Analysis& a, uint32_t first, uint32_t end) {
  auto [lo, hi] = in_tokens(a.numbers, first, end);
  for (size_t i = lo; i < hi; ++i)
    if (a.numbers[i].end <= end) return &a.numbers[i];
  return nullptr;
}

const NumberMention* number_ending_at(const Analysis& a, uint32_t end) {
  auto [lo, hi] = in_tokens(a.numbers, end > kMaxPhraseTokens ? end - kMaxPhraseTokens : 0, end);
  for (size_t i = lo; i < hi; ++i)
    if (a.numbers[i].end == end) return &a.numbers[i];
  return nullptr;
}

const NumberMention* number_starting_at(const Analysis& a, uint32_t first) {
  auto [lo, hi] = in_tokens(a.numbers, first, first + 1);
  return lo < hi ? &a.numbers[lo] : nullptr;
}

const AgentMention* agent_ending_at(const Analysis& a, uint32_t end) {
  auto [lo, hi] = in_tokens(a.agents, end > kMaxPhraseTokens ? end - kMaxPhraseTokens : 0, end);
  for (size_t i = lo; i < hi; ++i)
    if (a.agents[i].end == end) return &a.agents[i];
  return nullptr;
}

const AgentMention* agent_starting_in(const Analysis& a, uint32_t from, uint32_t to) {
  auto [lo, hi] = in_tokens(a.agents, from, to);
  return lo < hi ? &a.agents[lo] : nullptr;
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
      const NumberMention* n = number_ending_at(a, end);
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
      const NumberMention* n = number_starting_at(a, j);
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
        const NumberMention* n = number_ending_at(*a, h.first);
        if (!n && h.first >= 1 && word_is(*a, h.first - 1, "of")) n = number_ending_at(*a, h.first - 1);
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
    auto [nlo, nhi] = in_tokens(a->numbers, h.end, h.end + 3);
    for (size_t ni = nlo; ni < nhi; ++ni) {
      const NumberMention& n = a->numbers[ni];
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
  std::stable_sort(a->victims.begin(), a->victims.end(),
                   [](const VictimGroup& x, const VictimGroup& y) { return x.first < y.first; });
}

}  // namespace sitrep
