// Golden rows for doers told across a time clause: in "Militants stormed a checkpoint in
// Mastung, hours after a bomb killed two policemen in Quetta" the militants did the
// storming, not the bombing; "settlers torched homes, hours after two Israelis were shot
// dead" gives the shooting no perpetrator. Each row renders every record (all statuses) as
// "kind att=A,.. perps=P,..", "; "-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class TimeClauseDoers : public ::testing::TestWithParam<Case> {};

TEST_P(TimeClauseDoers, StayWithTheirAct) {
  EXPECT_EQ(test::record_fields(GetParam().text, GetParam().date, {"kind", "att", "perps"}), GetParam().expected)
      << GetParam().text;
}

const Case kCases[] = {
    {"Militants stormed a checkpoint in Mastung on Monday, hours after a bomb killed two policemen in Quetta.",
     "2024-06-20", "armed_assault att=Militants, perps=; bombing att= perps="},
    {"Israeli settlers torched cars and homes in Huwara on Sunday night, hours after two Israelis were shot dead "
     "nearby.",
     "2024-06-20", "arson att= perps=Israeli settlers,; shooting att= perps="},
    {"GUNMEN KILLED 12 PEOPLE IN BAGHDAD TODAY, A DAY AFTER CAR BOMBS KILLED 202 PEOPLE IN SADR CITY.", "2006-11-24",
     "shooting att=GUNMEN, perps=; car_bombing att= perps="},
};

INSTANTIATE_TEST_SUITE_P(Table, TimeClauseDoers, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
