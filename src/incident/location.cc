#include "incident/location.h"

#include <cmath>

#include "incident/counts.h"

namespace sitrep {

using Json = nlohmann::ordered_json;

Json incident_location(const IncidentScope& sc, const std::vector<Hit>& target_hits, std::string* tz) {
  const Analysis& a = sc.a;
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  const Table& countries = a.lex.table(lex::kCountries);
  auto places = a.lex.places();
  // Location: the most specific place of the incident's sentences, lead first; the
  // dateline's place when the text names none.
  // Rank: the most specific (town, province, country), then the surest resolution (the
  // document's own country, population), then one after a locative word ("in", "near"); the
  // earliest (the lead) on ties. The dateline's place competes like the others: it is the
  // incident's as often as the bureau's, and the text's own place after "in" outranks it.
  int32_t loc = -1;
  int best_rank = -1;
  const Dateline& dl = a.doc.dateline;
  for (size_t i : indices_in(a.places)) {
    const PlaceMention& p = a.places[i];
    if (p.speech || p.modifier) continue;
    bool mine = near(p.first, p.end);
    if (!current(status) && !mine) continue;
    // Places inside the clause of another (background) mention are not this one's.
    bool foreign = false;
    for (uint32_t e : mx.by_sentence[a.doc.sentence_of[p.first]]) {
      int o = mx.cluster_of[e];
      if (o >= 0 && o != int(c) && !mine && near_mention(a, mx, size_t(o), p.first, p.end)) foreign = true;
    }
    if (foreign) continue;
    int type = p.type == PlaceMention::kCity ? 3 : p.type == PlaceMention::kAdmin1 ? 2 : 1;
    int rank = type * 100 + int(p.score) + (p.locative ? 5 : 0);
    if (rank > best_rank) loc = int32_t(i), best_rank = rank;
  }
  if (loc < 0 && dl.present) {
    // The dateline's most specific place ("MOGADISHU, Somalia (AP) -": Mogadishu).
    auto [plo, phi] = in_tokens(a.places, 0, dl.end_token);
    for (size_t i = plo; i < phi; ++i) {
      if (a.places[i].end > dl.end_token) continue;
      if (loc < 0 || a.places[i].type < a.places[size_t(loc)].type) loc = int32_t(i);
    }
  }
  Json location = nullptr;
  if (loc >= 0) {
    const PlaceMention& p = a.places[size_t(loc)];
    location = Json::object();
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
      // ACLED geo_precision: 1 the town, 2 near a town or part of a province, 3 the province.
      location["precision"] = p.type == PlaceMention::kAdmin1 ? (p.near ? 2 : 3) : (p.near ? 2 : 1);
      *tz = std::string(a.lex.str(pr.tz));
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
    // Site: a named facility the incident happened at ("near the French embassy").
    location["site"] = nullptr;
    for (size_t ti : indices_in(target_hits)) {
      const Hit& h = target_hits[ti];
      if (!near(h.first, h.end)) continue;
      uint32_t b = h.first;
      while (b > 0 && in_sents(b - 1) &&
             (a.lex.has(a.doc.tokens[b - 1].hash, lex::kCountries) ||
              (a.doc.tokens[b - 1].is(kCapitalised) && !a.doc.all_caps && !word_in(a, b - 1, {"the", "a", "an"}))))
        --b;
      // A site is where the event happened ("at a mosque", "near the French embassy"), not
      // what was hit ("ambushed a police patrol"): a locative word comes before it.
      uint32_t w = b;
      while (w > 0 && in_sents(w - 1) && word_in(a, w - 1, {"the", "a", "an", "its", "their", "his", "her"})) --w;
      bool locative = w > 0 && in_sents(w - 1) &&
                      (word_in(a, w - 1, {"at", "near", "outside", "inside", "in", "on", "into", "beside", "behind"}) ||
                       (w > 1 && word_in(a, w - 1, {"of", "to"}) &&
                        word_in(a, w - 2, {"front", "entrance", "gate", "gates", "outside", "near", "close", "next"})));
      if (!locative) continue;
      location["site"] = std::string(span_text(a, b, h.end));
      break;
    }
    Json s = spanned(a, p.first, p.end);
    location["text"] = s["text"];
    location["span"] = s["span"];
  }

  return location;
}

}  // namespace sitrep
