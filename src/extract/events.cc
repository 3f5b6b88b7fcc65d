// Events stage: trigger matches -> the events layer, each mention with its kind, its
// strength and its status from the cue words of its own clause.
#include "extract/events.h"

#include <vector>

#include "extract/hits.h"
#include "extract/match.h"

namespace sitrep {

bool clause_boundary(const Analysis& a, uint32_t i) {
  const Token& t = a.doc.tokens[i];
  if (t.is(kPunct)) {
    std::string_view s = a.doc.token_text(i);
    // Nearly every mark is one byte: one length test, then byte compares.
    if (s.size() == 1) return s[0] == ',' || s[0] == ';' || s[0] == ':' || s[0] == '(' || s[0] == ')';
    return s == "--" || s == "\xE2\x80\x94";
  }
  // By hash (one filter test rejects most words): clause scans ask this of every word.
  static constexpr WordSet kSubordinators{"since", "after", "before", "when", "while", "which", "who", "following",
                                          "because", "but", "although", "whereas", "until", "unlike"};
  return kSubordinators.contains(t.hash);
}

namespace {

// The ")" closing a short gloss opened at `open` before `limit`, or 0: "in Gwoza (Borno) on 3
// March", "the National Liberation Army (ELN) claimed". A few words with no mark and no act in
// parentheses name or qualify what stands before them; they end no clause. A dateline's
// credit ("NAIROBI, Sept. 5 (Reuters) - ...") ends the dateline.
uint32_t gloss_end(const Analysis& a, uint32_t open, uint32_t limit) {
  constexpr uint32_t kGlossWords = 4;  // "(Bourem, Gao)" has a mark and is no gloss
  if (a.doc.token_text(open) != "(") return 0;
  for (uint32_t j = open + 1; j < limit && j <= open + kGlossWords + 1; ++j) {
    if (a.doc.token_text(j) == ")") {
      const bool credit = j + 1 < a.doc.tokens.size() && a.doc.tokens[j + 1].is(kPunct) &&
                          (a.doc.token_text(j + 1) == "-" || clause_boundary(a, j + 1));
      return j > open + 1 && !credit ? j : 0;
    }
    if (a.doc.tokens[j].is(kPunct) || a.token_has(j, lex::kTriggers)) return 0;
  }
  return 0;
}

}  // namespace

bool same_clause(const Analysis& a, uint32_t x, uint32_t y) {
  if (x > y) std::swap(x, y);
  if (a.doc.sentence_of[x] != a.doc.sentence_of[y]) return false;
  for (uint32_t i = x + 1; i < y; ++i) {
    if (!clause_boundary(a, i)) continue;
    if (uint32_t close = gloss_end(a, i, y)) {
      i = close;
      continue;
    }
    return false;
  }
  return true;
}

int kind_row(const Lexicon& lex, std::string_view kind) {
  const Table& k = lex.table(lex::kKinds);
  int col = k.column("kind");
  for (size_t r = 0; r < k.size(); ++r)
    if (k.get(r, col) == kind) return int(r);
  return -1;
}

// An act told in the perfect over a period up to now is a tally of many acts, not one:
// "Herders have killed hundreds of farmers in Plateau State in recent months", "hired
// assassins have killed more than 200 police officers this year", "the PKK has killed
// thousands since 1984", "23 people had been killed across the country since the strike
// began" (MUC-4 1.0 rule 7: summary descriptions are excluded). The period (cues.tsv tally) is in the act's own
// clause after it, or opens the sentence ("In recent weeks, gunmen have ..."); "since" a
// day or an hour ("since Monday", "since dawn") may date one act and is no tally, nor is an
// act whose clause names its day ("have killed 12 people on Monday in the deadliest attack
// this year").
bool perfect_tally(const Analysis& a, uint32_t first, uint32_t end) {
  const Sentence& s = a.doc.sentences[a.doc.sentence_of[first]];
  // "have killed", "has been killed", "has been blamed for killing", "have carried out
  // dozens of such attacks": the auxiliary a few words before, in the act's clause.
  constexpr uint32_t kAuxReach = 6;
  uint32_t aux = UINT32_MAX;
  for (uint32_t k = first; k > s.first_token && first - k < kAuxReach && aux == UINT32_MAX; --k) {
    if (clause_boundary(a, k - 1) || word_is(a, k - 1, "that")) break;
    if (word_in(a, k - 1, {"has", "have", "had"})) aux = k - 1;
  }
  if (aux == UINT32_MAX) return false;
  // Many people or things counted ("hundreds of villagers", "several army posts", "at least
  // 25 candidates"): one senator kidnapped this year, or hostages held since then, are one act.
  constexpr uint32_t kSubjectReach = 8, kObjectReach = 8;
  bool many = false;
  auto [nlo, nhi] = in_tokens(a.numbers, aux >= s.first_token + kSubjectReach ? aux - kSubjectReach : s.first_token,
                              std::min(end + kObjectReach, s.end_token));
  for (size_t n = nlo; n < nhi && !many; ++n) many = a.numbers[n].vague || a.numbers[n].value >= 2;
  if (!many) return false;
  auto period_at = [&](uint32_t i) {
    // The phrase starts at i (has_cue finds only phrases ending in its range); the longest
    // period phrase has five words ("over the past few months").
    constexpr uint32_t kPhraseWords = 5;
    auto starts_period = [&](std::string_view v, const lex::Posting& p, const Match& m) {
      return m.first == i && v == "period" && posting_applies(a, p, m.first, m.end);
    };
    if (!visit_cues(a, i, std::min(i + kPhraseWords, s.end_token), "tally", starts_period)) return false;
    if (!word_is(a, i, "since") || i + 1 >= s.end_token) return true;
    // "since Monday", "since last week", "since the afternoon of 12 September"
    constexpr uint32_t kDayReach = 4;
    auto [dlo, dhi] = in_tokens(a.dates, i + 1, std::min(i + 1 + kDayReach, s.end_token));
    for (size_t d = dlo; d < dhi; ++d)
      if (a.dates[d].precision == DateMention::kDay ||
          (a.dates[d].first == i + 1 && a.dates[d].precision == DateMention::kWeek))
        return false;
    return !word_in(a, i + 1, {"dawn", "morning", "yesterday", "overnight", "midnight", "noon", "daybreak"});
  };
  // "In recent months, ...", "Since 2009, ...": the period opens the sentence.
  if (period_at(s.first_token)) return true;
  constexpr uint32_t kPeriodReach = 12;  // "... hundreds of farmers in Plateau State in recent months"
  for (uint32_t i = end; i < s.end_token && i < end + kPeriodReach; ++i) {
    auto [dlo, dhi] = in_tokens(a.dates, i, i + 1);
    for (size_t d = dlo; d < dhi; ++d)
      if (a.dates[d].precision == DateMention::kDay && !a.dates[d].past_background) return false;
    if (period_at(i)) return true;
    if (clause_boundary(a, i)) break;
  }
  return false;
}

namespace {

// Where status cues can be: the first tokens of the matches that carry a cue of class
// "status" (one pass over the matches; a few per document). A clause with none starting
// in it has no such cue of any value, so the status tests skip their search (has_cue looks
// up the table's columns and walks the matches for each of the dozen tests of a trigger).
class StatusCues {
 public:
  explicit StatusCues(const Analysis& a) : a_(a) {}
  // The trigger's sentence, [first, end): its queries lie in it, and most sentences hold
  // no status cue, so they are answered without a search.
  void sentence(uint32_t first, uint32_t end) {
    if (!built_) build();
    s_first_ = first;
    s_end_ = end;
    lo_ = size_t(std::lower_bound(starts_.begin(), starts_.end(), first) - starts_.begin());
    hi_ = size_t(std::lower_bound(starts_.begin() + lo_, starts_.end(), end) - starts_.begin());
  }
  // has_cue(a, b, e, "status", value), exactly: has_cue reads only the matches starting
  // in [b, e) (e clipped to the text), which `starts_` lists.
  // Inline: the common answer (no status cue in the trigger's sentence) is a few compares.
  [[gnu::always_inline]] bool near(uint32_t b, uint32_t e, std::string_view value) {
    if (built_ && lo_ == hi_ && b >= s_first_ && e <= s_end_) return false;
    return search(b, e, value);
  }

 private:
  bool search(uint32_t b, uint32_t e, std::string_view value) {
    if (!built_) build();
    const uint32_t end = std::min(e, uint32_t(a_.doc.tokens.size()));
    if (b >= end) return false;
    size_t lo = 0, hi = starts_.size();
    if (b >= s_first_ && end <= s_end_) lo = lo_, hi = hi_;  // inside the sentence: its starts only
    if (lo == hi) return false;
    auto it = std::lower_bound(starts_.begin() + lo, starts_.begin() + hi, b);
    if (it == starts_.begin() + hi || *it >= end) return false;
    // has_cue(a_, b, e, "status", value) from the status postings listed by build(): the
    // same tests on them, without walking every match of [b, e).
    if (a_.match_index.size() <= end) return false;
    auto c = std::lower_bound(cues_.begin(), cues_.end(), b, [](const Cue& x, uint32_t t) { return x.first < t; });
    for (; c != cues_.end() && c->first < end; ++c)
      if (c->end <= end && (value.empty() || c->value == value) && c->applies) return true;
    return false;
  }
  void build() {
    built_ = true;
    const Table& t = a_.lex.table(lex::kCues);
    const int ccls = t.column("class"), cval = t.column("value");
    for (const Match& m : a_.matches) {  // sorted by first token: so are starts_ and cues_
      if (!(m.tables & (1u << lex::kCues))) continue;
      bool status = false;
      for (const lex::Posting& p : m.postings)
        if (p.table == lex::kCues && t.get(p.row, ccls) == "status") {
          status = true;
          cues_.push_back(Cue{m.first, m.end, t.get(p.row, cval), posting_applies(a_, p, m.first, m.end)});
        }
      if (status) starts_.push_back(m.first);
    }
  }
  // A status posting of a match: its tokens, its value and whether it applies there.
  struct Cue {
    uint32_t first, end;
    std::string_view value;
    bool applies;
  };
  const Analysis& a_;
  bool built_ = false;            // on the first trigger: quiet documents skip the pass
  std::vector<Cue> cues_;
  std::vector<uint32_t> starts_;
  uint32_t s_first_ = 0, s_end_ = 0;  // the sentence set by sentence() (none yet)
  size_t lo_ = 0, hi_ = 0;            // its starts: starts_[lo_, hi_)
};

// True when a cue of class `cls` overlaps tokens [first, end): the trigger is part of a
// longer cue phrase ("shooting guard", "price war"), so it is not an event word here.
// With `beyond_only`, only a cue running past the trigger's words counts ("took a shot at").
bool cue_overlaps(const Analysis& a, uint32_t sent_first, uint32_t first, uint32_t end, std::string_view cls,
                  bool beyond_only = false) {
  const Table& t = a.lex.table(lex::kCues);
  int ccls = -2;  // looked up at the first cue posting: most triggers have none about them
  // Cue phrases are a few words long: one starting up to 4 tokens earlier can cover the trigger.
  for (uint32_t i = first >= sent_first + 4 ? first - 4 : sent_first; i < end; ++i)
    for (const Match& m : a.matches_at(i)) {
      if (m.end <= first || m.first >= end) continue;
      // A shorter cue inside the trigger's own phrase is a part of it: "hacked" (cyber)
      // inside "hacked to death".
      if (first <= m.first && m.end <= end && (beyond_only || m.end - m.first < end - first)) continue;
      for (const lex::Posting& p : m.postings) {
        if (p.table != lex::kCues || !posting_applies(a, p, m.first, m.end)) continue;
        if (ccls == -2) ccls = t.column("class");
        if (t.get(p.row, ccls) == cls) return true;
      }
    }
  return false;
}

// The end of a sentence-initial adverbial ("Last year, ...", "In 2019, ..."): the first
// comma within a few tokens of the sentence start, or the start itself when none.
uint32_t opening_adverbial_end(const Analysis& a, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token && i < s.first_token + 6; ++i)
    if (a.doc.token_text(i) == ",") return i;
  return s.first_token;
}

// The word at `i` is no past or participle form: "kill", "attack", "assassinate" (not
// "killed", "shot", "killing").
bool bare_form(const Analysis& a, uint32_t i) {
  std::string_view w = a.doc.norm(i);
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
  };
  if (ends("ed") || ends("en") || ends("ing")) return false;
  // Irregular past forms of the violent verbs of triggers.tsv, and the passive's auxiliary
  // that opens some triggers ("who was shot dead": a report, not a habit).
  return !word_in(a, i,
                  {"shot", "blew", "hit",     "struck", "threw", "burnt", "took",   "held", "stole", "fought", "beat",
                   "slew", "set",  "overran", "drove",  "broke", "tore",  "spread", "cut",  "fled",  "was",    "were"});
}

// A verb trigger in its bare form after an infinitive marker, a modal or a relative
// pronoun names a purpose, a habit or a charge, not an act that took place: "troops sent
// to attack the town", "forces that assassinate and destroy", "officers who kidnap union
// members". Past forms after a relative are reports ("the bomb that killed 12"); status
// cues ("tried to kill", "plans to attack") are read before this applies.
bool bare_verb_use(const Analysis& a, const Sentence& s, uint32_t first) {
  if (first <= s.first_token) return false;
  if (word_in(a, first - 1, {"will", "shall", "can", "cannot", "must"})) return true;
  // After "to" an act is a purpose, unless the sentence says it was carried out: "used
  // explosives to blow up the pipeline", "managed to kill", "stormed the building to
  // kidnap" tell what was done; "created to attack", "ready to attack" do not.
  if (word_is(a, first - 1, "to")) {
    uint32_t from = first >= s.first_token + 5 ? first - 5 : s.first_token;
    for (uint32_t i = from; i + 1 < first; ++i) {
      // "used as a springboard to attack" is a purpose again.
      if (word_in(a, i, {"used", "using", "uses"}) && !word_is(a, i + 1, "as")) return false;
      // "subjected two women to sexual violence", "were subjected to torture": the act done to
      // them ("subject to attack", liable to it, tells none).
      if (word_in(a, i, {"managed", "order", "went", "began", "started", "proceeded", "stormed", "entered", "broke",
                         "raided", "detonated", "planted", "placed", "hurled", "threw", "fired", "opened", "subjected",
                         "subjecting"}))
        return false;
    }
    return true;
  }
  // "want to intimidate and destroy the institutions": the second verb of "to X and Y".
  if (first > s.first_token + 2 && word_in(a, first - 1, {"and", "or"}) && word_is(a, first - 3, "to") &&
      bare_form(a, first - 2) && bare_form(a, first))
    return true;
  // "The armed forces will be bombing civilians": a forecast. A bare "be" before the act
  // names one wished, ordered or feared, not one done: "ordered that the neighbourhoods be
  // bombarded", "any plane may be shot down", "those responsible must be punished" ("the
  // third mayor to be killed this year" tells acts done).
  if (first > s.first_token + 1 && word_is(a, first - 1, "be") && !word_is(a, first - 2, "to")) return true;
  if (!word_in(a, first - 1, {"who", "that", "which"})) return false;
  return bare_form(a, first);
}

// A denial or discredit of the report around the trigger, beyond the trigger's own clause:
// "the minister denied that two helicopters had been downed", "he denied, however, that
// the shooting occurred", "the report of an alleged bombardment is also false" (MUC-4
// task documentation, 1.0 rule 5: a discredited story is no incident).
bool discredited(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end) {
  // Discrediting a report is a statement about it: the verb comes first, "that" or
  // "reports" then names what is denied.
  constexpr uint32_t kDenialReach = 16;
  uint32_t from = first >= s.first_token + kDenialReach ? first - kDenialReach : s.first_token;
  // By hash: the scan asks this of up to 16 words before every trigger.
  static constexpr WordSet kDenials{"denied",  "denies",  "deny",     "denying",
                                    "refuted", "refutes", "rejected", "dismissed"};
  for (uint32_t i = first; i-- > from;) {
    if (!word_in(a, i, kDenials)) continue;
    // What is denied must be the act itself, not a link to it or a part in it: "denied
    // that the postponement is linked to the assassination", "denied that its members
    // took part in the attack" leave the act standing.
    for (uint32_t j = i + 1; j < first; ++j) {
      // "denied involvement in the bombing that killed 12 people", "denied carrying out the
      // attack on a school that killed 20 students": a "that" after the act's own noun opens
      // its relative clause; the denial is of a part in the act, which stands with its toll.
      if (word_is(a, j, "that") && j > i + 1) {
        auto [elo, ehi] = in_tokens(a.events, i + 1, j);
        for (size_t e = elo; e < ehi; ++e)
          if (a.events[e].noun) return false;
      }
      if (word_in(a, j, {"that", "reports", "report", "rumors", "rumours"})) {
        for (uint32_t k = j + 1; k < first; ++k)
          if (word_in(a, k, {"to", "in", "linked", "related", "connected", "tied", "responsible", "involved",
                             "behind", "with", "for", "of", "about", "on"}))
            return false;
        return true;
      }
    }
    break;
  }
  constexpr uint32_t kVerdictReach = 8;  // "<trigger> ... is also false"
  static constexpr WordSet kVerdicts{"false", "groundless", "untrue", "unfounded", "baseless", "fabricated"};
  for (uint32_t i = end; i < s.end_token && i < end + kVerdictReach; ++i)
    if (word_in(a, i, kVerdicts) &&
        word_in(a, i - 1, {"is", "was", "are", "were", "also", "completely", "totally", "entirely"}))
      return true;
  return false;
}

// Rumours named after the act as its cause: "a mob lynched a man over rumours that he had
// stored beef", "clashes broke out amid rumors of a kidnapping", "beaten to death over false
// rumours of child theft". The act took place; the rumour is its motive, not a discredited
// story of it. True only when every negating cue in [from, end) is such a rumour word after
// "over", "amid", "following", "after" or "on" (one modifier may stand between).
bool motive_rumour(const Analysis& a, uint32_t from, uint32_t end) {
  static constexpr WordSet kRumours{"rumour", "rumours", "rumor", "rumors"};
  static constexpr WordSet kCauses{"over", "amid", "amidst", "following", "after", "on"};
  bool motive = false;
  uint32_t rest = from;  // cues before a rumour word, and after the last one, still negate
  for (uint32_t i = from; i < end; ++i) {
    if (!word_in(a, i, kRumours)) continue;
    bool cause = (i > from && word_in(a, i - 1, kCauses)) || (i > from + 1 && word_in(a, i - 2, kCauses));
    if (!cause || has_cue(a, rest, i, "status", "negated")) return false;
    motive = true;
    rest = i + 1;
  }
  return motive && !has_cue(a, rest, end, "status", "negated");
}

// The next sentence says the story is untrue: "... the city is being held hostage. That
// is not true."
bool denied_next(const Analysis& a, uint32_t sent) {
  if (sent + 1 >= a.doc.sentences.size()) return false;
  const Sentence& n = a.doc.sentences[sent + 1];
  uint32_t i = n.first_token;
  if (n.end_token - i < 3 || !word_in(a, i, {"that", "this", "it"}) || !word_in(a, i + 1, {"is", "was"})) return false;
  if (word_in(a, i + 2, {"false", "untrue", "groundless", "baseless", "unfounded"})) return true;
  return n.end_token - i >= 4 && word_is(a, i + 2, "not") && word_in(a, i + 3, {"true", "correct", "so"});
}

// Prices named as what people are against are a protest's grievance, not market news:
// "protesters angry over rising fuel prices", "marched against a rise in food prices",
// "to denounce rising fuel prices", "demanding lower food prices" (cost-of-living protests
// are one of ACLED's largest categories). The economy cue then says nothing of the words
// around it.
bool price_grievance(const Analysis& a, const Sentence& s, uint32_t cue_first) {
  constexpr uint32_t kReach = 4;  // "against a rise in fuel prices": an article, a noun, a preposition
  static constexpr WordSet kGrievance{"against",   "denounce",  "denouncing", "denounced", "protest",   "protesting",
                                      "protested", "demanding", "demand",     "demanded",  "angry",     "anger",
                                      "outrage",   "outraged",  "furious",    "condemn",   "condemning"};
  for (uint32_t i = cue_first; i-- > s.first_token && cue_first - i <= kReach;) {
    if (clause_boundary(a, i) && a.doc.token_text(i) != ",") return false;
    if (word_in(a, i, kGrievance)) return true;
  }
  return false;
}

// The sentence is about sports, markets, figures of speech or an accident, so weak triggers
// in it name no attack. An accident cue does not count when attackers act in the sentence
// ("rioters threw fireworks at police") or when its words lie inside a trigger phrase ("a
// chlorine gas cylinder"): an accident has no attackers and no weapon of war.
// Without `topics`, cues of a topic people protest about (a pandemic, a disaster) do not
// count: "marched against the handling of the pandemic" is a protest; prices count unless
// a grievance word makes them the cause (price_grievance).
bool nonviolent_sentence(const Analysis& a, const Sentence& s, bool topics = true) {
  const Table& t = a.lex.table(lex::kCues);
  const std::vector<Hit>& cues = table_hits(a, lex::kCues, true);
  auto [lo, hi] = in_tokens(cues, s.first_token, s.end_token);
  if (lo == hi) return false;  // most sentences: no column lookup by name
  const int ccls = t.column("class"), cval = t.column("value");
  int attackers = -1;  // computed on the first accident cue only
  for (size_t i = lo; i < hi; ++i) {
    if (t.get(cues[i].row, ccls) != "nonviolent") continue;
    std::string_view value = t.get(cues[i].row, cval);
    // Prices are a protest's cause only when a grievance word says so ("against rising fuel
    // prices"): "oil prices rallied" is market news, whatever the verb.
    if (value == "economy" ? price_grievance(a, s, cues[i].first)
                           : !topics && (value == "health" || value == "disaster"))
      continue;
    if (value != "accident") return true;
    if (attackers < 0) {
      attackers = 0;
      const Table& agents = a.lex.table(lex::kAgents);
      auto [glo, ghi] = in_tokens(a.agents, s.first_token, s.end_token);
      // Attackers named after a preposition are not acting: "a plane carrying weapons for
      // the guerrillas crashed", "a bus full of soldiers fell into a ravine" ("killed by
      // gunmen" names the doers).
      for (size_t g = glo; g < ghi; ++g)
        if (a.agents[g].country_row < 0 && agents.get(a.agents[g].row, "class") == "attacker" &&
            !(a.agents[g].first > s.first_token &&
              word_in(a, a.agents[g].first - 1, {"for", "to", "of", "with", "against", "from", "about", "on", "at"})))
          attackers = 1;
    }
    if (attackers == 1) continue;
    const std::vector<Hit>& trig = table_hits(a, lex::kTriggers);
    constexpr uint32_t kPhraseReach = 6;  // a trigger phrase covering the cue starts a few words before it
    auto [tlo, thi] = in_tokens(trig, cues[i].first >= s.first_token + kPhraseReach ? cues[i].first - kPhraseReach
                                                                                     : s.first_token,
                                cues[i].end);
    bool inside = false;
    for (size_t k = tlo; k < thi; ++k)
      inside |= trig[k].first <= cues[i].first && cues[i].end <= trig[k].end && trig[k].end - trig[k].first >
                                                                                    cues[i].end - cues[i].first;
    if (!inside) return true;
  }
  return false;
}

// True when the words from token i are "[and <act>] [of|against|on] the [one or two modifiers]
// population" (or "... people" closing its phrase): a whole population as an act's object.
bool whole_population_object(const Analysis& a, const Sentence& s, uint32_t i) {
  // "The bombing and machinegunning of the civilian population": past a coordinated act.
  if (i + 2 < s.end_token && word_in(a, i, {"and", "or"})) i += 2;
  if (i < s.end_token && word_in(a, i, {"of", "against", "on"})) ++i;
  if (i >= s.end_token || !word_is(a, i, "the")) return false;
  constexpr uint32_t kModifiers = 2;  // "the civilian population", "the defenceless rural population"
  for (uint32_t j = i + 1; j < s.end_token && j <= i + 1 + kModifiers; ++j) {
    if (word_in(a, j, {"population", "populations", "populace"})) return true;
    if (word_is(a, j, "people"))
      return j + 1 >= s.end_token || a.doc.tokens[j + 1].is(kPunct) || word_in(a, j + 1, {"and", "of"}) ||
             clause_boundary(a, j + 1);  // "is attacking the people when ..."
    if (a.doc.tokens[j].is(kPunct)) return false;
  }
  return false;
}

// A period up to now named in the plural ("over the past 3 months", "during the last few
// weeks", "in the 2 months of the war") or a year or month to date ("so far this year",
// cues.tsv status summary): the acts told over it are a tally of many incidents, not one
// (MUC-4 task documentation, 1.0 rule 7: summary descriptions are excluded). Days and
// hours are left out: "in the past 24 hours" usually dates one act.
bool summary_period(const Analysis& a, StatusCues& cues, uint32_t from, uint32_t to) {
  if (cues.near(from, to, "summary")) return true;
  // By hash: the scan runs over up to 50 words around every trigger.
  static constexpr WordSet kPeriodOpeners{"over", "during", "in", "for", "within", "throughout"};
  for (uint32_t i = from; i + 2 < to; ++i) {
    if (!word_in(a, i, kPeriodOpeners) || !word_is(a, i + 1, "the")) continue;
    uint32_t j = i + 2;
    if (word_in(a, j, {"past", "last", "previous", "first", "recent"})) ++j;
    // "the past 3 months", "the last few weeks", "the past two years"
    constexpr uint32_t kCountWords = 2;
    for (uint32_t k = 0; k < kCountWords && j < to && !word_in(a, j, {"weeks", "months", "years"}); ++k) {
      auto [nlo, nhi] = in_tokens(a.numbers, j, j + 1);
      if (nlo == nhi && !a.doc.tokens[j].is(kNumber) && !word_in(a, j, {"few", "several", "many"})) break;
      ++j;
    }
    if (j < to && j > i + 2 && word_in(a, j, {"weeks", "months", "years"})) return true;
  }
  return false;
}

// "The insurgency has killed more than 40,000 people since 2009", "more than 10,000
// civilians have been killed since the invasion": a toll in the thousands told in the
// present perfect is a tally of many acts, not one. An act named as the verb's subject keeps
// its toll ("the attack has killed 1,200 people", "the blast has left 1,500 wounded").
bool toll_tally(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end) {
  constexpr int64_t kTallyFigure = 1000;
  constexpr uint32_t kAuxReach = 3, kCountReach = 6;
  uint32_t aux = UINT32_MAX;
  for (uint32_t k = first; k > s.first_token && first - k < kAuxReach; --k)
    if (word_in(a, k - 1, {"has", "have"})) aux = k - 1;
  if (aux == UINT32_MAX) return false;
  bool big = false;
  auto [nlo, nhi] = in_tokens(a.numbers, first >= s.first_token + kCountReach ? first - kCountReach : s.first_token,
                              std::min(end + kCountReach, s.end_token));
  for (size_t i = nlo; i < nhi && !big; ++i) big = a.numbers[i].value >= kTallyFigure;
  // An apposition may stand between the toll and its verb: "1,980 people, most of them
  // youths, have been kidnapped".
  constexpr uint32_t kAppositionReach = 8;
  if (!big && aux > s.first_token + 1 && a.doc.token_text(aux - 1) == ",") {
    uint32_t open = aux - 1;
    while (open > s.first_token && aux - open < kAppositionReach && a.doc.token_text(open - 1) != ",") --open;
    if (open > s.first_token + 1 && a.doc.token_text(open - 1) == ",") {
      const uint32_t toll_end = open - 1;
      auto [alo, ahi] = in_tokens(
          a.numbers, toll_end >= s.first_token + kCountReach ? toll_end - kCountReach : s.first_token, toll_end);
      for (size_t i = alo; i < ahi && !big; ++i) big = a.numbers[i].value >= kTallyFigure;
    }
  }
  if (!big) return false;
  // The subject an act: the last event mention ends right before the auxiliary.
  if (!a.events.empty()) {
    const EventMention& e = a.events.back();
    if (e.end == aux && e.noun && e.strength >= 2 && !e.generic) return false;
  }
  return true;
}

// "Three bombs went off in the capital, one at the central park, another at the
// university and a third at a school": a counted act followed by a distributive list
// tells that many acts, one per place (MUC-4 keys one template per target). The items
// after the first ("another at", "a third in", "the other outside") are mentions of
// their own, with the act's kind and status, at the item's word; the first ("one at")
// stays with the act's own words. Returns the items' first tokens.
std::vector<uint32_t> distributive_items(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end) {
  std::vector<uint32_t> out;
  // The count stands before the act's words or its weapon: "three bombs exploded",
  // "two bomb attacks", "four powerful explosions".
  constexpr uint32_t kCountReach = 4;
  constexpr int64_t kMaxItems = 9;  // a list longer than this is a tally, not a list of acts
  int64_t count = 0;
  auto [nlo, nhi] = in_tokens(a.numbers, first >= s.first_token + kCountReach ? first - kCountReach : s.first_token, first);
  for (size_t i = nlo; i < nhi; ++i)
    if (!a.numbers[i].vague && a.numbers[i].value >= 2 && a.numbers[i].value <= kMaxItems) count = a.numbers[i].value;
  if (count < 2) return out;
  auto place_word = [&](uint32_t i) {
    return word_in(a, i, {"at", "in", "on", "near", "outside", "inside", "against", "behind", "beside", "opposite"}) ||
           (word_is(a, i, "in") && word_is(a, i + 1, "front"));
  };
  auto separator = [&](uint32_t i) { return word_in(a, i, {",", "and", ";", ":", "while", "whereas"}); };
  // The list opens with "one at ..." after a separator.
  uint32_t i = end;
  constexpr uint32_t kListReach = 12;  // the act's place and time may come first
  while (i + 1 < s.end_token && i - end < kListReach && !(separator(i) && word_is(a, i + 1, "one") && place_word(i + 2))) ++i;
  if (i + 1 >= s.end_token || i - end >= kListReach) return out;
  for (i += 3; i + 1 < s.end_token && int64_t(out.size()) + 1 < count; ++i) {
    if (!separator(i)) continue;
    uint32_t j = i + 1;
    if (word_is(a, j, "and")) ++j;
    uint32_t item = UINT32_MAX;
    if (word_is(a, j, "another")) item = j;
    else if (word_in(a, j, {"a", "the"}) && word_in(a, j + 1, {"second", "third", "fourth", "fifth", "other", "last"}))
      item = j + 1;
    if (item == UINT32_MAX) continue;
    uint32_t k = item + 1;
    if (word_is(a, k, "one")) ++k;
    if (place_word(k)) out.push_back(item);
  }
  return out;
}

// The clause opening at `cb` follows "<period> since": "marked twenty years since the
// attacks", "six months since the massacre": time elapsed since an earlier act.
bool elapsed_since(const Analysis& a, const Sentence& s, uint32_t cb) {
  return cb >= s.first_token + 2 && word_is(a, cb - 1, "since") &&
         word_in(a, cb - 2, {"years", "months", "decades", "weeks", "year", "decade", "anniversary"});
}

// A sentence naming a domestic or personal quarrel ("during a family dispute", "an honour
// killing"): a crime of private life, not political violence, however plain the act.
bool domestic_sentence(const Analysis& a, const Sentence& s) {
  return has_cue(a, s.first_token, s.end_token, "nonviolent", "domestic");
}

// Protesters named as the subject just before a word of protest: "thousands of
// demonstrators marched in Sao Paulo", "striking teachers rallied outside parliament" (agents
// of ACLED inter 6). The crowd says what the march was.
bool protesters_before(const Analysis& a, const Sentence& s, uint32_t first) {
  constexpr uint32_t kSubjectReach = 3;  // "demonstrators peacefully marched"
  auto [lo, hi] = in_tokens(
      a.agents, first >= s.first_token + kSubjectReach + 3 ? first - kSubjectReach - 3 : s.first_token, first);
  if (lo == hi) return false;
  const AgentMention& g = a.agents[hi - 1];
  if (g.country_row >= 0 || g.end > first || first - g.end > kSubjectReach) return false;
  for (uint32_t i = g.end; i < first; ++i)
    if (clause_boundary(a, i)) return false;
  return a.lex.table(lex::kAgents).get(g.row, "inter") == "6";
}

// The act a protest is held against, told as the object of its purpose cue: "marched
// through Dhaka to protest the arrest of their leaders", "blocked the highway to denounce
// the abduction of two farmers", "gathered in protest at the killing of a journalist". The
// protest is what the sentence reports; the act it names is earlier, told in passing (the
// tester's and ACLED's reading: a Peaceful protest, not an arrest). Only when the
// sentence has told a protest before it: "the council met to condemn the attack" reports
// no protest, and its attack stays.
bool protest_grievance(const Analysis& a, const Sentence& s, uint32_t first) {
  // The protest first: most sentences tell none, and the test reads a few mentions.
  const Table& kinds = a.lex.table(lex::kKinds);
  bool protest = false;
  uint32_t protest_end = 0;
  for (size_t e = a.events.size(); e-- > 0 && a.events[e].sentence == a.doc.sentence_of[first] && !protest;) {
    protest = !a.events[e].generic && kinds.get(a.events[e].kind_row, "family") == "protest";
    if (protest) protest_end = a.events[e].end;
  }
  if (!protest) return false;
  constexpr uint32_t kObjectReach = 4;  // cue end .. trigger: "the recent", "the brutal"
  // The protest's own word names what it is held against: "students are protesting the
  // killing of a union leader", "protests against the arrest of the mayor".
  if (protest_end <= first && first - protest_end <= kObjectReach && same_clause(a, protest_end - 1, first))
    return true;
  const Table& t = a.lex.table(lex::kCues);
  const int ccls = t.column("class"), cval = t.column("value");
  uint32_t from = first >= s.first_token + kObjectReach + 3 ? first - kObjectReach - 3 : s.first_token;
  for (uint32_t i = from; i < first; ++i)
    for (const Match& m : a.matches_at(i)) {
      if (m.end > first || first - m.end > kObjectReach || !same_clause(a, m.end - 1, first)) continue;
      for (const lex::Posting& p : m.postings)
        if (p.table == lex::kCues && t.get(p.row, ccls) == "purpose" && t.get(p.row, cval) == "protest") return true;
    }
  return false;
}

// A violent verb that needs an object to name an act ("shot", "hacked", "beat": triggers.tsv
// strength 0) has one when people follow it: "gunmen shot two policemen", "attackers hacked
// two farmers with machetes", "soldiers beat three journalists" ("shot a video", "hacked
// the website", "beat the deadline" name no person; "beat Chelsea" names no agent word).
bool people_object(const Analysis& a, const Sentence& s, uint32_t end) {
  auto [lo, hi] = in_tokens(a.agents, end, end + 1);
  if (lo == hi) return false;
  const AgentMention& g = a.agents[lo];
  // A possessive names what was hit, not whom: "hacked two journalists' phones".
  if (g.end < s.end_token && word_in(a, g.end, {"'s", "'", "\xE2\x80\x99s"})) return false;
  return g.country_row >= 0 || a.lex.table(lex::kAgents).get(g.row, "person") == "1";
}

// Harm told of the act right after its words: "a car bomb attack that killed four people",
// "an ambush, which wounded two guards", "an attack on his convoy, killing his driver".
bool harm_told_after(const Analysis& a, const Sentence& s, uint32_t end) {
  constexpr uint32_t kHarmReach = 10;  // the act's place and time may stand between
  for (uint32_t i = end; i + 1 < s.end_token && i < end + kHarmReach; ++i) {
    if ((word_in(a, i, {"that", "which"}) &&
         word_in(a, i + 1, {"killed", "wounded", "injured", "left", "claimed", "kills", "wounds", "injures"})) ||
        (a.doc.token_text(i) == "," && word_in(a, i + 1, {"killing", "wounding", "injuring", "leaving"})))
      return true;
  }
  return false;
}

// "Israeli strikes killed 12 people", "a Russian strike on the port", "U.S.-led coalition
// strikes": a strike named by the state or alliance that carried it out is a military
// strike (an air or missile strike; ACLED Air/drone strike). A strike of workers is named
// otherwise ("a general strike", "a nationwide strike", "went on strike").
bool military_strike(const Analysis& a, const Sentence& s, uint32_t first) {
  uint32_t i = first;
  if (i > s.first_token && word_in(a, i - 1, {"air", "missile", "drone", "artillery", "rocket"}))
    --i;  // "Russian missile strikes"
  if (i == s.first_token) return false;
  if (word_in(a, i - 1, {"coalition", "nato", "allied"})) return true;
  for (const Match& m : a.matches_at(i - 1))
    for (const lex::Posting& p : m.postings)
      if (p.table == lex::kCountries && (p.flags & lex::kDemonym) && m.end == i) return true;
  return false;
}

// A volley: a launch verb, a count or quantity, a projectile (triggers.tsv strength 0: "rockets",
// "mortar shells", "drones") and where it was aimed: "rebels fired two rockets at the airport",
// "launched 30 drones at Kyiv overnight", "fired a barrage of rockets toward Sderot", "fired
// more than 100 rockets into southern Israel". The bare projectile names no act ("the rockets
// were displayed at a parade"), and missiles fired into the sea are a weapons test, not an
// attack. "Fired rockets" with nothing between is a trigger phrase of its own.
bool volley(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end) {
  static constexpr WordSet kLaunch{"fired", "launched", "lobbed",   "fire",   "launch",
                                   "lob",   "fires",    "launches", "firing", "launching"};
  constexpr uint32_t kQuantityReach = 7;  // "a barrage of more than 100 Grad": quantity words and one modifier
  uint32_t v = first;
  bool modifier = false;
  while (v > s.first_token && first - v < kQuantityReach) {
    uint32_t i = v - 1;
    auto [nlo, nhi] = in_tokens(a.numbers, i, i + 1);
    bool quantity =
        nlo < nhi || word_in(a, i, {"a",       "an",      "of",     "barrage", "barrages", "salvo",  "salvos",
                                    "volley",  "volleys", "wave",   "waves",   "dozens",   "scores", "hundreds",
                                    "several", "some",    "more",   "than",    "at",       "least",  "about",
                                    "over",    "nearly",  "around", "up",      "to",       "as",     "many"});
    if (!quantity && !modifier && i + 1 == first && !clause_boundary(a, i) && !word_in(a, i, kLaunch)) {
      modifier = true;  // "two Grad rockets", "30 Shahed drones"
      v = i;
      continue;
    }
    if (!quantity) break;
    v = i;
  }
  if (v == first || v == s.first_token || (modifier && v + 1 == first)) return false;
  if (!word_in(a, v - 1, kLaunch)) return false;
  uint32_t t = end;
  if (t < s.end_token && word_in(a, t, {"overnight", "early", "late"})) ++t;
  if (t + 1 >= s.end_token || !word_in(a, t, {"at", "toward", "towards", "into", "on", "against"})) return false;
  for (uint32_t i = t + 1; i < s.end_token && i < t + 4; ++i)
    if (word_in(a, i, {"sea", "ocean", "waters"})) return false;
  return true;
}

// An act announced in a warning: "the ELN warned it would blow up the pipeline", "the
// rebels vowed they will burn every bus", or told first and then attributed to the warning
// ("drivers who do not obey will have their vehicles burned, the guerrillas warned", "anyone
// who collaborates will be killed, the group threatened"). A future modal before the act
// makes it an announced act, not one that took place (MUC-4 stage THREATENED). "Warned that"
// is a status cue of its own; this reads the warning verb without it.
// A gerund or an event noun after the modal is the object of another verb, not the act
// announced ("vowed they would avenge the killing of 20 villagers" tells a killing done),
// unless that verb is one of carrying out ("warned it would launch attacks").
bool warned_threat(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end, bool noun) {
  static constexpr WordSet kWarnings{"warned", "warns", "warning", "threatened", "threatens",
                                     "vowed",  "vows",  "vowing",  "pledged",    "swore"};
  constexpr uint32_t kModalReach = 5;    // modal .. act: "would have their vehicles burned"
  constexpr uint32_t kSubjectReach = 3;  // warning .. modal: "warned it would", "warned the rebels would"
  uint32_t modal = UINT32_MAX;
  for (uint32_t i = first; i > s.first_token && first - i < kModalReach;) {
    --i;
    if (clause_boundary(a, i)) break;
    if (word_in(a, i, {"will", "would", "shall"})) {
      modal = i;
      break;
    }
  }
  if (modal == UINT32_MAX) return false;
  if (noun || a.doc.norm(end - 1).ends_with("ing")) {
    bool carry_out = false;
    for (uint32_t i = modal + 1; i < first; ++i)
      carry_out |= word_in(a, i, {"carry", "launch", "stage", "mount", "commit", "conduct", "unleash"});
    if (!carry_out) return false;
  }
  for (uint32_t i = modal; i > s.first_token && modal - i <= kSubjectReach;) {
    --i;
    if (word_in(a, i, kWarnings)) return true;
    if (clause_boundary(a, i)) break;
  }
  // "..., the guerrillas warned.": the warning closes the sentence after a comma.
  constexpr uint32_t kClauseReach = 8, kSpeakerReach = 5;
  uint32_t c = end;
  while (c < s.end_token && c - end < kClauseReach && a.doc.token_text(c) != ",") ++c;
  if (c >= s.end_token || a.doc.token_text(c) != ",") return false;
  for (uint32_t i = c + 1; i < s.end_token && i <= c + kSpeakerReach; ++i)
    if (word_in(a, i, kWarnings)) return true;
  return false;
}

// A threat told in a relative clause on a person, before the main verb of the sentence:
// "a teacher who had received threats was shot dead", "a journalist who had received death
// threats was killed", "A JUDGE WHO HAD BEEN THREATENED BY THE CARTEL WAS GUNNED DOWN".
// The clause opened by "who"/"which" tells what the victim had suffered before; a finite
// verb after it is the sentence's own act, which the threat does not govern. An act it
// governs comes as an infinitive, a modal or a noun ("who threatened to kill", "who vowed
// they would attack", "threats of attack"). [cb, first) is the trigger's clause.
bool threat_in_relative_clause(const Analysis& a, const Sentence& s, uint32_t cb, uint32_t first, bool noun) {
  if (noun || cb <= s.first_token || !word_in(a, cb - 1, {"who", "which"})) return false;
  const bool finite = word_in(a, first, {"was", "were", "is", "are", "has", "had", "have", "been"}) ||
                      (!a.doc.norm(first).ends_with("ing") && !bare_form(a, first));
  if (!finite) return false;
  for (uint32_t i = cb; i < first; ++i)
    if (word_in(a, i, {"to", "will", "would", "shall", "could", "might", "may", "can"})) return false;
  return true;
}

// A device told with its doers or its place before its verb, then disabled: "a car bomb
// placed by the MRTA (...) was deactivated by police experts", "the explosives, hidden in a
// truck near the market, were defused by army engineers". The verb stands past the
// device's clause, so the clause's cues miss it; the passive predicate of its sentence
// carries the status (MUC-4: a defused bomb is an attempted act, ACLED Disrupted weapons use).
bool disabled_later(const Analysis& a, StatusCues& cues, const Sentence& s, uint32_t end) {
  constexpr uint32_t kPredicateReach = 16;  // a participle phrase and a name in brackets
  for (uint32_t i = end; i + 1 < s.end_token && i < end + kPredicateReach; ++i) {
    if (a.token_has(i, lex::kTriggers) || a.doc.token_text(i) == ";") return false;  // another act's words
    if (!word_in(a, i, {"was", "were"})) continue;
    uint32_t v = i + 1;
    if (word_in(a, v, {"later", "safely", "successfully", "then", "quickly", "eventually"})) ++v;
    return cues.near(v, v + 1, "foiled");
  }
  return false;
}

// "The judge narrowly escaped when gunmen opened fire on her car", "the mayor escaped
// unhurt on Monday when a bomb exploded under his car": the act told in a "when" clause
// after an escape is the attempt on the one who escaped (as "survived an assassination
// attempt when ..." is).
bool escape_before_when(const Analysis& a, StatusCues& cues, const Sentence& s, uint32_t first) {
  constexpr uint32_t kWhenReach = 6, kEscapeReach = 6;  // "when gunmen opened", "escaped unhurt on Monday when"
  for (uint32_t w = first; w > s.first_token && first - w < kWhenReach;) {
    --w;
    if (!word_is(a, w, "when")) continue;
    uint32_t from = w >= s.first_token + kEscapeReach ? w - kEscapeReach : s.first_token;
    if (!cues.near(from, w, "attempted")) return false;
    for (uint32_t i = from; i < w; ++i)
      if (word_in(a, i, {"escaped", "escapes", "survived", "survives", "unhurt", "unharmed", "unscathed"})) return true;
    return false;
  }
  return false;
}

// A market told with a violent word as a figure: "shares in the chipmaker bombed on Monday",
// "the stock was massacred", "traders described the selloff as a bloodbath", "called the
// crash a massacre". The active verb's subject is a security ("shares ... bombed"; "the
// stock exchange was bombed" names a building struck), or the act names what a market move
// was ("described the selloff as a bloodbath"; "described the attack as a massacre" is one).
bool market_figure(const Analysis& a, const Sentence& s, uint32_t first, bool noun) {
  constexpr uint32_t kSubjectReach = 4;  // "shares in the chipmaker bombed"
  if (!noun) {
    for (uint32_t i = first; i > s.first_token && first - i <= kSubjectReach;) {
      --i;
      if (clause_boundary(a, i) || word_in(a, i, {"was", "were", "is", "are", "been", "be"})) return false;
      if (word_in(a, i, {"shares", "stocks", "stock", "equities", "bonds", "futures"})) return true;
    }
    return false;
  }
  // "as a bloodbath", "a massacre": the market word a few words before the article.
  constexpr uint32_t kNameReach = 4;  // "described the selloff as a": verb, article, noun, "as"
  uint32_t art = first;
  while (art > s.first_token && first - art < 3 && !word_in(a, art - 1, {"a", "an"})) --art;
  if (art == s.first_token || !word_in(a, art - 1, {"a", "an"})) return false;
  uint32_t from = art - 1 >= s.first_token + kNameReach ? art - 1 - kNameReach : s.first_token;
  // Only a naming: "stocks fell after a bombing in Istanbul" tells a real bombing.
  bool naming = art >= s.first_token + 2 && word_is(a, art - 2, "as");
  for (uint32_t i = from; i + 1 < art && !naming; ++i)
    naming = word_in(a, i, {"called", "calls", "calling", "dubbed", "branded", "termed"});
  return naming && has_cue(a, from, art - 1, "nonviolent", "economy");
}

// What a bare "seized" took, read from its object: -1 goods (or nothing said: a weapons
// seizure, as before); 1 a building or facility with hostages told in the sentence
// ("seized a gas plant near In Amenas and took dozens of workers hostage": a
// hostage-taking); 2 one taken by armed doers ("Al Shabaab fighters seized a police
// station": an armed assault); 0 one taken by anyone else ("police seized a warehouse": no
// act of violence, nor any seizure of arms), or one taken to abduct people told after it.
// Arms, explosives, drugs or a cache anywhere in the clause keep it a seizure of goods
// ("seized a truck loaded with rifles").
int seizure_object(const Analysis& a, const Sentence& s, uint32_t first, uint32_t end) {
  static constexpr WordSet kGoods{"arms",    "weapons", "weapon",   "ammunition", "explosives", "cache",
                                  "caches",  "haul",    "rifles",   "guns",       "pistols",    "drugs",
                                  "cocaine", "heroin",  "cannabis", "marijuana",  "narcotics",  "contraband",
                                  "cash",    "money",   "documents"};
  constexpr uint32_t kObjectReach = 5;   // "seized a Moscow theatre", "seized the state-owned gas plant"
  constexpr uint32_t kClauseReach = 16;  // "seized a truck in Kandahar loaded with rifles"
  const std::vector<Hit>& targets = table_hits(a, lex::kTargets);
  bool building = false;
  for (uint32_t o = end; o < s.end_token && o < end + kClauseReach && !clause_boundary(a, o); ++o) {
    if (a.token_has(o, lex::kWeapons) || word_in(a, o, kGoods)) return -1;
    if (o < end + kObjectReach && !building) {
      auto [tlo, thi] = in_tokens(targets, o, o + 1);
      building = tlo < thi;
    }
  }
  if (!building) return -1;
  // "Gunmen seized a school in Kankara and abducted more than 300 boys": the abduction told
  // after it names the act, the seizure its means.
  for (uint32_t i = end; i < s.end_token; ++i)
    if (word_in(a, i, {"abducted", "kidnapped", "kidnaped", "abducting", "kidnapping"})) return 0;
  // Hostages taken after it; "troops seized the hotel and freed the hostages" is a rescue.
  bool hostages = false;
  for (uint32_t i = end; i < s.end_token; ++i) {
    if (word_in(a, i, {"freed", "rescued", "released", "free", "rescue", "release", "freeing", "rescuing"})) return 0;
    hostages |= word_in(a, i, {"hostage", "hostages", "captive", "captives"});
  }
  if (hostages) return 1;
  const Table& agents = a.lex.table(lex::kAgents);
  auto [glo, ghi] = in_tokens(a.agents, s.first_token, first);
  for (size_t g = glo; g < ghi; ++g)
    if (a.agents[g].country_row < 0 && agents.get(a.agents[g].row, "class") == "attacker" &&
        same_clause(a, a.agents[g].first, first))
      return 2;
  auto [rlo, rhi] = in_tokens(a.actors, s.first_token, first);
  for (size_t r = rlo; r < rhi; ++r)
    if (a.lex.table(lex::kActors).get(a.actors[r].row, "kind") == "group" && same_clause(a, a.actors[r].first, first))
      return 2;
  return 0;
}

// A witness retelling the act just reported: "They shot at us with live bullets," a doctor
// said; "He came at night and burned everything," said a survivor. A quotation that opens
// with a pronoun for the doers or the victims, and names no day, place, count, actor or
// people of its own before the act, tells the incident already reported again in a
// speaker's words (as witnesses' quotes after nearly every wire lead do): it opens no
// incident and names no kind. Only beside an act told outside quotes, in an earlier
// sentence or after the quote in its own: a quote alone has no incident to retell.
bool quoted_retelling(const Analysis& a, uint32_t first, uint32_t end) {
  const std::vector<Quote>& quotes = a.doc.quotes;
  auto q = std::upper_bound(quotes.begin(), quotes.end(), first,
                            [](uint32_t t, const Quote& x) { return t < x.open_token; });
  if (q == quotes.begin()) return false;
  --q;
  if (q->close_token <= end || q->open_token + 1 >= first) return false;
  const uint32_t open = q->open_token + 1;
  if (!word_in(a, open, {"they", "he", "she", "we", "i", "you"})) return false;
  auto none_in = [&](const auto& layer, uint32_t to) {
    auto [lo, hi] = in_tokens(layer, open, to);
    return lo == hi;
  };
  if (!none_in(a.dates, q->close_token) || !none_in(a.places, q->close_token) || !none_in(a.numbers, first) ||
      !none_in(a.actors, first) || !none_in(a.agents, first))
    return false;
  // An act reported before, outside the quote (a few mentions back: the lead is near), or
  // in the attribution after it: "\"They came at night and burned everything,\" said a
  // survivor of the attack on Ogossagou, where gunmen killed 160 herders".
  const uint32_t sent = a.doc.sentence_of[first];
  const Sentence& s = a.doc.sentences[sent];
  for (uint32_t i = q->close_token + 1; i < s.end_token; ++i)
    for (const Match& mt : a.matches_at(i))
      if (mt.tables & (1u << lex::kTriggers)) return true;
  constexpr size_t kLeadReach = 16;
  auto quoted = [&](uint32_t t) { return q != quotes.begin() && (q - 1)->open_token < t && t < (q - 1)->close_token; };
  for (size_t k = a.events.size(); k-- > 0 && a.events.size() - k <= kLeadReach;) {
    const EventMention& e = a.events[k];
    if (e.sentence < sent && !e.generic && e.status == "reported" && !quoted(e.first)) return true;
  }
  return false;
}

// A consequence word in the sentence right after one that tells an accident or a disaster,
// with no act told in either: "A bus plunged into a ravine near Cuzco. Twelve passengers
// were injured." The toll is the accident's (an act told beside it keeps its own toll: "A
// car bomb went off near a bus, which crashed. Ten people were killed.").
bool accident_toll(const Analysis& a, uint32_t sent) {
  if (sent == 0 || (!a.events.empty() && a.events.back().sentence + 1 >= sent)) return false;
  const Sentence& p = a.doc.sentences[sent - 1];
  const Table& t = a.lex.table(lex::kCues);
  const std::vector<Hit>& cues = table_hits(a, lex::kCues, true);
  auto [lo, hi] = in_tokens(cues, p.first_token, p.end_token);
  if (lo == hi) return false;
  const int ccls = t.column("class"), cval = t.column("value");
  for (size_t i = lo; i < hi; ++i)
    if (t.get(cues[i].row, ccls) == "nonviolent" &&
        (t.get(cues[i].row, cval) == "accident" || t.get(cues[i].row, cval) == "disaster"))
      return nonviolent_sentence(a, p);
  return false;
}

// "Police arrested five suspects over Sunday's bombing", "detained two men in connection
// with the attack", "AUTHORITIES ARRESTED THREE MEN FOR THE MURDER OF A JUDGE": an act named
// as the cause of an arrest is an earlier one, told already or elsewhere: it adds no
// incident (ACLED codes the arrest alone). The cause word is "over", "for" or "in connection
// with" before the noun (its determiner, a possessive date and a modifier or two between).
bool cause_of_arrest(const Analysis& a, const Sentence& s, uint32_t h) {
  constexpr uint32_t kCauseReach = 5;   // "over Sunday 's twin suicide bombing"
  constexpr uint32_t kObjectReach = 8;  // the arrest verb, its object and a few modifiers
  uint32_t c = UINT32_MAX;
  for (uint32_t i = h; i-- > s.first_token && h - i <= kCauseReach;) {
    if (clause_boundary(a, i)) return false;
    if (word_in(a, i, {"over", "for"}) ||
        (word_is(a, i, "with") && i > s.first_token && word_is(a, i - 1, "connection"))) {
      c = i;
      break;
    }
  }
  if (c == UINT32_MAX) return false;
  auto [lo, hi] = in_tokens(a.events, c > s.first_token + kObjectReach ? c - kObjectReach : s.first_token, c);
  for (size_t k = lo; k < hi; ++k)
    if (a.lex.table(lex::kKinds).get(a.events[k].kind_row, "kind") == "arrest") return true;
  return false;
}

}  // namespace

void find_events(Analysis* a) {
  const Table& triggers = a->lex.table(lex::kTriggers);
  a->events.clear();
  // Mentions of distributive list items wait here until the triggers before them are in:
  // the layer stays sorted by first token.
  std::vector<EventMention> items;
  size_t next_item = 0;
  // Cue words of class status with value `value` in tokens [b, e) of one sentence (the
  // Analysis argument keeps the shape of has_cue's calls).
  StatusCues status_cues(*a);
  auto cue_near = [&](const Analysis&, uint32_t b, uint32_t e, std::string_view value) __attribute__((always_inline)) {
    return status_cues.near(b, e, value);
  };
  auto flush_items = [&](uint32_t before) {
    while (next_item < items.size() && items[next_item].first < before) a->events.push_back(items[next_item++]);
  };
  // Trigger row -> kinds row (-2: not looked up yet), and kind name -> kinds row for the
  // kinds met in this document (a handful): kind_row scans the kinds table, and the same
  // few triggers and kinds come again and again in a document.
  std::vector<int> kind_of_trigger(triggers.size(), -2);
  std::vector<std::pair<std::string_view, int>> kind_of_name;
  // Columns read for every trigger: looked up once.
  const int trigger_kind_col = triggers.column("kind"), trigger_pos_col = triggers.column("pos"),
            trigger_strength_col = triggers.column("strength");
  const Table& kinds_t = a->lex.table(lex::kKinds);
  const int default_status_col = kinds_t.column("default_status"), family_col = kinds_t.column("family");
  auto trigger_kind_row = [&](uint32_t row) {
    if (row >= kind_of_trigger.size()) return kind_row(a->lex, triggers.get(row, trigger_kind_col));
    int& k = kind_of_trigger[row];
    if (k != -2) return k;
    const std::string_view name = triggers.get(row, trigger_kind_col);
    for (const auto& [known, kr] : kind_of_name)
      if (known == name) return k = kr;
    k = kind_row(a->lex, name);
    kind_of_name.emplace_back(name, k);
    return k;
  };
  for (const Hit& h : table_hits(*a, lex::kTriggers)) {
    flush_items(h.first);
    int kr = trigger_kind_row(h.row);
    if (kr < 0) continue;
    uint32_t sent = a->doc.sentence_of[h.first];
    const Sentence& s = a->doc.sentences[sent];
    status_cues.sentence(s.first_token, s.end_token);
    bool took_place = false;
    // Shooting down drones, missiles or rockets is air defence, not an attack: "said it
    // shot down 35 of 48 drones launched overnight", "downed two missiles" (ACLED: Disrupted
    // weapons use); "rebels shot down a helicopter" stays an attack on its crew.
    if (word_in(*a, h.end - 1, {"down", "downed"}) &&
        word_in(*a, h.first, {"shot", "shoot", "shoots", "shooting", "downed"})) {
      constexpr uint32_t kObjectReach = 6;  // "35 of 48 Russian-launched drones"
      for (uint32_t o = h.end; o < s.end_token && o < h.end + kObjectReach && !clause_boundary(*a, o); ++o)
        if (word_in(*a, o,
                    {"drone", "drones", "missile", "missiles", "rocket", "rockets", "uav", "uavs", "projectile",
                     "projectiles", "balloon", "balloons"})) {
          kr = kind_row(a->lex, "interception");
          break;
        }
      if (kr < 0) continue;
    }
    // "Captured" takes people or places: with a town as its object ("rebels captured Goma",
    // "captured the town of Palma") it names territory taken, not an arrest.
    if (triggers.get(h.row, trigger_kind_col) == "arrest" &&
        word_in(*a, h.end - 1, {"captured", "capture", "captures", "capturing"})) {
      uint32_t o = h.end;
      if (o < s.end_token && word_is(*a, o, "the")) ++o;
      if (o + 1 < s.end_token && word_in(*a, o, {"town", "city", "village", "district", "province", "capital"}) &&
          word_is(*a, o + 1, "of"))
        o += 2;
      auto [plo, phi] = in_tokens(a->places, o, o + 1);
      if (plo < phi && a->places[plo].type != PlaceMention::kCountry) {
        kr = kind_row(a->lex, "territory_seized");
        took_place = true;
      }
      if (kr < 0) continue;
    }
    // A bare "seized" takes goods or places: only arms, explosives, drugs or a cache make a
    // seizure of goods. A building or facility as its object is taken by force, not
    // confiscated: "Chechen rebels seized a Moscow theatre and took 700 people hostage",
    // "gunmen seized a hotel in Mogadishu" (seizure_object).
    if (triggers.get(h.row, trigger_kind_col) == "weapons_seized" && h.end == h.first + 1 &&
        !a->doc.norm(h.first).starts_with("confiscat")) {
      int taken = seizure_object(*a, s, h.first, h.end);
      if (taken == 0) continue;
      if (taken == 1) kr = kind_row(a->lex, "hostage_taking");
      if (taken == 2) kr = kind_row(a->lex, "armed_assault");
      if (kr < 0) continue;
      if (taken > 0) took_place = true;
    }
    // An event noun naming the kind of a force or its kit is no event: "riot police", "bomb
    // squad", "riot gear".
    if (triggers.get(h.row, trigger_pos_col) == "noun" && h.end < s.end_token &&
        word_in(*a, h.end, {"police", "policemen", "gear", "squad", "squads", "officers", "shields", "troops", "unit",
                            "units", "disposal", "control"}))
      continue;
    // A participle before a body part describes a wound, not an act against property: "his
    // burnt knee", "burned hands", "the burned bodies of five peasants".
    if (triggers.get(h.row, trigger_kind_col) == "arson" && h.end < s.end_token &&
        word_in(*a, h.end, {"knee", "knees", "hand", "hands", "arm", "arms", "leg", "legs", "face", "faces", "foot",
                            "feet", "skin", "body", "bodies", "corpse", "corpses", "remains", "back", "head"}))
      continue;
    EventMention m;
    m.first = h.first;
    m.end = h.end;
    m.kind_row = uint32_t(kr);
    m.sentence = sent;
    m.noun = triggers.get(h.row, trigger_pos_col) == "noun";
    std::string_view strength = triggers.get(h.row, trigger_strength_col);
    m.strength = strength.empty() ? 1 : strength[0] - '0';
    if (took_place) m.strength = 2;  // "captured Goma" names the act itself
    if (took_place && kinds_t.get(uint32_t(kr), family_col) == "abduction") m.strength = 3;  // a siege, hostages taken
    // Strength 0: a word that names an event only with a purpose cue after it. A crowd
    // gathering is a protest when the words say what for: "hundreds gathered outside
    // parliament to denounce the tax", "marched in solidarity with the miners" (cues.tsv,
    // class purpose); "intelligence gathered by the police" is no event at all.
    constexpr uint32_t kPurposeReach = 12;  // the place and time may stand between
    bool people_act = false;                // a violent verb with people as its object: "hacked two farmers"
    // A volley is told by its launch verb: a count of projectiles is no statistic of events
    // (nor is "Israeli strikes" a count of many: it tells the strikes of one raid).
    if (m.strength == 0 && (volley(*a, s, h.first, h.end) ||
                            (word_in(*a, h.first, {"strike", "strikes"}) && military_strike(*a, s, h.first)))) {
      m.strength = 3;
      m.noun = false;
    }
    if (m.strength == 0) {
      people_act = kinds_t.get(uint32_t(kr), "violent") == "1" && people_object(*a, s, h.end);
      if (!people_act &&
          !has_cue(*a, h.end, std::min(h.end + kPurposeReach, s.end_token), "purpose", triggers.get(h.row, "kind")) &&
          !(triggers.get(h.row, "kind") == "protest" && protesters_before(*a, s, h.first)))
        continue;
      m.strength = 2;
    }
    // Sports, markets and figures of speech: "the striker shot", "a price war". The verb's
    // own cue ("hacked": cyber) says nothing once people are its object.
    if (m.strength < 3 && nonviolent_sentence(*a, s, kinds_t.get(uint32_t(kr), family_col) != "protest") &&
        !(people_act && cue_overlaps(*a, s.first_token, h.first, h.end, "nonviolent")))
      continue;
    if (domestic_sentence(*a, s)) continue;
    if (m.strength == 1 && accident_toll(*a, sent)) continue;
    // A cue of the verb's own word ("hacked": cyber) yields to its people object: "hacked
    // two farmers with machetes" names no computer.
    if (cue_overlaps(*a, s.first_token, h.first, h.end, "nonviolent", /*beyond_only=*/people_act)) continue;
    // In a sentence about sport a battle is the contest, whatever its strength: "the home
    // side were beaten 3-1 in a fierce battle at the stadium", "a pitched battle for the
    // title" ("gunfight", "clashes" between fans keep their sense).
    if (m.noun && word_in(*a, h.end - 1, {"battle", "battles"}) && !word_is(*a, h.first, "gun") &&
        has_cue(*a, s.first_token, s.end_token, "nonviolent", "sports"))
      continue;
    // An act whose place or object is a market names a market move, whatever its strength:
    // "analysts warned of a massacre in tech stocks", "a bloodbath on Wall Street", "carnage
    // among bank shares" ("a bombing in the markets of the old city" names places).
    constexpr uint32_t kMarketReach = 4;  // preposition, then "tech", "bank": a modifier or two
    if (h.end + 1 < s.end_token && word_in(*a, h.end, {"in", "on", "among", "for", "across"}) &&
        !word_in(*a, h.end + 1, {"the", "a", "an"}) &&
        has_cue(*a, h.end + 1, std::min(h.end + kMarketReach, s.end_token), "nonviolent", "economy"))
      continue;
    if (market_figure(*a, s, h.first, m.noun)) continue;
    // Hypothetical and generic talk is no event: "could attack", "terrorism is unacceptable".
    uint32_t wb = h.first >= s.first_token + 5 ? h.first - 5 : s.first_token;
    // "A would-be suicide bomber": a doer who tried or was stopped (cues.tsv attempted),
    // not a hypothetical "would" (the words modify the trigger they stand before).
    bool would_be = false;
    for (uint32_t i = h.first >= s.first_token + 3 ? h.first - 3 : s.first_token; i + 1 < h.first && !would_be; ++i)
      would_be = word_is(*a, i, "would") &&
                 ((i + 2 == h.first && word_is(*a, i + 1, "be")) ||
                  (i + 3 == h.first && a->doc.token_text(i + 1) == "-" && word_is(*a, i + 2, "be")));
    // "Warned it would blow up the pipeline": a warning's "would" announces the act (threatened).
    const bool warned = warned_threat(*a, s, h.first, h.end, m.noun);
    if (!would_be && !warned && cue_near(*a, wb, h.first, "hypothetical")) continue;
    // A question with a verb in its bare form asks, it does not report: "Does a war kill
    // more people than ...?", "would you prefer to see the country explode?" ("Who bombed
    // the embassy?" still tells of a bombing).
    if (s.end_token > s.first_token && a->doc.token_text(s.end_token - 1) == "?" &&
        triggers.get(h.row, "pos") == "verb" && bare_form(*a, h.first))
      continue;
    // Plural nouns after a quantifier name many events, none in particular.
    std::string_view norm = a->doc.norm(h.end - 1);
    bool plural = m.noun && norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
    // "Acts of sabotage", "acts of terrorism": the phrase's head is its first word.
    if (m.noun && h.end > h.first + 1 && word_in(*a, h.first, {"acts", "actions"})) plural = true;
    // A count before the quantifier names particular events again: "two other explosions".
    auto counted = [&](uint32_t q) {
      if (q <= s.first_token) return false;
      auto [nlo, nhi] = in_tokens(a->numbers, q >= s.first_token + 3 ? q - 3 : s.first_token, q);
      for (size_t ni = nlo; ni < nhi; ++ni)
        if (a->numbers[ni].end == q && a->numbers[ni].value >= 1) return true;
      return false;
    };
    // A large count of events is a statistic, not a report of each: "700 political
    // assassinations so far this year", "13 bank robberies since the agreement" (MUC-4 task
    // documentation, 1.0 rule 7: summary descriptions are excluded).
    constexpr int64_t kSummaryCount = 10;
    if (plural && h.first > s.first_token) {
      auto [nlo, nhi] = in_tokens(a->numbers, h.first >= s.first_token + 3 ? h.first - 3 : s.first_token, h.first);
      for (size_t ni = nlo; ni < nhi; ++ni)
        if (a->numbers[ni].end + 1 >= h.first && a->numbers[ni].value >= kSummaryCount) m.generic = true;
    }
    // "In one of the deadliest attacks in the region this year, ...", "one of the worst
    // massacres of the war": the plural is the class the act is compared with, not an act.
    constexpr uint32_t kSuperlativeReach = 4;  // "one of the most deadly suicide attacks"
    if (plural && h.first >= s.first_token + 3) {
      for (uint32_t i = h.first - 1; i > s.first_token && h.first - i <= kSuperlativeReach; --i)
        if (word_is(*a, i, "of") && word_in(*a, i - 1, {"one", "among"})) {
          m.generic = true;
          break;
        }
    }
    // "M23 rebels seized the town of Bunagana after heavy fighting with the army", "troops
    // retook the village following fierce clashes": fighting told after the taking of a place
    // in its sentence is how the place was taken (ACLED codes the taking), no clash of its own.
    if (m.noun && h.first > s.first_token + 1 && kinds_t.get(uint32_t(kr), "acled_event_type") == "Battles") {
      uint32_t i = h.first - 1;
      constexpr uint32_t kModifierReach = 3;  // "after days of heavy fighting"
      while (i > s.first_token && h.first - i <= kModifierReach &&
             word_in(*a, i, {"heavy", "fierce", "intense", "bloody", "days", "hours", "weeks", "of", "several"}))
        --i;
      if (word_in(*a, i, {"after", "following", "amid"}))
        for (auto e = a->events.rbegin(); e != a->events.rend() && e->sentence == sent; ++e)
          if (!e->generic && kinds_t.get(e->kind_row, family_col) == "territory") m.generic = true;
    }
    // An act someone stops, renounces or incites is a practice, not one event: "ceased
    // bombing pipelines", "suspend sabotage of public transport", "incited assassination".
    uint32_t cb4 = h.first >= s.first_token + 4 ? h.first - 4 : s.first_token;
    bool gerund = !m.noun && norm.size() > 4 && norm.substr(norm.size() - 3) == "ing";
    if ((m.noun || gerund) && cue_near(*a, cb4, h.first, "practice")) m.generic = true;
    // "Each act of sabotage", "any attack": a quantified singular names a kind of event.
    if (m.noun && h.first > s.first_token && word_in(*a, h.first - 1, {"each", "every", "any"})) m.generic = true;
    // An act named as the means of a group's conduct closing its clause is a practice:
    // "destroyed the economy with their sabotage", "rule through their terror" ("with their
    // attack on the base on Tuesday" names one).
    if (m.noun && h.first > s.first_token + 1 && word_in(*a, h.first - 1, {"their", "its"}) &&
        word_in(*a, h.first - 2, {"with", "through"}) &&
        (h.end >= s.end_token || a->doc.tokens[h.end].is(kPunct) || clause_boundary(*a, h.end)))
      m.generic = true;
    // An event noun modifying another names a practice or a paper: "sabotage operations",
    // "bombing campaign", "kidnapping tactics", "arrest warrants".
    // A bare verb form modifies a file word as a noun would: "17 kidnap cases were reported",
    // "murder charges".
    if ((m.noun || (h.end == h.first + 1 && bare_form(*a, h.first))) && !plural && h.end < s.end_token &&
        word_in(*a, h.end,
                {"operations", "activities", "campaign",     "campaigns", "tactics",    "tactic",   "policy",
                 "policies",   "capability", "capabilities", "methods",   "techniques", "training", "case",
                 "cases",      "trial",      "trials",       "charge",    "charges",    "warrant",  "warrants"}))
      m.generic = true;
    // So does one modifying a person or a trade: "a kidnapping suspect", "a murder suspect
    // escaped", "a robbery gang", "a kidnapping ring" name people by a crime, no act of the
    // report ("the kidnapping suspects were arrested" tells an arrest).
    if (m.noun && !plural && h.end < s.end_token &&
        word_in(*a, h.end,
                {"suspect", "suspects", "gang", "gangs", "ring", "rings", "syndicate", "syndicates", "kingpin",
                 "kingpins", "convict", "convicts", "business", "industry", "racket"}))
      m.generic = true;
    // A bare singular event noun as the subject of "has become" names the practice:
    // "Kidnapping for ransom has become a lucrative business", "piracy has become a menace"
    // ("the kidnapping has become a crisis for the government" has a determiner).
    if (m.noun && !plural && !m.generic &&
        (h.first == s.first_token ||
         !word_in(*a, h.first - 1,
                  {"a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "last", "latest"}))) {
      constexpr uint32_t kCopulaReach = 4;  // "for ransom has become": a short complement first
      for (uint32_t i = h.end; i < s.end_token && i < h.end + kCopulaReach && !clause_boundary(*a, i); ++i) {
        if (word_in(*a, i, {"has", "have"}) && i + 1 < s.end_token && word_in(*a, i + 1, {"become", "remained"})) {
          m.generic = true;
          break;
        }
        if (word_in(*a, i,
                    {"is", "remains", "becomes", "has", "was", "were", "are", "by", "against", "in", "at", "on", "near",
                     "of"}))
          break;
      }
    }
    if (m.noun && (cue_near(*a, wb, h.first, "generic") ||
                   (plural && h.first > s.first_token &&
                    word_in(*a, h.first - 1, {"several", "many", "some", "recent", "previous", "such", "these",
                                              "numerous", "frequent", "repeated", "other", "past", "similar",
                                              "further", "more", "terrorist", "deadly", "multiple", "those",
                                              "daily", "constant", "continual", "continuous", "systematic", "various",
                                              "sporadic", "occasional", "countless", "endless", "selective"}) &&
                    !counted(h.first - 1))))
      m.generic = true;
    // "The bombing of civilians", "the kidnapping of foreigners": an event noun whose object
    // is a bare plural names a practice, not one event ("the killing of two students" and
    // "the kidnapping of the mayor" name one).
    if (m.noun && word_is(*a, h.end, "of") && h.end + 1 < s.end_token) {
      auto [glo, ghi] = in_tokens(a->agents, h.end + 1, h.end + 2);
      for (size_t gi = glo; gi < ghi; ++gi) {
        const AgentMention& g = a->agents[gi];
        std::string_view head = a->doc.norm(g.head_end - 1);
        bool plural_object = (head.size() > 3 && head.back() == 's') || head == "children" || head == "people" ||
                             head == "women" || head == "men";
        auto [nlo, nhi] = in_tokens(a->numbers, g.first, g.end);
        // Modifiers leave it bare ("the bombing of Salvadoran cities"); a determiner or a
        // count makes it particular ("the kidnapping of the two engineers").
        bool bare = nlo == nhi && !word_in(*a, g.first, {"the", "these", "those", "this", "that", "its", "their", "his",
                                                          "her", "our", "a", "an", "both"});
        if (plural_object && bare) m.generic = true;
      }
    }
    // An act against a whole population ("the indiscriminate bombing of the civilian
    // population", "are bombing the civilian population", "aggression against the people")
    // describes a way of waging war, not one incident, which strikes particular people or
    // places (MUC-4 1.0 rule 7: summary descriptions are excluded).
    if (whole_population_object(*a, s, h.end)) m.generic = true;
    // A singular event noun with a manner or frequency adjective and no determiner names a
    // practice: "tactics of indiscriminate bombing", "suffered systematic torture" ("an
    // indiscriminate bombing killed 20" tells one). So does a gerund: "carrying out
    // indiscriminate machinegunning".
    if ((m.noun || gerund) && !plural && h.first > s.first_token + 1 &&
        word_in(*a, h.first - 1,
                {"indiscriminate", "systematic", "constant", "continual", "continuous", "relentless", "incessant",
                 "sporadic", "frequent", "repeated", "daily"}) &&
        !word_in(*a, h.first - 2, {"a", "an", "the", "this", "that", "its", "their", "his", "her", "last", "latest"}))
      m.generic = true;
    // A plural event noun after a manner adjective, with no count and no date in its clause,
    // names a way of waging war: "the government has been carrying out indiscriminate
    // bombings", "victims of the genocidal bombings" (MUC-4 1.0 rule 7). Dated, they are
    // acts: "there were indiscriminate bombings this morning in the port district".
    if (plural && h.first > s.first_token &&
        word_in(*a, h.first - 1, {"indiscriminate", "genocidal", "wanton", "relentless", "incessant"}) &&
        !counted(h.first - 1)) {
      bool dated = false;
      auto [dlo, dhi] = a->in_sentence(a->dates, sent);
      for (size_t di = dlo; di < dhi && !dated; ++di)
        dated = same_clause(*a, a->dates[di].first, h.first);
      if (!dated) m.generic = true;
    }
    // A bare plural event noun right after a preposition, with no count, date or place in its
    // clause, names a kind of act: "those involved in kidnappings", "a law against
    // massacres", "accused of assassinations" ("killed in clashes on Tuesday", "wounded in
    // bombings in Peshawar" are acts).
    // People named by an event word are no kind of act: "the number of hostages".
    if (plural && !m.generic && h.first > s.first_token &&
        word_in(*a, h.first - 1, {"in", "of", "for", "against", "about", "to", "on"}) &&
        !a->token_has(h.end - 1, lex::kAgents)) {
      constexpr uint32_t kClauseReach = 30;  // bounded so a run-on text stays linear
      uint32_t cl = h.first;
      while (cl > s.first_token && h.first - cl < kClauseReach && !clause_boundary(*a, cl - 1)) --cl;
      uint32_t cr = h.end;
      while (cr < s.end_token && cr - h.end < kClauseReach && !clause_boundary(*a, cr)) ++cr;
      // A province in brackets after a town belongs to its clause ("clashes in a rural area
      // of Tame (Arauca)", the way ACLED's notes and much wire copy write places).
      if (cr < s.end_token && a->doc.token_text(cr) == "(") {
        uint32_t k = cr + 1;
        while (k < s.end_token && k - cr < 8 && a->doc.token_text(k) != ")") ++k;
        if (k < s.end_token && a->doc.token_text(k) == ")") cr = k;
      }
      auto [dlo, dhi] = in_tokens(a->dates, cl, cr);
      auto [plo, phi] = in_tokens(a->places, cl, cr);
      auto [nlo, nhi] = in_tokens(a->numbers, cl, cr);
      if (dlo == dhi && plo == phi && nlo == nhi) m.generic = true;
    }
    // A verb in the simple present passive tells what is done as a rule, not what happened:
    // "now they are even kidnapped, jailed and sentenced", "journalists are killed with
    // impunity" (a report says "were kidnapped", "have been killed").
    if (!m.noun && !bare_form(*a, h.first) && h.first > s.first_token) {
      uint32_t b = h.first - 1;
      if (b > s.first_token && word_in(*a, b, {"even", "often", "still", "also", "usually", "simply", "then"})) --b;
      if (word_in(*a, b, {"is", "are"})) m.generic = true;
    }
    // "Over the past 3 months, some 150 people have been killed": a tally over a period.
    constexpr uint32_t kPeriodReach = 10;  // "killed in clashes so far this year" puts it after
    constexpr uint32_t kPeriodLead = 40;   // the period opens the sentence; bounded so a run-on text stays linear
    if (summary_period(*a, status_cues, h.first >= s.first_token + kPeriodLead ? h.first - kPeriodLead : s.first_token,
                       std::min(h.end + kPeriodReach, s.end_token)))
      m.generic = true;
    if (!m.noun && toll_tally(*a, s, h.first, h.end)) m.generic = true;
    if (!m.generic && perfect_tally(*a, h.first, h.end)) m.generic = true;
    if (!m.generic && quoted_retelling(*a, h.first, h.end)) m.generic = true;
    // Status from cues of the trigger's own clause, nearest first.
    uint32_t cb = h.first;
    while (cb > s.first_token && !clause_boundary(*a, cb - 1) && h.first - cb < 8) --cb;
    // Denials run on past the trigger: "denied that an attack had taken place", "reports
    // of an explosion at the airport were a false alarm".
    uint32_t ne = h.end;
    while (ne < s.end_token && !clause_boundary(*a, ne) && ne - h.end < 10) ++ne;
    // The clause's end within 6 words, from the same scan: it stops where the scan for `ne`
    // did, or at 6 words when that ran further (no second scan of the words).
    uint32_t ce = std::min(ne, h.end + 6);
    uint32_t adv = opening_adverbial_end(*a, s);
    // "Not the bombing of cities", "no such attack": a determiner may stand between.
    bool not_before = h.first > s.first_token + 1 && word_in(*a, h.first - 2, {"no", "not", "never"}) &&
                      word_in(*a, h.first - 1, {"the", "a", "an", "any", "this", "that", "such"});
    if (cue_near(*a, cb, h.end, "negated") || (cue_near(*a, h.end, ne, "negated") && !motive_rumour(*a, h.end, ne)) ||
        (h.first > s.first_token && word_in(*a, h.first - 1, {"no", "not", "never"})) ||
        not_before || discredited(*a, s, h.first, h.end) || denied_next(*a, sent))
      m.status = "negated";
    // "Foiled a plot to bomb a mall": a plot stopped is foiled, not a threat.
    else if ((warned ||
              (cue_near(*a, cb, h.first, "threatened") && !threat_in_relative_clause(*a, s, cb, h.first, m.noun))) &&
             !cue_near(*a, cb, h.first, "foiled"))
      m.status = "threatened";
    // "A would-be bomber was shot dead before he could detonate his vest": the act its doer
    // or device names was stopped ("before he could" opens the next clause).
    else if (cue_near(*a, cb, ce, "foiled") ||
             (m.noun && ce < s.end_token && word_is(*a, ce, "before") && cue_near(*a, ce, ce + 3, "foiled")) ||
             (m.noun && disabled_later(*a, status_cues, s, h.end)))
      m.status = "foiled";
    // An escape from an act that killed or wounded others is no failed act: "escaped unhurt
    // from a car bomb attack that killed four people" tells an accomplished bombing whose
    // target survived (MUC-4: ACCOMPLISHED, the survivor an unharmed victim).
    else if ((cue_near(*a, cb, ce, "attempted") || escape_before_when(*a, status_cues, s, h.first)) &&
             !harm_told_after(*a, s, h.end))
      m.status = "attempted";
    else if (cue_near(*a, cb, ce, "background"))
      m.status = "background";
    // A sentence-initial adverbial sets the time of the whole sentence: "Last year, a
    // bombing in the city killed 20 people."
    else if (adv > s.first_token && adv <= h.first && cue_near(*a, s.first_token, adv, "background"))
      m.status = "background";
    // A cue for a planned violent act is no status of the non-violent act told after it in
    // its sentence: in "police foiled a plot to bomb the market and detained three suspects"
    // or "troops thwarted a plan to attack the convoy and arrested two men" the plot is
    // stopped, the arrest done. The cue governs the act it stands before; one standing
    // between the two ("bombed the market and tried to arrest ...") still governs the later,
    // and so does one a bare verb shares ("plan to attack the town and impose a curfew").
    auto planned = [](const std::string& st) { return st == "foiled" || st == "threatened" || st == "attempted"; };
    if (planned(m.status) && !a->events.empty() && !(!m.noun && bare_form(*a, h.first)) &&
        kinds_t.get(uint32_t(kr), "violent") != "1" && kinds_t.get(uint32_t(kr), "own_event") == "1") {
      const EventMention& prev = a->events.back();
      if (prev.sentence == sent && !prev.generic && prev.end <= h.first && planned(prev.status) &&
          kinds_t.get(prev.kind_row, "violent") == "1" && !cue_near(*a, prev.end, h.first, m.status))
        m.status = "reported";
    }
    // Nor is the threat the victim had received an event of its own: "a journalist who had
    // received death threats was shot dead" tells one killing.
    if (m.status != "threatened" && threat_in_relative_clause(*a, s, cb, h.first, m.noun))
      for (auto e = a->events.rbegin(); e != a->events.rend() && e->sentence == sent && e->first >= cb; ++e)
        if (e->status == "threatened") e->generic = true;
    // Kinds whose words carry their own status (kinds.tsv default_status): a defused bomb
    // is foiled, "threatened to bomb" a threat.
    std::string_view default_status = kinds_t.get(uint32_t(kr), default_status_col);
    if (!default_status.empty() && m.status == "reported") m.status = std::string(default_status);
    // "Marched to protest the arrest of their leaders": the protest's grievance is no act of
    // this report (a protest of its own sentence is).
    if (m.status == "reported" && (m.noun || norm.ends_with("ing")) &&
        kinds_t.get(uint32_t(kr), "family") != "protest" && protest_grievance(*a, s, h.first))
      m.status = "background";
    // Nouns count too: "attack" and "murder" are listed as nouns, but after "to" or "who"
    // they are verbs ("created to attack", "exposed to attack" names no event either).
    if (m.status == "reported" && bare_verb_use(*a, s, h.first)) m.generic = true;
    // A list of acts shares its status: "tried on charges of murder, kidnapping and
    // robbery", "denied that rebels kidnapped or killed anyone".
    if (m.status == "reported" && h.first > s.first_token + 1 && !a->events.empty()) {
      const EventMention& prev = a->events.back();
      uint32_t between = h.first - prev.end;
      bool listed = prev.sentence == sent && prev.end <= h.first && between <= 2;
      for (uint32_t i = prev.end; listed && i < h.first; ++i)
        listed = word_in(*a, i, {",", "and", "or"});
      if (listed && prev.status != "threatened") m.status = prev.status;
    }
    // A weapon noun after "to" is a verb naming the act plotted or stopped: "foiled a plot to
    // bomb a shopping mall", "tried to bomb the bridge" (a bare "bomb" is a weak word).
    if (m.noun && m.strength == 1 && h.first > s.first_token && word_is(*a, h.first - 1, "to") &&
        (m.status == "foiled" || m.status == "attempted"))
      m.strength = 2;
    // The act told in a "when" clause after an attempt is how it was tried: "the governor
    // survived an assassination attempt on Monday when gunmen opened fire on his convoy".
    constexpr uint32_t kWhenReach = 8;  // the attempt's date and place may stand between
    if (m.status == "reported" && !a->events.empty()) {
      const EventMention& prev = a->events.back();
      if (prev.sentence == sent && !prev.generic && prev.end <= h.first && h.first - prev.end <= kWhenReach &&
          (prev.status == "attempted" || prev.status == "foiled"))
        for (uint32_t i = prev.end; i < h.first; ++i)
          if (word_is(*a, i, "when")) m.status = prev.status;
    }
    // The toll told after a tally is a tally too: "rebels have carried out 45 attacks,
    // killing 30 people", "several bombings, killing dozens" (a participle after a comma
    // tells the consequence of the act before it).
    if (m.status == "reported" && norm.ends_with("ing") && h.first > s.first_token + 1 &&
        a->doc.token_text(h.first - 1) == "," && !a->events.empty() && a->events.back().generic &&
        a->events.back().sentence == sent && a->events.back().end < h.first &&
        same_clause(*a, a->events.back().end - 1, h.first - 2))
      m.generic = true;
    // A verb coordinated with such a verb shares its use: "squads that kidnap and murder".
    if (m.status == "reported" && h.first > s.first_token + 1 && word_in(*a, h.first - 1, {"and", "or"}) &&
        !a->events.empty() && a->events.back().end + 1 == h.first && a->events.back().generic &&
        !a->events.back().noun)
      m.generic = true;
    // Recollection and court proceedings tell of earlier acts: "let us recall the bombing
    // of ...; the murder of ..." (the whole sentence before the trigger), "tried on charges
    // of murder", "a murder trial" (its clause). MUC-4 1.0 rule 6: historical context.
    // Charges come as lists: "tried on charges of murder, kidnapping, drug trafficking,
    // robbery": the judicial cue reaches across the list's commas.
    constexpr uint32_t kChargeListReach = 12;
    uint32_t lb = cb;
    while (lb > s.first_token && h.first - lb < kChargeListReach &&
           (!clause_boundary(*a, lb - 1) || a->doc.token_text(lb - 1) == ","))
      --lb;
    bool earlier = cue_near(*a, s.first_token, h.first, "recalled") || cue_near(*a, cb, ne, "judicial") ||
                   cue_near(*a, lb, h.first, "judicial") || (m.noun && cause_of_arrest(*a, s, h.first));
    if (earlier && m.status != "negated" && m.status != "threatened") m.status = "background";
    // An act told as time elapsed since it is an earlier one: "marked twenty years since the
    // attacks", "ten years since the massacre".
    if (m.noun && (m.status == "reported" || m.status == "attempted") && elapsed_since(*a, s, cb))
      m.status = "background";
    // "The 2014 attack in which 147 people were killed": a clause hung on an earlier act by
    // "in which" or "during which" tells of that act, and shares its time.
    if (m.status == "reported" && cb >= s.first_token + 2 && word_is(*a, cb - 1, "which") &&
        word_in(*a, cb - 2, {"in", "during"}) && !a->events.empty()) {
      const EventMention& prev = a->events.back();
      // "the 2015 attack on the hotel in which 20 people were killed": the act's object may stand between.
      constexpr uint32_t kObjectWords = 6;
      if (prev.sentence == sent && prev.end <= cb - 2 && prev.end + kObjectWords >= cb - 2 &&
          same_clause(*a, prev.end - 1, cb - 2) && prev.status == "background")
        m.status = "background";
    }
    // A date of an earlier period in the same clause makes it background.
    auto [dlo, dhi] = a->in_sentence(a->dates, sent);
    for (size_t di = dlo; di < dhi; ++di) {
      const DateMention& d = a->dates[di];
      // A date after the report's own in the act's clause tells an act announced, not done:
      // "the Shining Path has ordered an armed strike for tomorrow", "rebels will attack the
      // town next week" (MUC-4 stage THREATENED; ACLED codes no planned event). A past verb
      // tells a done act whatever the date ("was kidnapped ... on 12 January": the date's
      // year is in doubt, not the act).
      const bool past_verb = !m.noun && !bare_form(*a, h.end - 1) && !norm.ends_with("ing");
      if (d.future && !past_verb && m.status == "reported" &&
          same_clause(*a, d.first < h.first ? d.end - 1 : h.end - 1, d.first < h.first ? h.first : d.first))
        m.status = "threatened";
      if (!d.past_background) continue;
      // An earlier period's date dates attempts and foiled plots too: "In 1986, the
      // group tried to kill the general" is history, not a new attempt.
      bool datable = m.status == "reported" || m.status == "attempted" || m.status == "foiled";
      if (d.end <= adv && adv <= h.first && datable) m.status = "background";  // "In 2019, ..."
      uint32_t x = d.first < h.first ? d.end - 1 : h.end - 1;
      uint32_t y = d.first < h.first ? h.first : d.first;
      if (same_clause(*a, x, y) && datable) m.status = "background";
      // "... in November 1985, when some 100 people were killed": a "when" clause hung on
      // an earlier period's date tells what happened then.
      uint32_t w = d.end;
      if (w < h.first && a->doc.token_text(w) == ",") ++w;
      if (datable && w < h.first && word_is(*a, w, "when") && (w + 1 == h.first || same_clause(*a, w + 1, h.first)))
        m.status = "background";
    }
    a->events.push_back(m);
    if (!m.generic && (m.status == "reported" || m.status == "attempted"))
      for (uint32_t item : distributive_items(*a, s, h.first, h.end)) {
        if (!items.empty() && items.back().first >= item) continue;
        EventMention n = m;
        n.first = item;
        n.end = item + 1;
        n.noun = true;
        items.push_back(n);
      }
  }
  flush_items(UINT32_MAX);
}

}  // namespace sitrep
