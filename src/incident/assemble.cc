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

std::string iso(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string hhmm(int h, int m) {
  char buf[24];
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
// only, with `clustered`); a mention in another clause counts `other_clause_cost` tokens
// further. -1 when none.
int32_t nearest_mention(const Analysis& a, const MentionIndex& mx, uint32_t sentence, uint32_t first, uint32_t end,
                        uint32_t other_clause_cost, bool clustered) {
  int32_t best = -1;
  uint32_t best_d = ~0u;
  for (uint32_t i : mx.by_sentence[sentence]) {
    if (clustered && mx.cluster_of[i] < 0) continue;
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

}  // namespace

std::vector<Record> assemble_incidents(const Analysis& a, const ExtractOptions& options) {
  std::vector<Record> out;
  std::vector<Cluster> clusters = cluster_mentions(a);
  const Table& refiners = a.lex.table(lex::kRefiners);
  const std::vector<Hit>& target_hits = table_hits(a, lex::kTargets);
  const std::vector<Hit>& weapon_hits = table_hits(a, lex::kWeapons);
  const std::vector<Hit>& refiner_hits = table_hits(a, lex::kRefiners, true);
  const std::vector<Hit>& cue_hits = table_hits(a, lex::kCues, true);
  const std::vector<std::string_view> commenting = commenting_groups(a, cue_hits);
  // Casualty figures belong to the nearest event mention of their sentence ("this attack
  // follows an operation ... which resulted in the deaths of 16 militants": the deaths
  // are the operation's); -2 when the sentence has no mention, -1 when the nearest one
  // is in no incident.
  MentionIndex mx = index_mentions(a, clusters);
  const std::vector<int>& mention_cluster = mx.cluster_of;
  std::vector<int> victim_cluster(a.victims.size(), -2);
  for (size_t v = 0; v < a.victims.size(); ++v) {
    const VictimGroup& g = a.victims[v];
    int32_t i = nearest_mention(a, mx, g.sentence, g.first, g.end, /*other_clause_cost=*/20, /*clustered=*/false);
    if (i >= 0) victim_cluster[v] = mention_cluster[size_t(i)];
  }
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
    auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
    auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };

    // Kind: the strongest, most specific mention, refined by cues of its sentences.
    uint32_t best = k.mentions.front();
    const Table& kinds_t = a.lex.table(lex::kKinds);
    const int kind_c = kinds_t.column("kind"), family_c = kinds_t.column("family");  // once, not per mention pair
    auto specificity = [&](const EventMention& m) {
      bool specific = kinds_t.get(m.kind_row, kind_c) != kinds_t.get(m.kind_row, family_c);
      return m.strength * 2 + (specific ? 1 : 0);
    };
    for (uint32_t i : k.mentions)
      if (specificity(a.events[i]) > specificity(a.events[best])) best = i;
    const EventMention& bm = a.events[best];
    std::string kind(kind_col(a, bm.kind_row, "kind"));
    for (size_t ri : indices_in(refiner_hits, true)) {
      const Hit& h = refiner_hits[ri];
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
    std::snprintf(idbuf, sizeof idbuf, "%016llx", (unsigned long long)lex::fnv1a(
                      reinterpret_cast<const unsigned char*>(idsrc.data()), idsrc.size()));
    r.id = idbuf;
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
    if (!date && current(status) && a.doc.dateline.present) {
      auto [dlo, dhi] = in_tokens(a.dates, a.doc.dateline.date_first, a.doc.dateline.date_end);
      for (size_t di = dlo; di < dhi; ++di)
        if (a.dates[di].end <= a.doc.dateline.date_end && a.dates[di].end > a.dates[di].first) date = &a.dates[di];
    }
    if (date) r.date = record_date(a, *date);

    std::string tz;
    r.location = incident_location(sc, target_hits, &tz);

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
    const bool has_perpetrator = !r.perpetrators.empty() || !r.attackers.empty();

    r.targets = incident_targets(sc, doers, target_hits);
    incident_casualties(sc, victim_cluster, &r);
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
