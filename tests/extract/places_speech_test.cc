// Table tests for the speaker's place: "told reporters in Washington" and "at a news
// conference in Nairobi" place a statement, not an act; the same words as the act's object
// or beside a locative ("attacked journalists in Mogadishu", "protested outside parliament in
// Tbilisi", "exploded at a press conference in Aden") place the act.
//
// A location renders as "NAME/CC/PRECISION" (tests/support/render.h); "-" is no location.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* expected;  // the first record's location
};

class SpeechPlace : public ::testing::TestWithParam<Case> {};

TEST_P(SpeechPlace, PlacesTheAct) {
  ExtractResult res = test::extract_text(GetParam().text, "2024-06-20", /*all=*/false);
  ASSERT_FALSE(res.records.empty()) << GetParam().text;
  EXPECT_EQ(test::record_location(nlohmann::json::parse(res.records.front())), GetParam().expected) << GetParam().text;
}

const Case kCases[] = {
    // The act's place.
    {"Police fired tear gas at protesters outside parliament in Nairobi on Tuesday.", "Nairobi/KE/1"},
    {"Hundreds of students demonstrated in front of parliament in Dhaka on Sunday.", "Dhaka/BD/1"},
    {"Gunmen attacked journalists in Mogadishu on Monday, wounding two.", "Mogadishu/SO/1"},
    {"A bomb exploded at a press conference in Aden, killing two reporters.", "Aden/YE/1"},
    {"Militants stormed a peace meeting in Kidal on Friday, killing four elders.", "Kidal/ML/1"},
    // The speaker's place is not the act's.
    {"The minister told reporters in Washington that gunmen had killed five people in Mandera.", "Mandera/KE/1"},
    {"At a news conference in Nairobi, police said gunmen killed five people in Mandera.", "Mandera/KE/1"},
    {"SPEAKING TO JOURNALISTS IN LIMA, THE MINISTER SAID GUERRILLAS HAD KILLED 12 PEASANTS IN AYACUCHO.",
     "Ayacucho/PE/1"},
};

INSTANTIATE_TEST_SUITE_P(Table, SpeechPlace, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
