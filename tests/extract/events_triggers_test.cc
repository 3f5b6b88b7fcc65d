// Table tests for trigger words added from the MUC-4 task documentation's incident
// vocabulary and everyday news usage: killings by strangling or burning people alive, and
// bombs "set off" by someone. A mention renders as "words=kind/status", " generic" when it
// names no particular event. The anchor is 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct TriggerCase {
  const char* text;
  const char* expected;
};

class EventsTriggers : public ::testing::TestWithParam<TriggerCase> {};

TEST_P(EventsTriggers, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const TriggerCase kCases[] = {
    {"Gunmen strangled a union leader in his home in Guatemala City on Friday.", "strangled=attack/reported"},
    {"FIVE POLICEMEN WERE BURNED TO DEATH INSIDE THEIR PATROL CAR NEAR PEREIRA YESTERDAY.",
     "BURNED TO DEATH=attack/reported"},
    {"Villagers said the militia burned alive a family of six in the village of Kilwa.",
     "burned alive=attack/reported"},
    {"The troops burned the market in the town of Kilwa on Sunday.", "burned=arson/reported"},
    {"Separatists set off a bomb outside the courthouse in Bilbao on Monday.", "set off a bomb=bombing/reported"},
    {"SUSPECTED GUERRILLAS SET OFF EXPLOSIVES AT A POWER PYLON NEAR HUANCAYO LAST NIGHT.",
     "SET OFF EXPLOSIVES=bombing/reported"},
    {"The verdict set off celebrations in the streets of the capital.", ""},
    // "A splinter group" names what an organisation is; forming one is the event.
    {"ISWAP, a Boko Haram splinter group, killed 20 farmers near Maiduguri on Sunday.", "killed=attack/reported"},
    {"Dissident commanders formed a splinter group of the rebel movement on Monday.",
     "formed a splinter group=group_change/reported"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsTriggers, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
