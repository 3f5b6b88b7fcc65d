// Table tests for bearings before a place name: "IN NORTHERN PERU" is the north of Peru, not
// a division abroad called "Northern" (Australia's Northern Territory, Bahrain's Southern
// Governorate, Iceland's Northeast), in capitals and in mixed case; a name that starts with
// a bearing ("North Kivu") stays one name.
//
// A place mention renders as "words=NAME/CC/TYPE" (see places_divisions_test.cc).
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"
#include "pipeline/pipeline.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* expected;
};

class Bearings : public ::testing::TestWithParam<Case> {};

TEST_P(Bearings, PartOfTheNextPlace) {
  test::Analysed a(GetParam().text, "1990-06-05");
  run_extract_stages(a.get());
  EXPECT_EQ(test::place_mentions(a), GetParam().expected) << GetParam().text;
}

const Case kCases[] = {
    {"SHINING PATH GUERRILLAS KILLED FOUR PEASANTS IN NORTHERN PERU YESTERDAY.", "PERU=PE/country"},
    {"INSURGENTS KILL 9 IN NORTHEAST NIGERIA", "NIGERIA=NG/country"},
    {"GUNMEN KILLED SEVEN PEOPLE IN SOUTHERN MEXICO ON MONDAY.", "MEXICO=MX/country"},
    {"A CAR BOMB EXPLODED IN CENTRAL COLOMBIA, THE ARMY SAID.", "COLOMBIA=CO/country"},
    {"Drone strikes killed four people in Eastern Ukraine on Tuesday.", "Ukraine=UA/country"},
    // A bearing that begins a longer name is part of it.
    {"Rebels attacked a village in North Kivu on Monday.", "North Kivu=North Kivu/CD/admin1"},
};

INSTANTIATE_TEST_SUITE_P(Table, Bearings, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
