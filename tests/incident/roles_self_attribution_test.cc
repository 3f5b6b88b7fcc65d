// Golden rows for a claim told as the attribution of the group's own act: "Al-Shabaab
// attacked a base ..., the group said in a statement", "..., a spokesman for the group
// said": the author telling its act claims it. Another speaker ("the army said") claims
// nothing. Rendered as in roles_test.cc: perps=text:status | att= | tgt=text:kind | wpn= |
// claims=by.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class SelfAttribution : public ::testing::TestWithParam<Case> {};

TEST_P(SelfAttribution, Claims) {
  EXPECT_EQ(test::record_roles(GetParam().text, GetParam().date), GetParam().expected) << GetParam().text;
}

const Case kCases[] = {
    {"Al-Shabaab attacked a military base in Lower Shabelle on Monday, killing 10 soldiers, the group said in a "
     "statement.",
     "2024-06-20", "perps=Al-Shabaab:claimed | att= | tgt=military base:military | wpn= | claims=al-Shabaab"},
    {"BLA fighters attacked a camp in Turbat on Monday, killing six soldiers, a spokesman for the group said.",
     "2024-06-20",
     "perps=BLA:claimed | att=fighters(Baloch Liberation Army) | tgt=six soldiers:military | wpn= | "
     "claims=Baloch Liberation Army"},
    {"THE FMLN DYNAMITED TWO ELECTRICITY PYLONS IN USULUTAN YESTERDAY, THE GUERRILLA GROUP REPORTED.", "1989-11-08",
     "perps=FMLN:claimed | att= | tgt=ELECTRICITY PYLONS:infrastructure | wpn= | "
     "claims=Farabundo Marti National Liberation Front"},
    // Another speaker: no claim.
    {"Al-Shabaab attacked a military base in Lower Shabelle on Monday, killing 10 soldiers, the army said.",
     "2024-06-20", "perps=Al-Shabaab:reported | att= | tgt=military base:military | wpn= | claims="},
};

INSTANTIATE_TEST_SUITE_P(Table, SelfAttribution, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
