// End-to-end table for an earlier act told after "<span of time> after": "The attack came a
// week after a car bomb killed nine people" tells another incident, days before the main
// one, whose toll stays its own.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct AfterCase {
  const char* text;
  const char* date;  // publication date given to extraction
  int killed;        // the first record's killed value (every status)
  size_t records;    // records of every status
};

const AfterCase kCases[] = {
    {"A suicide bomber killed 14 people at a market in Mogadishu on Sunday. The attack came a week after a car "
     "bomb killed nine people at a checkpoint in the city.",
     "2024-06-20", 14, 2},
    {"Two policemen were shot dead in Quetta on Monday, a day after a bomb killed three soldiers in the city.",
     "2013-09-04", 2, 2},
    {"A bomb exploded at a bus station in Maiduguri on Friday, killing 11 people, days after gunmen killed seven "
     "farmers near the city.",
     "2015-07-20", 11, 2},
    {"GUERRILLAS KILLED FOUR SOLDIERS IN AN AMBUSH NEAR AYACUCHO YESTERDAY, TWO DAYS AFTER A CAR BOMB KILLED SIX "
     "PEOPLE IN LIMA.",
     "1989-05-10", 4, 2},
    // "After the attack" re-describes the story's own act, whose toll rises.
    {"Gunmen killed five villagers in Zamfara state on Tuesday. Two days after the attack, the toll rose as a "
     "wounded man died.",
     "2021-04-08", 6, 1},
};

class ClusterSpotAfter : public testing::TestWithParam<AfterCase> {};

TEST_P(ClusterSpotAfter, EarlierActApart) {
  const AfterCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.date, true);
  ASSERT_FALSE(res.records.empty()) << c.text;
  EXPECT_EQ(res.records.size(), c.records) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  ASSERT_FALSE(r["killed"].is_null()) << c.text;
  EXPECT_EQ(r["killed"]["value"].get<int>(), c.killed) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterSpotAfter, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
