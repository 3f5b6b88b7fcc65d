#include "incident/cluster.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extract/dates.h"
#include "extract/events.h"
#include "extract/hits.h"

namespace sitrep {

// How many earlier incidents a new mention is compared with.
constexpr int kMaxClusterLookback = 64;

bool gap(uint32_t f1, uint32_t e1, uint32_t f2, uint32_t e2, uint32_t* x, uint32_t* y) {
  if (f1 < e2 && f2 < e1) return false;
  if (e1 <= f2) { *x = e1 - 1; *y = f2; } else { *x = e2 - 1; *y = f1; }
  return true;
}

// As string views: the length is compared first, where a compare with a C string measures
// it and calls out (asked per mention pair in clustering).
bool current(const std::string& s) {
  const std::string_view v = s;
  return v == "reported" || v == "attempted" || v == "foiled";
}

std::string_view kind_col(const Analysis& a, uint32_t row, std::string_view col) {
  return a.lex.table(lex::kKinds).get(row, col);
}

// The first token of the story proper: the dateline's place and date say where and when
// the report was filed, not where and when each event happened (the record falls back on
// them later), so they never separate two mentions.
uint32_t story_start(const Analysis& a) { return a.doc.dateline.present ? a.doc.dateline.end_token : 0; }

// The item of a layer (places, dates) nearest to mention m in its sentence, among those
// `fits` accepts given the tokens [x, y] between them and whether they share a clause;
// -1 when none.
template <typename T, typename Fits>
int32_t nearest_in_sentence(const Analysis& a, const std::vector<T>& layer, const EventMention& m, Fits fits) {
  int32_t best = -1;
  uint32_t best_d = ~0u;
  auto [lo, hi] = a.in_sentence(layer, m.sentence);
  for (size_t i = lo; i < hi; ++i) {
    const T& item = layer[i];
    if (item.first < story_start(a)) continue;
    uint32_t x = 0, y = 0;
    if (!gap(item.first, item.end, m.first, m.end, &x, &y)) x = y = m.first;
    if (!fits(item, y - x, same_clause(a, x, y))) continue;
    if (y - x < best_d) {
      best = int32_t(i);
      best_d = y - x;
    }
  }
  return best;
}

// True when place p lies inside the words of a named victim: "Corrales was injured" names
// a man, not the town of Corrales.
bool inside_named_victim(const Analysis& a, const PlaceMention& p) {
  constexpr uint32_t kNameReach = 6;  // a victim's words start at most a title and a few names before
  auto [lo, hi] = in_tokens(a.victims, p.first >= kNameReach ? p.first - kNameReach : 0, p.first + 1);
  for (size_t i = lo; i < hi; ++i)
    if (!a.victims[i].name.empty() && a.victims[i].first <= p.first && p.end <= a.victims[i].end) return true;
  return false;
}

// The place of a mention: a place in its clause (or a locative one close by), else none.
// A place of its own clause comes first: "killed a soldier in Dera Bugti on Monday, while
// another bomb the same day wounded four police in Quetta" puts the second bomb in Quetta.
int32_t mention_place(const Analysis& a, const EventMention& m) {
  int32_t own = nearest_in_sentence(a, a.places, m, [&](const PlaceMention& p, uint32_t, bool clause) {
    return !p.speech && clause && !inside_named_victim(a, p);
  });
  if (own >= 0) return own;
  return nearest_in_sentence(a, a.places, m, [&](const PlaceMention& p, uint32_t dist, bool clause) {
    return !p.speech && (clause || (p.locative && dist < 12)) && !inside_named_victim(a, p);
  });
}

// "Gunmen killed five people, including a pastor, in Jos on Sunday", "in Jos, the capital of
// Plateau State, on Sunday", "in Kurmi, about 40 km south of Jos, on Sunday": a phrase set
// off by a pair of commas (an appositive, an "including" list, a participle) is inserted
// into the clause, which goes on after the second comma. True when the only clause
// boundaries in tokens [from, to) are such pairs of commas. So are the commas of a list
// closed by "and"/"or" before `to`: "killed a farmer, his wife and their daughter on Monday",
// "burned the school, the clinic and two shops on Sunday".
bool comma_set_between(const Analysis& a, uint32_t from, uint32_t to) {
  constexpr uint32_t kSetReach = 20;  // the act, a phrase of a dozen words, the date's words
  if (to <= from || to - from > kSetReach) return false;
  uint32_t commas = 0;
  bool closed_list = false;  // an "and"/"or" after the last comma
  for (uint32_t i = from; i < to; ++i) {
    if (word_in(a, i, {"and", "or"})) closed_list = commas > 0;
    if (!clause_boundary(a, i)) continue;
    if (a.doc.token_text(i) != ",") return false;
    ++commas;
    closed_list = false;
  }
  return commas > 0 && (commas % 2 == 0 || closed_list);
}

// "Police said on Monday that gunmen had killed four people on Saturday night", "THE ARMY
// REPORTED TODAY THAT GUERRILLAS BURNED THREE BUSES YESTERDAY", "officials told reporters
// on Sunday": a date just after a speech verb dates the statement, not the act it reports.
bool statement_date(const Analysis& a, const DateMention& d) {
  constexpr uint32_t kSpeechReach = 3;  // "said on", "told reporters on", "told the AFP on"
  const uint32_t start = a.doc.sentences[a.doc.sentence_of[d.first]].first_token;
  for (uint32_t i = d.first; i-- > start && d.first - i <= kSpeechReach;) {
    if (clause_boundary(a, i)) return false;
    if (has_cue(a, i, i + 1, "say")) return true;
  }
  return false;
}

// "Gunmen killed two farmers who were working in their fields near Jos on Monday", "a soldier
// was killed while he was on patrol near Gao on Monday", "killed a pastor after he finished
// a service in Kaduna on Sunday", "condemned the killing of a chief, who was shot dead in
// Bauchi on Sunday": a report often tells the act's day at the end of a clause hung on it (a
// relative clause on its victim, the circumstance told by "while", "when", "after",
// "before"). When nothing in the act's own clause dates it, the day that ends the one such
// clause right after it does, unless that clause tells an act of its own ("arrested a man
// who bombed a church on Sunday": Sunday is the bombing's). "since" and "until" name another
// period, and a second boundary (", police said on Friday") leaves the act's words.
int32_t subordinate_date(const Analysis& a, const EventMention& m) {
  constexpr uint32_t kSubordinateReach = 24;  // an object, the clause's words, a town and its province, the day
  static constexpr WordSet kHung{"who", "whom", "which", "while", "when", "after", "before", "following"};
  const Sentence& s = a.doc.sentences[m.sentence];
  auto [lo, hi] = a.in_sentence(a.dates, m.sentence);
  for (size_t di = lo; di < hi; ++di) {
    const DateMention& d = a.dates[di];
    if (d.first < m.end) continue;
    if (d.first - m.end > kSubordinateReach) break;
    if (d.precision != DateMention::kDay || d.future || (d.past_background && current(m.status))) return -1;
    // The day closes its clause: the sentence ends or a mark follows ("on Monday, police said").
    if (d.end < s.end_token && !a.doc.tokens[d.end].is(kPunct)) return -1;
    uint32_t sub = 0;  // the subordinator's token, 0 when none yet
    for (uint32_t i = m.end; i < d.first; ++i) {
      if (!clause_boundary(a, i)) continue;
      const bool comma_before = a.doc.token_text(i) == "," && i + 1 < d.first && word_in(a, i + 1, kHung);
      if (sub == 0 && comma_before) continue;
      if (sub != 0 || !word_in(a, i, kHung)) return -1;
      sub = i;
    }
    if (sub == 0 || statement_date(a, d)) return -1;
    auto [elo, ehi] = in_tokens(a.events, sub + 1, d.first);
    for (size_t e = elo; e < ehi; ++e)
      if (!a.events[e].generic) return -1;
    return int32_t(di);
  }
  return -1;
}

// "Gunmen killed a journalist in Tijuana, the third media worker killed in Mexico this year",
// "the fifth attack on the base this month", "THE SECOND BOMBING IN THE CAPITAL THIS WEEK": a
// period told after an ordinal in its clause counts the acts of that period, a tally; it
// dates no one act. An ordinal is a numbers.tsv `ordinal` word or digits with its letters
// ("3rd", "5th").
bool ordinal_period(const Analysis& a, const DateMention& d) {
  constexpr uint32_t kOrdinalReach = 8;  // "the third media worker killed in Mexico this year"
  if (d.precision == DateMention::kDay || d.precision == DateMention::kNone) return false;
  const uint32_t start = a.doc.sentences[a.doc.sentence_of[d.first]].first_token;
  const Table& numbers = a.lex.table(lex::kNumbers);
  for (uint32_t i = d.first; i-- > start && d.first - i <= kOrdinalReach;) {
    if (clause_boundary(a, i)) return false;
    std::string_view w = a.doc.norm(i);
    // A superlative ranks the act among that period's acts the same way: "one of the
    // deadliest attacks in the region this year", "the worst violence this month".
    if (word_in(a, i, {"deadliest", "worst", "bloodiest", "biggest", "largest", "heaviest", "fiercest"})) return true;
    if (w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0])) &&
        (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
      return true;
    for (const Match& mt : a.matches_at(i))
      if (mt.tables & (1u << lex::kNumbers))
        for (const lex::Posting& p : mt.postings)
          if (p.table == lex::kNumbers && numbers.get(p.row, "type") == "ordinal") return true;
  }
  return false;
}

// "Around 16 June 2023 (between 14 and 16 June), bandits abducted ...": a date in
// parentheses right after a day glosses it (a range, a second calendar); the act takes the
// day it glosses, never the gloss.
bool date_gloss(const Analysis& a, const DateMention& d) {
  constexpr uint32_t kGlossLead = 3;  // "(between", "(from", "(or"
  const size_t k = size_t(&d - a.dates.data());
  if (k == 0 || k >= a.dates.size()) return false;
  const DateMention& e = a.dates[k - 1];
  if (e.precision != DateMention::kDay || e.end >= d.first || d.first - e.end > kGlossLead ||
      a.doc.token_text(e.end) != "(")
    return false;
  for (uint32_t i = e.end + 1; i < d.first; ++i)
    if (a.doc.tokens[i].is(kPunct)) return false;
  return true;
}

// "Thousands marched on Monday to mark the 20th anniversary of the train bombings", "Norway
// on Saturday marked ten years since the attacks", "a mass in memory of the victims of the
// massacre": an act named as what is commemorated happened long before the day of its
// commemoration, which never dates it; only a date inside its own phrase does ("the
// anniversary of the 1995 bombing"). The first token after the commemoration's words, or 0.
uint32_t commemoration_end(const Analysis& a, const EventMention& m) {
  constexpr uint32_t kPhraseReach = 6;  // "anniversary of the 1995 Oklahoma City bombing"
  const uint32_t start = a.doc.sentences[m.sentence].first_token;
  for (uint32_t i = m.first; i-- > start + 1 && m.first - i <= kPhraseReach;) {
    if ((word_is(a, i, "of") && word_in(a, i - 1, {"anniversary", "anniversaries", "memory", "remembrance"})) ||
        (word_is(a, i, "since") && word_in(a, i - 1, {"years", "decades", "year", "decade"})))
      return i + 1;
    if (clause_boundary(a, i)) return 0;
  }
  return 0;
}

int32_t mention_date(const Analysis& a, const EventMention& m) {
  if (uint32_t from = commemoration_end(a, m)) {
    auto [dlo, dhi] = in_tokens(a.dates, from, m.end);
    return dlo < dhi ? int32_t(dlo) : -1;
  }
  auto fits = [&](const DateMention& d, uint32_t dist, bool clause) {
    // An earlier period's date in a reported event's sentence is context ("the worst since
    // 1980"); in its own clause it would have made the mention background. One that frames
    // the sentence ("Around 16 June 2023 (between 14 and 16 June), ...") is the act's own.
    if (d.past_background && current(m.status) && !d.frames_sentence) return false;
    if (ordinal_period(a, d) || date_gloss(a, d)) return false;
    return clause || dist <= 6 || d.frames_sentence || (d.first >= m.end && comma_set_between(a, m.end, d.first));
  };
  // "Police arrested three suspects over Tuesday's bombing": a possessive date dates the
  // noun it qualifies, not another act of its clause.
  auto qualifies_other = [&](const DateMention& d) {
    constexpr uint32_t kQualifiedReach = 3;  // "Tuesday's bombing", "Monday's twin suicide attacks"
    return d.end < a.doc.tokens.size() && a.doc.tokens[d.end].is(kPossessive) &&
           (m.first <= d.end || m.first > d.end + kQualifiedReach);
  };
  // The act takes a date of its own first; the statement's date only when it has none (a
  // report often dates only the statement: "the army said on Monday that rebels attacked").
  int32_t own = nearest_in_sentence(a, a.dates, m, [&](const DateMention& d, uint32_t dist, bool clause) {
    return fits(d, dist, clause) && !statement_date(a, d) && !qualifies_other(d);
  });
  if (own >= 0) return own;
  // A reporting clause that ends the act's sentence dates the report of it, however far from
  // the act: "Gunmen killed five people in Kano, police said on Monday" (ACLED codes the day
  // of the report when the act has none of its own).
  // Only the first report after the act: in "..., a spokesman said on Friday, up from 12
  // reported on Thursday" the later one dates an earlier figure.
  auto closing_report = [&](const DateMention& d) {
    const Sentence& s = a.doc.sentences[m.sentence];
    if (d.first < m.end || (d.end < s.end_token && a.doc.token_text(d.end) != ".") || !statement_date(a, d))
      return false;
    constexpr uint32_t kSpeechReach = 3;  // as statement_date
    return d.first < m.end + kSpeechReach || !has_cue(a, m.end, d.first - kSpeechReach, "say");
  };
  int32_t any = nearest_in_sentence(a, a.dates, m, [&](const DateMention& d, uint32_t dist, bool clause) {
    return (fits(d, dist, clause) || closing_report(d)) && !qualifies_other(d);
  });
  return any >= 0 ? any : subordinate_date(a, m);
}

bool same_place(const Analysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return true;
  const PlaceMention& p = a.places[size_t(x)];
  const PlaceMention& q = a.places[size_t(y)];
  if (p.cc != q.cc) return false;
  if (p.type == PlaceMention::kCountry || q.type == PlaceMention::kCountry) return true;
  if (p.place == q.place) return true;
  // A province or district holds the towns that lie in it (ACLED admin1/admin2): a town
  // elsewhere in the country is another place.
  if (p.type == PlaceMention::kAdmin1 && q.type == PlaceMention::kAdmin1) return p.admin1_row == q.admin1_row;
  if (p.type == PlaceMention::kAdmin1 || q.type == PlaceMention::kAdmin1) {
    const PlaceMention& division = p.type == PlaceMention::kAdmin1 ? p : q;
    const PlaceMention& town = p.type == PlaceMention::kAdmin1 ? q : p;
    if (division.admin1_row == UINT32_MAX || town.place == UINT32_MAX) return true;
    std::string_view code = a.lex.table(lex::kAdmin1).get(division.admin1_row, "code");
    if (a.lex.table(lex::kAdmin1).get(division.admin1_row, "level") == "2") code = code.substr(0, code.rfind('.'));
    return a.lex.str(a.lex.places()[town.place].admin1_code) == code;
  }
  const auto& P = a.lex.places()[p.place];
  const auto& Q = a.lex.places()[q.place];
  double dy = (P.lat - Q.lat) * 111.0, dx = (P.lon - Q.lon) * 111.0 * std::cos(P.lat * M_PI / 180);
  return std::sqrt(dx * dx + dy * dy) < 10.0;  // ACLED: the same place within about 10 km
}

bool same_date(const Analysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return true;
  const DateMention& d = a.dates[size_t(x)];
  const DateMention& e = a.dates[size_t(y)];
  if (d.year == 0 || e.year == 0) return d.weekday == e.weekday || d.weekday < 0 || e.weekday < 0;
  // A sentence opened by a period of its own ("Earlier this month, ...", "Last month, ...",
  // "In January, ...") tells another event than one already dated to its day: a story
  // that returned to its dated incident would repeat the day, not widen it to a month.
  auto framing_period = [](const DateMention& f, const DateMention& g) {
    return f.frames_sentence && f.precision != DateMention::kDay && f.precision != DateMention::kNone &&
           g.precision == DateMention::kDay;
  };
  if (framing_period(d, e) || framing_period(e, d)) return false;
  if (d.precision != DateMention::kDay || e.precision != DateMention::kDay) return d.year == e.year;
  return d.year == e.year && d.month == e.month && d.day == e.day;
}

// Phases of one assault: a bombing and an armed assault told in one sentence, nothing
// between them marking a second act: "militants attacked the hotel; a suicide
// bomber detonated his vest at the gate and gunmen stormed the building" is one incident
// (MUC-4 types it by its most specific act, template-doc 7.5 note 1: ATTACK only when no
// other type fits). "Also", "meanwhile", "later" tell of another act. Across sentences the
// acts stay apart: on the MUC-4 training messages joining the next sentence's act merged
// more separate incidents than it rejoined.
bool assault_phases(const Analysis& a, const EventMention& m, const EventMention& n) {
  // Phases share a sentence and a status (tested first: most pairs differ, and these
  // tests are cheaper than the kinds table's).
  // "A suicide bomber attempted to enter the base but was shot by guards": the guards'
  // reply to a failed attack is no phase of it.
  if (m.status != n.status || m.sentence != n.sentence) return false;
  std::string_view fm = kind_col(a, m.kind_row, "family"), fn = kind_col(a, n.kind_row, "family");
  auto assault = [](std::string_view f) { return f == "armed" || f == "bombing"; };
  if (!assault(fm) || !assault(fn)) return false;
  // An exchange of fire is a battle of its own, not a phase of an assault: "engaged in a
  // shoot-out and hurled explosives at the police" are two acts.
  for (const EventMention* e : {&m, &n})
    if (kind_col(a, e->kind_row, "acled_event_type") == "Battles") return false;
  uint32_t from = std::min(m.end, n.end), to = std::max(m.first, n.first);
  // By hash: the words between two acts of a sentence, for every pair of mentions.
  static constexpr WordSet kApart{"also",       "meanwhile", "later",  "earlier",
                                  "separately", "another",   "second", "elsewhere"};
  for (uint32_t i = from; i < to; ++i)
    if (word_in(a, i, kApart)) return false;
  return true;
}

// "... killed six attackers at the hotel and later killed 50 militants in airstrikes": an
// act told after "and later" / ", then" in the sentence of another act is a further act,
// on another occasion. A consequence word right after "later" ("and later died in
// hospital") is the first act's outcome, so a weak mention splits only when a violent act
// of strength 2 or more follows it in the same clause.
bool later_act(const Analysis& a, const EventMention& m) {
  const Sentence& s = a.doc.sentences[m.sentence];
  constexpr uint32_t kLaterReach = 4;  // "and later" stands just before the act's verb or its subject
  uint32_t later = UINT32_MAX;
  for (uint32_t i = m.first; i-- > s.first_token && m.first - i <= kLaterReach;) {
    if (!word_in(a, i, {"later", "subsequently", "afterwards", "afterward"})) continue;
    if (i > s.first_token && (word_is(a, i - 1, "and") || a.doc.token_text(i - 1) == ",")) later = i;
    break;
  }
  if (later == UINT32_MAX) return false;
  auto [lo, hi] = in_tokens(a.events, s.first_token, later);
  bool earlier_act = false;
  for (size_t k = lo; k < hi; ++k) earlier_act |= !a.events[k].generic && a.events[k].status == m.status;
  if (!earlier_act) return false;
  if (m.strength >= 2) return true;
  auto [nlo, nhi] = in_tokens(a.events, m.end, s.end_token);
  for (size_t k = nlo; k < nhi; ++k) {
    const EventMention& n = a.events[k];
    if (n.strength >= 2 && !n.generic && same_clause(a, m.first, n.first)) return true;
  }
  return false;
}

bool definite_redescription(const Analysis& a, const EventMention& m);

// Who acts in mention m's clause, told before its trigger: 1 when the nearest doer is
// attackers ("the fighters", "the Gran Grif gang", "ADF rebels": an attacker word or an
// armed group), 2 when it is the pronoun "they" (the people of the sentence before), 0
// otherwise (a state force, "police", or no one). Civilians, officials and bodies of no
// side are passed over: before a verb of a coordinated pair they are the first verb's
// object ("the gang shot people in their homes and set fire to ..."). `definite` says the
// doers are named again ("the fighters", "they"), not introduced ("bandits").
int doers_before(const Analysis& a, const EventMention& m, bool* definite = nullptr) {
  constexpr uint32_t kSubjectReach = 16;  // the subject, a first verb and its object, "and"
  const uint32_t first = a.doc.sentences[m.sentence].first_token;
  const uint32_t start = m.first > first + kSubjectReach ? m.first - kSubjectReach : first;
  const Table& agents = a.lex.table(lex::kAgents);
  const Table& actors = a.lex.table(lex::kActors);
  uint32_t at = UINT32_MAX;
  int who = 0;
  auto [glo, ghi] = in_tokens(a.agents, start, m.first);
  for (size_t i = ghi; i-- > glo;) {
    if (!same_clause(a, a.agents[i].first, m.first)) break;
    if (a.agents[i].country_row >= 0) continue;
    std::string_view cls = agents.get(a.agents[i].row, "class");
    if (cls != "attacker" && cls != "force") continue;
    at = a.agents[i].first;
    who = cls == "attacker" ? 1 : 0;
    break;
  }
  auto [rlo, rhi] = in_tokens(a.actors, start, m.first);
  for (size_t i = rhi; i-- > rlo;) {
    if (at != UINT32_MAX && a.actors[i].first <= at) break;
    if (!same_clause(a, a.actors[i].first, m.first)) break;
    std::string_view kind = actors.get(a.actors[i].row, "kind");
    if (kind != "group" && kind != "state") continue;
    at = a.actors[i].first;
    who = kind == "group" ? 1 : 0;
    break;
  }
  for (uint32_t i = m.first; i-- > start;) {
    if (at != UINT32_MAX && i < at) break;
    if (word_is(a, i, "they")) {
      if (definite) *definite = true;
      return 2;
    }
  }
  if (definite && at != UINT32_MAX)
    *definite = word_in(a, at, {"the", "its", "their"}) || (at > first && word_in(a, at - 1, {"the", "its", "their"}));
  return who;
}

// "Burned dozens of homes", "looted shops", "set fire to at least 45 houses": a property
// act whose object, in its clause just after it, is people's homes or shops (targets.tsv
// kinds civilians and business): the goods of the community a raid struck.
// With `harm`, m is the act that harmed people: its object, when the clause names one, is
// the community too ("stormed the village", "killed three people"), not a force or a state
// body ("attacked the military installation and set fire to a residence" are two acts).
bool community_property(const Analysis& a, const EventMention& m, bool harm = false) {
  constexpr uint32_t kObjectReach = 8;  // "set fire to at least 45 of their houses"
  const std::vector<Hit>& targets = table_hits(a, lex::kTargets);
  const Table& t = a.lex.table(lex::kTargets);
  auto [lo, hi] = in_tokens(targets, m.end, m.end + kObjectReach);
  for (size_t i = lo; i < hi; ++i) {
    if (a.doc.sentence_of[targets[i].first] != m.sentence || !same_clause(a, m.first, targets[i].first)) continue;
    std::string_view kind = t.get(targets[i].row, "target_kind");
    if (harm) return kind != "military" && kind != "police" && kind != "government" && kind != "diplomatic";
    return kind == "civilians" || kind == "business";
  }
  return harm;
}

// "A drone attack set fire to an oil depot", "Islamist insurgents beheaded four civilians
// and burned dozens of homes in a raid", "Gang members attacked the town, killing 70. The
// gang shot people in their homes and set fire to 45 houses": the damage an attack did, and
// the homes and shops a raid burned or looted after it harmed people, by the same doers,
// are one event with the harm (ACLED codes one event per raid, its damage included). True
// when one of m, n is a property act and the other a violent act of another family, and
// the property act is told as the attack's doing (its subject: "the shelling destroyed",
// "a drone attack set fire to"), or beside the harm, of people's homes or shops
// (`community_property`), in its sentence with no word of a further act between them
// ("also", "later", "another", "while"), or in the next one under the raid's doers named
// again ("The gang set fire to ...", "They looted ..."). A burning of another target
// ("attacked the barracks and set fire to a residence", "burned buses and murdered a
// judge") stays an act of its own (MUC-4 keys an ARSON apart).
bool raid_damage(const Analysis& a, const EventMention& m, const EventMention& n) {
  const Table& kinds = a.lex.table(lex::kKinds);
  const int family_c = kinds.column("family"), violent_c = kinds.column("violent"), kind_c = kinds.column("kind");
  const bool pm = kinds.get(m.kind_row, family_c) == "property", pn = kinds.get(n.kind_row, family_c) == "property";
  if (pm == pn || m.status != n.status || m.generic || n.generic) return false;
  // Sabotage (an attack on infrastructure) and robbery (a crime) are acts of their own.
  std::string_view damage_kind = kinds.get((pm ? m : n).kind_row, kind_c);
  if (damage_kind != "arson" && damage_kind != "looting" && damage_kind != "property_destruction") return false;
  if (kinds.get(m.kind_row, violent_c) != "1" || kinds.get(n.kind_row, violent_c) != "1") return false;
  const EventMention& damage = pm ? m : n;
  const EventMention& harm = pm ? n : m;
  constexpr uint32_t kSubjectGap = 2;  // "the drone attack overnight set fire to"
  if (harm.noun && damage.sentence == harm.sentence && harm.end <= damage.first &&
      damage.first - harm.end <= kSubjectGap && same_clause(a, harm.first, damage.first))
    return true;
  // The raid told again by a definite noun after its damage ("the massacre") is the raid.
  if (harm.sentence > damage.sentence) return definite_redescription(a, harm);
  if (!community_property(a, damage) || !community_property(a, harm, true)) return false;
  if (damage.sentence == harm.sentence) {
    static constexpr WordSet kApart{"also",   "meanwhile", "later", "earlier", "separately", "another",
                                    "second", "elsewhere", "while", "whereas", "after",      "before"};
    for (uint32_t i = std::min(m.end, n.end); i < std::max(m.first, n.first); ++i)
      if (word_in(a, i, kApart)) return false;
    return true;
  }
  bool definite = false;
  return damage.sentence == harm.sentence + 1 && doers_before(a, damage, &definite) > 0 && definite;
}

bool families_compatible(const Analysis& a, const EventMention& m, const EventMention& n) {
  if (assault_phases(a, m, n)) return true;
  if (raid_damage(a, m, n)) return true;
  // "Rebels overran an army post, killing nine soldiers, and a spokesman said the fighters
  // had also seized weapons": arms the attackers took are their raid's loot (attackers_loot).
  for (const EventMention* e : {&m, &n})
    if (kind_col(a, e->kind_row, "kind") == "weapons_seized" && doers_before(a, *e) == 1 &&
        kind_col(a, (e == &m ? n : m).kind_row, "violent") == "1")
      return true;
  // Two violent acts told by verbs of different families are two acts of a raid:
  // "attacked the town and kidnapped the mayor", "killed ... and set fire to the houses".
  bool acts = !m.noun && !n.noun && m.strength >= 2 && n.strength >= 2 &&
              kind_col(a, m.kind_row, "violent") == "1" && kind_col(a, n.kind_row, "violent") == "1";
  // "Protesters threw stones at police and burned tyres", "rioters looted shops and burned a
  // police post": the looting and burning a crowd does in the sentence of its riot are acts
  // of that riot, one event (ACLED codes a riot once, its damage included).
  if (acts && m.sentence == n.sentence) {
    std::string_view fm = kind_col(a, m.kind_row, "family"), fn = kind_col(a, n.kind_row, "family");
    if ((fm == "protest" && fn == "property") || (fm == "property" && fn == "protest")) return true;
  }
  if (acts) return kind_col(a, m.kind_row, "family") == kind_col(a, n.kind_row, "family");
  if (m.strength <= 2 || n.strength <= 2) return true;
  return kind_col(a, m.kind_row, "family") == kind_col(a, n.kind_row, "family");
}

// A state force told before mention m in its clause ("the army", "Israeli troops", "the
// Sudanese Armed Forces"): a force word or a state actor, with no speech verb between (a
// "military source said that a bridge was destroyed" tells who spoke, not who acted).
bool state_doer_before(const Analysis& a, const EventMention& m) {
  const uint32_t start = a.doc.sentences[m.sentence].first_token;
  const Table& agents = a.lex.table(lex::kAgents);
  const Table& actors = a.lex.table(lex::kActors);
  auto [glo, ghi] = in_tokens(a.agents, start, m.first);
  for (size_t i = glo; i < ghi; ++i)
    if (a.agents[i].country_row < 0 && agents.get(a.agents[i].row, "class") == "force" &&
        same_clause(a, a.agents[i].first, m.first) && !has_cue(a, a.agents[i].end, m.first, "say"))
      return true;
  auto [rlo, rhi] = in_tokens(a.actors, start, m.first);
  for (size_t i = rlo; i < rhi; ++i)
    if (actors.get(a.actors[i].row, "kind") == "state" && same_clause(a, a.actors[i].first, m.first) &&
        !has_cue(a, a.actors[i].end, m.first, "say"))
      return true;
  return false;
}

// "Shining Path terrorists have destroyed a suspension bridge", "following the destruction
// of a high-tension pylon": a destruction told with its doers or its object in its clause
// is an act of sabotage, whatever the strength of the word that tells it ("destroyed"
// also tells a bomb's damage, hence its weak trigger). Computed per mention from its
// clause only. A destruction whose clause tells another violent act before it ("the
// explosion demolished most of the office", "such bombings destroyed thousands of homes")
// is that act's damage.
bool destruction_act(const Analysis& a, const EventMention& m, bool* by_doers = nullptr) {
  if (kind_col(a, m.kind_row, "family") != "property" || kind_col(a, m.kind_row, "violent") != "1") return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  auto [elo, ehi] = in_tokens(a.events, s.first_token, m.first);
  for (size_t i = elo; i < ehi; ++i)
    if (kind_col(a, a.events[i].kind_row, "violent") == "1" && same_clause(a, a.events[i].first, m.first)) return false;
  const Table& agents = a.lex.table(lex::kAgents);
  auto [alo, ahi] = a.in_sentence(a.agents, m.sentence);
  for (size_t i = alo; i < ahi; ++i)
    if (a.agents[i].country_row < 0 && agents.get(a.agents[i].row, "class") == "attacker" &&
        same_clause(a, std::min(a.agents[i].first, m.first), std::max(a.agents[i].first, m.first))) {
      if (by_doers) *by_doers = true;
      return true;
    }
  // "destroyed a suspension bridge", "the destruction of a high-tension pylon" (a hyphen is a token)
  constexpr uint32_t kObjectReach = 7;
  const std::vector<Hit>& targets = table_hits(a, lex::kTargets);
  auto [tlo, thi] = in_tokens(targets, m.end, m.end + kObjectReach);
  for (size_t i = tlo; i < thi; ++i)
    if (a.doc.sentence_of[targets[i].first] == m.sentence && same_clause(a, m.first, targets[i].first)) {
      // "The army demolished two Palestinian homes", "troops bulldozed the market": a state
      // force that demolishes people's homes or shops acts too (ACLED: Looting/property
      // destruction by the state), so it opens an incident as attackers' sabotage does. A
      // force that "destroyed" something is often told of the enemy's camps and arms.
      if (by_doers)
        *by_doers = word_in(a, m.first,
                            {"demolished", "demolish", "demolishes", "demolishing", "bulldozed", "bulldoze",
                             "bulldozes", "bulldozing", "razed", "raze", "razes", "razing"}) &&
                    community_property(a, m) && state_doer_before(a, m);
      return true;
    }
  return false;
}

// "Judge Maria Diaz, who had ordered the arrest of two officers, was murdered": a mention
// inside a relative clause set off by a comma ("..., who had ordered", "..., which
// followed") tells a fact about someone named, not a phase of the sentence's main act.
bool in_relative_clause(const Analysis& a, const EventMention& m) {
  constexpr uint32_t kRelativeReach = 6;  // "who had ordered the", "which was followed by the"
  const Sentence& s = a.doc.sentences[m.sentence];
  for (uint32_t i = m.first; i-- > s.first_token && m.first - i <= kRelativeReach;) {
    if (a.doc.tokens[i].is(kPunct)) return false;
    if (word_in(a, i, {"who", "whom", "whose", "which"})) return i > s.first_token && a.doc.token_text(i - 1) == ",";
  }
  return false;
}

// An arrest, a curfew, a state of emergency or a truce told in a sentence of its own is an
// event of its own, never a word for the violent act it answers: "Police arrested two
// men. They are suspected in the killing of the senator, who was shot dead in Soacha on 18
// August" tells an arrest and a killing (ACLED codes arrests apart, as Strategic
// developments; MUC-4 keeps the killing). Such a mention (kinds.tsv own_event) never joins
// an incident of violent kinds told in other sentences once that incident is established
// (a specific violent trigger, a day or a town), and a violent mention of strength 2 or
// more leaves such an incident when it is anchored (`anchored`: its own day or town, or a
// victim named in its sentence), and so does a destruction told with its doers or its
// object (`destruction_act`): `act` says so, computed once per mention. Within one
// sentence they stay one operation ("troops killed five rebels and arrested three in a
// raid" is one ACLED event), unless the non-violent act is told in a relative clause about
// someone (`in_relative_clause`). An unanchored violent word in a story about an arrest or
// a truce ("the violence", "journalists have been murdered") is talk around it.
// "Rebels killed 10 soldiers in an attack on a base near Beni. They also seized weapons and
// ammunition", "a spokesman said the fighters had also seized weapons": arms taken by the
// attackers are the loot of their raid, not a state's interdiction (ACLED's Disrupted
// weapons use is security forces seizing arms), so such a seizure stays with the violent
// incident it follows: its subject names attackers, or is "they" after a sentence of the
// incident where attackers act. A seizure by police or troops stays an event of its own.
bool attackers_loot(const Analysis& a, const Cluster& k, const EventMention& m) {
  if (kind_col(a, m.kind_row, "kind") != "weapons_seized") return false;
  const int who = doers_before(a, m);
  if (who != 2) return who == 1;
  if (m.sentence == 0 || !k.sentences.count(m.sentence - 1)) return false;
  const Table& agents = a.lex.table(lex::kAgents);
  const Table& actors = a.lex.table(lex::kActors);
  auto [glo, ghi] = a.in_sentence(a.agents, m.sentence - 1);
  for (size_t i = glo; i < ghi; ++i)
    if (a.agents[i].country_row < 0 && agents.get(a.agents[i].row, "class") == "attacker") return true;
  auto [rlo, rhi] = a.in_sentence(a.actors, m.sentence - 1);
  for (size_t i = rlo; i < rhi; ++i)
    if (actors.get(a.actors[i].row, "kind") == "group") return true;
  return false;
}

bool violence_apart(const Analysis& a, const Cluster& k, const EventMention& m, bool anchored, bool act,
                    bool* weak_left) {
  // The kinds columns by index, looked up once: the lambdas run for up to 8 mentions each.
  const Table& kinds = a.lex.table(lex::kKinds);
  const int violent_c = kinds.column("violent"), own_c = kinds.column("own_event"), family_c = kinds.column("family");
  auto violent = [&](const EventMention& e) { return kinds.get(e.kind_row, violent_c) == "1"; };
  // Acts of one family stay together: "two bombs exploded and a third was defused".
  auto own_event = [&](const EventMention& e) {
    return kinds.get(e.kind_row, own_c) == "1" && kinds.get(e.kind_row, family_c) != kinds.get(m.kind_row, family_c);
  };
  if (violent(m)) {
    bool own = false, truce = false, violent_act = false;
    for (size_t o = 0; o < k.mentions.size() && o < 8; ++o) {
      const EventMention& n = a.events[k.mentions[o]];
      bool apart = own_event(n) && (n.sentence != m.sentence || in_relative_clause(a, n));
      own |= apart;
      truce |= apart && kinds.get(n.kind_row, family_c) == "agreement";
      violent_act |= violent(n) && n.strength >= 2;
    }
    if (act) return own;
    // "As for the assassination of the six Jesuits, ... Ignacio Ellacuria, one of the priests
    // who was killed": a consequence word (the generic kind: "killed", "wounded",
    // "violence") told after a call for a cease-fire or an agreement, in a sentence of its
    // own, is the toll of a violent act, not of the truce; it may join a violent incident
    // told in its sentence, but opens none (`weak_left`). Beside an arrest or a seizure it
    // stays: "confiscated a hand grenade" names the seizure's object, and on the MUC-4
    // training messages the deaths told after an arrest were often the arrest story's.
    if (m.strength < 2 && truce && !violent_act && kind_col(a, m.kind_row, "kind") == "attack") {
      *weak_left = true;
      return true;
    }
    return false;
  }
  if (kinds.get(m.kind_row, own_c) != "1") return false;
  if (attackers_loot(a, k, m)) return false;
  // "Police foiled a plan to bomb the market and arrested three suspects": the arrest that
  // stopped a plot is done, the act plotted was not. Joined, the reported arrest would name
  // the incident and hide the stopped act (ACLED: Disrupted weapons use; MUC-4: an
  // ATTEMPTED bombing); told apart, each keeps its own status. So for "police defused a
  // bomb at the bus station and arrested the bomber".
  if (m.status == "reported") {
    bool stopped = !k.mentions.empty();
    for (size_t o = 0; o < k.mentions.size() && o < 8 && stopped; ++o) {
      const EventMention& n = a.events[k.mentions[o]];
      // A defused bomb is a stopped act too (kinds.tsv default_status), though no violence.
      stopped = n.status == "foiled" && (violent(n) || kinds.get(n.kind_row, "default_status") == "foiled");
    }
    if (stopped) return true;
  }
  bool established = (k.date >= 0 && a.dates[size_t(k.date)].precision == DateMention::kDay) ||
                     (k.place >= 0 && a.places[size_t(k.place)].type != PlaceMention::kCountry);
  bool any_violent = false;
  const bool relative = in_relative_clause(a, m);
  for (size_t o = 0; o < k.mentions.size() && o < 8; ++o) {
    const EventMention& n = a.events[k.mentions[o]];
    any_violent |= violent(n) && kinds.get(n.kind_row, family_c) != kinds.get(m.kind_row, family_c) &&
                   (n.sentence != m.sentence || relative);
    established |= n.strength >= 3 && violent(n);
  }
  return any_violent && established;
}

// True when mention m has its own day or town, or a victim named in its sentence: what a
// report of one act gives (a count alone does not: "7 innocent people have died" in a
// speech sums up).
bool anchored_mention(const Analysis& a, const EventMention& m, int32_t place, int32_t date) {
  if (date >= 0 && a.dates[size_t(date)].precision == DateMention::kDay) return true;
  if (place >= 0 && a.places[size_t(place)].type != PlaceMention::kCountry) return true;
  auto [lo, hi] = a.in_sentence(a.victims, m.sentence);
  for (size_t i = lo; i < hi; ++i)
    if (!a.victims[i].attackers && !a.victims[i].name.empty()) return true;
  return false;
}

// A plural event noun ("bombings", "kidnappings") sums up many acts; it names particular
// ones only when counted ("two bombings") or anchored to a day or a town in its clause
// ("bombings in Quetta on Monday") or given a toll in its sentence ("airstrikes killed 12
// civilians"). Otherwise it may join an incident but never opens one:
// "the massacres must stop" reports none.
bool unanchored_plural(const Analysis& a, const EventMention& m, int32_t place, int32_t date) {
  if (!m.noun) return false;
  std::string_view norm = a.doc.norm(m.end - 1);
  bool plural = norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
  if (!plural) return false;
  if (date >= 0 && !a.dates[size_t(date)].past_background && a.dates[size_t(date)].precision == DateMention::kDay)
    return false;
  if (place >= 0 && a.places[size_t(place)].type != PlaceMention::kCountry) return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  auto [lo, hi] = in_tokens(a.numbers, m.first >= s.first_token + 3 ? m.first - 3 : s.first_token, m.first);
  for (size_t i = lo; i < hi; ++i)
    if (a.numbers[i].value >= 2) return false;
  auto [vlo, vhi] = a.in_sentence(a.victims, m.sentence);
  for (size_t i = vlo; i < vhi; ++i)
    if (a.victims[i].count > 0 && !a.victims[i].attackers) return false;
  return true;
}

// A plural summing up acts (cluster.h): the plural test of unanchored_plural, with no day,
// no count and no toll of its own.
bool summary_plural(const Analysis& a, const EventMention& m) {
  if (!m.noun) return false;
  std::string_view norm = a.doc.norm(m.end - 1);
  bool plural = norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
  if (!plural) return false;
  int32_t date = mention_date(a, m);
  if (date >= 0 && !a.dates[size_t(date)].past_background && a.dates[size_t(date)].precision == DateMention::kDay)
    return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  auto [lo, hi] = in_tokens(a.numbers, m.first >= s.first_token + 3 ? m.first - 3 : s.first_token, m.first);
  for (size_t i = lo; i < hi; ++i)
    if (a.numbers[i].value >= 2) return false;
  // "Later killed at least 50 militants in airstrikes": a toll of its own clause names the
  // acts; in "the bombings and the killing of six priests" the toll is the killing's, the
  // act told between them.
  auto [vlo, vhi] = a.in_sentence(a.victims, m.sentence);
  for (size_t i = vlo; i < vhi; ++i) {
    const VictimGroup& g = a.victims[i];
    if (g.count <= 0 || g.attackers) continue;
    uint32_t x = 0, y = 0;
    if (!gap(g.first, g.end, m.first, m.end, &x, &y)) return false;
    if (!same_clause(a, x, y)) continue;
    bool act_between = false;
    auto [elo, ehi] = in_tokens(a.events, x + 1, y);
    for (size_t e = elo; e < ehi; ++e) act_between |= a.events[e].strength >= 2 && !a.events[e].generic;
    if (!act_between) return false;
  }
  return true;
}

// Someone in the mention's sentence was killed, hurt or taken, or attackers act in it: a
// consequence word ("killed", "violence") names an incident only then ("gunmen tried to
// kill the judge" does; "the president said violence would never solve..." does not).
bool sentence_has_participants(const Analysis& a, const EventMention& m) {
  auto [lo, hi] = a.in_sentence(a.victims, m.sentence);
  for (size_t i = lo; i < hi; ++i)
    if (!a.victims[i].attackers) return true;
  const Table& agents = a.lex.table(lex::kAgents);
  auto [alo, ahi] = a.in_sentence(a.agents, m.sentence);
  for (size_t i = alo; i < ahi; ++i)
    if (a.agents[i].country_row < 0 && agents.get(a.agents[i].row, "class") == "attacker") return true;
  return false;
}

// Someone in the mention's sentence was killed, hurt or taken (attackers aside).
bool sentence_has_victims(const Analysis& a, const EventMention& m) {
  auto [lo, hi] = a.in_sentence(a.victims, m.sentence);
  for (size_t i = lo; i < hi; ++i)
    if (!a.victims[i].attackers) return true;
  return false;
}

// Every victim group of the mention's sentence counts thousands: a war's or a decade's
// toll ("political violence has killed more than 15,000 people", "the contras kidnapped
// more than 1,000 civilians"), a statistic rather than one incident (MUC-4 task
// documentation, 1.0 rule 7: summary descriptions are excluded).
bool statistical_toll(const Analysis& a, const EventMention& m) {
  constexpr int64_t kStatisticToll = 1000;  // no single attack in the news kills or takes this many
  // Save a siege: "seized a school in Beslan and took more than 1,100 people hostage".
  if (kind_col(a, m.kind_row, "kind") == "hostage_taking") return false;
  auto [lo, hi] = a.in_sentence(a.victims, m.sentence);
  bool any = false;
  for (size_t i = lo; i < hi; ++i) {
    if (a.victims[i].attackers) continue;
    if (a.victims[i].count < kStatisticToll) return false;
    any = true;
  }
  return any;
}

// "Spadafora, who was murdered", "1,000 civilians who were kidnapped by the contras",
// "the spot where he was kidnapped": a passive act told in a relative clause says what
// befell someone already named, a fact about them; the act is the story's own only when
// a main clause tells it too, so the relative clause may join an incident but never opens
// one.
bool relative_passive(const Analysis& a, const EventMention& m) {
  if (m.noun) return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  uint32_t i = m.first;
  if (i > s.first_token && word_is(a, i - 1, "been")) --i;
  if (i <= s.first_token + 1 || !word_in(a, i - 1, {"was", "were", "had", "has", "have"})) return false;
  return word_in(a, i - 2, {"who", "whom", "which", "where", "that"});
}

// "The attack", "this bombing": a definite noun re-describes an incident already told; the
// place it is given ("caused a blackout in the city") is the same incident's.
bool definite_redescription(const Analysis& a, const EventMention& m) {
  if (!m.noun || m.first == 0) return false;
  // The determiner may stand before a modifier or two: "the terrorist attack", "this
  // cowardly dynamite attack".
  constexpr uint32_t kModifierReach = 3;
  const Sentence& s = a.doc.sentences[m.sentence];
  for (uint32_t i = m.first; i-- > s.first_token && m.first - i <= kModifierReach;) {
    if (word_in(a, i, {"the", "this", "that", "these", "those"})) return true;
    if (a.doc.tokens[i].is(kPunct) || word_in(a, i, {"a", "an", "another", "one", "second", "new", "other"}))
      return false;
  }
  return false;
}

// "The Islamic State claimed responsibility for the attack on Saturday", "JNIM claimed the
// attack on Wednesday in a statement", "the group denied carrying out the bombing": a
// definite act noun as the object of a claim or a denial is the act already told; the day
// in its clause may be the claim's.
bool claimed_redescription(const Analysis& a, const EventMention& m) {
  if (!definite_redescription(a, m)) return false;
  constexpr uint32_t kClaimReach = 5;  // "claimed responsibility for the", "denied carrying out the"
  const uint32_t first = a.doc.sentences[m.sentence].first_token;
  const uint32_t from = m.first > first + kClaimReach ? m.first - kClaimReach : first;
  return has_cue(a, from, m.first, "claim") && same_clause(a, from, m.first);
}

// "Her mother was wounded in the attack", "two guards died in the bombing": a consequence
// word told of a definite re-description just after it is that incident's toll, and
// rejoins it as the re-description does, whatever place the sentence names.
bool toll_of_redescription(const Analysis& a, const EventMention& m) {
  if (m.strength >= 2) return false;
  constexpr uint32_t kTollReach = 5;  // "wounded in the attack", "killed during this cowardly attack"
  auto [lo, hi] = in_tokens(a.events, m.end, m.end + kTollReach);
  for (size_t k = lo; k < hi; ++k) {
    const EventMention& n = a.events[k];
    if (n.sentence != m.sentence || n.generic || n.status != m.status) continue;
    if (definite_redescription(a, n) && same_clause(a, m.first, n.first)) return true;
  }
  return false;
}

// "The death toll from Sunday's suicide bombing rose to 32 on Tuesday", "the toll of the
// attack on the market": a toll noun whose "from"/"of" names an act is that act's count, and
// the update's day ("on Tuesday") is no act's; it opens no incident of its own.
bool toll_of_named_act(const Analysis& a, const EventMention& m) {
  if (!m.noun || m.end >= a.doc.tokens.size() || !word_is(a, m.end - 1, "toll") ||
      !word_in(a, m.end, {"from", "of", "in"}))
    return false;
  constexpr uint32_t kActReach = 6;  // "from last Sunday's twin suicide bombing"
  auto [lo, hi] = in_tokens(a.events, m.end + 1, m.end + 1 + kActReach);
  for (size_t k = lo; k < hi; ++k) {
    const EventMention& n = a.events[k];
    if (n.sentence == m.sentence && !n.generic && n.strength >= 2 && same_clause(a, m.first, n.first)) return true;
  }
  return false;
}

// A later item of a distributive list ("three bombs exploded, one at the park, another at
// the university"): events.cc gives it a mention of its own at "another" / "third" /
// "other", the one word no trigger row holds; each item is an incident of its own.
bool distributive_item(const Analysis& a, const EventMention& m) {
  return m.noun && m.end == m.first + 1 &&
         word_in(a, m.first, {"another", "second", "third", "fourth", "fifth", "other", "last"});
}

// "The congress president's house was also attacked", "the rebels also kidnapped the
// mayor", "Also today in the port, a judge was shot dead": "also" just before a violent
// verb, or opening the sentence, tells a further act of the story, on another target
// (MUC-4 keys one template per act, task documentation 5.0). A consequence word ("two
// soldiers were also wounded") adds to the toll of the act just told and opens nothing.
bool also_act(const Analysis& a, const EventMention& m) {
  if (m.strength < 2 || kind_col(a, m.kind_row, "violent") != "1") return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  if (word_is(a, s.first_token, "also")) return true;
  if (m.noun) return false;
  uint32_t i = m.first;
  if (i > s.first_token && word_is(a, i - 1, "been")) --i;
  return i > s.first_token && word_is(a, i - 1, "also");
}

// "Three officers were killed in separate attacks on police stations", "two separate
// bombings killed 12 people": acts called separate are others than the one just told, and
// so is the toll told of them ("killed in separate attacks").
bool separate_act(const Analysis& a, const EventMention& m) {
  auto called_separate = [&](const EventMention& n) {
    if (!n.noun) return false;
    constexpr uint32_t kModifierReach = 2;  // "separate attacks", "separate bomb attacks"
    const uint32_t start = a.doc.sentences[n.sentence].first_token;
    for (uint32_t i = n.first; i-- > start && n.first - i <= kModifierReach;) {
      if (a.doc.tokens[i].is(kPunct)) return false;
      if (word_is(a, i, "separate")) return true;
    }
    return false;
  };
  if (called_separate(m)) return true;
  if (m.strength >= 2) return false;
  constexpr uint32_t kTollReach = 5;  // as toll_of_redescription: "killed in two separate attacks"
  auto [lo, hi] = in_tokens(a.events, m.end, m.end + kTollReach);
  for (size_t k = lo; k < hi; ++k) {
    const EventMention& n = a.events[k];
    if (n.sentence == m.sentence && same_clause(a, m.first, n.first) && called_separate(n)) return true;
  }
  return false;
}

// True when two victims' names share a word of four letters or more (a surname: "Velez"
// and "prosecutor Gabriel Jaime Velez" are one man).
bool same_person(std::string_view x, std::string_view y) {
  constexpr size_t kNameWord = 4;  // shorter words ("de", "la", "Jr") are no surnames
  auto words = [](std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find_first_of(" \n\t,.", i);
      if (j == std::string_view::npos) j = s.size();
      if (j - i >= kNameWord) out.push_back(s.substr(i, j - i));
      i = j + 1;
    }
    return out;
  };
  for (std::string_view u : words(x))
    for (std::string_view v : words(y))
      if (u.size() == v.size() && std::equal(u.begin(), u.end(), v.begin(), [](char p, char q) {
            return std::tolower(static_cast<unsigned char>(p)) == std::tolower(static_cast<unsigned char>(q));
          }))
        return true;
  return false;
}

// Named victims of sentence s (attackers aside), appended to *out.
void sentence_names(const Analysis& a, uint32_t s, std::vector<std::string_view>* out) {
  auto [lo, hi] = a.in_sentence(a.victims, s);
  for (size_t i = lo; i < hi && out->size() < kMaxListItems; ++i)
    if (!a.victims[i].attackers && !a.victims[i].name.empty()) out->push_back(a.victims[i].name);
}

// "Rebels kidnapped deputy Dario Quintero in Aguachica. ... Cattleman Manuel Martinez was
// kidnapped early on Saturday": an act told in a new sentence of its own, with a victim
// named there whom the incident's sentences never name, befalls someone else, so it is
// another incident (MUC-4 keys one template per act; a roundup of kidnappings or murders
// names each victim in a sentence of their own). A consequence word ("killed",
// "wounded") may add a victim to the act just told, so only a violent act of strength 2
// or more is tested. Returns the victims named in m's sentence when the test applies
// (empty otherwise), computed once per mention.
std::vector<std::string_view> own_named_victims(const Analysis& a, const EventMention& m) {
  std::vector<std::string_view> own;
  if (m.strength < 2 || kind_col(a, m.kind_row, "violent") != "1") return own;
  // "His driver was kidnapped with him", "a newsman was kidnapped along with the
  // deputy": taken in the same act as someone already told.
  // Compared by hash, one branch a word (rarely taken): the scan reads every word of the
  // sentence for each mention, and string compares branch on each word's length and letters.
  static constexpr uint64_t kAlong = hash_form("along"), kTogether = hash_form("together"), kWith = hash_form("with"),
                            kHim = hash_form("him"), kHer = hash_form("her"), kThem = hash_form("them");
  const Sentence& sent = a.doc.sentences[m.sentence];
  const Token* const toks = a.doc.tokens.data();
  for (uint32_t i = sent.first_token; i + 1 < sent.end_token; ++i) {
    const uint64_t h = toks[i].hash;
    if (!((h == kAlong) | (h == kTogether) | (h == kWith))) continue;
    const uint64_t next = toks[i + 1].hash;
    if (h == kWith ? (next == kHim) | (next == kHer) | (next == kThem) : next == kWith) return own;
  }
  sentence_names(a, m.sentence, &own);
  return own;
}

// True when incident k names victims in its sentences and none of them is one of `own`
// (the victims named in m's own sentence, from own_named_victims).
bool named_apart(const Analysis& a, const Cluster& k, const EventMention& m, const std::vector<std::string_view>& own) {
  if (own.empty() || k.sentences.count(m.sentence)) return false;
  // "Her bodyguard, Juan Lopez, died in the attack": a definite noun re-describes an act
  // told, whoever its sentence names; only the victim it names itself ("the murder of
  // Luis Carlos Galan", "the attack on Juan Lopez") tells which act.
  std::vector<std::string_view> object;
  if (definite_redescription(a, m)) {
    constexpr uint32_t kObjectReach = 4;  // "of" + a title or two before the name
    if (m.end >= a.doc.sentences[m.sentence].end_token || !word_in(a, m.end, {"of", "on", "against"})) return false;
    auto [lo, hi] = in_tokens(a.victims, m.end + 1, m.end + 1 + kObjectReach);
    for (size_t i = lo; i < hi; ++i)
      if (!a.victims[i].attackers && !a.victims[i].name.empty()) object.push_back(a.victims[i].name);
    if (object.empty()) return false;
  }
  const std::vector<std::string_view>& named_here = object.empty() ? own : object;
  // The victims of an incident are named in its first sentences; reading a few bounds the
  // work on a long story that keeps returning to one incident.
  constexpr size_t kNamedSentences = 16;
  std::vector<std::string_view> theirs;
  size_t n = 0;
  for (auto it = k.sentences.begin(); it != k.sentences.end() && n < kNamedSentences; ++it, ++n)
    sentence_names(a, *it, &theirs);
  if (theirs.empty()) return false;
  for (std::string_view x : named_here)
    for (std::string_view y : theirs)
      if (same_person(x, y)) return false;
  return true;
}

// "The single biggest attack, in 2009, killed at least 25 people": an event noun given an
// earlier period's date in an apposition set off by commas tells a past event, context
// for the story (MUC-4 1.0 rule 6: historical context), though no date stands in its
// clause.
bool past_apposition(const Analysis& a, const EventMention& m) {
  const Sentence& s = a.doc.sentences[m.sentence];
  if (!m.noun || m.end + 2 >= s.end_token || a.doc.token_text(m.end) != ",") return false;
  constexpr uint32_t kDateStart = 2;  // the date, or "in" / "on" before it
  auto [lo, hi] = in_tokens(a.dates, m.end + 1, m.end + 1 + kDateStart);
  for (size_t d = lo; d < hi; ++d) {
    const DateMention& dm = a.dates[d];
    if (dm.first == m.end + 2 && !word_in(a, m.end + 1, {"in", "on", "since"})) continue;
    if (word_is(a, m.end + 1, "since")) continue;  // "the attack, since 2009, ..." is no date of it
    if (dm.past_background && dm.end < s.end_token && a.doc.token_text(dm.end) == ",") return true;
  }
  return false;
}

// "The attack came a week after a car bomb killed nine people", "..., a day after a bomb
// killed three soldiers", "two days after gunmen shot dead three policemen": an act told
// after "<span of time> after" happened that long before the act of the main clause, so it
// is an earlier incident of its own, and its toll is not the main act's. "Two days after
// the attack, ..." re-describes the story's own act (a definite noun), so it is left alone.
bool earlier_act_after(const Analysis& a, const EventMention& m) {
  constexpr uint32_t kAfterReach = 10;  // "a week after a bomb attack in the city killed four"
  const Sentence& s = a.doc.sentences[m.sentence];
  for (uint32_t j = m.first; j-- > s.first_token + 1 && m.first - j <= kAfterReach;) {
    if (a.doc.tokens[j].is(kPunct)) return false;
    if (!word_is(a, j, "after")) continue;
    if (!word_in(a, j - 1, {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours"})) return false;
    return j + 1 < s.end_token &&
           !word_in(a, j + 1, {"the", "this", "that", "these", "those", "its", "his", "her", "their"});
  }
  return false;
}

// The "after" of "<span> after" told before an earlier act (earlier_act_after), UINT32_MAX
// when none.
uint32_t after_word(const Analysis& a, const EventMention& m) {
  constexpr uint32_t kAfterReach = 10;  // as earlier_act_after
  const Sentence& s = a.doc.sentences[m.sentence];
  for (uint32_t j = m.first; j-- > s.first_token + 1 && m.first - j <= kAfterReach;)
    if (word_is(a, j, "after")) return j;
  return UINT32_MAX;
}

// The date of an earlier act (earlier_act_after) counted back from `base`, the date of its
// sentence's main act, by the span told before "after": "a day after" the day before, "two
// days after" two days before, "a week after" the week before (week precision: a week is
// told loosely), "hours after" the same day, "days after" some day of the week before, "a
// month after" the month before, "a year after" the year before; never finer than `base`.
// The words are the span's ("two days after"). False when the span says no length.
bool date_back_by_span(const Analysis& a, const EventMention& m, const DateMention& base, DateMention* out) {
  const Sentence& s = a.doc.sentences[m.sentence];
  const uint32_t j = after_word(a, m);
  if (j == UINT32_MAX || base.year == 0) return false;
  std::string_view unit = a.doc.norm(j - 1);
  if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
  // The count before the unit: "a day", "one week", "two days", "48 hours"; -1 when none
  // ("days after", "a few days after").
  int64_t n = -1;
  uint32_t first = j - 1;
  if (j >= s.first_token + 2 && word_in(a, j - 2, {"a", "an", "one"})) {
    n = 1;
    first = j - 2;
  }
  auto [lo, hi] = in_tokens(a.numbers, j >= s.first_token + 4 ? j - 4 : s.first_token, j - 1);
  for (size_t k = lo; k < hi; ++k)
    if (a.numbers[k].end == j - 1 && a.numbers[k].value > 0 && !a.numbers[k].vague) {
      n = a.numbers[k].value;
      first = a.numbers[k].first;
    }
  constexpr int64_t kMaxSpan = 1000;  // a longer count is no span of days, weeks or months
  if (n > kMaxSpan) return false;
  int64_t days = days_from_civil(base.year, base.month, base.day);
  auto precision = DateMention::kDay;
  if (unit == "hour") {
    days -= n > 0 ? n / 24 : 0;
  } else if (unit == "day") {
    days -= n > 0 ? n : 3;  // "days after": two to five days, told at week precision
    if (n < 0) precision = DateMention::kWeek;
  } else if (unit == "week") {
    days -= 7 * (n > 0 ? n : 2);
    precision = n > 0 ? DateMention::kWeek : DateMention::kMonth;
  } else if ((unit == "month" || unit == "year") && n > 0) {
    int y = base.year, mo = base.month;
    if (unit == "month") {
      int64_t total = int64_t(y) * 12 + (mo - 1) - n;
      y = int(total / 12);
      mo = int(total % 12) + 1;
    } else {
      y -= int(n);
    }
    days = days_from_civil(y, mo, 15);
    precision = unit == "month" ? DateMention::kMonth : DateMention::kYear;
  } else {
    return false;
  }
  precision = std::max(precision, base.precision);
  int y = 0, mo = 0, d = 0;
  if (precision == DateMention::kWeek) days -= weekday_of_days(days);  // SPEC: the week's first day
  civil_from_days(days, &y, &mo, &d);
  if (precision == DateMention::kMonth) d = 15;
  if (precision == DateMention::kYear) {
    mo = 7;
    d = 1;
  }
  *out = DateMention{};
  out->first = first;
  out->end = j + 1;
  out->year = y;
  out->month = mo;
  out->day = d;
  out->precision = precision;
  out->relative = true;
  return true;
}

// The event noun whose outcome a consequence verb tells: its subject ("the single biggest
// attack, in 2009, killed", "the blast reportedly wounded"), or the subject of a
// consequence verb it is coordinated with ("killed 25 people and injured 60 others").
// Needs subject[j] for the earlier mentions; -1 when none.
int32_t consequence_subject(const Analysis& a, uint32_t i, const std::vector<int32_t>& subject) {
  const EventMention& m = a.events[i];
  if (i == 0) return -1;
  const EventMention& n = a.events[i - 1];
  if (n.sentence != m.sentence || n.generic) return -1;
  // "A car bomb exploded in Mogadishu in October 2017, killing more than 500 people": a
  // participle after a comma ("killing" is also read as a noun) tells the outcome of the act
  // just told in its sentence, and is told as that act is (a past act's toll is no current
  // act's).
  if (n.strength >= 2 && m.first > 0 && a.doc.token_text(m.first - 1) == "," && !word_is(a, m.end, "of")) {
    std::string_view w = a.doc.token_text(m.first);
    if (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ING"))) return int32_t(i - 1);
  }
  if (m.noun || m.strength >= 2) return -1;
  constexpr uint32_t kSubjectReach = 8;  // a dated apposition and an adverb between
  if (n.noun && n.strength >= 2) {
    if (m.first - n.end > kSubjectReach) return -1;
    auto [dlo, dhi] = in_tokens(a.dates, n.end, m.first);
    for (uint32_t t = n.end; t < m.first; ++t) {
      bool in_date = false;
      for (size_t d = dlo; d < dhi; ++d) in_date |= a.dates[d].first <= t && t < a.dates[d].end;
      if (in_date || a.doc.token_text(t) == ",") continue;
      if (!word_in(a, t, {"in", "on", "reportedly", "allegedly", "also", "which", "that", "has", "have", "had"}))
        return -1;
    }
    return int32_t(i - 1);
  }
  if (n.noun || subject[i - 1] < 0 || !same_clause(a, n.first, m.first)) return -1;
  for (uint32_t t = n.end; t < m.first; ++t)
    if (word_is(a, t, "and")) return subject[i - 1];
  return -1;
}

// A plural event noun with no count before it: "suicide attacks", "bombings" (not "two
// bombings").
bool uncounted_plural(const Analysis& a, const EventMention& m) {
  if (!m.noun) return false;
  std::string_view norm = a.doc.norm(m.end - 1);
  if (norm.size() <= 3 || norm.back() != 's' || norm[norm.size() - 2] == 's') return false;
  const Sentence& s = a.doc.sentences[m.sentence];
  constexpr uint32_t kCountReach = 3;  // "two car bombs", "three more attacks"
  auto [lo, hi] =
      in_tokens(a.numbers, m.first >= s.first_token + kCountReach ? m.first - kCountReach : s.first_token, m.first);
  for (size_t i = lo; i < hi; ++i)
    if (a.numbers[i].value >= 2) return false;
  return true;
}

// "Since 2009, hundreds of people have been killed in suicide attacks and car bombs. The
// single biggest attack, in 2009, killed at least 25": a past incident told only by
// uncounted plural nouns is a tally of acts; one act picked out of it is an incident of
// its own, not a restatement.
bool summed_up_only(const Analysis& a, const Cluster& k) {
  constexpr size_t kSummaryReach = 8;  // a tally is told in a sentence or two
  bool any = false;
  for (size_t o = 0; o < k.mentions.size() && o < kSummaryReach; ++o) {
    const EventMention& n = a.events[k.mentions[o]];
    if (n.strength < 2) continue;
    if (!uncounted_plural(a, n)) return false;
    any = true;
  }
  return any;
}

// "Gunmen attacked a village in Zamfara on Saturday. They killed 15 people and abducted 30
// others", "The school, which was attacked by gunmen on Saturday, had 287 pupils abducted":
// a violent act that opens an incident of its own (another family: MUC-4 keys a kidnapping
// apart) but goes on with an incident just told, in its sentence or in the next one with a
// pronoun subject standing for its people ("They", "He"), happened then and there: it takes
// that incident's date and place when it names none, and its doers when it names none
// (`*doers`), unless the pronoun is a passive subject ("They were taken to a forest": the
// victims). A word that moves the story in time or place ("later", "a day after",
// "meanwhile", "elsewhere", "another") breaks the thread. `earlier`: per cluster, opened by
// an earlier act (earlier_act_after). Returns the incident, or -1.
int32_t continued_incident(const Analysis& a, const std::vector<Cluster>& clusters, const std::vector<char>& earlier,
                           const EventMention& m, const std::string& cls, bool* doers) {
  *doers = false;
  if (cls != "current" || kind_col(a, m.kind_row, "violent") != "1") return -1;
  const Sentence& s = a.doc.sentences[m.sentence];
  // By hash: a word before the act that moves the story away from the incident just told.
  static constexpr WordSet kMoved{"later",      "earlier",   "afterwards", "afterward",  "subsequently",
                                  "previously", "meanwhile", "elsewhere",  "separately", "another",
                                  "after",      "before",    "since",      "until",      "following"};
  auto moved = [&](uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t)
      if (word_in(a, t, kMoved)) return true;
    return false;
  };
  const bool pronoun = m.sentence > 0 && word_in(a, s.first_token, {"they", "he", "she"});
  constexpr int kThreadReach = 4;  // the incident just told is among the last few opened
  for (int c = int(clusters.size()) - 1; c >= 0 && int(clusters.size()) - c <= kThreadReach; --c) {
    const Cluster& k = clusters[size_t(c)];
    if (k.status_class != cls || earlier[size_t(c)]) continue;
    uint32_t told_end = 0;  // the end of its latest mention before m in m's sentence
    for (uint32_t i : k.mentions)
      if (a.events[i].sentence == m.sentence && a.events[i].end <= m.first) told_end = a.events[i].end;
    if (told_end > 0) {
      if (moved(told_end, m.first)) return -1;
      *doers = true;
      return c;
    }
    if (!pronoun || !k.sentences.count(m.sentence - 1)) continue;
    if (moved(s.first_token, m.first)) return -1;
    const uint32_t v = s.first_token + 1;  // the pronoun's verb: passive when an auxiliary of "be" opens it
    *doers = !word_in(a, v, {"was", "were", "is", "are", "been", "being"}) &&
             !(word_in(a, v, {"had", "have", "has"}) && word_is(a, v + 1, "been"));
    return c;
  }
  return -1;
}

// "Gunmen killed three farmers in Benue on Sunday. A day later, a bomb exploded in a market
// in Makurdi", "TWO DAYS LATER, GUERRILLAS BLEW UP A BRIDGE", "The following week, troops
// raided the camp", "A week earlier, a suicide bomber had struck Herat": a sentence opened
// by a span told from the act just told counts its own act's day from that act's, not from
// the report's (the cue also splits the incident: cues.tsv `sequence`). Sets *days (signed)
// or *months, and the precision the words give; false when the sentence opens otherwise.
bool sequence_opening(const Analysis& a, uint32_t sentence, int64_t* days, int* months,
                      DateMention::Precision* precision, uint32_t* end) {
  const Sentence& s = a.doc.sentences[sentence];
  uint32_t t = s.first_token;
  if (t + 2 >= s.end_token) return false;
  *days = 0;
  *months = 0;
  *precision = DateMention::kDay;
  auto unit_step = [&](uint32_t u, int64_t n, int sign) {
    std::string_view w = a.doc.norm(u);
    if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
    if (w == "hour") return true;  // "Hours later": the same day
    if (w == "day" || w == "morning" || w == "night" || w == "evening" || w == "afternoon") {
      *days = sign * (n > 0 ? n : 3);  // "days later": some day of the days after, week precision
      if (n < 0) *precision = DateMention::kWeek;
      return true;
    }
    if (w == "week") {
      *days = sign * 7 * (n > 0 ? n : 2);
      *precision = n > 0 ? DateMention::kWeek : DateMention::kMonth;
      return true;
    }
    if (w == "month" && n > 0) {
      *months = sign * int(n);
      *precision = DateMention::kMonth;
      return true;
    }
    return false;
  };
  // "The next day", "the following week", "the previous night".
  if (word_is(a, t, "the") && word_in(a, t + 1, {"next", "following", "previous"})) {
    *end = t + 3;
    return unit_step(t + 2, 1, word_is(a, t + 1, "previous") ? -1 : 1) && !word_is(a, t + 3, "of");
  }
  // "The day before,", "the day after,": a comma closes the span (not "the day after the vote").
  if (word_is(a, t, "the") && word_is(a, t + 1, "day") && word_in(a, t + 2, {"before", "after"})) {
    *end = t + 3;
    return a.doc.token_text(t + 3) == "," && unit_step(t + 1, 1, word_is(a, t + 2, "before") ? -1 : 1);
  }
  // "A day later", "Two days later", "10 days later", "Hours later", "A week earlier".
  int64_t n = -1;
  uint32_t u = t;
  if (word_in(a, t, {"a", "an", "one"})) {
    n = 1;
    u = t + 1;
  } else {
    auto [lo, hi] = in_tokens(a.numbers, t, t + 1);
    if (lo < hi) {
      if (a.numbers[lo].value <= 0 || a.numbers[lo].vague) return false;
      n = a.numbers[lo].value;
      u = a.numbers[lo].end;
    }
  }
  constexpr int64_t kMaxSpan = 1000;  // a longer count is no span of days, weeks or months
  if (n > kMaxSpan || u + 1 >= s.end_token || !word_in(a, u + 1, {"later", "earlier"})) return false;
  *end = u + 2;
  return unit_step(u, n, word_is(a, u + 1, "earlier") ? -1 : 1);
}

// The date `base` moved by a sequence opening's span (sequence_opening), at the coarser of
// the two precisions; the words are the opening's.
DateMention date_on_by_span(const DateMention& base, int64_t days, int months, DateMention::Precision precision,
                            uint32_t first, uint32_t end) {
  DateMention out;
  out.first = first;
  out.end = end;
  out.relative = true;
  out.precision = std::max(precision, base.precision);
  int y = base.year, mo = base.month, d = base.day;
  int64_t z = days_from_civil(y, mo, d) + days;
  if (months != 0) {
    int64_t total = int64_t(y) * 12 + (mo - 1) + months;
    z = days_from_civil(int(total / 12), int(total % 12) + 1, 15);
  }
  if (out.precision == DateMention::kWeek) z -= weekday_of_days(z);  // SPEC: the week's first day
  civil_from_days(z, &y, &mo, &d);
  if (out.precision == DateMention::kMonth) d = 15;
  if (out.precision == DateMention::kYear) {
    mo = 7;
    d = 1;
  }
  if (out.precision == DateMention::kDay) out.weekday = weekday_of_days(z);
  out.year = y;
  out.month = mo;
  out.day = d;
  return out;
}

// "Russian drones struck Odesa overnight, killing two people, the governor said on Saturday",
// "GUERRILLAS ATTACKED THE TOWN LAST NIGHT, THE ARMY REPORTED ON MONDAY": a day told from
// "now" (overnight, last night, this morning, today) is counted from the day of the report's
// own statement when its sentence names that day, not from the publication date: the wire
// story is often filed a day or more after the statement it quotes. Returns the statement's
// date mention, or nullptr when the sentence names none.
const DateMention* statement_day_of(const Analysis& a, const DateMention& d) {
  if (!d.relative || d.weekday >= 0 || d.precision != DateMention::kDay || d.year == 0) return nullptr;
  bool now_word = false;
  for (uint32_t i = d.first; i < d.end; ++i)
    now_word |= word_in(a, i, {"overnight", "tonight", "today", "night", "morning", "evening", "afternoon"});
  if (!now_word) return nullptr;
  auto [lo, hi] = a.in_sentence(a.dates, a.doc.sentence_of[d.first]);
  for (size_t k = lo; k < hi; ++k) {
    const DateMention& st = a.dates[k];
    if (&st != &d && st.weekday >= 0 && st.precision == DateMention::kDay && st.year != 0 && !st.future &&
        statement_date(a, st))
      return &st;
  }
  return nullptr;
}

// "Islamist militants besieged an army base in Kidal ... In a separate attack, an airstrike
// hit a convoy ... Seven other people, including soldiers, were killed in the siege": a
// definite noun of a specific kind ("the siege", "the ambush", "the bombing") names again
// the act of that kind told before, which need not be the latest incident; a generic one
// ("the attack", "the incident") is left to the latest. The incident, or -1 when none.
int32_t act_named_again(const Analysis& a, const std::vector<Cluster>& clusters, const EventMention& m,
                        const std::string& cls) {
  // "were killed in the siege": a consequence word takes the kind of the re-description
  // just after it (toll_of_redescription).
  const EventMention* named = &m;
  if (m.strength < 2) {
    constexpr uint32_t kTollReach = 5;  // as toll_of_redescription
    auto [lo, hi] = in_tokens(a.events, m.end, m.end + kTollReach);
    for (size_t k = lo; k < hi && named == &m; ++k)
      if (a.events[k].sentence == m.sentence && definite_redescription(a, a.events[k])) named = &a.events[k];
  }
  // The generic kind ("the attack", "the raid": kinds.tsv `attack`) names no act apart, and
  // a re-description alone ("the bombing") is left to the story's order.
  if (named == &m || named->strength < 2 || kind_col(a, named->kind_row, "kind") == "attack") return -1;
  for (int c = int(clusters.size()) - 1; c >= 0 && int(clusters.size()) - c <= kMaxClusterLookback; --c) {
    if (clusters[size_t(c)].status_class != cls) continue;
    for (uint32_t i : clusters[size_t(c)].mentions)
      if (a.events[i].kind_row == named->kind_row && a.events[i].sentence < m.sentence) return c;
  }
  return -1;
}

std::vector<Cluster> cluster_mentions(const Analysis& a) {
  std::vector<Cluster> clusters;
  std::set<std::string> seen_classes;
  // The sentence whose "in a separate attack" cue has already opened its new incident:
  // later mentions of that sentence describe the new incident and join it.
  uint32_t separated_sentence = UINT32_MAX;
  // A mention's status as the story tells it: events.cc reads a mention's own clause; a
  // dated apposition makes an event noun past (past_apposition), and a consequence verb
  // tells the outcome of its subject, so it takes the subject's status
  // (consequence_subject): the toll of a past attack is no toll of today's.
  std::vector<int32_t> subject(a.events.size(), -1);
  std::vector<std::string> told_status(a.events.size());
  EventMention retold;        // a mention with the status told, when it differs from its own
  std::vector<char> earlier;  // per cluster: opened by an act told after "<span> after" (earlier_act_after)
  std::vector<int32_t> main_dates;  // per cluster: the main act's day told before such an act, or -1
  for (uint32_t i = 0; i < a.events.size(); ++i) {
    const EventMention& own = a.events[i];
    if (own.generic || toll_of_named_act(a, own)) continue;
    told_status[i] = own.status;
    if (current(own.status) && past_apposition(a, own)) told_status[i] = "background";
    subject[i] = consequence_subject(a, i, subject);
    if (subject[i] >= 0 && !told_status[size_t(subject[i])].empty()) told_status[i] = told_status[size_t(subject[i])];
    const bool retell = told_status[i] != own.status;
    if (retell) {
      retold = own;
      retold.status = told_status[i];
    }
    const EventMention& m = retell ? retold : own;
    std::string cls = current(m.status) ? "current" : m.status;
    int32_t place = mention_place(a, m), date = mention_date(a, m);
    bool anchored = anchored_mention(a, m, place, date);
    bool sabotage_doers = false;
    const bool sabotage = destruction_act(a, m, &sabotage_doers);
    // A violent act that leaves a non-violent incident told in other sentences.
    const bool act = (anchored && m.strength >= 2) || sabotage;
    int best = -1;
    const Sentence& sent = a.doc.sentences[m.sentence];
    // A generic event noun inside the cue ("in another incident", "in a separate
    // development") marks the boundary too: it opens the new incident, and the specific
    // act told after it in its sentence ("..., a policeman was shot to death") joins it.
    bool separate =
        distributive_item(a, m) || (m.sentence != separated_sentence &&
                                    (((m.strength >= 2 || m.noun) && has_cue(a, sent.first_token, m.end, "separate")) ||
                                     later_act(a, m) || also_act(a, m) || separate_act(a, m)));
    if (separate) separated_sentence = m.sentence;
    // "A bomb also exploded on a bus in Herat": the further act may have been opened by its
    // subject, the mention just before it ("a bomb"); it is that incident.
    int opened_here = -1;
    if (separate && i > 0 && !clusters.empty() && clusters.back().status_class == cls &&
        clusters.back().mentions.front() == i - 1 && a.events[i - 1].sentence == m.sentence && a.events[i - 1].noun &&
        also_act(a, m))
      opened_here = int(clusters.size()) - 1;
    // "The Islamic State claimed responsibility for the attack on Saturday": with no act of
    // that day told before, the day is the claim's own, and the attack the one told before.
    if (date >= 0 && claimed_redescription(a, m)) {
      bool act_that_day = false;
      for (int c = int(clusters.size()) - 1; c >= 0 && int(clusters.size()) - c <= kMaxClusterLookback; --c)
        act_that_day |= clusters[size_t(c)].status_class == cls && same_date(a, clusters[size_t(c)].date, date);
      if (!act_that_day) date = -1;
    }
    const bool anaphor = (definite_redescription(a, m) || toll_of_redescription(a, m)) && date < 0;
    const bool singular_act = m.noun && m.strength >= 2 && !uncounted_plural(a, m);
    const bool after_act = !definite_redescription(a, m) && earlier_act_after(a, m);
    // "Two policemen were shot dead on Monday, a day after a bomb killed three soldiers":
    // the day told before the earlier act is the main act's, not its own.
    int32_t main_date = -1;  // that day, which dates the earlier act back (date_back_by_span)
    if (after_act && date >= 0 && a.dates[size_t(date)].end <= m.first) {
      main_date = date;
      date = -1;
    }
    // So is the place told before its "after": "in Mosul on Tuesday, a week after a suicide
    // bomber killed 20 people at a mosque in Tal Afar".
    if (after_act && place >= 0 && a.places[size_t(place)].end <= after_word(a, m)) place = -1;
    const std::vector<std::string_view> own_names = own_named_victims(a, m);
    bool weak_left = false;  // a weak violent word that left a non-violent incident (violence_apart)
    // Only recent incidents are candidates: a story returns to its incident within pages.
    for (int c = int(clusters.size()) - 1; !separate && c >= 0 && int(clusters.size()) - c <= kMaxClusterLookback; --c) {
      Cluster& k = clusters[size_t(c)];
      if (k.status_class != cls) continue;
      // The main act of a sentence and the earlier act told in its "<span> after" clause
      // stay apart; later sentences may return to either ("Hours after the siege ended, ...").
      if (bool(earlier[size_t(c)]) != after_act && k.sentences.count(m.sentence)) continue;
      if ((!anaphor && !same_place(a, k.place, place)) || !same_date(a, k.date, date)) continue;
      bool fam = true;
      for (size_t o = 0; o < k.mentions.size() && o < 8; ++o) fam &= families_compatible(a, a.events[k.mentions[o]], m);
      if (!fam || violence_apart(a, k, m, anchored, act, &weak_left) || named_apart(a, k, m, own_names)) continue;
      if (cls == "background" && singular_act && summed_up_only(a, k)) continue;
      best = c;
      break;
    }
    // Having left a truce, a consequence word is the toll of a violent act told in its own
    // sentence ("as for the assassination of the six Jesuits, ... one of the priests who was
    // killed"); one told of a war at large ("2,000 people have died in the fighting") is
    // the toll of no act.
    if (weak_left && best >= 0 && clusters[size_t(best)].sentences.count(m.sentence) == 0) best = -1;
    if (opened_here >= 0) best = opened_here;
    if (anaphor && !separate && best >= 0)
      if (const int32_t named = act_named_again(a, clusters, m, cls); named >= 0) best = named;
    // ", killing 25 people": a participle clause after a comma tells the consequence of its
    // sentence's main act, wherever the places of the two lie ("detonated car bombs on a
    // street in the capital, killing 25").
    // So does one joined by "and" to such a participle, more of the same toll: ", killing
    // seven people and wounding 84".
    auto ing_word = [&](uint32_t t) {
      std::string_view w = a.doc.token_text(t);
      return w.size() > 4 && (w.ends_with("ing") || w.ends_with("ING"));
    };
    const bool toll_and = i > 0 && m.first > sent.first_token + 1 && word_is(a, m.first - 1, "and") &&
                          a.events[i - 1].sentence == m.sentence && a.events[i - 1].first > sent.first_token &&
                          a.doc.token_text(a.events[i - 1].first - 1) == "," && ing_word(a.events[i - 1].first) &&
                          same_clause(a, a.events[i - 1].first, m.first);
    if (best < 0 && !separate && m.first > sent.first_token && (a.doc.token_text(m.first - 1) == "," || toll_and)) {
      bool participle = ing_word(m.first) && !word_is(a, m.end, "of");
      for (int c = int(clusters.size()) - 1; participle && c >= 0; --c) {
        const Cluster& k = clusters[size_t(c)];
        if (k.status_class != cls || a.events[k.mentions.back()].sentence != m.sentence || earlier[size_t(c)]) continue;
        // "attacked the oil well ..., taking engineers as hostages": a second violent act
        // of another family is an incident of its own (MUC-4 keys a KIDNAPPING apart), not
        // the consequence of the first.
        bool fam = true;
        for (size_t o = 0; o < k.mentions.size() && o < 8; ++o) fam &= families_compatible(a, a.events[k.mentions[o]], m);
        if (!fam) break;
        best = c;
        break;
      }
    }
    // "The kidnapping" told as a current fact after the kidnapping was dated as an earlier
    // event ("kidnapped the businessman last 9 August"): the same incident, not a new one.
    if (best < 0 && !separate && cls == "current" && definite_redescription(a, m) && date < 0 &&
        seen_classes.count(cls) == 0) {
      for (int c = int(clusters.size()) - 1; c >= 0 && int(clusters.size()) - c <= kMaxClusterLookback; --c) {
        const Cluster& k = clusters[size_t(c)];
        if (k.status_class != "background") continue;
        if (kind_col(a, a.events[k.mentions.front()].kind_row, "family") != kind_col(a, m.kind_row, "family")) continue;
        best = c;
        break;
      }
    }
    bool any_of_class = seen_classes.count(cls) > 0;
    seen_classes.insert(cls);
    // A lone "killed" adds no incident unless someone was killed, hurt or taken in its
    // sentence; after a first incident, only a victim of its own opens another ("two
    // soldiers were killed" after an attack on a town may be its toll; "three peasants were
    // killed in another province" on another day is a second act).
    // A destruction by attackers ("terrorists destroyed a bridge") is an act of its own.
    if (best < 0 && m.strength < 2 && !sabotage_doers &&
        (!sentence_has_participants(a, m) || (any_of_class && !sentence_has_victims(a, m))))
      continue;
    if (best < 0 && (weak_left || unanchored_plural(a, m, place, date))) continue;
    if (best < 0 && (statistical_toll(a, m) || (!anchored && relative_passive(a, m)))) continue;
    if (best < 0) {
      // A list item happened where and when its act did ("three bombs exploded in the
      // capital last night, ... another at the university"), unless it says otherwise.
      int32_t place0 = -1, date0 = -1;
      if (distributive_item(a, m) && !clusters.empty() && clusters.back().sentences.count(m.sentence)) {
        place0 = clusters.back().place;
        date0 = clusters.back().date;
      }
      bool doers = false;
      const int32_t from = separate || after_act || place0 >= 0 || date0 >= 0
                               ? -1
                               : continued_incident(a, clusters, earlier, m, cls, &doers);
      if (from >= 0) {
        if (place < 0) place0 = clusters[size_t(from)].place;
        if (date < 0) date0 = clusters[size_t(from)].date;
      }
      clusters.push_back(Cluster{{}, cls, place0, date0, {}, false, {}, from, doers});
      earlier.push_back(after_act);
      main_dates.push_back(main_date);
      best = int(clusters.size()) - 1;
    }
    Cluster& k = clusters[size_t(best)];
    k.mentions.push_back(i);
    k.sentences.insert(m.sentence);
    if (k.place < 0) k.place = place;
    if (k.date < 0) k.date = date;
  }
  // "Gunmen killed five people on Tuesday. The attack came a day after bandits killed 12
  // villagers": an earlier act with no date of its own happened the span before the main
  // act of its sentence (the day told before its "after", else the main act's incident's
  // date, else the dateline's, as that record's would be).
  for (size_t c = 0; c < clusters.size(); ++c) {
    Cluster& e = clusters[c];
    e.earlier = earlier[c];
    if (!e.earlier || e.date >= 0) continue;
    const uint32_t s = a.events[e.mentions.front()].sentence;
    const DateMention* base = main_dates[c] >= 0 ? &a.dates[size_t(main_dates[c])] : nullptr;
    bool main_found = base != nullptr;
    for (size_t o = c >= size_t(kMaxClusterLookback) ? c - kMaxClusterLookback : 0;
         o < clusters.size() && o <= c + kMaxClusterLookback && !main_found; ++o) {
      if (earlier[o] || clusters[o].status_class != e.status_class || !clusters[o].sentences.count(s)) continue;
      main_found = true;
      if (clusters[o].date >= 0) base = &a.dates[size_t(clusters[o].date)];
    }
    if (!base && e.status_class == "current" && a.doc.dateline.present) {
      auto [dlo, dhi] = in_tokens(a.dates, a.doc.dateline.date_first, a.doc.dateline.date_end);
      for (size_t di = dlo; di < dhi; ++di)
        if (a.dates[di].end <= a.doc.dateline.date_end && a.dates[di].end > a.dates[di].first) base = &a.dates[di];
    }
    if (base) date_back_by_span(a, a.events[e.mentions.front()], *base, &e.derived);
  }
  for (size_t c = 0; c < clusters.size(); ++c) {
    Cluster& e = clusters[c];
    if (e.date >= 0) {
      // Overnight, last night, today: counted from the statement's day (statement_day_of).
      const DateMention& d = a.dates[size_t(e.date)];
      if (const DateMention* st = statement_day_of(a, d)) {
        int64_t back = 0;
        for (uint32_t i = d.first; i < d.end; ++i) back -= word_is(a, i, "last") ? 1 : 0;
        e.derived = date_on_by_span(*st, back, 0, DateMention::kDay, d.first, d.end);
        e.date = -1;
      }
      continue;
    }
    if (e.earlier || e.derived.precision != DateMention::kNone) continue;
    // A day later, the next day: counted from the act told last before its sentence.
    const uint32_t s = a.events[e.mentions.front()].sentence;
    int64_t days = 0;
    int months = 0;
    auto precision = DateMention::kDay;
    uint32_t end = 0;
    if (!sequence_opening(a, s, &days, &months, &precision, &end)) continue;
    const DateMention* base = nullptr;
    uint32_t base_sentence = 0;
    for (size_t o = c; o-- > 0 && c - o <= size_t(kMaxClusterLookback);) {
      uint32_t told = 0;  // its latest sentence before s, plus one (0: none)
      for (uint32_t i : clusters[o].mentions)
        if (a.events[i].sentence < s) told = std::max(told, a.events[i].sentence + 1);
      if (told <= base_sentence) continue;
      base_sentence = told;
      base = clusters[o].date >= 0                                 ? &a.dates[size_t(clusters[o].date)]
             : clusters[o].derived.precision != DateMention::kNone ? &clusters[o].derived
                                                                   : nullptr;
    }
    if (base && base->year != 0 && base->precision != DateMention::kNone)
      e.derived = date_on_by_span(*base, days, months, precision, a.doc.sentences[s].first_token, end);
  }
  return clusters;
}


MentionIndex index_mentions(const Analysis& a, const std::vector<Cluster>& clusters) {
  MentionIndex x;
  x.cluster_of.assign(a.events.size(), -1);
  x.by_sentence.resize(a.doc.sentences.size());
  for (size_t c = 0; c < clusters.size(); ++c)
    for (uint32_t i : clusters[c].mentions) x.cluster_of[i] = int(c);
  for (uint32_t i = 0; i < a.events.size(); ++i) x.by_sentence[a.events[i].sentence].push_back(i);
  return x;
}

// Sentences whose arguments belong to cluster c: its mentions' sentences and the ones
// after them up to the next sentence of another current incident.
std::set<uint32_t> argument_sentences(const Analysis& a, const std::vector<Cluster>& clusters,
                                      const MentionIndex& x, size_t c) {
  std::set<uint32_t> out = clusters[c].sentences;
  if (clusters[c].status_class != "current") return out;
  uint32_t first = *out.begin();
  for (uint32_t s = first + 1; s < a.doc.sentences.size(); ++s) {
    bool other = false, foreign = false, own = false;
    for (uint32_t i : x.by_sentence[s]) {
      int k = x.cluster_of[i];
      if (k == int(c)) own = true;
      else if (k >= 0 && clusters[size_t(k)].status_class == "current") other = true;
      // A mention told as another incident's (a past attack's toll) is foreign whatever its own status.
      if (k >= 0 ? clusters[size_t(k)].status_class != "current" : !a.events[i].generic && !current(a.events[i].status))
        foreign = true;
    }
    if (other) break;
    // A sentence with only background or other-status mentions keeps its arguments.
    if (foreign && !own) continue;
    out.insert(s);
  }
  return out;
}

bool near_mention(const Analysis& a, const MentionIndex& x, size_t c, uint32_t first, uint32_t end) {
  for (uint32_t i : x.by_sentence[a.doc.sentence_of[first]]) {
    if (x.cluster_of[i] != int(c)) continue;
    const EventMention& m = a.events[i];
    uint32_t x = 0, y = 0;
    if (!gap(first, end, m.first, m.end, &x, &y)) return true;
    if (y - x <= kArgumentWindow && same_clause(a, x, y)) return true;
  }
  return false;
}

}  // namespace sitrep
