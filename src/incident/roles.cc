#include "incident/roles.h"

#include <algorithm>
#include <set>

#include "extract/actors.h"
#include "extract/events.h"
#include "extract/hits.h"
#include "incident/counts.h"
#include "text/normalize.h"

namespace sitrep {

namespace {

// How far a subject may stand before its verb ("gunmen [riding motorcycles] opened fire") and
// an object after it ("attacked [the main gate of] the embassy"), in tokens, inside one clause.
constexpr uint32_t kSubjectGap = 6;
constexpr uint32_t kObjectGap = 4;
// "an attack [carried out] by X", "was shot [today near downtown Bogota] by X".
constexpr uint32_t kByGap = 8;
// "was intercepted by [four individuals on two motorcycles and] shot dead", "disappeared
// [today when the vehicle in which he was traveling was] intercepted by X": a passive
// verb's doer and a trigger of the same sentence, across a coordination or a clause.
constexpr uint32_t kPassiveAgentGap = 16;

// A passive auxiliary just before a verb mention: "were killed", "was reportedly attacked".
bool passive_verb(const Analysis& a, const EventMention& e) {
  if (e.noun || e.first == 0) return false;
  static const std::initializer_list<std::string_view> kAux = {"was", "were", "been", "being", "be",
                                                               "is",  "are",  "got",  "get"};
  // A trigger phrase that holds its auxiliary ("were shot", "been shot"): "protesters were
  // shot by police" names the protesters as the ones shot.
  if (e.end > e.first + 1 && word_in(a, e.first, kAux) && !a.doc.norm(e.first + 1).ends_with("ing")) return true;
  // "is bombing", "were shelling": a form of "be" before a present participle is the
  // progressive of an active verb, whose subject is its doer.
  if (a.doc.norm(e.first).ends_with("ing")) return false;
  if (word_in(a, e.first - 1, kAux)) return true;
  return e.first >= 2 && word_in(a, e.first - 2, kAux) &&
         word_in(a, e.first - 1, {"reportedly", "allegedly", "also", "later", "then", "apparently", "partially",
                                  "partly", "completely", "totally", "seriously", "badly", "not"});
}

// How many tokens a place or time told after a passive participle may take before its agent:
// "was attacked [in Envigado, 10 km from Medellin,] by", "were shot dead [on Monday in
// Jalalabad, the provincial capital,] by".
constexpr uint32_t kSetOffPhrase = 14;

// The participle before a place or time set off by a comma ending at `comma`, right before
// "by": "was attacked in Envigado, 10 km from Medellin, by an individual", "were shot dead on
// Monday in Jalalabad, the capital of the province, by gunmen". News puts where and when the
// act happened between the passive verb and its doer; a verb, a conjunction or another "by"
// in between ends the search ("was shot in Cali, and his driver was hurt, by ..." finds no
// participle). `comma` when there is none.
uint32_t participle_before_set_off_phrase(const Analysis& a, uint32_t comma) {
  for (uint32_t j = comma; j > 2 && comma - j < kSetOffPhrase;) {
    --j;
    const Token& t = a.doc.tokens[j];
    if (t.is(kPunct) && !t.is(kHyphen) && a.doc.token_text(j) != ",") return comma;
    if (word_in(a, j,
                {"and",  "or",   "but", "who", "which", "that", "whom", "when",    "while", "after", "before", "as",
                 "said", "says", "by",  "had", "has",   "have", "if",   "because", "was",   "were",  "is",     "are"}))
      return comma;
    if (!word_in(a, j, {"in", "on", "at", "near", "outside", "inside", "during", "along"})) continue;
    uint32_t v = j - 1;  // the participle before the preposition ("shot dead on")
    if (word_in(a, v, {"dead", "down"}) && v > 1) --v;
    if (a.doc.tokens[v].is(kPunct) || a.doc.tokens[v].is(kNumber)) continue;
    if (word_in(a, v - 1, {"was", "were", "been", "being", "is", "are", "be", "got", "get"})) return v;
  }
  return comma;
}

// The agent of a passive verb: "was intercepted by four individuals", "were abducted
// apparently by heavily armed men". Words [first, ...) follow "by", which follows a
// participle after a form of "be" (adverbs between allowed). Verbs that report, condemn or
// respond ("was reported by the police", "were rescued by troops") do not make the doer.
// The passive participle's token, or UINT32_MAX when the words are no such agent.
uint32_t passive_agent_verb(const Analysis& a, uint32_t first) {
  constexpr uint32_t kNo = UINT32_MAX;
  if (first < 3 || !word_is(a, first - 1, "by")) return kNo;
  static const std::initializer_list<std::string_view> kAdverbs = {
      "apparently", "allegedly", "reportedly", "presumably", "probably", "possibly", "evidently", "later",
      "then", "also", "brutally", "savagely", "cowardly", "mortally", "seriously", "fatally", "immediately"};
  uint32_t v = first - 2;
  int skipped = 0;
  while (v > 0 && skipped < 2 && word_in(a, v, kAdverbs)) { --v; ++skipped; }
  if (v > 0 && a.doc.token_text(v) == ",") v = participle_before_set_off_phrase(a, v);
  if (v == 0 || a.doc.tokens[v].is(kPunct) || a.doc.tokens[v].is(kNumber)) return kNo;
  // "was set off by", "was blown up by": a particle after the participle.
  if (v > 1 && word_in(a, v, {"off", "up"})) --v;
  uint32_t aux = v - 1;
  while (aux > 0 && aux + 3 > v && word_in(a, aux, kAdverbs)) --aux;
  if (!word_in(a, aux, {"was", "were", "been", "being", "is", "are", "be", "got", "get"})) return kNo;
  if (has_cue(a, v, v + 1, "say") || has_cue(a, v, v + 1, "comment")) return kNo;
  return word_in(a, v, {"arrested", "detained", "captured", "rescued", "released", "freed", "found", "discovered",
                         "defused", "deactivated", "dismantled", "seized", "identified", "seen", "treated", "taken",
                         "accompanied", "escorted", "guarded", "protected", "surrounded", "repelled", "repulsed",
                         "replaced", "led", "headed", "commanded", "formed", "backed", "supported", "received",
                         "visited", "interviewed", "questioned", "investigated", "ordered", "sent", "called"})
             ? kNo
             : v;
}
bool passive_agent(const Analysis& a, uint32_t first) { return passive_agent_verb(a, first) != UINT32_MAX; }

bool has_word_between(const Analysis& a, uint32_t b, uint32_t e, std::initializer_list<std::string_view> words) {
  for (uint32_t i = b; i < e; ++i)
    if (word_in(a, i, words)) return true;
  return false;
}

// "Two men on a motorcycle killed", "gunmen in a pickup truck opened fire": the vehicle or
// place the doers were on, right before their verb, describes them; it is no phrase of its
// own that would cut them from the verb. Tokens [b, e) end with such a phrase: "on"/"in"/
// "aboard", at most a determiner or number, and a phrase of the targets table ending at e.
bool vehicle_phrase_only(const Analysis& a, uint32_t b, uint32_t e) {
  const std::vector<Hit>& targets = table_hits(a, lex::kTargets);
  for (uint32_t i = b; i < e; ++i) {
    if (!word_in(a, i, {"on", "in", "aboard"})) continue;
    uint32_t j = i + 1;
    if (j < e && (word_in(a, j, {"a", "an", "the", "two", "three", "four", "several"}) || a.doc.tokens[j].is(kNumber))) ++j;
    auto [lo, hi] = in_tokens(targets, j, j + 1);
    for (size_t k = lo; k < hi; ++k)
      if (targets[k].end == e) return !has_word_between(a, b, i, {"on", "by", "against"});
    return false;
  }
  return false;
}

// "a young man approached her and shot her": words [.., end) right before a verb of their
// own ("approached"), with its object and "and" before the trigger at `trigger`, are the
// subject of both verbs. The object of the first verb is not ("rescued 190 passengers and
// killed": the passengers stand right before "and").
bool subject_of_first_verb(const Analysis& a, uint32_t end, uint32_t trigger) {
  if (trigger < end + 3 || !word_in(a, trigger - 1, {"and", "then"})) return false;
  const Token& t = a.doc.tokens[end];
  if (t.is(kPunct) || t.is(kNumber) || a.lex.has(t.hash, lex::kAgents) || (end < a.actor_at.size() && a.actor_at[end] >= 0))
    return false;
  if (word_in(a, end, {"and", "or", "but", "then", "of", "in", "on", "at", "to", "by", "for", "with", "from", "who",
                       "which", "that", "whom", "were", "was", "are", "is", "had", "have", "has", "said", "says", "the",
                       "a", "an", "as", "near", "after", "before", "when", "while", "wounded", "injured", "killed"}))
    return false;
  // News tells the act in the past tense: the first verb is a past form ("approached",
  // "stopped", "broke into"), not a noun ("a military operation rescued ... and killed").
  std::string_view w = a.doc.norm(end);
  return (w.size() > 3 && w.ends_with("ed")) ||
         word_in(a, end, {"broke", "burst", "came", "went", "drove", "rode", "ran", "took", "got", "stole", "threw",
                          "drew", "held", "shot", "hit", "struck", "fought"});
}

// Words after a preposition of place or direction are no subject: "an attack on a hotel in
// the capital killed nine" (the hotel did not kill). Nor are words after a verb of aiming:
// "a car bomb targeting a police convoy killed two officers", "a drone strike that targeted
// an army post" (the convoy and the post were struck, like the words after "aimed at").
bool after_place_preposition(const Analysis& a, uint32_t first) {
  uint32_t b = first;
  while (b > 0 && first - b < 3 && word_in(a, b - 1, {"the", "a", "an", "its", "their"})) --b;
  return b > 0 && word_in(a, b - 1,
                          {"on", "against", "at", "near", "outside", "inside", "into", "targeting", "targetting",
                           "targeted", "targetted"});
}

// Verbs whose object is the act itself, named by an event noun or a gerund: "X carried out
// the attack", "X committed the murder", "X were responsible for the bombing", "X ordered the
// killing", "the air force began bombing", "X launched an offensive".
// Their subject did the act (or, with "responsible", "behind", "ordered", is held to have
// done it: MUC-4 fills PERP with the accused as with the doers).
bool act_verb_before_noun(const Analysis& a, uint32_t end, uint32_t trigger) {
  static const std::initializer_list<std::string_view> kAux = {
      "was", "were", "is", "are", "been", "be", "had", "have", "has", "allegedly", "reportedly", "apparently",
      "presumably", "possibly", "probably", "directly", "also", "who", "that", "all", "both", "personally"};
  uint32_t i = end;
  while (i < trigger && word_in(a, i, kAux)) ++i;
  if (i >= trigger) return false;
  uint32_t v = i;
  if (word_in(a, v, {"carried", "carry", "carries", "carrying"}) && word_is(a, v + 1, "out")) {
    i = v + 2;
  } else if (word_in(a, v, {"committed", "commit", "commits", "perpetrated", "perpetrate", "perpetrates", "staged",
                            "stage", "stages", "ordered", "order", "orders", "masterminded", "planned", "executed",
                            "behind", "claimed", "launched", "launch", "launches", "mounted", "conducted",
                            "unleashed", "began", "begin", "begins", "started", "start", "starts", "resumed",
                            "continued"})) {
    i = v + 1;
  } else if (word_in(a, v, {"responsible", "involved", "participated", "guilty", "implicated", "accused", "suspected",
                            "charged", "blamed", "arrested", "detained", "convicted", "sentenced", "tried"}) &&
             word_in(a, v + 1, {"for", "in", "of", "with"})) {
    // "the officers accused of the murder", "two men arrested for the bombing": the
    // accused and the suspects (MUC-4 PERP: ORGANIZATION CONFIDENCE "SUSPECTED OR ACCUSED").
    i = v + 2;
  } else if (word_in(a, v, {"took", "take", "takes"}) && word_is(a, v + 1, "part") && word_is(a, v + 2, "in")) {
    i = v + 3;
  } else if (word_in(
                 a, v,
                 {"responded", "respond", "responds", "retaliated", "retaliate", "retaliates", "replied", "reacted"}) &&
             word_in(a, v + 1, {"with", "by"})) {
    // "Israel responded with airstrikes on Gaza City", "the army retaliated by shelling
    // rebel positions": the second move of a tit-for-tat is the subject's own act. After
    // "by" a gerund may launch it: "retaliated by firing dozens of rockets".
    i = v + 2;
    if (word_is(a, v + 1, "by") && i < trigger && a.doc.norm(i).ends_with("ing")) {
      ++i;
      auto [nlo, nhi] = in_tokens(a.numbers, i, i + 1);
      if (nlo < nhi) i = std::max(i, a.numbers[nlo].end);
      if (i < trigger && word_is(a, i, "of")) ++i;
    }
  } else {
    return false;
  }
  while (i < trigger && word_in(a, i, {"the", "a", "an", "this", "that", "these", "those", "its", "their"})) ++i;
  return i == trigger;
}

// How far before the act's noun a blame verb may stand: "blamed [the] attack", "attributed
// [the latest] bombing".
constexpr uint32_t kBlameGap = 3;

// Words at `first` follow "on"/"to" (determiners between allowed) and the event noun at
// `trigger` is the object of a blame verb ("blamed", "attributed": cues.tsv claim
// attributed) just before it: "police blamed the attack on rebels".
bool blamed_on(const Analysis& a, uint32_t trigger, uint32_t first) {
  uint32_t b = first;
  while (b > trigger && first - b < 2 && word_in(a, b - 1, {"the", "a", "an"})) --b;
  if (b <= trigger + 1 || !word_in(a, b - 1, {"on", "to"})) return false;
  return has_cue(a, trigger > kBlameGap ? trigger - kBlameGap : 0, trigger, "claim", "attributed");
}

// Words [first, end) are the object of a blame verb (cues.tsv claim attributed: "accused",
// "blamed", "held responsible") and the event noun at `trigger` follows "of"/"for"
// (determiners between allowed): "accused the army of the massacre".
bool blamed_for(const Analysis& a, uint32_t first, uint32_t end, uint32_t trigger) {
  uint32_t i = end;
  if (word_is(a, i, "responsible")) ++i;
  if (!word_in(a, i, {"of", "for"})) return false;
  ++i;
  while (i < trigger && word_in(a, i, {"the", "a", "an", "this", "that", "these", "those", "its", "their"})) ++i;
  if (i != trigger) return false;
  uint32_t b = first;
  while (b > 0 && first - b < 2 && word_in(a, b - 1, {"the", "a", "an"})) --b;
  return b > 0 && has_cue(a, b > 2 ? b - 2 : 0, b, "claim", "attributed");
}

// The doers of a nominal trigger, "an attack by X militants [on a hotel]": what follows "on"
// is the act's target, not their vehicle (issue 5: "an attack by X on Y").
bool doer_of_noun_trigger(const Analysis& a, uint32_t first) {
  uint32_t by = first;
  while (by > 0 && first - by < 5 && !word_is(a, by - 1, "by") && !a.doc.tokens[by - 1].is(kPunct)) --by;
  if (by < 2 || !word_is(a, by - 1, "by")) return false;
  auto [lo, hi] = in_tokens(a.events, by > 4 ? by - 4 : 0, by);
  for (size_t i = lo; i < hi; ++i)
    if (a.events[i].end == by - 1 && a.events[i].noun) return true;
  return false;
}

// An act of strength 2 or more of the scope's incident told in sentence `s` before token `p`.
bool incident_act_before(const IncidentScope& sc, uint32_t s, uint32_t p) {
  for (uint32_t i : sc.mx.by_sentence[s])
    if (sc.mx.cluster_of[i] == int(sc.c) && sc.a.events[i].end < p && sc.a.events[i].strength >= 2) return true;
  return false;
}

// An event noun opening an "after"/"following" phrase, after an act of the incident told
// before it in its sentence, names an earlier act that led to it ("rioters looted shops
// after the killing of civilians by rebels", "troops raided the camp following the murder
// of a chief by bandits"): the doers of that noun did the earlier act, not this one. After
// a mere consequence ("five soldiers were killed after an attack by rebels") the phrase
// tells the act itself.
bool earlier_act_noun(const IncidentScope& sc, const EventMention& e, uint32_t s) {
  const Analysis& a = sc.a;
  if (!e.noun) return false;
  uint32_t p = e.first;
  while (p > 0 && e.first - p < 2 &&
         word_in(a, p - 1, {"the", "a", "an", "this", "that", "its", "their", "his", "her"}))
    --p;
  if (p == 0 || !word_in(a, p - 1, {"after", "following"})) return false;
  return incident_act_before(sc, s, p);
}

// Words at `first` after "by" are the doers of such an earlier act's noun in their sentence,
// whether or not the noun is a mention ("the killing of civilians" names no event of its own).
// "Militants stormed a checkpoint in Mastung on Monday, hours after a bomb killed two
// policemen in Quetta", "settlers torched homes in Huwara, hours after two Israelis were shot
// dead nearby": the people of a clause whose acts belong to another incident did those acts,
// and a time clause ("after", "before", "when" ...) between them and this incident's act
// in the sentence tells two acts apart. (Coordinated acts, "killed three and kidnapped
// five", share their doers.)
bool doer_across_time_clause(const IncidentScope& sc, uint32_t tok) {
  const Analysis& a = sc.a;
  const uint32_t s = a.doc.sentence_of[tok];
  if (s >= sc.mx.by_sentence.size()) return false;
  // Cheap tests first: most sentences tell one incident's acts, and most have no time word.
  bool other = false;
  int32_t own = -1;  // this incident's first act in the sentence
  for (uint32_t e : sc.mx.by_sentence[s]) {
    if (a.events[e].generic) continue;
    if (sc.mx.cluster_of[e] == int(sc.c)) {
      if (own < 0) own = int32_t(a.events[e].first);
    } else {
      other |= sc.mx.cluster_of[e] >= 0;
    }
  }
  if (!other || own < 0) return false;
  bool time_word = false;
  const uint32_t x = std::min(tok, uint32_t(own)), y = std::max(tok, uint32_t(own));
  for (uint32_t k = x + 1; k < y && !time_word; ++k)
    time_word = word_in(a, k, {"after", "before", "following", "since", "when", "while"});
  if (!time_word) return false;
  for (uint32_t e : sc.mx.by_sentence[s]) {
    const EventMention& m = a.events[e];
    if (m.generic || sc.mx.cluster_of[e] < 0 || !same_clause(a, tok, m.first)) continue;
    if (sc.mx.cluster_of[e] == int(sc.c)) return false;
  }
  for (uint32_t e : sc.mx.by_sentence[s]) {
    const EventMention& m = a.events[e];
    if (!m.generic && sc.mx.cluster_of[e] >= 0 && sc.mx.cluster_of[e] != int(sc.c) && same_clause(a, tok, m.first))
      return true;
  }
  return false;
}

bool doer_of_earlier_act(const IncidentScope& sc, uint32_t first) {
  const Analysis& a = sc.a;
  if (first > 0 && word_in(a, first - 1, {"the", "a", "an"})) --first;  // "by the ADF"
  if (first < 3 || !word_is(a, first - 1, "by")) return false;
  const uint32_t s = a.doc.sentence_of[first];
  if (s >= sc.mx.by_sentence.size()) return false;
  const uint32_t sfirst = a.doc.sentences[s].first_token;
  for (uint32_t k = first - 1; k > sfirst && first - k <= kByGap + 3; --k) {
    if (a.doc.tokens[k - 1].is(kPunct)) return false;
    if (!word_in(a, k - 1, {"after", "following"})) continue;
    uint32_t n = k;
    while (n < first && word_in(a, n, {"the", "a", "an", "this", "that", "its", "their", "his", "her"})) ++n;
    if (n >= first - 1 || !a.token_has(n, lex::kTriggers)) return false;
    return incident_act_before(sc, s, k);
  }
  return false;
}

}  // namespace

// Nouns of the places where fighters hold out: words right before one name its holders
// ("FMLN positions", "rebel camps", "army bases"), who own the place attacked.
constexpr WordSet kHeldPlaces{
    "position", "positions", "camp", "camps", "base", "bases", "stronghold", "strongholds",
    "hideout", "hideouts", "trench", "trenches", "encampment", "encampments", "redoubt", "redoubts"};

namespace {
// A side that withdrew, pulled out, retreated or fled gave the place up; when the sentence
// says another side took it, the one leaving did not do the act: "Islamic State fighters
// seized Mosul after Iraqi army forces withdrew from the city", "after the troops pulled out
// of their base, rebels took it" (ACLED codes the side that took over as actor 1). `e` is a
// verb mention; its subject is the words before it.
bool left_to_others(const Analysis& a, const EventMention& e) {
  if (e.noun || !word_in(a, e.first,
                         {"withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "pulled", "pull", "pulls",
                          "pulling", "abandoned", "evacuated", "vacated", "retreated", "fled"}))
    return false;
  const Sentence& sent = a.doc.sentences[e.sentence];
  for (uint32_t k = sent.first_token; k < sent.end_token; ++k)
    if (word_in(a, k,
                {"took", "seized", "captured", "overran", "overrun", "occupied", "entered", "retook", "recaptured",
                 "regained"}))
      return true;
  return false;
}
}  // namespace

Role role_in_incident(const IncidentScope& sc, uint32_t first, uint32_t end) {
  const Analysis& a = sc.a;
  if (first >= end || end > a.doc.tokens.size()) return Role::kNone;
  uint32_t s = a.doc.sentence_of[first];
  if (s >= sc.mx.by_sentence.size()) return Role::kNone;
  // "the air force is bombing FMLN positions": the holders of the place struck are the
  // side attacked, never the doer, whatever verb stands before them.
  if (end < a.doc.tokens.size() && a.doc.sentence_of[end] == s && word_in(a, end, kHeldPlaces))
    return Role::kPatient;
  bool agent = false, patient = false, object = false;
  // A name of the actor lexicon starts after its article ("killed by the Peruvian army",
  // "attacked by the Shining Path"): "by" stands before the article, as it does before an
  // agent's noun phrase, which holds its article.
  const uint32_t np_first = first > 1 && word_in(a, first - 1, {"the", "a", "an"}) ? first - 1 : first;
  const bool by_agent = passive_agent(a, np_first);
  for (uint32_t i : sc.mx.by_sentence[s]) {
    if (sc.mx.cluster_of[i] != int(sc.c)) continue;
    const EventMention& e = a.events[i];
    if (first < e.end && e.first < end) {
      // The trigger's own words; a verb phrase that opens with them names the striker
      // ("warplanes struck", "a drone hit"): they did it.
      if (!e.noun && first == e.first && end < e.end) return Role::kAgent;
      continue;
    }
    // Who foiled it ("police defused a bomb") did not do it.
    bool foiling = e.status == "foiled" || e.status == "negated";
    // "was intercepted by four individuals on two motorcycles and shot dead": the doer of a
    // passive verb close to the trigger in its sentence did it, whichever verb names the act.
    if (by_agent && !foiling &&
        (end <= e.first ? e.first - end : first - e.end) <= kPassiveAgentGap)
      return Role::kAgent;
    if (!same_clause(a, std::min(end - 1, e.end - 1), std::max(first, e.first))) continue;
    if (end <= e.first) {
      uint32_t gap = e.first - end;
      // "the embassy was attacked": the subject of a passive verb is its patient.
      if (passive_verb(a, e)) {
        if (gap <= 2) return Role::kPatient;
        continue;
      }
      // "X's attack", "FMLN attack", "an FMLN bombing": a modifier of a nominal trigger.
      if (e.noun) {
        if ((gap == 0 || (gap == 1 && (a.doc.norm(end) == "s" || a.doc.norm(end) == "'s"))) && !foiling)
          return Role::kAgent;
        // "the air force is bombing the hills": a gerund after a form of "be" is the
        // progressive of an active verb.
        if (gap >= 1 && gap <= 2 && !foiling && a.doc.norm(e.first).ends_with("ing") &&
            word_in(a, e.first - 1, {"is", "are", "was", "were", "been"}) && !after_place_preposition(a, first) &&
            !has_word_between(a, end, e.first, {"by", "that", "who", "which", "and", "or"}))
          agent = true;
        // "members of the army carried out the murder", "X were responsible for the attack".
        if (gap <= kSubjectGap && !foiling && !after_place_preposition(a, first) &&
            act_verb_before_noun(a, end, e.first))
          agent = true;
        // "accused the army of the massacre", "blamed the rebels for the attack", "held the
        // army responsible for the killing": the one a blame verb lays the act on.
        if (gap <= 4 && !foiling && blamed_for(a, first, end, e.first)) agent = true;
        continue;
      }
      // "The army responded by shelling rebel positions": a gerund told as the way the
      // subject acted is its act.
      if (gap <= kSubjectGap && !foiling && !after_place_preposition(a, first) && act_verb_before_noun(a, end, e.first))
        agent = true;
      // "gunmen opened fire", "the guerrillas yesterday attacked": subject of an active verb,
      // unless a preposition puts the words in a phrase of their own ("attack on X killed"
      // is a noun subject) or the verb is coordinated with an earlier one ("rescued 190
      // passengers and killed 30 militants": the passengers did not kill). A personal pronoun
      // between is the verb's own subject and the words its object, in a relative clause
      // without "that" ("the release of the people they kidnapped", "the man he shot").
      if (gap <= kSubjectGap && !foiling && !after_place_preposition(a, first) && !left_to_others(a, e) &&
          !has_word_between(a, end, e.first, {"by", "against", "that", "who", "which", "said", "says"}) &&
          !has_word_between(a, end, e.first, {"they", "he", "she", "we", "i", "you"}) &&
          (!has_word_between(a, end, e.first, {"on"}) || vehicle_phrase_only(a, end, e.first)) &&
          (!word_in(a, e.first - 1, {"and", "or", "but", "then"}) || subject_of_first_verb(a, end, e.first)))
        agent = true;
      continue;
    }
    // After the trigger.
    uint32_t gap = first - e.end;
    // "killed by X"; not "a convoy escorted by X", "were rescued by X": X guarded or saved
    // the people attacked, unless that verb is the act itself ("were captured by troops").
    // "An attack led by X", "were taken hostage by X" name the doers.
    if (np_first > 1 && word_is(a, np_first - 1, "by") && gap <= kByGap && !foiling && !earlier_act_noun(sc, e, s) &&
        (np_first - 2 < e.end || !word_in(a, np_first - 2,
                                          {"escorted", "guarded", "protected", "accompanied", "surrounded", "rescued",
                                           "repelled", "repulsed", "arrested", "detained", "captured", "defused",
                                           "deactivated", "dismantled", "found", "discovered", "treated"})))
      return Role::kAgent;
    // "blamed the attack on X", "attributed the murder of the judge to X": the act is the
    // object of a blame verb and the words after "on"/"to" name whom it is laid on.
    // Only people or a group (words ending on an agent's or an actor's head) are blamed:
    // "blamed the attack on the police station on X" names its target first.
    if (e.noun && gap <= kByGap && blamed_on(a, e.first, first)) {
      bool doers = end - 1 < a.actor_at.size() && a.actor_at[end - 1] >= 0;
      auto [glo, ghi] = in_tokens(a.agents, first, end);
      for (size_t gi = glo; gi < ghi && !doers; ++gi) doers = a.agents[gi].head_end == end;
      if (doers) return Role::kAgent;
    }
    if (e.noun) {
      // "attack on the embassy", "the bombing of the bridge", "explosion at the station";
      // the doer may stand between: "an attack by X militants on a hotel" (issue 5).
      uint32_t reach = kObjectGap;
      if (e.end < first && word_is(a, e.end, "by")) reach += kByGap;
      if (gap <= reach && gap >= 1 &&
          has_word_between(a, e.end, first, {"on", "against", "of", "at", "in", "near", "outside", "inside", "to"}))
        patient = true;
    } else if (!passive_verb(a, e) && gap <= kObjectGap) {
      // "attacked the embassy", "killing at least 12 people", "set fire to two buses".
      if (!has_word_between(a, e.end, first, {"by", "from", "with", "after", "during"})) {
        patient = true;
        object = true;
      }
    } else if (passive_verb(a, e) && gap <= 1 && word_in(a, e.end, {"at", "in", "near", "outside", "inside"})) {
      patient = true;  // "was planted at the bank"
    }
  }
  // The object of one verb is not the subject of the next ("killing 12 people and wounding 30").
  if (object) return Role::kPatient;
  if (agent) return Role::kAgent;
  return patient ? Role::kPatient : Role::kNone;
}

namespace {

// An attacker phrase naming an organisation rather than people: "the drug mafia", "a
// drug trafficking organization", "the cartels". MUC-4 fills PERP: ORGANIZATION ID with
// them, GTD gname: a perpetrator, not attackers.
bool organisation_agent(const Analysis& a, const AgentMention& g) {
  return g.head_end > g.head_first &&
         word_in(a, g.head_end - 1, {"cartel", "cartels", "mafia", "mafias", "organization", "organizations",
                                     "organisation", "organisations", "syndicate", "syndicates", "gang", "gangs",
                                     "ring", "rings"});
}

// Verbs by which doers handle a weapon ("threw a bomb", "set off 5 kg of dynamite",
// "planted explosives"): the act is told by the weapon's words, not by a trigger.
const std::initializer_list<std::string_view> kWeaponVerbs = {
    "threw", "throw", "hurled", "tossed", "lobbed", "planted", "placed", "left", "detonated", "set", "activated",
    "dropped", "fired", "launched", "exploded", "blew"};
// Passive participles of an approach or an act with a weapon ("was intercepted by four
// individuals", "the bomb was placed by a young man") whose agent did the incident told in
// the sentences around them.
const std::initializer_list<std::string_view> kPassiveActs = {
    "intercepted", "approached", "stopped", "ambushed", "surprised", "accosted", "chased", "assaulted", "attacked",
    "placed", "planted", "thrown", "hurled", "tossed", "left", "detonated", "set", "activated", "fired", "launched"};
// How far a weapon may follow its verb: "threw [a powerful] bomb", "set off [5 kg of] dynamite".
constexpr uint32_t kWeaponObjectGap = 5;

// An agent who did the incident by words outside its triggers' clauses, in a sentence of
// the incident that tells no other one: the subject of a weapon verb whose object is a
// weapon ("two men on a motorcycle set off 5 kg of dynamite", "unidentified individuals
// threw dynamite charges"), or the agent of a passive act ("was intercepted by four
// individuals on two motorcycles", "the bomb was placed by a young man").
bool doer_beside_incident(const IncidentScope& sc, const AgentMention& g) {
  const Analysis& a = sc.a;
  const uint32_t s = a.doc.sentence_of[g.first];
  if (!sc.sents.count(s)) return false;
  if (s < sc.mx.by_sentence.size())
    for (uint32_t i : sc.mx.by_sentence[s])
      if (sc.mx.cluster_of[i] != int(sc.c)) return false;
  uint32_t v = passive_agent_verb(a, g.first);
  if (v != UINT32_MAX) return word_in(a, v, kPassiveActs);
  // Those the authorities hunt after the act are its doers: "police are looking for the
  // terrorists", "a manhunt for the gunmen", "troops are pursuing the attackers".
  if (g.first >= 2 && word_is(a, g.first - 1, "for") &&
      word_in(a, g.first - 2, {"looking", "searching", "search", "searches", "hunt", "hunting", "manhunt", "dragnet"}))
    return true;
  if (g.first >= 1 && word_in(a, g.first - 1, {"pursuing", "chasing", "tracking", "hunting"})) return true;
  const uint32_t send = a.doc.sentences[s].end_token;
  const std::vector<Hit>& weapons = table_hits(a, lex::kWeapons);
  for (uint32_t k = g.end; k < send && k <= g.end + kSubjectGap; ++k) {
    if ((a.doc.tokens[k].is(kPunct) && !a.doc.tokens[k].is(kHyphen)) ||
        word_in(a, k, {"by", "that", "who", "which", "whom", "and", "or", "said", "says", "against", "when", "after"}))
      return false;
    if (!word_in(a, k, kWeaponVerbs)) continue;
    uint32_t obj = k + 1;
    if (word_in(a, k, {"set", "blew"})) {
      if (obj >= send || !word_in(a, obj, {"off", "up"})) return false;
      ++obj;
    }
    auto [lo, hi] = in_tokens(weapons, obj, std::min(send, obj + kWeaponObjectGap + 1));
    return lo < hi;
  }
  return false;
}

}  // namespace

namespace {
uint32_t description_end(const Analysis& a, uint32_t end);  // below, with the words it reads

// An agent phrase opened by a negative determiner, or "none of" before it: "no culprits",
// "no other senior officers", "none of the rebels".
bool negated_agent(const Analysis& a, const AgentMention& g) {
  if (word_is(a, g.first, "no")) return true;
  if (g.first >= 1 && word_is(a, g.first - 1, "no")) return true;
  return g.first >= 2 && word_is(a, g.first - 1, "of") && word_in(a, g.first - 2, {"none", "neither"});
}

// Nouns of armed combat between two sides: "clashes between troops and guerrillas",
// "fighting with the rebels".
const std::initializer_list<std::string_view> kCombatNouns = {
    "clash",   "clashes",       "fighting",       "fight",    "fights",     "battle",   "battles",   "combat",
    "combats", "confrontation", "confrontations", "skirmish", "skirmishes", "shootout", "firefight", "firefights"};
// How far back from a side's words "between" may stand: "between [government troops and]
// guerrillas".
constexpr uint32_t kSidesReach = 6;

// Words at `first` name a side of a combat told by a noun that is no mention of this
// incident: "helicopters strafed the camp following a clash between government troops and
// guerrillas", "civilians who fled the clashes between the military and rebels". Both sides
// fought; neither did the other act told in the sentence. The combat noun may stand two
// words before "between" ("the bloody clashes between") or right before "with" ("clashes
// with a group of guerrillas"). When the combat noun is this incident's own mention (the
// incident is the clash), the sides are its doers.
bool side_of_other_combat(const IncidentScope& sc, uint32_t first) {
  const Analysis& a = sc.a;
  const uint32_t sfirst = a.doc.sentences[a.doc.sentence_of[first]].first_token;
  uint32_t noun = UINT32_MAX;
  if (first >= sfirst + 2 && word_is(a, first - 1, "with") && word_in(a, first - 2, kCombatNouns)) noun = first - 2;
  for (uint32_t k = first; noun == UINT32_MAX && k > sfirst + 1 && first - k < kSidesReach;) {
    --k;
    const Token& t = a.doc.tokens[k];
    if (t.is(kPunct) && !t.is(kHyphen)) return false;
    if (!word_is(a, k, "between")) continue;
    for (uint32_t j = k; j > sfirst && k - j < 2;)
      if (word_in(a, --j, kCombatNouns)) noun = j;
    if (noun == UINT32_MAX) return false;
  }
  if (noun == UINT32_MAX) return false;
  // "after a clash between ...", "following the bloody clashes between ...": a combat told
  // as the time of the act is another act, even when merged into this incident.
  for (uint32_t j = noun; j > sfirst && noun - j < 3;)
    if (word_in(a, --j, {"after", "following", "before"})) return true;
  auto [lo, hi] = in_tokens(a.events, noun, noun + 1);
  for (size_t i = lo; i < hi; ++i)
    if (sc.mx.cluster_of[i] == int(sc.c)) return false;
  return true;
}

// Words at [first, end) are the subject of a withdrawal that left the place to another side
// (left_to_others): "CSP rebels withdrew from Kidal and the army took over the town", "after
// the guerrillas abandoned their positions, troops retook the village". The side that left
// did not do the act.
bool withdrawing_subject(const Analysis& a, uint32_t first, uint32_t end) {
  auto [lo, hi] = in_tokens(a.events, end, end + kSubjectGap + 1);
  for (size_t i = lo; i < hi; ++i) {
    const EventMention& e = a.events[i];
    if (e.sentence != a.doc.sentence_of[first]) return false;
    if (!e.noun) return left_to_others(a, e) && !has_word_between(a, end, e.first, {"by", "that", "who", "which"});
  }
  return false;
}

}  // namespace

// The agents (generic people and forces) who carried out the incident: attacker words
// ("gunmen", "guerrillas") in a trigger's clause unless they are its victims or the
// thing acted on; force words ("soldiers", "the army") only as the doer ("soldiers
// killed", "killed by troops"), since soldiers are as often the victims.
std::vector<size_t> attacker_agents(const IncidentScope& sc) {
  const Analysis& a = sc.a;
  const Table& agents_t = a.lex.table(lex::kAgents);
  // Once, not per agent.
  const int class_col = agents_t.column("class"), person_col = agents_t.column("person"),
            doer_col = agents_t.column("doer");
  std::vector<size_t> out;
  int fallback = -1;  // the first attacker word of the incident's sentences outside its clauses
  for (size_t gi : sc.indices_in(a.agents)) {
    const AgentMention& g = a.agents[gi];
    if (g.country_row >= 0) continue;
    std::string_view cls = agents_t.get(g.row, class_col);
    // Ordinary people words ("two men", "three individuals") are attackers only as the doer,
    // and only the words news uses for unknown doers (agents.tsv `doer`): relatives,
    // workers or priests as the subject of a clause are the victims or the speakers of the
    // report ("the wife said he was killed"), not its attackers.
    bool people = cls == "civilian" && agents_t.get(g.row, person_col) == "1";
    if (people && agents_t.get(g.row, doer_col) != "1") continue;
    // "men wearing military uniforms", "two individuals on a motorcycle": ordinary people
    // described by their dress or their vehicle are how news tells unknown attackers, as
    // "armed men" is; victims and bystanders are not described so.
    if (people && description_end(a, g.end) > g.end) {
      people = false;
      cls = "attacker";
    }
    if (cls != "attacker" && cls != "force" && !people) continue;
    // "No culprits have been arrested", "no group has claimed the bombing", "none of the
    // guerrillas took part": a negated phrase names nobody who did it.
    if (negated_agent(a, g)) continue;
    if (side_of_other_combat(sc, g.first)) continue;
    bool victim = false;
    auto [vlo, vhi] = in_tokens(a.victims, g.first > 16 ? g.first - 16 : 0, g.head_first + 1);
    for (size_t vi = vlo; vi < vhi; ++vi)
      if (a.victims[vi].first <= g.head_first && g.head_end <= a.victims[vi].end && !a.victims[vi].attackers)
        victim = true;
    if (victim) continue;
    // "a terrorist attack", "a rebel offensive": the word modifies a trigger noun.
    bool modifier = false;
    auto [elo, ehi] = in_tokens(a.events, g.head_first, g.end + 1);
    for (size_t ei = elo; ei < ehi; ++ei) modifier |= a.events[ei].noun && a.events[ei].end > g.end;
    if (modifier) continue;
    if (doer_across_time_clause(sc, g.head_first)) continue;
    Role r = role_in_incident(sc, g.first, g.end);
    if (r == Role::kPatient) continue;
    if (r == Role::kNone && withdrawing_subject(a, g.first, g.end)) continue;
    if (r == Role::kNone && doer_beside_incident(sc, g)) r = Role::kAgent;
    if ((cls == "force" || people) && r != Role::kAgent) continue;
    if (r == Role::kNone && !sc.near(g.first, g.end)) {
      // "Guerrillas raided the town at dawn. They burned the town hall": the people named in
      // the report of the incident did it even when no trigger shares their clause; only in
      // the sentences that tell the incident, not in the background that follows them
      // ("Guerrillas are active in the area").
      if (fallback < 0 && cls == "attacker" && sc.cluster().sentences.count(a.doc.sentence_of[g.head_first]))
        fallback = int(gi);
      continue;
    }
    out.push_back(gi);
  }
  if (out.empty() && fallback >= 0) out.push_back(size_t(fallback));
  return out;
}

namespace {

// An actor named inside or beside an attacker phrase: "FMLN guerrillas", "ELN rebels",
// "guerrillas of the FMLN", "members of the Shining Path".
bool in_attacker_phrase(const IncidentScope& sc, const std::vector<size_t>& doers, uint32_t first, uint32_t end) {
  const Analysis& a = sc.a;
  for (size_t gi : doers) {
    const AgentMention& g = a.agents[gi];
    if (g.first <= first && end <= g.head_first) return true;
    if (end == g.head_first) return true;
    if (g.head_end <= first && end <= g.end) return true;  // "members of the Shining Path"
    if (g.end <= first && first - g.end <= 2 && word_is(a, g.end, "of")) return true;
    // "men in the uniform of the Salvadoran army", "gunmen wearing uniforms of the National
    // Police": the body whose dress describes the doers (MUC-4 keys fill it as PERP:
    // ORGANIZATION ID, with the men as PERP: INDIVIDUAL ID).
    const uint32_t dend = description_end(a, g.end);
    if (dend > g.end && dend <= first && first - dend <= 2 && word_is(a, dend, "of")) return true;
  }
  return false;
}

// The one armed group (ACLED inter 2, rebels) the whole report names, when the incident's
// doers are people of an armed movement ("guerrillas", "rebels", "urban commandos"): the
// first mention of it, or -1 when none did it or the report names several such groups.
int document_armed_group(const IncidentScope& sc, const std::vector<size_t>& doers) {
  const Analysis& a = sc.a;
  const Table& agents_t = a.lex.table(lex::kAgents);
  const Table& actors = a.lex.table(lex::kActors);
  bool movement = false;
  for (size_t gi : doers) {
    const AgentMention& g = a.agents[gi];
    movement |= agents_t.get(g.row, "class") == "attacker";
  }
  if (!movement) return -1;
  // The mention nearest the incident's first trigger: a report writes the full name once
  // ("the Farabundo Marti National Liberation Front [FMLN]") and the short one after, and
  // the words near the incident are the ones that name its author (MUC-4 keys list them).
  const uint32_t anchor = sc.cluster().mentions.empty() ? 0 : a.events[sc.cluster().mentions.front()].first;
  int found = -1;
  uint32_t best = UINT32_MAX;
  std::string_view name;
  for (size_t mi = 0; mi < a.actors.size(); ++mi) {
    const ActorMention& m = a.actors[mi];
    if (actors.get(m.row, "kind") != "group" || actors.get(m.row, "inter") != "2") continue;
    std::string_view n = actors.get(m.row, "name");
    if (found >= 0 && n != name) return -1;
    name = n;
    uint32_t dist = m.first > anchor ? m.first - anchor : anchor - m.first;
    if (dist < best) {
      best = dist;
      found = int(mi);
    }
  }
  return found;
}

}  // namespace


namespace {

// Head words of organisation names: an unknown name ending in one ("the Morazanist
// Patriotic Front", "ZARATE WILLKA LIBERATION ARMED FORCES") is an organisation even when
// the lexicon does not know it.
const std::initializer_list<std::string_view> kOrgHeads = {
    "front", "army", "brigade", "brigades", "commando", "commandos", "command", "movement", "cartel",
    "organization", "organisation", "militia", "alliance", "battalion", "battalions", "forces", "legion",
    "vanguard", "resistance", "mujahideen"};
// Token hashes of kOrgHeads (of their matching forms, as Token::hash) behind a 256-bit
// filter on hash bits 1-8, as text/word_set.h's (bit 0 of every hash is set): a token the
// filter rejects is no head word, and the few it lets through compare one integer per
// head word, not strings. The scan over an incident's sentences asks this of every word.
struct OrgHeadHashes {
  uint64_t filter[4] = {0, 0, 0, 0};
  std::vector<uint64_t> hashes;
};
const OrgHeadHashes kOrgHeadHashes = [] {
  OrgHeadHashes o;
  for (std::string_view w : kOrgHeads) {
    const uint64_t h = hash_form(w);
    o.filter[(h >> 7) & 3] |= uint64_t(1) << ((h >> 1) & 63);
    o.hashes.push_back(h);
  }
  return o;
}();
bool org_head(const Analysis& a, uint32_t i) {
  const uint64_t h = a.doc.tokens[i].hash;
  if (!(kOrgHeadHashes.filter[(h >> 7) & 3] >> ((h >> 1) & 63) & 1)) return false;
  for (uint64_t x : kOrgHeadHashes.hashes)
    if (x == h) return true;
  return false;
}
// Words that never belong to a name in all-caps text, where capitals say nothing.
const std::initializer_list<std::string_view> kNameStops = {
    "the", "a", "an", "of", "by", "and", "or", "but", "that", "which", "who", "whom", "in", "on", "at", "to",
    "for", "from", "with", "into", "said", "says", "claimed", "members", "member", "its", "their", "his", "her",
    "this", "these", "those", "said", "by", "as", "was", "were", "is", "are", "has", "have", "had", "not",
    "guerrillas", "rebels", "terrorists", "police", "government", "national", "salvadoran", "colombian",
    "peruvian", "army", "according", "when", "after", "before", "while", "since", "also", "today", "yesterday",
    "where", "some", "any", "every", "no", "what", "s", "'s", "it", "they", "we", "he", "she", "there", "here",
    "two", "three", "several", "many", "other", "another", "if", "so", "because", "during", "against", "about",
    "alleged", "suspected", "criminal", "terrorist", "armed", "foreign", "leftist", "rightist", "clandestine"};

// An organisation name not in the lexicon whose head word is at token `h`: [first, end),
// or first == end when the words around are no name.
std::pair<uint32_t, uint32_t> unknown_org_name(const Analysis& a, uint32_t h) {
  const auto& toks = a.doc.tokens;
  const uint32_t sent_first = a.doc.sentences[a.doc.sentence_of[h]].first_token;
  const uint32_t sent_end = a.doc.sentences[a.doc.sentence_of[h]].end_token;
  auto known = [&](uint32_t i) { return i < a.actor_at.size() && a.actor_at[i] >= 0; };
  auto name_word = [&](uint32_t i) {
    if (known(i) || toks[i].is(kPunct) || toks[i].is(kNumber)) return false;
    if (!a.doc.all_caps) return toks[i].is(kCapitalised);
    return !word_in(a, i, kNameStops) && !a.lex.has(toks[i].hash, lex::kAgents);
  };
  if (known(h) || (!a.doc.all_caps && !toks[h].is(kCapitalised))) return {h, h};
  // All-caps copy: a generic phrase of forces the agents table lists ("SECURITY FORCES
  // DISPERSED", "GOVERNMENT FORCES SHELLED") is what mixed case writes in lower case, no name.
  if (a.doc.all_caps) {
    auto [glo, ghi] = in_tokens(a.agents, h > 8 ? h - 8 : 0, h + 1);
    for (size_t g = glo; g < ghi; ++g)
      if (a.agents[g].head_first < h && a.agents[g].head_end > h) return {h, h};
  }
  uint32_t first = h;
  while (first > sent_first && h - first < 5 && name_word(first - 1)) --first;
  // In mixed case the sentence's first word is capitalised anyway: "Police blamed ...".
  if (!a.doc.all_caps && first == sent_first && first < h && !toks[first].is(kAllCaps)) ++first;
  uint32_t end = h + 1;
  // "Army of National Liberation", "Front for the Liberation of ...".
  if (end + 1 < sent_end && word_in(a, end, {"of", "for"})) {
    uint32_t j = end + 1;
    if (word_is(a, j, "the")) ++j;
    uint32_t k = j;
    while (k < sent_end && k - j < 4 && name_word(k) && (!a.doc.all_caps || !word_in(a, k, kOrgHeads))) ++k;
    if (k > j && !a.doc.all_caps) end = k;
    else if (k > j && a.doc.all_caps && first == h) end = k;
  }
  if (end - first < 2) return {h, h};
  // "urban commandos", "government forces": a generic word of people or forces is a name only
  // with a proper part of its own after it ("Army of National Liberation").
  if (end == h + 1 && a.lex.has(toks[h].hash, lex::kAgents)) {
    bool generic = true;
    for (uint32_t i = first; i < h; ++i) generic &= a.lex.has(toks[i].hash, lex::kAgents) || a.lex.has(toks[i].hash, lex::kCountries);
    if (generic || a.doc.all_caps) return {h, h};
  }
  return {first, end};
}

// A group's statement that its own people did it: "X said in a statement that one of its
// fighters carried out the bombing" (GTD claimed = 1, claimmode by the channel; issue 5).
// Words from `from` to the end of the sentence must name the group's people ("its
// fighters", "their men") or the group itself as the doer of an act ("the ADF said it had
// killed 14 soldiers", "the rebels said they had shot down a helicopter"), with no negation
// ("none of its members was involved" denies; "said it had been attacked" is passive).
// *act gets the events index of the act told with the group as its subject ("it had
// killed"), or stays SIZE_MAX when the words name the group's people.
constexpr uint32_t kMaxStatementTokens = 30;
bool own_people_claim(const Analysis& a, uint32_t from, uint32_t end, size_t* act) {
  end = std::min(end, from + kMaxStatementTokens);
  bool own = false;
  for (uint32_t k = from; k < end; ++k) {
    if (word_in(a, k, {"not", "no", "never", "none", "nothing", "denied", "denies", "deny", "neither", "nor"}))
      return false;
    if (k + 1 < end && word_in(a, k, {"its", "their"}) &&
        word_in(a, k + 1, {"fighters", "fighter", "members", "member", "men", "militants", "commandos", "guerrillas",
                           "units", "unit", "cadres", "mujahideen", "soldiers", "martyrs", "brothers", "operatives"}))
      own = true;
    if (k + 1 < end && word_in(a, k, {"it", "they", "we"})) {
      uint32_t v = k + 1;
      if (word_in(a, v, {"had", "has", "have"})) ++v;
      auto [elo, ehi] = in_tokens(a.events, v, v + 1);
      if (elo < ehi && !a.events[elo].noun && !a.events[elo].generic) {
        own = true;
        if (*act == SIZE_MAX) *act = elo;
      }
    }
  }
  return own;
}

// The end of a statement, after the group's act in its sentence, whose speaker is the group
// itself, or 0: "Al-Shabaab attacked a base ..., killing 10 soldiers, the group said in a
// statement", "..., a spokesman for the group said", "..., the rebel group said", "the
// group's military spokesman said". An author telling its own act claims it.
uint32_t self_attribution_end(const Analysis& a, const ActorMention& m) {
  auto [lo, hi] = a.in_sentence(a.attributions, a.doc.sentence_of[m.first]);
  for (size_t i = lo; i < hi; ++i) {
    const Attribution& at = a.attributions[i];
    if (at.first < m.end) continue;
    if (at.actor_row == int32_t(m.row)) return at.end;
    // "the group", "the rebel group", "the group's": a group named by its kind refers back
    // (a possessive may stand before the speaker's words: "the group's military spokesman").
    constexpr uint32_t kPossessorReach = 3;
    for (uint32_t k = std::max(m.end, at.first > kPossessorReach ? at.first - kPossessorReach : 0); k + 1 < at.end; ++k)
      if (word_in(a, k, {"the", "its"}) &&
          (word_in(a, k + 1, {"group", "group's", "movement", "organisation", "organization"}) ||
           (k + 2 < at.end && word_in(a, k + 2, {"group", "group's"}))))
        return at.end;
  }
  return 0;
}

// Whether a group ending at token `group_end`, before the blame cue `h` ("accused", "blamed",
// "held responsible"), is the one blamed: the cue is passive ("was accused", "were blamed")
// or a participle with its complement ("accused of", "blamed for"), not an active verb.
bool accused_subject(const Analysis& a, uint32_t group_end, const Hit& h) {
  for (uint32_t k = group_end; k < h.first; ++k)
    if (word_in(a, k, {"was", "were", "is", "are", "been", "being", "be"})) return true;
  return word_in(a, h.end, {"of", "for", "in", "with"});
}

// How far before the words laid on a blame cue may stand: "blamed [the bombing of the girls'
// school in Ghazni] on the Taliban".
constexpr uint32_t kBlameReach = 12;

// Words at `first` after "to"/"on" (an article between allowed) with a blame cue (cues.tsv
// claim attributed) up to kBlameReach words before in their sentence: "the authorities attributed the
// murder to the drug mafias", "blamed the killing on a drug gang", "blamed the attack on the
// Taliban".
bool laid_on(const Analysis& a, const std::vector<Hit>& cue_hits, uint32_t first) {
  uint32_t b = first;
  if (b > 0 && word_in(a, b - 1, {"the", "a", "an"})) --b;
  if (b < 2 || !word_in(a, b - 1, {"to", "on"})) return false;
  const Table& cues = a.lex.table(lex::kCues);
  auto [clo, chi] = in_tokens(cue_hits, b > kBlameReach ? b - kBlameReach : 0, b);
  for (size_t ci = clo; ci < chi; ++ci)
    if (cues.get(cue_hits[ci].row, "class") == "claim" && cues.get(cue_hits[ci].row, "value") == "attributed" &&
        cue_hits[ci].end <= b &&
        a.doc.sentence_of[cue_hits[ci].first] == a.doc.sentence_of[first])
      return true;
  return false;
}

// How many tokens an appositive after a group's name may take, hyphens and possessive marks
// included: "[al-Qaeda's branch in the Sahel]", "[a breakaway faction of Tehrik-i-Taliban
// Pakistan]".
constexpr uint32_t kMaxAppositiveWords = 12;

// The end of an appositive set off by commas after a name ending at `end` ("ISWAP, a Boko
// Haram splinter group, killed"; "JNIM, al-Qaeda's branch in the Sahel, claimed"): the token
// after its closing comma. `end` when no such phrase follows: a list ("X, Y, and Z") or a clause of its own ("X, which
// ...", "X, police said,") is none.
uint32_t appositive_after(const Analysis& a, uint32_t end) {
  const auto& toks = a.doc.tokens;
  if (end == 0 || end >= toks.size() || a.doc.token_text(end) != ",") return end;
  const uint32_t send = a.doc.sentences[a.doc.sentence_of[end]].end_token;
  for (uint32_t k = end + 1; k < send && k <= end + 1 + kMaxAppositiveWords; ++k) {
    if (toks[k].is(kPunct) && !toks[k].is(kHyphen) && !toks[k].is(kPossessive)) {
      if (k == end + 1 || a.doc.token_text(k) != ",") return end;
      if (k + 1 < send && word_in(a, k + 1, {"and", "or"})) return end;
      return k + 1;
    }
    if (word_in(a, k, {"who", "which", "that", "whose", "and", "or", "said", "says", "told", "according"}) ||
        has_cue(a, k, k + 1, "say"))
      return end;
    auto [elo, ehi] = in_tokens(a.events, k, k + 1);
    if (elo < ehi) return end;  // a trigger: a clause of its own, not a description
  }
  return end;
}

// The actor mention `m` stands in an appositive that describes a group named just before it
// ("ISWAP, a Boko Haram splinter group, ...", "Al-Shabaab, the al-Qaeda affiliate, ...",
// "JNIM, al-Qaeda's branch in the Sahel, ..."): it names that group's parent or ally, not
// the doer, who is the group before the comma. A bare name between commas is a list item.
bool describes_earlier_group(const Analysis& a, const ActorMention& m) {
  const uint32_t sfirst = a.doc.sentences[a.doc.sentence_of[m.first]].first_token;
  uint32_t c = m.first;
  auto mark = [&](uint32_t i) {
    return a.doc.tokens[i].is(kPunct) && !a.doc.tokens[i].is(kHyphen) && !a.doc.tokens[i].is(kPossessive);
  };
  while (c > sfirst && m.first - c <= kMaxAppositiveWords && !mark(c - 1)) --c;
  if (c <= sfirst + 1 || a.doc.token_text(c - 1) != ",") return false;
  uint32_t before = c - 2;  // the group's last token, or a ")" closing its acronym
  if (a.doc.token_text(before) == ")") {
    while (before > sfirst && c - before < 6 && a.doc.token_text(before) != "(") --before;
    if (before == sfirst || a.doc.token_text(before) != "(") return false;
    --before;
  }
  if (before >= a.actor_at.size() || a.actor_at[before] < 0) return false;
  const uint32_t after = appositive_after(a, c - 1);
  if (after == c - 1 || after <= m.end) return false;
  // A description: words beyond the name and its determiners ("splinter group", "'s branch").
  for (uint32_t k = c; k < after - 1; ++k)
    if ((k < m.first || k >= m.end) && !word_in(a, k, {"the", "a", "an", ","})) return true;
  return false;
}

// The actor mention `m` names the people an active verb of the incident acted on ("police
// killed two suspected ISWAP members", "troops arrested 12 suspected members of the Islamic
// State group"): their group, the side struck, not the doer, whatever hedge stands before it.
// So does the subject of a passive act of violence ("the Volunteers for the Defence of the
// Homeland (VDP) members were ambushed near Djibo", "Hamas members were targeted"): a
// strength-2 or stronger act, not a bare consequence ("five FMLN guerrillas were killed" may
// tell the attackers' own losses). The group may modify the people's word ("(VDP) members").
bool in_people_acted_on(const IncidentScope& sc, const ActorMention& m) {
  const Analysis& a = sc.a;
  const uint32_t s = a.doc.sentence_of[m.first];
  if (s >= sc.mx.by_sentence.size()) return false;
  // The people's word after the name, past its acronym in brackets or the bracket closing it.
  uint32_t after = m.end;
  constexpr uint32_t kMaxAcronym = 4;  // "(VDP)", "(ELN)": a bracket, a word or two, a bracket
  if (after < a.doc.tokens.size() && a.doc.token_text(after) == "(")
    for (uint32_t k = after + 1; k < a.doc.tokens.size() && k <= m.end + kMaxAcronym; ++k)
      if (a.doc.token_text(k) == ")") {
        after = k + 1;
        break;
      }
  if (after < a.doc.tokens.size() && a.doc.token_text(after) == ")") ++after;
  // The subject's end: after a people word the name modifies ("(VDP) members", "Hamas
  // fighters"), or the end of the people's words that hold the name ("members of the CJTF").
  uint32_t subject_end = after;
  if (subject_end < a.doc.tokens.size() && a.token_has(subject_end, lex::kAgents)) ++subject_end;
  for (uint32_t i : sc.mx.by_sentence[s]) {
    const EventMention& e = a.events[i];
    if (sc.mx.cluster_of[i] == int(sc.c) && e.strength >= 2 && passive_verb(a, e) && subject_end <= e.first &&
        e.first - subject_end <= 1)
      return true;
  }
  auto [lo, hi] = in_tokens(a.agents, m.first > 8 ? m.first - 8 : 0, after + 1);
  for (size_t gi = lo; gi < hi; ++gi) {
    const AgentMention& g = a.agents[gi];
    const bool modifies = g.head_first == after;
    if ((!modifies && (g.first > m.first || m.end > g.end)) || g.country_row >= 0) continue;
    bool after_verb = false;
    for (uint32_t i : sc.mx.by_sentence[s]) {
      const EventMention& e = a.events[i];
      after_verb |= sc.mx.cluster_of[i] == int(sc.c) && !e.noun && e.end <= g.first && g.first - e.end <= kObjectGap &&
                    same_clause(a, e.end - 1, g.first);
    }
    if (after_verb && role_in_incident(sc, g.first, g.end) == Role::kPatient) return true;
  }
  return false;
}

// How far after a group's name a comment verb makes it a commentator: "the FMLN [today
// strongly] condemned", "the party [has] denounced".
constexpr uint32_t kCommentGap = 4;

// Whether the report has the group of actors-table row `row` comment on violence (the
// names in `commenting`, from commenting_groups).
bool comments_in_report(const Analysis& a, const std::vector<std::string_view>& commenting, uint32_t row) {
  std::string_view name = a.lex.table(lex::kActors).get(row, "name");
  return std::find(commenting.begin(), commenting.end(), name) != commenting.end();
}


}  // namespace

std::vector<std::string_view> commenting_groups(const Analysis& a, const std::vector<Hit>& cue_hits) {
  const Table& cues = a.lex.table(lex::kCues);
  const Table& actors = a.lex.table(lex::kActors);
  std::vector<std::string_view> names;
  for (const ActorMention& m : a.actors) {
    std::string_view name = actors.get(m.row, "name");
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    const uint32_t send = a.doc.sentences[a.doc.sentence_of[m.first]].end_token;
    auto [lo, hi] = in_tokens(cue_hits, m.end, std::min(m.end + kCommentGap, send));
    for (size_t ci = lo; ci < hi; ++ci) {
      if (cues.get(cue_hits[ci].row, "class") != "comment") continue;
      // An appeal or a demand ("the FMLN calls on all sectors") judges no act.
      if (!word_in(a, cue_hits[ci].first, {"called", "calls", "calling", "call", "urged", "urges", "urging",
                                           "appealed", "appeals", "demanded", "demands"})) {
        if (names.size() < kMaxListItems) names.push_back(name);
        break;
      }
    }
  }
  return names;
}

void incident_perpetrators(const IncidentScope& sc, const std::vector<size_t>& doers, const std::vector<Hit>& cue_hits,
                           const std::vector<std::string_view>& commenting, std::vector<Perpetrator>* perps,
                           std::vector<Claim>* claims) {
  const Analysis& a = sc.a;
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  const Table& actors = a.lex.table(lex::kActors);
  const Table& cues = a.lex.table(lex::kCues);
  const int cue_class = cues.column("class");  // once: read for every cue of every candidate's sentence
  // Perpetrators: organisations tied to the event by a claim, an attribution, or by
  // acting in its clause; a group that only comments is none.
  std::set<std::string> perp_names;
  // A group named in the report of the incident but in no clause of its triggers ("FMLN
  // guerrillas raided the town. They burned the town hall") is its perpetrator when no
  // other is: the first such group, with a lower confidence.
  int fallback = -1;
  uint32_t fallback_dist = UINT32_MAX;
  const uint32_t anchor = sc.cluster().mentions.empty() ? 0 : a.events[sc.cluster().mentions.front()].first;
  std::vector<size_t> candidates = indices_in(a.actors);
  bool told_apart = false;  // the incident's first mention follows a `separate` cue of its sentence
  if (!sc.cluster().mentions.empty()) {
    const EventMention& e0 = a.events[sc.cluster().mentions.front()];
    told_apart = has_cue(a, a.doc.sentences[e0.sentence].first_token, e0.first, "separate", "separate");
  }
  for (int pass = 0; pass < 3; ++pass) {
  if (pass == 1) {
    if (!perps->empty()) break;
    if (fallback < 0) continue;
    candidates.assign(1, size_t(fallback));
  }
  if (pass == 2) {
    // "Guerrillas attacked two towns ... the offensive launched by the FMLN": people of an
    // armed movement did it and the report names one armed group, outside the incident's
    // sentences. MUC-4 and GTD fill the organisation from the whole report.
    if (!perps->empty() || fallback >= 0) break;
    int group = document_armed_group(sc, doers);
    if (group < 0) break;
    candidates.assign(1, size_t(group));
  }
  for (size_t mi : candidates) {
    const ActorMention& m = a.actors[mi];
    std::string_view akind = actors.get(m.row, "kind");
    if (akind != "group" && akind != "state") continue;
    if (pass > 0 && comments_in_report(a, commenting, m.row)) continue;
    // A parent or ally named to describe the doer, the doers of an earlier act told in an
    // "after" phrase and the group of the people acted on did not do this one.
    if (describes_earlier_group(a, m) || doer_of_earlier_act(sc, m.first) || in_people_acted_on(sc, m) ||
        doer_across_time_clause(sc, m.first))
      continue;
    const Sentence& s = a.doc.sentences[a.doc.sentence_of[m.first]];
    std::string pstatus;
    uint32_t cue_end = m.end;
    // Coordination: "Both X and Y claimed responsibility" gives the claim to X as well.
    uint32_t group_end = m.end;
    while (group_end + 1 < s.end_token && word_in(a, group_end, {"and", "or", ","})) {
      uint32_t j = group_end + 1;
      if (word_is(a, j, "the") && j + 1 < s.end_token) ++j;
      if (a.actor_at[j] < 0) break;
      group_end = a.actors[size_t(a.actor_at[j])].end;
    }
    // "JNIM, al-Qaeda's branch in the Sahel, claimed the attack": the claim follows the
    // appositive that describes the group.
    group_end = appositive_after(a, group_end);
    bool accuser = false;  // the subject of an active blame verb: "the FMLN accused the army"
    auto [clo, chi] = a.in_sentence(cue_hits, a.doc.sentence_of[m.first]);
    for (size_t ci = clo; ci < chi; ++ci) {
      const Hit& h = cue_hits[ci];
      if (cues.get(h.row, cue_class) != "claim") continue;
      bool after = h.first >= group_end && h.first - group_end <= 3;
      // "Security forces arrested 12 suspected members": a cue after the group's own verb
      // and its object qualifies the object, not the group.
      for (uint32_t k = group_end; after && k < h.first; ++k)
        after = !a.doc.tokens[k].is(kNumber) && !a.token_has(k, lex::kTriggers);
      bool before = h.end <= m.first && m.first - h.end <= 3;  // "claimed by X", "blamed X"
      if (!after && !before) continue;
      std::string_view v = cues.get(h.row, "value");
      // "The FMLN accused the army", "the party blamed the guerrillas": a group before an
      // active blame verb is the accuser; it is the accused only as the subject of a passive
      // or of a participle ("the FMLN was blamed", "FMLN rebels accused of the attack").
      if (after && v == "attributed" && !accused_subject(a, group_end, h)) {
        accuser = true;
        continue;
      }
      if (after || v != "claimed" || word_is(a, m.first - 1, "by")) {
        pstatus = std::string(v);
        cue_end = std::max(m.end, h.end);
        break;
      }
    }
    if (pstatus.empty() && accuser) continue;
    // An incident told as a separate one ("Separately, ...", "In another attack, ...":
    // cues.tsv separate) is not the act a claim told outside its sentences is about: "The BLA
    // claimed responsibility ... Separately, militants attacked a police station" gives the
    // second attack no author.
    if (pass == 2 && !pstatus.empty() && !sc.sents.count(a.doc.sentence_of[m.first]) && told_apart) continue;
    // "blamed the attack on the Taliban": the act laid on the group by another.
    if (pstatus.empty() && laid_on(a, cue_hits, m.first)) pstatus = "attributed";
    if (pstatus.empty()) {
      bool speaker = has_cue(a, m.end, std::min(m.end + 2, s.end_token), "say") ||
                     has_cue(a, m.end, std::min(m.end + 2, s.end_token), "comment");
      size_t act = SIZE_MAX;
      const bool own = speaker && own_people_claim(a, m.end, s.end_token, &act);
      // "Police said they had arrested three men suspected of torching a home": the act the
      // speaker tells of itself is this incident's only when it is one of its mentions (not
      // the arson of another incident of the sentence); a claim of responsibility is an armed
      // group's for violence (GTD claimed), while a state force or a non-violent act ("said
      // they had arrested") is told as the doer's report of its own act.
      const bool own_here = own && (act == SIZE_MAX || sc.mx.cluster_of[act] == int(sc.c));
      const bool claim =
          own_here && akind == "group" && (act == SIZE_MAX || kind_col(a, a.events[act].kind_row, "violent") == "1");
      if (claim) {
        pstatus = "claimed";
      } else if (own_here) {
        pstatus = "reported";
      } else if (speaker && pass < 2) {
        continue;
      }
      // "ISWAP, a Boko Haram splinter group, killed 20 farmers", "the FMLN, the ERP and the
      // FPL attacked": the subject's words run over its appositive and its coordinated names.
      Role role = pstatus.empty() ? role_in_incident(sc, m.first, group_end) : Role::kAgent;
      if (pass == 0 && role != Role::kAgent && !in_attacker_phrase(sc, doers, m.first, m.end)) {
        // Armed groups only (ACLED inter 2-4): a party or a union named nearby did nothing.
        std::string_view inter = actors.get(m.row, "inter");
        // The one nearest the incident's first trigger: its words name the author.
        if (role == Role::kNone && akind == "group" && (inter == "2" || inter == "3" || inter == "4")) {
          uint32_t dist = m.first > anchor ? m.first - anchor : anchor - m.first;
          if (fallback < 0 || dist < fallback_dist) {
            fallback = int(mi);
            fallback_dist = dist;
          }
        }
        continue;
      }
      if (pstatus.empty()) pstatus = "reported";
      if (pstatus == "reported" && role == Role::kAgent)
        if (uint32_t end = self_attribution_end(a, m)) {
          pstatus = "claimed";
          cue_end = end;
        }
    }
    std::string name(actors.get(m.row, "name"));
    if (!perp_names.insert(name).second) continue;
    if (perps->size() < kMaxListItems) {
      Perpetrator& p = perps->emplace_back();
      p.words = spanned(a, m.first, m.end);
      p.name = name;
      p.kind = std::string(akind);
      std::string_view inter = actors.get(m.row, "inter");
      if (!inter.empty()) p.inter = std::stoi(std::string(inter));
      p.lexicon_id = std::string(actors.get(m.row, "id"));
      p.country = std::string(actors.get(m.row, "country"));
      p.status = pstatus;
      if (pass == 1) p.confidence = 0.5;  // named near the incident, not tied to it by syntax
      if (pass == 2) p.confidence = 0.3;  // named in the report, not near the incident
    }
    if (pstatus == "claimed") {
      Claim cl;
      cl.words = spanned(a, m.first, cue_end);
      cl.by = name;
      // The channel: of this claim's sentence, or of the group's own statements.
      std::string channel;
      for (const Attribution& at : a.attributions)
        if (at.actor_row == int32_t(m.row) && !at.channel.empty()) { channel = at.channel; break; }
      if (channel.empty()) {
        for (const char* ch : {"telegram", "website", "social_media", "television", "radio", "statement"})
          if (has_cue(a, s.first_token, s.end_token, "channel", ch)) { channel = ch; break; }
      }
      if (!channel.empty()) cl.channel = channel;
      if (claims->size() < kMaxListItems) claims->push_back(std::move(cl));
    }
  }
  }
  // A group the lexicon does not know, by the words the text names it with: a perpetrator
  // (confidence 0.5: the text's name, not the lexicon's), and its claim when it claimed.
  auto add_unlisted = [&](uint32_t first, uint32_t end, uint32_t cue_end, const std::string& pstatus) {
    std::string text(span_text(a, first, end));
    if (!perp_names.insert(matching_form(text)).second) return;
    if (perps->size() < kMaxListItems) {
      Perpetrator& p = perps->emplace_back();
      p.words = spanned(a, first, end);
      p.name = text;
      p.kind = "group";
      p.status = pstatus;
      p.confidence = 0.5;
    }
    if (pstatus == "claimed" && claims->size() < kMaxListItems) {
      Claim& cl = claims->emplace_back();
      cl.words = spanned(a, first, cue_end);
      cl.by = text;
    }
  };
  // Organisations the lexicon does not know, found by their head word ("Front",
  // "Brigade", "Movement"): perpetrators only by a claim or by acting in the clause.
  for (uint32_t si : sc.cluster().sentences) {
    const Sentence& s = a.doc.sentences[si];
    for (uint32_t h = s.first_token; h < s.end_token; ++h) {
      // Nearly every word is no head: skipped in a loop of its own, which calls nothing, so
      // the tokens' address and the filter stay in registers (this runs per incident).
      while (h < s.end_token && !org_head(a, h)) ++h;
      if (h >= s.end_token) break;
      auto [first, end] = unknown_org_name(a, h);
      if (first == end) continue;
      h = end - 1;
      std::string pstatus;
      uint32_t cue_end = end;
      auto [clo, chi] = a.in_sentence(cue_hits, si);
      for (size_t ci = clo; ci < chi; ++ci) {
        const Hit& ch = cue_hits[ci];
        if (cues.get(ch.row, cue_class) != "claim") continue;
        bool after = ch.first >= end && ch.first - end <= 3;
        for (uint32_t k = end; after && k < ch.first; ++k)  // as for lexicon groups above
          after = !a.doc.tokens[k].is(kNumber) && !a.token_has(k, lex::kTriggers);
        bool before = ch.end <= first && first - ch.end <= 3 && word_is(a, first - 1, "by");
        if (!after && !before) continue;
        pstatus = std::string(cues.get(ch.row, "value"));
        cue_end = std::max(end, ch.end);
        break;
      }
      if (pstatus.empty()) {
        if (has_cue(a, end, std::min(end + 2, s.end_token), "say") ||
            has_cue(a, end, std::min(end + 2, s.end_token), "comment"))
          continue;
        if (role_in_incident(sc, first, end) != Role::kAgent && !in_attacker_phrase(sc, doers, first, end)) continue;
        pstatus = "reported";
      }
      add_unlisted(first, end, cue_end, pstatus);
    }
  }
  // A group the lexicon does not know, introduced by the name it gives itself: "a
  // little-known group calling itself the Sons of the Sahel claimed responsibility", "an
  // outfit known as the People's Defence Brigade". News names new groups so, and GTD and
  // MUC-4 code them by their written name: a perpetrator by a claim or by acting.
  static constexpr WordSet kSelfNaming{"calling", "calls", "called", "styling", "styles", "known"};
  static constexpr WordSet kGroupWords{"group",        "outfit",       "cell",     "faction", "militia",
                                       "organisation", "organization", "movement", "network"};
  for (uint32_t si : sc.sents) {
    const Sentence& s = a.doc.sentences[si];
    for (uint32_t k = s.first_token; k + 2 < s.end_token; ++k) {
      if (!kSelfNaming.contains(a.doc.tokens[k].hash)) continue;  // one filter test for most words
      const bool self_named = (word_in(a, k, {"calling", "calls", "called", "styling", "styles"}) &&
                               word_in(a, k + 1, {"itself", "themselves"})) ||
                              // "known as" names people too ("a warlord known as Morgan"): a group's word before it.
                              (word_is(a, k, "known") && word_is(a, k + 1, "as") && k > s.first_token + 1 &&
                               (word_in(a, k - 1, kGroupWords) || word_in(a, k - 2, kGroupWords)));
      if (!self_named) continue;
      uint32_t first = k + 2;
      while (first < s.end_token && (word_is(a, first, "the") || a.doc.tokens[first].is(kQuote))) ++first;
      auto [clo, chi] = a.in_sentence(cue_hits, si);
      // The name: capitalised words and the small words between them ("Sons of the Sahel"),
      // up to punctuation, a quote or a claim cue ("... SAHEL CLAIMED", all-caps wire copy).
      constexpr uint32_t kMaxNameTokens = 8;
      uint32_t end = first;
      while (end < s.end_token && end - first < kMaxNameTokens && !a.doc.tokens[end].is(kQuote) &&
             !(a.doc.tokens[end].is(kPunct) && !a.doc.tokens[end].is(kHyphen))) {
        bool cue_here = false;
        for (size_t ci = clo; ci < chi && !cue_here; ++ci) cue_here = cue_hits[ci].first == end;
        if (cue_here) break;
        const bool capital = a.doc.all_caps || a.doc.tokens[end].is(kCapitalised);
        const bool link = word_in(a, end, {"of", "the", "for", "and", "al", "de"}) && end + 1 < s.end_token &&
                          (a.doc.all_caps || a.doc.tokens[end + 1].is(kCapitalised) || word_is(a, end + 1, "the"));
        if (!capital && !link) break;
        ++end;
      }
      while (end > first && word_in(a, end - 1, {"of", "the", "for", "and", "al", "de"})) --end;
      // A lexicon name inside it speaks for it: the loop over actor mentions did it.
      bool known = false;
      for (uint32_t t = first; t < end; ++t) known |= a.actor_at[t] >= 0;
      if (end == first || known) continue;
      std::string pstatus;
      uint32_t cue_end = end;
      for (size_t ci = clo; ci < chi; ++ci) {
        const Hit& ch = cue_hits[ci];
        if (ch.first < end || ch.first - end > 3 || cues.get(ch.row, cue_class) != "claim") continue;
        pstatus = std::string(cues.get(ch.row, "value"));
        cue_end = ch.end;
        break;
      }
      if (pstatus.empty() && role_in_incident(sc, first, end) == Role::kAgent) pstatus = "reported";
      if (pstatus.empty()) continue;
      add_unlisted(first, end, cue_end, pstatus);
      k = end;
    }
  }
  // State forces named by a common noun ("the army", "the armed forces", "police") that did
  // it: a state perpetrator outside the lexicon.
  // Only when no armed group did it: "security forces killed two of the attackers" is the
  // response to an attack, not its author.
  const Table& agents_t = a.lex.table(lex::kAgents);
  bool group_attackers = !perps->empty();
  for (size_t gi : doers) group_attackers |= agents_t.get(a.agents[gi].row, "class") == "attacker";
  // Organisations named by a common noun that did it ("the drug mafia"), when no named
  // one did: a group perpetrator outside the lexicon.
  if (perps->empty()) {
    // Also one the report blames: "the authorities attributed the murder to the drug
    // mafias", "an action attributed to the drug trafficking rings" (an attributed claim
    // cue ending right before it, "to"/"on" before it).
    auto blamed_org = [&](const AgentMention& g) { return laid_on(a, cue_hits, g.first); };
    std::vector<size_t> orgs = doers;
    std::vector<uint8_t> blamed(orgs.size(), 0);
    // A doer the report blames ("blamed the killing on a drug gang") is attributed, not reported.
    for (size_t oi = 0; oi < orgs.size(); ++oi)
      blamed[oi] = organisation_agent(a, a.agents[orgs[oi]]) && blamed_org(a.agents[orgs[oi]]);
    std::vector<size_t> sorted_doers = doers;  // looked up once per agent: keep it linear
    std::sort(sorted_doers.begin(), sorted_doers.end());
    for (size_t gi : sc.indices_in(a.agents)) {
      const AgentMention& g = a.agents[gi];
      if (std::binary_search(sorted_doers.begin(), sorted_doers.end(), gi) || !organisation_agent(a, g)) continue;
      if (blamed_org(g)) {
        orgs.push_back(gi);
        blamed.push_back(1);
      }
    }
    for (size_t oi = 0; oi < orgs.size(); ++oi) {
      const size_t gi = orgs[oi];
      const AgentMention& g = a.agents[gi];
      if (!organisation_agent(a, g)) continue;
      bool named = false;
      for (uint32_t t = g.first; t < g.end; ++t) named |= a.actor_at[t] >= 0;
      if (named) continue;
      uint32_t first = g.first;
      while (first < g.head_first && word_in(a, first, {"the", "a", "an", "this", "that", "these", "those"})) ++first;
      std::string text(span_text(a, first, g.end));
      if (!perp_names.insert(matching_form(text)).second) continue;
      if (perps->size() < kMaxListItems) {
        Perpetrator& p = perps->emplace_back();
        p.words = spanned(a, first, g.end);
        p.name = text;
        p.kind = "group";
        p.status = blamed[oi] ? "attributed" : "reported";
        p.confidence = 0.5;  // a common noun, not a name
      }
    }
  }
  // The body named inside its members' words ("members of the armed forces", "army members")
  // is the organisation they act for (MUC-4: PERP: ORGANIZATION ID "ARMED FORCES").
  std::vector<size_t> state_doers = group_attackers ? std::vector<size_t>{} : doers;
  // A force that denies a part in the act is the author the report puts in question: "the
  // army denied its troops were involved in the massacre", "the colonel denied that the
  // army was involved in the killing" (SPEC: denials are perpetrators with status denied).
  // The denial verb right after the force ("the army denied", "the army has denied") or
  // right before it ("denied that the army").
  auto denies = [&](const AgentMention& g) {
    auto [clo, chi] = a.in_sentence(cue_hits, a.doc.sentence_of[g.first]);
    for (size_t ci = clo; ci < chi; ++ci) {
      const Hit& h = cue_hits[ci];
      if (cues.get(h.row, cue_class) != "claim" || cues.get(h.row, "value") != "denied") continue;
      if (h.first >= g.end && h.first <= g.end + 1) return true;
      if (h.end <= g.first && g.first - h.end <= 1 && (h.end == g.first || word_is(a, h.end, "that"))) return true;
    }
    return false;
  };
  if (!group_attackers) {
    std::vector<size_t> sorted_doers = state_doers;
    std::sort(sorted_doers.begin(), sorted_doers.end());
    for (size_t gi : sc.indices_in(a.agents)) {
      const AgentMention& g = a.agents[gi];
      if (g.country_row >= 0 || std::binary_search(sorted_doers.begin(), sorted_doers.end(), gi)) continue;
      // The denier speaks of an act told after it in its sentence.
      bool act_after = false;
      for (size_t e : sc.cluster().mentions)
        act_after |= a.events[e].sentence == a.doc.sentence_of[g.first] && a.events[e].first >= g.end;
      if (act_after && agents_t.get(g.row, "class") == "force" && agents_t.get(g.row, "person") == "0" && denies(g))
        state_doers.push_back(gi);
    }
  }
  for (size_t k = 0, n = state_doers.size(); k < n; ++k) {
    const AgentMention& g = a.agents[state_doers[k]];
    if (!word_in(a, g.head_end - 1, {"members", "member"})) continue;
    auto [blo, bhi] = in_tokens(a.agents, g.first, g.end);
    for (size_t bi = blo; bi < bhi; ++bi)
      if (bi != state_doers[k] && a.agents[bi].end <= g.end) state_doers.push_back(bi);
  }
  for (size_t gi : state_doers) {
    const AgentMention& g = a.agents[gi];
    uint32_t first = g.first, end = g.end;
    // "armed forces members", "army members" (one phrase of agents.tsv): the words before
    // "members" name the body.
    const bool body_of_members = g.head_end > g.head_first + 1 && word_in(a, g.head_end - 1, {"members", "member"}) &&
                                 agents_t.get(g.row, "class") == "force";
    if (body_of_members) {
      first = g.head_first;
      end = g.head_end - 1;
    } else if (agents_t.get(g.row, "class") != "force" || agents_t.get(g.row, "person") != "0") {
      continue;
    }
    bool named = false;  // "the Salvadoran army" already found as a lexicon actor
    for (uint32_t t = g.first; t < g.end; ++t) named |= a.actor_at[t] >= 0;
    if (named) continue;
    std::string text(span_text(a, first, end));
    if (!perp_names.insert(matching_form(text)).second) continue;
    if (perps->size() < kMaxListItems) {
      Perpetrator& p = perps->emplace_back();
      p.words = spanned(a, first, end);
      p.name = text;
      std::string_view inter = agents_t.get(g.row, "inter");
      // Militias, vigilantes and civil defence units fight beside or against the state but
      // are none of its forces (ACLED inter 3-4): "militias attacked a village in Ituri".
      p.kind = inter == "3" || inter == "4" ? "group" : "state";
      if (!inter.empty()) p.inter = std::stoi(std::string(inter));
      p.status = denies(g) ? "denied" : "reported";
    }
  }
}

namespace {

// Vehicles doers ride: "two men on a motorcycle", "gunmen in a pickup truck".
const std::initializer_list<std::string_view> kVehicles = {
    "car", "cars", "vehicle", "vehicles", "automobile", "automobiles", "truck", "trucks", "pickup", "jeep", "jeeps",
    "van", "vans", "taxi", "motorcycle", "motorcycles", "motorbike", "motorbikes", "bicycle", "bicycles", "boat",
    "boats", "speedboat", "helicopter"};
// How many words a describing phrase after the doers' noun may take: "riding in [an
// automobile]", "wearing [olive green military] uniforms".
constexpr uint32_t kMaxDescriptionWords = 5;

// The end of the words describing doers whose noun phrase ends at `end`: a vehicle they rode
// or the dress they wore ("two men on a motorcycle", "several men riding in an automobile",
// "heavily armed men wearing civilian clothing"). News describes unknown doers by them, and
// MUC-4's PERP: INDIVIDUAL ID gives the whole description. `end` when none follows.
uint32_t description_end(const Analysis& a, uint32_t end) {
  const auto& toks = a.doc.tokens;
  const uint32_t s = a.doc.sentence_of[end - 1];
  const uint32_t send = a.doc.sentences[s].end_token;
  uint32_t k = end;
  const bool riding = k < send && word_in(a, k, {"riding", "traveling", "travelling", "driving", "dressed"});
  if (riding) ++k;
  if (k >= send || !word_in(a, k, {"on", "in", "aboard", "wearing", "with"})) return end;
  // "on a motorcycle", "riding in an automobile" describe them; a bare "in a car" tells
  // where they were when they acted ("gunmen in a car opened fire"), as "from a car" does.
  const bool vehicle_prep = word_in(a, k, {"on", "aboard"}) || (riding && word_is(a, k, "in"));
  ++k;
  for (uint32_t j = k; j < send && j < k + kMaxDescriptionWords; ++j) {
    if (toks[j].is(kPunct) && !toks[j].is(kHyphen)) return end;
    auto described = [&](uint32_t i) { return dress_word(a, i) || (vehicle_prep && word_in(a, i, kVehicles)); };
    if (described(j)) {
      while (j + 1 < send && described(j + 1)) ++j;  // "a pickup truck"
      return j + 1;
    }
    if (word_in(a, j, {"and", "or", "who", "which", "that", "when", "at", "to", "from", "near", "by", "of"})) return end;
  }
  return end;
}

}  // namespace

// How many doers on each side of one are checked for a longer description holding it.
constexpr size_t kNeighbourDoers = 4;

// "..., killing six soldiers, the rebel group said": the speaker of an attribution told after
// the act (after a comma) tells it; whoever did it, these words name no attackers.
bool trailing_speaker(const Analysis& a, const AgentMention& g) {
  auto [lo, hi] = a.in_sentence(a.attributions, a.doc.sentence_of[g.first]);
  for (size_t i = lo; i < hi; ++i) {
    const Attribution& at = a.attributions[i];
    if (at.first <= g.first && g.end <= at.end && at.first > 0 && a.doc.token_text(at.first - 1) == ",") return true;
  }
  return false;
}

namespace {

// How many words a person's name may take: "Andres Arturo Gutierrez Lopez".
constexpr uint32_t kMaxPersonNameWords = 4;

// Token i can be a word of a person's name: capitalised in mixed case, no English
// dictionary word in all-caps copy, and no word of people, forces, organisations or acts.
bool person_name_word(const Analysis& a, uint32_t i, uint32_t sentence) {
  const Token& t = a.doc.tokens[i];
  if (!t.is(kWord) || t.is(kNumber) || t.is(kPossessive) || a.doc.sentence_of[i] != sentence) return false;
  if (a.doc.all_caps ? a.lex.has(t.hash, lex::kCommonWords) : !t.is(kCapitalised)) return false;
  if (i < a.actor_at.size() && a.actor_at[i] >= 0) return false;
  return !word_in(a, i, kNameStops) && !a.token_has(i, lex::kAgents) && !a.token_has(i, lex::kTriggers) &&
         !a.token_has(i, lex::kRoles);
}

// The name of the one doer whose description [first, end) it stands beside, set off by a
// comma: "Andres Arturo Gutierrez, the assassin hired to ...", "the paid assassin, who
// identified himself as Alvaro Rodriguez,", "the gunman, identified as Juan Perez,". MUC-4
// fills PERP: INDIVIDUAL ID with the name when the text gives one ("use general descriptions
// only if proper names aren't given"), and news names an arrested or dead attacker so. Only
// a description of one person (a singular head) takes a name; a name is two words or more,
// so a lone surname or a place is not taken for one. {0, 0} when none stands there.
std::pair<uint32_t, uint32_t> doer_name(const Analysis& a, uint32_t first, uint32_t end) {
  const uint32_t s = a.doc.sentence_of[first];
  const uint32_t sfirst = a.doc.sentences[s].first_token, send = a.doc.sentences[s].end_token;
  // Before: "NAME, the assassin" (an apposition opened by an article; "according to NAME,
  // a group of policemen ..." names the source).
  if (first >= sfirst + 3 && a.doc.token_text(first - 1) == "," && word_in(a, first, {"the", "a", "an"})) {
    uint32_t b = first - 1;
    while (b > sfirst && first - 1 - b < kMaxPersonNameWords && person_name_word(a, b - 1, s)) --b;
    // The name opens its clause: after the sentence start, a preposition or a comma.
    const bool opens = b == sfirst || a.doc.tokens[b - 1].is(kPunct) ||
                       (word_in(a, b - 1, {"to", "by", "of", "that", "and", "with", "for", "as"}) &&
                        !(b >= sfirst + 2 && word_is(a, b - 2, "according")));
    if (first - 1 - b >= 2 && opens) return {b, first - 1};
  }
  // After: "the assassin, who identified himself as NAME", "the gunman, identified as NAME".
  uint32_t k = end;
  if (k >= send || a.doc.token_text(k) != ",") return {0, 0};
  ++k;
  if (k + 3 < send && word_is(a, k, "who") && word_in(a, k + 1, {"identified", "gave", "called"}) &&
      word_in(a, k + 2, {"himself", "herself"}))
    k += 3;
  else if (k + 1 < send && word_in(a, k, {"identified", "named"}))
    ++k;
  else
    return {0, 0};
  if (k < send && word_in(a, k, {"as", "his", "her"})) ++k;
  if (k < send && word_is(a, k, "name")) ++k;
  if (k < send && word_is(a, k, "as")) ++k;
  uint32_t e = k;
  while (e < send && e - k < kMaxPersonNameWords && person_name_word(a, e, s)) ++e;
  if (e - k < 2) return {0, 0};
  return {k, e};
}

}  // namespace

std::vector<Attacker> incident_attackers(const IncidentScope& sc, const std::vector<size_t>& doers) {
  const Analysis& a = sc.a;
  const Table& agents_t = a.lex.table(lex::kAgents);
  std::vector<Attacker> attackers;
  std::set<std::string> seen;
  for (const size_t& gi : doers) {  // by reference: its place in the list is used below
    const AgentMention& g = a.agents[gi];
    // A body of state forces ("the army") is an organisation: a perpetrator, not people.
    if (agents_t.get(g.row, "class") == "force" && agents_t.get(g.row, "person") == "0") continue;
    if (organisation_agent(a, g)) continue;
    if (trailing_speaker(a, g)) continue;
    // "the murderers", "the kidnappers", "the perpetrators": people named only by the act
    // itself say nothing of who they were; the record keeps descriptions ("gunmen", "two
    // men in uniform"), as MUC-4's PERP: INDIVIDUAL ID and GTD's notes do.
    if (g.head_end == g.head_first + 1 &&
        word_in(a, g.head_first, {"murderer", "murderers", "killer", "killers", "perpetrator", "perpetrators",
                                  "culprit", "culprits", "kidnapper", "kidnappers", "abductor", "abductors",
                                  "captor", "captors", "suspect", "suspects"})) {
      bool described = false;  // "the masked kidnappers", "three suspects": words of their own
      for (uint32_t i = g.first; i < g.head_first; ++i)
        described |= !word_in(a, i, {"the", "a", "an", "his", "her", "their", "its", "these", "those", "alleged",
                                     "suspected", "presumed", "other", "some", "all"});
      if (!described) continue;
    }
    // Words inside a longer description of the same people ("a four-person" in "a
    // four-person rebel group") are that description. Doers come in text order, so one that
    // holds g is among its neighbours in the list (bounded: no scan of every doer).
    bool inside = false;
    const size_t at = size_t(&gi - doers.data());
    for (size_t k = at > kNeighbourDoers ? at - kNeighbourDoers : 0; k < doers.size() && k <= at + kNeighbourDoers; ++k) {
      const size_t gj = doers[k];
      const AgentMention& o = a.agents[gj];
      inside |= gj != gi && o.first <= g.first && g.end <= o.end && o.end - o.first > g.end - g.first;
    }
    if (inside) continue;
    // One entry per kind of people: "the rebels" and "a rebel" of one incident are the
    // same attackers told twice, in the singular or the plural.
    std::string head = matching_form(span_text(a, g.head_first, g.head_end));
    while (!head.empty() && (head.back() == 's' || head.back() == 'e')) head.pop_back();
    if (!seen.insert(head).second) continue;
    // Spellings of one word of an armed movement ("urban guerillas", "urban guerrillas")
    // are one row of the agents table: the same people.
    if (agents_t.get(g.row, "class") == "attacker" && !seen.insert("#" + std::to_string(g.row)).second) continue;
    // The words describe the people; their organisation ("ELN guerrillas") goes in
    // member_of, and a hedge ("suspected", "alleged") is the perpetrator's status, not a
    // description. "Members" describe nothing without their organisation: "FMLN members"
    // keeps it (MUC-4: "PRESUMED MEMBERS OF THE SHINING PATH GROUP").
    // A unit of the group ("ELN cell", "an FMLN squad") keeps its name too.
    const bool members = word_in(a, g.head_end - 1, {"members", "member", "cell", "cells", "squad", "squads"});
    uint32_t words_first = g.first;
    std::string member_of;
    for (uint32_t i = g.first; i < g.head_first && !members; ++i) {
      if (a.actor_at[i] >= 0) {
        const ActorMention& m = a.actors[size_t(a.actor_at[i])];
        if (m.end > g.head_first) break;
        member_of = std::string(a.lex.table(lex::kActors).get(m.row, "name"));
        // "the FMLN guerrillas" as "FMLN guerrillas": a determiner before the name goes too.
        if (i == words_first || (i == words_first + 1 && word_in(a, words_first, {"the", "a", "an"})))
          words_first = m.end;
        i = m.end - 1;
      } else if (i == words_first && word_in(a, i, {"suspected", "alleged", "presumed", "presumably", "apparent"})) {
        words_first = i + 1;
      } else if (!(i == words_first && word_in(a, i, {"the", "a", "an"}))) {
        break;
      }
    }
    if (attackers.size() >= kMaxListItems) continue;
    Attacker& j = attackers.emplace_back();
    j.words = spanned(a, words_first, description_end(a, g.end));
    // One person named beside the description: the name is the doer's ID.
    const std::string_view last = a.doc.norm(g.head_end - 1);
    if (agents_t.get(g.row, "person") == "1" && !last.ends_with("s") && !last.ends_with("men") &&
        !last.ends_with("people")) {
      auto [nf, ne] = doer_name(a, g.first, description_end(a, g.end));
      if (nf < ne) j.words = spanned(a, nf, ne);
    }
    j.member_of = std::move(member_of);
    auto [nlo, nhi] = in_tokens(a.numbers, g.first, g.head_first);
    for (size_t ni = nlo; ni < nhi; ++ni)
      if (a.numbers[ni].end <= g.head_first && a.numbers[ni].value >= 0) {
        j.count = a.numbers[ni].value;
        break;
      }
  }
  return attackers;
}

namespace {

// Words that open a noun phrase; the modifiers between one of them and a target word belong
// to the target's name ("the San Jorge warehouse", "the Pacific oil pipeline").
const std::initializer_list<std::string_view> kDeterminers = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "several", "some",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "various", "many"};
// How many modifier words a target may take to its left: "the Cano Limon oil pipeline".
constexpr uint32_t kMaxTargetModifiers = 3;

// First token of the target phrase whose words start at `b`: the modifiers up to a
// determiner, when one opens the phrase within kMaxTargetModifiers words; else `b`.
uint32_t np_modifiers_start(const Analysis& a, uint32_t b) {
  const auto& toks = a.doc.tokens;
  uint32_t i = b;
  uint32_t taken = 0;
  // "the National Electoral Council (CNE) building", "THE ADMINISTRATIVE DEPARTMENT OF
  // SECURITY (DAS) BUILDING": an acronym in brackets before the head ends an institution's
  // name, which runs longer than modifiers do and may hold "of" and "and".
  constexpr uint32_t kMaxNamedWords = 7;
  bool named = false;
  auto name_start = [&](uint32_t k) {  // a name opens on a word, not on "of" or "and"
    while (k < b && word_in(a, k, {"of", "and", "for"})) ++k;
    return k;
  };
  while (i > 0 && taken <= (named ? kMaxNamedWords : kMaxTargetModifiers)) {
    uint32_t j = i - 1;
    if (a.doc.sentence_of[j] != a.doc.sentence_of[b]) return named ? name_start(i) : b;
    // A number joined by a hyphen is one modifier with its word: "a four-storey building",
    // "the 16th-century mosque", "a five-star hotel" (not a count of the head).
    if ((word_in(a, j, kDeterminers) || toks[j].is(kNumber)) && !(i < b && toks[i].is(kHyphen))) return i;
    if (toks[j].is(kHyphen) || a.doc.norm(j) == "s" || a.doc.norm(j) == "'s") { i = j; continue; }
    if (!named && i == b && j >= 3 && a.doc.token_text(j) == ")" && a.doc.token_text(j - 2) == "(" &&
        (toks[j - 1].is(kAllCaps) || (toks[j - 1].is(kCapitalised) && a.doc.token_text(j - 1).size() <= 5)) &&
        a.doc.sentence_of[j - 3] == a.doc.sentence_of[b]) {
      i = j - 2;
      named = true;
      continue;
    }
    if (named && word_in(a, j, {"of", "and", "for"})) {
      i = j;
      continue;
    }
    // The name's own words, up to a function word or a verb: capitalised in mixed case
    // ("Armed Forces of Liberia (AFL)").
    if (named && !toks[j].is(kPunct)) {
      if (a.lex.has(toks[j].hash, lex::kTriggers) || (!a.doc.all_caps && !toks[j].is(kCapitalised)) ||
          word_in(a, j, {"in",    "on",        "at",   "to",   "by",      "with",   "from",  "or",    "but",
                         "near",  "against",   "into", "was",  "were",    "is",     "are",   "be",    "been",
                         "has",   "have",      "had",  "said", "which",   "who",    "that",  "where", "when",
                         "today", "yesterday", "also", "not",  "outside", "inside", "after", "before"}))
        return name_start(i);
      i = j;
      ++taken;
      continue;
    }
    if (toks[j].is(kNumber) || word_in(a, j, kDeterminers)) {
      i = j;
      continue;
    }  // the number of a compound
    if (toks[j].is(kPunct)) return named ? name_start(i) : b;
    // A word of another kind ends the search: a trigger, a person or force, an actor, a
    // function word ("attacked power poles", "rebels hit a bus"). A bare object or a
    // preposition's object keeps its adjectives ("dynamited electric power poles", "an
    // attack on high tension towers"), short of an adverb ("attacked repeatedly ...").
    if (a.lex.has(toks[j].hash, lex::kTriggers) ||
        word_in(a, j, {"on", "against", "at", "to", "of", "into", "near", "outside", "inside"})) {
      bool plain = taken >= 1 && taken <= 2 && !toks[j].is(kNumber);
      for (uint32_t k = i; k < b && plain; ++k) {
        std::string_view w = a.doc.norm(k);
        plain = !toks[k].is(kPunct) || toks[k].is(kHyphen);
        plain &= !(w.size() > 2 && w.ends_with("ly"));
        plain &= !a.lex.has(toks[k].hash, lex::kTriggers) && !a.lex.has(toks[k].hash, lex::kPlaces);
      }
      return plain || named ? name_start(i) : b;
    }
    if (a.lex.has(toks[j].hash, lex::kAgents) ||
        (j < a.actor_at.size() && a.actor_at[j] >= 0) ||
        word_in(a, j, {"of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or", "but", "near", "against",
                       "into", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "which", "who",
                       "that", "where", "when", "today", "yesterday", "also", "not", "outside", "inside"}))
      return named ? name_start(i) : b;
    if (!a.doc.all_caps && !toks[j].is(kCapitalised) && (named || taken >= 2)) return named ? name_start(i) : b;
    i = j;
    ++taken;
  }
  return named ? name_start(i) : b;
}

// How many words an owner's name before a possessive takes: "Vice President-elect
// Francisco Merino's residence".
constexpr uint32_t kMaxOwnerWords = 5;

// First token of the owner named before the possessive marker at token `mark` ("'s"): the
// words back to a determiner, a function word, a verb or a trigger, at most
// kMaxOwnerWords; `mark` + 1 when there is none.
uint32_t possessor_start(const Analysis& a, uint32_t mark) {
  const auto& toks = a.doc.tokens;
  const uint32_t s = a.doc.sentence_of[mark];
  uint32_t i = mark;
  uint32_t words = 0;
  while (i > 0 && words < kMaxOwnerWords) {
    uint32_t j = i - 1;
    if (a.doc.sentence_of[j] != s) break;
    if (toks[j].is(kHyphen)) { i = j; continue; }
    if (toks[j].is(kPunct) || toks[j].is(kNumber) || a.lex.has(toks[j].hash, lex::kTriggers) ||
        a.lex.has(toks[j].hash, lex::kCues) || word_in(a, j, kDeterminers) ||
        word_in(a, j, {"of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or", "but", "near", "against",
                       "into", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "which", "who",
                       "that", "where", "when", "today", "yesterday", "also", "not", "outside", "inside", "after",
                       "before", "during", "while", "last"}))
      break;
    // In mixed case an owner's words are capitalised or a title ("the mayor's house").
    if (!a.doc.all_caps && !toks[j].is(kCapitalised) && !a.lex.has(toks[j].hash, lex::kAgents)) break;
    i = j;
    ++words;
  }
  return i < mark ? i : mark + 1;
}

// A dwelling, office or vehicle is named by its owner: "the house of Judge Guillermo
// Torres", "the offices of lawyer Luis Rossman", "the residence of the vice president". The
// end of the target phrase ending at `end`, over such an "of" phrase (else `end`).
uint32_t owner_phrase_end(const Analysis& a, uint32_t end) {
  const auto& toks = a.doc.tokens;
  if (end == 0 || end + 2 >= toks.size() || !word_is(a, end, "of")) return end;
  if (!word_in(a, end - 1, {"house", "home", "residence", "office", "offices", "headquarters", "car", "vehicle",
                            "farm", "estate", "apartment", "store", "shop", "building", "buildings", "installations",
                            "facilities", "premises", "branch", "branches"}))
    return end;
  const uint32_t s = a.doc.sentence_of[end];
  uint32_t k = end + 1;
  if (word_in(a, k, {"the", "a", "an"})) ++k;
  uint32_t last = end;
  while (k < toks.size() && a.doc.sentence_of[k] == s && k - end <= 7) {
    if (toks[k].is(kHyphen)) { ++k; continue; }
    if (toks[k].is(kPunct) || toks[k].is(kNumber) || a.lex.has(toks[k].hash, lex::kTriggers) ||
        a.lex.has(toks[k].hash, lex::kCues) ||
        word_in(a, k, {"in", "on", "at", "by", "of", "and", "or", "was", "were", "is", "are", "which", "who", "that",
                       "with", "near", "when", "where", "while", "after", "before", "today", "yesterday", "last", "this",
                       "from", "to", "for", "had", "has", "have", "been", "said", "his", "her", "their", "its"}))
      break;
    // In mixed case the owner ends on a name or a title; common words may stand before it
    // ("the offices of the daily La Prensa").
    if (!a.doc.all_caps && !toks[k].is(kCapitalised) && !a.lex.has(toks[k].hash, lex::kAgents)) {
      ++k;
      continue;
    }
    last = k + 1;
    ++k;
  }
  // The owner is a person or body: a name or a title ("the mayor"); not "the house of cards".
  if (last == end) return end;
  if (!a.doc.all_caps && !toks[last - 1].is(kCapitalised) && !a.lex.has(toks[last - 1].hash, lex::kAgents)) return end;
  return last;
}

}  // namespace

namespace {

// A building named after a preposition of place, in a sentence where people were killed,
// hurt or taken, is where it happened to them, not what was attacked: "shot the judge
// outside his residence", "kidnapped two engineers at the airport" (GTD codes the person,
// MUC-4 fills PHYS TGT only with what was damaged). It stays a target when the act
// falls on buildings (a bombing, shelling, arson: "a bomb exploded at the bank") or when
// the preposition belongs to the act's own words ("fired at a bus", "an attack at the
// station"). `b` is the first token of the target phrase.
bool scene_of_act_on_people(const IncidentScope& sc, uint32_t b, bool patient) {
  const Analysis& a = sc.a;
  uint32_t p = b;
  while (p > 0 && b - p < 3 && word_in(a, p - 1, {"the", "a", "an", "his", "her", "their", "its", "our"})) --p;
  const bool locative = p > 0 && word_in(a, p - 1, {"at", "in", "inside", "outside", "near", "behind"});
  if (patient && !locative) return false;
  const uint32_t prep = locative ? p - 1 : b;
  const uint32_t s = a.doc.sentence_of[b];
  if (s >= sc.mx.by_sentence.size()) return false;
  bool acts = false;
  for (uint32_t i : sc.mx.by_sentence[s]) {
    if (sc.mx.cluster_of[i] != int(sc.c)) continue;
    const EventMention& e = a.events[i];
    if (e.end == prep || (e.first <= prep && prep < e.end)) return false;
    std::string_view family = kind_col(a, e.kind_row, "family");
    if (family != "armed" && family != "abduction" && family != "sexual") return false;
    acts = true;
  }
  if (!acts) return false;
  // The people the act fell on: in the sentence before the preposition when the
  // building is the act's place, anywhere in the incident when it is only nearby.
  auto harmed = [&](const VictimGroup& v) {
    return !v.attackers && (v.effect == "killed" || v.effect == "injured" || v.effect == "abducted");
  };
  if (!patient) {
    for (size_t vi : sc.indices_in(a.victims))
      if (harmed(a.victims[vi])) return true;
    return false;
  }
  auto [vlo, vhi] = a.in_sentence(a.victims, s);
  for (size_t vi = vlo; vi < vhi; ++vi)
    if (harmed(a.victims[vi]) && a.victims[vi].end <= prep) return true;
  return false;
}

// Whether agent mention `g` names people (agents.tsv person 1: "president", "employees",
// "a prosecutor"), not a body or a force ("the army").
bool people_agent(const Analysis& a, const AgentMention& g) {
  return g.country_row >= 0 || a.lex.table(lex::kAgents).get(g.row, "person") == "1";
}

// Whether the target phrase [b, end) tells whose people are named beside it: its last word
// modifies a title or a civilian noun right after it ("Supreme Court president", "university
// students"; a force word may head a place of its own, "the bridge guard post"), or it follows
// "from"/"of" after a people noun ("a prosecutor from the higher court", "the employees of the
// bank").
bool affiliation_of_people(const Analysis& a, uint32_t b, uint32_t end) {
  if (end < a.doc.tokens.size() && a.doc.sentence_of[end] == a.doc.sentence_of[b]) {
    auto [lo, hi] = in_tokens(a.agents, b > 8 ? b - 8 : 0, end + 1);
    for (size_t gi = lo; gi < hi; ++gi)
      if (a.agents[gi].head_first == end && people_agent(a, a.agents[gi]) && a.agents[gi].country_row < 0 &&
          a.lex.table(lex::kAgents).get(a.agents[gi].row, "class") != "force")
        return true;
  }
  uint32_t p = b;
  while (p > 0 && b - p < 3 && word_in(a, p - 1, {"the", "a", "an", "its", "their", "his", "her"})) --p;
  if (p < 2 || !word_in(a, p - 1, {"from", "of"}) || a.doc.sentence_of[p - 2] != a.doc.sentence_of[b]) return false;
  const uint32_t noun_end = p - 1;  // the people noun ends right before the preposition
  auto [lo, hi] = in_tokens(a.agents, noun_end > 8 ? noun_end - 8 : 0, noun_end);
  for (size_t gi = lo; gi < hi; ++gi)
    if (a.agents[gi].head_end == noun_end && people_agent(a, a.agents[gi])) return true;
  return false;
}

// The doers' platform: a vehicle or aircraft named after "from" or "by" right after a verb
// of firing or throwing is where the weapon came from, not what it struck ("machinegunned
// from a moving vehicle", "a missile fired by a military plane", "a grenade thrown from a
// motorcycle"). `b` is the first token of the target phrase.
bool doers_platform(const Analysis& a, uint32_t b) {
  uint32_t p = b;
  while (p > 0 && b - p < 3 && word_in(a, p - 1, {"the", "a", "an", "their", "its", "his"})) --p;
  return p >= 2 && word_in(a, p - 1, {"from", "by"}) &&
         word_in(a, p - 2,
                 {"fired", "dropped", "launched", "thrown", "hurled", "lobbed", "tossed", "machinegunned", "strafed",
                  "sprayed", "shot"});
}

// Where the wounded or the dead were carried is no target: "the injured were taken to
// hospitals in Peshawar", "was rushed to a clinic", "were airlifted to the military base",
// "admitted to the provincial hospital". The facility follows "to" right after a verb of
// carrying or admitting. `b` is the first token of the target phrase.
bool destination_of_casualties(const Analysis& a, uint32_t b) {
  uint32_t p = b;
  while (p > 0 && b - p < 3 && word_in(a, p - 1, {"the", "a", "an", "their", "its", "his", "her", "local", "nearby"}))
    --p;
  return p >= 2 && word_is(a, p - 1, "to") &&
         word_in(a, p - 2,
                 {"taken", "rushed", "brought", "carried", "evacuated", "airlifted", "flown", "transferred",
                  "transported", "admitted", "ferried"});
}

// A landmark named after a word of nearness, once the act's own object or the people it fell
// on are told before it in the sentence, says where it happened, not what was struck: "a
// grenade was hurled at a bus near the airport", "gunmen fired at a police patrol close to the
// stadium", "shot two guards outside the embassy" (MUC-4 fills PHYS TGT with the bus, the
// patrol). It stays a target when the sentence then tells it was damaged ("..., damaging the
// embassy's gate"). `b` is the first token of the target phrase, `end` its end; `taken_end`
// the end of the last target taken (UINT32_MAX for none).
constexpr uint32_t kLandmarkGap = 6;  // "a bus [carrying U.S. soldiers] near the airport"
bool landmark_of_scene(const Analysis& a, uint32_t b, uint32_t end, uint32_t taken_end) {
  uint32_t p = b;
  while (p > 0 && b - p < 3 && word_in(a, p - 1, {"the", "a", "an", "their", "its", "his", "her"})) --p;
  if (p < 2) return false;
  uint32_t prep = p - 1;
  if (word_in(a, prep, {"to"}) && word_in(a, prep - 1, {"close", "next"}))
    --prep;
  else if (!word_in(a, prep, {"near", "opposite", "outside", "beside", "nearby"}))
    return false;
  const uint32_t s = a.doc.sentence_of[b];
  // The landmark must follow the object's words closely, in its phrase: "a bus carrying
  // soldiers near the airport"; a verb, a comma or a conjunction between makes it another
  // phrase's place ("one outside a police station and the other near a market", "were wounded
  // when a grenade exploded outside their house").
  auto closely_before = [&](uint32_t obj_end) {
    if (obj_end > prep || prep - obj_end > kLandmarkGap || a.doc.sentence_of[obj_end - 1] != s) return false;
    for (uint32_t k = obj_end; k < prep; ++k)
      if ((a.doc.tokens[k].is(kPunct) && !a.doc.tokens[k].is(kHyphen) && a.doc.token_text(k) != ".") ||  // "U.S."
          word_in(a, k, {"and", "or", "but", "when", "as", "while", "after", "before", "then"}))
        return false;
    auto [elo, ehi] = in_tokens(a.events, obj_end, prep);
    return elo == ehi;
  };
  bool told = taken_end != UINT32_MAX && closely_before(taken_end);
  auto [vlo, vhi] = a.in_sentence(a.victims, s);
  for (size_t vi = vlo; vi < vhi && !told; ++vi) told = !a.victims[vi].attackers && closely_before(a.victims[vi].end);
  if (!told) return false;
  const uint32_t send = a.doc.sentences[s].end_token;
  for (uint32_t k = end; k < send && k < end + 10; ++k)
    if (word_in(a, k, {"damaged", "damaging", "destroyed", "destroying", "wrecked", "wrecking", "gutted"}))
      return false;
  return true;
}

// The medium that carries a claim or a statement is no target: "claimed responsibility
// through its Amaq news agency", "in a communique sent to local newspapers", "said in an
// interview with a local radio station", "told the state news agency". The target phrase
// starts at `b`; the words before it (determiners aside) are such a link.
bool statement_channel(const Analysis& a, uint32_t b) {
  uint32_t p = b;
  while (p > 0 && b - p < 2 && word_in(a, p - 1, {"the", "a", "an", "its", "their", "his", "her", "our"})) --p;
  if (p == 0 || a.doc.sentence_of[p - 1] != a.doc.sentence_of[b]) return false;
  if (word_in(a, p - 1, {"through", "via", "told", "telling", "tells"})) return true;
  if (p < 2 || !word_in(a, p - 1, {"to", "with", "on", "in", "by", "over"})) return false;
  // The link's verb may stand between the cue and the preposition: "a communique [sent] to",
  // "a statement [posted] on", "a video [carried] by".
  uint32_t q = p - 1;
  if (word_in(a, q - 1,
              {"sent", "faxed", "mailed", "emailed", "delivered", "posted", "published", "issued", "released",
               "broadcast", "aired", "carried", "given", "read", "handed", "quoted"}))
    --q;
  const uint32_t from = q > 4 ? q - 4 : 0;
  if (a.doc.sentence_of[from] != a.doc.sentence_of[b]) return false;
  return has_cue(a, from, q, "channel") || has_cue(a, from, q, "say") || has_cue(a, from, q, "claim", "claimed");
}

// Whether the target whose words start at `head` is a further item of a list whose previous
// item ends at `prev_end`: "attacked the bank, a hotel, and the mayor's residence", "damaged a
// church, two schools and a clinic". The comma ends a clause for other arguments, but a list
// of noun phrases after one verb shares that verb (MUC-4 keys list every item as PHYS TGT).
// Only the comma or "and"/"or" and one determiner or number may stand between the previous
// item and this one's modifiers or owner ("and President Cristiani's residence"); any other
// word ends the list ("attacked a bank, and police later searched a hotel").
bool continues_list(const Analysis& a, uint32_t prev_end, uint32_t head) {
  if (prev_end == UINT32_MAX || prev_end >= head || a.doc.sentence_of[prev_end] != a.doc.sentence_of[head])
    return false;
  uint32_t first = np_modifiers_start(a, head);
  if (first >= 2 && a.doc.tokens[first - 1].is(kPossessive)) first = possessor_start(a, first - 1);
  uint32_t k = prev_end;
  while (k < first && (a.doc.token_text(k) == "," || word_in(a, k, {"and", "or"}))) ++k;
  if (k == prev_end) return false;
  if (k < first && (word_in(a, k, kDeterminers) || a.doc.tokens[k].is(kNumber))) ++k;
  return k == first;
}

}  // namespace

std::vector<Target> incident_targets(const IncidentScope& sc, const std::vector<size_t>& attackers_here,
                                     const std::vector<Hit>& target_hits) {
  const Analysis& a = sc.a;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  const Table& countries = a.lex.table(lex::kCountries);
  const Table& targets_t = a.lex.table(lex::kTargets);
  // Targets: facilities and bodies attacked, with the nationality of a demonym modifier.
  std::vector<Target> targets;
  std::set<std::string> target_seen;
  std::set<uint32_t> absorbed;  // first tokens of targets already named inside another's words
  std::vector<uint8_t> is_attacker(a.agents.size(), 0);  // lookups stay local to each target
  for (size_t gi : attackers_here) is_attacker[gi] = 1;
  const std::vector<Hit>& weapon_hits = table_hits(a, lex::kWeapons);
  uint32_t list_end = UINT32_MAX;  // end of the last target taken: a list may go on after it
  for (size_t ti : indices_in(target_hits)) {
    // A target word right before another is its modifier, the last one the head of one
    // compound noun: "the U.S. embassy warehouse", "the telephone company offices", "a
    // police patrol car" name one thing, of the head's kind.
    auto adjacent = [&](const Hit& x, const Hit& y) {
      return y.first == x.end && a.doc.sentence_of[x.first] == a.doc.sentence_of[y.first];
    };
    if (ti + 1 < target_hits.size() && adjacent(target_hits[ti], target_hits[ti + 1])) continue;
    if (absorbed.count(target_hits[ti].first)) continue;
    Hit h = target_hits[ti];
    // The kind is the head's, unless the head is a generic building or vehicle and a
    // modifier says whose it is ("the embassy warehouse" is diplomatic, "a police car" police).
    std::string_view kind = targets_t.get(h.row, "target_kind");
    for (size_t pj = ti; pj > 0 && adjacent(target_hits[pj - 1], h) && ti - pj < 3; --pj) {
      h.first = target_hits[pj - 1].first;
      std::string_view mk = targets_t.get(target_hits[pj - 1].row, "target_kind");
      if ((kind == "civilians" || kind == "business" || kind == "other") && !mk.empty() && mk != "other") kind = mk;
    }
    // Facilities in a trigger's clause, unless they are the doer ("the embassy's guards
    // opened fire" names no target), or further items of a list that began there.
    if (!near(h.first, h.end) && !continues_list(a, list_end, h.first)) {
      // A list may begin with people or a force the act struck ("attacked the general staff, a
      // residence for U.S. advisers, and President Cristiani's residence").
      bool listed = false;
      const uint32_t from = h.first > 16 ? h.first - 16 : 0;
      auto [glo, ghi] = in_tokens(a.agents, from, h.first);
      for (size_t gi = glo; gi < ghi && !listed; ++gi)
        listed = !is_attacker[gi] && continues_list(a, a.agents[gi].end, h.first) &&
                 (near(a.agents[gi].first, a.agents[gi].end) ||
                  (list_end != UINT32_MAX && a.agents[gi].first >= list_end && a.agents[gi].first - list_end <= 3));
      if (!listed) continue;
    }
    // "Port" in "Port Harcourt", "Fort" in "Fort Worth": the first word of a longer place name
    // is no facility (a place name is never a target, MUC-4).
    bool place_word = false;
    auto [qlo, qhi] = in_tokens(a.places, h.first, h.first + 1);
    for (size_t qi = qlo; qi < qhi; ++qi) place_word |= h.end < a.places[qi].end;
    if (place_word) continue;
    // "the Somali port city of Kismayo", "the garrison town of Bama": a facility word before
    // "city/town of <place>" says what kind of place it is; the place is no target (MUC-4),
    // nor is the port or the garrison.
    if (h.end + 1 < a.doc.tokens.size() && word_in(a, h.end, {"city", "town"}) && word_is(a, h.end + 1, "of")) continue;
    Role role = role_in_incident(sc, h.first, h.end);
    if (role == Role::kAgent) continue;
    // The attackers' own vehicle or base: "two men on a motorcycle", "gunmen in a car".
    bool attackers_own = false;
    auto [glo, ghi] = in_tokens(a.agents, h.first > 16 ? h.first - 16 : 0, h.first);
    for (size_t gi = glo; gi < ghi; ++gi) {
      if (!is_attacker[gi]) continue;
      const AgentMention& g = a.agents[gi];
      if (g.end <= h.first && h.first - g.end <= 3 &&
          word_in(a, g.end, {"on", "in", "aboard", "riding", "driving", "from", "with"}) &&
          !(word_is(a, g.end, "on") && doer_of_noun_trigger(a, g.first)))
        attackers_own = true;
    }
    if (attackers_own) continue;
    // "car" in "car bomb" is the weapon's word, not a target.
    bool in_weapon = false;
    auto [wlo, whi] = in_tokens(weapon_hits, h.first > 8 ? h.first - 8 : 0, h.end);
    for (size_t wi = wlo; wi < whi; ++wi) in_weapon |= weapon_hits[wi].first < h.end && h.first < weapon_hits[wi].end;
    if (in_weapon) continue;
    // "two bus passengers", "a school teacher": a modifier of the people attacked, who are
    // victims, not a facility.
    bool in_people = false;
    auto [plo, phi] = in_tokens(a.victims, h.first > 16 ? h.first - 16 : 0, h.first + 1);
    for (size_t pi = plo; pi < phi; ++pi)
      in_people |= a.victims[pi].first <= h.first && h.end < a.victims[pi].end && a.victims[pi].name.empty();
    if (in_people) continue;
    // Roads and neighbourhoods are mostly where it happened ("on the main road", "in a poor
    // neighbourhood"): a target only as the direct object ("blew up the highway").
    uint32_t before = h.first;  // the word before the phrase and its determiners
    // A name before the word goes too: "in the Carrefour neighbourhood", "on the Grand Trunk road".
    uint32_t names = 0;
    while (before > 0 && (word_in(a, before - 1, {"the", "a", "an", "main", "old", "new", "same"}) ||
                          (names < 2 && !a.doc.all_caps && a.doc.tokens[before - 1].is(kCapitalised) &&
                           before - 1 > a.doc.sentences[a.doc.sentence_of[h.first]].first_token && ++names)))
      --before;
    bool after_preposition = before > 0 && word_in(a, before - 1, {"on", "along", "in", "at", "near", "from", "to",
                                                                   "toward", "towards", "through", "across", "into"});
    if ((role != Role::kPatient || after_preposition) && word_in(a, h.end - 1, {"road", "roads", "highway", "highways", "street", "streets",
                                                         "neighborhood", "neighborhoods", "neighbourhood",
                                                         "neighbourhoods", "district", "districts", "area", "areas",
                                                         "municipality", "village", "villages", "town", "towns",
                                                         "zone", "sector", "region"}))
      continue;
    bool speaker_words = false;  // "Interior Ministry spokesman ... said" names a speaker
    auto [alo, ahi] = in_tokens(a.attributions, h.first > 40 ? h.first - 40 : 0, h.first + 1);
    for (size_t ai = alo; ai < ahi; ++ai)
      if (h.first >= a.attributions[ai].first && h.end <= a.attributions[ai].end) speaker_words = true;
    if (speaker_words) continue;
    uint32_t b = h.first;
    std::string nationality;
    // All-caps copy, where no capital marks a name: a place or an actor the lexicon found is
    // part of the target's words, as the capitalised name is in mixed case ("HERAT AIRPORT",
    // "PESHAWAR POLICE LINES" as "Herat airport", "Peshawar Police Lines").
    auto wire_name = [&](uint32_t k) {
      if (!a.doc.all_caps) return false;
      if (k < a.actor_at.size() && a.actor_at[k] >= 0) return true;
      auto [plo, phi] = in_tokens(a.places, k > 4 ? k - 4 : 0, k + 1);
      for (size_t pi = plo; pi < phi; ++pi)
        if (a.places[pi].end > k) return true;
      return false;
    };
    while (b > 0 && in_sents(b - 1) &&
           (a.lex.has(a.doc.tokens[b - 1].hash, lex::kCountries) ||
            (a.doc.tokens[b - 1].is(kCapitalised) && !a.doc.all_caps &&
             !word_in(a, b - 1, {"the", "a", "an", "on", "in", "at"})) ||
            wire_name(b - 1))) {
      for (const Match& mm : a.matches_at(b - 1))
        for (const lex::Posting& p : mm.postings)
          if (p.table == lex::kCountries && nationality.empty()) nationality = std::string(countries.get(p.row, "cca2"));
      --b;
    }
    b = np_modifiers_start(a, b);
    // "President Cristiani's residence", "the councilman's home", "El Espectador's offices":
    // the owner named before a possessive belongs to the target's words.
    if (b >= 2 && a.doc.tokens[b - 1].is(kPossessive)) b = possessor_start(a, b - 1);
    if (scene_of_act_on_people(sc, b, role == Role::kPatient)) continue;
    if (doers_platform(a, b)) continue;
    if (destination_of_casualties(a, b)) continue;
    if (landmark_of_scene(a, b, h.end, list_end)) continue;
    // A body people belong to names who they are, not what was struck: "Supreme Court
    // president Francisco Guerrero", "university students" (the words modify people), "a
    // prosecutor from the Medellin court", "the employees of the bank".
    if (affiliation_of_people(a, b, h.end)) continue;
    if (kind == "media" && statement_channel(a, b)) continue;
    uint32_t end = owner_phrase_end(a, h.end);
    // A target word inside the owner's words is part of this target, not one of its own
    // ("the offices of the municipality", "the house of the bank manager").
    for (size_t oj = ti + 1; oj < target_hits.size() && target_hits[oj].first < end; ++oj)
      absorbed.insert(target_hits[oj].first);
    std::string_view gt = targets_t.get(h.row, "gtd_target_type");
    // A convoy is of the kind of what or whom it carries: "a convoy of aid trucks", "the
    // convoy of the governor", "a convoy carrying displaced families"; a bare "convoy" is a
    // force's (GTD's usual coding).
    const bool convoy_of = word_in(a, h.end - 1, {"convoy", "convoys"}) &&
                           word_in(a, h.end, {"of", "carrying", "transporting", "ferrying"});
    if (convoy_of && !(ti + 1 < target_hits.size() && target_hits[ti + 1].first <= h.end + 3)) {
      auto [glo, ghi] = in_tokens(a.agents, h.end + 1, h.end + 4);
      const Table& agents_t = a.lex.table(lex::kAgents);
      for (size_t gi = glo; gi < ghi; ++gi) {
        std::string_view cls = agents_t.get(a.agents[gi].row, "class");
        if (a.agents[gi].country_row >= 0 || cls == "force" || cls == "attacker" ||
            agents_t.get(a.agents[gi].row, "target_kind").empty())
          break;
        end = a.agents[gi].end;
        kind = agents_t.get(a.agents[gi].row, "target_kind");
        gt = {};
        break;
      }
    }
    // "the offices of a television station", "the facilities of the power company": a
    // generic facility of a target named after "of" is that target's.
    if (end == h.end && (gt.empty() || convoy_of) && ti + 1 < target_hits.size() &&
        (word_is(a, h.end, "of") || convoy_of)) {
      const Hit& owner = target_hits[ti + 1];
      uint32_t k = h.end + 1;
      while (k < owner.first && k < h.end + 4 && word_in(a, k, {"the", "a", "an", "its", "their"})) ++k;
      if (owner.first >= k && owner.first - k <= 2 && a.doc.sentence_of[owner.first] == a.doc.sentence_of[h.first]) {
        end = owner.end;
        kind = targets_t.get(owner.row, "target_kind");
        gt = targets_t.get(owner.row, "gtd_target_type");
        absorbed.insert(owner.first);
      }
    }
    Target t;
    t.words = spanned(a, b, end);
    t.kind = std::string(kind);
    if (!target_seen.insert(matching_form(t.words.text) + "|" + t.kind).second) continue;
    t.nationality = std::move(nationality);
    t.gtd_target_type = std::string(gt);
    if (targets.size() < kMaxListItems) targets.push_back(std::move(t));
    list_end = end;
  }
  return targets;
}

namespace {

// A weapon word that names no device used in the act (MUC-4 template doc 7.7 note 1: fill
// the instrument only from a noun phrase that refers to the device, never from words that
// tell the act or its effect):
// - a modifier of the noun after it: a facility ("a gasoline station", "a gasoline truck"),
//   a service or a trade ("the bomb squad", "explosives-detecting dogs", "explosives
//   experts", "arms smuggling"); "a bomb explosion", "a bomb threat" still name the bomb
//   that exploded or was threatened (MUC-4 keys fill "BOMB" there);
// - a verb after "to" or a modal ("threatened to bomb the station", "the air force will
//   shell the hills", "vowed to dynamite the bridge");
// - the state of a body ("found riddled with bullets", "a bullet-riddled car"): the effect
//   of shooting, told of the victim, not the gun.
bool names_no_device(const Analysis& a, const Hit& h, const std::vector<Hit>& target_hits) {
  const uint32_t s = a.doc.sentence_of[h.first];
  uint32_t next = h.end;
  while (next < a.doc.sentences[s].end_token && a.doc.tokens[next].is(kHyphen)) ++next;
  if (next < a.doc.sentences[s].end_token && !a.doc.tokens[next].is(kPunct)) {
    if (word_in(a, next, {"squad",     "squads",    "unit",      "disposal", "detecting",  "detection",   "detector",
                          "detectors", "sniffing",  "expert",    "experts",  "technician", "technicians", "shelter",
                          "shelters",  "station",   "stations",  "pump",     "pumps",      "tanker",      "tankers",
                          "shortage",  "shortages", "price",     "prices",   "smuggling",  "trafficking", "dealer",
                          "dealers",   "factory",   "factories", "depot",    "depots",     "dump",        "license",
                          "licence",   "control",   "lobby"}))
      return true;
    auto [tlo, thi] = in_tokens(target_hits, next, next + 1);
    if (tlo < thi) return true;
  }
  if (h.end == h.first + 1 && h.first > 0 &&
      word_in(a, h.first, {"bomb", "shell", "rocket", "mortar", "dynamite", "stone", "knife", "machinegun", "torch"}) &&
      word_in(a, h.first - 1, {"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should"}))
    return true;
  if (h.first > 1 && word_in(a, h.first - 1, {"with"}) && word_in(a, h.first - 2, {"riddled"})) return true;
  if (h.end < a.doc.tokens.size() && word_in(a, h.end - 1, {"bullet"}) &&
      (word_in(a, h.end, {"riddled"}) || (a.doc.tokens[h.end].is(kHyphen) && word_in(a, h.end + 1, {"riddled"}))))
    return true;
  return false;
}

// Arms an act took, not arms it used: "the guerrillas stole four .38 caliber revolvers",
// "the rebels seized 63 rifles, 4 machineguns and 3 grenade launchers from the troops", "a
// cache of AK-47s". The weapon stands in the object list of a seizure verb or noun, with
// no word between them that opens another phrase ("seized the town and attacked it with
// mortars" keeps the mortars).
constexpr uint32_t kSeizedListGap = 16;  // "seized [five M-16 rifles, one grenade launcher,] four machineguns"
bool seized_not_used(const Analysis& a, const Hit& h) {
  const uint32_t sb = a.doc.sentences[a.doc.sentence_of[h.first]].first_token;
  for (uint32_t k = h.first; k > sb && h.first - k < kSeizedListGap; --k) {
    const uint32_t w = k - 1;
    if (word_in(a, w, {"seized",      "seize",      "seizes",       "seizing",      "seizure",   "seizures",
                       "confiscated", "confiscate", "confiscating", "confiscation", "captured",  "capture",
                       "capturing",   "stole",      "stolen",       "steal",        "stealing",  "theft",
                       "looted",      "cache",      "caches",       "arsenal",      "stockpile", "stockpiles",
                       "shipment",    "shipments",  "consignment",  "smuggled",     "smuggling", "haul"}))
      // "a stolen car packed with explosives", "the captured rifles were used": a participle
      // after a determiner describes the arms, which may still be the ones used.
      return !(w > sb && (word_in(a, w - 1, {"a", "an", "the", "its", "their", "his", "her"}) ||
                          a.doc.tokens[w - 1].is(kNumber)));
    // The point of a calibre glued to its figure (".38 caliber revolvers") ends no phrase.
    const bool decimal_point = a.doc.token_text(w) == "." && w + 1 < a.doc.tokens.size() &&
                               a.doc.tokens[w + 1].is(kNumber) && a.doc.tokens[w].end == a.doc.tokens[w + 1].begin;
    if (a.doc.tokens[w].is(kPunct) && !decimal_point && !word_in(a, w, {",", "[", "]", "(", ")", "-", "\""}))
      return false;
    if (word_in(a, w, {"with",  "by",     "using", "used",    "when",   "after",    "before",  "while",
                       "who",   "which",  "that",  "to",      "as",     "killing",  "killed",  "wounding",
                       "fired", "firing", "threw", "planted", "placed", "attacked", "against", "at"}))
      return false;
  }
  return false;
}

// A weapon told as the one used, in a sentence of the incident that tells no other act: "the
// machinegun used by the assassin was hidden in the bathroom", "police found the pistol used
// in the killing", "the gunmen, armed with rifles, escaped".
bool used_beside_incident(const IncidentScope& sc, const Hit& h) {
  const Analysis& a = sc.a;
  const uint32_t s = a.doc.sentence_of[h.first];
  if (!sc.sents.count(s)) return false;
  if (s < sc.mx.by_sentence.size())
    for (uint32_t i : sc.mx.by_sentence[s])
      if (sc.mx.cluster_of[i] != int(sc.c)) return false;
  if (word_is(a, h.end, "used") && word_in(a, h.end + 1, {"by", "in", "to", "for", "during"})) return true;
  uint32_t b = h.first;
  while (b > 0 && h.first - b < 3 &&
         (word_in(a, b - 1, {"a", "an", "the", "two", "three", "several", "their", "his"}) ||
          a.doc.tokens[b - 1].is(kNumber)))
    --b;
  return b >= 2 && word_is(a, b - 1, "with") && word_in(a, b - 2, {"armed", "equipped"});
}

// Units in which news measures an amount of explosive or the bore of a gun: "800 kg of
// dynamite", "two tons of explosives", "a 5-kg charge", "a .22 caliber gun".
const std::initializer_list<std::string_view> kWeaponUnits = {
    "kg",      "kgs",     "kilo",   "kilos",  "kilogram", "kilograms", "gram",   "grams",
    "pound",   "pounds",  "lb",     "lbs",    "ton",      "tons",      "tonne",  "tonnes",
    "caliber", "calibre", "liters", "litres", "sacks",    "boxes",     "crates", "cases"};

// First token of a weapon's noun phrase: an exact amount told right before its words belongs
// to it ("800 kg of dynamite", "a 5-kg dynamite charge", "a .22 caliber gun"). MUC-4 keys
// fill INSTRUMENT ID with that whole phrase ("250 KG OF DYNAMITE", ".22 CALIBER GUN"), as
// news names the charge by its weight. A bare count ("two bombs") or a rough amount ("about
// 500 kg of explosives") stays out: the keys mostly name such devices by the noun alone.
uint32_t weapon_phrase_start(const Analysis& a, const Hit& h) {
  const uint32_t sb = a.doc.sentences[a.doc.sentence_of[h.first]].first_token;
  uint32_t b = h.first;
  // "<number> kg of <weapon>", "<number>-kg <weapon>", "<number> caliber <weapon>"
  if (b >= sb + 3 && word_is(a, b - 1, "of") && word_in(a, b - 2, kWeaponUnits))
    b -= 2;
  else if (b >= sb + 2 && word_in(a, b - 1, kWeaponUnits))
    b -= 1;
  else
    return h.first;
  if (b > sb && a.doc.tokens[b - 1].is(kHyphen)) --b;
  if (b == sb || !a.doc.tokens[b - 1].is(kNumber)) return h.first;
  auto [lo, hi] = in_tokens(a.numbers, b > sb + 6 ? b - 6 : sb, b);
  for (size_t n = lo; n < hi; ++n)
    if (a.numbers[n].end == b && !a.numbers[n].vague && a.numbers[n].bound == NumberMention::kExact &&
        a.doc.tokens[a.numbers[n].first].is(kNumber))
      return a.numbers[n].first;
  return h.first;
}

}  // namespace

std::vector<Weapon> incident_weapons(const IncidentScope& sc, const std::vector<Hit>& weapon_hits) {
  const Analysis& a = sc.a;
  const Table& weapons_t = a.lex.table(lex::kWeapons);
  const std::vector<Hit>& target_hits = table_hits(a, lex::kTargets);
  // A seizure alone is an act on arms: its record keeps them (ACLED Disrupted weapons use);
  // a violent act, told with a seizure or not, only the arms it used.
  // A trigger inside a weapon's own words ("assault" in "seized 40 assault rifles") tells
  // no act.
  bool violent = false;
  for (uint32_t m : sc.cluster().mentions) {
    const EventMention& e = a.events[m];
    bool in_weapon = false;
    auto [wlo, whi] = in_tokens(weapon_hits, e.first > 8 ? e.first - 8 : 0, e.end);
    for (size_t wi = wlo; wi < whi; ++wi) in_weapon |= weapon_hits[wi].first < e.end && e.first < weapon_hits[wi].end;
    violent |= !in_weapon && kind_col(a, e.kind_row, "violent") != "0";
  }
  std::vector<Weapon> weapons;
  for (size_t wi : sc.indices_in(weapon_hits)) {
    const Hit& h = weapon_hits[wi];
    if (!sc.near(h.first, h.end) && !used_beside_incident(sc, h)) continue;
    if (names_no_device(a, h, target_hits)) continue;
    if (violent && seized_not_used(a, h)) continue;
    if (weapons.size() >= kMaxListItems) continue;
    Weapon& w = weapons.emplace_back();
    w.words = spanned(a, weapon_phrase_start(a, h), h.end);
    w.gtd_weapon_type = std::string(weapons_t.get(h.row, "gtd_weapon_type"));
    std::string_view sub = weapons_t.get(h.row, "gtd_weapon_subtype");
    if (!sub.empty()) w.gtd_weapon_subtype = std::string(sub);
  }
  return weapons;
}

}  // namespace sitrep
