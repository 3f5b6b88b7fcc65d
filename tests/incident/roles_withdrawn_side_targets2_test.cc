// Table tests for the side that gave a place up: troops that withdrew, pulled out, retreated
// or abandoned their positions while another side took the place did not do the act (ACLED
// codes the side that took over). Rendered as in roles_test.cc: perps= | att= | tgt= | wpn= |
// claims=, of the first record.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct WithdrawnCase {
  const char* text;
  const char* date;
  const char* expected;
};

class RolesWithdrawnSideTargets2 : public ::testing::TestWithParam<WithdrawnCase> {};

TEST_P(RolesWithdrawnSideTargets2, Extracts) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const WithdrawnCase kWithdrawnCases[] = {
    {"On 18 March 2024, Al Shabaab militants took control of the village of Adan Yabaal after Somali army troops "
     "withdrew from their base.",
     "2024-03-18", "perps=Al Shabaab:reported | att=militants(al-Shabaab) | tgt=village:civilians | wpn= | claims="},
    {"Islamic State fighters seized Mosul on Tuesday after Iraqi army forces withdrew from the city.", "2014-06-10",
     "perps=Islamic State:reported | att=fighters(Islamic State) | tgt= | wpn= | claims="},
    {"After Somali army troops withdrew from their base, al Shabaab fighters took it on Sunday.", "2019-02-10",
     "perps=al Shabaab:reported | att=fighters(al-Shabaab) | tgt= | wpn= | claims="},
    {"ON 20 NOVEMBER 2023, CSP REBELS WITHDREW FROM KIDAL AND THE MALIAN ARMY TOOK OVER THE TOWN WITHOUT FIGHTING.",
     "2023-11-20", "perps= | att= | tgt= | wpn= | claims="},
    // With no side taking over, the one withdrawing is the actor of the withdrawal.
    {"M23 rebels withdrew from Kibumba on Friday and handed the area over to the regional force.", "2022-12-23",
     "perps=M23:reported | att=rebels(March 23 Movement) | tgt= | wpn= | claims="},
};
INSTANTIATE_TEST_SUITE_P(Table, RolesWithdrawnSideTargets2, ::testing::ValuesIn(kWithdrawnCases));

}  // namespace
}  // namespace sitrep
