// Table tests for a short gloss in parentheses ("in Gwoza (Borno) on 3 March 2023", "the
// National Liberation Army (ELN) claimed"): it ends no clause, so the day after it still
// dates the act; a dateline's credit ("NAIROBI, Sept. 5 (Reuters) - ") still ends the
// dateline. Each row renders every record (all statuses) as "status date", "; "-separated.
#include <gtest/gtest.h>

#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* date;
  const char* expected;
};

class GlossClause : public ::testing::TestWithParam<Case> {};

TEST_P(GlossClause, DatesTheAct) {
  EXPECT_EQ(test::record_fields(GetParam().text, GetParam().date, {"status", "date"}), GetParam().expected)
      << GetParam().text;
}

const Case kCases[] = {
    {"On 3 March 2023, militants attacked a village in Gwoza (Borno), killing 5 civilians.", "2023-03-05",
     "reported 2023-03-03"},
    {"Militants attacked a village in Gwoza (Borno) on 3 March 2023, killing 5 civilians.", "2023-03-05",
     "reported 2023-03-03"},
    {"Militants attacked a village in Gwoza (Borno) on 3 March 2023, killing 5 civilians.", "2024-06-20",
     "background 2023-03-03"},
    {"GUERRILLAS OF THE NATIONAL LIBERATION ARMY (ELN) DYNAMITED THE PIPELINE IN ARAUCA (NORTHEAST) ON 12 MARCH.",
     "1990-03-14", "reported 1990-03-12"},
};

INSTANTIATE_TEST_SUITE_P(Table, GlossClause, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
