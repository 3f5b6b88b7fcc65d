#include "incident/assemble.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "extract/dates.h"
#include "extract/events.h"
#include "extract/hits.h"
#include "incident/counts.h"
#include "incident/views.h"
#include "text/normalize.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

// How many tokens apart two mentions may be and still share an argument when no clause
// boundary lies between them.
constexpr uint32_t kArgumentWindow = 30;
// A news report names a handful of victim groups, sources or targets; longer lists come
// only from pathological input (a 50 MB document repeating one paragraph), and this cap
// keeps a record's memory bounded there.
constexpr size_t kMaxListItems = 100;
// How many earlier incidents a new mention is compared with.
constexpr int kMaxClusterLookback = 64;

// The tokens between two spans: [x, y] are the last token of the earlier span and the
// first of the later; overlapping spans have no gap (returns false).
bool gap(uint32_t f1, uint32_t e1, uint32_t f2, uint32_t e2, uint32_t* x, uint32_t* y) {
  if (f1 < e2 && f2 < e1) return false;
  if (e1 <= f2) { *x = e1 - 1; *y = f2; } else { *x = e2 - 1; *y = f1; }
  return true;
}


struct Cluster {
  std::vector<uint32_t> mentions;  // indexes into a.events
  std::string status_class;        // "current" (reported/attempted/foiled) or the status
  int32_t place = -1;              // a.places index
  int32_t date = -1;               // a.dates index
  std::set<uint32_t> sentences;
};

bool current(const std::string& s) { return s == "reported" || s == "attempted" || s == "foiled"; }

std::string_view kind_col(const Analysis& a, uint32_t row, std::string_view col) {
  return a.lex.table(lex::kKinds).get(row, col);
}

// The place of a mention: a place in its clause, else none.
int32_t mention_place(const Analysis& a, const EventMention& m) {
  int32_t best = -1;
  uint32_t best_d = ~0u;
  auto [lo, hi] = a.in_sentence(a.places, m.sentence);
  for (size_t i = lo; i < hi; ++i) {
    const PlaceMention& p = a.places[i];
    if (p.speech) continue;
    uint32_t x = 0, y = 0;
    if (!gap(p.first, p.end, m.first, m.end, &x, &y)) x = y = m.first;
    if (!same_clause(a, x, y) && !(p.locative && y - x < 12)) continue;
    uint32_t d = y - x;
    if (d < best_d) {
      best = int32_t(i);
      best_d = d;
    }
  }
  return best;
}

int32_t mention_date(const Analysis& a, const EventMention& m) {
  int32_t best = -1;
  uint32_t best_d = ~0u;
  auto [lo, hi] = a.in_sentence(a.dates, m.sentence);
  for (size_t i = lo; i < hi; ++i) {
    const DateMention& d = a.dates[i];
    uint32_t x = 0, y = 0;
    if (!gap(d.first, d.end, m.first, m.end, &x, &y)) x = y = m.first;
    if (!same_clause(a, x, y) && y - x > 6) continue;
    uint32_t dist = y - x;
    if (dist < best_d) {
      best = int32_t(i);
      best_d = dist;
    }
  }
  return best;
}

bool same_place(const Analysis& a, int32_t x, int32_t y) {
  if (x < 0 || y < 0) return true;
  const PlaceMention& p = a.places[size_t(x)];
  const PlaceMention& q = a.places[size_t(y)];
  if (p.cc != q.cc) return false;
  if (p.type == PlaceMention::kCountry || q.type == PlaceMention::kCountry) return true;
  if (p.place == q.place) return true;
  if (p.type == PlaceMention::kAdmin1 || q.type == PlaceMention::kAdmin1) return true;
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
  if (d.precision != DateMention::kDay || e.precision != DateMention::kDay) return d.year == e.year;
  return d.year == e.year && d.month == e.month && d.day == e.day;
}

bool families_compatible(const Analysis& a, const EventMention& m, const EventMention& n) {
  if (m.strength <= 2 || n.strength <= 2) return true;
  return kind_col(a, m.kind_row, "family") == kind_col(a, n.kind_row, "family");
}

std::vector<Cluster> cluster_mentions(const Analysis& a) {
  std::vector<Cluster> clusters;
  std::set<std::string> seen_classes;
  for (uint32_t i = 0; i < a.events.size(); ++i) {
    const EventMention& m = a.events[i];
    if (m.generic) continue;
    std::string cls = current(m.status) ? "current" : m.status;
    int32_t place = mention_place(a, m), date = mention_date(a, m);
    int best = -1;
    // Only recent incidents are candidates: a story returns to its incident within pages.
    for (int c = int(clusters.size()) - 1; c >= 0 && int(clusters.size()) - c <= kMaxClusterLookback; --c) {
      Cluster& k = clusters[size_t(c)];
      if (k.status_class != cls) continue;
      if (!same_place(a, k.place, place) || !same_date(a, k.date, date)) continue;
      bool fam = true;
      for (size_t o = 0; o < k.mentions.size() && o < 8; ++o) fam &= families_compatible(a, a.events[k.mentions[o]], m);
      if (!fam) continue;
      best = c;
      break;
    }
    bool any_of_class = seen_classes.count(cls) > 0;
    seen_classes.insert(cls);
    if (best < 0 && m.strength < 2 && any_of_class) continue;  // a lone "killed" adds no incident
    if (best < 0) {
      clusters.push_back(Cluster{{}, cls, -1, -1, {}});
      best = int(clusters.size()) - 1;
    }
    Cluster& k = clusters[size_t(best)];
    k.mentions.push_back(i);
    k.sentences.insert(m.sentence);
    if (k.place < 0) k.place = place;
    if (k.date < 0) k.date = date;
  }
  return clusters;
}

// Which incident each mention went to, and the mentions of each sentence.
struct MentionIndex {
  std::vector<int> cluster_of;                    // event index -> cluster or -1
  std::vector<std::vector<uint32_t>> by_sentence;  // sentence -> event indexes
};

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
      if (!a.events[i].generic && !current(a.events[i].status)) foreign = true;
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

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string hhmm(int h, int m) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
  return buf;
}

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

Json date_json(const Analysis& a, const DateMention& d) {
  Json j;
  j["value"] = d.year ? Json(iso(d.year, d.month, d.day)) : Json(nullptr);
  const char* prec[] = {nullptr, "day", "week", "month", "year"};
  j["precision"] = (d.year && prec[d.precision]) ? Json(prec[d.precision]) : Json(nullptr);
  j["weekday"] = d.weekday >= 0 && d.weekday < 7 ? Json(kWeekdays[d.weekday]) : Json(nullptr);
  Json s = spanned(a, d.first, d.end);
  j["text"] = s["text"];
  j["span"] = s["span"];
  return j;
}

}  // namespace

std::vector<AssembledRecord> assemble_incidents(const Analysis& a, const ExtractOptions& options) {
  std::vector<AssembledRecord> out;
  std::vector<Cluster> clusters = cluster_mentions(a);
  const Table& kinds = a.lex.table(lex::kKinds);
  const Table& actors = a.lex.table(lex::kActors);
  const Table& countries = a.lex.table(lex::kCountries);
  const Table& targets_t = a.lex.table(lex::kTargets);
  const Table& weapons_t = a.lex.table(lex::kWeapons);
  const Table& refiners = a.lex.table(lex::kRefiners);
  const Table& cues = a.lex.table(lex::kCues);
  auto places = a.lex.places();
  std::vector<Hit> target_hits = table_hits(a, lex::kTargets);
  std::vector<Hit> weapon_hits = table_hits(a, lex::kWeapons);
  std::vector<Hit> refiner_hits = table_hits(a, lex::kRefiners, true);
  std::vector<Hit> cue_hits = table_hits(a, lex::kCues, true);
  // Casualty figures belong to the nearest event mention of their sentence ("this attack
  // follows an operation ... which resulted in the deaths of 16 militants": the deaths
  // are the operation's); -2 when the sentence has no mention, -1 when the nearest one
  // is in no incident.
  MentionIndex mx = index_mentions(a, clusters);
  const std::vector<int>& mention_cluster = mx.cluster_of;
  std::vector<int> victim_cluster(a.victims.size(), -2);
  for (size_t v = 0; v < a.victims.size(); ++v) {
    const VictimGroup& g = a.victims[v];
    uint32_t best_d = ~0u;
    for (uint32_t i : mx.by_sentence[g.sentence]) {
      const EventMention& m = a.events[i];
      uint32_t x = 0, y = 0;
      uint32_t d = gap(g.first, g.end, m.first, m.end, &x, &y) ? y - x : 0;
      if (!same_clause(a, std::min(x, y), std::max(x, y))) d += 20;
      if (d < best_d) {
        best_d = d;
        victim_cluster[v] = mention_cluster[i];
      }
    }
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
    std::set<uint32_t> sents = argument_sentences(a, clusters, mx, c);
    auto in_sents = [&](uint32_t tok) { return sents.count(a.doc.sentence_of[tok]) > 0; };
    // Indexes of a layer's items in the incident's sentences, in text order.
    auto indices_in = [&](const auto& layer, bool own_sentences_only = false) {
      std::vector<size_t> out;
      for (uint32_t s : own_sentences_only ? k.sentences : sents) {
        auto [lo, hi] = a.in_sentence(layer, s);
        for (size_t i = lo; i < hi; ++i) out.push_back(i);
      }
      return out;
    };
    auto near = [&](uint32_t first, uint32_t end) { return near_mention(a, mx, c, first, end); };

    // Kind: the strongest, most specific mention, refined by cues of its sentences.
    uint32_t best = k.mentions.front();
    auto specificity = [&](const EventMention& m) {
      bool specific = kind_col(a, m.kind_row, "kind") != kind_col(a, m.kind_row, "family");
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

    // Background records only for a specific event: a date, a place or a named actor.
    bool has_actor = false;
    for (size_t mi : indices_in(a.actors, true)) has_actor |= near(a.actors[mi].first, a.actors[mi].end);
    if (!current(status) && k.date < 0 && k.place < 0 && !has_actor) continue;

    Json r;
    const EventMention& first = a.events[k.mentions.front()];
    char idbuf[32];
    std::string idsrc = a.doc.input().id + "#" + std::to_string(a.doc.tokens[first.first].begin) + "-" +
                        std::to_string(a.doc.tokens[first.end - 1].end);
    std::snprintf(idbuf, sizeof idbuf, "%016llx", (unsigned long long)lex::fnv1a(
                      reinterpret_cast<const unsigned char*>(idsrc.data()), idsrc.size()));
    r["id"] = idbuf;
    r["doc"] = a.doc.input().id;
    if (!a.doc.input().source.empty()) r["source"] = a.doc.input().source;
    if (!a.doc.input().url.empty()) r["url"] = a.doc.input().url;
    if (!a.doc.input().title.empty()) r["title"] = a.doc.input().title;
    r["incident"] = incident_no;
    r["status"] = status;
    r["kind"] = kind;
    r["trigger"] = spanned(a, bm.first, bm.end);

    // Date: the mention's own, else the dateline's.
    const DateMention* date = k.date >= 0 ? &a.dates[size_t(k.date)] : nullptr;
    if (!date && current(status) && a.doc.dateline.present) {
      auto [dlo, dhi] = in_tokens(a.dates, a.doc.dateline.date_first, a.doc.dateline.date_end);
      for (size_t di = dlo; di < dhi; ++di)
        if (a.dates[di].end <= a.doc.dateline.date_end && a.dates[di].end > a.dates[di].first) date = &a.dates[di];
    }
    r["date"] = date ? date_json(a, *date) : Json(nullptr);

    // Location: the most specific place of the incident's sentences, lead first; the
    // dateline's place when the text names none.
    int32_t loc = -1;
    auto loc_rank = [&](const PlaceMention& p) {
      int type = p.type == PlaceMention::kCity ? 3 : p.type == PlaceMention::kAdmin1 ? 2 : 1;
      return type * 100 + int(p.score) + (p.locative ? 5 : 0);
    };
    for (size_t i : indices_in(a.places)) {
      const PlaceMention& p = a.places[i];
      if (p.speech) continue;
      bool mine = near(p.first, p.end);
      if (!current(status) && !mine) continue;
      // Places inside the clause of another (background) mention are not this one's.
      bool foreign = false;
      for (uint32_t e : mx.by_sentence[a.doc.sentence_of[p.first]]) {
        int o = mx.cluster_of[e];
        if (o >= 0 && o != int(c) && !mine && near_mention(a, mx, size_t(o), p.first, p.end)) foreign = true;
      }
      if (foreign) continue;
      if (loc < 0 || loc_rank(p) > loc_rank(a.places[size_t(loc)])) loc = int32_t(i);
    }
    if (loc < 0 && a.doc.dateline.present) {
      auto [plo, phi] = in_tokens(a.places, a.doc.dateline.place_first, a.doc.dateline.place_end);
      for (size_t i = plo; i < phi; ++i)
        if (a.places[i].end <= a.doc.dateline.place_end) loc = int32_t(i);
    }
    Json location = nullptr;
    std::string tz, country_cc;
    if (loc >= 0) {
      const PlaceMention& p = a.places[size_t(loc)];
      location = Json::object();
      country_cc = p.cc;
      if (p.place != UINT32_MAX) {
        const lex::PlaceRecord& pr = places[p.place];
        std::string name(p.type == PlaceMention::kAdmin1 ? a.lex.table(lex::kAdmin1).get(p.admin1_row, "name")
                                                          : a.lex.str(pr.name));
        location["name"] = name;
        location["geonames_id"] = pr.geonameid;
        location["country"] = p.cc;
        location["admin1"] = a.lex.str(pr.admin1).empty() ? Json(nullptr) : Json(std::string(a.lex.str(pr.admin1)));
        location["admin2"] = a.lex.str(pr.admin2).empty() || p.type == PlaceMention::kAdmin1
                                 ? Json(nullptr) : Json(std::string(a.lex.str(pr.admin2)));
        location["lat"] = std::round(double(pr.lat) * 1e5) / 1e5;
        location["lon"] = std::round(double(pr.lon) * 1e5) / 1e5;
        location["precision"] = p.type == PlaceMention::kAdmin1 ? 3 : (p.near ? 2 : 1);
        tz = std::string(a.lex.str(pr.tz));
      } else {
        location["name"] = std::string(countries.get(p.country_row, "name"));
        location["geonames_id"] = nullptr;
        location["country"] = p.cc;
        location["admin1"] = nullptr;
        location["admin2"] = nullptr;
        std::string_view lat = countries.get(p.country_row, "lat"), lon = countries.get(p.country_row, "lon");
        location["lat"] = lat.empty() ? Json(nullptr) : Json(std::round(std::stod(std::string(lat)) * 1e5) / 1e5);
        location["lon"] = lon.empty() ? Json(nullptr) : Json(std::round(std::stod(std::string(lon)) * 1e5) / 1e5);
        location["precision"] = nullptr;
      }
      // Site: a named facility the incident happened at ("near the Russian embassy").
      location["site"] = nullptr;
      for (size_t ti : indices_in(target_hits)) {
        const Hit& h = target_hits[ti];
        if (!near(h.first, h.end)) continue;
        uint32_t b = h.first;
        while (b > 0 && in_sents(b - 1) &&
               (a.lex.has(a.doc.tokens[b - 1].hash, lex::kCountries) ||
                (a.doc.tokens[b - 1].is(kCapitalised) && !a.doc.all_caps && !word_in(a, b - 1, {"the", "a", "an"}))))
          --b;
        location["site"] = std::string(span_text(a, b, h.end));
        break;
      }
      Json s = spanned(a, p.first, p.end);
      location["text"] = s["text"];
      location["span"] = s["span"];
    }
    r["location"] = location;

    // Time: a clock time in the incident's sentences, converted with the place's zone.
    Json time = nullptr;
    for (size_t ti : indices_in(a.times)) {
      const TimeMention& t = a.times[ti];
      time = Json::object();
      int ly = date && date->year ? date->year : 2000, lm = date && date->year ? date->month : 1,
          ld = date && date->year ? date->day : 1;
      int uy, um, ud, uh = -1, umin = -1;
      if (!t.utc) {
        time["local"] = hhmm(t.hour, t.minute);
        if (t.utc_hour >= 0) {
          uh = t.utc_hour;
          umin = t.utc_minute;
        } else if (!tz.empty() && local_to_utc(ly, lm, ld, t.hour, t.minute, tz, &uy, &um, &ud, &uh, &umin)) {
        }
        time["utc"] = uh >= 0 ? Json(hhmm(uh, umin)) : Json(nullptr);
      } else {
        int xy, xm, xd, lh = -1, lmin = -1;
        if (!tz.empty()) utc_to_local(ly, lm, ld, t.hour, t.minute, tz, &xy, &xm, &xd, &lh, &lmin);
        time["local"] = lh >= 0 ? Json(hhmm(lh, lmin)) : Json(nullptr);
        time["utc"] = hhmm(t.hour, t.minute);
      }
      time["tz"] = tz.empty() ? Json(nullptr) : Json(tz);
      Json s = spanned(a, t.first, t.end);
      time["text"] = s["text"];
      time["span"] = s["span"];
      break;
    }
    r["time"] = time;

    // Perpetrators: organisations tied to the event by a claim, an attribution, or by
    // acting in its clause; a group that only comments is none.
    Json perps = Json::array(), claims = Json::array();
    std::set<std::string> perp_names;
    for (size_t mi : indices_in(a.actors)) {
      const ActorMention& m = a.actors[mi];
      std::string_view akind = actors.get(m.row, "kind");
      if (akind != "group" && akind != "state") continue;
      const Sentence& s = a.doc.sentences[a.doc.sentence_of[m.first]];
      std::string pstatus;
      uint32_t cue_end = m.end;
      auto [clo, chi] = a.in_sentence(cue_hits, a.doc.sentence_of[m.first]);
      for (size_t ci = clo; ci < chi; ++ci) {
        const Hit& h = cue_hits[ci];
        if (cues.get(h.row, "class") != "claim") continue;
        bool after = h.first >= m.end && h.first - m.end <= 3;
        bool before = h.end <= m.first && m.first - h.end <= 3;  // "claimed by X", "blamed X"
        if (!after && !before) continue;
        std::string_view v = cues.get(h.row, "value");
        if (after || v != "claimed" || word_is(a, m.first - 1, "by")) {
          pstatus = std::string(v);
          cue_end = std::max(m.end, h.end);
          break;
        }
      }
      if (pstatus.empty()) {
        bool speaker = has_cue(a, m.end, std::min(m.end + 2, s.end_token), "say") ||
                       has_cue(a, m.end, std::min(m.end + 2, s.end_token), "comment");
        if (speaker) continue;
        bool agent = false;
        for (uint32_t i : mx.by_sentence[a.doc.sentence_of[m.first]]) {
          if (mx.cluster_of[i] != int(c)) continue;
          const EventMention& e = a.events[i];
          if (!same_clause(a, std::min(m.end - 1, e.end - 1), std::max(m.first, e.first)))
            continue;
          if (m.end <= e.first && !e.noun && e.first - m.end <= 6) agent = true;              // "X attacked"
          if (e.end <= m.first && m.first - e.end <= 3 && word_is(a, m.first - 1, "by")) agent = true;  // "attack by X"
          if (m.end <= e.first && e.first - m.end <= 1 && e.noun) agent = true;               // "X's attack"
        }
        if (!agent) continue;
        pstatus = "reported";
      }
      std::string name(actors.get(m.row, "name"));
      if (!perp_names.insert(name).second) continue;
      Json p = spanned(a, m.first, m.end);
      p["name"] = name;
      p["kind"] = std::string(akind);
      std::string_view inter = actors.get(m.row, "inter");
      p["inter"] = inter.empty() ? Json(nullptr) : Json(std::stoi(std::string(inter)));
      p["lexicon_id"] = std::string(actors.get(m.row, "id"));
      std::string_view cc = actors.get(m.row, "country");
      if (!cc.empty()) p["country"] = std::string(cc);
      p["status"] = pstatus;
      if (perps.size() < kMaxListItems) perps.push_back(p);
      if (pstatus == "claimed") {
        Json cl = spanned(a, m.first, cue_end);
        cl["by"] = name;
        // The channel: of this claim's sentence, or of the group's own statements.
        std::string channel;
        for (const Attribution& at : a.attributions)
          if (at.actor_row == int32_t(m.row) && !at.channel.empty()) { channel = at.channel; break; }
        if (channel.empty()) {
          for (const char* ch : {"telegram", "website", "social_media", "television", "radio", "statement"})
            if (has_cue(a, s.first_token, s.end_token, "channel", ch)) { channel = ch; break; }
        }
        cl["channel"] = channel.empty() ? Json(nullptr) : Json(channel);
        if (claims.size() < kMaxListItems) claims.push_back(cl);
      }
    }
    r["perpetrators"] = perps;

    // Attackers: the people who carried it out.
    Json attackers = Json::array();
    const Table& agents_t = a.lex.table(lex::kAgents);
    std::set<std::string> seen;
    for (size_t gi : indices_in(a.agents)) {
      const AgentMention& g = a.agents[gi];
      if (g.country_row >= 0 || agents_t.get(g.row, "class") != "attacker") continue;
      if (!near(g.first, g.end)) continue;
      bool victim = false;
      auto [vlo, vhi] = in_tokens(a.victims, g.first > 16 ? g.first - 16 : 0, g.first + 1);
      for (size_t vi = vlo; vi < vhi; ++vi)
        if (a.victims[vi].first <= g.first && g.end <= a.victims[vi].end && !a.victims[vi].attackers) victim = true;
      if (victim) continue;
      std::string text(span_text(a, g.first, g.end));
      if (!seen.insert(text).second) continue;
      Json j = spanned(a, g.first, g.end);
      if (const NumberMention* n = [&]() -> const NumberMention* {
            auto [nlo, nhi] = in_tokens(a.numbers, g.first, g.head_first);
            for (size_t ni = nlo; ni < nhi; ++ni) if (a.numbers[ni].end <= g.head_first) return &a.numbers[ni];
            return nullptr; }())
        if (n->value >= 0) j["count"] = n->value;
      if (attackers.size() < kMaxListItems) attackers.push_back(j);
    }
    r["attackers"] = attackers;

    // Targets: facilities and bodies attacked, with the nationality of a demonym modifier.
    Json targets = Json::array();
    std::set<std::string> target_seen;
    for (size_t ti : indices_in(target_hits)) {
      const Hit& h = target_hits[ti];
      if (!near(h.first, h.end)) continue;
      bool speaker_words = false;  // "Interior Ministry spokesman ... said" names a speaker
      auto [alo, ahi] = in_tokens(a.attributions, h.first > 40 ? h.first - 40 : 0, h.first + 1);
      for (size_t ai = alo; ai < ahi; ++ai)
        if (h.first >= a.attributions[ai].first && h.end <= a.attributions[ai].end) speaker_words = true;
      if (speaker_words) continue;
      uint32_t b = h.first;
      std::string nationality;
      while (b > 0 && in_sents(b - 1) && (a.lex.has(a.doc.tokens[b - 1].hash, lex::kCountries) ||
                                          (a.doc.tokens[b - 1].is(kCapitalised) && !a.doc.all_caps &&
                                           !word_in(a, b - 1, {"the", "a", "an", "on", "in", "at"})))) {
        for (const Match& mm : a.matches_at(b - 1))
          for (const lex::Posting& p : mm.postings)
            if (p.table == lex::kCountries && nationality.empty()) nationality = std::string(countries.get(p.row, "cca2"));
        --b;
      }
      Json t = spanned(a, b, h.end);
      t["kind"] = std::string(targets_t.get(h.row, "target_kind"));
      if (!target_seen.insert(matching_form(t["text"].get<std::string>()) + "|" + t["kind"].get<std::string>()).second) continue;
      if (!nationality.empty()) t["nationality"] = nationality;
      std::string_view gt = targets_t.get(h.row, "gtd_target_type");
      if (!gt.empty()) t["gtd_target_type"] = std::string(gt);
      if (targets.size() < kMaxListItems) targets.push_back(t);
    }

    // Victims and counts.
    Json victims = Json::array();
    std::vector<const VictimGroup*> killed, injured, attackers_killed;
    for (size_t vi : indices_in(a.victims)) {
      const VictimGroup& v = a.victims[vi];
      if (victim_cluster[vi] != -2 && victim_cluster[vi] != int(c)) continue;
      if (v.attackers && v.effect == "killed") {
        attackers_killed.push_back(&v);
        continue;
      }
      if (v.attackers) continue;
      if (v.effect == "killed") killed.push_back(&v);
      if (v.effect == "injured") injured.push_back(&v);
      if (v.total) continue;
      Json j = spanned(a, v.first, v.end);
      if (!v.name.empty()) j["name"] = v.name;
      if (v.count >= 0) j["count"] = v.count;
      j["effect"] = v.effect;
      if (!v.nationality.empty()) j["nationality"] = v.nationality;
      if (victims.size() < kMaxListItems) victims.push_back(j);
    }
    if (targets.empty()) {
      // The people attacked say what was targeted ("two employees of the mission").
      std::set<std::string> kinds_seen;
      for (size_t vi : indices_in(a.victims)) {
        const VictimGroup& v = a.victims[vi];
        if (v.attackers || v.target_kind.empty() || v.head == "people") continue;
        if (!kinds_seen.insert(v.target_kind).second) continue;
        Json t = spanned(a, v.first, v.end);
        t["kind"] = v.target_kind;
        if (!v.nationality.empty()) t["nationality"] = v.nationality;
        if (targets.size() < kMaxListItems) targets.push_back(t);
      }
    }
    r["targets"] = targets;
    r["victims"] = victims;

    Json weapons = Json::array();
    for (size_t wi : indices_in(weapon_hits)) {
      const Hit& h = weapon_hits[wi];
      if (!near(h.first, h.end)) continue;
      Json w = spanned(a, h.first, h.end);
      w["gtd_weapon_type"] = std::string(weapons_t.get(h.row, "gtd_weapon_type"));
      std::string_view sub = weapons_t.get(h.row, "gtd_weapon_subtype");
      w["gtd_weapon_subtype"] = sub.empty() ? Json(nullptr) : Json(std::string(sub));
      if (weapons.size() < kMaxListItems) weapons.push_back(w);
    }
    r["weapons"] = weapons;

    bool any = false;
    r["killed"] = count_json(a, killed, &any);
    Json ak = count_json(a, attackers_killed, &any);
    if (!ak.is_null()) ak.erase("vague");
    r["attackers_killed"] = ak;
    r["injured"] = count_json(a, injured, &any);
    r["claims"] = claims;

    // Sources: statements in the incident's sentences and quotes.
    Json sources = Json::array();
    for (size_t ai : indices_in(a.attributions)) {
      const Attribution& at = a.attributions[ai];
      Json s;
      s["speaker"] = at.speaker;
      s["role"] = at.role.empty() ? Json(nullptr) : Json(at.role);
      s["org"] = at.org.empty() ? Json(nullptr) : Json(at.org);
      s["channel"] = at.channel.empty() ? Json(nullptr) : Json(at.channel);
      s["outlet"] = at.outlet.empty() ? Json(nullptr) : Json(at.outlet);
      s["quote"] = at.quote >= 0 ? Json(std::string(a.doc.slice(a.doc.quotes[size_t(at.quote)].begin,
                                                                 a.doc.quotes[size_t(at.quote)].end)))
                                 : Json(nullptr);
      Json sp = spanned(a, at.first, at.end);
      s["span"] = sp["span"];
      s["text"] = sp["text"];
      if (sources.size() < kMaxListItems) sources.push_back(s);
    }
    r["sources"] = sources;

    // Confidence (documented in HACKING.md): trigger strength as the base, plus the
    // arguments found; background and negated mentions count less.
    double conf = bm.strength >= 3 ? 0.55 : bm.strength == 2 ? 0.45 : 0.3;
    if (!r["location"].is_null()) conf += 0.1;
    if (!r["date"].is_null()) conf += 0.1;
    if (!perps.empty() || !attackers.empty()) conf += 0.1;
    if (!r["killed"].is_null() || !r["injured"].is_null()) conf += 0.05;
    if (k.mentions.size() > 1) conf += 0.05;
    if (!current(status)) conf *= 0.8;
    r["confidence"] = std::round(std::min(conf, 0.98) * 100) / 100;

    add_views(a, uint32_t(krow), status, &r);
    (void)kinds;
    AssembledRecord rec;
    rec.status = status;
    rec.json = r.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out.push_back(std::move(rec));
    ++incident_no;
  }
  return out;
}

}  // namespace sitrep
