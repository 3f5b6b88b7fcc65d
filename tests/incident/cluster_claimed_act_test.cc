// End-to-end tables for a claim told after its act ("The Islamic State claimed
// responsibility for the attack on Saturday"): the definite act noun the claim or denial
// names is the act already told, and the claim's day does not make it another incident.
// Each row renders every record (all statuses) as "kind date killed PERPETRATOR/STATUS",
// "; "-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class ClaimedAct : public ::testing::TestWithParam<Case> {};

TEST_P(ClaimedAct, OneIncident) {
  EXPECT_EQ(test::record_fields(GetParam().text, GetParam().date, {"kind", "date", "killed", "perps/status"}),
            GetParam().expected)
      << GetParam().text;
}

const Case kCases[] = {
    {"A suicide bomber killed 30 people at a mosque in Peshawar on Friday. The Islamic State claimed responsibility "
     "for the attack on Saturday.",
     "2024-06-20", "suicide_bombing 2024-06-14 30 Islamic State/claimed"},
    {"Gunmen killed 12 soldiers near Djibo on Monday. JNIM claimed the attack on Wednesday in a statement.",
     "2024-06-20", "shooting 2024-06-17 12 JNIM/claimed"},
    {"A car bomb killed eight people in Mogadishu on Sunday. Al-Shabaab denied carrying out the bombing on Monday.",
     "2024-06-20", "car_bombing 2024-06-16 8 Al-Shabaab/denied"},
    {"A BOMB EXPLODED AT A BUS STATION IN BOGOTA YESTERDAY, KILLING SIX PEOPLE. THE EXTRADITABLES CLAIMED "
     "RESPONSIBILITY FOR THE ATTACK TODAY.",
     "1989-12-07", "bombing 1989-12-06 6 THE EXTRADITABLES/claimed"},
};

INSTANTIATE_TEST_SUITE_P(Table, ClaimedAct, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
