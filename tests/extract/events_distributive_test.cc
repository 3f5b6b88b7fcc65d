// Table tests for distributive lists in the events stage: a counted act followed by "one
// at X, another at Y, a third at Z" tells that many acts, and each item after the first
// gets a mention of the act's kind and status at its word ("another", "third", "other");
// without a count, or when the items name people rather than places, there is none. A
// mention renders as "words=kind/status". The anchor is 1989-07-20.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct DistributiveCase {
  const char* text;
  const char* expected;
};

class EventsDistributive : public ::testing::TestWithParam<DistributiveCase> {};

TEST_P(EventsDistributive, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "1989-07-20"), GetParam().expected) << GetParam().text;
}

const DistributiveCase kCases[] = {
    // Counted acts with a list of places: one mention per later item.
    {"THREE BOMBS EXPLODED IN TEGUCIGALPA LAST NIGHT, ONE AT THE CENTRAL PARK, ANOTHER AT THE NATIONAL UNIVERSITY, "
     "AND A THIRD AT A SCHOOL FOR TEACHERS.",
     "BOMBS EXPLODED=bombing/reported; ANOTHER=bombing/reported; THIRD=bombing/reported"},
    {"Two car bombs went off in Baghdad on Sunday, one outside a police station and the other near a busy market.",
     "car bombs=car_bombing/reported; went off=explosion/reported; other=car_bombing/reported"},
    {"Two grenades were thrown on Friday night, one at the offices of the ruling party and another at the home of a "
     "judge.",
     "grenades=grenade/reported; another=grenade/reported"},
    // Attempted acts keep their status on every item.
    {"Police said two bombs failed to explode in Santiago, one in front of a bank and another at a bus station.", "bombs=bombing/attempted; explode=explosion/attempted; another=bombing/attempted"},
    // No count, no list; items that are people, not places.
    {"Bombs exploded in Lima on Monday, one at a bank and another at a police station.", "Bombs exploded=bombing/reported"},
    {"Two men were killed in Cali on Friday, one a police officer and the other a student.", "killed=attack/reported"},
    {"Two bombs exploded in the capital on Tuesday, damaging a bank and a hotel.", "bombs exploded=bombing/reported"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsDistributive, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
