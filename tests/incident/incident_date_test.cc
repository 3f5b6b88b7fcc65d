// End-to-end table for the incident's date: which date mention dates the incident. A date
// that opens its sentence before a comma ("On 5 May 2023, ...", the form of wire leads
// and of ACLED's event notes) dates every event of that sentence, however far the verb.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct DateCase {
  const char* text;
  const char* date;      // publication date given to extraction
  const char* expected;  // the first reported record's date value, "null" when none
};

const DateCase kCases[] = {
    {"On 3 October 2015, an AC-130 gunship of the coalition struck a hospital in Kunduz city, killing 42 people, "
     "including staff and patients.",
     "2015-10-05", "2015-10-03"},
    {"On 7 March 2021, unidentified gunmen riding on motorbikes opened fire on a crowded market in the town of "
     "Djibo, killing nine civilians.",
     "2021-03-09", "2021-03-07"},
    {"Late on Sunday, suspected militants travelling in two pick-up trucks stormed a police post in the hills "
     "outside Peshawar and killed three officers.",
     "2019-06-11", "2019-06-09"},
    {"ON 12 JANUARY 1990, A GROUP OF HEAVILY ARMED URBAN GUERRILLAS WHO HAD BEEN HIDING IN A HOUSE NEAR THE "
     "UNIVERSITY ATTACKED A POLICE PATROL IN SAN SALVADOR, KILLING TWO AGENTS.",
     "1990-01-15", "1990-01-12"},
    {"In the early hours of 4 June, fighters loyal to the opposition commander shelled the outskirts of the city "
     "with mortars and rockets, wounding at least 11 people.",
     "2018-06-06", "2018-06-04"},
    // A date inside the sentence, not at its head, still needs to be near the event.
    {"Gunmen killed two guards at a bank in Lagos, police said, in the worst robbery since 12 March 2001.",
     "2023-03-14", "null"},
};

class IncidentDate : public testing::TestWithParam<DateCase> {};

TEST_P(IncidentDate, FirstRecord) {
  const DateCase& c = GetParam();
  ExtractResult res = test::extract_text(c.text, c.date, false);
  ASSERT_FALSE(res.records.empty()) << c.text;
  nlohmann::json r = nlohmann::json::parse(res.records.front());
  std::string got = r["date"].is_null() ? "null" : r["date"]["value"].get<std::string>();
  EXPECT_EQ(got, c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, IncidentDate, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
