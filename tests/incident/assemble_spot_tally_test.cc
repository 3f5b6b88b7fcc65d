// End-to-end table for a war's or a year's toll told beside an incident: thousands of dead
// in a sentence that names no act, or only a tally ("have been killed ... this year"), are
// no incident's victims, so the incident keeps its own toll.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct TallyCase {
  const char* text;
  const char* date;  // publication date given to extraction
  int killed;        // the first reported record's killed value
};

const TallyCase kCases[] = {
    {"Gunmen killed three soldiers near Gao on Monday. More than 2,000 people have been killed in the region this "
     "year, according to a monitoring group.",
     "2024-06-20", 3},
    {"A roadside bomb killed four policemen in Kandahar province on Tuesday. The conflict has left thousands dead "
     "since 2001.",
     "2011-05-12", 4},
    {"SUSPECTED REBELS SHOT DEAD TWO VILLAGERS IN THE DEPARTMENT OF CAUCA ON FRIDAY. MORE THAN 5,000 CIVILIANS HAVE "
     "DIED IN THE WAR SINCE 1985, HUMAN RIGHTS GROUPS SAY.",
     "1991-03-18", 2},
    {"Militants attacked a checkpoint in North Waziristan on Sunday, killing six soldiers. Tens of thousands of "
     "people have lost their lives in the insurgency.",
     "2014-02-10", 6},
};

class AssembleSpotTally : public testing::TestWithParam<TallyCase> {};

TEST_P(AssembleSpotTally, KeepsOwnToll) {
  const TallyCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.date, false);
  ASSERT_FALSE(res.records.empty()) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  ASSERT_FALSE(r["killed"].is_null()) << c.text;
  EXPECT_EQ(r["killed"]["value"].get<int>(), c.killed) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, AssembleSpotTally, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
