// Actors stage: matches -> the actors layer (named organisations and states valid at the
// document's date) and the agents layer (generic people and forces as noun phrases).
#include "extract/actors.h"

#include <algorithm>
#include <cstdio>
#include <span>

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

// Agents-table row of a phrase of words (UINT32_MAX when the table has none).
uint32_t agents_row(const Lexicon& lex, std::initializer_list<std::string_view> words) {
  uint64_t h = kPhraseSeed;
  for (std::string_view w : words) h = extend_phrase_hash(h, hash_form(w));
  const lex::PhraseSlot* slot = lex.find(h);
  if (!slot || !(slot->flags & lex::kFullPhrase)) return UINT32_MAX;
  for (const lex::Posting& p : lex.postings(*slot))
    if (p.table == lex::kAgents) return p.row;
  return UINT32_MAX;
}

// Whether actors-table `row` is an armed body whose members act for it: a state (its
// forces) or an armed group (ACLED inter 2-4: rebels, political and identity militias). A
// party's or a union's members are no one's attackers by that name.
bool armed_actor(const Table& actors, uint32_t row) {
  std::string_view kind = actors.get(row, "kind"), inter = actors.get(row, "inter");
  return kind == "state" || (kind == "group" && (inter == "2" || inter == "3" || inter == "4"));
}

// The date of an actor named at token `tok` by its own sentence: the nearest date there
// with a year ("On 3 March 2019, Taliban fighters killed ...", "the IRA bombed Manchester in
// June 1996"), "" when it gives none. A background paragraph of a 2024 report about a 1996
// bombing names the actor of 1996.
std::string sentence_date(const Analysis& a, uint32_t tok, bool before = false) {
  auto iso = [](const DateMention& d) {
    // A month stands for its 15th, a year for 1 July (SPEC section 3).
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month > 0 ? d.month : 7,
                  d.day > 0     ? d.day
                  : d.month > 0 ? 15
                                : 1);
    return std::string(buf);
  };
  auto [lo, hi] = a.in_sentence(a.dates, a.doc.sentence_of[tok]);
  if (before) {
    // The latest dated sentence before (a few date mentions back at most).
    constexpr size_t kMaxDatesBack = 8;
    for (size_t i = lo, n = 0; i > 0 && n < kMaxDatesBack; --i, ++n)
      if (a.dates[i - 1].year > 0) return iso(a.dates[i - 1]);
    return "";
  }
  const DateMention* own = nullptr;
  auto dist = [&](const DateMention& d) { return d.first > tok ? d.first - tok : tok - d.first; };
  for (size_t i = lo; i < hi; ++i) {
    const DateMention& d = a.dates[i];
    if (d.year <= 0 || d.relative) continue;
    if (!own || dist(d) < dist(*own)) own = &d;
  }
  return own ? iso(*own) : "";
}

// Of the rows `rows` (one alias, or one state's forces), the one valid at `date`, -1 when
// none is; with no date at all, the open-ended one of those that act (an ACLED type: the
// Taliban's government, the RSF at war with the army, not the FMLN's later party), else
// the first that acts, else the first.
template <typename Rows, typename Keep>
int row_at_date(const Table& actors, const Rows& rows, const std::string& date, Keep keep) {
  int first = -1, acting = -1;
  for (uint32_t r : rows) {
    if (!keep(r)) continue;
    if (date.empty()) {
      const bool acts = !actors.get(r, "inter").empty();
      if (acts && actors.get(r, "until").empty()) return int(r);
      if (first < 0) first = int(r);
      if (acts && acting < 0) acting = int(r);
    } else if (row_valid_at(actors, r, date)) {
      return int(r);
    }
  }
  return !date.empty() ? -1 : acting >= 0 ? acting : first;
}

// The row of an actor named at token `tok`, of `rows`: the one valid at the date of its own
// sentence, else at the document's date, else (no publication date: an ACLED note, an
// undated page) at the latest date told before it, else the one row_at_date takes with no
// date. -1 when a date is known and no row is valid at it (ETA in a 2024 report).
template <typename Rows, typename Keep>
int row_for(const Analysis& a, const Rows& rows, uint32_t tok, Keep keep) {
  const Table& actors = a.lex.table(lex::kActors);
  if (const std::string own = sentence_date(a, tok); !own.empty())
    if (const int r = row_at_date(actors, rows, own, keep); r >= 0) return r;
  if (!a.anchor_date.empty()) return row_at_date(actors, rows, a.anchor_date, keep);
  if (const std::string told = sentence_date(a, tok, /*before=*/true); !told.empty())
    if (const int r = row_at_date(actors, rows, told, keep); r >= 0) return r;
  return row_at_date(actors, rows, "", keep);
}

// The actors-table row of country `cc`'s state force whose ACLED name starts with `prefix`
// ("Military Forces of ", "Police Forces of ") named at token `tok` (row_for), or -1.
int state_force_row(const Analysis& a, std::string_view cc, std::string_view prefix, uint32_t tok) {
  const Table& actors = a.lex.table(lex::kActors);
  return row_for(a, a.lex.country_actor_rows(cc), tok, [&](uint32_t r) {
    return actors.get(r, "kind") == "state" && actors.get(r, "acled_name").starts_with(prefix);
  });
}

// A country named as the doer of an act of war is its armed forces: "Russia launched dozens
// of missiles at Ukrainian cities", "Israel struck targets in southern Lebanon", "Turkey
// carried out airstrikes", "civilians killed by Israel", "Hezbollah blamed Israel for the
// blast" (ACLED: Military Forces of Russia). Only the subject of a verb of armed force at
// the head of its clause, the agent after "by", or the one a blame verb names; "in
// Russia", "Russia said" and "Russia's economy" name a place or a speaker. Appends actor
// mentions of the country's military row valid at the document's date; true when it did.
bool add_country_agents(Analysis* a) {
  static constexpr WordSet kForceVerbs{"launched",    "launches",   "struck",     "strikes",  "fired",
                                       "fires",       "bombed",     "bombs",      "shelled",  "shells",
                                       "pounded",     "pounds",     "attacked",   "attacks",  "targeted",
                                       "targets",     "killed",     "kills",      "invaded",  "invades",
                                       "carried",     "carries",    "conducted",  "conducts", "raided",
                                       "raids",       "hit",        "hits",       "shot",     "destroyed",
                                       "destroys",    "retaliated", "retaliates", "stepped",  "intensified",
                                       "intensifies", "downed",     "seized",     "seizes",   "responded",
                                       "responds"};  // "Israel responded with airstrikes": roles.cc
                                                     // act_verb_before_noun
  static constexpr WordSet kClauseOpeners{"and", "that", "but", "when", "after", "while", "as", "before", "then"};
  static constexpr WordSet kBlame{"blamed", "blames", "blaming", "accused", "accuses", "accusing"};
  // "Israeli strikes", "Russian missiles", "Ukrainian drones": a state's weapons of war named
  // by its demonym are its forces' (the first tester's "Russian missiles struck ...").
  static constexpr WordSet kStateArms{"strike",   "strikes", "airstrike",   "airstrikes", "missile",     "missiles",
                                      "drone",    "drones",  "warplanes",   "warplane",   "jets",        "artillery",
                                      "shelling", "rockets", "bombardment", "bombers",    "helicopters", "gunships"};
  const Table& countries = a->lex.table(lex::kCountries);
  bool added = false;
  for (const Hit& h : table_hits(*a, lex::kCountries)) {
    if (h.flags & lex::kPlural) continue;
    if (h.flags & lex::kDemonym) {
      if (a->actor_at[h.first] >= 0 || h.end >= a->doc.tokens.size() || !word_in(*a, h.end, kStateArms)) continue;
      if (a->doc.sentence_of[h.end] != a->doc.sentence_of[h.first]) continue;
      if (const int r = state_force_row(*a, countries.get(h.row, "cca2"), "Military Forces of ", h.first); r >= 0) {
        a->actors.push_back(
            ActorMention{h.first, h.end, uint32_t(r)});  // the demonym: the arms word may be the trigger
        added = true;
      }
      continue;
    }
    if (a->actor_at[h.first] >= 0) continue;
    const Sentence& s = a->doc.sentences[a->doc.sentence_of[h.first]];
    bool subject = h.first == s.first_token || (h.first > s.first_token && (a->doc.token_text(h.first - 1) == "," ||
                                                                            word_in(*a, h.first - 1, kClauseOpeners)));
    // "killed by Israel", not "backed by Iran": the agent of a passive act.
    bool agent = h.first > s.first_token + 1 && word_is(*a, h.first - 1, "by") &&
                 (word_in(*a, h.first - 2, kForceVerbs) || a->token_has(h.first - 2, lex::kTriggers));
    agent |= h.first > s.first_token && word_in(*a, h.first - 1, kBlame);
    if (!(subject && h.end < s.end_token && word_in(*a, h.end, kForceVerbs)) && !agent) continue;
    // "Russia's", "Israel-Hamas": a possessive or a compound is no doer.
    if (h.end < s.end_token && (word_in(*a, h.end, {"'s", "\xE2\x80\x99s"}) || a->doc.tokens[h.end].is(kHyphen)))
      continue;
    if (const int r = state_force_row(*a, countries.get(h.row, "cca2"), "Military Forces of ", h.first); r >= 0) {
      a->actors.push_back(ActorMention{h.first, h.end, uint32_t(r)});
      added = true;
    }
  }
  return added;
}

// "Israeli troops", "Pakistani soldiers", "Kenyan police": a nationality before a word for a
// state's force names that state's military or police, the body the lexicon lists for the
// country at the document's date (ACLED: "Military Forces of Israel", "Police Forces of
// Kenya"). Only the force's own people or body ("troops", "the army", "security forces"),
// not a unit named as a target ("an Israeli army patrol" is what was hit, the patrol's
// words stay an agent). Adds actor mentions over the agents' words and keeps the layer
// sorted.
void add_national_forces(Analysis* a) {
  const Table& agents_t = a->lex.table(lex::kAgents);
  const int class_col = agents_t.column("class"), kind_col = agents_t.column("target_kind"),
            inter_col = agents_t.column("inter"), person_col = agents_t.column("person");
  const uint32_t bodies[] = {agents_row(a->lex, {"army"}), agents_row(a->lex, {"military"}),
                             agents_row(a->lex, {"security", "forces"}), agents_row(a->lex, {"navy"}),
                             agents_row(a->lex, {"police"})};
  bool added = false;
  for (const AgentMention& g : a->agents) {
    if (g.nationality.empty() || g.country_row >= 0) continue;
    if (agents_t.get(g.row, class_col) != "force" || agents_t.get(g.row, inter_col) != "1") continue;
    std::string_view target_kind = agents_t.get(g.row, kind_col);
    if (target_kind != "military" && target_kind != "police") continue;
    if (agents_t.get(g.row, person_col) != "1" && std::find(std::begin(bodies), std::end(bodies), g.row) == std::end(bodies))
      continue;
    bool named = false;
    for (uint32_t t = g.first; t < g.end && !named; ++t) named = a->actor_at[t] >= 0;
    if (named) continue;
    const int row = state_force_row(*a, g.nationality,
                                    target_kind == "police" ? "Police Forces of " : "Military Forces of ", g.first);
    if (row < 0) continue;
    a->actors.push_back(ActorMention{g.first, g.end, uint32_t(row)});
    added = true;
  }
  added |= add_country_agents(a);
  if (!added) return;
  std::stable_sort(a->actors.begin(), a->actors.end(),
                   [](const ActorMention& x, const ActorMention& y) { return x.first < y.first; });
  std::fill(a->actor_at.begin(), a->actor_at.end(), -1);
  for (size_t i = 0; i < a->actors.size(); ++i)
    for (uint32_t t = a->actors[i].first; t < a->actors[i].end; ++t) a->actor_at[t] = int32_t(i);
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
    // An age before the head is one modifier: "a 60-year-old man", "her 4-month-old son"
    // (the head may hold the "old": "a 70-year-old man" is a "year-" before "old man").
    const uint32_t unit = word_is(a, j, "old") ? j - 2 : t.is(kHyphen) ? j - 1 : j;
    if (unit != j && unit >= limit + 2 && unit < j && toks[unit + 1].is(kHyphen) && toks[unit - 1].is(kHyphen) &&
        word_in(a, unit, {"year", "years", "month", "months", "week", "weeks", "day", "days"}) &&
        (toks[unit - 2].is(kNumber) || a.token_has(unit - 2, lex::kNumbers))) {
      i = unit - 2;
      ++steps;
      continue;
    }
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

bool dress_word(const Analysis& a, uint32_t i) {
  static constexpr WordSet kDress{"clothes", "clothing", "uniform",    "uniforms",  "fatigues",    "hoods", "masks",
                                  "balaclavas", "disguises", "attire", "garb", "plainclothes"};
  return word_in(a, i, kDress);
}

void find_actors(Analysis* a) {
  const Table& actors = a->lex.table(lex::kActors);
  const std::vector<Hit>& hits = table_hits(*a, lex::kActors, /*all_rows=*/true);
  a->actors.clear();
  for (size_t k = 0; k < hits.size(); ++k) {
    const Hit& h = hits[k];
    if (!a->actors.empty() && a->actors.back().first == h.first) continue;  // one row per span
    // Several rows may share an alias: the one valid at the date of the actor's own sentence
    // wins, else at the document's date (row_for).
    size_t same = k;
    while (same < hits.size() && hits[same].first == h.first) ++same;
    int chosen = h.row;
    if (same > k + 1 || !actors.get(h.row, "from").empty() || !actors.get(h.row, "until").empty()) {
      constexpr size_t kMaxRowsPerAlias = 8;  // an alias names a few identities at most ("Taliban": 2)
      uint32_t rows[kMaxRowsPerAlias];
      size_t n = 0;
      for (size_t m = k; m < same && n < kMaxRowsPerAlias; ++m) rows[n++] = hits[m].row;
      chosen = row_for(*a, std::span<const uint32_t>(rows, n), h.first, [](uint32_t) { return true; });
    }
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
  // "members": people of whatever body is named beside them (see agents.tsv); members of a
  // state force are its servicemen.
  const uint32_t members_row = agents_row(a->lex, {"members"});
  const uint32_t force_members_row = agents_row(a->lex, {"military", "members"});
  // "cell", "squad": people of an armed group only beside its name (see agents.tsv).
  const uint32_t unit_row = agents_row(a->lex, {"cell"});
  const std::vector<Hit>& agent_hits = table_hits(*a, lex::kAgents);
  for (size_t hi = 0; hi < agent_hits.size(); ++hi) {
    const Hit& h = agent_hits[hi];
    // Skip agent words inside a named actor ("Afghan National Army").
    bool inside = true;
    for (uint32_t t = h.first; t < h.end; ++t) inside &= a->actor_at[t] >= 0;
    if (inside) continue;
    // "guerrillas dressed in army uniforms", "GUNMEN WEARING POLICE UNIFORMS", "men in
    // military fatigues": a force's word before a word of dress tells what the doers wore,
    // not who they were.
    if (h.end < a->doc.tokens.size() && dress_word(*a, h.end)) continue;
    uint32_t sent_first = a->doc.sentences[a->doc.sentence_of[h.first]].first_token;
    AgentMention g;
    g.head_first = h.first;
    g.head_end = h.end;
    g.row = h.row;
    g.end = h.end;
    if (h.row == members_row || h.row == unit_row) {
      // "FMLN members", "the armed forces members", "members of the Shining Path", "members of
      // the armed forces": kept only with the armed body they belong to, whose words join the
      // phrase (MUC-4 PERP: INDIVIDUAL ID writes them so); members of anything else ("members
      // of the family", "congress members") are no agents.
      const uint32_t send = a->doc.sentences[a->doc.sentence_of[h.first]].end_token;
      // The body whose last word is token t (before = true) or whose words start at t: 1 an
      // armed group, 2 a state force, 0 none; *from / *to get its words.
      auto armed_body = [&](uint32_t t, bool before, uint32_t* from, uint32_t* to) {
        if (t < a->actor_at.size() && a->actor_at[t] >= 0) {
          const ActorMention& m = a->actors[size_t(a->actor_at[t])];
          if (!armed_actor(actors, m.row)) return 0;
          *from = m.first;
          *to = m.end;
          return actors.get(m.row, "kind") == "state" ? 2 : 1;
        }
        // A force body named by a common noun ("the army", "the armed forces", "police").
        const size_t k = before ? hi - 1 : hi + 1;
        if ((before && hi == 0) || k >= agent_hits.size()) return 0;
        const Hit& o = agent_hits[k];
        const bool adjacent = before ? o.end == t + 1 : (o.first == t || o.first + 1 == t);
        if (!adjacent) return 0;
        // An armed movement or a gang named by a common noun: "guerrilla members", "gang
        // members", "members of a drug gang" are its people, as "FMLN members" are the FMLN's.
        const bool movement = agents_t.get(o.row, "class") == "attacker" && o.row != members_row && o.row != unit_row;
        if (!movement && (agents_t.get(o.row, "class") != "force" || agents_t.get(o.row, "person") != "0")) return 0;
        // "members of a militant cell": the word modifies the noun after it, the body's head.
        if (movement && !before && o.end < send && a->token_has(o.end, lex::kAgents)) return 0;
        *from = o.first;
        *to = o.end;
        return movement ? 1 : 2;
      };
      uint32_t from = h.first, to = h.end;
      // A quoted name before the unit: 'a "Shining Path" cell'.
      uint32_t name_last = h.first - 1;
      if (h.row == unit_row && name_last > sent_first && a->doc.tokens[name_last].is(kQuote)) --name_last;
      int body = h.first > sent_first ? armed_body(name_last, true, &from, &to) : 0;
      if (body != 0) {
        g.head_first = from;  // "FMLN members": the body's words open the phrase
      } else if (h.end + 1 < send && word_is(*a, h.end, "of")) {
        uint32_t t = h.end + 1;
        if (word_in(*a, t, {"the", "a", "an", "its"}) && t + 1 < send) ++t;
        body = armed_body(t, false, &from, &to);
        // "a cell of Shining Path members": the people are named after the body, and
        // their own words are the agent.
        if (body != 0 && h.row == unit_row && to < send && a->token_has(to, lex::kAgents)) body = 0;
        if (body != 0) g.end = to;
      }
      if (body == 0) continue;
      // A unit of state forces is named by its own phrases ("army unit", "military convoy").
      if (body == 2 && h.row == unit_row) continue;
      if (body == 2 && force_members_row != UINT32_MAX) g.row = force_members_row;
    }
    g.first = np_start(*a, g.head_first, sent_first, agents_t.get(g.row, class_col) == "attacker");
    g.head_first = h.first;
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
    // "a Palestinian was shot dead", "killed an American near the border": a singular
    // demonym after an article, with no noun after it for it to modify, is a person.
    // An age may stand between: "shot dead a 19-year-old Palestinian" (tokens "19 - year - old").
    uint32_t article = h.first;
    if (article >= 6 && word_is(*a, article - 1, "old") && a->doc.tokens[article - 2].is(kHyphen) &&
        word_in(*a, article - 3, {"year", "month"}) && a->doc.tokens[article - 4].is(kHyphen))
      article -= 5;
    const bool person = (h.flags & lex::kDemonym) && !(h.flags & lex::kPlural) && article > 0 &&
                        word_in(*a, article - 1, {"a", "an"}) &&
                        (h.end >= a->doc.tokens.size() || a->doc.tokens[h.end].is(kPunct) ||
                         word_in(*a, h.end,
                                 {"in", "near", "at", "on", "was", "who", "and", "from", "after", "during", "with",
                                  "by", "while", "had", "has", "is", "outside", "inside"}));
    if (!(h.flags & lex::kPlural) && !person) continue;
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
  add_national_forces(a);
}

}  // namespace sitrep
