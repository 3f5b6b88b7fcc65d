// End-to-end tables for a toll update ("The death toll from Sunday's bombing rose to 32 on
// Tuesday"): the toll noun counts the act its "from"/"of" names and opens no incident of
// its own, dated the update's day. Each row renders every record (all statuses) as "status
// kind date killed", "; "-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class TollUpdate : public ::testing::TestWithParam<Case> {};

TEST_P(TollUpdate, OneIncident) {
  EXPECT_EQ(test::record_fields(GetParam().text, GetParam().date, {"status", "kind", "date", "killed"}),
            GetParam().expected)
      << GetParam().text;
}

const Case kCases[] = {
    {"The death toll from Sunday's suicide bombing of a market in Maiduguri rose to 32 on Tuesday, officials said.",
     "2024-06-20", "reported suicide_bombing 2024-06-16 32"},
    {"The death toll from Monday's bombing of a church in Marawi rose to six on Wednesday.", "2017-12-08",
     "reported bombing 2017-12-04 6"},
    {"THE DEATH TOLL FROM FRIDAY'S DYNAMITE ATTACK ON A BUS IN MEDELLIN ROSE TO 15 TODAY.", "1990-03-12",
     "reported bombing 1990-03-09 15"},
    // The toll of an act named without a day still joins it.
    {"The death toll from the car bombing in Mogadishu on Saturday has risen to 45, police said on Monday.",
     "2019-12-30", "reported car_bombing 2019-12-28 45"},
};

INSTANTIATE_TEST_SUITE_P(Table, TollUpdate, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
