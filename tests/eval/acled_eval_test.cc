// ACLED scoring (src/eval/acled_eval.h): the note's text, dates, distances, the nearest
// record, and a hand-made five-row CSV whose scores are worked out below.
#include "eval/acled_eval.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "eval/eval.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

const std::string kData = SITREP_SOURCE_DIR "/tests/eval/data/";

TEST(AcledNotes, FatalityCodingSentencesAreRemoved) {
  struct Case {
    const char* notes;
    const char* text;
  } cases[] = {
      {"On 5 September 2022, a bomb killed 6. Fatalities coded as 6.", "On 5 September 2022, a bomb killed 6."},
      {"Fatalities coded as 10 as reports range from 10 to 15. Gunmen killed villagers.", "Gunmen killed villagers."},
      {"Clashes in X. Fatalities are split across the 3 events. [size=no report]", "Clashes in X. [size=no report]"},
      {"Ten fatalities coded as unknown were reported.", "Ten fatalities coded as unknown were reported."},
      {"No fatality sentence here.", "No fatality sentence here."},
  };
  for (const Case& c : cases) EXPECT_EQ(strip_fatality_coding(c.notes), c.text) << c.notes;
}

TEST(AcledNotes, UnknownOrSplitFiguresAreLeftOut) {
  struct Case {
    const char* notes;
    bool left_out;
  } cases[] = {
      {"Fatalities unknown.", true},
      {"An unknown number of people were killed.", true},
      {"Fatalities are split across the 3 events.", true},
      {"Fatalities split between two locations.", true},
      {"Two people were killed. Fatalities coded as 2.", false},
      {"The attackers' identity is unknown. Nobody was hurt.", false},  // unknown, but not the figure
  };
  for (const Case& c : cases) EXPECT_EQ(fatalities_unknown_or_split(c.notes), c.left_out) << c.notes;
}

TEST(AcledDates, FormsAndPrecision) {
  EXPECT_EQ(parse_acled_date("2022-09-05"), "2022-09-05");
  EXPECT_EQ(parse_acled_date("05 September 2022"), "2022-09-05");
  EXPECT_EQ(parse_acled_date("5-September-2022"), "2022-09-05");
  EXPECT_EQ(parse_acled_date("05 Sep 2022"), "2022-09-05");
  EXPECT_EQ(parse_acled_date("Sept 5"), "");
  struct Case {
    const char* gold;
    int precision;
    const char* pred;
    bool ok;
  } cases[] = {
      {"2022-09-05", 1, "2022-09-05", true},  {"2022-09-05", 1, "2022-09-04", false},
      {"2022-09-05", 2, "2022-08-30", true},  // 6 days before: in the week up to the gold date
      {"2022-09-05", 2, "2022-08-29", false}, {"2022-09-05", 2, "2022-09-06", false},
      {"2022-03-01", 2, "2022-02-24", true},  // across a month end
      {"2022-09-05", 3, "2022-09-28", true},  {"2022-09-05", 3, "2022-10-01", false},
      {"2022-09-05", 1, "", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(acled_date_matches(c.gold, c.precision, c.pred), c.ok) << c.gold << " p" << c.precision << " " << c.pred;
}

TEST(AcledDistance, Haversine) {
  EXPECT_NEAR(haversine_km(34.5167, 69.1833, 34.5167, 69.1833), 0.0, 1e-9);
  EXPECT_NEAR(haversine_km(0, 0, 0, 1), 111.195, 0.01);  // one degree on the equator
  // Kabul - Kandahar; 458.628 km by the spherical law of cosines, computed independently.
  EXPECT_NEAR(haversine_km(34.5553, 69.2075, 31.6289, 65.7372), 458.628, 0.001);
}

TEST(AcledNearest, PrefersRecordsWithAnAcledViewThenDistance) {
  AcledGoldRow gold;
  gold.lat = 34.5, gold.lon = 69.2;
  std::vector<json> records = {
      json::parse(R"({"status": "reported", "acled": null, "location": {"lat": 34.5, "lon": 69.2}})"),
      json::parse(R"({"status": "threatened", "acled": {"event_type": "Battles"}, "location": {"lat": 34.5, "lon": 69.2}})"),
      json::parse(R"({"status": "reported", "acled": {"event_type": "Battles"}, "location": {"lat": 35.0, "lon": 69.2}})"),
      json::parse(R"({"status": "attempted", "acled": {"event_type": "Battles"}, "location": {"lat": 34.6, "lon": 69.2}})"),
  };
  EXPECT_EQ(nearest_acled_record(gold, records), 3);
  gold.lat.reset();
  EXPECT_EQ(nearest_acled_record(gold, records), 2);  // no coordinates: the first candidate
  EXPECT_EQ(nearest_acled_record(gold, {records[1]}), -1);  // threatened: not an ACLED event
  EXPECT_EQ(nearest_acled_record(gold, {records[0]}), 0);   // no ACLED view: any reported record
}

// tests/eval/data/acled_small.csv, with these records per note:
//   AFG1 (also AFG4's note): rec0 exact at AFG1's place, 6 dead; rec1 near AFG4, 5 dead.
//   AFG2: Armed clash dated 2022-09-01 (time precision 2: the week up to 09-05 counts),
//         ~94.8 km away. Its figure is unknown: left out.
//   AFG3: Attack dated 09-05 (gold 09-06: wrong), ~9.2 km away. Figure split: left out.
//   AFG5: no record.
std::map<std::string, std::vector<json>> acled_records() {
  auto rec = [](const char* type, const char* sub, int dead, const char* date, const char* admin1, double lat, double lon) {
    return json{{"status", "reported"},
                {"acled", {{"event_type", type}, {"sub_event_type", sub}, {"fatalities", dead}}},
                {"date", {{"value", date}, {"precision", "day"}}},
                {"location", {{"admin1", admin1}, {"lat", lat}, {"lon", lon}}}};
  };
  return {
      {"AFG1", {rec("Explosions/Remote violence", "Suicide bomb", 6, "2022-09-05", "Kabul Province", 34.5167, 69.1833),
                rec("Explosions/Remote violence", "Suicide bomb", 5, "2022-09-05", "Kabul", 34.61, 69.31)}},
      {"AFG2", {rec("Battles", "Armed clash", 3, "2022-09-01", "Kandahar", 31.61, 66.71)}},
      {"AFG3", {rec("Violence against civilians", "Attack", 3, "2022-09-05", "Nangarhar", 34.43, 70.55)}},
  };
}

TEST(AcledScore, HandMadeCsv) {
  Result<std::string> content = read_text_file(kData + "acled_small.csv");
  ASSERT_TRUE(content.ok());
  Result<std::vector<AcledGoldRow>> rows = parse_acled_csv(content.value(), "acled_small.csv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_EQ(rows->size(), 5u);
  const AcledGoldRow& r1 = rows.value()[0];
  EXPECT_EQ(r1.text,
            "On 5 September 2022, a suicide bomber detonated an explosive vest near the Russian embassy in Kabul city, "
            "killing 6 people, including 2 \"Russian\" diplomats.");
  EXPECT_TRUE(r1.fatalities_scored);
  EXPECT_EQ(rows.value()[1].event_date, "2022-09-05");
  EXPECT_EQ(rows.value()[1].time_precision, 2);
  EXPECT_EQ(rows.value()[1].line, 3);
  EXPECT_FALSE(rows.value()[1].fatalities_scored);  // "an unknown number"
  EXPECT_FALSE(rows.value()[2].fatalities_scored);  // "split across"
  EXPECT_EQ(rows.value()[3].line, 6);               // the quoted newline made row 2 two lines

  auto records = acled_records();
  std::vector<AcledComparison> compared;
  for (const AcledGoldRow& row : rows.value()) {
    std::string doc = row.id == "AFG4" ? "AFG1" : row.id;
    compared.push_back(compare_acled_row(row, records[doc]));
  }
  EXPECT_EQ(compared[0].record, 0);
  EXPECT_EQ(compared[3].record, 1);  // the nearest of the note's two records
  EXPECT_EQ(compared[4].record, -1);
  AcledSummary s = summarize_acled(rows.value(), compared);
  EXPECT_EQ(s.rows, 5);
  EXPECT_EQ(s.rows_with_record, 4);
  EXPECT_EQ(s.event_type_ok, 4);     // all but AFG5
  EXPECT_EQ(s.sub_event_type_ok, 4);
  // Sub-types: suicide bomb 2/2, armed clash 1/1, attack 1/1 (F1 1 each), peaceful protest
  // missed (F1 0): macro-F1 = 3/4.
  EXPECT_DOUBLE_EQ(s.sub_event_type_macro_f1, 0.75);
  EXPECT_EQ(s.fatality_rows, 3);            // AFG1, AFG4, AFG5
  EXPECT_EQ(s.fatalities_exact, 1);         // AFG1 (AFG4 has 5 for 6, AFG5 nothing)
  EXPECT_EQ(s.fatalities_within_one, 2);    // AFG1, AFG4
  EXPECT_EQ(s.date_ok, 3);                  // AFG1, AFG2 (week), AFG4
  EXPECT_EQ(s.admin1_rows, 5);
  EXPECT_EQ(s.admin1_ok, 4);                // "Kabul Province" = "Kabul"
  EXPECT_EQ(s.location_rows, 5);
  EXPECT_EQ(s.located, 4);
  EXPECT_EQ(s.within_25km, 3);              // 0 km, ~1.4 km, ~9.2 km; not ~94.8 km
  double d4 = haversine_km(34.60, 69.30, 34.61, 69.31), d3 = haversine_km(34.43, 70.45, 34.43, 70.55);
  EXPECT_NEAR(d3, 9.2, 0.1);
  EXPECT_DOUBLE_EQ(s.median_km, (d4 + d3) / 2);
}

TEST(AcledScore, RunReportsCountsAndCallsExtractionOncePerNote) {
  auto records = acled_records();
  std::vector<std::pair<std::string, std::string>> calls;
  Extractor extract = [&](const std::string& id, const std::string& text, const std::string& date) {
    calls.emplace_back(id, date);
    EXPECT_EQ(text.find("Fatalities coded"), std::string::npos);
    return records[id];
  };
  Args a;
  a.format = "acled";
  a.gold = kData + "acled_small.csv";
  a.json = true;
  std::ostringstream out, err;
  ASSERT_EQ(run(a, extract, out, err), 0) << err.str();
  ASSERT_EQ(calls.size(), 4u);  // AFG4's note is AFG1's
  EXPECT_EQ(calls[1], std::make_pair(std::string("AFG2"), std::string("2022-09-05")));  // gold date as publication date
  json r = json::parse(out.str());
  EXPECT_EQ(r["event_type"]["correct"], 4);
  EXPECT_EQ(r["fatalities"]["rows"], 3);
  EXPECT_EQ(r["fatalities"]["left_out"], 2);
  EXPECT_EQ(r["fatalities"]["within_one"], 2);
  EXPECT_EQ(r["date"]["correct"], 3);
  EXPECT_EQ(r["location"]["within_25km"], 3);

  a.json = false;
  a.errors = 1;
  std::ostringstream text_out;
  ASSERT_EQ(run(a, extract, text_out, err), 0);
  EXPECT_NE(text_out.str().find("event_type             4/5 (80.00%)"), std::string::npos) << text_out.str();
  EXPECT_NE(text_out.str().find("worst 1 row(s):\n\nAFG5 (line 7): no record"), std::string::npos) << text_out.str();
}

// tests/eval/data/acled_snippets_small.csv: news snippets dated by their publication date,
// with these records per snippet:
//   S1 (Peaceful protest): a Peaceful protest record: right.
//   S2 (Suicide bomb): no record: predicts none.
//   S3 (negative, sports): no record: rightly nothing.
//   S4 (negative, kitchen explosion): a reported IED record: wrongly yields one.
//   S5 (negative, takeover bid): a reported record whose ACLED view is null: counts as nothing.
//   S6 (negative, anniversary): a background record with an ACLED view: not of default status.
std::map<std::string, std::vector<json>> snippet_records() {
  auto rec = [](const char* status, json acled) {
    return json{{"status", status},
                {"acled", acled},
                {"date", {{"value", "2019-03-11"}, {"precision", "day"}}},
                {"location", {{"admin1", "Nairobi"}}}};
  };
  json protest = {{"event_type", "Protests"}, {"sub_event_type", "Peaceful protest"}, {"fatalities", 0}};
  json ied = {{"event_type", "Explosions/Remote violence"}, {"sub_event_type", "Remote explosive/landmine/IED"},
              {"fatalities", 0}};
  json bomb = {{"event_type", "Explosions/Remote violence"}, {"sub_event_type", "Suicide bomb"}, {"fatalities", 191}};
  return {{"S1", {rec("reported", protest)}}, {"S2", {}},                         {"S3", {}},
          {"S4", {rec("reported", ied)}},     {"S5", {rec("reported", nullptr)}}, {"S6", {rec("background", bomb)}}};
}

TEST(AcledNegatives, RowsWithoutASubEventTypeAreNegatives) {
  Result<std::string> content = read_text_file(kData + "acled_snippets_small.csv");
  ASSERT_TRUE(content.ok());
  Result<std::vector<AcledGoldRow>> rows = parse_acled_csv(content.value(), "acled_snippets_small.csv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  ASSERT_EQ(rows->size(), 6u);
  struct Case {
    const char* id;
    bool negative;
    const char* event_type;
    int fatalities;
  } cases[] = {
      {"S1", false, "Protests", 0},
      {"S2", false, "Explosions/Remote violence", 18},
      {"S3", true, "", 0},  // empty sub_event_type, empty fatalities
      {"S4", true, "", 0},  // "none"
      {"S5", true, "", 0},  // "NONE", event_type "None"
      {"S6", true, "", 0},
  };
  for (size_t i = 0; i < rows->size(); ++i) {
    const AcledGoldRow& r = rows.value()[i];
    EXPECT_EQ(r.id, cases[i].id);
    EXPECT_EQ(r.negative, cases[i].negative) << r.id;
    EXPECT_EQ(r.event_type, cases[i].event_type) << r.id;
    EXPECT_EQ(r.sub_event_type.empty(), cases[i].negative) << r.id;
    EXPECT_EQ(r.fatalities, cases[i].fatalities) << r.id;
  }
  // A headline line then the story: the snippet is the whole quoted field.
  EXPECT_EQ(rows.value()[1].text.rfind("Car bomber hits U.N. offices in Abuja\nABUJA (Reuters) - ", 0), 0u);
  EXPECT_EQ(rows.value()[1].event_date, "2011-08-27");
  EXPECT_EQ(rows.value()[1].time_precision, 2);

  const std::string header = "event_date,event_type,sub_event_type,notes,fatalities\n";
  struct Bad {
    std::string content;
    std::string error;
  } bad[] = {
      {header + "2022-09-05,Battles,,x,1\n", "f:2: event_type \"Battles\" without a sub_event_type"},
      {header + "2022-09-05,Battles,Armed clash,x,\n", "f:2: fatalities must be a whole number"},  // positive
      {header + "2022-09-05,none,none,x,-1\n", "f:2: fatalities must be a whole number"},
  };
  for (const Bad& b : bad) {
    Result<std::vector<AcledGoldRow>> r = parse_acled_csv(b.content, "f");
    ASSERT_FALSE(r.ok()) << b.content;
    EXPECT_EQ(r.error().rfind(b.error, 0), 0u) << r.error();
  }
}

TEST(AcledNegatives, ScoresWithANoneClass) {
  Result<std::string> content = read_text_file(kData + "acled_snippets_small.csv");
  ASSERT_TRUE(content.ok());
  Result<std::vector<AcledGoldRow>> rows = parse_acled_csv(content.value(), "acled_snippets_small.csv");
  ASSERT_TRUE(rows.ok()) << rows.error();
  auto records = snippet_records();
  std::vector<AcledComparison> compared;
  for (const AcledGoldRow& row : rows.value()) compared.push_back(compare_acled_row(row, records[row.id]));
  struct Case {
    int record;
    int wrong_fields;
  } cases[] = {{0, 0}, {-1, 100}, {-1, 0}, {0, 100}, {-1, 0}, {-1, 0}};
  for (size_t i = 0; i < compared.size(); ++i) {
    EXPECT_EQ(compared[i].record, cases[i].record) << rows.value()[i].id;
    EXPECT_EQ(compared[i].wrong_fields(), cases[i].wrong_fields) << rows.value()[i].id;
  }
  EXPECT_EQ(compared[3].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_FALSE(compared[3].sub_event_type_ok);

  AcledSummary s = summarize_acled(rows.value(), compared);
  // Positive rows only, as before negatives existed.
  EXPECT_EQ(s.rows, 2);
  EXPECT_EQ(s.rows_with_record, 1);
  EXPECT_EQ(s.event_type_ok, 1);
  EXPECT_EQ(s.sub_event_type_ok, 1);
  EXPECT_DOUBLE_EQ(s.sub_event_type_macro_f1, 0.5);  // peaceful protest 1, suicide bomb 0
  EXPECT_EQ(s.fatality_rows, 2);
  EXPECT_EQ(s.admin1_rows, 2);
  EXPECT_EQ(s.location_rows, 0);
  // Negatives.
  EXPECT_EQ(s.negative_rows, 4);
  EXPECT_EQ(s.negatives_yielding_nothing, 3);  // S3, S5, S6
  // With none: peaceful protest 1/1/1 (F1 1); suicide bomb 1 gold, 0 predicted (0); none 4
  // gold (S3-S6), 4 predicted (S2, S3, S5, S6), 3 correct (F1 6/8); IED 0 gold, 1 predicted
  // (0): macro-F1 = (1 + 0 + 0.75 + 0) / 4.
  EXPECT_EQ(s.all_rows, 6);
  EXPECT_EQ(s.with_none_correct, 4);
  EXPECT_DOUBLE_EQ(s.sub_event_type_macro_f1_with_none, 0.4375);
  ASSERT_EQ(s.labels_with_none.size(), 4u);
  EXPECT_EQ(s.labels_with_none[0].label, "none");
  EXPECT_EQ(s.labels_with_none[0].gold, 4);
  EXPECT_EQ(s.labels_with_none[0].predicted, 4);
  EXPECT_EQ(s.labels_with_none[0].correct, 3);
  EXPECT_EQ(s.labels_with_none[1].label, "peaceful protest");
  EXPECT_EQ(s.labels_with_none[2].label, "remote explosive/landmine/ied");
  EXPECT_DOUBLE_EQ(s.labels_with_none[2].f1(), 0.0);
  EXPECT_EQ(s.labels_with_none[3].label, "suicide bomb");
}

TEST(AcledNegatives, ReportShowsNegativeLinesOnlyWhenThereAreNegatives) {
  auto snippets = snippet_records();
  auto notes = acled_records();
  Extractor extract = [&](const std::string& id, const std::string&, const std::string&) {
    return id[0] == 'S' ? snippets[id] : notes[id];
  };
  Args a;
  a.format = "acled";
  a.gold = kData + "acled_snippets_small.csv";
  a.json = true;
  std::ostringstream out, err;
  ASSERT_EQ(run(a, extract, out, err), 0) << err.str();
  json r = json::parse(out.str());
  EXPECT_EQ(r["rows"], 2);
  EXPECT_EQ(r["negatives"]["rows"], 4);
  EXPECT_EQ(r["negatives"]["yielding_nothing"], 3);
  EXPECT_DOUBLE_EQ(r["sub_event_type_with_none"]["macro_f1"].get<double>(), 0.4375);
  EXPECT_EQ(r["sub_event_type_with_none"]["per_type"].size(), 4u);

  a.json = false;
  a.errors = 5;
  std::ostringstream text;
  ASSERT_EQ(run(a, extract, text, err), 0);
  // The line that starts with `label` (after spaces), or "".
  auto line_of = [](const std::string& report, const std::string& label) {
    std::istringstream in(report);
    for (std::string line; std::getline(in, line);)
      if (line.find_first_not_of(' ') != std::string::npos && line.compare(line.find_first_not_of(' '), label.size(), label) == 0)
        return line;
    return std::string();
  };
  struct Case {
    const char* label;
    const char* value;
  } lines[] = {
      {"ACLED scores:", "2 gold rows and 4 negative rows in 6 notes, 1 compared with a record"},
      {"negatives yielding nothing", "3/4 (75.00%)"},
      {"sub_event_type with none ", "4/6 (66.67%)"},
      {"sub_event_type with none ", "macro-F1 43.75 with a none class"},
      {"none ", "4  "},  // per type: gold, predicted, correct, F1
      {"none ", "75.00"},
      {"suicide bomb", "0.00"},
      {"worst 2 row(s):", ""},  // S2 and S4; S1 and the rightly empty negatives are not shown
      {"S2 (line 3)", ": no record"},
      {"S4 (line 6)", ": record 0"},
      {"negative (no political violence or demonstration), yields:",
       "Explosions/Remote violence / Remote explosive/landmine/IED, dated 2019-03-11"},
  };
  for (const Case& c : lines)
    EXPECT_NE(line_of(text.str(), c.label).find(c.value), std::string::npos) << c.label << "\n" << text.str();
  EXPECT_EQ(line_of(text.str(), "S1 ("), "");
  EXPECT_EQ(line_of(text.str(), "S3 ("), "");

  // Without negatives: none of the new lines.
  a.gold = kData + "acled_small.csv";
  a.json = false;
  std::ostringstream plain;
  ASSERT_EQ(run(a, extract, plain, err), 0);
  EXPECT_NE(plain.str().find("ACLED scores: 5 gold rows in 4 notes, 4 compared with a record\n"), std::string::npos)
      << plain.str();
  EXPECT_EQ(plain.str().find("negative"), std::string::npos) << plain.str();
  EXPECT_EQ(plain.str().find("none"), std::string::npos) << plain.str();
  a.json = true;
  std::ostringstream plain_json;
  ASSERT_EQ(run(a, extract, plain_json, err), 0);
  json pj = json::parse(plain_json.str());
  EXPECT_FALSE(pj.contains("negatives"));
  EXPECT_FALSE(pj.contains("sub_event_type_with_none"));
}

TEST(AcledScore, MalformedRowsNameTheLine) {
  const std::string header = "event_date,event_type,sub_event_type,notes,fatalities,latitude,longitude\n";
  struct Case {
    std::string content;
    std::string error;
  } cases[] = {
      {"event_date,event_type,notes,fatalities\n", "f:1: missing column \"sub_event_type\""},
      {header + "2022-09-05,Battles,Armed clash,x,1,1,1\nsoon,Battles,Armed clash,x,1,1,1\n", "f:3: unreadable event_date"},
      {header + "2022-09-05,Battles,Armed clash,x,many,1,1\n", "f:2: fatalities must be a whole number"},
      {header + "2022-09-05,Battles,Armed clash,x,1,north,1\n", "f:2: unreadable latitude/longitude"},
      {header + "2022-09-05,Battles,Armed clash,x,1\n", "f:2: expected 7 fields"},
      {"", "f:1: empty file"},
  };
  for (const Case& c : cases) {
    Result<std::vector<AcledGoldRow>> r = parse_acled_csv(c.content, "f");
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_EQ(r.error().rfind(c.error, 0), 0u) << r.error();
  }
}

}  // namespace
}  // namespace sitrep::eval
