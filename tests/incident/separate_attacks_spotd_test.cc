// End-to-end table for acts called separate: "three officers were killed in separate attacks
// on police stations" tells other incidents than the lead's, and their toll stays theirs.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SeparateCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* killed;     // every record's killed value ("-" when null), "; "-separated
};

const SeparateCase kCases[] = {
    {"Bandits killed 20 villagers in Zamfara state over the weekend. Four soldiers were killed in separate attacks "
     "on military bases.",
     "2021-06-14", "20; 4"},
    {"INSURGENTS ATTACKED A POLICE STATION IN HUANCAYO YESTERDAY, KILLING THREE OFFICERS. TWO OTHER POLICEMEN WERE "
     "KILLED IN SEPARATE ATTACKS ON PATROLS.",
     "1991-03-09", "3; 2"},
    {"A roadside bomb killed six pilgrims near Karbala on Sunday. Three separate bombings killed nine people in "
     "Baghdad.",
     "2007-08-28", "6; 9"},
    // Told of the lead's act: its toll.
    {"Bandits killed 20 villagers in Zamfara state over the weekend. Four soldiers were killed in the attack.",
     "2021-06-14", "24"},
};

std::string killed_per_record(const ExtractResult& res) {
  std::string out;
  for (const std::string& line : res.records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out +=
        r["killed"].is_null() || r["killed"]["value"].is_null() ? "-" : std::to_string(r["killed"]["value"].get<int>());
  }
  return out;
}

class SeparateAttacksSpotd : public testing::TestWithParam<SeparateCase> {};

TEST_P(SeparateAttacksSpotd, SeparateActsApart) {
  const SeparateCase& c = GetParam();
  EXPECT_EQ(killed_per_record(test::extract_text(c.text, c.published, true)), c.killed) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, SeparateAttacksSpotd, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
