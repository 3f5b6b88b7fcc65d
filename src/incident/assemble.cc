#include "incident/assemble.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "extract/dates.h"
#include "extract/events.h"
#include "extract/hits.h"
#include "incident/cluster.h"
#include "incident/counts.h"
#include "incident/location.h"
#include "incident/roles.h"
#include "incident/views.h"

namespace sitrep {
namespace {

// Writes v as `width` digits at p when 0 <= v < 10^width (what "%0*d" writes then);
// false otherwise. A snprintf call costs a thousand instructions, more than the rest of a
// record's date.
bool put_digits(char* p, int v, int width) {
  if (v < 0) return false;
  for (int k = width - 1; k >= 0; --k, v /= 10) p[k] = char('0' + v % 10);
  return v == 0;
}

std::string iso(int y, int m, int d) {
  char buf[40];
  buf[4] = buf[7] = '-';
  if (put_digits(buf, y, 4) && put_digits(buf + 5, m, 2) && put_digits(buf + 8, d, 2)) return std::string(buf, 10);
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string hhmm(int h, int m) {
  char buf[24];
  buf[2] = ':';
  if (put_digits(buf, h, 2) && put_digits(buf + 3, m, 2)) return std::string(buf, 5);
  std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
  return buf;
}

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

RecordDate record_date(const Analysis& a, const DateMention& d) {
  RecordDate j;
  if (d.year) j.value = iso(d.year, d.month, d.day);
  const char* prec[] = {nullptr, "day", "week", "month", "year"};
  if (d.year && prec[d.precision]) j.precision = prec[d.precision];
  if (d.weekday >= 0 && d.weekday < 7) j.weekday = kWeekdays[d.weekday];
  j.words = spanned(a, d.first, d.end);
  return j;
}

// The event mention of `sentence` nearest to tokens [first, end) (those in an incident
// only, with `clustered`; those i with only[i] set, with `only`); a mention in another
// clause counts `other_clause_cost` tokens further. -1 when none.
int32_t nearest_mention(const Analysis& a, const MentionIndex& mx, uint32_t sentence, uint32_t first, uint32_t end,
                        uint32_t other_clause_cost, bool clustered, const std::vector<char>* only = nullptr) {
  int32_t best = -1;
  uint32_t best_d = ~0u;
  for (uint32_t i : mx.by_sentence[sentence]) {
    if (clustered && mx.cluster_of[i] < 0) continue;
    if (only && !(*only)[i]) continue;
    const EventMention& m = a.events[i];
    uint32_t x = 0, y = 0;
    uint32_t d = gap(first, end, m.first, m.end, &x, &y) ? y - x : 0;
    if (other_clause_cost && !same_clause(a, std::min(x, y), std::max(x, y))) d += other_clause_cost;
    if (d < best_d) {
      best_d = d;
      best = int32_t(i);
    }
  }
  return best;
}

// "Gunmen killed six people and kidnapped 20 others", "BANDITS KILL 30, ABDUCT DOZENS IN
// ZAMFARA", "militants shot dead a guard and seized two engineers": a raid that kills and
// then carries people off is an attack whose toll is the dead, the abducted its further
// victims (ACLED codes an abduction with killings as Attack; MUC-4 an ATTACK). True for
// mention o of k when it is an abduction told after a killing word of its own sentence
// that left people dead (not the attackers). A kidnapping told first ("kidnapped and
// killed a priest") keeps its kind.
bool abduction_after_killing(const Analysis& a, const Cluster& k, size_t o) {
  const EventMention& m = a.events[k.mentions[o]];
  if (kind_col(a, m.kind_row, "family") != "abduction" || m.status != "reported") return false;
  bool killing = false;
  for (size_t p = 0; p < o && !killing; ++p) {
    const EventMention& e = a.events[k.mentions[p]];
    killing = e.sentence == m.sentence && !e.noun && e.end <= m.first && e.status == "reported" &&
              word_in(a, e.first,
                      {"killed", "kill", "kills", "killing", "murdered", "massacred", "executed", "shot", "gunned",
                       "beheaded", "slaughtered", "hacked"});
  }
  if (!killing) return false;
  auto [vlo, vhi] = a.in_sentence(a.victims, m.sentence);
  for (size_t v = vlo; v < vhi; ++v)
    if (a.victims[v].effect == "killed" && !a.victims[v].attackers && a.victims[v].first < m.first) return true;
  return false;
}

// The mention that names an incident's kind: the strongest, then the most specific (a
// kind of its own, not its family's), the first of equals. A plural summing up acts
// ("the bombings and the killing of the Jesuit priests", summary_plural) never names it
// over a singular act of strength 2 or more told in its sentence: the act reported is the
// incident, the plural its context. (In a sentence of its own, "What is the intention
// behind the bombings?", it may still name it: on the MUC-4 training messages demoting it
// there too turned speeches that report no incident into attacks.)
uint32_t strongest_mention(const Analysis& a, const Cluster& k) {
  const Table& kinds = a.lex.table(lex::kKinds);
  const int kind_c = kinds.column("kind"), family_c = kinds.column("family");  // once, not per mention
  constexpr size_t kSummaryReach = 16;  // a handful of mentions decide; a long story is not re-read
  std::vector<char> summary(std::min(k.mentions.size(), kSummaryReach));
  std::set<uint32_t> act_sentences;
  for (size_t o = 0; o < summary.size(); ++o) {
    const EventMention& m = a.events[k.mentions[o]];
    summary[o] = m.strength >= 2 && summary_plural(a, m);
    if (m.strength >= 2 && !summary[o]) act_sentences.insert(m.sentence);
  }
  // "Soldiers rounded up and executed 20 civilians", "police detained and tortured two
  // students": two verbs joined by "and" around one object tell one act, and the more severe
  // names it: a non-violent verb (an arrest) yields to the violent verb just after it.
  auto yields = [&](size_t o) {
    const EventMention& m = a.events[k.mentions[o]];
    if (m.noun || o + 1 >= k.mentions.size() || !word_is(a, m.end, "and")) return false;
    const EventMention& n = a.events[k.mentions[o + 1]];
    constexpr uint32_t kAdverbReach = 2;  // "and summarily executed", "and then shot"
    return !n.noun && n.sentence == m.sentence && n.first > m.end && n.first <= m.end + kAdverbReach &&
           kind_col(a, m.kind_row, "violent") != "1" && kind_col(a, n.kind_row, "violent") == "1";
  };
  // "Gunmen killed four people in Jos and looted shops", "killed three people and burned 20
  // homes", "the fighters had also seized weapons": goods a raid took or destroyed after it
  // harmed people are its lesser acts, and the harm names it (ACLED codes Looting/property
  // destruction only when no one was attacked; arms taken by attackers are their loot, not
  // a state's interdiction). A property act or a seizure yields to an act against people
  // told before it; one told first keeps its toll ("set fire to a bus, killing the driver").
  const int violent_c = kinds.column("violent");
  // (Sabotage, an attack on infrastructure, and robbery, a crime of its own, are no such
  // lesser acts.) The harm is told in the lesser act's sentence or the one before: the raid.
  auto lesser = [&](const EventMention& m) {
    std::string_view kind = kinds.get(m.kind_row, kind_c);
    return kind == "arson" || kind == "looting" || kind == "property_destruction" || kind == "weapons_seized";
  };
  uint32_t harmed = UINT32_MAX;  // the sentence of the latest act against people told before mention o
  std::vector<char> yields_to_harm(k.mentions.size());
  for (size_t o = 0; o < k.mentions.size(); ++o) {
    const EventMention& m = a.events[k.mentions[o]];
    yields_to_harm[o] = harmed != UINT32_MAX && harmed + 1 >= m.sentence && lesser(m);
    if (!m.generic && !lesser(m) && kinds.get(m.kind_row, violent_c) == "1" &&
        kinds.get(m.kind_row, family_c) != "property")
      harmed = m.sentence;
  }
  auto specificity = [&](size_t o) {
    const EventMention& m = a.events[k.mentions[o]];
    if (o < summary.size() && summary[o] && act_sentences.count(m.sentence)) return 0;
    if (yields(o) || yields_to_harm[o] || abduction_after_killing(a, k, o)) return 0;
    bool specific = kinds.get(m.kind_row, kind_c) != kinds.get(m.kind_row, family_c);
    return m.strength * 2 + (specific ? 1 : 0);
  };
  size_t best = 0;
  for (size_t o = 1; o < k.mentions.size(); ++o)
    if (specificity(o) > specificity(best)) best = o;
  return k.mentions[best];
}

// A sentence that tells only a tally ("Herders have killed hundreds of farmers in Plateau
// State in recent months", events.cc perfect_tally) and no incident's act sums up other
// acts: its people, doers, targets and actors belong to no incident, though it follows one.
bool tally_sentence(const Analysis& a, const MentionIndex& mx, uint32_t s) {
  bool tally = false;
  for (uint32_t i : mx.by_sentence[s]) {
    const EventMention& m = a.events[i];
    if (mx.cluster_of[i] >= 0) return false;
    if (!m.generic) continue;
    tally = tally || perfect_tally(a, m.first, m.end);
  }
  return tally;
}

// How many sentences away from a victim's sentence that tells no violent act the act it
// suffered may be told: the lead's "X died in hospital after ..." comes just before or
// after "gunmen fired at ..."; further away another story has begun.
constexpr uint32_t kVictimActReach = 1;

// The incident each victim group suffered (-2: its sentence names no act, any incident
// whose sentences hold it; -1: none). People are killed, wounded or kidnapped by
// violence, not by an arrest, a truce or a group's disbanding told beside it:
// - a casualty word that is itself a mention of a non-violent incident keeps its people
//   there: what a truce, an arrest or a release story tells in its own words ("the
//   release of the hostages", "a war that has killed 70,000") is not the toll of a violent
//   act told beside it;
// - else, in a sentence that names a violent act, the violent mention nearest the group
//   ("the murder of the candidate led to riots and the arrest of 120 people"); a casualty
//   figure beside two acts is the nearer act's ("this attack follows an operation ...
//   which resulted in the deaths of 16 militants": the deaths are the operation's);
// - a death or a wound told in a sentence that names only other acts ("the candidate of
//   the disbanded group died in hospital after ...") befell the victim of the violent
//   incident told in the sentence before or after it, the earlier first (the act is
//   usually told first); else the nearest mention, as before.
// `strongest` gets the strongest mention of each incident it looks at (-1 for the others),
// which the records read again.
std::vector<int> victim_incidents(const Analysis& a, const std::vector<Cluster>& clusters, const MentionIndex& mx,
                                  std::vector<int>* strongest) {
  const Table& kinds = a.lex.table(lex::kKinds);
  const int violent_c = kinds.column("violent");
  std::vector<char> violent(a.events.size());
  for (size_t i = 0; i < a.events.size(); ++i) violent[i] = kinds.get(a.events[i].kind_row, violent_c) == "1";
  // An incident of violent acts told as having happened: its kind (its strongest
  // mention's) is violent. A truce that a weak "killed" joined stays a truce.
  std::vector<char> violent_incident(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    const std::string& st = clusters[c].status_class;
    if (st == "current" || st == "background") {
      (*strongest)[c] = int(strongest_mention(a, clusters[c]));
      violent_incident[c] = violent[size_t((*strongest)[c])];
    }
  }
  // The violent acts a victim may have suffered: violent mentions in a violent incident
  // or in none (the victims of "several attacks" are no incident's).
  std::vector<char> violent_act(a.events.size());
  for (size_t i = 0; i < a.events.size(); ++i)
    violent_act[i] = violent[i] && (mx.cluster_of[i] < 0 || violent_incident[size_t(mx.cluster_of[i])]);
  // The violent incident of sentence s: its last act's (told just before the victim's
  // sentence) or its first's (told just after); -1 when none.
  auto violent_incident_in = [&](uint32_t s, bool last) {
    int found = -1;
    for (uint32_t i : mx.by_sentence[s]) {
      if (!violent_act[i] || mx.cluster_of[i] < 0) continue;
      found = mx.cluster_of[i];
      if (!last) break;
    }
    return found;
  };
  std::vector<int> out(a.victims.size(), -2);
  for (size_t v = 0; v < a.victims.size(); ++v) {
    const VictimGroup& g = a.victims[v];
    const std::vector<uint32_t>& here = mx.by_sentence[g.sentence];
    // "The conflict has left thousands dead", "more than 2,000 people have been killed in
    // the region this year": thousands of dead told in a sentence that names no act, or only
    // acts told as a tally (generic), are a war's or a year's toll, no incident's (no single
    // attack in the news kills this many; a real one names its act: "the blast killed 1,200").
    constexpr int64_t kStatisticToll = 1000;
    bool act_here = false;
    for (uint32_t i : here) act_here |= !a.events[i].generic;
    if (!act_here && ((g.count >= kStatisticToll && !g.attackers) || tally_sentence(a, mx, g.sentence))) {
      out[v] = -1;
      continue;
    }
    // "Sarajevo was besieged for months in 1993, a siege that left more than 5,000 people
    // dead": thousands of dead in a sentence dated to an earlier period are that period's toll,
    // a background incident's at most, never the current act's.
    if (g.count >= kStatisticToll && !g.attackers) {
      bool earlier = false;
      auto [dlo, dhi] = a.in_sentence(a.dates, g.sentence);
      for (size_t d = dlo; d < dhi; ++d) earlier |= a.dates[d].past_background;
      if (earlier) {
        int32_t i = nearest_mention(a, mx, g.sentence, g.first, g.end, /*other_clause_cost=*/20, /*clustered=*/true);
        const int k = i >= 0 ? mx.cluster_of[size_t(i)] : -1;
        out[v] = k >= 0 && clusters[size_t(k)].status_class == "background" ? k : -1;
        continue;
      }
    }
    if (here.empty()) continue;
    bool any_violent = false, own = false;
    for (uint32_t i : here) {
      any_violent |= violent_act[i] != 0;
      const EventMention& m = a.events[i];
      if (!own && !violent_act[i] && m.first < g.cue_end && g.cue_first < m.end) {
        own = true;
        out[v] = mx.cluster_of[i];
      }
    }
    if (own) continue;
    // Deaths, wounds and escapes unhurt are outcomes of violence; a person detained or
    // released ("was arrested and released last night") is told with the arrest or the
    // release beside him.
    if (!any_violent && g.effect != "abducted") {
      int k = g.sentence >= kVictimActReach ? violent_incident_in(g.sentence - kVictimActReach, true) : -1;
      if (k < 0 && g.sentence + kVictimActReach < a.doc.sentences.size())
        k = violent_incident_in(g.sentence + kVictimActReach, false);
      if (k >= 0) {
        out[v] = k;
        continue;
      }
    }
    int32_t i = nearest_mention(a, mx, g.sentence, g.first, g.end, /*other_clause_cost=*/20, /*clustered=*/false,
                                any_violent ? &violent_act : nullptr);
    out[v] = i >= 0 ? mx.cluster_of[size_t(i)] : -1;
  }
  return out;
}

// "Police arrested 20 people on Tuesday after protesters torched a police station", "killed
// six people on Tuesday, two days after a shooting attack": a cue told in the clause of
// another incident's act, set apart in time from incident c's own act ("after", "before",
// "since"), describes that act (the protesters are the riot's, not people arrested at a
// protest). Cues of the same occasion ("broke up a sit-in and arrested its leaders") stay.
bool refines_another(const Analysis& a, const MentionIndex& mx, size_t c, const Hit& h) {
  if (near_mention(a, mx, c, h.first, h.end)) return false;
  bool other = false;
  uint32_t own = UINT32_MAX, own_d = UINT32_MAX;  // incident c's mention nearest the cue
  for (uint32_t e : mx.by_sentence[a.doc.sentence_of[h.first]]) {
    const int o = mx.cluster_of[e];
    uint32_t x = 0, y = 0;
    if (size_t(o) == c && gap(h.first, h.end, a.events[e].first, a.events[e].end, &x, &y) && y - x < own_d) {
      own = e;
      own_d = y - x;
    }
    if (o >= 0 && size_t(o) != c && near_mention(a, mx, size_t(o), h.first, h.end)) other = true;
  }
  if (!other || own == UINT32_MAX) return false;
  const EventMention& m = a.events[own];
  for (uint32_t t = std::min(m.end, h.end); t < std::max(m.first, h.first); ++t)
    if (word_in(a, t, {"after", "before", "since", "following", "until"})) return true;
  return false;
}

}  // namespace

std::vector<Record> assemble_incidents(const Analysis& a, const ExtractOptions& options) {
  std::vector<Record> out;
  std::vector<Cluster> clusters = cluster_mentions(a);
  out.reserve(clusters.size());  // at most a record per incident: records are big to move
  const Table& refiners = a.lex.table(lex::kRefiners);
  const std::vector<Hit>& target_hits = table_hits(a, lex::kTargets);
  const std::vector<Hit>& weapon_hits = table_hits(a, lex::kWeapons);
  const std::vector<Hit>& refiner_hits = table_hits(a, lex::kRefiners, true);
  const std::vector<Hit>& cue_hits = table_hits(a, lex::kCues, true);
  const std::vector<std::string_view> commenting = commenting_groups(a, cue_hits);
  MentionIndex mx = index_mentions(a, clusters);
  const std::vector<int>& mention_cluster = mx.cluster_of;
  std::vector<int> strongest(clusters.size(), -1);  // each incident's strongest mention, once
  const std::vector<int> victim_cluster = victim_incidents(a, clusters, mx, &strongest);
  std::vector<std::vector<uint32_t>> victim_sentences(clusters.size());  // each incident's victims' sentences
  for (size_t v = 0; v < a.victims.size(); ++v)
    if (victim_cluster[v] >= 0) victim_sentences[size_t(victim_cluster[v])].push_back(a.victims[v].sentence);
  // Which incident each statement is about: the one whose mention is nearest in its
  // sentence, else one named inside its quotation, else the latest incident named before
  // it ("the minister said from the capital that measures were taken" follows the attack it answers).
  std::vector<std::vector<size_t>> sources_of(clusters.size());
  for (size_t ai = 0; ai < a.attributions.size(); ++ai) {
    const Attribution& at = a.attributions[ai];
    int32_t near_i = nearest_mention(a, mx, at.sentence, at.first, at.end, /*other_clause_cost=*/0, /*clustered=*/true);
    int best = near_i >= 0 ? mention_cluster[size_t(near_i)] : -1;
    if (best < 0 && at.quote >= 0) {
      const Quote& q = a.doc.quotes[size_t(at.quote)];
      auto tok = [&](uint32_t byte) {
        return uint32_t(std::lower_bound(a.doc.tokens.begin(), a.doc.tokens.end(), byte,
                                         [](const Token& t, uint32_t b) { return t.begin < b; }) -
                        a.doc.tokens.begin());
      };
      auto [lo, hi] = in_tokens(a.events, tok(q.begin), tok(q.end));
      for (size_t i = lo; i < hi && best < 0; ++i) best = mention_cluster[i];
    }
    if (best < 0) {
      auto [lo, hi] = in_tokens(a.events, 0, at.first);
      for (size_t i = hi; i > lo && best < 0; --i) best = mention_cluster[i - 1];
    }
    if (best < 0 && !clusters.empty()) best = 0;  // a statement before any mention: the lead's incident
    if (best >= 0) sources_of[size_t(best)].push_back(ai);
  }

  int incident_no = 0;
  for (size_t c = 0; c < clusters.size(); ++c) {
    const Cluster& k = clusters[c];
    // Status: the strongest mention's; attempted/foiled beat reported only when no
    // mention reports it accomplished.
    std::string status = k.status_class;
    if (status == "current") {
      bool reported = false, attempted = false, foiled = false;
      for (uint32_t i : k.mentions) {
        reported |= a.events[i].status == "reported" && a.events[i].strength >= 2;
        attempted |= a.events[i].status == "attempted";
        foiled |= a.events[i].status == "foiled";
      }
      status = foiled && !reported ? "foiled" : attempted && !reported ? "attempted" : "reported";
    }
    if (options.status == StatusFilter::kReported && !current(status)) continue;
    IncidentScope sc{a, clusters, mx, c, status, argument_sentences(a, clusters, mx, c)};
    for (auto it = sc.sents.begin(); it != sc.sents.end();)  // a tally after the act is none of its
      it = !k.sentences.count(*it) && tally_sentence(a, mx, *it) ? sc.sents.erase(it) : std::next(it);
    auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
    auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };

    // Kind: the strongest, most specific mention, refined by cues of its sentences.
    const EventMention& bm = a.events[strongest[c] >= 0 ? uint32_t(strongest[c]) : strongest_mention(a, k)];
    std::string kind(kind_col(a, bm.kind_row, "kind"));
    for (size_t ri : indices_in(refiner_hits, true)) {
      const Hit& h = refiner_hits[ri];
      if (refines_another(a, mx, c, h)) continue;
      std::string_view bases = refiners.get(h.row, "base_kinds");
      bool applies = bases == "*";
      size_t pos = 0;
      while (!applies && pos <= bases.size()) {
        size_t bar = bases.find('|', pos);
        if (bar == std::string_view::npos) bar = bases.size();
        applies = bases.substr(pos, bar - pos) == kind;
        pos = bar + 1;
      }
      if (applies && kind_row(a.lex, refiners.get(h.row, "kind")) >= 0) kind = std::string(refiners.get(h.row, "kind"));
    }
    int krow = kind_row(a.lex, kind);
    if (krow < 0) continue;

    // Background records only for a specific event: a date, a place or a named actor
    // (SPEC section 3); a threat or a denial needs none.
    bool has_actor = false;
    for (size_t mi : indices_in(a.actors, true)) has_actor |= near(a.actors[mi].first, a.actors[mi].end);
    if (status == "background" && k.date < 0 && k.place < 0 && !has_actor) continue;

    Record& r = out.emplace_back();
    const EventMention& first = a.events[k.mentions.front()];
    char idbuf[32];
    std::string idsrc = a.doc.input().id + "#" + std::to_string(a.doc.tokens[first.first].begin) + "-" +
                        std::to_string(a.doc.tokens[first.end - 1].end);
    // "%016llx", written by hand (snprintf costs a thousand instructions a record).
    uint64_t idhash = lex::fnv1a(reinterpret_cast<const unsigned char*>(idsrc.data()), idsrc.size());
    for (int k = 15; k >= 0; --k, idhash >>= 4) idbuf[k] = "0123456789abcdef"[idhash & 15];
    r.id.assign(idbuf, 16);
    r.doc = a.doc.input().id;
    r.source = a.doc.input().source;
    r.url = a.doc.input().url;
    r.title = a.doc.input().title;
    r.incident = incident_no;
    r.status = status;
    r.kind = kind;
    r.trigger = spanned(a, bm.first, bm.end);

    // Date: the mention's own, else the dateline's.
    const DateMention* date = k.date >= 0 ? &a.dates[size_t(k.date)] : nullptr;
    // An earlier act told after "<span> after" is dated back from the main act, never by
    // the dateline: it happened before the report's day.
    if (!date && k.derived.precision != DateMention::kNone) date = &k.derived;
    if (!date && !k.earlier && current(status) && a.doc.dateline.present) {
      auto [dlo, dhi] = in_tokens(a.dates, a.doc.dateline.date_first, a.doc.dateline.date_end);
      for (size_t di = dlo; di < dhi; ++di)
        if (a.dates[di].end <= a.doc.dateline.date_end && a.dates[di].end > a.dates[di].first) date = &a.dates[di];
    }
    if (date) r.date = record_date(a, *date);

    std::string tz;
    r.location = incident_location(sc, target_hits, &tz);
    // An act told on from an incident just told (cluster.cc continued_incident) happened
    // where it did when it names no place but the dateline's (the bureau's as often as not):
    // "Militants raided a post near Kidal. They killed six soldiers and kidnapped two officers."
    std::optional<IncidentScope> from;
    if (k.continues >= 0) {
      const size_t p = size_t(k.continues);
      from.emplace(IncidentScope{a, clusters, mx, p, clusters[p].status_class, argument_sentences(a, clusters, mx, p)});
    }
    const Dateline& dl = a.doc.dateline;
    if (from && (!r.location ||
                 (dl.present && dl.end_token > 0 && r.location->words.end <= a.doc.tokens[dl.end_token - 1].end))) {
      std::string their_tz;
      if (auto there = incident_location(*from, target_hits, &their_tz)) {
        r.location = std::move(there);
        tz = their_tz;
      }
    }

    // Time: a clock time in the incident's sentences, converted with the place's zone.
    for (size_t ti : indices_in(a.times)) {
      const TimeMention& t = a.times[ti];
      RecordTime& time = r.time.emplace();
      int ly = date && date->year ? date->year : 2000, lm = date && date->year ? date->month : 1,
          ld = date && date->year ? date->day : 1;
      int uy, um, ud, uh = -1, umin = -1;
      if (!t.utc) {
        time.local = hhmm(t.hour, t.minute);
        if (t.utc_hour >= 0) {
          uh = t.utc_hour;
          umin = t.utc_minute;
        } else if (!tz.empty() && local_to_utc(ly, lm, ld, t.hour, t.minute, tz, &uy, &um, &ud, &uh, &umin)) {
        }
        if (uh >= 0) time.utc = hhmm(uh, umin);
      } else {
        int xy, xm, xd, lh = -1, lmin = -1;
        if (!tz.empty()) utc_to_local(ly, lm, ld, t.hour, t.minute, tz, &xy, &xm, &xd, &lh, &lmin);
        if (lh >= 0) time.local = hhmm(lh, lmin);
        time.utc = hhmm(t.hour, t.minute);
      }
      if (!tz.empty()) time.tz = tz;
      time.words = spanned(a, t.first, t.end);
      break;
    }

    const std::vector<size_t> doers = attacker_agents(sc);
    incident_perpetrators(sc, doers, cue_hits, commenting, &r.perpetrators, &r.claims);
    r.attackers = incident_attackers(sc, doers);
    // "Gunmen attacked a village. They killed 15 people and abducted 30 others": an act told
    // on from an incident just told (cluster.cc continued_incident) and naming no doers of
    // its own was done by that incident's.
    if (r.perpetrators.empty() && r.attackers.empty() && from && k.same_doers) {
      const std::vector<size_t> their = attacker_agents(*from);
      std::vector<Claim> their_claims;  // a claim names the act claimed, not this one
      incident_perpetrators(*from, their, cue_hits, commenting, &r.perpetrators, &their_claims);
      r.attackers = incident_attackers(*from, their);
    }
    const bool has_perpetrator = !r.perpetrators.empty() || !r.attackers.empty();

    r.targets = incident_targets(sc, doers, target_hits);
    // Victims told in a sentence beside the act that is not the incident's (victim_incidents)
    // are read with the incident's sentences.
    bool beside = false;
    for (uint32_t s : victim_sentences[c]) beside |= sc.sents.count(s) == 0;
    if (!beside) {
      incident_casualties(sc, victim_cluster, &r);
    } else {
      IncidentScope vs = sc;
      vs.sents.insert(victim_sentences[c].begin(), victim_sentences[c].end());
      incident_casualties(vs, victim_cluster, &r);
    }
    r.weapons = incident_weapons(sc, weapon_hits);

    // Sources: the statements about this incident.
    for (size_t ai : sources_of[c]) {
      if (r.sources.size() >= kMaxListItems) break;
      const Attribution& at = a.attributions[ai];
      Source& s = r.sources.emplace_back();
      s.speaker = at.speaker;
      auto text_or_null = [](const std::string& v) {
        return v.empty() ? std::optional<std::string>() : std::optional<std::string>(v);
      };
      s.role = text_or_null(at.role);
      s.org = text_or_null(at.org);
      s.channel = text_or_null(at.channel);
      s.outlet = text_or_null(at.outlet);
      if (at.quote >= 0)
        s.quote = std::string(a.doc.slice(a.doc.quotes[size_t(at.quote)].begin, a.doc.quotes[size_t(at.quote)].end));
      s.words = spanned(a, at.first, at.end);
    }

    // Confidence (documented in HACKING.md): trigger strength as the base, plus the
    // arguments found; background and negated mentions count less.
    double conf = bm.strength >= 3 ? 0.55 : bm.strength == 2 ? 0.45 : 0.3;
    if (r.location) conf += 0.1;
    if (r.date) conf += 0.1;
    if (has_perpetrator) conf += 0.1;
    if (r.killed || r.injured) conf += 0.05;
    if (k.mentions.size() > 1) conf += 0.05;
    if (!current(status)) conf *= 0.8;
    r.confidence = std::round(std::min(conf, 0.98) * 100) / 100;

    add_views(a, uint32_t(krow), status, &r);
    ++incident_no;
  }
  return out;
}

}  // namespace sitrep
