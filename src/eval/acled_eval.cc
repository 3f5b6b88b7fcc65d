// ACLED CSV rows -> gold rows; a gold row against a document's records; the summary.
#include "eval/acled_eval.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "eval/csv.h"
#include "eval/record_view.h"
#include "eval/text_match.h"

namespace sitrep::eval {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Sentences as [begin, end) byte ranges: a sentence ends after ., ! or ? followed by white
// space (or at the end); the white space after it belongs to it.
std::vector<std::pair<size_t, size_t>> sentences(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool end = (c == '.' || c == '!' || c == '?') &&
               (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1])));
    if (!end) continue;
    size_t j = i + 1;
    while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    out.emplace_back(begin, j);
    begin = j;
    i = j - 1;
  }
  if (begin < text.size()) out.emplace_back(begin, text.size());
  return out;
}

// "Fatalities coded as ...", "Fatalities are split across ...", "Fatality coded ...".
bool is_fatality_coding_sentence(std::string_view sentence) {
  std::string s = lower(trim(sentence));
  if (s.rfind("fatalit", 0) != 0) return false;
  std::string head = s.substr(0, 40);
  return contains(head, " coded") || contains(head, " split") || contains(head, " divided");
}

std::optional<double> parse_double(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  std::string copy(s);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int> parse_int(std::string_view s) {
  s = trim(s);
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// Empty or "none" in any case: no event.
bool is_no_event_label(std::string_view label) {
  label = trim(label);
  return label.empty() || lower(label) == kNoEventLabel;
}

long days_from_civil(long y, unsigned m, unsigned d) {  // H. Hinnant's algorithm
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

}  // namespace

std::string strip_fatality_coding(std::string_view notes) {
  std::string out;
  for (auto [b, e] : sentences(notes)) {
    std::string_view s = notes.substr(b, e - b);
    if (!is_fatality_coding_sentence(s)) out += s;
  }
  return std::string(trim(out));
}

bool fatalities_unknown_or_split(std::string_view notes) {
  for (auto [b, e] : sentences(notes)) {
    std::string s = lower(notes.substr(b, e - b));
    bool about_deaths = contains(s, "fatalit") || contains(s, "casualt") || contains(s, "kill") ||
                        contains(s, "dead") || contains(s, "death") || contains(s, "died");
    if (!about_deaths) continue;
    if (contains(s, "unknown") || contains(s, "unspecified") || contains(s, "not known") ||
        contains(s, "undisclosed") || contains(s, "unclear"))
      return true;
    if ((contains(s, "split") || contains(s, "divided")) &&
        (contains(s, "across") || contains(s, "between") || contains(s, "among")))
      return true;
  }
  return false;
}

std::optional<long> days_of_iso_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto y = parse_int(iso.substr(0, 4)), m = parse_int(iso.substr(5, 2)), d = parse_int(iso.substr(8, 2));
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  return days_from_civil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
}

std::string parse_acled_date(std::string_view date) {
  date = trim(date);
  if (days_of_iso_date(date)) return std::string(date);
  // "05 September 2022", "5-September-2022", "05 Sep 2022"
  std::vector<std::string> parts;
  std::string cur;
  for (char c : date) {
    if (c == ' ' || c == '-' || c == '/') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  if (parts.size() != 3) return "";
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  auto day = parse_int(parts[0]), year = parse_int(parts[2]);
  std::string month_name = lower(parts[1]);
  int month = 0;
  for (int m = 0; m < 12; ++m)
    if (month_name.size() >= 3 && month_name.compare(0, 3, kMonths[m]) == 0) month = m + 1;
  if (!day || !year || month == 0 || *day < 1 || *day > 31 || *year < 1000 || *year > 9999) return "";
  char buf[48];  // room for any int the format could print
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *year, month, *day);
  return buf;
}

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0088;  // IUGG mean radius
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool acled_date_matches(std::string_view gold_iso, int time_precision, std::string_view predicted_iso) {
  auto gold = days_of_iso_date(gold_iso), pred = days_of_iso_date(predicted_iso);
  if (!gold || !pred) return false;
  if (time_precision == 2) return *pred <= *gold && *pred >= *gold - 6;
  if (time_precision == 3) return gold_iso.substr(0, 7) == predicted_iso.substr(0, 7);
  return *pred == *gold;
}

Result<std::vector<AcledGoldRow>> parse_acled_csv(std::string_view content, std::string_view filename) {
  using R = Result<std::vector<AcledGoldRow>>;
  Result<std::vector<CsvRow>> csv = parse_csv(content, filename);
  if (!csv.ok()) return R::failure(csv.error());
  if (csv->empty()) return R::failure(located(filename, 1, "empty file: expected a header row"));
  const std::vector<std::string>& header = csv->front().fields;
  int c_notes = csv_column(header, "notes"), c_date = csv_column(header, "event_date"),
      c_type = csv_column(header, "event_type"), c_sub = csv_column(header, "sub_event_type"),
      c_fat = csv_column(header, "fatalities"), c_tp = csv_column(header, "time_precision"),
      c_admin1 = csv_column(header, "admin1"), c_lat = csv_column(header, "latitude"),
      c_lon = csv_column(header, "longitude"), c_id = csv_column(header, "event_id_cnty");
  for (auto [col, name] : {std::pair{c_notes, "notes"}, {c_date, "event_date"}, {c_type, "event_type"},
                           {c_sub, "sub_event_type"}, {c_fat, "fatalities"}})
    if (col < 0) return R::failure(located(filename, csv->front().line, std::string("missing column \"") + name + "\""));
  std::vector<AcledGoldRow> out;
  for (size_t r = 1; r < csv->size(); ++r) {
    const CsvRow& row = csv.value()[r];
    auto fail = [&](const std::string& why) { return R::failure(located(filename, row.line, why)); };
    if (row.fields.size() != header.size())
      return fail("expected " + std::to_string(header.size()) + " fields as in the header, found " +
                  std::to_string(row.fields.size()));
    auto field = [&](int col) { return col < 0 ? std::string() : row.fields[static_cast<size_t>(col)]; };
    AcledGoldRow g;
    g.line = row.line;
    g.id = c_id >= 0 && !field(c_id).empty() ? field(c_id) : "line " + std::to_string(row.line);
    g.notes = field(c_notes);
    g.text = strip_fatality_coding(g.notes);
    g.event_date = parse_acled_date(field(c_date));
    if (g.event_date.empty()) return fail("unreadable event_date \"" + field(c_date) + "\"");
    if (c_tp >= 0 && !trim(field(c_tp)).empty()) {
      auto tp = parse_int(field(c_tp));
      if (!tp || *tp < 1 || *tp > 3) return fail("time_precision must be 1, 2 or 3, not \"" + field(c_tp) + "\"");
      g.time_precision = *tp;
    }
    g.event_type = std::string(trim(field(c_type)));
    g.sub_event_type = std::string(trim(field(c_sub)));
    g.negative = is_no_event_label(g.sub_event_type);
    if (g.negative) {
      if (!is_no_event_label(g.event_type))
        return fail("event_type \"" + g.event_type + "\" without a sub_event_type (a negative row has neither)");
      g.event_type.clear();
      g.sub_event_type.clear();
    }
    g.admin1 = std::string(trim(field(c_admin1)));
    if (!(g.negative && trim(field(c_fat)).empty())) {
      auto fat = parse_int(field(c_fat));
      if (!fat || *fat < 0) return fail("fatalities must be a whole number, not \"" + field(c_fat) + "\"");
      g.fatalities = *fat;
    }
    g.fatalities_scored = !fatalities_unknown_or_split(g.notes);
    if (c_lat >= 0 && c_lon >= 0 && !trim(field(c_lat)).empty()) {
      g.lat = parse_double(field(c_lat));
      g.lon = parse_double(field(c_lon));
      if (!g.lat || !g.lon || std::fabs(*g.lat) > 90 || std::fabs(*g.lon) > 180)
        return fail("unreadable latitude/longitude \"" + field(c_lat) + "\", \"" + field(c_lon) + "\"");
    }
    out.push_back(std::move(g));
  }
  return out;
}

namespace {

std::optional<std::pair<double, double>> record_coordinates(const nlohmann::json& record) {
  const nlohmann::json& loc = object_field(record, "location");
  if (loc.is_null()) return std::nullopt;
  auto lat = loc.find("lat"), lon = loc.find("lon");
  if (lat == loc.end() || lon == loc.end() || !lat->is_number() || !lon->is_number()) return std::nullopt;
  return std::pair{lat->get<double>(), lon->get<double>()};
}

}  // namespace

int AcledComparison::wrong_fields() const {
  if (negative) return record < 0 ? 0 : 100;
  if (record < 0) return 100;
  int wrong = !event_type_ok + !sub_event_type_ok + !date_ok + !admin1_ok + !fatalities_exact;
  if (distance_km && *distance_km > 25) ++wrong;
  return wrong;
}

int nearest_acled_record(const AcledGoldRow& gold, const std::vector<nlohmann::json>& records) {
  std::vector<int> candidates;
  for (size_t i = 0; i < records.size(); ++i)
    if (is_default_status(records[i]) && !object_field(records[i], "acled").is_null())
      candidates.push_back(static_cast<int>(i));
  if (candidates.empty())
    for (size_t i = 0; i < records.size(); ++i)
      if (is_default_status(records[i])) candidates.push_back(static_cast<int>(i));
  if (candidates.empty()) return -1;
  int best = candidates.front();
  if (!gold.lat || !gold.lon) return best;
  double best_km = INFINITY;
  for (int i : candidates) {
    auto c = record_coordinates(records[static_cast<size_t>(i)]);
    if (!c) continue;
    double km = haversine_km(*gold.lat, *gold.lon, c->first, c->second);
    if (km < best_km) best_km = km, best = i;
  }
  return best;
}

AcledComparison compare_acled_row(const AcledGoldRow& gold, const std::vector<nlohmann::json>& records) {
  AcledComparison c;
  c.negative = gold.negative;
  c.record = nearest_acled_record(gold, records);
  if (c.record < 0) return c;
  const nlohmann::json& record = records[static_cast<size_t>(c.record)];
  const nlohmann::json& acled = object_field(record, "acled");
  c.event_type = string_field(acled, "event_type");
  c.sub_event_type = string_field(acled, "sub_event_type");
  if (gold.negative) {  // only what it wrongly yields matters
    if (acled.is_null()) c.record = -1;
    c.date = string_field(object_field(record, "date"), "value");
    c.admin1 = string_field(object_field(record, "location"), "admin1");
    return c;
  }
  c.event_type_ok = !c.event_type.empty() && lower(c.event_type) == lower(gold.event_type);
  c.sub_event_type_ok = !c.sub_event_type.empty() && lower(c.sub_event_type) == lower(gold.sub_event_type);
  if (auto f = acled.is_object() ? acled.find("fatalities") : acled.end();
      acled.is_object() && f != acled.end() && f->is_number_integer())
    c.fatalities = f->get<int>();
  if (c.fatalities) {
    c.fatalities_exact = *c.fatalities == gold.fatalities;
    c.fatalities_within_one = std::abs(*c.fatalities - gold.fatalities) <= 1;
  }
  c.date = string_field(object_field(record, "date"), "value");
  c.date_ok = acled_date_matches(gold.event_date, gold.time_precision, c.date);
  c.admin1 = string_field(object_field(record, "location"), "admin1");
  c.admin1_ok = !c.admin1.empty() && admin_name_key(c.admin1) == admin_name_key(gold.admin1);
  if (gold.lat && gold.lon)
    if (auto xy = record_coordinates(record)) c.distance_km = haversine_km(*gold.lat, *gold.lon, xy->first, xy->second);
  return c;
}

AcledSummary summarize_acled(const std::vector<AcledGoldRow>& gold, const std::vector<AcledComparison>& compared) {
  AcledSummary s;
  std::map<std::string, int> tp, fp, fn;
  std::set<std::string> labels;
  std::map<std::string, AcledLabelScore> with_none;
  std::vector<double> distances;
  for (size_t i = 0; i < gold.size() && i < compared.size(); ++i) {
    const AcledGoldRow& g = gold[i];
    const AcledComparison& c = compared[i];
    ++s.all_rows;
    {
      std::string gold_label = g.negative ? std::string(kNoEventLabel) : lower(g.sub_event_type);
      std::string pred_label = c.record < 0 || is_no_event_label(c.sub_event_type) ? std::string(kNoEventLabel)
                                                                                     : lower(c.sub_event_type);
      ++with_none[gold_label].gold;
      ++with_none[pred_label].predicted;
      if (gold_label == pred_label) {
        ++with_none[gold_label].correct;
        ++s.with_none_correct;
      }
    }
    if (g.negative) {
      ++s.negative_rows;
      s.negatives_yielding_nothing += c.record < 0;
      continue;
    }
    ++s.rows;
    s.rows_with_record += c.record >= 0;
    s.event_type_ok += c.event_type_ok;
    s.sub_event_type_ok += c.sub_event_type_ok;
    std::string gold_label = lower(g.sub_event_type), pred_label = lower(c.sub_event_type);
    labels.insert(gold_label);
    if (!pred_label.empty()) labels.insert(pred_label);
    if (gold_label == pred_label) {
      ++tp[gold_label];
    } else {
      ++fn[gold_label];
      if (!pred_label.empty()) ++fp[pred_label];
    }
    if (g.fatalities_scored) {
      ++s.fatality_rows;
      s.fatalities_exact += c.fatalities_exact;
      s.fatalities_within_one += c.fatalities_within_one;
    }
    s.date_ok += c.date_ok;
    if (!g.admin1.empty()) {
      ++s.admin1_rows;
      s.admin1_ok += c.admin1_ok;
    }
    if (g.lat && g.lon) {
      ++s.location_rows;
      if (c.distance_km) {
        ++s.located;
        distances.push_back(*c.distance_km);
        s.within_25km += *c.distance_km <= 25.0;
      }
    }
  }
  double f1_sum = 0;
  for (const std::string& label : labels) {
    int denominator = 2 * tp[label] + fp[label] + fn[label];
    f1_sum += denominator == 0 ? 0.0 : 2.0 * tp[label] / denominator;
  }
  s.sub_event_type_macro_f1 = labels.empty() ? 0.0 : f1_sum / static_cast<double>(labels.size());
  double f1_with_none = 0;
  for (auto& [label, score] : with_none) {
    score.label = label;
    f1_with_none += score.f1();
    s.labels_with_none.push_back(score);
  }
  s.sub_event_type_macro_f1_with_none =
      with_none.empty() ? 0.0 : f1_with_none / static_cast<double>(with_none.size());
  if (!distances.empty()) {
    std::sort(distances.begin(), distances.end());
    size_t n = distances.size();
    s.median_km = n % 2 ? distances[n / 2] : (distances[n / 2 - 1] + distances[n / 2]) / 2;
  }
  return s;
}

}  // namespace sitrep::eval
