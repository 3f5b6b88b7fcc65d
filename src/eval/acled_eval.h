// ACLED scoring (SPEC section 7): gold rows from an ACLED CSV export, each compared with the
// record of its document (the row's notes) nearest to it. Takes rows and records, hands out
// per-row comparisons and their summary; no I/O besides parsing the CSV's bytes.
// A row without a sub-event type (empty or `none`) is a negative: a text about no political
// violence or demonstration, which must yield no record with an ACLED view.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/result.h"

namespace sitrep::eval {

struct AcledGoldRow {
  int line = 0;
  std::string id;     // event_id_cnty, or "line N"
  std::string notes;  // as in the CSV
  std::string text;   // the notes without ACLED's fatality-coding sentences: what is extracted
  std::string event_date;  // YYYY-MM-DD
  int time_precision = 1;
  std::string event_type, sub_event_type, admin1;
  int fatalities = 0;
  bool fatalities_scored = true;  // false when the note says the figure is unknown or split
  std::optional<double> lat, lon;
  bool negative = false;  // no sub_event_type (empty or "none"): the text must yield no record
};

// The label of a row or prediction without a sub-event type in the macro-F1 with negatives.
inline constexpr std::string_view kNoEventLabel = "none";

// Needs the columns notes, event_date, event_type, sub_event_type, fatalities; reads
// time_precision, admin1, latitude, longitude, event_id_cnty when present. Dates may be
// 2022-09-05, 05 September 2022 or 05-September-2022. A row whose sub_event_type is empty or
// `none` (any case) is a negative: its event_type must be empty or `none` too, and its
// fatalities may be empty. Errors name the file and line.
Result<std::vector<AcledGoldRow>> parse_acled_csv(std::string_view content, std::string_view filename);

// Removes the sentences in which ACLED explains its fatality coding ("Fatalities coded as
// ...", "Fatalities are split across ...").
std::string strip_fatality_coding(std::string_view notes);

// True when the note says the reported figure is unknown or split across events: such rows
// are left out of the fatality score.
bool fatalities_unknown_or_split(std::string_view notes);

// YYYY-MM-DD from ACLED's date forms, or "".
std::string parse_acled_date(std::string_view date);

// Days since 1970-01-01 of a YYYY-MM-DD date; nullopt if malformed.
std::optional<long> days_of_iso_date(std::string_view iso);

// Great-circle distance in km (mean Earth radius 6371.0088 km).
double haversine_km(double lat1, double lon1, double lat2, double lon2);

// ACLED's time precision: 1 the day; 2 any date in the week up to the gold date (gold - 6
// days .. gold); 3 the same month.
bool acled_date_matches(std::string_view gold_iso, int time_precision, std::string_view predicted_iso);

struct AcledComparison {
  int record = -1;  // index into the document's records, -1 when it has none to compare
  std::string event_type, sub_event_type, date, admin1;  // predicted
  std::optional<int> fatalities;                          // predicted (acled view)
  std::optional<double> distance_km;
  bool event_type_ok = false, sub_event_type_ok = false, date_ok = false, admin1_ok = false;
  bool fatalities_exact = false, fatalities_within_one = false;
  bool negative = false;  // the gold row is a negative; `record` is then the record it wrongly yields
  int wrong_fields() const;  // for ranking the worst rows
};

// The record nearest to the gold row among the document's records of default status with an
// ACLED view (falling back to any record of default status): the smallest distance when
// coordinates are known on both sides, else the first such record.
int nearest_acled_record(const AcledGoldRow& gold, const std::vector<nlohmann::json>& records);

// For a negative row, `record` is the nearest record of default status whose ACLED view is
// not null (-1 when there is none: the text rightly yields nothing) and every *_ok is false;
// a record whose ACLED view is null counts as nothing.
AcledComparison compare_acled_row(const AcledGoldRow& gold, const std::vector<nlohmann::json>& records);

// One sub-event type (or `none`) in the confusion of all rows, negatives included.
struct AcledLabelScore {
  std::string label;  // lower case, as compared
  int gold = 0, predicted = 0, correct = 0;
  double f1() const { return gold + predicted == 0 ? 0.0 : 2.0 * correct / (gold + predicted); }
};

// The fields up to `within_25km` count positive rows only, so a file without negatives scores
// as before negatives existed; the rest count negatives too.
struct AcledSummary {
  int rows = 0, rows_with_record = 0;  // positive rows
  int event_type_ok = 0, sub_event_type_ok = 0;
  double sub_event_type_macro_f1 = 0;  // over the sub-types in gold or predicted
  int fatality_rows = 0, fatalities_exact = 0, fatalities_within_one = 0;
  int date_ok = 0;
  int admin1_rows = 0, admin1_ok = 0;
  int location_rows = 0;         // gold rows with coordinates
  int located = 0;               // ... whose record has coordinates too
  double median_km = 0;          // over `located`
  int within_25km = 0;           // over `location_rows` (no coordinates = not within)

  int negative_rows = 0, negatives_yielding_nothing = 0;
  // Over all rows with `none` as a label: a positive row yielding no record (or one without
  // an ACLED view) predicts `none`, a negative row yielding a record predicts its sub-type.
  int all_rows = 0, with_none_correct = 0;
  double sub_event_type_macro_f1_with_none = 0;  // over the labels in gold or predicted
  std::vector<AcledLabelScore> labels_with_none;  // sorted by label
};

AcledSummary summarize_acled(const std::vector<AcledGoldRow>& gold, const std::vector<AcledComparison>& compared);

}  // namespace sitrep::eval
