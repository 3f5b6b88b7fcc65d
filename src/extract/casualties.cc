// Casualties stage: casualty words + numbers + agents + people's names -> the victims
// layer: one group per counted set of people ("two employees of the Russian mission",
// "four Afghans", "Mayor Pedro Garcia") with its effect, "no casualties" as zero groups,
// "killed and wounded" as unknown figures. Counting across groups (sum disjoint groups,
// lowest of conflicting figures, updates) is done per incident in incident/counts.
// Names, titles and the cue phrases are rows of data/events/casualty_words.tsv.
#include "extract/casualties.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <tuple>

#include "extract/actors.h"
#include "extract/hits.h"

namespace sitrep {
namespace {

// A manner adverb between an auxiliary and its participle: "was brutally murdered", "were
// savagely beaten". Words in -ly that are nouns or adjectives of people stay out.
bool manner_adverb(const Analysis& a, uint32_t i) {
  const Token& t = a.doc.tokens[i];
  std::string_view w = a.doc.norm(i);
  if (w.size() < 6 || w.substr(w.size() - 2) != "ly" || !t.is(kWord)) return false;
  if (!a.doc.all_caps && t.is(kCapitalised)) return false;  // "Kelly", "Italy"
  // In all-caps copy an -ly word the dictionary lacks is a name ("JAMES DONNELLY WAS
  // KIDNAPPED"): manner adverbs are dictionary words.
  if (a.doc.all_caps && !a.lex.has(t.hash, lex::kCommonWords)) return false;
  if (a.lex.has(t.hash, lex::kCasualtyWords) || a.lex.has(t.hash, lex::kAgents) || a.lex.has(t.hash, lex::kPlaces))
    return false;
  return !word_in(a, i, {"family", "assembly", "supply", "reply", "rally", "italy", "july", "early", "daily",
                         "weekly", "monthly", "yearly", "elderly", "friendly", "likely", "unlikely", "lonely",
                         "lovely", "costly", "deadly", "holy", "ugly", "only", "burly", "homely", "orderly",
                         "manly", "womanly", "sickly", "kindly", "surly", "wily", "folly", "jelly", "belly",
                         "bully", "gully", "tally", "ally", "anomaly", "monopoly", "melancholy", "butterfly"});
}

bool auxiliary(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"was", "were", "been", "have", "has", "had", "are", "is", "be", "being", "reportedly",
                        "also", "still", "later", "all", "both", "allegedly", "get", "got", "apparently", "seriously",
                        "critically", "slightly", "badly", "fatally", "lightly", "mortally", "severely"}) ||
         manner_adverb(a, i);
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

// A bare count as a group of people ("six were killed", "killing at least 20"): civilians
// unless the text says otherwise (ACLED/GTD: the figure as reported).
VictimGroup group_from_count(const Analysis& a, const NumberMention& n, const std::string& effect) {
  VictimGroup v;
  v.first = n.first;
  v.end = n.end;
  v.sentence = a.doc.sentence_of[n.first];
  v.effect = effect;
  v.count = n.value;
  v.vague = n.vague;
  v.head = "people";
  v.target_kind = "civilians";
  return v;
}

// People told by words [first, end) that no agent row names ("a rubber tapper", "his wife"):
// civilians, counted by the number before them, else one for a singular head ("a rubber
// tapper", "his wife"; "workmen", "children" are many).
VictimGroup civilians_of_words(const Analysis& a, uint32_t first, uint32_t end, const std::string& effect,
                               const NumberMention* n) {
  VictimGroup v;
  v.first = first;
  v.end = end;
  v.sentence = a.doc.sentence_of[first];
  v.effect = effect;
  v.head = std::string(a.doc.norm(end - 1));
  v.target_kind = "civilians";
  if (n) {
    v.count = n->value;
    v.vague = n->vague;
  } else if (v.head == "couple") {
    v.count = 2;  // "an elderly couple", "a young couple"
  } else if (v.head.back() != 's' && !v.head.ends_with("men") && v.head != "children") {
    v.count = 1;
  }
  return v;
}

// "a police chief", "an army captain", "the navy commander": a force's body word ("police",
// "army": agents.tsv person 0) right before a title of a person (data/actors/roles.tsv:
// "chief", "inspector", "captain") names one person of that force, not the force. Returns
// the title's end, or 0.
// A singular people word right before another people word is its modifier, and the
// phrase's head is the second: "six civilian employees of the navy", "a migrant worker from
// Bihar", "two refugee teachers" (one group, counted and named by the second word).
uint32_t people_head_after(const Analysis& a, const AgentMention& g) {
  const Table& agents = a.lex.table(lex::kAgents);
  const uint32_t k = g.head_end;
  if (g.country_row >= 0 || g.end != k || k >= a.doc.tokens.size() || agents.get(g.row, "person") != "1") return 0;
  if (a.doc.sentence_of[k] != a.doc.sentence_of[g.head_first]) return 0;
  const std::string_view head = a.doc.norm(k - 1);
  if (head.ends_with("s") || head.ends_with("men") || head == "people" || head == "children") return 0;
  // The agents stage takes one people phrase per noun phrase: the second word is read from
  // the agents table itself.
  const std::vector<Hit>& hits = table_hits(a, lex::kAgents);
  auto [lo, hi] = in_tokens(hits, k, k + 1);
  for (size_t i = lo; i < hi; ++i)
    if (agents.get(hits[i].row, "person") == "1" && agents.get(hits[i].row, "class") == agents.get(g.row, "class"))
      return hits[i].end;
  return 0;
}

uint32_t title_after_body(const Analysis& a, const AgentMention& g) {
  const Table& agents = a.lex.table(lex::kAgents);
  const uint32_t k = g.head_end;
  if (const uint32_t e = people_head_after(a, g)) return e;
  if (g.country_row >= 0 || g.end != k || k >= a.doc.tokens.size() || !a.token_has(k, lex::kRoles)) return 0;
  if (agents.get(g.row, "class") != "force" || agents.get(g.row, "person") != "0") return 0;
  return a.doc.sentence_of[k] == a.doc.sentence_of[g.head_first] ? k + 1 : 0;
}

bool plain_modifiers(const Analysis& a, uint32_t from, uint32_t to);  // below

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
  const uint32_t title_end = title_after_body(a, g);  // "a police chief"
  if (title_end) {
    head = title_end - 1;
    v.end = std::max(end, title_end);
  }
  v.head = std::string(a.doc.norm(head));
  const uint32_t last = title_end ? head : g.head_end - 1;  // the word that tells one or many
  bool people = g.country_row >= 0;  // "four Afghans"
  v.target_kind = people ? "civilians" : std::string(agents.get(g.row, "target_kind"));
  v.nationality = g.nationality;
  // Attackers' own deaths are apart (GTD nkillter; ACLED fatalities add them back).
  v.attackers = !people && agents.get(g.row, "class") == "attacker";
  // The number may begin before the noun phrase: "[at least] 20 people".
  const NumberMention* n = number_in(a, g.first, g.head_first);
  if (!n && g.first > 0) {
    auto [lo, hi] = in_tokens(a.numbers, g.first > 3 ? g.first - 3 : 0, g.first);
    for (size_t i = lo; i < hi; ++i)
      if (a.numbers[i].end > g.first && a.numbers[i].end <= g.head_first) n = &a.numbers[i];
  }
  // "TWO U.S. MORMON MISSIONARIES": in all-caps copy a proper adjective is not told from a
  // common word, and the phrase may begin after it; a count before such modifiers (and
  // nationalities) is still the group's.
  if (!n && a.doc.all_caps) {
    auto modifier = [&](uint32_t k) {
      return !a.doc.tokens[k].is(kNumber) && !a.token_has(k, lex::kNumbers) && !word_in(a, k, {"a", "an", "the"}) &&
             (a.token_has(k, lex::kCountries) || plain_modifiers(a, k, k + 1));
    };
    constexpr uint32_t kMaxHiddenModifiers = 3;  // "TWO U.S. MORMON", "THREE SALVADORAN JESUIT"
    uint32_t b = g.first;
    while (b > 0 && g.first - b < kMaxHiddenModifiers && modifier(b - 1)) --b;
    if (b < g.first)
      if (const NumberMention* m = number_ending_at(a, b)) {
        n = m;
        v.first = m->first;
      }
  }
  // "a family of five", "two families of 12": the number after "of" counts the people (Gaza,
  // Ukraine and Sudan strike reports count the dead by household).
  if (!n && word_in(a, head, {"family", "families", "household", "households"}) && word_is(a, head + 1, "of"))
    n = number_starting_at(a, head + 2);
  if (n) {
    v.count = n->value;
    v.vague = n->vague;
  } else if (g.head_first > g.first && word_in(a, last, {"parents", "grandparents", "couple"}) &&
             word_in(a, g.first, {"a", "an", "the", "his", "her", "their", "its"})) {
    v.count = 2;  // "wounded his parents", "the elderly couple": two people, one word
  } else if (g.head_first > g.first &&
             word_in(a, g.first, {"a", "an", "one", "the", "his", "her", "their", "this", "that"}) &&
             (people || title_end || agents.get(g.row, "person") == "1") && a.doc.norm(last).back() != 's' &&
             !a.doc.norm(last).ends_with("men") &&  // "the gunmen", "the policemen": plural
             !word_in(a, last,
                      {"people", "men", "women", "children", "police", "personnel", "staff", "clergy", "youth",
                       "militia", "crew", "family", "gentry", "folk", "peasantry"})) {
    v.count = 1;  // "a soldier was killed", "the mayor was shot dead": one person (ACLED/GTD count each death)
  }
  return v;
}

// A count of part of people told before: "10 of them", "six of whom" ("the blast wounded 40
// people, 10 of them critically"; "repelled an attack by bandits, killing 15 of them").
bool partitive_at(const Analysis& a, uint32_t k) {
  const NumberMention* n = number_starting_at(a, k);
  return n && word_is(a, n->end, "of") && word_in(a, n->end + 1, {"them", "whom"});
}

// An inserted subset between a counted group and its verb, "3 civilians, including a
// child, were killed" / "(among them two women)": the subset is counted in the group
// (SPEC section 3: groups after "including" are subsets), so the group's words end before
// it. Returns the position before the insertion, or `j` when there is none.
constexpr uint32_t kMaxInsertion = 10;
uint32_t before_inserted_subset(const Analysis& a, uint32_t j, uint32_t limit) {
  if (j <= limit + 2) return j;
  std::string_view close = a.doc.token_text(j - 1);
  if (close != "," && close != ")") return j;
  for (uint32_t k = j - 2; k > limit && j - k <= kMaxInsertion; --k) {
    std::string_view tk = a.doc.token_text(k);
    if ((tk == "," || tk == "(") && word_in(a, k + 1, {"including", "among"})) return k;
    // A partitive or a share told of the group is part of it too: "Twenty people, mostly
    // women and children, were killed", "At least 20 people, most of them women, were".
    if (tk == "," &&
        (word_in(a, k + 1, {"mostly", "mainly", "largely", "most", "many", "all", "both"}) || partitive_at(a, k + 1)))
      return k;
    // Any bracketed note: "two domestic servants (a mother and a daughter) were killed".
    if (tk == "(" && close == ")") return k;
    if (a.doc.tokens[k].is(kPunct) && !a.doc.tokens[k].is(kHyphen)) return j;
  }
  return j;
}

// "two nuns from Spain", "MISSIONARIES FROM THE UNITED STATES": people named with the
// country they come from, which is their nationality. The end of the country's words when
// "from <country>" stands at token k, else 0; *cc gets the country's code.
uint32_t from_country_end(const Analysis& a, uint32_t k, std::string* cc) {
  if (!word_is(a, k, "from")) return 0;
  auto [lo, hi] = in_tokens(a.places, k + 1, k + 3);
  for (size_t i = lo; i < hi; ++i) {
    const PlaceMention& p = a.places[i];
    if (p.type != PlaceMention::kCountry || p.cc.empty() || (p.first == k + 2 && !word_is(a, k + 1, "the"))) continue;
    *cc = p.cc;
    return p.end;
  }
  return 0;
}

bool struck_side(const Analysis& a, const AgentMention& g, uint32_t verb);         // below, with refers_back
void armed_victims(const Analysis& a, const AgentMention& g, VictimGroup* v);      // below
void take_antecedent(const Analysis& a, const AgentMention* ant, VictimGroup* v);  // below
const AgentMention* antecedent(const Analysis& a, uint32_t verb_end);              // below

// A subject's relative clause between it and its verb: "A policeman who was guarding a
// polling station in Kano was hacked to death", "Two farmers who had gone to check their
// crops were killed": the verb's subject ends before "who" (a relative pronoun of people),
// not with the clause's own object ("guarding two judges was shot": the judges were not).
// Returns the position of "who" when a people phrase or a count ends right before it and
// no punctuation lies between, else `j`.
constexpr uint32_t kMaxSubjectClause = 14;
uint32_t before_relative_clause(const Analysis& a, uint32_t j, uint32_t limit) {
  for (uint32_t k = j; k > limit + 1 && j - k < kMaxSubjectClause; --k) {
    const Token& t = a.doc.tokens[k - 1];
    if (t.is(kPunct) && !t.is(kHyphen)) return j;
    if (k < j && word_is(a, k - 1, "who") && (agent_ending_at(a, k - 1) || number_ending_at(a, k - 1))) return k - 1;
  }
  return j;
}

// A phrase set off by commas between a subject and its verb: "The mayor of Yondo, in
// Antioquia department, was kidnapped", "THE MAYOR OF YONDO, ANTIOQUIA DEPARTMENT, WAS
// KIDNAPPED", "Thirty people, half of them children, were killed", "Two policemen, both
// from the city, were wounded". English sets a list's last item off by "and", not by a
// comma before the verb, so a comma right before the verb closes an insertion. Returns the
// position of its opening comma, or `j` when there is none.
uint32_t before_comma_insertion(const Analysis& a, uint32_t j, uint32_t limit) {
  if (j <= limit + 3 || a.doc.token_text(j - 1) != ",") return j;
  for (uint32_t k = j - 2; k > limit + 1 && j - k <= kMaxSubjectClause; --k) {
    const Token& t = a.doc.tokens[k - 1];
    if (a.doc.token_text(k - 1) == ",") return k < j - 1 ? k - 1 : j;
    if (t.is(kPunct) && !t.is(kHyphen)) return j;
  }
  return j;
}

// One more item of a list of victims read from its end ("Six Jesuit priests, their cook and
// her daughter were murdered", "THE JUDGE, HIS SECRETARY AND A BODYGUARD"): a possessive
// and one or two plain words name one person or a few (people's own: "their cook", "his
// neighbours"), whose word the agents table may lack. Only inside a list already holding
// people. Returns the item's first token, or 0.
uint32_t possessed_list_item(const Analysis& a, uint32_t end, uint32_t limit) {
  // The head may be a relation word the names pass reads as a title ("his cook", "her
  // secretary"): a casualty-table word that is no trigger, in lower case in mixed-case copy.
  const Token& head = a.doc.tokens[end - 1];
  const bool head_ok = plain_modifiers(a, end - 1, end) ||
                       (head.is(kWord) && !head.is(kNumber) && a.token_has(end - 1, lex::kCasualtyWords) &&
                        !a.token_has(end - 1, lex::kTriggers) && (a.doc.all_caps || !head.is(kCapitalised)));
  if (!head_ok) return 0;
  for (uint32_t words = 1; words <= 2 && end > limit + words + 1; ++words) {
    const uint32_t first = end - words - 1;
    // An item stands after a list's comma ("as a result, several were killed" and "died on
    // the spot and many were wounded" hold no list of people).
    if (!(first > limit && a.doc.token_text(first - 1) == ",")) continue;
    const bool modifiers_ok = words == 1 || plain_modifiers(a, first + 1, end - 1);
    if (word_in(a, first, {"his", "her", "their"}) && modifiers_ok) return first;
  }
  return 0;
}

// A people noun phrase ending right before `i` (auxiliaries and quote marks skipped),
// with an "of ..." complement allowed: "Two employees of the diplomatic mission were".
bool left_groups(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t j = i;
  while (j > limit && (auxiliary(a, j - 1) || t[j - 1].is(kQuote))) --j;
  // A subject before a relative clause is read past people ending right before the verb
  // only with a "be" ("who was guarding two judges was shot"; "an attack that left 31 dead"
  // counts the 31), and past an insertion not with a present "is"/"are" alone, which tells
  // a habit ("civilians, suspected of links with guerrillas, are executed").
  bool past_be = false, present_be = false;
  for (uint32_t k = j; k < i; ++k) {
    past_be |= word_in(a, k, {"was", "were", "been"});
    present_be |= word_in(a, k, {"is", "are"});
  }
  // "the two soldiers who were killed": the relative pronoun stands for the group.
  if (j > limit + 1 && (word_is(a, j - 1, "who") || (j < i && word_is(a, j - 1, "that")))) --j;
  j = before_inserted_subset(a, j, limit);
  const bool people_before = agent_ending_at(a, j) || number_ending_at(a, j);
  if (const uint32_t r = past_be || present_be || !people_before ? before_relative_clause(a, j, limit) : j; r != j)
    j = r;
  else if (!present_be)
    j = before_comma_insertion(a, j, limit);
  bool found = false;
  while (j > limit) {
    uint32_t end = j;
    std::string from_cc;
    while (end > limit && t[end - 1].is(kQuote)) --end;
    const AgentMention* g = agent_ending_at(a, end);
    uint32_t group_end = end;
    // "the district police chief and two of his guards were": a force's word and a title.
    if (!g && end > limit + 1)
      if (const AgentMention* body = agent_ending_at(a, end - 1); body && title_after_body(a, *body) == end) g = body;
    if (!g) {
      // "employees of the diplomatic mission": look back over an "of" complement.
      for (uint32_t k = end; k > limit && end - k < 7; --k) {
        // "THE MAYOR OF THE MUNICIPALITY OF YONDO": the people word may stand before an
        // earlier "of" of the complement.
        if (word_is(a, k - 1, "of")) {
          g = agent_ending_at(a, k - 1);
          if (g) break;
          continue;
        }
        if (from_country_end(a, k - 1, &from_cc) == end) {  // "two nuns from Spain were"
          g = agent_ending_at(a, k - 1);
          break;
        }
        if (t[k - 1].is(kPunct)) break;
      }
    }
    if (g) {
      out->push_back(group_from_agent(a, *g, group_end, effect));
      if (out->back().nationality.empty()) out->back().nationality = from_cc;
      if (out->back().attackers && struck_side(a, *g, i)) armed_victims(a, *g, &out->back());
      // "X, one of the three journalists killed in Mosul": the participle (or "who were")
      // reports the whole group's fate, so its figure is the group's; "one of the soldiers
      // was killed" (a singular verb) keeps one.
      if (g->head_first > g->first + 2 && word_is(a, g->first, "one") && word_is(a, g->first + 1, "of")) {
        bool singular = false;
        for (uint32_t k = group_end; k < i; ++k) singular |= word_in(a, k, {"was", "is", "has"});
        const NumberMention* n = number_in(a, g->first + 2, g->head_first);
        if (!singular && n && n->value > 1) {
          out->back().count = n->value;
          out->back().vague = n->vague;
        }
      }
      found = true;
      j = g->first;
    } else {
      // A bare count: "six were killed", "20 dead" (ACLED/GTD: the figure as reported);
      // "three others were wounded", "two more died": a count of further people.
      const NumberMention* n = number_ending_at(a, end);
      const bool further = !n && end > limit + 1 && word_in(a, end - 1, {"others", "more"});
      if (further) n = number_ending_at(a, end - 1);
      // "Police officers were ambushed ..., and two of them were killed": the count of
      // part of people told before takes their kind (take_antecedent).
      const bool partitive =
          !n && !further && end > limit + 3 && word_in(a, end - 1, {"them", "whom"}) && word_is(a, end - 2, "of");
      if (partitive) n = number_ending_at(a, end - 2);
      if (!n && found) {
        if (const uint32_t item = possessed_list_item(a, end, limit)) {  // "..., their cook and her daughter"
          out->push_back(civilians_of_words(a, item, end, effect, nullptr));
          j = item;
          if (j > limit + 1 && (word_is(a, j - 1, "and") || a.doc.token_text(j - 1) == ",")) {
            --j;
            continue;
          }
          break;
        }
      }
      if (!n) break;
      out->push_back(group_from_count(a, *n, effect));
      if (further || partitive) out->back().end = end;
      if (partitive) take_antecedent(a, antecedent(a, n->first + 1), &out->back());
      found = true;
      j = n->first;
    }
    // Coordination: "two soldiers and three civilians were killed" (SPEC section 3: disjoint
    // groups are summed).
    if (j > limit + 1 && (word_is(a, j - 1, "and") || a.doc.token_text(j - 1) == ",")) {
      --j;
      continue;
    }
    break;
  }
  // "A 12-year-old girl was among three people killed": the subject of "be among" the group
  // is one of its people (a subset, counted in the group's figure).
  if (found && j > limit + 2 && word_is(a, j - 1, "among")) {
    uint32_t k = j - 1;
    while (k > limit && auxiliary(a, k - 1)) --k;
    if (k < j - 1)
      if (const AgentMention* g = agent_ending_at(a, k)) {
        VictimGroup v = group_from_agent(a, *g, k, effect);
        v.subset = true;
        out->push_back(v);
      }
  }
  return found;
}

// Words the agents stage does not take into a people phrase but English puts before its
// head: "a radio journalist", "two bus passengers", "the local union leader".
constexpr uint32_t kMaxGroupModifiers = 3;

// Tokens [from, to) are a determiner or number and plain modifiers: words that are no
// function word, verb of the clause, trigger, casualty word, place or named actor.
bool plain_modifiers(const Analysis& a, uint32_t from, uint32_t to) {
  if (from >= to || to - from > kMaxGroupModifiers) return false;
  const auto& t = a.doc.tokens;
  for (uint32_t k = from; k < to; ++k) {
    if (t[k].is(kHyphen)) continue;
    if (t[k].is(kPunct) || t[k].is(kPossessive)) return false;
    if (k == from && (t[k].is(kNumber) || word_in(a, k,
                                                  {"a", "an", "the", "two", "three", "four", "five", "six", "his",
                                                   "her", "their"})))  // "his pregnant daughter"
      continue;
    if (t[k].is(kNumber) || a.token_has_any(k, (1u << lex::kTriggers) | (1u << lex::kCasualtyWords)) ||
        (k < a.actor_at.size() && a.actor_at[k] >= 0))
      return false;
    if (word_in(a, k, {"of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or", "but", "near", "as",
                       "into", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "which", "who",
                       "that", "when", "where", "while", "after", "before", "during", "today", "yesterday", "also",
                       "not", "his", "her", "their", "its", "them", "him", "it", "they", "he", "she", "this", "these",
                       "those", "there", "here", "then", "than", "last", "next", "early", "late", "late"}))
      return false;
    // In mixed case a capitalised word is a name or a place, not a modifier.
    if (!a.doc.all_caps && t[k].is(kCapitalised)) return false;
  }
  auto [plo, phi] = in_tokens(a.places, from, to);  // "killed a Cali judge": a place, not a modifier
  return plo == phi;
}

bool attacker_agent(const Analysis& a, const AgentMention& g) {
  return g.country_row < 0 && a.lex.table(lex::kAgents).get(g.row, "class") == "attacker";
}

// The people a pronoun or a partitive after a casualty word points back to: the nearest
// people phrase before the word in its sentence ("repelled an attack by bandits, killing
// 15 of them", "a suicide bomber blew himself up, killing himself and six others").
const AgentMention* antecedent(const Analysis& a, uint32_t verb_end) {
  const uint32_t s0 = a.doc.sentences[a.doc.sentence_of[verb_end - 1]].first_token;
  auto [lo, hi] = in_tokens(a.agents, s0, verb_end);
  for (size_t k = hi; k > lo; --k)
    if (a.agents[k - 1].end < verb_end) return &a.agents[k - 1];
  return nullptr;
}

// Sentences back that a mention of the attackers may point to ("Gunmen stormed a hotel ...
// Security forces later killed two militants"): a few paragraphs of a wire story.
constexpr uint32_t kAttackersBack = 5;
// Words around a killing verb in which a rescue is told ("rescued 190 passengers and killed
// 30 terrorists").
constexpr uint32_t kRescueWindow = 12;

// Attackers' words as the object of a killing verb ("troops killed 12 Boko Haram
// terrorists", "an airstrike killed 10 al-Shabaab fighters") name the people that act
// befell: its victims, whatever their lexicon class. They are the attackers of the
// incident told (their deaths apart, GTD nkillter) only when they point back to attackers
// already told: a definite or possessive phrase ("the gunmen", "two of the attackers"), a
// word that names people by the attack itself ("killed two attackers"), or the same people
// named shortly before ("Militants stormed a hotel. Troops killed four militants"; "gunmen
// killed two militants" are two sides). Token `verb_end` ends the casualty word.
bool refers_back(const Analysis& a, const AgentMention& g, uint32_t verb_end) {
  for (uint32_t k = g.first; k < g.head_first; ++k)
    if (word_in(a, k, {"the", "those", "these", "their", "its", "his", "her", "all", "both", "them"})) return true;
  if (word_in(a, g.head_end - 1,
              {"attacker", "attackers", "assailant", "assailants", "perpetrator", "perpetrators", "bomber", "bombers",
               "hijacker", "hijackers", "kidnapper", "kidnappers", "abductor", "abductors"}))
    return true;
  auto stem = [&](uint32_t i) {
    std::string_view w = a.doc.norm(i);
    return w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
  };
  const std::string_view head = stem(g.head_end - 1);
  const uint32_t s = a.doc.sentence_of[verb_end - 1];
  // A rescue told beside the killing makes the armed people killed the hostage takers or
  // besiegers of the incident ("rescued 190 passengers and killed 30 terrorists", "ended
  // the siege, killing four militants").
  const Sentence& sent = a.doc.sentences[s];
  for (uint32_t k = std::max(sent.first_token, verb_end > kRescueWindow ? verb_end - kRescueWindow : 0);
       k < std::min(sent.end_token, verb_end + kRescueWindow); ++k)
    if (word_in(a, k, {"rescued", "rescuing", "rescue", "freed", "freeing", "siege", "hostages"})) return true;
  const uint32_t from = a.doc.sentences[s >= kAttackersBack ? s - kAttackersBack : 0].first_token;
  auto [lo, hi] = in_tokens(a.agents, from, verb_end);
  // People named before the group itself (a subject stands before its verb).
  for (size_t k = lo; k < hi; ++k)
    if (a.agents[k].end <= std::min(verb_end, g.first) && attacker_agent(a, a.agents[k]) &&
        stem(a.agents[k].head_end - 1) == head)
      return true;
  return false;
}

// The object groups of an active killing verb ending at `verb_end` whose words name
// attackers but do not point back to them are victims (refers_back).
void armed_objects_as_victims(const Analysis& a, uint32_t verb_end, std::vector<VictimGroup>* groups) {
  for (VictimGroup& v : *groups) {
    if (!v.attackers || v.first < verb_end) continue;
    // "blamed the killing on a drug gang": after a preposition the people are no object.
    if (v.first > verb_end && word_in(a, verb_end,
                                      {"on", "in", "at", "by", "for", "to", "from", "with", "of", "near", "against",
                                       "after", "over", "during"}))
      continue;
    auto [lo, hi] = in_tokens(a.agents, v.first > 0 ? v.first - 1 : 0, v.end);
    const AgentMention* g = nullptr;
    for (size_t k = lo; k < hi; ++k)
      if (a.agents[k].end <= v.end && attacker_agent(a, a.agents[k])) g = &a.agents[k];
    if (!g || refers_back(a, *g, verb_end)) continue;
    // Armed people as victims are combatants, not civilians: the codebooks code their
    // deaths in a battle (ACLED armed clash; MUC-4 1.0 rule 1b), so they count as an armed
    // side, as soldiers do (incident/counts.cc names their target type).
    v.attackers = false;
    v.target_kind = "military";
  }
}

// Armed people struck by the act (struck_side) are an armed side, not the attackers: the
// codebooks code them as combatants (ACLED actor2 their group; GTD "Terrorists/Non-State
// Militia"), as armed_objects_as_victims does. "Members" are armed only when a group or a
// state is named in their words ("members of the Civilian Joint Task Force"; "two members of
// a family" are civilians).
void armed_victims(const Analysis& a, const AgentMention& g, VictimGroup* v) {
  v->attackers = false;
  bool named = !word_in(a, g.head_end - 1, {"member", "members"});
  for (uint32_t k = g.first; k < v->end && !named; ++k) named = k < a.actor_at.size() && a.actor_at[k] >= 0;
  if (named) v->target_kind = "military";
}

// How far after a group an act it did may be told in its sentence: "three militants [who
// stormed] the hotel were shot dead", "were killed [when they attacked] a checkpoint".
constexpr uint32_t kOwnActReach = 14;

// "Two Wagner fighters were killed in an ambush near Kidal", "Five members of the Civilian
// Joint Task Force were killed when Boko Haram attacked Konduga": attackers' words as the
// subject of a casualty word at token `verb` name the side the act struck, whatever their
// lexicon class, as they do as its object (armed_objects_as_victims). They are the
// incident's attackers only when they point back to attackers already told (refers_back:
// "the gunmen were killed", "two of the attackers", "Militants stormed a hotel. Three
// militants were killed") or when their own sentence tells their act ("three rebels who
// raided the camp were shot dead", "were killed when they attacked a checkpoint", "died
// while attacking the residence").
bool struck_side(const Analysis& a, const AgentMention& g, uint32_t verb) {
  if (refers_back(a, g, verb + 1)) return false;
  // "an attack carried out by approximately 20 terrorists, 4 of whom died": the doers.
  if (g.first > 0 && word_is(a, g.first - 1, "by")) return false;
  const uint32_t send = a.doc.sentences[a.doc.sentence_of[verb]].end_token;
  for (uint32_t k = g.end; k < send && k < verb + kOwnActReach; ++k) {
    // "A GUERRILLA MEMBER DIED ... WHILE ATTACKING THE RESIDENCE", "killed as they stormed".
    if (word_in(a, k, {"while", "when", "as"}) && k + 1 < send && a.token_has(k + 1, lex::kTriggers) &&
        a.doc.norm(k + 1).ends_with("ing"))
      return false;
    // "were killed when troops repelled their attack": the act is theirs.
    if (word_is(a, k, "their") && k + 1 < send && a.token_has(k + 1, lex::kTriggers)) return false;
    if (!word_in(a, k, {"who", "they"})) continue;
    // "when they were ambushed": a passive tells them struck again.
    for (uint32_t m = k + 1; m < send && m <= k + 3 && !word_in(a, m, {"was", "were", "been", "being"}); ++m)
      if (a.token_has(m, lex::kTriggers)) return false;
  }
  return true;
}

// The people a partitive stands for ("two of them", "killing 15 of them"): their kind and
// side. Attackers' words are the attackers ("repelled an attack by bandits, killing 15 of
// them") unless they are the subject of a passive act ("Members of the Popular Mobilization
// Forces were targeted by a roadside bomb, which killed two of them"): then the side struck.
void take_antecedent(const Analysis& a, const AgentMention* ant, VictimGroup* v) {
  if (!ant) return;
  // "Members of the Popular Mobilization Forces ...": a people word in an "of" complement
  // describes the head before "of", which the partitive stands for.
  uint32_t k = ant->first;
  while (k > 0 && ant->first - k < kMaxPhraseTokens &&
         (word_is(a, k - 1, "the") || (k - 1 < a.actor_at.size() && a.actor_at[k - 1] >= 0)))
    --k;
  if (k > 1 && word_is(a, k - 1, "of"))
    if (const AgentMention* head = agent_ending_at(a, k - 1)) ant = head;
  const VictimGroup like = group_from_agent(a, *ant, ant->end, v->effect);
  v->target_kind = like.target_kind;
  v->head = like.head;
  if (v->nationality.empty()) v->nationality = like.nationality;
  v->attackers = like.attackers;
  if (!like.attackers) return;
  bool be = false;
  k = ant->end;
  for (; k < a.doc.tokens.size() && auxiliary(a, k); ++k) be |= word_in(a, k, {"was", "were", "been", "being"});
  if (be && a.token_has_any(k, (1u << lex::kTriggers) | (1u << lex::kCasualtyWords))) armed_victims(a, *ant, v);
}

// A word shaped like a noun of a person, a doer or a member: "tapper", "motorcyclist",
// "combatant", "Christian", "workmen" (and their plurals). Nouns of things mostly take other
// shapes; those that do not ("tanker", "launcher") are lexicon words, rejected by the caller.
bool person_shape(std::string_view w) {
  if (w.size() > 5 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
  if (w.size() < 5) return false;
  for (std::string_view suffix : {"er", "or", "ist", "ian", "ant", "ent", "eer", "man", "men"})
    if (w.ends_with(suffix)) return true;
  return false;
}

// Token k is a word of an act (a trigger, or a casualty word told as an act: "wounded",
// "murder"), not a casualty word only written before a name: a relation or a title ("his
// wife Maria", "Pastor X") is still a person's word in "a husband and wife", "a father and son".
bool act_word_at(const Analysis& a, uint32_t k) {
  if (a.token_has(k, lex::kTriggers)) return true;
  if (!a.token_has(k, lex::kCasualtyWords)) return false;
  const Table& words = a.lex.table(lex::kCasualtyWords);
  for (const Match& m : a.matches_at(k))
    for (const lex::Posting& p : m.postings) {
      if (p.table != lex::kCasualtyWords || m.end != k + 1) continue;
      const std::string_view form = words.get(p.row, "form");
      if (form != "title" && form != "given_name" && form != "surname") return true;
    }
  return false;
}

// Victims whose word the agents table lacks: "killed a rubber tapper", "shot dead a Buddhist
// rubber tapper", "wounded two motorcyclists", "ten Protestant workmen". After a determiner
// or a count (the caller's), up to three modifiers and a head of person_shape that ends the
// phrase name people. Returns the head's end, or 0.
constexpr uint32_t kMaxUnlistedModifiers = 3;
uint32_t unlisted_people_end(const Analysis& a, uint32_t from, uint32_t limit) {
  const auto& t = a.doc.tokens;
  constexpr uint32_t kNotModifier = (1u << lex::kCasualtyWords) | (1u << lex::kTriggers) | (1u << lex::kNumbers) |
                                    (1u << lex::kMonths) | (1u << lex::kWeekdays);
  constexpr uint32_t kNotHead =
      kNotModifier | (1u << lex::kWeapons) | (1u << lex::kTargets) | (1u << lex::kCountries) | (1u << lex::kCues);
  for (uint32_t k = from; k < limit && k - from <= kMaxUnlistedModifiers; ++k) {
    if (!t[k].is(kWord) || t[k].is(kNumber) || t[k].is(kPossessive) || a.token_has_any(k, kNotModifier)) return 0;
    if (word_in(a, k, {"of",     "in",     "on",    "at",      "to",     "by",    "for",  "with",  "from",   "and",
                       "or",     "but",    "near",  "as",      "was",    "were",  "is",   "are",   "be",     "been",
                       "has",    "have",   "had",   "said",    "who",    "which", "that", "when",  "while",  "after",
                       "before", "during", "his",   "her",     "their",  "its",   "them", "him",   "it",     "they",
                       "he",     "she",    "this",  "these",   "those",  "there", "last", "other", "others", "more",
                       "also",   "number", "total", "further", "another"}))
      return 0;
    // The head ends the phrase: punctuation, a preposition, a conjunction or a clause after it.
    const bool last = k + 1 >= limit || (t[k + 1].is(kPunct) && !t[k + 1].is(kHyphen)) ||
                      word_in(a, k + 1, {"in",     "on",   "at",    "near",      "outside",   "inside", "during",
                                         "and",    "or",   "who",   "when",      "while",     "as",     "after",
                                         "before", "late", "early", "overnight", "yesterday", "today",  "last",
                                         "this",   "from", "with",  "along",     "together",  "alive"});
    if (!last) continue;
    // "an elderly couple": two people, counted by civilians_of_words.
    if (!(person_shape(a.doc.norm(k)) || word_is(a, k, "couple")) ||
        a.token_has_any(k, kNotHead & ~(1u << lex::kCasualtyWords)) || act_word_at(a, k) ||
        (k < a.actor_at.size() && a.actor_at[k] >= 0))
      return 0;
    auto [plo, phi] = in_tokens(a.places, k, k + 1);  // "killed a Cali judge": a place is no person
    return plo == phi ? k + 1 : 0;
  }
  return 0;
}

// The end of the second conjunct of a list of speakers starting at `from`: plain words, no
// punctuation, casualty word or trigger, up to `max` of them ("hospital officials", "medical
// sources"), so that a say verb right after it is seen. Returns the say verb's token, or 0.
uint32_t speakers_end(const Analysis& a, uint32_t from, uint32_t limit, uint32_t max) {
  uint32_t k = from;
  while (k < limit && k - from < max && a.doc.tokens[k].is(kWord) && !a.doc.tokens[k].is(kNumber) &&
         !has_cue(a, k, k + 1, "say") && !a.token_has_any(k, (1u << lex::kCasualtyWords) | (1u << lex::kTriggers)))
    ++k;
  return k > from && k < limit && has_cue(a, k, k + 1, "say") ? k : 0;
}

// People noun phrases after an active verb: "killed two employees of the Russian mission
// and four Afghans".
// "in Kaduna", "IN ZAMFARA STATE", "at Khan Younis": a preposition of place and the place
// it names (a gazetteer place, else up to three capitalised words), with a trailing
// division word; the end of those words, or 0 when none start at k.
uint32_t place_phrase_end(const Analysis& a, uint32_t k, uint32_t limit) {
  constexpr uint32_t kMaxPlaceWords = 3;  // "Khan Younis", "Deir al-Balah"
  if (k + 1 >= limit || !word_in(a, k, {"in", "at", "near"})) return 0;
  uint32_t e = 0, p = k + 1;
  if (word_is(a, p, "the")) ++p;  // "in the Gaza Strip"
  auto [lo, hi] = in_tokens(a.places, p, p + 1);
  if (lo < hi) e = a.places[lo].end;
  // A name the gazetteer lacks, in mixed case only: in all-caps copy every word is capitalised.
  auto name_word = [&](uint32_t i) {
    return i < limit && a.doc.tokens[i].is(kCapitalised) && !a.doc.tokens[i].is(kAllCaps) &&
           !number_starting_at(a, i) && !word_in(a, i, {"and", "on", "in", "at"});
  };
  for (uint32_t i = p; !e && name_word(i) && i - p < kMaxPlaceWords; ++i)
    if (!name_word(i + 1)) e = i + 1;
  if (e && e < limit && word_in(a, e, {"state", "states", "province", "district", "region", "county", "governorate"}))
    ++e;
  return e <= limit ? e : 0;
}

// "Gunmen killed five people in Kaduna and seven in Zamfara", "Three people were killed in
// Kharkiv and two in Sumy", "KILLED 10 PEOPLE IN RAFAH, SIX IN KHAN YOUNIS AND TWO IN GAZA
// CITY": a roundup gives each place its own count, the head noun and the effect told once
// for the first; an elliptical "and <number> in <place>" after the first group's place is
// a group of its own, of the same people and effect (ACLED codes one row per place). Reads
// from j, the end of the first group's words (or of its verb, passive); returns the end of
// the last place read, or j when none.
uint32_t elliptical_groups(const Analysis& a, uint32_t j, uint32_t limit, std::vector<VictimGroup>* out) {
  if (out->empty() || out->back().count <= 0) return j;
  const VictimGroup model = out->back();
  uint32_t e = place_phrase_end(a, j, limit);
  while (e && e + 2 < limit) {
    uint32_t k = e;
    if (a.doc.token_text(k) == ",") ++k;
    if (word_is(a, k, "and")) ++k;
    if (k == e) break;
    const NumberMention* n = number_starting_at(a, k);
    if (!n || n->value <= 0 || partitive_at(a, k)) break;
    const uint32_t next = place_phrase_end(a, n->end, limit);
    if (!next) break;
    VictimGroup v = model;
    v.first = n->first;
    v.end = n->end;
    v.count = n->value;
    v.vague = n->vague;
    v.name.clear();
    out->push_back(v);
    j = e = next;
  }
  return j;
}

// A people word that opens a facility's name ("police station", "army base", "militia
// camp": a target phrase running past the people phrase) names the place, not people:
// "fighters seized a police station" took no police officer.
bool facility_of_people_word(const Analysis& a, const AgentMention& g) {
  const std::vector<Hit>& hits = table_hits(a, lex::kTargets);
  auto [lo, hi] = in_tokens(hits, g.head_first, g.end);
  for (size_t i = lo; i < hi; ++i)
    if (hits[i].end > g.end) return true;
  return false;
}

// Tokens [from, to) are a determiner or a count, a participle telling what earlier befell
// the people and plain modifiers: "the body of a kidnapped engineer", "the bodies of two
// abducted aid workers", "killed three wounded soldiers". The participle describes the
// people (its own act is read at its word), so the group after the casualty word is whole.
bool state_participle_modifier(const Analysis& a, uint32_t from, uint32_t to) {
  if (to < from + 2 ||
      !(word_in(a, from, {"a", "an", "the"}) || a.doc.tokens[from].is(kNumber) || number_starting_at(a, from)))
    return false;
  if (!word_in(a, from + 1, {"kidnapped", "kidnaped", "abducted", "wounded", "injured", "captured"})) return false;
  return to == from + 2 || plain_modifiers(a, from + 2, to);
}

bool right_groups(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t j = i;
  bool found = false;
  // "murdered by soldiers": the words after "by" are the doers, not the victims; "three
  // wounded when the patrol was attacked": a clause of its own begins, no object follows.
  // "killed as many as 40 people": "as" opening a count is no subordinator.
  if (j < limit &&
      word_in(a, j, {"by", "when", "while", "as", "after", "before", "because", "since", "until", "where"}) &&
      !number_starting_at(a, j))
    return false;
  bool after_comma = false;  // the group read now follows a comma of the list
  while (j < limit) {
    while (j < limit && t[j].is(kQuote)) ++j;
    // The agents stage may take the casualty word itself as a modifier of the noun
    // phrase ("shot [dead two soldiers]"): a phrase starting one token early counts from j.
    AgentMention trimmed;
    const AgentMention* g = agent_starting_in(a, j > 0 ? j - 1 : j, std::min(limit, j + 2));
    if (g && g->first < j) {
      if (g->head_first < j) {
        g = agent_starting_in(a, j, std::min(limit, j + 2));
      } else {
        trimmed = *g;
        trimmed.first = j;
        g = &trimmed;
      }
    }
    if (g && g->first > j + 1) g = nullptr;
    if (g && facility_of_people_word(a, *g)) break;  // "seized a police station": a place
    if (!g) {
      // "killed a radio journalist", "wounded two bus passengers": plain nouns and
      // adjectives between the determiner and the people word belong to the group.
      const AgentMention* later = agent_starting_in(a, j + 1, std::min(limit, j + 1 + kMaxGroupModifiers));
      if (later && (plain_modifiers(a, j, later->first) || state_participle_modifier(a, j, later->first)) &&
          later->head_first == later->first) {
        trimmed = *later;
        trimmed.first = j;
        g = &trimmed;
      }
    }
    if (!g && !partitive_at(a, j)) {
      // "killed at least 12 villagers", "more than 30 soldiers": a count whose words come
      // before the people word ("at least", "more than") begins the group.
      if (const NumberMention* n = number_starting_at(a, j)) {
        const AgentMention* later = agent_starting_in(a, j + 1, std::min(limit, n->end + 1));
        if (later && later->head_first >= n->end) {
          trimmed = *later;
          trimmed.first = j;
          g = &trimmed;
        }
      }
    }
    // "killed a rubber tapper", "ten Protestant workmen": people the agents table lacks.
    uint32_t unlisted = 0;
    const NumberMention* unlisted_n = nullptr;
    if (!g && (effect == "killed" || effect == "injured") && !partitive_at(a, j)) {
      unlisted_n = number_starting_at(a, j);
      const uint32_t from = unlisted_n ? unlisted_n->end : word_in(a, j, {"a", "an"}) ? j + 1 : j;
      if (from > j) unlisted = unlisted_people_end(a, from, limit);
    }
    if (unlisted) {
      out->push_back(civilians_of_words(a, j, unlisted, effect, unlisted_n));  // no armed word names them
      found = true;
      j = unlisted;
    } else if (!g && word_in(a, j, {"himself", "herself"})) {
      // "A suicide bomber blew himself up, killing himself and six others": the attacker's
      // own death is counted apart from the victims' (GTD nkillter); other people's deaths
      // with their own ("killed himself and his two children") are read on.
      // The reflexive stands for the clause's subject, which may precede other people
      // ("a suicide bomber blew himself up among police recruits, killing himself").
      bool attacker_before = false;
      auto [alo, ahi] = in_tokens(a.agents, a.doc.sentences[a.doc.sentence_of[j]].first_token, i);
      for (size_t k = alo; k < ahi && !attacker_before; ++k) attacker_before = attacker_agent(a, a.agents[k]);
      if (attacker_before && effect == "killed") {
        VictimGroup v;
        v.first = j;
        v.end = j + 1;
        v.sentence = a.doc.sentence_of[j];
        v.effect = effect;
        v.count = 1;
        v.head = std::string(a.doc.norm(j));
        v.attackers = true;
        out->push_back(v);
        found = true;
      }
      ++j;
    } else if (!g) {
      const NumberMention* n = number_starting_at(a, j);
      if (!n && word_is(a, j, "all") && j + 1 < limit) n = number_starting_at(a, j + 1);  // "killing all 12 on board"
      if (!n) break;
      if (partitive_at(a, j)) {
        // "wounded 40 people, 10 of them critically": part of the group just read (SPEC
        // section 3: subsets are not summed).
        if (found) break;
        // "killing 15 of them": part of the people told before the verb, attackers or not.
        VictimGroup v = group_from_count(a, *n, effect);
        take_antecedent(a, antecedent(a, i), &v);
        out->push_back(v);
        found = true;
        j = n->end + 2;
        break;
      }
      // "killed 20" / "killing at least 20 people" (people words are agents, handled above).
      out->push_back(group_from_count(a, *n, effect));
      found = true;
      j = n->end;
    } else {
      // "killing 12 soldiers, officials said": people words after a comma that a say verb
      // follows are the report's speakers, not one more group of victims.
      // The speaker's name may stand between: "injuring five, regional governor Oleh Kiper said".
      constexpr uint32_t kMaxSpeakerName = 6;  // a person's name is a few words
      const uint32_t g_end = std::max(g->end, title_after_body(a, *g));  // "a police chief"
      uint32_t say_at = g_end;
      while (after_comma && say_at < limit && say_at - g_end < kMaxSpeakerName && t[say_at].is(kCapitalised) &&
             !has_cue(a, say_at, say_at + 1, "say"))
        ++say_at;
      // Several speakers coordinated before the say verb: "killing six people, police and
      // hospital officials said", "wounding 40, police and medical sources told Reuters".
      if (after_comma && say_at == g_end && word_is(a, say_at, "and"))
        if (const uint32_t e = speakers_end(a, say_at + 1, limit, kMaxSpeakerName)) say_at = e;
      if (after_comma && has_cue(a, say_at, std::min<uint32_t>(say_at + 2, uint32_t(t.size())), "say")) break;
      uint32_t end = g_end;
      // Keep an "of the X mission" complement in the group's words.
      if (end + 1 < limit && word_is(a, end, "of")) {
        uint32_t k = end + 1;
        // A subordinator ends the group: "the mayor of Tierralta as he left his office".
        while (k < limit && k - end < 6 && !t[k].is(kPunct) &&
               !word_in(a, k,
                        {"and", "in", "on", "at", "near", "who", "which", "were", "was", "as", "when", "while", "after",
                         "before", "during", "outside", "by", "with"}))
          ++k;
        // A named actor in the complement is kept whole, whatever its words: "five members
        // of the Guerrilla Army of the Poor", "two fighters of the Lord's Resistance Army".
        if (k > end + 1 && k < limit && k - 1 < a.actor_at.size() && a.actor_at[k - 1] >= 0)
          k = std::min(limit, std::max(k, a.actors[size_t(a.actor_at[k - 1])].end));
        if (k > end + 1) end = k;
      }
      std::string from_cc;
      if (const uint32_t e = from_country_end(a, end, &from_cc); e && e <= limit) end = e;  // "two nuns from Spain"
      VictimGroup v = group_from_agent(a, *g, end, effect);
      if (v.nationality.empty()) v.nationality = from_cc;
      // "a husband and wife", "a farmer and son": a bare singular person word after "and"
      // shares the determiner of the one before it, one person.
      if (v.count < 0 && !out->empty() && out->back().count == 1 && g->first == g->head_first && j > i &&
          word_is(a, j - 1, "and") && g->country_row < 0 && a.lex.table(lex::kAgents).get(g->row, "person") == "1" &&
          v.head.back() != 's' && !v.head.ends_with("men"))
        v.count = 1;
      out->push_back(v);
      found = true;
      j = end;
    }
    while (j < limit && t[j].is(kQuote)) ++j;
    if (j + 1 < limit && (word_is(a, j, "and") || a.doc.token_text(j) == ",")) {
      after_comma = a.doc.token_text(j) == ",";
      ++j;
      if (word_in(a, j, {"including", "among"})) break;  // subsets (SPEC section 3)
      // "killed two passengers and wounded a guard": a verb of its own, read at its word
      // ("a husband and wife": a relation is no verb).
      if (act_word_at(a, j)) break;
      continue;
    }
    if (found) elliptical_groups(a, j, limit, out);
    break;
  }
  return found;
}


// ---- Names of people (victims[].name) ----------------------------------------------
// In mixed case a name is a run of capitalised words; in all-caps wire copy (MUC-4) every
// word is capitalised, so a name is recognised by a common given name or a title before
// it ("MAYOR PEDRO GARCIA", "FATHER ELLACURIA") and by its words not being English
// dictionary words. The name's extent excludes the title, as MUC-4's HUM TGT: NAME and
// ACLED/GTD's named-victim notes write it.

// A person's name is a few words: "Luis Carlos Galan Sarmiento", "Jose Antonio Rodriguez Porth".
constexpr uint32_t kMaxNameTokens = 6;
// Titles and modifiers between a casualty word and the name it introduces:
// "the murder of the Liberal presidential candidate Luis Carlos Galan".
constexpr uint32_t kMaxNameLead = 6;
// People sharing a surname in one report: a family, a list of victims; a longer run is
// pathological input, and the bound keeps the surname pass linear.
constexpr size_t kMaxSameSurname = 64;
// A list of named victims ("the following policemen died: ...") rarely runs longer.
constexpr size_t kMaxListNames = 40;
// An apposition ("Pedro Garcia, the mayor of the town,") is short.
constexpr uint32_t kMaxApposition = 10;

struct NameSpan {
  uint32_t first = 0, end = 0;        // the name's tokens
  uint32_t title_first = 0;           // the title before it (== first when none)
  int32_t full = -1;                  // a surname restating a fuller name: its names index
};

class Names {
 public:
  // Built on the first question asked: a document whose casualty words name no one (or
  // that has none) never pays for the pass over all its tokens.
  explicit Names(const Analysis& a) : a_(a) {}

 private:
  void build() const {
    const Analysis& a = a_;
    const auto& t = a.doc.tokens;
    tag_.assign(t.size(), 0);
    title_end_.assign(t.size(), 0);
    const Table& words = a.lex.table(lex::kCasualtyWords);
    const int form_col = words.column("form");  // once, not per hit
    for (const Hit& h : table_hits(a, lex::kCasualtyWords, true)) {
      std::string_view form = words.get(h.row, form_col);
      if (form == "given_name" && h.end == h.first + 1) tag_[h.first] |= kGiven;
      else if (form == "given_name") for (uint32_t i = h.first; i < h.end; ++i) tag_[i] |= kGiven;
      else if (form == "surname") for (uint32_t i = h.first; i < h.end; ++i) tag_[i] |= kSurname;
      else if (form == "title") title_end_[h.first] = std::max(title_end_[h.first], h.end);
    }
    // Forward scan: a title then a name, or a name opened by a given name (or, in mixed
    // case, a run of capitalised non-dictionary words).
    const uint32_t n = uint32_t(t.size());
    // Nothing starts at a token with no title that may_name below rejects (most words: not
    // capitalised in mixed case, dictionary words in all-caps copy): runs of such tokens
    // are stepped over with the same tests, one flags compare and one table-bits load.
    constexpr uint16_t kShape = kWord | kNumber | kCapitalised | kPossessive;
    const uint32_t* tables = a.token_tables.data();
    const size_t tables_n = a.token_tables.size();
    const uint32_t* title_end = title_end_.data();
    const uint8_t* tag = tag_.data();
    const Token* toks = t.data();
    auto starts_nothing = [&](uint32_t k) {
      if (title_end[k] != 0) return false;
      if ((toks[k].flags & kShape) != (kWord | kCapitalised)) return true;
      if (tag[k] & (kGiven | kSurname)) return false;
      return k < tables_n ? (tables[k] & kPartRejects) != 0 : a.token_has_any(k, kPartRejects);
    };
    for (uint32_t i = 0; i < n;) {
      while (i < n && starts_nothing(i)) ++i;
      if (i >= n) break;
      uint32_t title_first = i;
      uint32_t j = i;
      // Titles may stack: "Auxiliary Bishop", "former Defence Minister General".
      while (j < n && title_end_[j] > j) {
        j = title_end_[j];
        if (j < n && a.doc.token_text(j) == ".") ++j;  // "Dr. Jose Perez"
        // An unknown word between titles is one more title word ("Divison General").
        if (j + 1 < n && part(j) && title_end_[j + 1] > j + 1) ++j;
      }
      bool titled = j > i;
      if (titled && j < n && a.doc.token_text(j) == ",") ++j;  // "the rector, Ignacio Ellacuria"
      // part()'s first test, inline: most words of mixed-case text are not capitalised,
      // and most of all-caps copy are dictionary words (part is false: no name starts).
      const bool may_name = j < n && t[j].is(kWord) && !t[j].is(kNumber) && t[j].is(kCapitalised) &&
                            !t[j].is(kPossessive) && part(j);
      uint32_t end = may_name ? name_from(j, titled) : j;
      // "Spaniard Jose Maria Martinez", "FRENCHMAN ROBERTO LISANDY": a nationality word the
      // lexicon lacks before a given name describes the person, like a title (an unknown
      // word of another shape is more often a first given name: "Franci Elena").
      if (!titled && end > j + 1 && !(tag_[j] & (kGiven | kSurname)) && (tag_[j + 1] & kGiven) && nationality_shape(j)) {
        uint32_t e2 = name_from(j + 1, true);
        if (e2 > j + 1) {
          names_.push_back(NameSpan{j + 1, e2, j});
          i = e2;
          continue;
        }
      }
      if (end > j) {
        names_.push_back(NameSpan{j, end, titled ? title_first : j});
        i = end;
      } else {
        i = titled ? j : i + 1;
      }
    }
    shared_surnames();
    restatements();
    shorter_forms();
  }
  void ensure() const {
    if (!built_) {
      built_ = true;
      build();
    }
  }

 public:
  // The fullest form of a name: "Castellar" -> "Ricardo Alfonso Castellar".
  // A chain ("Oqueli" -> "Hector Oqueli" -> "Hector Oqueli Colindres") is followed to its
  // end; each step is to a longer name, so it ends within kMaxNameTokens steps.
  const NameSpan& full(const NameSpan& n) const {
    ensure();
    const NameSpan* f = &n;
    for (uint32_t step = 0; f->full >= 0 && step < kMaxNameTokens; ++step) f = &names_[size_t(f->full)];
    return *f;
  }
  const std::vector<NameSpan>& all() const { return ensure(), names_; }
  bool is_title(uint32_t i) const { return ensure(), i < title_end_.size() && title_end_[i] > i; }
  // The end of the title starting at token i (i when none).
  uint32_t title_end(uint32_t i) const { return is_title(i) ? title_end_[i] : i; }
  // Token i can be a word of a person's name (capitalised, no dictionary or lexicon word).
  bool name_word(uint32_t i) const { return ensure(), i < tag_.size() && part(i); }

  const NameSpan* starting_in(uint32_t from, uint32_t to) const {
    ensure();
    auto [lo, hi] = in_tokens(names_, from, to);
    return lo < hi ? &names_[lo] : nullptr;
  }
  const NameSpan* ending_at(uint32_t end) const {
    ensure();
    auto [lo, hi] = in_tokens(names_, end > kMaxNameTokens ? end - kMaxNameTokens : 0, end);
    for (size_t i = lo; i < hi; ++i)
      if (names_[i].end == end) return &names_[i];
    return nullptr;
  }

 private:
  enum : uint8_t { kGiven = 1, kSurname = 2 };
  // The lexicon tables of other_word.
  static constexpr uint32_t kOtherTables = (1u << lex::kMonths) | (1u << lex::kWeekdays) | (1u << lex::kNumbers) |
                                           (1u << lex::kAgents) | (1u << lex::kTriggers) | (1u << lex::kCues) |
                                           (1u << lex::kWeapons) | (1u << lex::kTargets) | (1u << lex::kCountries);

  bool other_word(uint32_t i) const {
    // Words the lexicon knows as something else are not name parts: months, numbers,
    // agents ("soldiers"), triggers, cues, named organisations.
    if (a_.token_has_any(i, kOtherTables)) return true;
    if (i < a_.actor_at.size() && a_.actor_at[i] >= 0) return true;
    return is_title(i);
  }

  // The tables whose words part() rejects when no name list tags them.
  static constexpr uint32_t kPartRejects = (1u << lex::kCommonWords) | kOtherTables;

  // Token i can be a word of a name.
  bool part(uint32_t i) const {
    const Token& t = a_.doc.tokens[i];
    if (!t.is(kWord) || t.is(kNumber) || !t.is(kCapitalised) || t.is(kPossessive)) return false;
    if (tag_[i] & (kGiven | kSurname)) return true;
    // The cheapest tests first (this runs on every capitalised word): dictionary words
    // and the words other_word rejects by their lexicon tables.
    if (a_.token_has_any(i, kPartRejects)) return false;
    // In mixed case an all-capitals word is an acronym ("FMLN"), not a name.
    if (!a_.doc.all_caps && t.is(kAllCaps)) return false;
    std::string_view w = a_.doc.norm(i);
    if (w.size() < 2 || w.find('.') != std::string_view::npos) return false;
    return !other_word(i);
  }

  // A dictionary word that could still be a middle name in all-caps copy: a capitalised
  // word the lexicon knows only as a common word ("ANGEL", "LUZ", "ROSE").
  bool dictionary_name_word(uint32_t i) const {
    const Token& t = a_.doc.tokens[i];
    if (!a_.doc.all_caps || !t.is(kWord) || t.is(kNumber) || t.is(kPossessive)) return false;
    std::string_view w = a_.doc.norm(i);
    if (w.size() < 3 || w.find('.') != std::string_view::npos || particle(i)) return false;
    if (word_in(a_, i, {"and", "but", "for", "the", "was", "were", "who", "has", "had", "are", "not", "his", "her",
                        "its", "one", "two", "all", "any", "with", "from", "into", "near", "said", "says", "also",
                        "today", "yesterday", "then", "when", "while", "after", "before", "said", "told"}))
      return false;
    return !other_word(i);
  }

  // A word shaped like a nationality or people noun: "Spaniard", "Frenchman", "Lebanese", "Scottish".
  bool nationality_shape(uint32_t i) const {
    std::string_view w = a_.doc.norm(i);
    if (w.size() < 6) return false;
    for (std::string_view suffix : {"man", "ard", "ese", "ish"})
      if (w.substr(w.size() - 3) == suffix) return true;
    return false;
  }

  // A place found inside words [i, end) that would otherwise be a name: the words are the
  // place when it is told as a location ("in Santa Elena") or is all of them; a town that
  // shares one word with a person's name ("Erika Suleman") leaves the name.
  static bool place_not_name(const PlaceMention& p, uint32_t i, uint32_t end) {
    return p.locative || p.near || (p.first <= i && p.end >= end);
  }

  bool particle(uint32_t i) const {
    return word_in(a_, i, {"de", "del", "la", "las", "los", "y", "van", "von", "der", "bin", "ibn", "al", "abu", "da", "dos", "do", "di", "le"});
  }

  // The token after an initial at token i ("F." / "F" "."), else i.
  uint32_t after_initial(uint32_t i) const {
    const auto& t = a_.doc.tokens;
    const uint32_t n = uint32_t(t.size());
    if (i >= n || !t[i].is(kWord) || t[i].is(kNumber) || !t[i].is(kCapitalised)) return i;
    std::string_view w = a_.doc.token_text(i);
    if (w.size() == 2 && w[1] == '.' && std::isalpha(static_cast<unsigned char>(w[0]))) return i + 1;
    if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0])) && i + 1 < n && a_.doc.token_text(i + 1) == "." &&
        !t[i + 1].is(kSpaceBefore))
      return i + 2;
    return i;
  }

  // The end of a name starting at token i ("" -> i). Untitled names need a given name
  // first (or, in mixed case, two capitalised non-dictionary words); titled ones one word.
  uint32_t name_from(uint32_t i, bool titled) const {
    const auto& t = a_.doc.tokens;
    const uint32_t n = uint32_t(t.size());
    if (i >= n || !part(i)) return i;
    // "San Salvador", "Santa Ana": a given name after these is a place.
    if (i > 0 && word_in(a_, i - 1, {"san", "santa", "santo", "sao", "st", "saint", "puerto", "port"})) return i;
    uint32_t end = i + 1, words = 1;
    bool dictionary_free = !(tag_[i] & kGiven) || !a_.token_has(i, lex::kCommonWords);
    while (end < n && end - i < kMaxNameTokens) {
      if (t[end].is(kNewlineBefore) && !t[end].is(kSpaceBefore)) break;
      if (part(end)) { ++end; ++words; continue; }
      // A middle initial between two words of the name: "John F. Kennedy", "EMILIANO J.
      // PACHECO" (the dot may be a token of its own).
      if (uint32_t k = after_initial(end); k > end && k < n && part(k)) {
        end = k + 1;
        ++words;
        continue;
      }
      // A middle name that is also a dictionary word, after a given name and before a
      // surname: "JOSE ANGEL FLORES", "MARIA LUZ CASTRO" (all-caps copy only; in mixed case
      // the capital already says it).
      if ((tag_[i] & kGiven) && end == i + 1 && end + 1 < n && dictionary_name_word(end) && part(end + 1) &&
          !(t[end + 1].is(kNewlineBefore) && !t[end + 1].is(kSpaceBefore)) &&
          ((tag_[end + 1] & kSurname) || !a_.token_has(end + 1, lex::kCommonWords))) {
        end += 2;
        words += 2;
        continue;
      }
      // Particles and joiners inside a name: "de la Cruz", "Jean-Bertrand", "al-Masri".
      uint32_t k = end;
      while (k < n && k - end < 2 && (particle(k) || t[k].is(kHyphen))) ++k;
      if (k > end && k < n && part(k)) { end = k + 1; ++words; continue; }
      break;
    }
    // Generational suffixes close a name: "Augusto Moreira Junior", "Martin Luther King Jr".
    if (end < n && end > i + 1 && word_in(a_, end, {"junior", "jr", "sr", "filho", "neto", "ii", "iii"})) ++end;
    if (titled) return end;
    if (tag_[i] & kGiven) return words >= 2 ? end : i;
    // No title and no known given name: two or more capitalised words none of which is a
    // dictionary word, a place or an organisation ("Hector Oqueli Colindres", "ABELARDO
    // DAZA"); a given name the list lacks still leaves the surnames out of the dictionary.
    if (words < 2 || !dictionary_free) return i;
    // Spanish and Portuguese articles open place names and nicknames ("El Paraiso", "El
    // Mejicano"), not people's names.
    if (word_in(a_, i, {"el", "la", "las", "los", "lo", "san", "santa", "santo", "sao", "o", "os", "as", "de", "del", "da", "do", "dos"})) return i;
    auto [plo, phi] = in_tokens(a_.places, i, end);
    for (size_t p = plo; p < phi; ++p)
      if (place_not_name(a_.places[p], i, end)) return i;
    return end;
  }

  // "Mariano and Felix Ropero Navarro", "brothers Juan and Pedro Gomez": a lone given name
  // coordinated with a full name that opens with a given name is a person of its own, whose
  // surname the text gives once for both. The given name alone is what the text names.
  void shared_surnames() const {
    const auto& t = a_.doc.tokens;
    std::vector<NameSpan> found;
    for (const NameSpan& n : names_) {
      if (n.first < 2 || !(tag_[n.first] & kGiven) || n.title_first != n.first) continue;
      const uint32_t g = n.first - 2;
      if (!word_is(a_, n.first - 1, "and") || !(tag_[g] & kGiven) || !part(g)) continue;
      if (!found.empty() && found.back().end > g) continue;
      // Not already the end of a name ("Pedro Garcia and Juan Lopez"): its word stands alone.
      if (g > 0 && t[g - 1].is(kWord) && part(g - 1)) continue;
      uint32_t title_first = g;
      for (uint32_t b = g; b > 0 && g - b < 4; --b)
        if (title_end_[b - 1] == title_first) title_first = b - 1;
      found.push_back(NameSpan{g, g + 1, title_first});
    }
    if (found.empty()) return;
    std::vector<NameSpan> merged;
    merged.reserve(names_.size() + found.size());
    std::merge(names_.begin(), names_.end(), found.begin(), found.end(), std::back_inserter(merged),
               [](const NameSpan& x, const NameSpan& y) { return x.first < y.first; });
    names_.swap(merged);
  }

  // Surnames alone restate a name given in full elsewhere in the document ("Ricardo
  // Alfonso Castellar ... Castellar was kidnapped"): a word that is not the first of a
  // full name, met without its given name, is that person.
  void restatements() const {
    const auto& t = a_.doc.tokens;
    std::vector<std::pair<uint64_t, int32_t>> surnames;  // word hash -> names index
    for (size_t k = 0; k < names_.size(); ++k) {
      const NameSpan& n = names_[k];
      if (n.end - n.first < 2) continue;
      for (uint32_t i = n.first + 1; i < n.end; ++i)
        if (!particle(i) && !t[i].is(kHyphen)) surnames.push_back({t[i].hash, int32_t(k)});
    }
    if (surnames.empty()) return;
    std::sort(surnames.begin(), surnames.end());
    // A filter on the hashes' low bits (as WordSet's) skips the search for nearly every
    // other word: in all-caps copy every word is capitalised.
    uint64_t filter = 0;
    auto filter_bit = [](uint64_t h) { return uint64_t(1) << ((h >> 1) & 63); };
    for (const auto& [h, k] : surnames) filter |= filter_bit(h);
    std::vector<uint8_t> covered(t.size(), 0);
    for (const NameSpan& n : names_)
      for (uint32_t i = n.title_first; i < n.end; ++i) covered[i] = 1;
    auto find = [&](uint64_t h) {
      if (!(filter & filter_bit(h))) return -1;
      auto it = std::lower_bound(surnames.begin(), surnames.end(), std::make_pair(h, INT32_MIN));
      return it != surnames.end() && it->first == h ? it->second : -1;
    };
    std::vector<NameSpan> found;
    const uint32_t n = uint32_t(t.size());
    // The arrays' addresses read once: the scan runs over every token, and the compiler
    // would reload them per token (the body calls out).
    const Token* const tk = t.data();
    const uint8_t* const cov = covered.data();
    const uint8_t* const tag = tag_.data();
    for (uint32_t i = 0; i < n; ++i) {
      if (cov[i] || !tk[i].is(kCapitalised) || (tag[i] & kGiven)) continue;
      int32_t k = find(t[i].hash);
      if (k < 0 || !part(i)) continue;
      uint32_t end = i + 1;
      while (end < n && !covered[end] && find(t[end].hash) == k && end - i < kMaxNameTokens) ++end;
      uint32_t title_first = i;
      for (uint32_t b = i; b > 0 && i - b < 4; --b)
        if (title_end_[b - 1] == title_first) title_first = b - 1;
      found.push_back(NameSpan{i, end, title_first, k});
      i = end - 1;
    }
    if (found.empty()) return;
    names_.insert(names_.end(), found.begin(), found.end());
    std::stable_sort(names_.begin(), names_.end(), [](const NameSpan& x, const NameSpan& y) { return x.first < y.first; });
    // Indexes moved: point each restatement at its full name again.
    std::vector<int32_t> where(names_.size(), -1);
    std::vector<std::pair<uint32_t, uint32_t>> full_spans;
    for (NameSpan& r : names_)
      if (r.full >= 0) r.full = -2 - r.full;  // mark: old index encoded
    // Old indexes referred to the full names in their original order, which is their
    // order among the non-restatements now.
    std::vector<int32_t> old_to_new;
    for (size_t k = 0; k < names_.size(); ++k)
      if (names_[k].full == -1) old_to_new.push_back(int32_t(k));
    for (NameSpan& r : names_)
      if (r.full <= -2) r.full = old_to_new[size_t(-2 - r.full)];
  }

  // A name that is the tail of a fuller one elsewhere in the document ("Oqueli Colindres"
  // after "Hector Oqueli Colindres") is that person: news restates people by their
  // surnames. Found through the last word, so the pass stays linear in the names.
  void shorter_forms() const {
    const auto& t = a_.doc.tokens;
    std::vector<std::pair<uint64_t, int32_t>> by_last;  // last word hash -> names index
    for (size_t k = 0; k < names_.size(); ++k)
      if (names_[k].full < 0) by_last.push_back({t[names_[k].end - 1].hash, int32_t(k)});
    std::sort(by_last.begin(), by_last.end());
    for (size_t k = 0; k < names_.size(); ++k) {
      NameSpan& n = names_[k];
      if (n.full >= 0) continue;
      const uint32_t len = n.end - n.first;
      int32_t best = -1;
      uint32_t best_len = len;
      auto it = std::lower_bound(by_last.begin(), by_last.end(), std::make_pair(t[n.end - 1].hash, INT32_MIN));
      for (size_t seen = 0; it != by_last.end() && it->first == t[n.end - 1].hash && seen < kMaxSameSurname;
           ++it, ++seen) {
        const NameSpan& m = names_[size_t(it->second)];
        const uint32_t mlen = m.end - m.first;
        if (mlen <= best_len) continue;
        bool tail = true;
        for (uint32_t i = 0; i < len && tail; ++i) tail = t[n.end - 1 - i].hash == t[m.end - 1 - i].hash;
        if (tail) {
          best = it->second;
          best_len = mlen;
        }
      }
      n.full = best;
    }
    // Spanish and Portuguese names drop the second surname as often as the given name:
    // "Hector Oqueli" restates "Hector Oqueli Colindres", "Luis Carlos Galan" "Luis Carlos
    // Galan Sarmiento". A name of two words or more that opens a fuller one is that person.
    std::vector<std::pair<uint64_t, int32_t>> by_first;  // first word hash -> names index
    for (size_t k = 0; k < names_.size(); ++k)
      if (names_[k].full < 0 && names_[k].end - names_[k].first >= 3)
        by_first.push_back({t[names_[k].first].hash, int32_t(k)});
    std::sort(by_first.begin(), by_first.end());
    for (size_t k = 0; k < names_.size(); ++k) {
      NameSpan& n = names_[k];
      const uint32_t len = n.end - n.first;
      if (n.full >= 0 || len < 2) continue;
      int32_t best = -1;
      uint32_t best_len = len;
      auto it = std::lower_bound(by_first.begin(), by_first.end(), std::make_pair(t[n.first].hash, INT32_MIN));
      for (size_t seen = 0; it != by_first.end() && it->first == t[n.first].hash && seen < kMaxSameSurname;
           ++it, ++seen) {
        const NameSpan& m = names_[size_t(it->second)];
        const uint32_t mlen = m.end - m.first;
        if (mlen <= best_len) continue;
        bool head = true;
        for (uint32_t i = 1; i < len && head; ++i) head = t[n.first + i].hash == t[m.first + i].hash;
        if (head) {
          best = it->second;
          best_len = mlen;
        }
      }
      n.full = best;
    }
  }

  const Analysis& a_;
  mutable bool built_ = false;
  mutable std::vector<uint8_t> tag_;
  mutable std::vector<uint32_t> title_end_;
  mutable std::vector<NameSpan> names_;
};

// The name as written, with line breaks and runs of spaces made one space (wire copy
// wraps lines inside names).
std::string name_text(const Analysis& a, const NameSpan& n) {
  std::string out;
  for (uint32_t i = n.first; i < n.end; ++i) {
    const Token& t = a.doc.tokens[i];
    if (i > n.first && (t.is(kSpaceBefore) || t.is(kNewlineBefore))) out += ' ';
    out += a.doc.token_text(i);
  }
  return out;
}

// The kind of person a title names ("Corporal", "Lt. Col.", "Judge", "Mayor"): a military
// or police rank of data/actors/roles.tsv (kind "rank") makes a soldier, whose killing is an
// act against the armed forces (MUC-4 1.0 rule 1b, ACLED's state forces as actor 2), not
// against civilians; an agents.tsv force word among the title words ("police inspector")
// gives its kind. Other titles ("Mayor", "Judge") keep the kind empty, as the views code
// officials by their own rules. "" too when the title is a past one: MUC-4
// (task documentation 1.0) counts "a murder perpetrated against a retired general" as
// terrorism, and ACLED codes a former officer as a civilian.
constexpr uint32_t kMaxPastTitleLead = 6;  // "former Honduran armed forces chief General X"
std::string title_kind(const Analysis& a, uint32_t from, uint32_t to) {
  if (from >= to) return "";
  uint32_t s0 = a.doc.sentences[a.doc.sentence_of[from]].first_token;
  for (uint32_t k = from > s0 + kMaxPastTitleLead ? from - kMaxPastTitleLead : s0; k < to; ++k)
    if (word_in(a, k, {"former", "retired", "ex", "onetime", "erstwhile"})) return "";
  const std::vector<Hit>& ranks = table_hits(a, lex::kRoles);
  auto [rlo, rhi] = in_tokens(ranks, from, to);
  const Table& roles = a.lex.table(lex::kRoles);
  for (size_t i = rlo; i < rhi; ++i)
    if (ranks[i].end <= to && roles.get(ranks[i].row, "kind") == "rank") return "military";
  auto [glo, ghi] = in_tokens(a.agents, from, to);
  for (size_t i = glo; i < ghi; ++i)
    if (a.agents[i].end <= to && a.agents[i].country_row < 0) {
      std::string_view k = a.lex.table(lex::kAgents).get(a.agents[i].row, "target_kind");
      if (k == "military" || k == "police") return std::string(k);
    }
  return "";
}

VictimGroup named_group(const Analysis& a, const Names& names, const NameSpan& n, const std::string& effect) {
  VictimGroup v;
  v.target_kind = title_kind(a, n.title_first, n.first);
  v.first = n.title_first;
  v.end = n.end;
  v.sentence = a.doc.sentence_of[n.first];
  v.effect = effect;
  v.count = 1;
  const NameSpan& full = names.full(n);
  v.name = name_text(a, full);
  v.head = std::string(a.doc.norm(full.end - 1));  // the surname: "Galan" restates "Luis Carlos Galan"
  return v;
}

// An age written before a name, "30-year-old Roberto Pabon", "4-month-old Elmer": after a
// comma in a list it opens the next person, it is no apposition of the one before.
bool age_before_name(const Analysis& a, uint32_t i) {
  const auto& t = a.doc.tokens;
  return i + 2 < t.size() && t[i].is(kNumber) && t[i + 1].is(kHyphen) &&
         word_in(a, i + 2, {"year", "years", "month", "months", "week", "weeks", "day", "days"});
}

// Tokens [from, to) are only titles and modifiers before a name: no punctuation but an
// apposition comma or a bracketed insertion ("DAS [Administrative Department of Security]
// Director"), no preposition or verb that would make the name someone else's ("the son
// of", "in", "by", "said"). A possessive may open the lead when the name's title (a
// relation or trade: "his wife", "their mother", "her 15-year-old daughter") follows it:
// the person so named is one more of the people listed ("killed X and his wife Y").
// The words between are read as any lead.
bool lead_ok(const Analysis& a, uint32_t from, uint32_t to, bool titled = false) {
  const auto& t = a.doc.tokens;
  uint32_t lead = 0;
  if (titled && from < to && word_in(a, from, {"his", "her", "their"})) return lead_ok(a, from + 1, to);
  for (uint32_t k = from; k < to; ++k) {
    if (a.doc.token_text(k) == "[" || a.doc.token_text(k) == "(") {
      uint32_t c = k + 1;
      while (c < to && c - k < 10 && a.doc.token_text(c) != "]" && a.doc.token_text(c) != ")") ++c;
      if (c < to && (a.doc.token_text(c) == "]" || a.doc.token_text(c) == ")")) { k = c; continue; }
      return false;
    }
    // A comma only before the name itself ("the rector, Ignacio Ellacuria"); earlier it
    // separates other items ("attacks on the palace, President X's home").
    if (t[k].is(kPunct) && !t[k].is(kHyphen) && (a.doc.token_text(k) != "," || k + 1 != to)) return false;
    // An age before the name ("42-year-old Josef Piescher") is a modifier.
    if (t[k].is(kNumber) && !(k + 2 < to && age_before_name(a, k))) return false;
    if (word_in(a, k, {"of", "by", "in", "at", "on", "near", "to", "from", "for", "with", "and", "who", "which", "that",
                       "said", "was", "were", "has", "had", "is", "are", "his", "her", "their", "its"}))
      return false;
    if (++lead > kMaxNameLead) return false;
  }
  return true;
}

// A list item naming someone by a relation before the name: "and his assistant, Elmer
// Munoz", "and her husband, Victor Rodriguez". Returns the position after the comma, or
// `k` when the words at k are no such relation.
constexpr uint32_t kMaxRelationWords = 3;
uint32_t after_relation(const Analysis& a, uint32_t k, uint32_t limit) {
  if (!word_in(a, k, {"his", "her", "their"})) return k;
  for (uint32_t e = k + 1; e < limit && e - k <= kMaxRelationWords + 1; ++e) {
    if (a.doc.token_text(e) == ",") return e > k + 1 ? e + 1 : k;
    if (a.doc.tokens[e].is(kPunct) && !a.doc.tokens[e].is(kHyphen)) return k;
  }
  return k;
}

// In a list of named people with their ages ("Heriberto Lopez, 53; Noralba Beltran, 23;
// ..."), a run of two or more capitalised words followed by ", AGE" is the next person,
// whatever the name lexicon knows of its words (a surname may also be a town or a word).
bool aged_list_item(const Analysis& a, uint32_t k, uint32_t limit, NameSpan* out) {
  const auto& t = a.doc.tokens;
  // The first word is a name the lexicon lists or no dictionary word ("identified as X, 38"
  // and "Liberal deputy X, 38" are no names).
  if (k >= limit || (a.lex.has(t[k].hash, lex::kCommonWords) && !a.lex.has(t[k].hash, lex::kCasualtyWords)))
    return false;
  uint32_t e = k;
  while (e < limit && e - k < kMaxNameTokens && t[e].is(kWord) && !t[e].is(kNumber) && t[e].is(kCapitalised) &&
         !t[e].is(kPossessive) &&
         !word_in(a, e, {"and", "the", "a", "an", "of", "in", "who", "was", "were", "as", "is", "are", "by", "for", "to",
                         "at", "on", "with"}))
    ++e;
  if (e < k + 2 || e + 2 >= limit || a.doc.token_text(e) != "," || !t[e + 1].is(kNumber)) return false;
  std::string_view after = a.doc.token_text(e + 2);
  if (after != ";" && after != "," && after != "." && !word_is(a, e + 2, "and")) return false;
  *out = NameSpan{k, e, k};
  return true;
}

// A person named after a naming verb in a short description: "a minor called Nelson
// Antonio", "a foreigner named Erika X", "two activists identified only as Pablo and
// Margarita". News gives a single given name this way, so one name word is enough. Adds
// the names and returns the token after them, or `k` when the item has no such cue.
constexpr uint32_t kMaxCueLead = 8;  // "a 4-month-old minor called", "two Comadres activists identified only as"
uint32_t named_by_cue(const Analysis& a, const Names& names, uint32_t k, uint32_t limit, const std::string& effect,
                      bool subset, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t c = k;
  while (c < limit && c - k < kMaxCueLead && !(t[c].is(kPunct) && !t[c].is(kHyphen)) &&
         !word_in(a, c, {"named", "called", "known", "identified"}))
    ++c;
  if (c >= limit || c - k >= kMaxCueLead || !word_in(a, c, {"named", "called", "known", "identified"})) return k;
  uint32_t b = c + 1;
  while (b < limit && word_in(a, b, {"only", "as", "simply"})) ++b;
  if (word_in(a, c, {"known", "identified"}) && !word_is(a, b - 1, "as")) return k;
  uint32_t end = k;
  while (b < limit && out->size() < kMaxListNames) {
    uint32_t e = b;
    while (e < limit && e - b < kMaxNameTokens && names.name_word(e)) ++e;
    if (e == b) break;
    VictimGroup v = named_group(a, names, NameSpan{b, e, b}, effect);
    v.subset = subset;
    out->push_back(v);
    end = e;
    if (e + 1 < limit && word_is(a, e, "and") && names.name_word(e + 1)) b = e + 1;
    else break;
  }
  return end;
}

// Relatives listed after a named victim without names of their own: "Juan Perez, his wife
// and their two children", "activist X and his son" (people of their own, counted with the
// named one: one person each, or the number given). Returns the token after the group, or
// `k` when the words at k are no such item (a relation followed by a name is a title).
uint32_t unnamed_relatives(const Analysis& a, const Names& names, uint32_t k, uint32_t limit, const std::string& effect,
                           bool subset, std::vector<VictimGroup>* out) {
  if (k + 1 >= limit || !word_in(a, k, {"his", "her", "their"})) return k;
  uint32_t e = k + 1;
  const NumberMention* n = number_starting_at(a, e);
  if (n) e = n->end;
  uint32_t end = e;
  if (e < limit && names.is_title(e)) {
    end = e + 1;
  } else if (const AgentMention* g = agent_starting_in(a, k, e + 1); g && g->head_first == e) {
    end = g->head_end;
  }
  if (end == e || end > limit || names.starting_in(end, end + 1) || a.doc.tokens[end - 1].is(kPossessive)) return k;
  VictimGroup v = civilians_of_words(a, k, end, effect, n);
  v.subset = subset;
  out->push_back(v);
  return end;
}

// Names listed after a first one: "Ignacio Ellacuria, Segundo Montes and Ignacio Martin
// Baro", "Maria Pulido, 42; Pilar Pulido, 19; ...", "Roberto Navas, a Reuters
// photographer, Cornell Lagrow, a Dutch cameraman, and ...".
uint32_t name_list(const Analysis& a, const Names& names, const NameSpan& first, uint32_t limit,
                   const std::string& effect, bool subset, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  auto sep = [&](uint32_t k) {
    return k < limit && (a.doc.token_text(k) == "," || a.doc.token_text(k) == ";" || word_is(a, k, "and") ||
                         (word_is(a, k, "along") && word_is(a, k + 1, "with")) ||
                         (word_is(a, k, "as") && word_is(a, k + 1, "well") && word_is(a, k + 2, "as")));
  };
  VictimGroup v = named_group(a, names, first, effect);
  v.subset = subset;
  out->push_back(v);
  uint32_t j = first.end;
  const bool plural_title = first.title_first < first.first && names.is_title(first.first - 1) &&
                            a.doc.norm(first.first - 1).back() == 's';
  while (j + 1 < limit && out->size() < kMaxListNames) {
    uint32_t k = j;
    // Ages and appositions after the name: ", 42", ", a Reuters photographer,", ", 55,
    // from Spain;".
    bool too_long = false;
    // A parenthesis after the name: "Segundo Montes (Spaniard)".
    if (k < limit && a.doc.token_text(k) == "(") {
      uint32_t e = k + 1;
      while (e < limit && e - k <= kMaxApposition && a.doc.token_text(e) != ")") ++e;
      if (e >= limit || a.doc.token_text(e) != ")") break;
      k = e + 1;
    }
    while (k + 1 < limit && a.doc.token_text(k) == "," &&
           ((t[k + 1].is(kNumber) && !age_before_name(a, k + 1)) ||
            word_in(a, k + 1, {"a", "an", "the", "who", "aged", "from", "of", "his", "her", "their"}))) {
      // ", his wife and their two children": an item of the list, not an apposition (one
      // set off by commas on both sides, "X, her husband, was", describes X).
      std::vector<VictimGroup> probe;
      if (uint32_t r = unnamed_relatives(a, names, k + 1, limit, effect, subset, &probe);
          r > k + 1 && (r >= limit || a.doc.token_text(r) != ","))
        break;
      uint32_t e = k + 1;
      // "Omar Saleh, 29, of Reuters and Khalid Hamid, 35": "and" before a name ends the apposition.
      while (e < limit && e - k <= kMaxApposition && !(t[e].is(kPunct) && !t[e].is(kHyphen)) &&
             !(word_is(a, e, "and") && names.starting_in(e + 1, e + 2)))
        ++e;
      if (e >= limit || e - k > kMaxApposition) { too_long = true; break; }
      k = e;
    }
    if (too_long) break;
    if (!sep(k)) break;
    // "..., as well as their cook, Elba Ramos", "along with Mrs Julia Ramos".
    while (sep(k)) k += word_is(a, k, "as") ? 3 : word_is(a, k, "along") ? 2 : 1;
    if (word_is(a, k, "of")) ++k;  // "the murder of X and of Y"
    // "and her daughter Celina Ramos": a relation written as the name's title; else "and
    // his driver, Jorge Salinas" (the relation, a comma, the name).
    const NameSpan* titled_relation = nullptr;
    if (word_in(a, k, {"his", "her", "their"})) {
      const NameSpan* r = names.starting_in(k + 1, std::min(limit, k + kMaxNameLead + 2));
      if (r && r->title_first < r->first && lead_ok(a, k, r->title_first, true)) titled_relation = r;
    }
    if (!titled_relation) k = after_relation(a, k, limit);
    const NameSpan* nx = titled_relation ? titled_relation : names.starting_in(k, std::min(limit, k + kMaxNameLead + 1));
    NameSpan aged;
    if ((!nx || nx->title_first != k) && aged_list_item(a, k, limit, &aged)) nx = &aged;
    // "Comrades Forero, Sotelo and Antequera", "Fathers Montes and Lopez": after a plural
    // title each listed surname is a person.
    if ((!nx || nx->title_first != k) && plural_title && names.name_word(k) &&
        (k + 1 >= limit || !names.name_word(k + 1))) {
      aged = NameSpan{k, k + 1, k};
      nx = &aged;
    }
    if (!nx || !lead_ok(a, k, nx->title_first, nx->title_first < nx->first)) {
      if (uint32_t e = unnamed_relatives(a, names, k, limit, effect, subset, out); e > k) {
        j = e;
        continue;
      }
      // "two activists identified only as Pablo and Margarita, and a minor called Nelson
      // Antonio": an item that names its person after a naming verb.
      if (uint32_t e = named_by_cue(a, names, k, limit, effect, subset, out); e > k) {
        j = e;
        continue;
      }
      // "Maria Pulido, 42; a minor known as Carlos; Efrain Rincon, ...": in a list of items
      // separated by semicolons, an unnamed item is skipped to the next one.
      if (a.doc.token_text(k > j ? k - 1 : j) != ";" && a.doc.token_text(j) != ";") break;
      if (!word_in(a, k, {"a", "an", "the", "one", "two", "another", "his", "her", "their"})) break;
      uint32_t e = k;
      while (e < limit && e - k <= kMaxApposition && a.doc.token_text(e) != ";" &&
             !(a.doc.tokens[e].is(kPunct) && a.doc.token_text(e) != "," && !a.doc.tokens[e].is(kHyphen)))
        ++e;
      if (e >= limit || a.doc.token_text(e) != ";") break;
      j = e;
      continue;
    }
    VictimGroup w = named_group(a, names, *nx, effect);
    w.subset = subset;
    out->push_back(w);
    j = nx->end;
  }
  return j;
}

// A name that ends an apposition opened by a determiner or a relative word after another
// name ("Carlos Prats, the head of the army under President Allende,") describes that first
// person: the first name is the one the clause is about. Returns the first name, else `n`.
const NameSpan* apposition_owner(const Analysis& a, const Names& names, const NameSpan* n, uint32_t limit) {
  const auto& t = a.doc.tokens;
  for (uint32_t k = n->title_first; k > limit && n->title_first - k < kMaxApposition; --k) {
    if (!t[k - 1].is(kPunct) || t[k - 1].is(kHyphen)) continue;
    if (a.doc.token_text(k - 1) != "," || k >= n->title_first || !word_in(a, k, {"the", "a", "an", "who", "whose"}))
      return n;
    const NameSpan* owner = names.ending_at(k - 1);
    return owner && owner->first >= limit ? owner : n;
  }
  return n;
}

// Brackets, parentheses and quote marks inside an apposition ("the Patriotic Union [UP]",
// "the 'Extraditables'") do not end it.
bool inner_mark(const Analysis& a, uint32_t k) {
  std::string_view w = a.doc.token_text(k);
  return w == "[" || w == "]" || w == "(" || w == ")" || a.doc.tokens[k].is(kQuote);
}

// A name ending at `end`, or before the person's origin that ends there: "Juan Perez from
// Piura", "Maria Lopez of Cali".
bool clause_word(const Analysis& a, uint32_t k);
// An employer named after a person, "David Blundy of the Sunday Times", "Juan Perez of the
// Red Cross": a few capitalised words (and "the") after "of" or "from", no clause words.
constexpr uint32_t kMaxEmployerWords = 5;
const NameSpan* name_before_employer(const Analysis& a, const Names& names, uint32_t end) {
  const auto& t = a.doc.tokens;
  for (uint32_t k = end; k > 1 && end - k < kMaxEmployerWords; --k) {
    const uint32_t p = k - 1;
    if (word_in(a, p, {"of", "from"})) {
      if (k == end) return nullptr;
      const NameSpan* n = names.ending_at(p);
      return n && n->title_first < n->first ? n : nullptr;  // "Mayor X of ...": a titled name only
    }
    if (!t[p].is(kWord) || t[p].is(kNumber) || clause_word(a, p) || a.token_has(p, lex::kCasualtyWords)) return nullptr;
    if (!t[p].is(kCapitalised) && !word_is(a, p, "the")) return nullptr;
  }
  return nullptr;
}

const NameSpan* name_or_origin_ending_at(const Analysis& a, const Names& names, uint32_t end) {
  if (const NameSpan* n = names.ending_at(end)) return n;
  auto [lo, hi] = in_tokens(a.places, end > kMaxPhraseTokens ? end - kMaxPhraseTokens : 0, end);
  for (size_t p = lo; p < hi; ++p) {
    const PlaceMention& m = a.places[p];
    if (m.end != end || m.first < 2 || !word_in(a, m.first - 1, {"from", "of"})) continue;
    if (const NameSpan* n = names.ending_at(m.first - 1)) return n;
  }
  return name_before_employer(a, names, end);
}

// Segments of an apposition read back from a verb to its subject's name.
constexpr int kMaxAppositionSegments = 4;

// A word that opens or marks a clause of its own, not a description of a person.
bool clause_word(const Analysis& a, uint32_t k) {
  if (a.token_has(k, lex::kTriggers)) return true;  // (casualty words hold titles: "engineer")
  return word_in(a, k, {"said", "says", "say", "that", "when", "where", "while", "after", "before", "because",
                        "was", "were", "is", "are", "has", "have", "had", "will", "would"});
}

// A name ending at `end`, or before an apposition that ends there: "Pedro Garcia, the
// town's mayor," / "Todd Wilson, 20 years old,".
const NameSpan* name_before(const Analysis& a, const Names& names, uint32_t end, uint32_t limit) {
  const auto& t = a.doc.tokens;
  // A bracketed note after the name: "John Jones [name as received],".
  uint32_t e = end;
  if (e > limit && (a.doc.token_text(e - 1) == "," || a.doc.token_text(e - 1) == ";")) --e;
  if (e > limit && (a.doc.token_text(e - 1) == "]" || a.doc.token_text(e - 1) == ")")) {
    uint32_t k = e - 1;
    while (k > limit && e - k < kMaxApposition && a.doc.token_text(k) != "[" && a.doc.token_text(k) != "(") --k;
    if (a.doc.token_text(k) == "[" || a.doc.token_text(k) == "(")
      if (const NameSpan* n = name_or_origin_ending_at(a, names, k)) return n->first >= limit ? n : nullptr;
  }
  if (const NameSpan* n = name_or_origin_ending_at(a, names, end)) return n;
  if (end <= limit || (a.doc.token_text(end - 1) != "," && a.doc.token_text(end - 1) != ";")) return nullptr;
  if (const NameSpan* n = name_or_origin_ending_at(a, names, end - 1)) return apposition_owner(a, names, n, limit);
  // Up to two comma-separated segments: "Ricardo Castellar, mayor of Achi, in the
  // northern department of Bolivar, was killed"; four when the later ones are plain
  // descriptions, no clause of their own ("Edgar Henao, 55, civil engineer, economist, and
  // top executive of the bank, was shot").
  int segments = 0;
  for (uint32_t k = end - 1; k > limit && end - 1 - k < 2 * kMaxApposition; --k) {
    if (inner_mark(a, k - 1)) continue;  // "coordinator of the Patriotic Union [UP] in Cordoba,"
    if (t[k - 1].is(kPunct) && !t[k - 1].is(kHyphen)) {
      if (a.doc.token_text(k - 1) != "," && a.doc.token_text(k - 1) != ";") return nullptr;
      const NameSpan* n = name_or_origin_ending_at(a, names, k - 1);
      if (n && n->first >= limit) return n;
      if (++segments == kMaxAppositionSegments) return nullptr;
    } else if (segments >= 2 && clause_word(a, k - 1)) {
      return nullptr;
    }
  }
  return nullptr;
}

// A name before a relative clause that ends right before the verb: "Jose Vasquez, 72, who
// was working at the gas station at the time of the explosion, was killed". The clause may
// be longer than an apposition; it must close with a comma before the verb (else its own
// subject is the verb's: "who saw the attack in which three soldiers were killed") and tell
// no casualty of its own.
constexpr uint32_t kMaxRelativeClause = 30;
const NameSpan* name_before_relative(const Analysis& a, const Names& names, uint32_t end, uint32_t limit) {
  const auto& t = a.doc.tokens;
  if (end <= limit + 2 || a.doc.token_text(end - 1) != ",") return nullptr;
  for (uint32_t k = end - 2; k > limit + 1 && end - k < kMaxRelativeClause; --k) {
    if (a.lex.has(t[k].hash, lex::kCasualtyWords)) return nullptr;
    if (t[k].is(kPunct) && !t[k].is(kHyphen) && a.doc.token_text(k) != "," && !inner_mark(a, k)) return nullptr;
    if (!word_in(a, k, {"who", "whose"}) || a.doc.token_text(k - 1) != ",") continue;
    return name_before(a, names, k, limit);
  }
  return nullptr;
}

// A name before an apposition that the writer did not close with a comma: "Daniel
// Solorzano, assistant secretary of the ruling party was shot and killed" (wire copy often
// drops the second comma). The apposition opens with a title (after "a", "an", "the" or a
// possessive at most) and tells no clause of its own: no verb, casualty word or punctuation.
const NameSpan* name_before_open_apposition(const Analysis& a, const Names& names, uint32_t end, uint32_t limit) {
  const auto& t = a.doc.tokens;
  if (end <= limit + 2 || !t[end - 1].is(kWord)) return nullptr;
  for (uint32_t k = end - 1; k > limit + 1 && end - k <= kMaxApposition; --k) {
    if (inner_mark(a, k)) continue;
    if (a.doc.token_text(k) == ",") {
      uint32_t b = k + 1;
      if (b < end && word_in(a, b, {"a", "an", "the"})) ++b;
      if (b >= end || !names.is_title(b)) return nullptr;
      const NameSpan* n = name_or_origin_ending_at(a, names, k);
      return n && n->first >= limit ? n : nullptr;
    }
    if ((t[k].is(kPunct) && !t[k].is(kHyphen)) || t[k].is(kNumber) || clause_word(a, k) ||
        (a.token_has(k, lex::kCasualtyWords) && !names.is_title(k)))
      return nullptr;
  }
  return nullptr;
}

// Words that describe a person before the name, "Italian", "U.S. citizen", when a list
// separator stands before them: returns where they start, else `b` (the name's start).
constexpr uint32_t kMaxNameModifiers = 3;
uint32_t before_name_modifiers(const Analysis& a, uint32_t b, uint32_t limit) {
  const auto& t = a.doc.tokens;
  for (uint32_t k = b; k > limit + 1 && b - k < kMaxNameModifiers; --k) {
    uint32_t p = k - 1;
    if (word_is(a, p, "and") || a.doc.token_text(p) == "," || a.doc.token_text(p) == ";") return k < b && lead_ok(a, k, b) ? k : b;
    if (!t[p].is(kWord) || t[p].is(kNumber) || t[p].is(kPossessive)) return b;
  }
  return b;
}

// A name before token i (auxiliaries skipped): "Mayor Pedro Garcia was killed", "Pedro
// Garcia, the town's mayor, was killed", "General Maza, who escaped unhurt".
uint32_t unnamed_last_item(const Analysis& a, uint32_t end, uint32_t limit);
void listed_before(const Analysis& a, const Names& names, uint32_t b, uint32_t limit, std::vector<const NameSpan*>* out);

bool left_name(const Analysis& a, const Names& names, uint32_t i, uint32_t limit, const std::string& effect,
               std::vector<VictimGroup>* out) {
  uint32_t j = i;
  // Quote marks around the verb ("was 'kidnapped'") stand between it and its subject.
  while (j > limit && (auxiliary(a, j - 1) || a.doc.tokens[j - 1].is(kQuote))) --j;
  if (j > limit && word_is(a, j - 1, "who")) --j;
  const NameSpan* n = name_before(a, names, j, limit);
  if (!n) n = name_before_relative(a, names, j, limit);
  if (!n) n = name_before_open_apposition(a, names, j, limit);
  // "A, an employee of X; B, a spokesman for Y; and a worker from Z were kidnapped": the
  // last item of a list separated by semicolons is unnamed, the names before it are listed.
  if (!n) {
    const uint32_t semi = unnamed_last_item(a, j, limit);
    if (semi == 0) return false;
    std::vector<const NameSpan*> list;
    listed_before(a, names, semi + 1, limit, &list);
    for (auto it = list.rbegin(); it != list.rend(); ++it) out->push_back(named_group(a, names, **it, effect));
    return !list.empty();
  }
  if (n->end <= limit) return false;
  // A name that straddles the clause's start was cut by a sentence break read at an initial
  // ("NEWSMAN EMILIANO J. | PACHECO, WHO ..., WAS KIDNAPPED"): its words in this sentence
  // are the subject, named in full.
  if (n->first < limit) {
    if (a.doc.sentence_of[n->first] + 1 != a.doc.sentence_of[limit]) return false;
    VictimGroup v = named_group(a, names, *n, effect);
    v.first = limit;
    v.sentence = a.doc.sentence_of[limit];
    out->push_back(v);
    return true;
  }
  // Earlier names of a coordination: "Pedro Garcia and Juan Lopez were killed".
  std::vector<const NameSpan*> list{n};
  listed_before(a, names, n->title_first, limit, &list);
  for (auto it = list.rbegin(); it != list.rend(); ++it) out->push_back(named_group(a, names, **it, effect));
  return true;
}

// "X was shot on Monday. He died in hospital", "..., where she was wounded": a personal
// pronoun as the subject of a casualty word stands for the person last named, in its
// sentence or the one before (news restates its subject by pronoun right after naming it).
bool pronoun_subject(const Analysis& a, const Names& names, uint32_t i, uint32_t limit, const std::string& effect,
                     std::vector<VictimGroup>* out) {
  uint32_t j = i;
  while (j > limit && (auxiliary(a, j - 1) || a.doc.tokens[j - 1].is(kQuote))) --j;
  if (j <= limit || !word_in(a, j - 1, {"he", "she"})) return false;
  const uint32_t pronoun = j - 1;
  const uint32_t sent = a.doc.sentence_of[pronoun];
  const uint32_t from = a.doc.sentences[sent > 0 ? sent - 1 : sent].first_token;
  auto [lo, hi] = in_tokens(names.all(), from, pronoun);
  for (size_t k = hi; k > lo; --k) {
    const NameSpan& n = names.all()[k - 1];
    if (n.end > pronoun) continue;
    VictimGroup v = named_group(a, names, n, effect);
    v.first = pronoun;  // the words of this mention: the pronoun; the name is the person's
    v.end = pronoun + 1;
    v.sentence = sent;
    out->push_back(v);
    return true;
  }
  return false;
}

// "He was shot dead by gunmen in Karachi", "gunmen shot him dead", "She was kidnapped near
// Kaduna", "They were killed when a shell hit their house": news restates a victim by a
// personal pronoun, as the subject of a passive casualty word or the object of an active
// one, and the person so told was killed, wounded or taken as surely as a counted one
// ("Police said a trader was robbed in Lahore. Two men later shot him dead."). The pronoun
// stands for the nearest person phrase or name that agrees in number in its sentence or the
// one before; none there, "he"/"she" is still one person and "they" some people not counted.
// The pronoun is no victim when that phrase names attackers ("A gunman killed two people
// before police shot him"), and adds nothing when that phrase is already counted for the
// same effect ("Two soldiers were killed ... They were shot dead": one group, not two).
// `object`: the pronoun is token `i`, after an active verb; else it ends the words before
// token `i` (not before `limit`), auxiliaries skipped: "he was", or "shot him" before "dead".
bool pronoun_victim(const Analysis& a, const Names& names, uint32_t i, uint32_t limit, bool object,
                    const std::string& effect, const std::vector<VictimGroup>& earlier, std::vector<VictimGroup>* out) {
  if (effect.empty() || i >= a.doc.tokens.size()) return false;
  uint32_t p = i;
  if (!object) {
    uint32_t j = i;
    while (j > limit && (auxiliary(a, j - 1) || a.doc.tokens[j - 1].is(kQuote))) --j;
    if (j <= limit) return false;
    p = j - 1;
    object = j == i && word_in(a, p, {"him", "her", "them"});  // "shot him dead", "left them wounded"
  }
  const bool one = object ? word_in(a, p, {"him", "her"}) : word_in(a, p, {"he", "she"});
  if (!one && !word_is(a, p, object ? "them" : "they")) return false;
  // "shot him dead": the death is read at "dead", the pronoun before it.
  if (object && effect == "injured" && p + 1 < a.doc.tokens.size() && word_is(a, p + 1, "dead")) return false;
  // "stabbed him to death", "hacked her to death": the wound killed.
  const bool to_death = object && p + 2 < a.doc.tokens.size() && word_is(a, p + 1, "to") && word_is(a, p + 2, "death");
  // "shot her husband": a possessive "her" opens the object, read by right_groups.
  if (word_is(a, p, "her") && p + 1 < a.doc.tokens.size() && a.doc.tokens[p + 1].is(kWord) &&
      !word_in(a, p + 1, {"dead",  "in",   "at",     "on",    "near",   "outside", "inside",    "as",
                          "while", "when", "and",    "after", "before", "with",    "to",        "twice",
                          "again", "from", "during", "late",  "early",  "last",    "yesterday", "today"}))
    return false;
  const uint32_t sent = a.doc.sentence_of[p];
  const uint32_t from = a.doc.sentences[sent > 0 ? sent - 1 : sent].first_token;
  VictimGroup v;
  v.first = p;  // the words of this mention: the pronoun, unless the antecedent is beside it
  v.end = p + 1;
  v.sentence = sent;
  v.effect = to_death ? "killed" : effect;
  v.count = one ? 1 : -1;
  v.head = one ? "person" : "people";
  v.target_kind = "civilians";
  uint32_t ant_first = 0, ant_end = 0;  // the antecedent's words, when one agrees
  auto [lo, hi] = in_tokens(a.agents, from, p);
  for (size_t k = hi; k > lo; --k) {
    const AgentMention& g = a.agents[k - 1];
    if (g.end > p) continue;
    const VictimGroup like = group_from_agent(a, g, g.end, effect);
    if ((like.count == 1) != one) continue;  // "gunmen shot him": not the gunmen
    if (like.attackers) return false;        // "before police shot him": the gunman
    v.count = like.count;
    v.vague = like.vague;
    v.head = like.head;
    v.target_kind = like.target_kind;
    v.nationality = like.nationality;
    ant_first = g.first, ant_end = g.end;
    break;
  }
  if (one) {  // a named person after that phrase is nearer: "the mayor, Juan Perez, ..."
    auto [nlo, nhi] = in_tokens(names.all(), std::max(from, ant_end), p);
    for (size_t k = nhi; k > nlo; --k) {
      const NameSpan& n = names.all()[k - 1];
      if (n.end > p) continue;
      const VictimGroup named = named_group(a, names, n, effect);
      v.name = named.name;
      v.head = named.head;
      if (!named.target_kind.empty()) v.target_kind = named.target_kind;
      ant_first = n.title_first, ant_end = n.end;
      break;
    }
  }
  // In its own sentence the antecedent's words name the victim ("The mayor was leaving a
  // meeting when gunmen shot him dead": the mayor); from the sentence before, the pronoun
  // keeps the victim with the act it tells.
  if (ant_end > ant_first && a.doc.sentence_of[ant_first] == sent) v.first = ant_first, v.end = ant_end;
  // Already counted: the antecedent's own words, or a group of as many people just told for
  // the same effect ("X, a former commander, died in hospital. Gunmen shot him on Monday").
  // A person counted dead is not wounded too: "Gunmen killed a local official. He was shot
  // in the head" tells how he died.
  auto counted = [&](const VictimGroup& g) {
    if (g.attackers || !(g.effect == v.effect || (v.effect == "injured" && g.effect == "killed"))) return false;
    return (ant_end > ant_first && g.first < ant_end && g.end > ant_first) || (v.count > 0 && g.count == v.count);
  };
  for (const VictimGroup& g : *out)
    if (counted(g)) return false;
  // The victims of the last sentences stand at the end of the layer built so far.
  for (auto it = earlier.rbegin(); it != earlier.rend() && it->sentence + 1 >= sent; ++it)
    if (counted(*it)) return false;
  out->push_back(v);
  return true;
}

// One attacker killed or wounded, told by words [first, end) with head word `head`: his death
// is counted apart from the victims' (GTD nkillter).
VictimGroup one_attacker(uint32_t first, uint32_t end, uint32_t sentence, const std::string& effect,
                         std::string_view head) {
  VictimGroup v;
  v.first = first;
  v.end = end;
  v.sentence = sentence;
  v.effect = effect;
  v.count = 1;
  v.head = std::string(head);
  v.attackers = true;
  return v;
}

// "A gunman killed three people ... before he was shot dead by police", "... and was killed
// before being shot dead": "he"/"she", or no subject at all after "before"/"after" + "being",
// as the subject of a death stands for the one attacker who opens the sentence (or the
// sentence before, for a pronoun), whose death is counted apart (GTD nkillter; ACLED
// fatalities add it back). The attacker phrase must name one person ("a gunman").
bool pronoun_attacker(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect,
                      std::vector<VictimGroup>* out) {
  if (effect != "killed") return false;
  uint32_t j = i;
  while (j > limit && (auxiliary(a, j - 1) || a.doc.tokens[j - 1].is(kQuote))) --j;
  if (j <= limit) return false;
  const bool pronoun = word_in(a, j - 1, {"he", "she"});
  const bool gerund = word_in(a, j - 1, {"before", "after"}) && word_is(a, j, "being");
  if (!pronoun && !gerund) return false;
  const uint32_t sent = a.doc.sentence_of[j - 1];
  const AgentMention* subject = nullptr;
  for (uint32_t s = sent; !subject && s + (pronoun ? 2 : 1) > sent; --s) {
    auto [lo, hi] = a.in_sentence(a.agents, s);
    if (lo < hi && a.agents[lo].end < j) subject = &a.agents[lo];
    if (s == 0) break;
  }
  if (!subject || !attacker_agent(a, *subject)) return false;
  if (!word_in(a, subject->first, {"a", "an", "the", "one"})) return false;  // one person
  const std::string_view w = a.doc.norm(subject->head_end - 1);
  if (w.back() == 's' || w.ends_with("men")) return false;
  const uint32_t first = pronoun ? j - 1 : j;  // the pronoun, or "being"
  out->push_back(one_attacker(first, first + 1, sent, effect, w));
  return true;
}

// "A Palestinian who stabbed two soldiers near Hebron was shot dead at the scene", "a man who
// opened fire on worshippers was killed by police": one person whose relative clause tells a
// violent act (its verb a casualty word or a violent event's, not a passive) is its doer; his
// death is an attacker's, counted apart (GTD nkillter).
constexpr uint32_t kMaxRelativeAct = 20;  // "who stabbed two Israeli soldiers near Hebron on Friday"
bool relative_attacker(const Analysis& a, uint32_t i, uint32_t limit, const std::string& effect,
                       std::vector<VictimGroup>* out) {
  if (effect != "killed") return false;
  uint32_t j = i;
  while (j > limit && auxiliary(a, j - 1)) --j;
  for (uint32_t k = j; k > limit + 1 && j - k < kMaxRelativeAct; --k) {
    if (a.doc.tokens[k - 1].is(kPunct) && !a.doc.tokens[k - 1].is(kHyphen)) return false;
    if (!word_is(a, k - 1, "who")) continue;
    uint32_t verb = k;
    while (verb < j && word_in(a, verb, {"had", "has", "have", "allegedly", "reportedly", "then", "later"})) ++verb;
    if (verb >= j) return false;
    // The act is violent: a casualty word, or an event of a violent kind ("arrested" is not).
    bool violent = a.token_has(verb, lex::kCasualtyWords);
    auto [elo, ehi] = in_tokens(a.events, verb, verb + 1);
    for (size_t e = elo; e < ehi && !violent; ++e)
      violent = a.lex.table(lex::kKinds).get(a.events[e].kind_row, "violent") == "1";
    if (!violent) return false;
    // One person before "who": "a gunman", "the Palestinian", "a knifeman" (a demonym or a
    // noun of a doer's shape, listed or not), after "a", "an" or "the" and a few modifiers.
    const uint32_t noun = k - 2;
    const std::string_view w = a.doc.norm(noun);
    if (w.back() == 's' || w.ends_with("men") || !a.doc.tokens[noun].is(kWord)) return false;
    if (!agent_ending_at(a, k - 1) && !a.token_has(noun, lex::kCountries) && !person_shape(w)) return false;
    uint32_t b = noun;
    while (b > limit && noun - b < kMaxGroupModifiers && !word_in(a, b, {"a", "an", "the"}) &&
           a.doc.tokens[b - 1].is(kWord) && !a.doc.tokens[b - 1].is(kNumber))
      --b;
    if (!word_in(a, b, {"a", "an", "the"})) return false;
    out->push_back(one_attacker(b, k - 1, a.doc.sentence_of[b], effect, w));
    return true;
  }
  return false;
}

// The ";" before the unnamed last item of a list that ends at token `end`: "; and a worker
// from Pediaroz" (words only, "and" then a determiner or a number), else 0.
uint32_t unnamed_last_item(const Analysis& a, uint32_t end, uint32_t limit) {
  for (uint32_t k = end; k > limit + 1 && end - k < kMaxApposition; --k) {
    const uint32_t p = k - 1;
    if (a.doc.token_text(p) == ";")
      return k + 1 < end && word_is(a, k, "and") &&
                     (a.doc.tokens[k + 1].is(kNumber) || word_in(a, k + 1, {"a", "an", "the", "one", "two", "three"}))
                 ? p
                 : 0;
    if (a.doc.tokens[p].is(kPunct) && !a.doc.tokens[p].is(kHyphen)) return 0;
  }
  return 0;
}

// Names listed before token b (a list item's start), appended to `list` from the nearest
// back: "A, B and C", "A; B, the secretary; and C", "A as well as B".
void listed_before(const Analysis& a, const Names& names, uint32_t b, uint32_t limit, std::vector<const NameSpan*>* out) {
  std::vector<const NameSpan*>& list = *out;
  auto sep = [&](uint32_t k) { return word_is(a, k, "and") || a.doc.token_text(k) == "," || a.doc.token_text(k) == ";"; };
  while (b > limit + 1 && list.size() < kMaxListNames) {
    // "Spaniard A, Frenchman B and Italian C": a nationality or trade before a listed name.
    b = before_name_modifiers(a, b, limit);
    // "..., as well as their cook, Elba Ramos": a possessive before the name's title.
    if (b > limit + 1 && names.is_title(b) && word_in(a, b - 1, {"his", "her", "their"})) --b;
    // "A, B and C" / "A as well as B" / "A along with B": back over the separators.
    uint32_t e = b - 1;
    if (b > limit + 1 && sep(b - 1)) {
      // "A, the secretary; and B": a comma or semicolon before "and" is part of it.
      if (word_is(a, e, "and") && e > limit && sep(e - 1)) --e;
    } else if (b > limit + 4 && word_is(a, b - 3, "as") && word_is(a, b - 2, "well") && word_is(a, b - 1, "as")) {
      e = b - 3;
    } else if (b > limit + 3 && word_in(a, b - 2, {"along", "together"}) && word_is(a, b - 1, "with")) {
      e = b - 2;
    } else {
      break;
    }
    const NameSpan* p = sep(e) ? name_before(a, names, e + 1, limit) : nullptr;
    if (!p) p = name_before(a, names, e, limit);
    if (!p) break;
    list.push_back(p);
    b = p->title_first;
  }
}

// A phrase of the targets table (a building, a vehicle, an installation) ends at token `end`.
bool target_noun_ends_at(const Analysis& a, uint32_t end) {
  const std::vector<Hit>& hits = table_hits(a, lex::kTargets);
  auto [lo, hi] = in_tokens(hits, end > kMaxPhraseTokens ? end - kMaxPhraseTokens : 0, end);
  for (size_t i = lo; i < hi; ++i)
    if (hits[i].end == end) return true;
  return false;
}

// A name after token i: "killed Mayor Pedro Garcia", "the murder of Attorney General
// Roberto Garcia Alvarado", "kidnapped the son of ..." is not the son's name (stops at "of").
bool right_name(const Analysis& a, const Names& names, uint32_t i, uint32_t limit, const std::string& effect,
                bool subset, std::vector<VictimGroup>* out) {
  const auto& t = a.doc.tokens;
  uint32_t j = i;
  while (j < limit && (t[j].is(kQuote) || word_in(a, j, {"the", "a", "an", "former", "late"}))) ++j;
  const NameSpan* n = names.starting_in(j, std::min(limit, j + kMaxNameLead + kMaxApposition + 1));
  // "identified the dead men as Salvador Bonilla, 38, and ...": a name given with an age is
  // a person's whatever the lexicon knows of its words.
  NameSpan aged;
  if (!n && aged_list_item(a, j, limit, &aged)) n = &aged;
  if (!n || n->first >= limit) return false;
  if (!lead_ok(a, j, n->title_first, n->title_first < n->first)) return false;
  // "the murder of the social democratic leaders, President X decided ...": after a plural
  // noun and a comma, a name is one of the people counted only as an item of a list of
  // names; a single name with its verb after it is the subject of the next clause.
  if (n->title_first > j + 1 && a.doc.token_text(n->title_first - 1) == "," && n->end < limit &&
      a.doc.token_text(n->end) != "," && !word_is(a, n->end, "and") && a.doc.token_text(n->end) != ";") {
    const uint32_t p = n->title_first - 2;  // the word before the comma
    if (a.doc.tokens[p].is(kWord) && !a.doc.tokens[p].is(kPossessive) && a.doc.norm(p).size() > 3 &&
        a.doc.norm(p).back() == 's' && (a.token_has_any(p, (1u << lex::kCommonWords) | (1u << lex::kAgents))))
      return false;
  }
  // "attacked the oil well Isla Tabaco": a name right after a physical target's noun is the
  // target's, not a person's.
  if (n->title_first == n->first && n->first > j && target_noun_ends_at(a, n->first)) return false;
  // "attacking the Cano Limon-Covenas pipeline": an untitled name before a physical target's
  // noun names the target.
  if (n->title_first == n->first && n->end < limit) {
    const std::vector<Hit>& targets = table_hits(a, lex::kTargets);
    auto [tlo, thi] = in_tokens(targets, n->end, n->end + 1);
    if (tlo < thi) return false;
  }
  // "the attack on President X's home": the possessor owns the target, the victim is not named.
  if (n->end < limit && a.doc.tokens[n->end].is(kPossessive)) return false;
  name_list(a, names, *n, limit, effect, subset, out);
  return true;
}

// "Gunmen attacked the home of Senator X", "an attack on the residence of the vice president
// of the assembly, Y": an armed assault on a person's home is an assault on the person, who
// is its human target whatever the outcome (MUC-4 lists the owner; GTD codes the attacked
// person). A bomb or other device set at a home ("a bomb attack on the house of X") targets
// the building: the owner is not named a victim then.
bool home_owner(const Analysis& a, const Names& names, const Hit& h, uint32_t limit, std::vector<VictimGroup>* out) {
  if (h.first > 0 && a.token_has(h.first - 1, lex::kWeapons)) return false;  // "bomb attack on", "grenade attack on"
  uint32_t j = h.end;
  while (j < limit && word_in(a, j, {"the", "a", "an", "private"})) ++j;
  // "the attack on President X's residence": the possessor's home.
  if (const NameSpan* n = names.starting_in(j, std::min(limit, j + kMaxNameLead + 1));
      n && n->end + 1 < limit && a.doc.tokens[n->end].is(kPossessive) && lead_ok(a, j, n->title_first) &&
      word_in(a, n->end + 1, {"home", "house", "residence", "private"})) {
    out->push_back(named_group(a, names, *n, ""));
    return true;
  }
  if (j + 2 >= limit || !word_in(a, j, {"home", "homes", "house", "houses", "residence", "residences"}) ||
      !word_is(a, j + 1, "of"))
    return false;
  return right_name(a, names, j + 2, limit, "", false, out);
}

// The token after "of" when a date or a place follows token i and "of" follows it ("[on
// 26 February] of", "[last week] of", "[in Guatemala] of"), else 0.
uint32_t of_after_adjunct(const Analysis& a, uint32_t i, uint32_t limit) {
  uint32_t j = i;
  if (j < limit && word_in(a, j, {"on", "in", "during"})) ++j;
  if (j > i && word_is(a, i, "in")) {
    auto [plo, phi] = in_tokens(a.places, j, j + 1);
    for (size_t p = plo; p < phi; ++p)
      if (a.places[p].end + 1 < limit && word_is(a, a.places[p].end, "of")) return a.places[p].end + 1;
  }
  auto [lo, hi] = in_tokens(a.dates, j > 0 ? j - 1 : j, j + 1);  // "last week" may start at "last"
  for (size_t d = lo; d < hi; ++d) {
    const DateMention& m = a.dates[d];
    if (m.first > j || m.end <= j) continue;
    uint32_t e = m.end;
    if (e + 1 < limit && word_is(a, e, "of")) return e + 1;
  }
  return 0;
}

// Names of a group's members right after it: "six Jesuit priests, Ignacio Ellacuria, ...":
// listed as victims, counted with the group (subsets).
void named_members(const Analysis& a, const Names& names, uint32_t i, uint32_t limit, const std::string& effect,
                   std::vector<VictimGroup>* out) {
  uint32_t j = i;
  bool including = false;
  while (j < limit && (a.doc.token_text(j) == "," || a.doc.token_text(j) == ":" || a.doc.token_text(j) == "(" ||
                       word_in(a, j, {"including", "among", "them", "namely", "named", "called"}))) {
    including |= word_in(a, j, {"including", "among", "namely"});
    ++j;
  }
  // "killing nine people, including the well-known union leader X": after "including" the
  // member may have modifiers before the name, as after a verb.
  if (including) {
    right_name(a, names, j, limit, effect, true, out);
    return;
  }
  // "the two murdered women, the cook X and her daughter Y": a determiner before the
  // first member's title.
  const NameSpan* n = names.starting_in(j, std::min(limit, j + 1));
  if (j > i && j + 1 < limit && word_is(a, j, "the") && names.is_title(j + 1)) {
    const NameSpan* m = names.starting_in(j + 1, std::min(limit, j + 2 + kMaxNameLead));
    if (m && m->title_first == j + 1) n = m, ++j;
  }
  if (!n || n->title_first != j) {
    // "injuring a guard named Barroso": after a naming verb one name word is a name (news
    // gives a single surname or given name this way).
    if (j > i && word_in(a, j - 1, {"named", "called"})) {
      uint32_t e = j;
      while (e < limit && e - j < kMaxNameTokens && names.name_word(e)) ++e;
      if (e > j) {
        VictimGroup v = named_group(a, names, NameSpan{j, e, j}, effect);
        v.subset = true;
        out->push_back(v);
      }
    }
    return;
  }
  name_list(a, names, *n, limit, effect, true, out);
}

// "shot", "stabbed", "beaten": a verb that wounds whom it hits. Without an object it tells
// the doers' act ("the police shot in the air"), not people wounded, as "three soldiers
// wounded in an ambush" does.
bool wounding_verb(const Analysis& a, const Hit& h) {
  return h.end == h.first + 1 &&
         word_in(a, h.first, {"shot", "shoots", "stabbed", "stabs", "hacked", "beat", "beaten"});
}

// "killed and wounded", "dead or injured", "wounded and killed": a casualty word joined
// to one of the other effect by "and"/"or" (hit h is the first of the two). SPEC section 3:
// such a total is neither a death toll nor an injury count.
bool mixed_effects(const Analysis& a, const Hit& h, const Table& words) {
  std::string_view e1 = words.get(h.row, "effect");
  if (e1 != "killed" && e1 != "injured") return false;
  if (!word_in(a, h.end, {"and", "or"})) return false;
  const std::vector<Hit>& hits = table_hits(a, lex::kCasualtyWords);
  auto x = std::lower_bound(hits.begin(), hits.end(), h.end + 1, [](const Hit& y, uint32_t t) { return y.first < t; });
  if (x == hits.end() || x->first != h.end + 1) return false;
  std::string_view e2 = words.get(x->row, "effect");
  return (e2 == "killed" || e2 == "injured") && e2 != e1;
}

// Words follow the verb that can be its object: anything but the end of the clause, a
// preposition, an adverb of time or a conjunction.
bool has_object(const Analysis& a, uint32_t i, uint32_t limit) {
  if (i >= limit || a.doc.tokens[i].is(kPunct)) return false;
  return !word_in(a, i, {"in", "on", "at", "near", "when", "after", "during", "as", "by", "while", "since", "and", "or",
                         "but", "yesterday", "today", "tonight", "overnight", "earlier", "later", "last", "this", "early",
                         "late", "outside", "inside", "across", "along", "from", "with", "without", "before", "following",
                         "over", "under", "between", "around", "within", "there", "here", "so", "because", "according",
                         "including", "to", "for", "of", "until", "amid", "against", "into", "last", "have",
                         "has", "had", "were", "was", "are", "is"});
}

// "wound" and "wounds" are nouns as often as verbs: after a determiner, a possessive, a
// number, "from" or "of", or a word naming what made them ("gunshot wounds", "stab
// wounds"), they name injuries, not an act with an object ("died from gunshot wounds,
// X said": X is no victim).
bool wound_noun(const Analysis& a, const Hit& h) {
  if (h.end != h.first + 1 || h.first == 0 || !word_in(a, h.first, {"wound", "wounds"})) return false;
  const uint32_t p = h.first - 1;
  return a.doc.tokens[p].is(kNumber) || a.doc.tokens[p].is(kPossessive) ||
         word_in(a, p, {"from", "of", "with", "his", "her", "their", "its", "the", "a", "these", "those", "gunshot",
                        "bullet", "stab", "knife", "shrapnel", "machete", "head", "chest", "multiple", "serious",
                        "severe", "minor", "fatal", "light", "mortal", "several", "two", "three", "superficial"});
}

// The second word of "killed and wounded": the pair was read at its first word.
bool second_of_mixed(const Analysis& a, const Hit& h, const Table& words) {
  if (h.first < 2 || !word_in(a, h.first - 1, {"and", "or"})) return false;
  const std::vector<Hit>& hits = table_hits(a, lex::kCasualtyWords);
  auto x = std::lower_bound(hits.begin(), hits.end(), h.first - 1, [](const Hit& y, uint32_t t) { return y.end < t; });
  return x != hits.end() && x->end == h.first - 1 && mixed_effects(a, *x, words);
}

// A group without a number followed by its members' names ("the following policemen
// died: Major A, Captain B, ...") counts as many as the names listed; a group with a
// number keeps it and the names are its members (ACLED and GTD count people once).
void count_named_members(std::vector<VictimGroup>* groups) {
  bool uncounted_group = false, named_subsets = false;
  for (const VictimGroup& g : *groups) {
    if (g.name.empty() && !g.subset) uncounted_group |= g.count < 0;
    if (g.name.empty() && !g.subset && g.count >= 0) return;
    named_subsets |= !g.name.empty() && g.subset;
  }
  if (!uncounted_group || !named_subsets) return;
  for (VictimGroup& g : *groups) {
    if (g.name.empty()) g.subset = true;
    else g.subset = false;
  }
}

// A death that a protest is about ("hundreds protested against the death of a student in
// police custody"): the cause of the protest, not a casualty of it (ACLED codes a
// demonstration's own fatalities only). A noun that names an act of its own ("over the
// assassination of Justice X") keeps its victim: that act is an incident of its own.
bool protest_topic(const Analysis& a, const Hit& h) {
  if (a.token_has(h.first, lex::kTriggers)) return false;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[h.first]];
  uint32_t k = h.first;
  while (k > s.first_token && h.first - k < 3 &&
         word_in(a, k - 1, {"the", "alleged", "recent", "suspicious", "brutal", "reported"}))
    --k;
  if (k <= s.first_token || !word_in(a, k - 1, {"against", "over", "protesting", "denouncing", "decrying"}))
    return false;
  const Table& triggers = a.lex.table(lex::kTriggers);
  const std::vector<Hit>& hits = table_hits(a, lex::kTriggers);
  auto x = std::lower_bound(hits.begin(), hits.end(), s.first_token,
                            [](const Hit& y, uint32_t t) { return y.first < t; });
  for (; x != hits.end() && x->first < s.end_token; ++x) {
    std::string_view kind = triggers.get(x->row, "kind");
    if (kind == "protest" || kind == "violent_protest" || kind == "riot") return true;
  }
  return false;
}

// "Hold" names captors only: "the police are holding X" keeps a detainee, "we hold X
// responsible" blames someone. Hit h is a named verb whose named object ends at `end`.
constexpr uint32_t kMaxHolderLead = 6;  // "the National Police are holding"
bool not_a_captive(const Analysis& a, const Hit& h, uint32_t end, uint32_t sentence_first) {
  bool hold = false;
  for (uint32_t k = h.first; k < h.end; ++k) hold |= word_in(a, k, {"hold", "holds", "holding", "held"});
  if (!hold) return false;
  if (end < a.doc.tokens.size() && word_in(a, end, {"responsible", "accountable", "liable", "in", "for"})) {
    // "holding X in custody / for questioning": a detainee; "in" a place is a captive's
    // whereabouts, so only custody words count.
    if (!word_is(a, end, "in")) return true;
    if (end + 1 < a.doc.tokens.size() && word_in(a, end + 1, {"custody", "detention", "jail", "prison", "contempt"}))
      return true;
  }
  const Table& agents = a.lex.table(lex::kAgents);
  const uint32_t from = h.first > sentence_first + kMaxHolderLead ? h.first - kMaxHolderLead : sentence_first;
  auto [lo, hi] = in_tokens(a.agents, from, h.first);
  for (size_t i = lo; i < hi; ++i) {
    if (a.agents[i].country_row >= 0) continue;
    std::string_view kind = agents.get(a.agents[i].row, "target_kind");
    if (kind == "police" || kind == "military") return true;
  }
  for (uint32_t k = from; k < h.first; ++k) {
    if (k >= a.actor_at.size() || a.actor_at[k] < 0) continue;
    const ActorMention& m = a.actors[size_t(a.actor_at[k])];
    if (a.lex.table(lex::kActors).get(m.row, "kind") == "state") return true;
  }
  return false;
}

// "X was hit by three bullets", "the reporter was struck by a sniper's bullet": a person
// named as the subject of a passive "hit"/"struck" whose striker is a weapon or an
// attacker was attacked, whatever the outcome (MUC-4 lists such people as human targets);
// "hit by a car", "struck by the crisis" tell no attack. Token `by` is "by".
constexpr uint32_t kMaxStriker = 4;  // "by [an FMLN] sniper", "by [three] bullets"
void struck_by(Analysis& a, const Names& names, uint32_t by) {
  if (by < 2 || !word_in(a, by - 1, {"hit", "struck"}) || !auxiliary(a, by - 2)) return;
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[by]];
  const uint32_t end = std::min(s.end_token, by + 1 + kMaxStriker);
  bool striker = false;
  const std::vector<Hit>& weapons = table_hits(a, lex::kWeapons);
  auto [wlo, whi] = in_tokens(weapons, by + 1, end);
  striker = wlo < whi;
  auto [glo, ghi] = in_tokens(a.agents, by + 1, end);
  for (size_t g = glo; g < ghi && !striker; ++g)
    striker = a.agents[g].country_row < 0 && a.lex.table(lex::kAgents).get(a.agents[g].row, "class") == "attacker";
  if (!striker) return;
  std::vector<VictimGroup> groups;
  left_name(a, names, by - 1, s.first_token, "", &groups);
  for (VictimGroup& g : groups) {
    g.cue_first = by - 1, g.cue_end = by + 1;
    a.victims.push_back(std::move(g));
  }
}

// Verbs whose object dies when "to death" follows it: "a mob beat a student to death",
// "stabbed two guards to death" (the joined forms "beaten to death" are casualty words).
bool to_death_verb(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"beat", "beats", "beating", "beaten", "stabbed", "stabbing", "hacked", "hacking", "burned",
                        "burnt", "burning", "stoned", "stoning", "clubbed", "tortured", "torturing", "trampled",
                        "kicked", "kicking", "bludgeoned", "battered", "shot", "shooting", "crushed", "put"});
}
// The object of such a verb is a short noun phrase: "beat [the young shopkeeper] to death".
constexpr uint32_t kMaxToDeathObject = 8;

// "Gunmen stormed a church and took 20 worshippers hostage", "held the passengers hostage":
// the people between the verb and "hostage" were abducted (the joined "took hostage" is a
// casualty word of its own). Token `hostage` is "hostage(s)".
void took_hostage(Analysis* a, const Names& names, uint32_t hostage) {
  const auto& t = a->doc.tokens;
  const Sentence& s = a->doc.sentences[a->doc.sentence_of[hostage]];
  for (uint32_t k = hostage; k + kMaxToDeathObject > hostage && k > s.first_token; --k) {
    if (t[k - 1].is(kPunct) && !t[k - 1].is(kHyphen)) return;
    if (!word_in(*a, k - 1,
                 {"took", "take", "takes", "taking", "taken", "held", "hold", "holds", "holding", "kept", "keep",
                  "keeping"}))
      continue;
    if (k == hostage) return;
    // "we do not hold foreigners hostage": a denial, no one taken.
    if (k >= 2 && word_in(*a, k - 2, {"not", "never", "no"})) return;
    // "holding more than 200 hostages": a count of the noun itself, not a complement.
    auto [glo, ghi] = in_tokens(a->agents, k, hostage);
    if (glo == ghi && !names.starting_in(k, hostage)) return;
    std::vector<VictimGroup> groups;
    if (!right_name(*a, names, k, hostage, "abducted", false, &groups))
      right_groups(*a, k, hostage, "abducted", &groups);
    for (VictimGroup& g : groups) {
      g.attackers = false;
      g.cue_first = k - 1, g.cue_end = hostage + 1;
      a->victims.push_back(std::move(g));
    }
    return;
  }
}

// A list whose items are separated by semicolons, some of them unnamed: "injured were: an
// unidentified taxi driver; Elmer X, a young beggar who ...; and Raul Y, a baker". Each
// item is read on its own: its name, if it opens with one.
void semicolon_items(const Analysis& a, const Names& names, uint32_t from, uint32_t limit, const std::string& effect,
                     bool subset, std::vector<VictimGroup>* out) {
  size_t items = 0;
  for (uint32_t b = from; b < limit && items < kMaxListNames; ++items) {
    uint32_t e = b;
    bool semicolon = false;
    while (e < limit && !(semicolon = a.doc.token_text(e) == ";")) ++e;
    if (!semicolon && items == 0) return;  // no semicolon list
    uint32_t k = b;
    while (k < e && word_in(a, k, {"and", "also"})) ++k;
    right_name(a, names, k, e, effect, subset, out);
    b = e + 1;
  }
}

constexpr uint32_t kMaxIncludingLead = 12;  // "killed nine people [in Beirut on Tuesday], including"

// People who shared the fate of those just named: "X was found dead along with Gilda Flores,
// a member of ...", "the mayor was kidnapped together with his driver, Y" (people of their
// own, counted with the others).
void companions_after(const Analysis& a, const Names& names, const Hit& h, uint32_t end, const std::string& effect,
                      std::vector<VictimGroup>* groups) {
  if (groups->empty() || effect.empty()) return;
  uint32_t after = h.end;
  for (const VictimGroup& g : *groups) after = std::max(after, g.end);
  for (uint32_t k = after; k + 2 < end && k < after + kMaxIncludingLead; ++k) {
    if (word_in(a, k, {"along", "together"}) && word_is(a, k + 1, "with")) {
      std::vector<VictimGroup> named;
      uint32_t from = after_relation(a, k + 2, end);
      // "the mayor was killed along with his driver": a relation with no name is a person too.
      if (!right_name(a, names, from, end, effect, false, &named))
        unnamed_relatives(a, names, k + 2, end, effect, false, &named);
      for (VictimGroup& v : named) groups->push_back(std::move(v));
      return;
    }
    if (a.doc.tokens[k].is(kPunct) && a.doc.token_text(k) != ",") return;
    if (a.lex.has(a.doc.tokens[k].hash, lex::kCasualtyWords) || a.lex.has(a.doc.tokens[k].hash, lex::kTriggers))
      return;  // another act's words
  }
}

// Names read beside a group already found to the left of casualty word h, in its sentence
// [first, end): news names the people it has just counted in three common shapes.
//  - The names as subject of a copula whose complement is the group: "Jeffrey Ball and Ray
//    Wilson were the missionaries killed" (the names restate the group: subsets).
//  - A name coordinated with the group: "labour leader X and seven other people were
//    killed" (a person of their own, summed with the group).
//  - Names after ", including" later in the clause: "three people were injured, including
//    U.S. citizen Brenda X, 41", "killed nine people in Beirut, including editor X" (subsets).
void names_beside_groups(const Analysis& a, const Names& names, const Hit& h, uint32_t first, uint32_t end,
                         const std::string& effect, std::vector<VictimGroup>* groups) {
  if (groups->empty() || effect.empty()) return;
  uint32_t g0 = h.first, after = h.end;
  bool left = true;
  for (const VictimGroup& g : *groups) {
    if (!g.name.empty() || g.total) return;
    left &= g.first < h.first;
    g0 = std::min(g0, g.first);
    after = std::max(after, g.end);
  }
  std::vector<VictimGroup> named;
  if (left && g0 > first + 1 && word_in(a, g0, {"the", "those"}) && word_in(a, g0 - 1, {"were", "are", "was", "is"})) {
    // The names are the people the group counts: its figure is theirs.
    if (left_name(a, names, g0, first, effect, &named)) {
      for (VictimGroup& v : named) v.subset = true;
      for (VictimGroup& g : *groups)
        if (g.count < 0) g.count = int64_t(named.size());
    }
  } else if (left && g0 > first + 1 && word_is(a, g0 - 1, "and")) {
    left_name(a, names, g0 - 1, first, effect, &named);
  } else if (uint32_t one = word_is(a, g0, "one") && word_is(a, g0 + 1, "of") ? g0 : g0 >= 2 ? g0 - 2 : g0;
             left && one > first + 1 && word_is(a, one, "one") && word_is(a, one + 1, "of") &&
             a.doc.token_text(one - 1) == ",") {
    // "Ignacio Ellacuria, one of the six Jesuits murdered on 16 November, ...": the name
    // before the apposition is one of the people the group counts.
    if (left_name(a, names, one, first, effect, &named))
      for (VictimGroup& v : named) v.subset = true;
  }
  if (named.empty()) {
    for (uint32_t k = after; k + 1 < end && k < after + kMaxIncludingLead; ++k) {
      if (a.doc.token_text(k) == "," && word_is(a, k + 1, "including")) {
        right_name(a, names, k + 2, end, effect, true, &named);
        break;
      }
      if (a.doc.tokens[k].is(kPunct) && a.doc.token_text(k) != ",") break;
      if (k > h.end && (a.lex.has(a.doc.tokens[k].hash, lex::kCasualtyWords) ||
                        a.lex.has(a.doc.tokens[k].hash, lex::kTriggers)))
        break;  // another act's words: its own names
    }
  }
  for (VictimGroup& v : named) groups->push_back(std::move(v));
}

// A definite description that restates a person the report named with that title: "Attorney
// General Mauricio Colorado was aboard ... the attorney general was unhurt", "Businessman X
// ... The wealthy businessman was kidnapped", "Pedro Garcia, the mayor of Achi, ... the mayor
// was shot". News names a person once in full and then by the title alone; the group is that
// person (its name, and its surname as head so that counts do not add it twice). Only a
// singular "the/this [modifiers] TITLE" with no complement after the title is read, and the
// nearest earlier name given that title wins.
constexpr uint32_t kMaxDefiniteLead = 4;  // "the [wealthy] [AEU] leader"
void titled_restatements(Analysis& a, const Names& names) {
  const auto& t = a.doc.tokens;
  // An unnamed definite group of one to four words: the only groups read here. Most
  // documents have none, and then the names (built on first use) are not asked for.
  auto candidate = [&](const VictimGroup& v) {
    return v.name.empty() && !v.total && !v.attackers && v.count <= 1 && v.end - v.first >= 2 &&
           v.end - v.first <= kMaxDefiniteLead && word_in(a, v.first, {"the", "this", "that"});
  };
  if (std::none_of(a.victims.begin(), a.victims.end(), candidate)) return;
  std::vector<std::tuple<uint64_t, uint32_t, uint32_t>> titled;  // title word hash, position, names index
  const std::vector<NameSpan>& all = names.all();
  for (size_t k = 0; k < all.size(); ++k) {
    const NameSpan& n = all[k];
    if (n.title_first < n.first) titled.emplace_back(t[n.first - 1].hash, n.first, uint32_t(k));
    // "Daniel Solorzano, assistant secretary of ...", "Pedro Garcia, the mayor of Achi,".
    uint32_t e = n.end;
    if (e + 1 < t.size() && a.doc.token_text(e) == ",") {
      for (uint32_t i = e + 1; i < t.size() && i <= e + kMaxDefiniteLead; ++i) {
        if ((t[i].is(kPunct) && !t[i].is(kHyphen)) || clause_word(a, i)) break;  // "X, police said the ..."
        if (names.is_title(i)) {
          uint32_t last = i;
          while (last + 1 < t.size() && names.is_title(last + 1)) ++last;
          titled.emplace_back(t[last].hash, n.first, uint32_t(k));
          break;
        }
      }
    }
  }
  if (titled.empty()) return;
  std::sort(titled.begin(), titled.end());
  for (VictimGroup& v : a.victims) {
    if (!candidate(v)) continue;
    const uint32_t head = v.end - 1;
    if (a.doc.norm(head) != v.head) continue;
    bool title = false;  // a title ends the group: "the [attorney general]", "the [newsman]"
    for (uint32_t k = v.first + 1; k <= head && !title; ++k) title = names.title_end(k) == v.end;
    if (!title) continue;
    auto it = std::lower_bound(titled.begin(), titled.end(), std::make_tuple(t[head].hash, v.first, uint32_t(0)));
    if (it == titled.begin()) continue;
    --it;
    if (std::get<0>(*it) != t[head].hash) continue;
    const NameSpan& full = names.full(all[std::get<2>(*it)]);
    v.name = name_text(a, full);
    v.head = std::string(a.doc.norm(full.end - 1));
    v.count = 1;
  }
}

}  // namespace

// "Two teenagers were among the dead", "Two policemen were among those wounded", "Three
// soldiers were among those who died": the subject of "be among" a casualty group the
// report does not count names people of it, and their own count is the figure the report
// gives ("A boy was among five people killed" counts the whole: left_groups). Returns the
// subject's end (before "be"), or 0.
uint32_t among_uncounted_end(const Analysis& a, uint32_t i, uint32_t limit) {
  uint32_t k = i;
  // "among the dead", "among those wounded": one phrase of the casualty table, read at its
  // "among"; "among those who died / who were killed" at the verb.
  if (!word_is(a, k, "among")) {
    while (k > limit && auxiliary(a, k - 1)) --k;
    if (k <= limit + 3 || !word_in(a, k - 1, {"who", "that"}) || !word_is(a, k - 2, "those") ||
        !word_is(a, k - 3, "among"))
      return 0;
    k -= 3;
  }
  uint32_t e = k;
  bool be = false;
  for (; e > limit && auxiliary(a, e - 1); --e) be |= word_in(a, e - 1, {"was", "were", "is", "are", "been", "be"});
  return be ? e : 0;
}

// "Militants shot dead a migrant worker in Shopian. The victim was identified as Rahul
// Kumar": a name identifying the one person just counted names that person, no second
// victim (the name goes to the group; its words stay the group's).
void name_the_one_victim(Analysis* a, uint32_t sent, const std::string& effect, std::vector<VictimGroup>* groups) {
  if (groups->size() != 1 || (*groups)[0].name.empty() || a->victims.empty()) return;
  VictimGroup& last = a->victims.back();
  if (last.sentence + 1 < sent || last.count != 1 || !last.name.empty() || last.attackers || last.subset ||
      last.effect != effect)
    return;
  last.name = (*groups)[0].name;
  groups->clear();
}

void find_casualties(Analysis* a) {
  const Table& words = a->lex.table(lex::kCasualtyWords);
  const auto& t = a->doc.tokens;
  a->victims.clear();
  const Names names(*a);
  const int effect_col = words.column("effect"), form_col = words.column("form");  // once, not per hit
  for (const Hit& h : table_hits(*a, lex::kCasualtyWords)) {
    std::string effect(words.get(h.row, effect_col));
    std::string_view form = words.get(h.row, form_col);
    if (form == "given_name" || form == "surname" || form == "title") continue;
    if (second_of_mixed(*a, h, words)) continue;  // counted with the first ("killed and wounded")
    if (wound_noun(*a, h)) continue;  // "died from gunshot wounds": a noun, no act
    if (form == "noun" && protest_topic(*a, h)) continue;
    uint32_t sent = a->doc.sentence_of[h.first];
    const Sentence& s = a->doc.sentences[sent];
    std::vector<VictimGroup> groups;
    bool uncounted_whole = false;  // "were among the dead": no figure for the whole
    // Passive when a form of "be" (or "get") precedes among the auxiliaries: "were
    // killed", "was reportedly killed"; "also killed", "have killed" are active.
    bool passive = false;
    for (uint32_t k = h.first; k > s.first_token && (auxiliary(*a, k - 1) || t[k - 1].is(kQuote)); --k)
      passive |= word_in(*a, k - 1, {"was", "were", "been", "be", "being", "is", "are", "get", "got"});
    // "were tortured and murdered", "was kidnapped and later killed": a participle joined
    // to a passive one shares its subject, which stands before the first.
    uint32_t subject_end = h.first;
    if (!passive && h.first >= 3 && word_in(*a, h.first - 1, {"and", "or"}) && !t[h.first - 2].is(kPunct)) {
      uint32_t k = h.first - 2;  // the first participle (one word)
      bool aux = false;
      for (uint32_t m = k; m > s.first_token && auxiliary(*a, m - 1); --m)
        aux |= word_in(*a, m - 1, {"was", "were", "been", "be", "being", "is", "are", "get", "got"});
      if (aux) {
        passive = true;
        subject_end = k;
      }
    }
    const NameSpan* possessor = h.first >= 2 && a->doc.tokens[h.first - 1].is(kPossessive) ? names.ending_at(h.first - 1) : nullptr;
    if (form == "none") {
      // "No one was hurt", "causing no casualties": zero, with the words as evidence (SPEC
      // section 3: value 0 when the text says none died; ACLED fatalities 0).
      for (const char* e : {"killed", "injured"}) {
        if (effect != "casualties" && effect != e) continue;
        VictimGroup v;
        v.first = h.first;
        v.end = h.end;
        v.sentence = sent;
        v.effect = e;
        v.count = 0;
        v.head = "none";  // never a restatement of a counted group
        v.total = true;   // a figure for the whole incident, not a group of people
        groups.push_back(v);
      }
    } else if (possessor) {
      // "Galan's murder", "the mayor's kidnappers", "Garcia's kidnapping": the possessor is the victim.
      groups.push_back(named_group(*a, names, *possessor, effect));
    } else if (form == "possessed") {
      // Without a named possessor these nouns say nothing countable (GTD: no figure invented),
      // but a date may stand between the noun and its "of": "the murder on 26 February of
      // Mayor X", "the assassination last week of Senator Y" name the victim.
      if (uint32_t of = of_after_adjunct(*a, h.end, s.end_token)) right_name(*a, names, of, s.end_token, effect, false, &groups);
    } else if (const uint32_t among = form == "noun" || form == "named_noun" || effect.empty()
                                          ? 0
                                          : among_uncounted_end(*a, h.first, s.first_token)) {
      uncounted_whole = true;
      if (!left_name(*a, names, among, s.first_token, effect, &groups))
        left_groups(*a, among, s.first_token, effect, &groups);
    } else if (form == "identifies") {
      // "The victims were Pedro Garcia and ...": the people of the group just counted.
      if (effect.empty()) {
        const VictimGroup* last = a->victims.empty() ? nullptr : &a->victims.back();
        if (last && last->sentence + 1 >= sent && !last->effect.empty()) effect = last->effect;
      }
      uint32_t from = h.end;
      while (from < s.end_token && word_in(*a, from, {"here", "there", "are", "were", "is", "was", "include", "included",
                                                       "persons", "people"}))
        ++from;  // "one of the injured persons is X"
      if (!effect.empty()) right_name(*a, names, from, s.end_token, effect, true, &groups);
      name_the_one_victim(a, sent, effect, &groups);
    } else if (form == "assault") {
      // "Soldiers raped 15 women", "a woman was raped by two soldiers": the people assaulted
      // are the victims, listed with no effect (no death or wound is told: nothing invented).
      if (passive) {
        if (!left_name(*a, names, subject_end, s.first_token, effect, &groups))
          left_groups(*a, subject_end, s.first_token, effect, &groups);
      } else if (!right_name(*a, names, h.end, s.end_token, effect, false, &groups)) {
        right_groups(*a, h.end, s.end_token, effect, &groups);
      }
    } else if (effect.empty() || form == "named_verb" || form == "named_noun") {
      // An attack on a person, whatever its outcome ("the attack on Senator X", "gunmen
      // fired at Judge Y"): MUC-4 lists attacked people as human targets; only named
      // people are kept here, the groups attacked are targets (extract/events).
      // "X became a victim of ...", "Y fell victim to ...": the subject is the person attacked.
      if (form == "intransitive" || (form != "noun" && form != "named_noun" && passive))
        left_name(*a, names, subject_end, s.first_token, effect, &groups);
      else if (!right_name(*a, names, h.end, s.end_token, effect, false, &groups) && effect.empty())
        home_owner(*a, names, h, s.end_token, &groups);
      if (form == "named_verb" && !groups.empty() && not_a_captive(*a, h, groups.back().end, s.first_token))
        groups.clear();
    } else if (form == "noun") {
      if (!right_name(*a, names, h.end, s.end_token, effect, false, &groups) &&
          right_groups(*a, h.end, s.end_token, effect, &groups))
        named_members(*a, names, groups.back().end, s.end_token, effect, &groups);
    } else if (form == "adjective" || form == "intransitive" || passive) {
      if (left_name(*a, names, subject_end, s.first_token, effect, &groups)) {
      } else if (pronoun_subject(*a, names, subject_end, s.first_token, effect, &groups)) {
      } else if (pronoun_attacker(*a, subject_end, s.first_token, effect, &groups)) {
      } else if (relative_attacker(*a, subject_end, s.first_token, effect, &groups)) {
      } else if (pronoun_victim(*a, names, subject_end, s.first_token, false, effect, a->victims, &groups)) {
      } else if (left_groups(*a, subject_end, s.first_token, effect, &groups)) {
        elliptical_groups(*a, h.end, s.end_token, &groups);  // "were killed in Kharkiv and two in Sumy"
      } else if (form == "adjective") {
        // "the wounded", "a number of wounded": a vague group with no head.
        const NumberMention* n = number_ending_at(*a, h.first);
        if (!n && h.first >= 1 && word_is(*a, h.first - 1, "of")) n = number_ending_at(*a, h.first - 1);
        if (n) {
          groups.push_back(group_from_count(*a, *n, effect));
          groups.back().end = h.end;
        }
      }
    } else if (form == "counted") {
      // "recovered 26 bodies", "the blast caused 12 deaths", "40 fatalities": a counted noun
      // of the dead names the dead themselves; uncounted ("the deaths shocked the town") it
      // names no group.
      // Whose dead they were the noun does not say ("WE HAD 6 DEATHS" of an army's losses).
      if (const NumberMention* n = number_ending_at(*a, h.first)) {
        groups.push_back(group_from_count(*a, *n, effect));
        groups.back().end = h.end;
        groups.back().target_kind.clear();
      }
    } else if (wounding_verb(*a, h) && word_in(*a, h.end, {"down", "back", "up", "off", "out", "into"})) {
      // "shot down a helicopter", "beat back an attack", "hacked into": another verb, no wound.
    } else {
      // Active verb: the victims follow; the words before are the perpetrators.
      if (right_name(*a, names, h.end, s.end_token, effect, false, &groups)) {
      } else if (right_groups(*a, h.end, s.end_token, effect, &groups)) {
        if (effect == "killed") armed_objects_as_victims(*a, h.end, &groups);
        named_members(*a, names, groups.back().end, s.end_token, effect, &groups);
      } else if (h.end < s.end_token &&
                 pronoun_victim(*a, names, h.end, s.end_token, true, effect, a->victims, &groups)) {
        // "gunmen shot him dead", "kidnapped her near Kaduna": the object pronoun.
      } else if (uint32_t of = of_after_adjunct(*a, h.end, s.end_token);
                 of && right_name(*a, names, of, s.end_token, effect, false, &groups)) {
        // "the killing last week of Maria Lopez": the gerund's object after a date.
      } else if (!has_object(*a, h.end, s.end_token) && !wounding_verb(*a, h)) {
        // "20 killed", "three soldiers killed in an ambush", "John Jones, kidnapped by the
        // ELN": the verb used as an adjective. With an object after it ("gunmen shot dead
        // the mayor of ...") the words before it are the killers.
        if (!left_name(*a, names, h.first, s.first_token, effect, &groups))
          left_groups(*a, h.first, s.first_token, effect, &groups);
      }
    }
    // "Gunmen shot two policemen dead", "stabbed a guard to death": words after the object of
    // a wounding verb tell a death, read at "dead" and by the "to death" pass below.
    if (form == "verb" && effect == "injured" && !passive && !groups.empty() && groups.back().first >= h.end &&
        groups.back().effect == "injured") {  // (pronoun_victim reads "him to death" itself)
      const uint32_t e = groups.back().end;
      if (word_is(*a, e, "dead") || (word_is(*a, e, "to") && word_is(*a, e + 1, "death"))) groups.clear();
    }
    // "A policeman was shot in the head and died in hospital": the people wounded died.
    if (form == "verb" && effect == "injured" && !groups.empty()) {
      constexpr uint32_t kMaxDiedAfter = 10;  // "was shot in the chest and later died"
      bool joined = false;
      for (uint32_t k = h.end; k < s.end_token && k < h.end + kMaxDiedAfter; ++k) {
        joined |= word_is(*a, k, "and");
        if (joined && word_in(*a, k, {"died", "succumbed"})) {
          for (VictimGroup& g : groups) g.effect = "killed";
          break;
        }
      }
    }
    if (form == "verb" || form == "adjective" || form == "intransitive")
      if (!possessor) names_beside_groups(*a, names, h, s.first_token, s.end_token, effect, &groups);
    if (form == "verb" || form == "adjective" || form == "intransitive")
      if (!possessor) companions_after(*a, names, h, s.end_token, effect, &groups);
    // "Seven soldiers were killed and wounded": one figure for both effects is neither a
    // death toll nor an injury count (SPEC section 3); both stay unknown, with the words
    // as evidence.
    if (mixed_effects(*a, h, words) && !groups.empty()) {
      std::vector<VictimGroup> both;
      for (VictimGroup& g : groups) {
        if (!g.name.empty()) continue;
        g.count = -1;
        g.vague = true;
        for (const char* e : {"killed", "injured"}) {
          VictimGroup c = g;
          c.effect = e;
          both.push_back(c);
        }
      }
      for (VictimGroup& g : groups)
        if (!g.name.empty()) both.push_back(g);
      groups.swap(both);
    }
    // "The injured were Heriberto Lopez, 53; ...", "those who were kidnapped are ...", "the
    // dead men were identified as ...": a copula or "as" shortly after the casualty word
    // introduces the names of the people it counts.
    if (form != "identifies" && form != "none" && !effect.empty() && !possessor) {
      for (uint32_t k = h.end; k < s.end_token && k < h.end + kMaxNameLead; ++k) {
        if (a->doc.tokens[k].is(kPunct)) break;
        if (!word_in(*a, k, {"are", "were", "was", "is", "as"})) continue;
        // "The dead woman was identified as ...": a definite phrase points back at people
        // already counted, so the names are its members.
        bool restates = !groups.empty() || (h.first > s.first_token && word_in(*a, h.first - 1, {"the", "this"}));
        if (k + 1 < s.end_token) right_name(*a, names, k + 1, s.end_token, effect, restates, &groups);
        break;
      }
    }
    // "The following policemen died in combat: Major ..., Captain ...": the names after a
    // colon are the group's members.
    if (form != "identifies" && !effect.empty()) {
      for (uint32_t k = h.end; k < s.end_token && k < h.end + kMaxNameLead; ++k) {
        if (a->doc.token_text(k) != ":") continue;
        if (!right_name(*a, names, k + 1, s.end_token, effect, !groups.empty(), &groups))
          semicolon_items(*a, names, k + 1, s.end_token, effect, !groups.empty(), &groups);
        break;
      }
    }
    count_named_members(&groups);
    // "including three children": subsets of a group already counted (SPEC section 3: no
    // double counting).
    for (VictimGroup& g : groups) {
      // ("was among five people killed" names the whole, its subject the part.)
      for (uint32_t k = g.first >= 3 ? g.first - 3 : 0; k < g.first; ++k)
        if (word_in(*a, k, {"including", "among", "includes", "include"}) &&
            !(k > 0 && word_is(*a, k, "among") && word_in(*a, k - 1, {"was", "were", "is", "are"})))
          g.subset = true;
      // "A ten-year-old boy was among five people killed": one of the group told after.
      if (!uncounted_whole && g.end + 1 < s.end_token && word_in(*a, g.end, {"was", "were", "is", "are"}) &&
          word_is(*a, g.end + 1, "among"))
        g.subset = true;
    }
    for (VictimGroup& g : groups) {
      // "The victims were X": the word points back, no act of its own.
      if (form != "identifies") g.cue_first = h.first, g.cue_end = h.end;
      a->victims.push_back(std::move(g));
    }
  }
  // "VERB OBJECT to death": the object was killed (ACLED and GTD count every death the
  // report gives; the verb and "to death" enclose the victims).
  static constexpr uint64_t kTo = hash_form("to"), kDeath = hash_form("death"), kBy = hash_form("by");
  static constexpr uint64_t kHostage = hash_form("hostage"), kHostages = hash_form("hostages");
  // The scan runs over every token: the bound and the tokens' address read once (the
  // loop body calls out, so the compiler would reload them per token).
  const Token* const toks = t.data();
  const size_t ntoks = t.size();
  // The next "by", "to" or "hostage(s)" from token i on: a loop of its own, so its registers
  // are not spilled around the calls of the body (which runs on a few tokens in a hundred).
  const Token* const last = toks + (ntoks > 0 ? ntoks - 1 : 0);  // the scan stops before it
  // One bit test per token rejects nearly every other word (a filter on the hash's low
  // bits, as WordSet's) before the four compares.
  static constexpr auto cue_bit = [](uint64_t h) { return uint64_t(1) << ((h >> 1) & 63); };
  static constexpr uint64_t kCueFilter = cue_bit(kBy) | cue_bit(kTo) | cue_bit(kHostage) | cue_bit(kHostages);
  auto next_cue = [toks, ntoks, last](uint32_t i) {
    const Token* p = toks + std::min<size_t>(i, ntoks);
    for (; p < last; ++p) {
      const uint64_t h = p->hash;
      if (!(kCueFilter & cue_bit(h))) continue;
      if (h == kBy || h == kTo || h == kHostage || h == kHostages) break;
    }
    return uint32_t(p - toks);
  };
  for (uint32_t i = next_cue(1); i + 1 < ntoks; i = next_cue(i + 1)) {
    if (toks[i].hash == kBy) {
      struck_by(*a, names, i);
      continue;
    }
    if (toks[i].hash == kHostage || toks[i].hash == kHostages) {
      took_hostage(a, names, i);
      continue;
    }
    if (toks[i].hash != kTo || toks[i + 1].hash != kDeath) continue;
    const Sentence& s = a->doc.sentences[a->doc.sentence_of[i]];
    for (uint32_t k = i; k + kMaxToDeathObject > i && k > s.first_token; --k) {
      if (t[k - 1].is(kPunct) && !t[k - 1].is(kHyphen)) break;
      if (!to_death_verb(*a, k - 1)) continue;
      if (k == i) break;  // "beaten to death": a casualty word of its own
      std::vector<VictimGroup> groups;
      if (!right_name(*a, names, k, i, "killed", false, &groups)) right_groups(*a, k, i, "killed", &groups);
      for (VictimGroup& g : groups) {
        g.attackers = false;  // the object is the victim, even "a suspected thief"
        g.cue_first = k - 1, g.cue_end = i + 2;  // "beat ... to death"
        a->victims.push_back(std::move(g));
      }
      break;
    }
  }
  // Tolls: "the death toll rose to 20" (SPEC section 3: an explicit update replaces the
  // earlier figure; ACLED codes the latest report).
  const Table& tolls = a->lex.table(lex::kTollWords);
  for (const Hit& h : table_hits(*a, lex::kTollWords)) {
    if (tolls.get(h.row, "kind") != "update") continue;
    bool toll_before = false;
    const Sentence& s = a->doc.sentences[a->doc.sentence_of[h.first]];
    // "The death toll from Sunday's bombing of a church in Kaduna has risen to 23": the toll
    // may be told with the act it counts before its verb.
    constexpr uint32_t kMaxTollSubject = 14;
    for (uint32_t k = h.first >= kMaxTollSubject ? h.first - kMaxTollSubject : 0; k < h.first; ++k)
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
      v.cue_first = h.first, v.cue_end = h.end;
      a->victims.push_back(v);
      break;
    }
  }
  titled_restatements(*a, names);
  (void)t;
  // Often in order already: a stable sort of sorted groups changes nothing, and moving
  // them (five strings each) through its buffer is not free.
  auto by_first = [](const VictimGroup& x, const VictimGroup& y) { return x.first < y.first; };
  if (!std::is_sorted(a->victims.begin(), a->victims.end(), by_first))
    std::stable_sort(a->victims.begin(), a->victims.end(), by_first);
}

}  // namespace sitrep
