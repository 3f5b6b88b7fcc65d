// Status of acts told beside a threat or a date to come (test-only table): a threat in a
// relative clause on the victim ("a journalist who had received death threats was shot
// dead") does not govern the sentence's main verb, a threat the act is the object of
// ("threatened to kill") does; an act dated after the report ("for tomorrow", "next
// Monday") is announced, not done; a bare "defender" is no sports word ("a human rights
// defender"). Rendered as "kind/status" per record, all statuses, " ; "-separated.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct StatusCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string record_statuses(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += " ; ";
    out += r["kind"].get<std::string>() + "/" + r["status"].get<std::string>();
  }
  return out;
}

class RelativeThreatStatus : public ::testing::TestWithParam<StatusCase> {};

TEST_P(RelativeThreatStatus, Records) {
  EXPECT_EQ(record_statuses(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const StatusCase kCases[] = {
    // A threat the victim had received, told in a relative clause: one killing, reported.
    {"A radio journalist who had received death threats was shot dead in Cebu on Tuesday.", "2023-03-08",
     "shooting/reported"},
    {"A SOCIAL LEADER WHO HAD RECEIVED THREATS FROM PARAMILITARIES WAS MURDERED IN TUMACO YESTERDAY.", "1998-05-14",
     "attack/reported"},
    {"Gunmen killed an environmental activist who had been threatened by loggers in Maranhao on Sunday.", "2019-07-02",
     "shooting/reported"},
    {"Police said the lawyer, who had reported threats to the authorities, was stabbed to death in Lahore on Sunday.",
     "2021-10-11", "stabbing/reported"},
    // The threat governs an act told as its object: still a threat.
    {"The cartel threatened to kill the mayor of Apatzingan on Monday.", "2011-02-15", "threat/threatened"},
    {"Rebels who threatened to attack Goma on Monday were seen north of the town.", "2011-02-15", "threat/threatened"},
    // An act dated after the report is announced (MUC-4 THREATENED); one dated before is done.
    {"THE FARC HAS CALLED AN ARMED STRIKE IN CAQUETA FOR TOMORROW.", "1991-04-09", "forced_work_stoppage/threatened"},
    {"Maoist rebels have called a general strike across Nepal for next Monday.", "2005-11-21",
     "general_strike/threatened"},
    {"Maoist rebels attacked a police post in Dang on Sunday.", "2005-11-21", "attack/reported"},
    {"GUNMEN HIRED BY THE MEDELLIN CARTEL TODAY KILLED A JUDGE IN MEDELLIN.", "1989-08-19", "shooting/reported"},
    // A past verb tells a done act even when its date, read without a year, falls later.
    {"ASSAILANTS KILLED A PEASANT LEADER IN CHALATENANGO ON 12 JANUARY.", "1990-01-09", "attack/reported"},
    // "defender" names rights and land activists; a player's position keeps its own words.
    {"Two men on a motorbike killed a human rights defender in Mindanao on Friday.", "2020-08-21", "attack/reported"},
    {"GUNMEN KILLED AN ENVIRONMENTAL DEFENDER IN OAXACA ON SATURDAY.", "2017-01-16", "shooting/reported"},
    {"Masked men killed two land defenders in Bajo Aguan, Honduras, on Sunday.", "2022-09-12", "attack/reported"},
    {"The central defender shot wide twice before the break and Arsenal lost 2-1 on Saturday.", "2023-10-02", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, RelativeThreatStatus, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
