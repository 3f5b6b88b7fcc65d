// Actors stage: matches -> the actors layer (named organisations and states valid at the
// document's date) and the agents layer (generic people and forces as noun phrases).
#include "extract/actors.h"

#include <algorithm>

#include "extract/hits.h"

namespace sitrep {
namespace {

// Determiners and quantifiers that open a noun phrase ("an", "one of its", "two"). Not
// "that" or "this": far more often a conjunction or a pronoun ("said that rebels ...").
bool np_opener(const Analysis& a, uint32_t i) {
  static constexpr WordSet kOpeners{"a", "an", "the", "its", "his", "her", "their", "our", "these", "those",
                                    "some", "several", "many", "all", "both", "other", "another", "each", "no", "any",
                                    "number", "group", "dozens", "scores", "hundreds", "tens", "thousands", "few",
                                    "couple"};
  return word_in(a, i, kOpeners);
}

// Modifiers inside a noun phrase: adjectives of agency and nationality.
bool np_modifier(const Analysis& a, uint32_t i) {
  static constexpr WordSet kModifiers{
      "unidentified", "unknown", "armed", "masked", "suspected", "alleged", "heavily", "local",
      "foreign", "senior", "junior", "young", "former", "off-duty", "innocent", "unarmed",
      "hooded", "rebel", "insurgent", "militant", "islamist", "jihadist", "suicide", "would-be",
      "lone", "several", "other", "more", "additional", "female", "male", "civilian", "security",
      "police", "army", "military", "government", "embassy", "mission", "urban", "rural",
      "presumed", "fellow", "wounded", "dead"};
  return word_in(a, i, kModifiers);
}

}  // namespace

bool row_valid_at(const Table& t, size_t row, const std::string& date) {
  if (date.size() < 10) return true;
  std::string_view from = t.get(row, "from"), until = t.get(row, "until");
  std::string_view d = std::string_view(date).substr(0, 10);
  if (!from.empty() && d < from) return false;
  if (!until.empty() && d >= until) return false;
  return true;
}

uint32_t np_start(const Analysis& a, uint32_t head_first, uint32_t limit, bool agent_modifiers) {
  uint32_t i = head_first;
  const auto& toks = a.doc.tokens;
  int steps = 0;
  while (i > limit && steps < 6) {
    uint32_t j = i - 1;
    const Token& t = toks[j];
    if (t.is(kHyphen)) { i = j; continue; }
    if (t.is(kPunct)) break;
    bool take = false;
    // Nothing but a quantifier precedes an article: "near San Salvador a group of armed
    // men", "wounded a judge" open at "a" (modifiers, demonyms and names go after the
    // article: "the Russian troops", "the wounded men").
    static constexpr WordSet kArticles{"a", "an", "the"};
    const bool after_article = word_in(a, i, kArticles);
    if (after_article) {
      if (!np_opener(a, j) && !word_is(a, j, "of")) break;
    }
    if (t.is(kNumber) || a.token_has(j, lex::kNumbers)) take = true;
    else if (np_opener(a, j) || np_modifier(a, j)) take = true;
    else if (word_is(a, j, "of") && j > limit &&
             (toks[j - 1].is(kNumber) || a.token_has(j - 1, lex::kNumbers) || np_opener(a, j - 1)))
      take = true;
    else if (a.token_has(j, lex::kCountries)) take = true;  // demonym or country: "Russian", "Afghan"
    else if (agent_modifiers && a.token_has(j, lex::kAgents) && !toks[j].is(kNumber) && a.doc.norm(j) != "police")
      take = true;  // an agent word as modifier: "guerrilla urban commandos", "rebel fighters"
    else if (j < a.actor_at.size() && a.actor_at[j] >= 0)
      take = true;  // "16 al-Shabab militants"
    else if (!a.doc.all_caps && t.is(kCapitalised) && j > 0 && !toks[j].is(kNewlineBefore) &&
             a.doc.sentence_of[j] == a.doc.sentence_of[head_first] &&
             a.doc.sentences[a.doc.sentence_of[j]].first_token != j)
      take = true;  // "French embassy staff", "Pentagon"
    if (!take) break;
    i = j;
    ++steps;
  }
  return i;
}

void find_actors(Analysis* a) {
  const Table& actors = a->lex.table(lex::kActors);
  const std::vector<Hit>& hits = table_hits(*a, lex::kActors, /*all_rows=*/true);
  a->actors.clear();
  for (size_t k = 0; k < hits.size(); ++k) {
    const Hit& h = hits[k];
    if (!a->actors.empty() && a->actors.back().first == h.first) continue;  // one row per span
    // Several rows may share an alias: the one valid at the document's date wins.
    int chosen = -1;
    for (size_t m = k; m < hits.size() && hits[m].first == h.first; ++m)
      if (row_valid_at(actors, hits[m].row, a->anchor_date)) { chosen = int(hits[m].row); break; }
    if (chosen < 0) continue;
    // In mixed case an organisation's name has a capital ("the Taliban", "al-Shabaab");
    // lower-case "state" or "front" is a word.
    if (!a->doc.all_caps) {
      bool cap = false;
      for (uint32_t i = h.first; i < h.end; ++i) cap |= a->doc.tokens[i].is(kCapitalised);
      if (!cap) continue;
    }
    a->actors.push_back(ActorMention{h.first, h.end, uint32_t(chosen)});
  }

  a->actor_at.assign(a->doc.tokens.size(), -1);
  for (size_t i = 0; i < a->actors.size(); ++i)
    for (uint32_t t = a->actors[i].first; t < a->actors[i].end; ++t) a->actor_at[t] = int32_t(i);

  a->agents.clear();
  const Table& agents_t = a->lex.table(lex::kAgents);
  const int class_col = agents_t.column("class");  // once, not per agent
  for (const Hit& h : table_hits(*a, lex::kAgents)) {
    // Skip agent words inside a named actor ("Afghan National Army").
    bool inside = true;
    for (uint32_t t = h.first; t < h.end; ++t) inside &= a->actor_at[t] >= 0;
    if (inside) continue;
    uint32_t sent_first = a->doc.sentences[a->doc.sentence_of[h.first]].first_token;
    AgentMention g;
    g.head_first = h.first;
    g.head_end = h.end;
    g.row = h.row;
    g.first = np_start(*a, h.first, sent_first, agents_t.get(h.row, class_col) == "attacker");
    g.end = h.end;
    // "employees of the Russian mission": keep a following "of" phrase in the words.
    for (uint32_t i = g.first; i < g.head_first; ++i) {
      for (const Match& m : a->matches_at(i))
        for (const lex::Posting& p : m.postings)
          if (p.table == lex::kCountries && (p.flags & lex::kDemonym)) g.nationality = a->lex.table(lex::kCountries).get(p.row, "cca2");
    }
    a->agents.push_back(std::move(g));
  }
  // People named by nationality: "four Afghans", "two Americans".
  const Table& countries = a->lex.table(lex::kCountries);
  for (const Hit& h : table_hits(*a, lex::kCountries, /*all_rows=*/true)) {
    if (!(h.flags & lex::kPlural)) continue;
    if (!a->agents.empty() && a->agents.back().head_first == h.first) continue;
    bool taken = false;
    auto [lo, hi] = in_tokens(a->agents, h.first > 16 ? h.first - 16 : 0, h.end);
    for (size_t i = lo; i < hi; ++i)
      if (h.first < a->agents[i].end && a->agents[i].first < h.end) taken = true;
    if (taken) continue;
    uint32_t sent_first = a->doc.sentences[a->doc.sentence_of[h.first]].first_token;
    AgentMention g;
    g.head_first = h.first;
    g.head_end = h.end;
    g.country_row = int32_t(h.row);
    g.nationality = std::string(countries.get(h.row, "cca2"));
    g.first = np_start(*a, h.first, sent_first);
    g.end = h.end;
    a->agents.push_back(std::move(g));
  }
  std::sort(a->agents.begin(), a->agents.end(),
            [](const AgentMention& x, const AgentMention& y) { return x.first < y.first; });
  // An attacker word before another agent word is its modifier: "urban guerrilla
  // commandos", "guerrilla units", "rebel soldiers" are one phrase naming the attackers, as
  // MUC-4's PERP: INDIVIDUAL ID writes them; the phrase keeps the attacker class.
  std::vector<AgentMention> joined;
  joined.reserve(a->agents.size());
  for (size_t i = 0; i < a->agents.size(); ++i) {
    AgentMention g = std::move(a->agents[i]);
    if (i + 1 < a->agents.size() && g.country_row < 0 && agents_t.get(g.row, class_col) == "attacker") {
      const AgentMention& next = a->agents[i + 1];
      std::string_view next_class = next.country_row < 0 ? agents_t.get(next.row, class_col) : std::string_view();
      if (next.head_first == g.head_end && (next_class == "attacker" || next_class == "force") &&
          a->doc.sentence_of[next.head_first] == a->doc.sentence_of[g.head_first]) {
        g.head_end = next.head_end;
        g.end = next.end;
        if (g.nationality.empty()) g.nationality = next.nationality;
        ++i;
      }
    }
    joined.push_back(std::move(g));
  }
  a->agents = std::move(joined);
  // "guerrilla" inside "guerrilla urban commandos" is a modifier, not people of its own.
  std::vector<AgentMention> kept;
  kept.reserve(a->agents.size());
  for (size_t i = 0; i < a->agents.size(); ++i) {
    const AgentMention& g = a->agents[i];
    bool nested = false;
    if (g.country_row >= 0 || agents_t.get(g.row, class_col) != "attacker") {
      kept.push_back(std::move(a->agents[i]));
      continue;
    }
    for (size_t j = i + 1; j < a->agents.size() && a->agents[j].first <= g.first; ++j)
      nested |= a->agents[j].first <= g.first && g.end <= a->agents[j].end && a->agents[j].end > g.end;
    for (size_t j = i; j-- > 0 && a->agents[j].end > g.first;)
      nested |= a->agents[j].first <= g.first && g.end <= a->agents[j].end && a->agents[j].head_end > g.head_end;
    if (!nested) kept.push_back(std::move(a->agents[i]));
  }
  a->agents = std::move(kept);
}

}  // namespace sitrep
