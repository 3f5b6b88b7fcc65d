// End-to-end table for a period told after an ordinal: "the fourth journalist killed in the
// Philippines this year", "THE SECOND BOMBING IN THE CITY THIS WEEK" count the acts of the
// period (a tally) and date none of them; the act told before keeps no date rather than the
// period's. A period with no ordinal in its clause still dates its act ("this week",
// "earlier this month"). Each row renders every record as "status kind date" ("null" when
// undated), "; "-separated.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct OrdinalPeriodCase {
  const char* text;
  const char* date;  // publication date given to extraction
  const char* expected;
};

std::string render(const char* text, const char* date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>() + " " +
           (r["date"].is_null() ? "null" : r["date"]["value"].get<std::string>());
  }
  return out;
}

const OrdinalPeriodCase kCases[] = {
    {"Gunmen shot dead a radio reporter in Cebu, the fourth journalist killed in the Philippines this year.",
     "2017-06-20", "reported shooting null"},
    {"A BOMB EXPLODED AT A MARKET IN PESHAWAR, THE SECOND BOMBING IN THE CITY THIS WEEK.", "2015-09-03",
     "reported bombing null"},
    {"Militants attacked a police post in Bannu, the 5th attack on police in the district this month.", "2019-11-21",
     "reported attack null"},
    {"GUERRILLAS KILLED A PEASANT IN USULUTAN, THE THIRD MURDER IN THE DEPARTMENT THIS MONTH.", "1990-01-20",
     "reported attack null"},
    // No ordinal: the period dates the act.
    {"Gunmen killed two traders in Kano this week.", "2019-11-21", "reported shooting 2019-11-18"},
    {"Two soldiers were killed in an ambush near Gao earlier this month.", "2019-11-21", "reported ambush 2019-11-15"},
};

class ClusterOrdinalPeriod : public testing::TestWithParam<OrdinalPeriodCase> {};

TEST_P(ClusterOrdinalPeriod, Records) {
  const OrdinalPeriodCase& c = GetParam();
  EXPECT_EQ(render(c.text, c.date), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterOrdinalPeriod, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
