// Places stage: gazetteer matches -> the places layer, each name resolved to one entry.
// Evidence, as Mordecai and CLIFF use it but in-process: population and feature rank as
// the prior, the countries the document names (names, demonyms, dateline) as context,
// capitalisation in mixed case, and never an ordinary English word without strong cues.
#include "extract/places.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extract/hits.h"

namespace sitrep {
namespace {

bool locative_word(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"in", "at", "near", "outside", "inside", "on", "from", "to", "into", "across", "around",
                        "toward", "towards", "of", "between", "through", "off", "within", "northern", "southern",
                        "eastern", "western", "central", "north", "south", "east", "west", "province", "city"});
}

bool near_word(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"near", "outside", "outskirts", "off", "north", "south", "east", "west",
                        "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers",
                        "miles", "road", "highway", "vicinity"});
}

// "on the road to X", "the outskirts of X", "20 km north of X": the words before X place the
// event near it, not in it (ACLED precision 2).
bool near_before(const Analysis& a, uint32_t first) {
  if (first == 0) return false;
  if (near_word(a, first - 1)) return true;
  if (first < 2) return false;
  if (word_in(a, first - 1, {"to", "from"}))
    return word_in(a, first - 2, {"road", "highway", "route", "way", "motorway", "border", "km", "kilometres",
                                  "kilometers", "miles", "kms"});
  if (word_is(a, first - 1, "of"))
    return word_in(a, first - 2, {"outskirts", "north", "south", "east", "west", "northeast", "northwest",
                                  "southeast", "southwest", "vicinity", "edge", "km", "kilometres", "kilometers",
                                  "miles", "outside"});
  return false;
}

bool division_word(const Analysis& a, uint32_t i) {
  return word_in(a, i, {"province", "department", "governorate", "state", "region", "district", "prefecture",
                        "oblast", "county", "departments", "provinces"});
}

// Part of a longer proper name ("Abdul Karim Rahimi", "Mosul University"): a capitalised
// neighbour that is not an ordinary word.
bool inside_longer_name(const Analysis& a, uint32_t first, uint32_t end) {
  if (a.doc.all_caps) return false;
  const auto& t = a.doc.tokens;
  auto proper = [&](uint32_t i) {
    return t[i].is(kCapitalised) && !t[i].is(kPunct) && !a.lex.has(t[i].hash, lex::kCommonWords) &&
           !a.lex.has(t[i].hash, lex::kCountries);
  };
  if (first > 0 && !t[first].is(kNewlineBefore) && proper(first - 1) &&
      a.doc.sentence_of[first - 1] == a.doc.sentence_of[first])
    return true;
  if (end < t.size() && !t[end].is(kNewlineBefore) && proper(end) && !division_word(a, end)) return true;
  return false;
}

}  // namespace

void find_places(Analysis* a) {
  const Table& countries = a->lex.table(lex::kCountries);
  const Table& admin1 = a->lex.table(lex::kAdmin1);
  auto places = a->lex.places();
  const auto& toks = a->doc.tokens;
  a->places.clear();
  a->place_countries.clear();

  // Context: countries the document names (names and demonyms), with counts.
  std::map<std::string, int> context;
  const std::vector<Hit>& country_hits = table_hits(*a, lex::kCountries);
  // A country as a modifier of its presence abroad ("the U.S. embassy", "Russian
  // diplomats") says whose they are, not where the story is: it is no context.
  // Only the words for a state's presence abroad and its nationals count: "Lebanese
  // troops" or "Pakistani police" do point to their own country.
  auto modifies = [&](uint32_t end) {
    return end < toks.size() &&
           word_in(*a, end, {"embassy", "embassies", "consulate", "consulates", "citizen", "citizens", "national",
                             "nationals", "diplomat", "diplomats", "tourist", "tourists", "envoy", "ambassador",
                             "hostage", "hostages", "expatriates", "aid", "contractor", "contractors"});
  };
  for (const Hit& h : country_hits) {
    if (!a->doc.all_caps && !toks[h.first].is(kCapitalised)) continue;
    if (modifies(h.end)) continue;
    context[std::string(countries.get(h.row, "cca2"))] += 1;
  }
  std::map<std::string, int> strong_context = context;

  // Candidates: every span with a place, province or country posting.
  struct Cand {
    uint32_t first, end;
    std::vector<std::pair<lex::Table, Hit>> hits;
  };
  std::vector<Cand> cands;
  std::unordered_map<uint64_t, size_t> cand_of;  // (first, end) -> cands index
  for (lex::Table t : std::initializer_list<lex::Table>{lex::kPlaces, lex::kAdmin1, lex::kCountries}) {
    for (const Hit& h : table_hits(*a, t, /*all_rows=*/true)) {
      if (t == lex::kCountries && (h.flags & lex::kDemonym)) continue;
      uint64_t key = (uint64_t(h.first) << 32) | h.end;
      auto it = cand_of.find(key);
      if (it != cand_of.end()) {
        cands[it->second].hits.emplace_back(t, h);
      } else {
        cand_of.emplace(key, cands.size());
        cands.push_back(Cand{h.first, h.end, {{t, h}}});
      }
    }
  }
  // Keep the longest candidate where candidates overlap.
  std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    return x.first != y.first ? x.first < y.first : x.end > y.end;
  });
  std::vector<Cand> kept;
  for (Cand& c : cands) {
    if (!kept.empty() && c.first < kept.back().end) continue;
    kept.push_back(std::move(c));
  }
  // "Paris, Texas", "Tripoli, Lebanon": a country or province right after a town and a comma
  // says which town it is. qualifier[i]: the countries and admin1 codes of kept[i + 1] when it
  // qualifies kept[i].
  struct Qualifier {
    std::vector<std::string> cc, admin1;
  };
  std::vector<Qualifier> qualifier(kept.size());
  for (size_t i = 0; i + 1 < kept.size(); ++i) {
    const Cand& c = kept[i];
    if (c.end >= toks.size() || a->doc.token_text(c.end) != "," || kept[i + 1].first != c.end + 1) continue;
    for (const auto& [t, h] : kept[i + 1].hits) {
      if (t == lex::kCountries && !(h.flags & lex::kDemonym)) qualifier[i].cc.emplace_back(countries.get(h.row, "cca2"));
      if (t == lex::kAdmin1) {
        qualifier[i].cc.emplace_back(admin1.get(h.row, "country"));
        qualifier[i].admin1.emplace_back(admin1.get(h.row, "code"));
      }
    }
  }
  auto qualified = [&](size_t i, const std::string& cc, std::string_view a1) {
    int q = 0;
    for (const auto& x : qualifier[i].cc) q = std::max(q, x == cc ? 1 : 0);
    for (const auto& x : qualifier[i].admin1) q = std::max(q, !a1.empty() && x == a1 ? 2 : q);
    return q;
  };

  // Demonyms are adjectives and people, not places: "Somali lawmaker" is not Ethiopia's
  // Somali Region unless a division word follows ("the Somali region").
  std::unordered_set<uint64_t> demonyms;  // (first, end) of demonym spans
  for (const Hit& h : table_hits(*a, lex::kCountries, /*all_rows=*/true))
    if (h.flags & lex::kDemonym) demonyms.insert((uint64_t(h.first) << 32) | h.end);
  for (size_t ci = 0; ci < kept.size(); ++ci) {
    const Cand& c = kept[ci];
    bool has_qualifier = !qualifier[ci].cc.empty();
    // Month and weekday names ("in August 2021", "on Monday") are dates, not places.
    if (c.end - c.first == 1 && (a->lex.has(toks[c.first].hash, lex::kMonths) || a->lex.has(toks[c.first].hash, lex::kWeekdays)))
      continue;
    bool demonym = demonyms.count((uint64_t(c.first) << 32) | c.end) > 0;
    if (demonym && !(c.end < toks.size() && division_word(*a, c.end))) continue;
    // Not inside an actor's name ("Islamic State", "Afghan National Army").
    bool in_actor = false;
    for (uint32_t t = c.first; t < c.end; ++t) in_actor |= a->actor_at[t] >= 0;
    if (in_actor) continue;
    const Token& t0 = toks[c.first];
    bool capital_letter = t0.is(kCapitalised);
    if (!a->doc.all_caps && !capital_letter) continue;
    if (inside_longer_name(*a, c.first, c.end)) continue;
    // An acronym in mixed case ("EU", "UN") is not the town that shares its letters ("Eu").
    if (!a->doc.all_caps && c.end - c.first == 1 && t0.is(kAllCaps) && a->doc.token_text(c.first).size() <= 4) continue;
    // "Department of Justice", "University of Mosul": a capitalised name before "of".
    if (!a->doc.all_caps && c.first >= 2 && word_is(*a, c.first - 1, "of") && toks[c.first - 2].is(kCapitalised) &&
        a->doc.sentences[a->doc.sentence_of[c.first]].first_token != c.first - 2 &&
        !a->lex.has(toks[c.first - 2].hash, lex::kCountries) && !division_word(*a, c.first - 2))
      continue;
    bool prev_locative = c.first > 0 && locative_word(*a, c.first - 1);
    bool sentence_start = a->doc.sentences[a->doc.sentence_of[c.first]].first_token == c.first;
    // An ordinary English word ("Mobile", "Of", "Same") needs strong evidence.
    bool common = c.end - c.first == 1 && a->lex.has(t0.hash, lex::kCommonWords);
    if (common && c.first > 0 && word_is(*a, c.first - 1, "of")) continue;
    if (common && !has_qualifier) {
      // Only a preposition of place will do: "TO SEE" is a verb, "IN SEE" is not English.
      bool place_preposition = c.first > 0 && word_in(*a, c.first - 1, {"in", "at", "near", "outside", "inside", "around"});
      if (a->doc.all_caps && !place_preposition) continue;
      if (!a->doc.all_caps && (sentence_start || !prev_locative)) continue;
    }
    // Ranks, titles and abbreviations ("MAJ", "GEN", "COL") are never places.
    if (c.end - c.first == 1 && (a->lex.has(t0.hash, lex::kRoles) || a->lex.has(t0.hash, lex::kAbbreviations))) continue;
    // "the province of Ayacucho" names the province, "the town of Ayacucho" the town.
    bool division_after = (c.end < toks.size() && division_word(*a, c.end)) ||
                          (c.first >= 2 && word_is(*a, c.first - 1, "of") && division_word(*a, c.first - 2));
    bool town_before = c.first >= 2 && word_is(*a, c.first - 1, "of") &&
                       word_in(*a, c.first - 2, {"town", "city", "village", "hamlet", "municipality", "port", "towns",
                                                 "villages", "township", "suburb", "neighbourhood", "neighborhood"});
    PlaceMention best;
    best.score = -1e9;
    // Score each interpretation.
    for (const auto& [t, h] : c.hits) {
      {
        PlaceMention p;
        p.first = c.first;
        p.end = c.end;
        double s = 0;
        if (t == lex::kCountries) {
          p.type = PlaceMention::kCountry;
          p.country_row = h.row;
          p.cc = std::string(countries.get(h.row, "cca2"));
          s = 9;
        } else if (t == lex::kAdmin1) {
          p.type = PlaceMention::kAdmin1;
          p.admin1_row = h.row;
          p.cc = std::string(admin1.get(h.row, "country"));
          std::string_view seat = admin1.get(h.row, "seat_place");
          if (!seat.empty()) p.place = uint32_t(std::stoul(std::string(seat)));
          s = 4 + (division_after ? 8 : 0) - (town_before ? 6 : 0);
        } else {
          const lex::PlaceRecord& r = places[h.row];
          p.type = PlaceMention::kCity;
          p.place = h.row;
          p.cc = std::string(r.country, 2);
          s = std::log10(double(r.population) + 10.0);
          s += r.rank == lex::kCapital ? 3 : r.rank == lex::kAdmin1Seat ? 2 : r.rank == lex::kAdmin2Seat ? 1 : 0;
          if (h.flags & lex::kAltName) s -= 1.5;
          if (division_after) s -= 3;
          if (town_before) s += 3;
          if (int q = qualified(ci, p.cc, a->lex.str(r.admin1_code)); q > 0) s += 10 + 4 * (q - 1);
        }
        auto it = strong_context.find(p.cc);
        if (it != strong_context.end()) s += 4 + std::min(it->second, 3);
        if (prev_locative) s += 0.5;
        if (s > best.score) {
          best = p;
          best.score = s;
        }
      }
    }
    if (best.score < -1e8) continue;
    // A country named as a modifier ("the U.S. embassy", "U.S. citizens") says whose, not
    // where: it is never the incident's location by itself.
    if (best.type == PlaceMention::kCountry && modifies(c.end)) best.modifier = true;
    // Weak, unsupported interpretations of small places are dropped: a village of 600
    // people on another continent is rarely what an English news text means.
    if (best.type == PlaceMention::kCity && !strong_context.count(best.cc) && best.score < 4.5 && !prev_locative &&
        !has_qualifier)
      continue;
    best.locative = prev_locative;
    best.near = near_before(*a, c.first);
    // "northern Helmand": part of a province (ACLED precision 2, placed at its seat).
    if (best.type == PlaceMention::kAdmin1 && c.first > 0 &&
        word_in(*a, c.first - 1, {"northern", "southern", "eastern", "western", "central", "northeastern",
                                  "northwestern", "southeastern", "southwestern", "north", "south", "east", "west"}))
      best.near = true;
    if (c.first >= 2 && word_is(*a, c.first - 1, "from")) {
      // "said from Moscow", "speaking from Moscow": where the speaker was, not where the
      // event happened.
      for (uint32_t k = c.first >= 4 ? c.first - 4 : 0; k + 1 < c.first; ++k)
        if (has_cue(*a, k, k + 1, "say") ||
            word_in(*a, k, {"speaking", "spoke", "speaks", "speak", "writing", "addressing", "briefing"}))
          best.speech = true;
    }
    a->places.push_back(best);
  }

  // "the Afghan capital", "the capital": the country's capital city.
  for (const Hit& h : country_hits) {
    if (h.end < toks.size() && word_is(*a, h.end, "capital")) {
      std::string_view cap = countries.get(h.row, "capital_place");
      if (cap.empty()) continue;
      PlaceMention p;
      p.first = h.first;
      p.end = h.end + 1;
      p.type = PlaceMention::kCity;
      p.place = uint32_t(std::stoul(std::string(cap)));
      p.cc = std::string(countries.get(h.row, "cca2"));
      p.score = 8;
      p.locative = h.first > 1 && locative_word(*a, h.first - 2);
      a->places.push_back(p);
    }
  }
  std::sort(a->places.begin(), a->places.end(),
            [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
  // "the capital" alone: the capital of the country the text is about (the one it names most
  // often), when it names one and "the capital" is not followed by its own name ("the
  // capital of X", "the capital, X", "the capital Baghdad").
  std::string main_cc;
  int main_n = 0;
  for (const auto& [cc, n] : context)
    if (n > main_n) main_cc = cc, main_n = n;
  if (!main_cc.empty()) {
    int32_t main_row = -1;
    for (size_t r = 0; r < countries.size() && main_row < 0; ++r)
      if (countries.get(r, "cca2") == main_cc) main_row = int32_t(r);
    std::string_view cap = main_row >= 0 ? countries.get(uint32_t(main_row), "capital_place") : std::string_view();
    for (uint32_t i = 1; !cap.empty() && i < toks.size(); ++i) {
      if (!word_is(*a, i, "capital") || !word_is(*a, i - 1, "the")) continue;
      bool named_after = false;
      if (i + 1 < toks.size()) {
        named_after = word_is(*a, i + 1, "of") || (!a->doc.all_caps && toks[i + 1].is(kCapitalised));
        uint32_t n = i + 1 < toks.size() && word_is(*a, i + 1, ",") ? i + 2 : i + 1;  // "the capital, Baghdad"
        auto [qlo, qhi] = in_tokens(a->places, n, n + 1);  // a->places is sorted here
        named_after |= qhi > qlo;
      }
      if (named_after) continue;
      PlaceMention p;
      p.first = i;
      p.end = i + 1;
      p.type = PlaceMention::kCity;
      p.place = uint32_t(std::stoul(std::string(cap)));
      p.cc = main_cc;
      p.score = 6;
      p.locative = i > 1 && locative_word(*a, i - 2);
      a->places.push_back(p);
    }
  }
  std::sort(a->places.begin(), a->places.end(),
            [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
  for (const auto& [cc, n] : context) {
    for (size_t r = 0; r < countries.size(); ++r)
      if (countries.get(r, "cca2") == cc) a->place_countries.push_back(int32_t(r));
  }
}

}  // namespace sitrep
