// Table tests for issue 4, any casing: a report in all capitals (wire and radio copy,
// headlines) yields the same place and ACLED actors as the same report in mixed case. Each
// row is run as written and upper-cased; both must give the expected rendering.
//
// A record renders as "PLACE/CC | actor1 | actor2" ("-" for a missing value), from the
// first record the pipeline prints.
#include <gtest/gtest.h>

#include <string>

#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  return s;
}

std::string render(const std::string& text, const std::string& date) {
  ExtractResult res = test::extract_text(text, date, false);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  auto s = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string("-"); };
  std::string out = r["location"].is_null() ? "-" : s(r["location"]["name"]) + "/" + s(r["location"]["country"]);
  if (r["acled"].is_null()) return out + " | - | -";
  return out + " | " + s(r["acled"]["actor1"]) + " | " + s(r["acled"]["actor2"]);
}

class AnyCasing : public ::testing::TestWithParam<Case> {};

TEST_P(AnyCasing, CapitalsReadAsMixedCase) {
  const Case& c = GetParam();
  EXPECT_EQ(render(c.text, c.date), c.expected) << c.text;
  EXPECT_EQ(render(upper(c.text), c.date), c.expected) << upper(c.text);
}

const Case kCases[] = {
    // "the village(s)" is prose, not The Villages, Florida, nor The Village, Oklahoma.
    {"Rebels burned homes in the villages near Beni on Sunday, killing seven people, local officials said.",
     "2019-03-04",
     "Beni/CD | Unidentified Armed Group (Democratic Republic of Congo) | Civilians (Democratic Republic of Congo)"},
    {"Gunmen killed a farmer in the village, the army said.", "2016-08-02", "- | Unidentified Armed Group | Civilians"},
    {"The villages were attacked by gunmen on Monday, killing five people.", "2008-11-20",
     "- | Unidentified Armed Group | Civilians"},
    // "at home" is an idiom, "north" a direction: not the towns called Home and North.
    {"The victims were shot at home in Medellin on Saturday, police said.", "1994-07-11",
     "Medellín/CO | - | Civilians (Colombia)"},
    {"Troops fought insurgents in north and east Syria on Wednesday.", "2019-10-17",
     "Syria/SY | Military Forces of Syria | -"},
    // A force named by a common noun is a state force, not an unknown group "SECURITY FORCES".
    {"Security forces dispersed a march by opposition supporters in Kampala on Tuesday, arresting 20 people.",
     "2021-01-14", "Kampala/UG | Military Forces of Uganda | -"},
    {"Security forces shot dead three protesters in Khartoum on Thursday.", "2019-06-06",
     "Khartoum/SD | Protesters (Sudan) | Military Forces of Sudan"},
    {"Security forces killed five militants in Borno on Friday.", "2015-05-22",
     "Borno State/NG | Military Forces of Nigeria | Unidentified Armed Group (Nigeria)"},
    {"Government forces shelled rebel positions near Aleppo on Friday, killing nine civilians.", "2013-02-01",
     "Aleppo/SY | Military Forces of Syria | Unidentified Armed Group (Syria)"},
};

INSTANTIATE_TEST_SUITE_P(Table, AnyCasing, ::testing::ValuesIn(kCases));

// The targets of the first record (all statuses): "WORDS:KIND" each, ","-separated, compared
// lower-cased: a place or an actor before the facility word belongs to its words in
// capitals as the capitalised name does in mixed case.
std::string targets(const std::string& text, const std::string& date) {
  ExtractResult res = test::extract_text(text, date, true);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& t : r["targets"])
    out += (out.empty() ? "" : ",") + t["text"].get<std::string>() + ":" + t["kind"].get<std::string>();
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

class AnyCasingTargets : public ::testing::TestWithParam<Case> {};

TEST_P(AnyCasingTargets, PlaceBeforeTheFacility) {
  const Case& c = GetParam();
  EXPECT_EQ(targets(c.text, c.date), c.expected) << c.text;
  EXPECT_EQ(targets(upper(c.text), c.date), c.expected) << upper(c.text);
}

const Case kTargetCases[] = {
    {"Two suicide bombers attacked Herat airport on Thursday, killing 13 soldiers.", "2021-08-27",
     "herat airport:transport"},
    {"A bomb threat forced the evacuation of Brussels airport on Monday.", "2016-04-04", "brussels airport:transport"},
    {"Rebels attacked a Taliban checkpoint in Kunduz on Sunday.", "1998-09-13", "taliban checkpoint:military"},
};

INSTANTIATE_TEST_SUITE_P(Table, AnyCasingTargets, ::testing::ValuesIn(kTargetCases));

// The status and date of the first record (all statuses): "STATUS YYYY-MM-DD" ("-" for no
// date). "May" and "March" alone are months only where case or a cue says so: in capitals
// "LAST MARCH," and "IN LATE MAY" are dates, "THIS MAY BE" is the modal.
std::string status_date(const std::string& text, const std::string& date) {
  ExtractResult res = test::extract_text(text, date, true);
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  return r["status"].get<std::string>() + " " +
         (r["date"].is_null() || r["date"]["value"].is_null() ? std::string("-")
                                                              : r["date"]["value"].get<std::string>());
}

class AnyCasingMonths : public ::testing::TestWithParam<Case> {};

TEST_P(AnyCasingMonths, MonthAfterATimeCue) {
  const Case& c = GetParam();
  EXPECT_EQ(status_date(c.text, c.date), c.expected) << c.text;
  EXPECT_EQ(status_date(upper(c.text), c.date), c.expected) << upper(c.text);
}

const Case kMonthCases[] = {
    {"Last March, a car bomb killed 20 people in Mogadishu.", "2018-06-20", "background 2018-03-15"},
    {"In late May, gunmen killed four peasants in Cuzco.", "1990-06-20", "reported 1990-05-15"},
    {"This may be the worst attack: gunmen killed four people in Karachi.", "2011-06-20", "reported -"},
};

INSTANTIATE_TEST_SUITE_P(Table, AnyCasingMonths, ::testing::ValuesIn(kMonthCases));

}  // namespace
}  // namespace sitrep
