// Perpetrators and claims (test-only table): a force that is the object of targeting is
// struck, never the doer ("a car bomb targeting a police convoy"); "X responded/retaliated
// with <attack> / by <gerund>" makes X the doer; "X said they had <act>" is a claim only
// for an armed group's violent act of this incident (a force's report of its own arrest
// or raid is no claim, and the arson the suspects are held for is not the police's); a
// group the lexicon lacks, named by "calling itself" / "known as", can claim; a claim told
// for one attack is not copied to a "Separately, ..." attack. Rendered per record, all
// statuses: "kind/status perps=TEXT:STATUS[:? not in the lexicon] claims=BY", " ; "-separated.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct ResponseCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string record_perpetrators(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += " ; ";
    out += r["kind"].get<std::string>() + "/" + r["status"].get<std::string>() + " perps=";
    std::string perps, claims;
    for (const auto& p : r["perpetrators"])
      perps += (perps.empty() ? "" : ",") + p["text"].get<std::string>() + ":" + p["status"].get<std::string>() +
               (p["lexicon_id"].is_null() ? ":?" : "");
    for (const auto& c : r["claims"]) claims += (claims.empty() ? "" : ",") + c["by"].get<std::string>();
    out += perps + " claims=" + claims;
  }
  return out;
}

class ResponsePerpetrators : public ::testing::TestWithParam<ResponseCase> {};

TEST_P(ResponsePerpetrators, Records) {
  EXPECT_EQ(record_perpetrators(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const ResponseCase kCases[] = {
    // The force targeted is struck, not the doer.
    {"A car bomb targeting a police convoy killed two officers in Kirkuk on Sunday.", "2022-05-09",
     "car_bombing/reported perps= claims="},
    {"A ROADSIDE BOMB TARGETING AN ARMY PATROL KILLED THREE SOLDIERS NEAR JAFFNA TODAY.", "1987-07-23",
     "ied/reported perps= claims="},
    {"A suicide bomber targeted an army checkpoint in Bannu on Monday, killing four soldiers.", "2012-06-12",
     "suicide_bombing/reported perps= claims="},
    // Tit for tat: the responder did the act.
    {"The army responded by shelling rebel positions near Kalehe on Monday, killing four civilians.", "2023-06-13",
     "shelling/reported perps=The army:reported:? claims="},
    {"India retaliated with artillery fire on Pakistani posts in Kashmir on Tuesday, killing four soldiers.",
     "2019-02-27", "shelling/reported perps=India:reported claims="},
    {"Hezbollah responded by firing dozens of rockets at Kiryat Shmona on Tuesday.", "2024-01-10",
     "rocket_attack/reported perps=Hezbollah:reported claims="},
    {"Israel responded with airstrikes on Rafah on Sunday, killing 15 people.", "2008-12-29",
     "airstrike/reported perps=Israel:reported claims="},
    // "Said they had ...": a claim for an armed group's violence only.
    {"Indian police said they had arrested six men suspected of burning a mosque in Ahmedabad.", "2015-09-01",
     "arrest/reported perps=Indian police:reported claims="},
    {"The Nigerian army said it had killed 20 militants in a raid near Maiduguri on Monday.", "2016-04-05",
     "attack/reported perps=Nigerian army:reported claims="},
    {"The Taliban said they had killed 12 soldiers in an attack on a checkpoint in Kunduz on Monday.", "2015-09-01",
     "attack/reported perps=Taliban:claimed claims=Taliban"},
    // A group named by the name it gives itself.
    {"Gunmen killed nine soldiers near Gao on Sunday. A previously unknown group calling itself the Brigades of the "
     "Free Coast claimed responsibility.",
     "2013-11-04", "shooting/reported perps=Brigades of the Free Coast:claimed:? claims=Brigades of the Free Coast"},
    {"TERRORISTS DYNAMITED A POWER PYLON IN PUNO TODAY. A GROUP CALLING ITSELF THE AVENGERS OF THE ALTIPLANO CLAIMED "
     "RESPONSIBILITY.",
     "1990-02-12", "bombing/reported perps=AVENGERS OF THE ALTIPLANO:claimed:? claims=AVENGERS OF THE ALTIPLANO"},
    // "known as" names people too: only after a group's word does it name a group.
    {"A warlord known as Commander Zulfi shot dead three villagers near Kunar on Sunday.", "2010-05-03",
     "shooting/reported perps= claims="},
    // A claim stays with its own attack.
    {"A bomb killed 11 soldiers in North Waziristan on Friday. The Pakistani Taliban claimed responsibility in a "
     "statement. Separately, militants attacked a police post in Bannu, killing two officers.",
     "2009-10-20",
     "bombing/reported perps=Pakistani Taliban:claimed claims=Tehrik-i-Taliban Pakistan ; attack/reported perps= "
     "claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, ResponsePerpetrators, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
