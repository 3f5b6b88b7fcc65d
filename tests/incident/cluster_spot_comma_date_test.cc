// End-to-end table for a date told after a phrase set off by a pair of commas: "Gunmen
// killed five people, including a pastor, in Jos on Sunday" dates the killing; the inserted
// phrase does not close the clause, nor do the commas of a list closed by "and".
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct CommaDateCase {
  const char* text;
  const char* date;      // publication date given to extraction
  const char* expected;  // the first reported record's date value, "null" when none
};

const CommaDateCase kCases[] = {
    {"Gunmen killed five people, including a pastor, in Jos on Sunday.", "2024-06-20", "2024-06-16"},
    {"Gunmen killed five people in Jos, the capital of Plateau State, on Sunday.", "2024-06-20", "2024-06-16"},
    {"Militiamen burned 40 homes in Kurmi, a village near the border, on Saturday.", "2009-11-02", "2009-10-31"},
    {"A BOMB EXPLODED AT A MARKET, KILLING FOUR PEOPLE, IN MAIDUGURI ON MONDAY.", "2014-03-06", "2014-03-03"},
    {"Rebels ambushed an army convoy in the village of Dungu, about 40 km north of the town, on 12 August.",
     "1998-08-20", "1998-08-12"},
    // A list closed by "and" is no clause boundary either.
    {"Gunmen killed a farmer, his wife and their daughter on Monday in Plateau state.", "2024-06-20", "2024-06-17"},
    {"Militants burned the school, the clinic and two shops in Kidal on Sunday.", "2019-05-14", "2019-05-12"},
    {"GUERRILLAS DYNAMITED TWO POWER PYLONS, A BRIDGE AND A WATER TANK IN USULUTAN YESTERDAY.", "1989-04-11",
     "1989-04-10"},
    // One comma alone closes the clause; a reporting clause that ends the sentence still
    // dates the report of an act that has no day of its own.
    {"Gunmen killed two guards at a bank in Lagos, police said on Friday.", "2023-03-14", "2023-03-10"},
    {"GUERRILLAS BURNED THREE BUSES IN SANTA ANA DEPARTMENT, THE ARMY REPORTED ON TUESDAY.", "1989-04-13",
     "1989-04-11"},
    {"An airstrike killed nine people in a market in Idlib province, rescuers said on Saturday.", "2019-07-24",
     "2019-07-20"},
    // Only the first report after the act dates it: a later one dates an earlier figure.
    {"The death toll from a car bomb attack on a hotel in Mogadishu has risen to 19, a spokesman said on Friday, "
     "up from 12 reported on Thursday.",
     "2024-06-20", "null"},
    // The act's own day wins over the report's.
    {"Gunmen killed two guards at a bank in Lagos on Wednesday, police said on Friday.", "2023-03-14", "2023-03-08"},
};

class ClusterSpotCommaDate : public testing::TestWithParam<CommaDateCase> {};

TEST_P(ClusterSpotCommaDate, FirstRecord) {
  const CommaDateCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.date, false);
  ASSERT_FALSE(res.records.empty()) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string got = r["date"].is_null() ? "null" : r["date"]["value"].get<std::string>();
  EXPECT_EQ(got, c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterSpotCommaDate, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
