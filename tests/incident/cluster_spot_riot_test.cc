// End-to-end table for a riot told with several acts: the looting and burning a crowd does
// in the sentence of its riot are one incident, not one per verb.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct RiotCase {
  const char* text;
  const char* date;  // publication date given to extraction
  size_t records;    // reported records
};

const RiotCase kCases[] = {
    {"Protesters threw stones at police and burned tyres in the town of Kisumu on Monday.", "2024-06-20", 1},
    {"Hundreds of rioters looted shops and burned a police post in Goma on Tuesday.", "2019-11-21", 1},
    {"RIOTERS SET FIRE TO A PARTY OFFICE AND LOOTED STORES IN THE CITY OF KARACHI ON SATURDAY.", "1995-07-10", 1},
};

class ClusterSpotRiot : public testing::TestWithParam<RiotCase> {};

TEST_P(ClusterSpotRiot, OneRecord) {
  const RiotCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.date, false);
  EXPECT_EQ(res.records.size(), c.records) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterSpotRiot, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
