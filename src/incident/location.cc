#include "incident/location.h"

#include <cmath>

#include "incident/counts.h"

namespace sitrep {
namespace {

// A province or district named as the division of a town the gazetteer lacks: "in Tawila in
// North Darfur", "IN SAN JOSE, IN THE DEPARTMENT OF CHALATENANGO", "at Boni (Mopti)". The
// places stage keeps no town for the name (a namesake abroad is no answer), so the division
// stands for the town: it ranks as a town would (its precision stays the division's).
bool stands_for_town(const Analysis& a, const PlaceMention& p) {
  if (p.type != PlaceMention::kAdmin1) return false;
  const auto& toks = a.doc.tokens;
  const uint32_t sentence = a.doc.sentence_of[p.first];
  // Back over the words between the town and its division ("in the", ", in the department
  // of", "(").
  constexpr uint32_t kMaxLinkWords = 6;
  uint32_t e = p.first;
  while (e > 0 && p.first - e < kMaxLinkWords && a.doc.sentence_of[e - 1] == sentence &&
         word_in(a, e - 1, {",", "(", "in", "the", "of", "province", "department", "region", "state", "governorate",
                            "district", "prefecture", "county"}))
    --e;
  if (e == p.first || e == 0 || a.doc.sentence_of[e - 1] != sentence) return false;
  // The town's name: capitalised words (in capitals, words that are not English), none of
  // them a place the gazetteer resolved.
  constexpr uint32_t kMaxNameWords = 4;
  uint32_t b = e;
  auto name_word = [&](uint32_t i) {
    const Token& t = toks[i];
    if (t.is(kPunct) || a.doc.sentence_of[i] != sentence) return false;
    if (a.doc.all_caps ? a.lex.has(t.hash, lex::kCommonWords) : !t.is(kCapitalised)) return false;
    return true;
  };
  while (b > 0 && e - b < kMaxNameWords && name_word(b - 1)) --b;
  if (b == e || b == 0) return false;
  auto [lo, hi] = in_tokens(a.places, b >= kMaxNameWords ? b - kMaxNameWords : 0, e);
  for (size_t i = lo; i < hi; ++i)
    if (a.places[i].end > b) return false;
  // After a preposition of place: "in Tawila", "at Boni", "the village of Kani".
  return word_in(a, b - 1, {"in", "at", "near", "outside", "of", "inside", "around"});
}

// A facility word that begins or sits inside a place's name ("in Port Harcourt",
// "Port-au-Prince", "Camp Bastion") is part of the name, no site of its own.
bool inside_place(const Analysis& a, uint32_t tok) {
  constexpr uint32_t kMaxPlaceTokens = 8;
  auto [lo, hi] = in_tokens(a.places, tok >= kMaxPlaceTokens ? tok - kMaxPlaceTokens : 0, tok + 1);
  for (size_t i = lo; i < hi; ++i)
    if (a.places[i].first <= tok && tok < a.places[i].end) return true;
  return false;
}

// "Gunmen on motorcycles killed ...", "militants in pickup trucks stormed ...": a vehicle
// phrase [prep, end) between people and the verb they did describes the doers (how they
// came), not where the incident happened.
bool doers_vehicle(const Analysis& a, uint32_t prep, uint32_t end) {
  constexpr uint32_t kMaxPhraseTokens = 16;
  bool after_people = false;
  auto [alo, ahi] = in_tokens(a.agents, prep > kMaxPhraseTokens ? prep - kMaxPhraseTokens : 0, prep);
  for (size_t i = alo; i < ahi; ++i) after_people |= a.agents[i].end == prep;
  if (!after_people) return false;
  auto [elo, ehi] = in_tokens(a.events, end, end + 1);
  for (size_t i = elo; i < ehi; ++i)
    if (!a.events[i].noun) return true;
  return false;
}

// The words before a place say where something happened: "in Helmand province", "near
// the town of X", "in central Mali", "outside northern Gao" ("to", "from", "of" name
// places passed through or talked of as often); a country or demonym may stand among them
// ("in northwestern Nigeria's Katsina state", "in the southern Lebanese town of Nabatieh").
bool told_where(const Analysis& a, uint32_t first) {
  uint32_t k = first;
  while (k > 0 &&
         (a.token_has(k - 1, lex::kCountries) ||
          word_in(a, k - 1, {"the",          "northern",     "southern", "eastern",    "western",      "central",
                             "north",        "south",        "east",     "west",       "northeastern", "northwestern",
                             "southeastern", "southwestern", "town",     "city",       "village",      "province",
                             "region",       "state",        "district", "department", "governorate",  "prefecture",
                             "county",       "municipality", "of"})))
    --k;
  return k > 0 && word_in(a, k - 1, {"in", "near", "at", "outside", "inside", "around", "across", "within"});
}

}  // namespace

std::optional<RecordLocation> incident_location(const IncidentScope& sc, const std::vector<Hit>& target_hits, std::string* tz) {
  const Analysis& a = sc.a;
  const size_t c = sc.c;
  const MentionIndex& mx = sc.mx;
  const std::string& status = sc.status;
  auto in_sents = [&](uint32_t tok) { return sc.in_sents(tok); };
  auto near = [&](uint32_t first, uint32_t end) { return sc.near(first, end); };
  auto indices_in = [&](const auto& layer, bool own = false) { return sc.indices_in(layer, own); };
  const Table& countries = a.lex.table(lex::kCountries);
  const Table& divisions = a.lex.table(lex::kAdmin1);
  const int level_col = divisions.column("level");
  // A second-level division (a district, a county) rather than a province.
  auto district = [&](const PlaceMention& p) {
    return p.type == PlaceMention::kAdmin1 && divisions.get(p.admin1_row, level_col) == "2";
  };
  auto places = a.lex.places();
  // Location: the most specific place of the incident's sentences, lead first; the
  // dateline's place when the text names none.
  // Rank: the most specific (town, province, country), then the surest resolution (the
  // document's own country, population), then one after a locative word ("in", "near"); the
  // earliest (the lead) on ties. The dateline's place competes like the others, but a town
  // after "in" or "near" in the event's own clause outranks it.
  int32_t loc = -1, dl_loc = -1;
  int best_rank = -1, dl_rank = -1;
  bool clause_place = false;  // a place after a locative word in the event's own clause
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
    // Most specific first: a town, a district, a province, a country.
    int type = p.type == PlaceMention::kCity ? 300 : p.type == PlaceMention::kCountry ? 100
               : district(p) ? 250 : 200;
    int rank = type + int(p.score) + (p.locative ? 5 : 0);
    // A division standing for its town ranks as a town qualified by its province would (the
    // places stage adds 10 or more to those).
    if (stands_for_town(a, p)) rank += 300 - type + 10;
    // A town or a province after "in", "near", "outside" in the clause of the event itself
    // ("killed 20 soldiers ... near Menaka") is where it happened: it outranks a larger town
    // elsewhere in the sentence and the dateline's place (the bureau's as often as not).
    bool in_dateline = dl.present && p.end <= dl.end_token;
    if (in_dateline) {
      if (rank > dl_rank) dl_loc = int32_t(i), dl_rank = rank;
      continue;
    }
    // So does a division (a department, province, district) in another clause of a sentence
    // that tells the incident: "OUR FORCES ROUTED A PATROL IN USULUTAN DEPARTMENT
    // YESTERDAY, KILLING 8 SOLDIERS" under a SAN SALVADOR dateline; "Police said the blast
    // happened in the Kech district" under QUETTA: a sentence of the act says where it was,
    // the dateline where the bureau is.
    const bool own_sentence = sc.cluster().sentences.count(a.doc.sentence_of[p.first]) > 0;
    clause_place |= (mine || (own_sentence && p.type == PlaceMention::kAdmin1)) && p.locative && told_where(a, p.first);
    if (mine && p.locative && p.type != PlaceMention::kCountry) rank += 20;
    if (rank > best_rank) loc = int32_t(i), best_rank = rank;
  }
  // The dateline's place competes like the others (first, it wins ties), unless the event's
  // own clause says where it happened after a locative word, however coarse: "NAIROBI - A
  // roadside bomb killed three soldiers in Lamu county", "LAGOS - ... in northern
  // Nigeria": the dateline names the bureau as often as not.
  if (dl_loc >= 0 && !clause_place && dl_rank >= best_rank) loc = dl_loc, best_rank = dl_rank;
  if (loc < 0 && dl.present) {
    // The dateline's most specific place ("MOGADISHU, Somalia (AP) -": Mogadishu).
    auto [plo, phi] = in_tokens(a.places, 0, dl.end_token);
    for (size_t i = plo; i < phi; ++i) {
      if (a.places[i].end > dl.end_token) continue;
      if (loc < 0 || a.places[i].type < a.places[size_t(loc)].type) loc = int32_t(i);
    }
  }
  if (loc < 0) return std::nullopt;
  std::optional<RecordLocation> out(std::in_place);
  RecordLocation& location = *out;
  {
    const PlaceMention& p = a.places[size_t(loc)];
    auto text_or_null = [](std::string_view v) {
      return v.empty() ? std::optional<std::string>() : std::optional<std::string>(std::string(v));
    };
    if (p.type == PlaceMention::kAdmin1) {
      // A province or a district, placed at its seat as ACLED does (precision 3 for a
      // province, 2 for a district or part of a province).
      bool d = district(p);
      location.name = std::string(divisions.get(p.admin1_row, "name"));
      location.country = p.cc;
      location.admin1 = text_or_null(d ? divisions.get(p.admin1_row, "parent") : divisions.get(p.admin1_row, "name"));
      if (d) location.admin2 = text_or_null(divisions.get(p.admin1_row, "name"));
      if (p.place != UINT32_MAX) {
        const lex::PlaceRecord& pr = places[p.place];
        if (pr.geonameid) location.geonames_id = pr.geonameid;  // 0: a town of data/places/regions.tsv
        location.lat = std::round(double(pr.lat) * 1e5) / 1e5;
        location.lon = std::round(double(pr.lon) * 1e5) / 1e5;
        *tz = std::string(a.lex.str(pr.tz));
      }
      // A district placed at its province's capital (no town of it in the gazetteer) is
      // only as precise as the province.
      bool coarse = d && divisions.get(p.admin1_row, "coarse") == "1";
      location.precision = (d && !coarse) || p.near ? 2 : 3;
    } else if (p.place != UINT32_MAX) {
      const lex::PlaceRecord& pr = places[p.place];
      location.name = std::string(a.lex.str(pr.name));
      if (pr.geonameid) location.geonames_id = pr.geonameid;  // 0: a town of data/places/regions.tsv
      location.country = p.cc;
      location.admin1 = text_or_null(a.lex.str(pr.admin1));
      location.admin2 = text_or_null(a.lex.str(pr.admin2));
      location.lat = std::round(double(pr.lat) * 1e5) / 1e5;
      location.lon = std::round(double(pr.lon) * 1e5) / 1e5;
      // ACLED geo_precision: 1 the town, 2 near a town.
      location.precision = p.near ? 2 : 1;
      *tz = std::string(a.lex.str(pr.tz));
    } else {
      location.name = std::string(countries.get(p.country_row, "name"));
      location.country = p.cc;
      std::string_view lat = countries.get(p.country_row, "lat"), lon = countries.get(p.country_row, "lon");
      if (!lat.empty()) location.lat = std::round(std::stod(std::string(lat)) * 1e5) / 1e5;
      if (!lon.empty()) location.lon = std::round(std::stod(std::string(lon)) * 1e5) / 1e5;
    }
    // Site: a named facility the incident happened at ("near the French embassy").
    for (size_t ti : indices_in(target_hits)) {
      const Hit& h = target_hits[ti];
      if (!near(h.first, h.end)) continue;
      // "in the Somali port city of Kismayo": the word says what kind of place the town is.
      if (h.end + 1 < a.doc.tokens.size() && word_in(a, h.end, {"city", "town"}) && word_is(a, h.end + 1, "of"))
        continue;
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
      if (!locative || doers_vehicle(a, w - 1, h.end) || inside_place(a, h.first)) continue;
      location.site = std::string(span_text(a, b, h.end));
      break;
    }
    location.words = spanned(a, p.first, p.end);
  }
  return out;
}

}  // namespace sitrep
