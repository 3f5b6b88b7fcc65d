// Table for roundup tolls: "killed five people in Kaduna and seven in Zamfara" gives each
// place its own count; the elliptical "and <number> in <place>" is a victim group with the
// first group's people and effect, not a number left over.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RoundupCase {
  const char* text;
  const char* published;
  const char* victims;  // the first record's victims "words=count/effect", "; "-separated, then " | killed=N"
};

const RoundupCase kCases[] = {
    {"Gunmen killed five people in Kaduna and seven in Zamfara on Monday.", "2024-06-20",
     "five people=5/killed; seven=7/killed | killed=12"},
    {"Russian shelling killed four people in Kherson and one in Zaporizhzhia on Sunday.", "2023-01-10",
     "four people=4/killed; one=1/killed | killed=5"},
    {"TERRORISTS KILLED FOUR PEASANTS IN AYACUCHO AND THREE IN JUNIN, THE ARMY REPORTED.", "1989-11-14",
     "FOUR PEASANTS=4/killed; THREE=3/killed | killed=7"},
    {"Israeli strikes killed 10 people in Rafah, six in Khan Younis and two in Gaza City on Tuesday.", "2014-07-22",
     "10 people=10/killed; six=6/killed; two=2/killed | killed=18"},
    // Passive: the count after the verb's place.
    {"Three soldiers were killed in Helmand and two in Kandahar in roadside bomb attacks on Wednesday.", "2011-05-05",
     "Three soldiers=3/killed; two=2/killed | killed=5"},
    // Not a place after the number: no group.
    {"Gunmen killed 30 villagers in Dalori in 2014 and 12 in 2015.", "2016-02-02",
     "30 villagers=30/killed | killed=30"},
    {"Soldiers wounded eight protesters in Khartoum and 20 others were arrested.", "2019-06-05",
     "eight protesters=8/injured | killed=null"},
};

std::string first_victims(const ExtractResult& res) {
  if (res.records.empty()) return "(no record)";
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string out;
  for (const auto& v : r["victims"]) {
    if (!out.empty()) out += "; ";
    out += v["text"].get<std::string>() + "=" +
           (v["count"].is_null() ? "null" : std::to_string(v["count"].get<int>())) + "/" +
           (v["effect"].is_null() ? "null" : v["effect"].get<std::string>());
  }
  out += " | killed=";
  out += r["killed"].is_null() ? "null" : std::to_string(r["killed"]["value"].get<int>());
  return out;
}

class CasualtiesRoundupLeftovers : public testing::TestWithParam<RoundupCase> {};

TEST_P(CasualtiesRoundupLeftovers, EachPlaceItsCount) {
  const RoundupCase& c = GetParam();
  EXPECT_EQ(first_victims(test::extract_text(c.text, c.published, true)), c.victims) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, CasualtiesRoundupLeftovers, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
