// End-to-end tables for a past act told with its outcome in a participle ("A car bomb
// exploded in Mogadishu in October 2017, killing more than 500 people"): the participle is
// told as its act is, so the toll stays with the background record instead of making an
// undated, placeless current one. Each row renders every record (all statuses) as "status
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

class PastParticipleToll : public ::testing::TestWithParam<Case> {};

TEST_P(PastParticipleToll, StaysWithItsAct) {
  EXPECT_EQ(test::record_fields(GetParam().text, GetParam().date, {"status", "kind", "date", "killed"}),
            GetParam().expected)
      << GetParam().text;
}

const Case kCases[] = {
    {"A car bomb exploded in Mogadishu in October 2017, killing more than 500 people.", "2024-06-20",
     "background car_bombing 2017-10-15 500"},
    {"Militants attacked a village in Borno last month, killing 20 people.", "2024-06-20",
     "background attack 2024-05-15 20"},
    {"THE GUERRILLAS ATTACKED THE TOWN IN 1985, KILLING 30 PEASANTS.", "1990-03-12", "background attack 1985-07-01 30"},
    // A current act keeps its toll.
    {"Gunmen attacked a village in Zamfara on Monday, killing 20 people.", "2024-06-20",
     "reported shooting 2024-06-17 20"},
};

INSTANTIATE_TEST_SUITE_P(Table, PastParticipleToll, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
