// A country named as the doer of an act of war is its armed forces (ACLED: "Military Forces
// of Russia"): the subject of a verb of armed force at the head of its clause ("Russia
// launched missiles", "Israel struck targets", "Turkey carried out airstrikes"), the agent
// of a passive act ("killed by Israel") or the country a blame verb names ("blamed Israel
// for the blast"). A country as place, speaker, possessor or backer is none. Rows: {text,
// date, "NAME:STATUS" of the first record's perpetrators, or "none"}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct CountryAgentCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string perpetrators(const std::string& text, const std::string& date) {
  for (const std::string& line : test::extract_text(text, date, false).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    std::string out;
    for (const auto& p : r["perpetrators"])
      out += (out.empty() ? "" : ",") + p["name"].get<std::string>() + ":" + p["status"].get<std::string>();
    return out.empty() ? "none" : out;
  }
  return "no record";
}

TEST(ActorsCountryAgent, CountryAsDoerIsItsForces) {
  const CountryAgentCase cases[] = {
      {"Russia launched dozens of missiles at Ukrainian cities on Monday, killing at least 11 people.", "2022-10-10",
       "Russian Armed Forces:reported"},
      {"Turkey carried out airstrikes on PKK targets in northern Iraq on Sunday.", "2022-11-20",
       "Turkish Armed Forces:reported"},
      {"Three civilians were killed by Israel in an airstrike on Rafah on Monday.", "2024-02-12",
       "Israel Defense Forces:reported"},
      {"Hezbollah blamed Israel for the explosion in Beirut on Tuesday that killed 12 people.", "2024-09-17",
       "Israel Defense Forces:attributed"},
      // A state's arms named by its demonym are its forces'.
      {"Israeli missiles struck a house in Gaza on Monday, killing 12 people.", "2024-06-20",
       "Israel Defense Forces:reported"},
      {"Russian strikes killed 12 people in Kharkiv on Monday.", "2024-06-20", "Russian Armed Forces:reported"},
      {"Turkish drones struck a car in Qamishli on Monday, killing three people.", "2024-06-20",
       "Turkish Armed Forces:reported"},
      // A place, a speaker, a possessor, a backer.
      {"A bomb exploded in Russia's capital on Monday, killing three people.", "2024-06-20", "none"},
      {"Russia said on Monday that gunmen had killed three police officers in Dagestan.", "2024-06-24", "none"},
      {"Gunmen backed by Iran killed three people in Basra on Monday, police said.", "2019-05-13", "none"},
  };
  for (const auto& c : cases) EXPECT_EQ(perpetrators(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
