// Table tests for the events stage: {sentence, the event mentions it yields}. A mention
// renders as "words=kind/status", with " generic" when it names no particular event;
// mentions are in text order, separated by "; ". Sentences with a non-violent context
// (sports, markets, figures of speech) yield none. The anchor is Tuesday 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct EventCase {
  const char* text;
  const char* expected;
};

class Events : public ::testing::TestWithParam<EventCase> {};

TEST_P(Events, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const EventCase kCases[] = {
    // reported, with the kind of the words
    {"A car bomb exploded outside the ministry on Monday.", "car bomb exploded=car_bombing/reported"},
    {"GUNMEN OPENED FIRE ON A BUS NEAR THE BORDER.", "OPENED FIRE=shooting/reported"},
    {"Militants abducted two engineers on the road to the mine.", "abducted=abduction/reported"},
    {"Police fired tear gas at the crowd.", "fired tear gas=protest_with_intervention/reported"},
    // attempted
    {"The bomb failed to explode, police said.", "bomb=bombing/attempted; explode=explosion/attempted"},
    {"Gunmen tried to assassinate the mayor on Friday.", "assassinate=assassination/attempted"},
    // foiled
    {"Police defused a bomb near the station.", "defused=bomb_defused/foiled; bomb=bombing/foiled"},
    {"Security forces thwarted an attack on the embassy.", "attack=attack/foiled"},
    // threatened
    {"The rebels threatened to attack the capital.", "threatened to attack=threat/threatened"},
    {"THE GUERRILLAS THREATENED TO BOMB THE NEWSPAPER.", "THREATENED TO BOMB=bomb_threat/threatened"},
    // background
    // "since" opens the earlier period: the attack itself is the one reported
    {"It was the deadliest attack since 2014.", "attack=attack/reported"},
    {"The bombing in 2019 killed 40 people.", "bombing=bombing/background; killed=attack/background"},
    {"Last year, a bombing in the same district killed 20 people.",
     "bombing=bombing/background; killed=attack/background"},
    {"Let us recall that the guerrillas dynamited the bridge in 1985.", "dynamited=bombing/background"},
    // negated
    {"The army denied that an attack had taken place.", "attack=attack/negated"},
    {"Reports of an explosion at the airport were a false alarm.", "explosion=explosion/negated"},
    {"There was no explosion at the plant, the company said.", "explosion=explosion/negated"},
    // generic: many events, none in particular
    {"Several attacks hit the region in recent months.", "attacks=attack/background generic"},
    {"Such bombings must stop, the bishop said.", "bombings=bombing/reported generic"},
    {"The rebels denounced the bombing of civilians by the air force.", "bombing=bombing/reported generic"},
    {"THE KIDNAPPING OF FOREIGNERS HAS BECOME A BUSINESS.", "KIDNAPPING=abduction/reported generic"},
    {"The kidnapping of two engineers shocked the town.", "kidnapping=abduction/reported"},
    {"Police received reports of two other explosions in the city.", "explosions=explosion/reported"},
    // hypothetical talk and non-violent context: no mention
    {"Officials said militants could attack the city.", ""},
    {"The striker shot past the goalkeeper to win the match.", ""},
    {"The Lakers' shooting guard scored 40 points.", ""},
    {"A bombshell report hit the bank's shares.", ""},
    {"The supermarkets are locked in a price war.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, Events, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
