// Places stage: gazetteer matches -> the places layer, each name resolved to one entry (a
// town, a province or district, a country). Evidence, as Mordecai and CLIFF use it but
// in-process: population and feature rank as the prior; the countries the document names
// and the countries its unambiguous places lie in as context; "Town, Province" and "Town
// (Province)"; capitalisation in mixed case; never an ordinary English word or a person's
// name ("PRESIDENT ALAN GARCIA", "OSORIO WAS KILLED") without a preposition of place.
#include "extract/places.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>

#include "extract/hits.h"
#include "text/normalize.h"

namespace sitrep {
namespace {

bool locative_word(const Analysis& a, uint32_t i) {
  static constexpr WordSet kLocative{"in", "at", "near", "outside", "inside", "on", "from", "to", "into", "across",
                                     "around", "toward", "towards", "of", "between", "through", "off", "within",
                                     "northern", "southern", "eastern", "western", "central", "north", "south", "east",
                                     "west", "province", "city",
                                     // "in northwestern Nigeria's Katsina state", "in southeastern Turkey": news writes
                                     // the compound bearings as often as the simple ones.
                                     "northeastern", "northwestern", "southeastern", "southwestern"};
  return word_in(a, i, kLocative);
}

bool near_word(const Analysis& a, uint32_t i) {
  static constexpr WordSet kNear{"near", "outside", "outskirts", "off", "north", "south", "east", "west",
                                 "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers",
                                 "miles", "road", "highway", "vicinity"};
  return word_in(a, i, kNear);
}

// Bearings: "northern Helmand", "IN NORTHERN PERU", "southeast Nigeria" name a part of the
// place after them.
constexpr WordSet kBearings{"northern",     "southern",     "eastern",      "western",   "central",  "northeastern",
                            "northwestern", "southeastern", "southwestern", "north",     "south",    "east",
                            "west",         "northeast",    "northwest",    "southeast", "southwest"};

// "on the road to X", "the outskirts of X", "20 km north of X": the words before X place the
// event near it, not in it (ACLED precision 2).
bool near_before(const Analysis& a, uint32_t first) {
  static constexpr WordSet kToFrom{"to", "from"};
  static constexpr WordSet kRoutes{"road", "highway", "route", "way", "motorway", "border", "km", "kilometres",
                                   "kilometers", "miles", "kms"};
  static constexpr WordSet kAround{"outskirts", "north", "south", "east", "west", "northeast", "northwest",
                                   "southeast", "southwest", "vicinity", "edge", "km", "kilometres", "kilometers",
                                   "miles", "outside"};
  if (first == 0) return false;
  if (near_word(a, first - 1)) return true;
  if (first < 2) return false;
  if (word_in(a, first - 1, kToFrom)) return word_in(a, first - 2, kRoutes);
  if (word_is(a, first - 1, "of")) return word_in(a, first - 2, kAround);
  return false;
}

bool division_word(const Analysis& a, uint32_t i) {
  static constexpr WordSet kDivisions{"province", "department", "governorate", "state", "region", "district",
                                      "prefecture", "oblast", "county", "departments", "provinces", "districts",
                                      "agency", "tehsil", "raion", "rayon"};
  return word_in(a, i, kDivisions);
}

// Token i is in the name lexicon (data/events/casualty_words.tsv) as a given name, or also
// as a surname when `surname` is set.
bool name_word(const Analysis& a, uint32_t i, bool surname) {
  const Token& t = a.doc.tokens[i];
  if (t.is(kPunct) || !a.token_has(i, lex::kCasualtyWords)) return false;
  const lex::PhraseSlot* slot = a.lex.find(extend_phrase_hash(kPhraseSeed, t.hash));
  if (!slot || !(slot->flags & lex::kFullPhrase)) return false;
  const Table& words = a.lex.table(lex::kCasualtyWords);
  const int form = words.column("form");
  for (const lex::Posting& p : a.lex.postings(*slot)) {
    if (p.table != lex::kCasualtyWords) continue;
    std::string_view f = words.get(p.row, form);
    if (f == "given_name" || (surname && f == "surname")) return true;
  }
  return false;
}

// A title or a given name at token i ("President", "Col.", "Alan", "Jose"): the name after
// it is a person's ("PRESIDENT ALAN GARCIA", "JOSE NAPOLEON DUARTE"), whatever towns share it.
bool person_word(const Analysis& a, uint32_t i) {
  return !a.doc.tokens[i].is(kPunct) && (a.token_has(i, lex::kRoles) || name_word(a, i, false));
}

// Two names begin with the same five letters, marks and case aside ("Nabatiye et Tahta",
// "Nabatieh"): a town and the province named after it.
bool same_start(std::string_view x, std::string_view y) {
  auto letters = [](std::string_view w) {
    std::string f = matching_form(w), out;
    for (char ch : f)
      if (ch >= 'a' && ch <= 'z') out += ch;
    return out;
  };
  constexpr size_t kPrefix = 5;
  const std::string lx = letters(x), ly = letters(y);
  return lx.size() >= kPrefix && ly.size() >= kPrefix && lx.compare(0, kPrefix, ly, 0, kPrefix) == 0;
}

// A region of data/places/regions.tsv ("SD.region-Darfur"): a division that spans
// provinces, so no town's province.
bool region_code(std::string_view code) { return code.find(".region-") != std::string_view::npos; }

// "AF.10" of a district's code "AF.10.2402" (a province's code is its own).
std::string_view admin1_part(std::string_view code) {
  size_t dot = code.find('.');
  return dot == std::string_view::npos ? code : code.substr(0, code.find('.', dot + 1));
}

// The words for a second-level division: "Nad Ali district", "Bannu district", "Orange County".
// Not "municipality": in most of Latin America and Asia it is the town itself ("the
// municipality of Yumbo").
bool district_word(const Analysis& a, uint32_t i) {
  static constexpr WordSet kDistricts{"district", "county", "agency", "tehsil", "raion", "rayon", "districts"};
  return word_in(a, i, kDistricts);
}

// Part of a longer proper name ("Abdul Karim Rahimi", "Mosul University"): a capitalised
// neighbour that is not an ordinary word.
bool inside_longer_name(const Analysis& a, uint32_t first, uint32_t end) {
  if (a.doc.all_caps) return false;
  const auto& t = a.doc.tokens;
  auto proper = [&](uint32_t i) {
    return t[i].is(kCapitalised) && !t[i].is(kPunct) &&
           !a.token_has_any(i, (1u << lex::kCommonWords) | (1u << lex::kCountries));
  };
  if (first > 0 && !t[first].is(kNewlineBefore) && proper(first - 1) &&
      a.doc.sentence_of[first - 1] == a.doc.sentence_of[first])
    return true;
  if (end < t.size() && !t[end].is(kNewlineBefore) && proper(end) && !division_word(a, end)) return true;
  return false;
}

// Counts per country code, in code order (as a std::map would keep them). The codes are
// views into the mapped lexicon; a text names few countries, so a sorted vector beats a map.
using CountryCounts = std::vector<std::pair<std::string_view, int>>;
void count_country(CountryCounts* counts, std::string_view cc, int n) {
  auto it = std::lower_bound(counts->begin(), counts->end(), cc,
                             [](const std::pair<std::string_view, int>& e, std::string_view k) { return e.first < k; });
  if (it != counts->end() && it->first == cc)
    it->second += n;
  else
    counts->emplace(it, cc, n);
}


// "the Afar region", "the Est region": a capitalised name before a division word, in mixed
// case, names a division even when it is also an English word ("afar") or an abbreviation
// ("est."); in capitals ("THE SAME REGION") the division word proves nothing. A bearing
// ("the Central region", "the Western province") names a division in a dozen countries:
// that needs more than the division word.
bool named_division(const Analysis& a, uint32_t first, uint32_t end) {
  return !a.doc.all_caps && a.doc.tokens[first].is(kCapitalised) && end < a.doc.tokens.size() &&
         division_word(a, end) &&
         !word_in(a, first, {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                             "upper", "lower", "middle", "coastal", "capital"});
}

// A province or country named in the phrase of a town, after it ("Tawila in North Darfur",
// "Solhan in the Sahel region of Burkina Faso", "Kani (Sagaing)", "Bijapur district of
// Chhattisgarh", "Seytenga, in Burkina Faso's Sahel region") or as its possessor before it
// ("Sagaing's Kani township"). News names the division to say which town it means: a town
// of that name elsewhere is a namesake, not the place.
struct LinkedDivision {
  std::string_view cc;      // the country named (by a country or a province)
  std::string_view admin1;  // the province's code (provinces and districts)
  bool country = false;     // named by a country name
};
// How firmly a town's phrase names its division: 0 not at all; 1 by a bare comma and a
// name that is also a town ("Kani, Sagaing": perhaps a list of towns); 2 by "in", "of",
// parentheses, a possessive, a division word ("the Mopti region") or a name that is only a
// division or a country ("Baga, Borno State").
enum LinkStrength : uint8_t { kNoLink = 0, kCommaLink = 1, kFirmLink = 2 };

// The words a town's phrase may run through before the division it lies in.
bool link_word(const Analysis& a, uint32_t i) {
  if (a.doc.tokens[i].is(kPossessive)) return true;
  // A WordSet, not a literal list: asked on the words after every place candidate, the
  // list's length and first-byte tests were 81 K mispredicted branches on the 2 MB mixed
  // input (cachegrind); punctuation tokens are hashed like words.
  static constexpr WordSet kLinkWords{",",
                                      "(",
                                      ")",
                                      "in",
                                      "of",
                                      "the",
                                      "province",
                                      "department",
                                      "governorate",
                                      "state",
                                      "region",
                                      "district",
                                      "prefecture",
                                      "oblast",
                                      "county",
                                      "agency",
                                      "tehsil",
                                      "raion",
                                      "rayon",
                                      "township",
                                      "town",
                                      "village",
                                      "area",
                                      "commune",
                                      "municipality",
                                      "locality",
                                      "city",
                                      "northern",
                                      "southern",
                                      "eastern",
                                      "western",
                                      "central",
                                      "northeastern",
                                      "northwestern",
                                      "southeastern",
                                      "southwestern",
                                      "part",
                                      "parts"};
  return word_in(a, i, kLinkWords);
}

// For each candidate (a run of gazetteer interpretations, `Cands` as find_places keeps
// them), the divisions its phrase names: out[k] for k in [start[i], start[i + 1]), the
// link's strength, and whether a candidate is a division in parentheses after a town
// ("Douentza (Mopti)": the province, as ACLED's notes and many wires write it).
template <typename Cands>
void link_divisions(const Analysis& a, const Cands& kept, const std::vector<uint8_t>& ordinary,
                    std::vector<LinkedDivision>* out, std::vector<uint32_t>* start, std::vector<uint8_t>* strength,
                    std::vector<uint8_t>* paren_division) {
  const Table& countries = a.lex.table(lex::kCountries);
  const Table& admin1 = a.lex.table(lex::kAdmin1);
  const int level_col = admin1.column("level"), a1_country_col = admin1.column("country"),
            a1_code_col = admin1.column("code"), cca2_col = countries.column("cca2");
  const auto& toks = a.doc.tokens;
  const size_t n = kept.size();
  start->assign(n + 1, 0);
  strength->assign(n, kNoLink);
  paren_division->assign(n, 0);
  // The divisions candidate k names, appended to out; false when it names none (a town).
  auto push_divisions = [&](size_t k, bool district_ok) {
    bool any = false;
    for (const auto& [t, h] : kept[k].hits) {
      if (t == lex::kCountries && !(h.flags & lex::kDemonym)) {
        out->push_back(LinkedDivision{countries.get(h.row, cca2_col), {}, true});
        any = true;
      } else if (t == lex::kAdmin1 && (district_ok || admin1.get(h.row, level_col) == "1")) {
        // A region ("the Shopian district of Kashmir", "Nyala in Darfur") spans provinces:
        // it says which country, as a country name would, not which province.
        const std::string_view code = admin1.get(h.row, a1_code_col);
        if (region_code(code)) {
          out->push_back(LinkedDivision{admin1.get(h.row, a1_country_col), {}, true});
          any = true;
          continue;
        }
        out->push_back(LinkedDivision{admin1.get(h.row, a1_country_col), admin1_part(code), false});
        any = true;
      }
    }
    return any;
  };
  auto is_country = [&](size_t k) {
    for (const auto& [t, h] : kept[k].hits)
      if (t == lex::kCountries && !(h.flags & lex::kDemonym)) return true;
    return false;
  };
  auto has_town = [&](size_t k) {
    for (const auto& [t, h] : kept[k].hits)
      if (t == lex::kPlaces) return true;
    return false;
  };
  // Bounded: a town's phrase names its division within a few words ("in the Sahel region of
  // Burkina Faso" is seven).
  constexpr uint32_t kMaxLinkWords = 12;
  // A country name is no town to place ("Bolivia, Colombia, the United States" is a list
  // of countries); nor is a province in the country named ("Oklahoma, the United States"
  // is the state).
  // A candidate's interpretations come as find_places merges them: towns, then provinces,
  // then countries. The lookups below read only the part they need, not a town name's
  // hundreds of rows.
  auto province_in = [&](size_t k, size_t from) {
    const auto& hits = kept[k].hits;
    for (auto it = hits.rbegin(); it != hits.rend() && it->first != lex::kPlaces; ++it) {
      const auto& [t, h] = *it;
      if (t != lex::kAdmin1 || admin1.get(h.row, level_col) != "1") continue;
      for (size_t e = from; e < out->size(); ++e)
        if ((*out)[e].cc == admin1.get(h.row, a1_country_col)) return true;
    }
    return false;
  };
  auto is_country_name = [&](size_t k) { return kept[k].hits.back().first == lex::kCountries; };
  for (size_t i = 0; i < n; ++i) {
    (*start)[i] = uint32_t(out->size());
    if (is_country_name(i)) continue;
    // An ordinary word is never a place (find_places drops it before it reads links), so
    // its links are not worked out: most candidates are ordinary words some village shares.
    // Unless "(" comes before the next candidate, which might make that one a division in
    // parentheses after this one.
    if (ordinary[i] && !(i + 1 < n && kept[i + 1].first > 0 && a.doc.token_text(kept[i + 1].first - 1) == "("))
      continue;
    const uint32_t sentence = a.doc.sentence_of[kept[i].first];
    uint8_t best = kNoLink;
    // "Sagaing's Kani", "Burkina Faso's Solhan": the possessor before the town.
    if (i > 0 && kept[i].first >= 1 && toks[kept[i].first - 1].is(kPossessive) &&
        kept[i - 1].end + 1 == kept[i].first && push_divisions(i - 1, false))
      best = kFirmLink;
    uint32_t pos = kept[i].end;
    size_t j = i + 1;
    bool firm_words = false;  // "in", "of", "(", a possessive, "the" seen since the town
    while (pos < toks.size() && pos < kept[i].end + kMaxLinkWords && a.doc.sentence_of[pos] == sentence) {
      while (j < n && kept[j].first < pos) ++j;
      // A linking word that some gazetteer entry shares ("District", "Central") links.
      if (j < n && kept[j].first == pos && !(kept[j].end == pos + 1 && link_word(a, pos))) {
        const size_t k = j;
        // "Central America", "San Jose Las Flores": a name right after another, with no word
        // or mark between, is one longer name, not its division.
        if (pos == kept[i].end) break;
        bool paren = pos > 0 && a.doc.token_text(pos - 1) == "(";
        bool division_next = kept[k].end < toks.size() && (division_word(a, kept[k].end) || district_word(a, kept[k].end));
        bool division_before = pos >= 2 && word_is(a, pos - 1, "of") && division_word(a, pos - 2);
        if (!push_divisions(k, division_next && district_word(a, kept[k].end))) {
          // "Bamba (Bourem, Gao)", "Kuru (Jos South, Plateau)": ACLED's notes and some wires
          // write "Town (District, Province)", and the gazetteer often knows the district
          // only as its seat town: the chain goes on to the province after the comma.
          if (paren && kept[k].end < toks.size() && word_is(a, kept[k].end, ",")) {
            firm_words = true;
            pos = kept[k].end;
            ++j;
            continue;
          }
          break;
        }
        bool town_too = has_town(k);
        // "Lima, Santiago and Bogota": a name that is also a town, in a list, is no division.
        bool listed = kept[k].end < toks.size() && (word_in(a, kept[k].end, {"and", "or"}) ||
                      (word_is(a, kept[k].end, ",") && j + 1 < n && kept[j + 1].first == kept[k].end + 1));
        bool firm = paren || division_next || division_before || firm_words || (!town_too && !listed);
        best = std::max<uint8_t>(best, firm ? kFirmLink : kCommaLink);
        if (paren && k == i + 1 && kept[k].end < toks.size() && a.doc.token_text(kept[k].end) == ")")
          (*paren_division)[k] = 1;
        // A country tops the chain ("in the Sahel region of Burkina Faso"); a list of names
        // is no chain.
        if (listed || is_country(k)) break;
        pos = kept[k].end;
        ++j;
        continue;
      }
      if (!link_word(a, pos)) break;
      // "north of Mopti", "east of Gao": a bearing from another place, not the division.
      if (word_in(a, pos, {"northern", "southern", "eastern", "western", "central"}) && word_is(a, pos + 1, "of")) break;
      if (!word_is(a, pos, ",") && !word_is(a, pos, ")")) firm_words = true;
      ++pos;
    }
    if (province_in(i, (*start)[i])) {
      out->resize((*start)[i]);
      best = kNoLink;
    }
    (*strength)[i] = best;
  }
  (*start)[n] = uint32_t(out->size());
}
}  // namespace

// Speaking, beside the say cues: "speaking from Moscow", "told reporters in".
constexpr WordSet kSpeaking{"speaking", "spoke",   "speaks", "speak", "writing", "addressing",
                            "briefing", "telling", "told",   "tell",  "tells"};

// Whether the venue or audience word at `noun` before "in <place>" is where a statement was
// made: a speech verb before it says so ("told reporters in", "addressing parliament in");
// an act or a locative says the place is the act's ("attacked journalists in Mogadishu",
// "protested outside parliament in Tbilisi", "exploded at a press conference in Aden").
// With neither, a venue is a statement's ("at a news conference in Nairobi, the minister
// said") and an audience is not ("two journalists in Mogadishu were arrested").
bool speech_setting(const Analysis& a, uint32_t noun, bool venue) {
  static constexpr WordSet kActSites{"outside",   "near",         "front",    "inside",    "attacked",
                                     "attack",    "stormed",      "targeted", "targeting", "raided",
                                     "protested", "demonstrated", "rallied",  "gathered"};
  constexpr uint32_t kReach = 5;  // "told a hastily called news conference in"
  const uint32_t first = a.doc.sentences[a.doc.sentence_of[noun]].first_token;
  for (uint32_t k = noun; k > first && noun - k < kReach;) {
    --k;
    if (has_cue(a, k, k + 1, "say") || word_in(a, k, kSpeaking)) return true;
    if (word_in(a, k, kActSites) || a.token_has(k, lex::kTriggers)) return false;
  }
  return venue;
}

// Whether the place at `first` is where the wounded or the dead were taken, not where the
// act happened: a verb of carrying or caring for the casualties governs it, with at most a
// hospital phrase between ("were taken to hospital in Maiduguri", "rushed to a hospital in
// Peshawar", "the injured were evacuated to Niamey", "airlifted to Nairobi", "are being
// treated in Kandahar", "HOSPITALIZED IN SAN SALVADOR"). Wire copy tells the town the
// victims went to in nearly every casualty paragraph; it is usually the nearest city, tens
// of kilometres from the act. "A bomb exploded at a hospital in Quetta" has no such verb:
// the hospital is the act's place.
bool casualty_destination(const Analysis& a, uint32_t first) {
  // Verbs of carrying need "to" ("taken to hospital in X", "evacuated to X"; "four
  // foreigners taken in Mali" names where they were seized); verbs of care take in/at too.
  static constexpr WordSet kCarried{"taken",       "rushed",  "evacuated", "airlifted", "flown",  "transferred",
                                    "transported", "ferried", "carried",   "referred",  "taking", "rushing"};
  static constexpr WordSet kCared{"admitted", "treated", "hospitalised", "hospitalized", "treatment"};
  static constexpr WordSet kHospitalWords{"a",        "the",     "hospital", "hospitals",  "clinic",   "clinics",
                                          "nearby",   "local",   "main",     "military",   "regional", "general",
                                          "teaching", "medical", "centre",   "center",     "facility", "facilities",
                                          "health",   "field",   "district", "provincial", "city",     "state"};
  constexpr uint32_t kMaxHospitalWords = 5;  // "to the main military hospital in"
  if (first < 2) return false;
  const uint32_t sentence = a.doc.sentence_of[first];
  // The preposition right before the place: "to Niamey", "in Maiduguri", "at Mulago".
  if (!word_in(a, first - 1, {"to", "in", "at"})) return false;
  bool to = word_is(a, first - 1, "to");
  uint32_t k = first - 1;
  while (k > 0 && first - 1 - k <= kMaxHospitalWords && a.doc.sentence_of[k - 1] == sentence &&
         (word_in(a, k - 1, kHospitalWords) || word_in(a, k - 1, {"to", "in", "at"}))) {
    --k;
    to |= word_is(a, k, "to");
  }
  if (k == 0 || a.doc.sentence_of[k - 1] != sentence) return false;
  return word_in(a, k - 1, kCared) || (to && word_in(a, k - 1, kCarried));
}

namespace {
// All-caps copy, a dictionary word after a preposition of place: after "at" it is an idiom
// or a kind of place ("KILLED AT HOME", "LOST AT SEA", "AT SCHOOL"), not the town that
// shares the word; a bearing is a direction ("IN NORTH AND EAST SYRIA", "IN WEST OF THE
// CITY"), not the village called North. Towns spelt as English words come after "in"
// ("IN MOBILE"), and a bearing that starts a name is part of a longer one ("IN NORTH KIVU").
bool wire_idiom_after_preposition(const Analysis& a, uint32_t i) {
  return word_is(a, i - 1, "at") || word_in(a, i, kBearings);
}

// A gazetteer name made of an article and dictionary words (The Villages, Florida; The
// Village, Oklahoma; The Colony, Texas) reads as prose: "gunmen stormed the village",
// "The villages were burned", "THE VILLAGES NEAR THE BORDER". It is the place only with a
// qualifier ("The Villages, Florida") or, in mixed case, every word capitalised.
bool article_and_common_words(const Analysis& a, uint32_t first, uint32_t end) {
  if (end - first < 2 || !word_is(a, first, "the")) return false;
  bool lower = false;
  for (uint32_t k = first + 1; k < end; ++k) {
    if (!a.token_has(k, lex::kCommonWords)) return false;
    lower |= !a.doc.tokens[k].is(kCapitalised);
  }
  return a.doc.all_caps || lower;
}
}  // namespace

void find_places(Analysis* a) {
  const Table& countries = a->lex.table(lex::kCountries);
  const Table& admin1 = a->lex.table(lex::kAdmin1);
  // Column indexes, looked up once: these run for every interpretation of every name.
  const int level_col = admin1.column("level"), a1_country_col = admin1.column("country"),
            a1_code_col = admin1.column("code"), a1_seat_col = admin1.column("seat_place"),
            cca2_col = countries.column("cca2");
  auto places = a->lex.places();
  const auto& toks = a->doc.tokens;
  a->places.clear();
  a->place_countries.clear();

  // Context: countries the document names (names and demonyms), with counts.
  CountryCounts context;
  const std::vector<Hit>& country_hits = table_hits(*a, lex::kCountries);
  // A country as a modifier of its presence abroad ("the U.S. embassy", "Russian
  // diplomats") says whose they are, not where the story is: it is no context.
  // Only the words for a state's presence abroad and its nationals count: "Lebanese
  // troops" or "Pakistani police" do point to their own country.
  static constexpr WordSet kPresenceAbroad{"embassy", "embassies", "consulate", "consulates", "citizen",
                                           "citizens", "national", "nationals", "diplomat", "diplomats",
                                           "tourist", "tourists", "envoy", "ambassador", "hostage",
                                           "hostages", "expatriates", "aid", "contractor", "contractors"};
  auto modifies = [&](uint32_t end) { return end < toks.size() && word_in(*a, end, kPresenceAbroad); };
  for (const Hit& h : country_hits) {
    if (!a->doc.all_caps && !toks[h.first].is(kCapitalised)) continue;
    if (modifies(h.end)) continue;
    count_country(&context, countries.get(h.row, cca2_col), 1);
  }

  // Candidates: every span with a place, province or country posting. All interpretations
  // sit in one vector sorted by span (longest first where spans start together); a candidate
  // is a run of it. No per-candidate allocation: this stage sees every capitalised word.
  using Interp = std::pair<lex::Table, Hit>;
  // Each table's hits come in text order, one span per start (extract/hits): a three-way
  // merge orders them, ties going to the earlier table (towns, provinces, countries).
  constexpr lex::Table kPlaceTables[3] = {lex::kPlaces, lex::kAdmin1, lex::kCountries};
  const std::vector<Hit>* lists[3];
  size_t pos[3] = {0, 0, 0}, total = 0;
  for (int k = 0; k < 3; ++k) lists[k] = &table_hits(*a, kPlaceTables[k], /*all_rows=*/true), total += lists[k]->size();
  std::vector<Interp> interps;
  interps.reserve(total);
  while (true) {
    int pick = -1;
    for (int k = 0; k < 3; ++k) {
      // Demonyms ("Afghan") are no place names.
      while (k == 2 && pos[k] < lists[k]->size() && ((*lists[k])[pos[k]].flags & lex::kDemonym)) ++pos[k];
      if (pos[k] >= lists[k]->size()) continue;
      const Hit& h = (*lists[k])[pos[k]];
      if (pick < 0) {
        pick = k;
        continue;
      }
      const Hit& b = (*lists[pick])[pos[pick]];
      if (h.first < b.first || (h.first == b.first && h.end > b.end)) pick = k;
    }
    if (pick < 0) break;
    const std::vector<Hit>& list = *lists[pick];
    const Hit& h = list[pos[pick]++];
    interps.emplace_back(kPlaceTables[pick], h);
    // The merge would pick the rest of this span's rows in the same table one by one (a
    // town's name has hundreds): no other head sorts before them, none ties from an earlier
    // table. Countries skip demonyms between them: left to the merge.
    if (pick < 2)
      while (pos[pick] < list.size() && list[pos[pick]].first == h.first && list[pos[pick]].end == h.end)
        interps.emplace_back(kPlaceTables[pick], list[pos[pick]++]);
  }
  struct Cand {
    uint32_t first, end;
    std::span<const Interp> hits;
  };
  // Keep the longest candidate where candidates overlap.
  std::vector<Cand> kept;
  kept.reserve(interps.size());  // an upper bound: no copies as it grows (untouched capacity is not resident)
  for (size_t i = 0; i < interps.size();) {
    size_t j = i + 1;
    while (j < interps.size() && interps[j].second.first == interps[i].second.first &&
           interps[j].second.end == interps[i].second.end)
      ++j;
    const Hit& h = interps[i].second;
    if (kept.empty() || h.first >= kept.back().end)
      kept.push_back(Cand{h.first, h.end, std::span<const Interp>(interps.data() + i, j - i)});
    i = j;
  }
  // "Paris, Texas", "Tripoli, Lebanon": a country or province right after a town and a comma
  // says which town it is.
  // One entry per country or province interpretation of the qualifier, all candidates'
  // entries in one vector: candidate i's are qual[qual_start[i] .. qual_start[i + 1]).
  struct QualEntry {
    std::string_view cc;      // the country named (by a country or a province)
    std::string_view admin1;  // the province's code (provinces only)
    bool country;             // named by a country name
  };
  std::vector<QualEntry> qual;
  std::vector<uint32_t> qual_start(kept.size() + 1, 0);
  for (size_t i = 0; i < kept.size(); ++i) {
    qual_start[i] = uint32_t(qual.size());
    const Cand& c = kept[i];
    // "Bijapur (Chhattisgarh)", as ACLED's notes and many wires write it, qualifies too.
    if (i + 1 >= kept.size() || c.end >= toks.size() || kept[i + 1].first != c.end + 1) continue;
    std::string_view sep = a->doc.token_text(c.end);
    bool paren = sep == "(" && kept[i + 1].end < toks.size() && a->doc.token_text(kept[i + 1].end) == ")";
    if (sep != "," && !paren) continue;
    for (const auto& [t, h] : kept[i + 1].hits) {
      if (t == lex::kCountries && !(h.flags & lex::kDemonym))
        qual.push_back(QualEntry{countries.get(h.row, cca2_col), {}, true});
      if (t == lex::kAdmin1 && region_code(admin1.get(h.row, a1_code_col)))
        qual.push_back(QualEntry{admin1.get(h.row, a1_country_col), {}, true});  // "Nyala, Darfur": the country
      else if (t == lex::kAdmin1)
        qual.push_back(
            QualEntry{admin1.get(h.row, a1_country_col), admin1_part(admin1.get(h.row, a1_code_col)), false});
    }
  }
  qual_start[kept.size()] = uint32_t(qual.size());
  // Candidates phase 1 below drops whatever their links and neighbours say, marked first so
  // that neither their division links nor phase 1's other tests are worked out: most
  // candidates are ordinary words some village shares ("see", "may"), in lower case in
  // mixed-case copy; in all-caps copy (a third of the benchmark) every word looks like a
  // name, and a dictionary word is a place only after a preposition of place or with a
  // qualifier ("TO SEE" is a verb, "IN SEE" is not English).
  static constexpr WordSet kPlacePrepositions{"in", "at", "near", "outside", "inside", "around"};
  std::vector<uint8_t> ordinary(kept.size(), 0);
  for (size_t i = 0; i < kept.size(); ++i) {
    const Cand& c = kept[i];
    if (!a->doc.all_caps)
      ordinary[i] = !toks[c.first].is(kCapitalised);
    else
      ordinary[i] =
          c.end - c.first == 1 && qual_start[i + 1] == qual_start[i] && a->token_has(c.first, lex::kCommonWords) &&
          !(c.first > 0 && word_in(*a, c.first - 1, kPlacePrepositions) && !wire_idiom_after_preposition(*a, c.first));
    if (!ordinary[i] && qual_start[i + 1] == qual_start[i] && article_and_common_words(*a, c.first, c.end))
      ordinary[i] = 1;
  }
  std::vector<LinkedDivision> linked;
  std::vector<uint32_t> linked_start;
  std::vector<uint8_t> link_strength, paren_division;
  link_divisions(*a, kept, ordinary, &linked, &linked_start, &link_strength, &paren_division);
  // 3: the entry lies in the province named; 2: in the country named; 1: in the country of
  // the province named, but not in that province ("Bijapur (Chhattisgarh)" is not
  // Karnataka's Bijapur, yet an Indian Bijapur beats a foreign one).
  auto qualified = [&](size_t i, std::string_view cc, std::string_view a1) {
    int q = 0;
    for (uint32_t k = qual_start[i]; k < qual_start[i + 1]; ++k) {
      const QualEntry& x = qual[k];
      if (same_form(x.cc, cc)) q = std::max(q, x.country ? 2 : 1);
      if (!x.country && !a1.empty() && same_form(x.admin1, a1)) q = 3;
    }
    for (uint32_t k = linked_start[i]; k < linked_start[i + 1]; ++k) {
      const LinkedDivision& x = linked[k];
      if (x.cc == cc) q = std::max(q, x.country ? 2 : 1);
      if (!x.country && !a1.empty() && x.admin1 == a1) q = 3;
    }
    return q;
  };
  static constexpr double kTownQualified[4] = {0, 4, 10, 14}, kDistrictQualified[4] = {0, 2, 6, 10};

  // Demonyms are adjectives and people, not places: "Somali lawmaker" is not Ethiopia's
  // Somali Region unless a division word follows ("the Somali region").
  std::vector<uint64_t> demonyms;  // (first, end) of demonym spans, sorted
  for (const Hit& h : table_hits(*a, lex::kCountries, /*all_rows=*/true))
    if (h.flags & lex::kDemonym) demonyms.push_back((uint64_t(h.first) << 32) | h.end);
  std::sort(demonyms.begin(), demonyms.end());
  // Phase 1: which candidates can be places at all, and the cues around them.
  struct Live {
    size_t ci;
    bool prev_locative, division_after, district_after, town_before, has_qualifier, common;
  };
  std::vector<Live> live;
  live.reserve(kept.size());
  for (size_t ci = 0; ci < kept.size(); ++ci) {
    if (ordinary[ci]) continue;
    const Cand& c = kept[ci];
    bool has_qualifier = qual_start[ci + 1] > qual_start[ci];
    // Month and weekday names ("in August 2021", "on Monday") are dates, not places.
    if (c.end - c.first == 1 && a->token_has_any(c.first, (1u << lex::kMonths) | (1u << lex::kWeekdays)))
      continue;
    bool demonym = std::binary_search(demonyms.begin(), demonyms.end(), (uint64_t(c.first) << 32) | c.end);
    if (demonym && !(c.end < toks.size() && division_word(*a, c.end))) continue;
    // A bearing right before another name is the part of that place ("IN NORTHERN PERU",
    // "in Southern Mexico", "NORTHEAST NIGERIA"), not a division called so abroad (Bahrain's
    // Southern Governorate, Iceland's Northeast). A name that starts with a bearing
    // ("North Kivu", "Central Java") is one longer candidate.
    if (c.end - c.first == 1 && ci + 1 < kept.size() && kept[ci + 1].first == c.end && word_in(*a, c.first, kBearings))
      continue;
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
        !a->token_has(c.first - 2, lex::kCountries) && !division_word(*a, c.first - 2))
      continue;
    bool prev_locative = c.first > 0 && locative_word(*a, c.first - 1);
    // "in the Shopian district", "near the Mopti region": the article between the
    // preposition and a division's name does not make it less a place.
    if (!prev_locative && c.first >= 2 && c.end < toks.size() && word_is(*a, c.first - 1, "the") &&
        locative_word(*a, c.first - 2) && !word_is(*a, c.first - 2, "of") && division_word(*a, c.end))
      prev_locative = true;
    // A person's name: after a title or a given name, or a title and an unknown given name.
    if (!prev_locative && c.first > 0 && a->doc.sentence_of[c.first - 1] == a->doc.sentence_of[c.first] &&
        (person_word(*a, c.first - 1) ||
         (c.first > 1 && a->token_has(c.first - 2, lex::kRoles) && !toks[c.first - 1].is(kPunct) &&
          !a->token_has(c.first - 1, lex::kCommonWords))))
      continue;
    bool sentence_start = a->doc.sentences[a->doc.sentence_of[c.first]].first_token == c.first;
    // A one-word name that is also a common given name or surname ("OSORIO WAS KILLED",
    // "Valencia said") is the person unless a preposition of place, a qualifier or a
    // division word makes it a place ("in Valencia", "Jackson, Mississippi").
    if (c.end - c.first == 1 && !prev_locative && !has_qualifier && name_word(*a, c.first, true) &&
        !(c.end < toks.size() && division_word(*a, c.end)))
      continue;
    // An ordinary English word ("Mobile", "Of", "Same") needs strong evidence.
    bool common = c.end - c.first == 1 && a->token_has(c.first, lex::kCommonWords);
    if (common && c.first > 0 && word_is(*a, c.first - 1, "of")) continue;
    if (common && !has_qualifier && !named_division(*a, c.first, c.end)) {
      // Only a preposition of place will do: "TO SEE" is a verb, "IN SEE" is not English.
      bool place_preposition = c.first > 0 && word_in(*a, c.first - 1, kPlacePrepositions);
      if (a->doc.all_caps && !place_preposition) continue;
      if (!a->doc.all_caps && (sentence_start || !prev_locative)) continue;
    }
    // Ranks, titles and abbreviations ("MAJ", "GEN", "COL") are never places.
    if (c.end - c.first == 1 && a->token_has_any(c.first, (1u << lex::kRoles) | (1u << lex::kAbbreviations)) &&
        !named_division(*a, c.first, c.end))
      continue;
    // "the province of Ayacucho" names the province, "the town of Ayacucho" the town.
    bool division_after = (c.end < toks.size() && division_word(*a, c.end)) ||
                          (c.first >= 2 && word_is(*a, c.first - 1, "of") && division_word(*a, c.first - 2)) ||
                          paren_division[ci];
    bool district_after = (c.end < toks.size() && district_word(*a, c.end)) ||
                          (c.first >= 2 && word_is(*a, c.first - 1, "of") && district_word(*a, c.first - 2));
    static constexpr WordSet kSettlements{"town", "city", "village", "hamlet", "municipality", "port", "towns",
                                          "villages", "township", "suburb", "neighbourhood", "neighborhood"};
    bool town_before = c.first >= 2 && word_is(*a, c.first - 1, "of") && word_in(*a, c.first - 2, kSettlements);
    live.push_back(Live{ci, prev_locative, division_after, district_after, town_before, has_qualifier, common});
  }

  // Phase 2: the countries the document's places point to, as Mordecai and CLIFF use them:
  // a name found in one country only ("Usulutan", "Kandahar province") or a national
  // capital ("SAN SALVADOR, 3 JAN 90") is evidence that the other, ambiguous names
  // ("San Luis", "La Esperanza") are in that country too. Provinces and districts count
  // only when named as such, a district never by its bare name (that needs context first).
  CountryCounts place_context;
  std::vector<std::string_view> own_evidence(live.size());  // what each candidate itself added
  const Dateline& dl = a->doc.dateline;
  for (size_t li = 0; li < live.size(); ++li) {
    const Live& l = live[li];
    // Only names used as places count: after "in", "near"..., named as a division, qualified
    // ("Paris, Texas") or the dateline's. A bare capitalised word in wire copy is as often a
    // surname ("SANDOVAL", "OCHOA") that some village shares.
    const Cand& c = kept[l.ci];
    bool dateline = dl.present && c.first >= dl.place_first && c.end <= dl.place_end;
    if (!l.prev_locative && !l.division_after && !l.has_qualifier && !dateline) continue;
    // "IN ONE", "IN EL": ordinary and function words are no evidence.
    if (c.end - c.first == 1 &&
        (a->token_has(c.first, lex::kCommonWords) || a->doc.token_text(c.first).size() <= 3))
      continue;
    std::string_view only;
    bool several = false, any = false;
    std::string_view capital_cc;
    for (const auto& [t, h] : kept[l.ci].hits) {
      std::string_view cc;
      if (t == lex::kPlaces) {
        if (l.division_after) continue;
        const lex::PlaceRecord& r = places[h.row];
        cc = std::string_view(r.country, 2);
        if (r.rank == lex::kCapital && r.population >= 100000) capital_cc = cc;
      } else if (t == lex::kAdmin1) {
        if (admin1.get(h.row, level_col) == "2" && !l.district_after) continue;
        cc = admin1.get(h.row, a1_country_col);
      } else {
        continue;
      }
      if (any && !same_form(cc, only)) several = true;
      only = cc;
      any = true;
    }
    own_evidence[li] = any && !several ? only : capital_cc;
    // The dateline names the city the story was filed from, most often in the country the
    // story is about ("SANTIAGO, 10 OCT 89 -- A BOMB EXPLODED IN NUNOA": Chile's Nunoa, not
    // Peru's; "LA PAZ -- ... IN EL ALTO"): it counts twice, enough to fix the country.
    if (!own_evidence[li].empty()) count_country(&place_context, own_evidence[li], dateline ? 2 : 1);
  }
  // Country names count as before; places add to them. A flat list: a text names few
  // countries, and this is looked up for every interpretation.
  CountryCounts all_context = context;
  auto add_context = [&](std::string_view cc, int n) {
    for (auto& [c, m] : all_context)
      if (same_form(c, cc)) return void(m += n);
    all_context.emplace_back(cc, n);
  };
  // A country with a third or less of the strongest country's evidence is noise (one
  // village namesake among a dozen Salvadoran towns).
  int most = 0;
  for (const auto& [cc, n] : place_context) most = std::max(most, n);
  for (const auto& [cc, n] : place_context)
    if (3 * n > most) add_context(cc, n);

  // Provinces the text names as such ("in Helmand province", "Chhattisgarh's Bijapur
  // district" does not count, "the province of Ayacucho" does): their towns are preferred.
  std::vector<std::string_view> province_context;
  for (const Live& l : live) {
    if (!l.division_after) continue;
    for (const auto& [t, h] : kept[l.ci].hits)
      if (t == lex::kAdmin1 && admin1.get(h.row, level_col) == "1") province_context.push_back(admin1.get(h.row, a1_code_col));
  }
  // Sorted and unique: a long document names its provinces thousands of times.
  std::sort(province_context.begin(), province_context.end());
  province_context.erase(std::unique(province_context.begin(), province_context.end()), province_context.end());

  // The country the text is about, when one stands out.
  std::string_view main_cc;
  int main_n = 0;
  for (const auto& [cc, n] : all_context)
    if (n > main_n) main_cc = cc, main_n = n;

  // A town (or district) whose phrase names a province or country it does not lie in is a
  // namesake abroad of a place the gazetteer lacks (cities500 misses most villages): the
  // division named is the place, not a town of that name elsewhere ("Tawila in North
  // Darfur" is not Yemen's Tawila). A bare comma and a name that is also a town may be a
  // list ("Kani, Sagaing and Mandalay"): then only a smaller town gives way.
  auto namesake_elsewhere = [&](size_t ci, const Interp& in) {
    const uint8_t link = link_strength[ci];
    if (link == kNoLink) return false;
    const auto& [t, h] = in;
    if (t == lex::kPlaces) {
      const lex::PlaceRecord& r = places[h.row];
      const int q = qualified(ci, std::string_view(r.country, 2), a->lex.str(r.admin1_code));
      if (q >= 2) return false;
      // Large cities and capitals are rarely a namesake of a village named beside a list.
      const bool large = r.rank == lex::kCapital || r.population >= 200000;
      if (q == 0) return link == kFirmLink || !large;
      // In the country named, but another province than the one named ("Bijapur district
      // of Chhattisgarh" is not Karnataka's Bijapur). A capital or a provincial seat may be
      // a division of its own in the gazetteer ("Kyiv in Kyiv Oblast").
      return link == kFirmLink && r.rank != lex::kAdmin1Seat && r.rank != lex::kCapital;
    }
    if (t == lex::kAdmin1 && admin1.get(h.row, level_col) == "2")
      return qualified(ci, admin1.get(h.row, a1_country_col), admin1_part(admin1.get(h.row, a1_code_col))) == 0;
    return false;
  };

  // The home countries of the armed groups the text names ("M23 rebels" are Congolese): an
  // ordinary word after "near" is a town of theirs ("clashed with M23 rebels near Sake"),
  // as it would be in a text naming the country. Only groups: a news agency or a foreign
  // ministry says nothing of where the story is.
  std::vector<std::string_view> group_countries;
  {
    const Table& actors = a->lex.table(lex::kActors);
    const int kind_col = actors.column("kind"), actor_cc_col = actors.column("country");
    for (const ActorMention& m : a->actors)
      if (actors.get(m.row, kind_col) == "group" && !actors.get(m.row, actor_cc_col).empty())
        group_countries.push_back(actors.get(m.row, actor_cc_col));
  }
  auto group_country = [&](std::string_view cc) {
    return std::find(group_countries.begin(), group_countries.end(), cc) != group_countries.end();
  };
  // An armed group named points to its home country as a country name would, once: "a bomb
  // killed two policemen in Vitoria ... blamed ETA" is Spain's Vitoria, not Brazil's; "NPA
  // rebels attacked a police station in Samar province" is the Philippines' (Mordecai and
  // CLIFF read actors' countries so).
  for (size_t g = 0; g < group_countries.size(); ++g)
    if (std::find(group_countries.begin(), group_countries.begin() + g, group_countries[g]) ==
        group_countries.begin() + g)
      add_context(group_countries[g], 1);

  // The continent (world-countries' region) of a country code, "" when unknown.
  auto continent = [&](std::string_view cc) -> std::string_view {
    const std::span<const uint32_t> rows = a->lex.country_rows(cc);
    return rows.empty() ? std::string_view() : countries.get(rows[0], "region");
  };
  // The text names countries (by name, by its places, by its armed groups) and none of them
  // lies on cc's continent: "JNIM fighters clashed near Boni" is not in Indonesia.
  // The name's own evidence (`self`, counted `self_n` times) does not count.
  auto other_continent = [&](std::string_view cc, std::string_view self, int self_n) {
    const std::string_view here = continent(cc);
    bool any = false;
    for (const auto& [c, n] : all_context) {
      if (n - (same_form(self, c) ? self_n : 0) <= 0) continue;
      any = true;
      if (continent(c) == here) return false;
    }
    for (std::string_view c : group_countries) {
      any = true;
      if (continent(c) == here) return false;
    }
    return any && !here.empty();
  };

  // A town abroad matched only by one of its other names (GeoNames' alternate names:
  // "Boni" for Indonesia's Watampone) in a text about another country is a namesake the
  // gazetteer lacks, unless it is a large city: the text's own country outweighs it.
  // So is one after "the village of", "the town of" in any text ("the village of Guma" is
  // not the Philippine Goma, listed under that other name): news names a settlement so when
  // its readers do not know it, and most such are missing from cities500. So is one on
  // another continent than every country the text names ("Bamba" for Pampa, Texas, in a
  // note about Mali).
  auto foreign_alias = [&](const PlaceMention& best, const Interp& in, int own_context, int main_count, bool settlement,
                           std::string_view self, int self_n) {
    if (best.type != PlaceMention::kCity || own_context > 0 || !(in.second.flags & lex::kAltName)) return false;
    const bool far = other_continent(best.cc, self, self_n);
    if (main_count < 2 && !settlement && !far) return false;
    const lex::PlaceRecord& r = places[best.place];
    // A city of a million or more is known by its other names too ("Saigon", "Bombay").
    if (r.rank == lex::kCapital || r.population >= (far ? 1000000u : 100000u)) return false;
    // The own name spelt without its marks is no other name ("the city of Marib" is
    // Ma'rib, "Sanaa" is Sana'a).
    auto letters = [](std::string_view w) {
      std::string f = matching_form(w), out;
      for (char ch : f)
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
      return out;
    };
    return letters(a->lex.str(r.name)) != letters(span_text(*a, best.first, best.end));
  };

  // Phase 3: the best interpretation of each candidate.
  a->places.reserve(live.size());  // at most one mention each: no copies as the layer grows
  for (size_t li = 0; li < live.size(); ++li) {
    const Live& l = live[li];
    const size_t ci = l.ci;
    const std::string_view own = own_evidence[li];
    // The document's countries, less this name's own evidence (Tripoli, a capital, is no
    // evidence that Tripoli is Libya's).
    const int own_n = dl.present && kept[ci].first >= dl.place_first && kept[ci].end <= dl.place_end ? 2 : 1;
    auto context_of = [&](std::string_view cc) {
      for (const auto& [c, n] : all_context)
        if (same_form(c, cc)) return n - (same_form(own, cc) ? own_n : 0);
      return 0;
    };
    const Cand& c = kept[ci];
    const bool prev_locative = l.prev_locative, division_after = l.division_after, district_after = l.district_after,
               town_before = l.town_before, has_qualifier = l.has_qualifier;
    // The provinces this name also names (a candidate's interpretations end with its
    // provinces and countries): a small town of the name outside them gives way to the
    // province below.
    uint32_t province_rows[4];
    size_t provinces_named = 0;
    for (auto it = c.hits.rbegin(); it != c.hits.rend() && it->first != lex::kPlaces; ++it)
      if (it->first == lex::kAdmin1 && provinces_named < 4 && admin1.get(it->second.row, level_col) == "1")
        province_rows[provinces_named++] = it->second.row;
    // The town's district bears the name the text uses (matching forms; computed once).
    std::string name_form;
    auto alt_names_district = [&](const lex::PlaceRecord& r) {
      std::string_view district = a->lex.str(r.admin2);
      if (district.empty()) return false;
      if (name_form.empty()) name_form = matching_form(span_text(*a, c.first, c.end));
      // A cheap test first: a name with hundreds of rows asks this of each of them.
      auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch; };
      if (name_form.empty() || lower(district[0]) != name_form[0] || district.size() + 4 < name_form.size() ||
          district.size() > name_form.size() + 8)
        return false;
      return matching_form(district) == name_form;
    };
    // Score each interpretation; the best one becomes the mention.
    double best_score = -1e9;
    const Interp* best_interp = nullptr;
    for (const Interp& in : c.hits) {
      const auto& [t, h] = in;
      std::string_view cc;
      double s = 0;
      if (t == lex::kCountries) {
        cc = countries.get(h.row, cca2_col);
        s = 9;
      } else if (t == lex::kAdmin1) {
        cc = admin1.get(h.row, a1_country_col);
        if (admin1.get(h.row, level_col) == "2") {
          // A district: named as one ("Nad Ali district", "the district of Sangin"), in a
          // text about its country ("Ghazni's Andar" needs Afghanistan in the text), or by a
          // name of several words after "in" or "near" ("in North Waziristan"); a bare
          // one-word district name elsewhere is too often something else.
          bool long_name = c.end - c.first >= 2 && prev_locative;
          if (!district_after && !division_after && context_of(cc) <= 0 && !has_qualifier && !long_name) continue;
          s = 1.5 + (district_after ? 9 : division_after ? 2 : 0) - (town_before ? 6 : 0);
          s += kDistrictQualified[qualified(ci, cc, admin1_part(admin1.get(h.row, a1_code_col)))];
        } else {
          s = 4 + (division_after ? 8 : 0) - (town_before ? 6 : 0);
        }
      } else {
        const lex::PlaceRecord& r = places[h.row];
        cc = std::string_view(r.country, 2);
        s = std::log10(double(r.population) + 10.0);
        s += r.rank == lex::kCapital ? 3 : r.rank == lex::kAdmin1Seat ? 2 : r.rank == lex::kAdmin2Seat ? 1 : 0;
        // Another name of the town weighs less than its own, unless it is also the name of
        // the town's district: GeoNames lists the West Bank's Jenin as "Janin" with "Jenin"
        // among its other names, and its district as "Jenin"; a name the district bears is
        // the one its readers know (a Polish village called Jenin is no rival).
        if ((h.flags & lex::kAltName) && !alt_names_district(r)) s -= 1.5;
        if (division_after) s -= 3;
        if (town_before) s += 3;
        // Read once: str() measures the string, and both tests need it.
        const std::string_view town_admin1 = a->lex.str(r.admin1_code);
        s += kTownQualified[qualified(ci, cc, town_admin1)];
        if (std::binary_search(province_context.begin(), province_context.end(), town_admin1)) s += 2;
        // A name that is both a province and a small town in another province is the province
        // ("a mayoral candidate in Guerrero" is Mexico's state, not the Chihuahua town; "in
        // Kasai" is Congo's province, not the Japanese town), unless the text says "the town of". A large city keeps
        // its name
        // ("La Paz"), and so does a town in the province it names ("San Vicente", its seat).
        if (provinces_named > 0 && !town_before && r.population < 100000 && r.rank != lex::kCapital) {
          bool inside = false;
          for (size_t k = 0; k < provinces_named; ++k)
            inside |= admin1_part(admin1.get(province_rows[k], a1_code_col)) == town_admin1;
          if (!inside) s -= 3;
        }
      }
      if (int n = context_of(cc); n > 0) s += 4 + std::min(n, 3);
      if (prev_locative) s += 0.5;
      if (s > best_score) {
        best_score = s;
        best_interp = &in;
      }
    }
    if (!best_interp) continue;
    if (namesake_elsewhere(ci, *best_interp)) continue;
    PlaceMention best;
    best.first = c.first;
    best.end = c.end;
    best.score = best_score;
    {
      const auto& [t, h] = *best_interp;
      if (t == lex::kCountries) {
        best.type = PlaceMention::kCountry;
        best.country_row = h.row;
        best.cc = countries.get(h.row, cca2_col);
      } else if (t == lex::kAdmin1) {
        best.type = PlaceMention::kAdmin1;
        best.admin1_row = h.row;
        best.cc = admin1.get(h.row, a1_country_col);
        std::string_view seat = admin1.get(h.row, a1_seat_col);
        if (!seat.empty()) std::from_chars(seat.data(), seat.data() + seat.size(), best.place);
        // "the town of Nabatieh": a province named as a town is its seat, the town that gave
        // it its name, which the gazetteer spells otherwise ("Nabatiye et Tahta"): the same
        // first letters say so.
        if (town_before && best.place != UINT32_MAX && admin1.get(h.row, level_col) == "1" &&
            same_start(a->lex.str(places[best.place].name), span_text(*a, c.first, c.end)))
          best.type = PlaceMention::kCity;
      } else {
        best.type = PlaceMention::kCity;
        best.place = h.row;
        best.cc = std::string_view(places[h.row].country, 2);
      }
    }
    // A country named as a modifier ("the U.S. embassy", "U.S. citizens") says whose, not
    // where: it is never the incident's location by itself.
    if (best.type == PlaceMention::kCountry && modifies(c.end)) best.modifier = true;
    // Weak, unsupported interpretations of small places are dropped: a village of 600
    // people on another continent is rarely what an English news text means.
    if (best.type == PlaceMention::kCity && context_of(best.cc) <= 0 && best.score < 4.5 && !prev_locative &&
        !has_qualifier)
      continue;
    // A village abroad in a text about one country is more likely a place of that country
    // the gazetteer lacks (cities500 keeps towns of 500 people or more, and fewer of some
    // countries): no place is better than a wrong country.
    if (best.type == PlaceMention::kCity && !has_qualifier && context_of(best.cc) <= 0 && main_n >= 2 &&
        places[best.place].population < 10000)
      continue;
    if (foreign_alias(best, *best_interp, context_of(best.cc), main_n, town_before, own, own_n)) continue;
    // An ordinary word after "in" ("IN FRONT OF", "IN ONE CASE", "IN CHARGE") names a
    // place only when the place is large or in the text's country ("in Mobile" needs
    // Alabama nearby or a text about the United States).
    if (l.common && !has_qualifier && best.type == PlaceMention::kCity && context_of(best.cc) <= 0 &&
        places[best.place].population < 100000 && !group_country(best.cc))
      continue;
    best.locative = prev_locative;
    best.near = near_before(*a, c.first);
    // "northern Helmand": part of a province (ACLED precision 2, placed at its seat).
    if (best.type == PlaceMention::kAdmin1 && c.first > 0 && word_in(*a, c.first - 1, kBearings)) best.near = true;
    static constexpr WordSet kCredit{"report", "reporting", "reported", "contributed", "filed", "writes"};
    // Where statements are made ("a news conference in Nairobi", "talks in Doha") and to whom
    // ("told reporters in Washington"): see `speech_setting` below.
    static constexpr WordSet kVenues{"conference", "briefing", "interview", "summit", "talks", "meeting", "statement"};
    static constexpr WordSet kAudiences{"reporters", "journalists", "parliament"};
    if (c.first >= 2 && word_is(*a, c.first - 1, "from")) {
      // "said from Moscow", "speaking from Moscow": where the speaker was, not where the
      // event happened.
      for (uint32_t k = c.first >= 4 ? c.first - 4 : 0; k + 1 < c.first; ++k)
        if (has_cue(*a, k, k + 1, "say") ||
            word_in(*a, k, kSpeaking))
          best.speech = true;
      // "X contributed to this report from Quetta", "reporting from Kyiv": the reporter's
      // place, a credit line.
      if (word_in(*a, c.first - 2, kCredit))
        best.speech = true;
    } else if (c.first >= 2 && word_is(*a, c.first - 1, "in")) {
      // "said in Geneva", "speaking in Brussels", "told reporters in Washington", "a news
      // conference in Nairobi": the speaker's place. Only the words right before "in": "said
      // a bomb exploded in Quetta" names the bomb's place.
      uint32_t k = c.first - 2;
      if (has_cue(*a, k, k + 1, "say") || word_in(*a, k, kSpeaking))
        best.speech = true;
      else if (word_in(*a, k, kVenues) || word_in(*a, k, kAudiences))
        best.speech = speech_setting(*a, k, word_in(*a, k, kVenues));
    }
    // Where the casualties were taken ("taken to hospital in Maiduguri") is, like a
    // speaker's place, no place of the act: see `casualty_destination`.
    if (!best.speech && casualty_destination(*a, c.first)) best.speech = true;
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
  if (!main_cc.empty()) {
    const std::span<const uint32_t> main_rows = a->lex.country_rows(main_cc);
    std::string_view cap = main_rows.empty() ? std::string_view() : countries.get(main_rows[0], "capital_place");
    static constexpr uint64_t kCapital = hash_form("capital"), kThe = hash_form("the");
    // The tokens read through a local pointer: a->places grows in the loop, and the
    // compiler would otherwise reload the tokens' vector on every token of the text.
    const Token* tk = toks.data();
    const uint32_t token_count = uint32_t(toks.size());
    for (uint32_t i = 1; !cap.empty() && i < token_count; ++i) {
      if (tk[i].hash != kCapital || tk[i - 1].hash != kThe) continue;
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
      p.cc = std::string(main_cc);
      p.score = 6;
      p.locative = i > 1 && locative_word(*a, i - 2);
      a->places.push_back(p);
    }
  }
  std::sort(a->places.begin(), a->places.end(),
            [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
  for (const auto& [cc, n] : context)
    for (uint32_t r : a->lex.country_rows(cc)) a->place_countries.push_back(int32_t(r));
}

}  // namespace sitrep
