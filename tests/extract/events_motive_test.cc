// Table tests for two readings of the words around a trigger: a rumour named after the act
// as its cause ("lynched a man over rumours that ...") leaves the act reported, while a
// rumour or report discredited still negates it; and "subjected ... to <act>" tells an act
// done to the victims, not a purpose ("sent to attack"). Rows: {sentence, the mentions it
// yields as "words=kind/status" (" generic" when no particular event)}. Anchor 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct MotiveCase {
  const char* text;
  const char* expected;
};

class EventsMotive : public ::testing::TestWithParam<MotiveCase> {};

TEST_P(EventsMotive, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const MotiveCase kCases[] = {
    // A rumour as the motive: the act took place.
    {"A mob lynched a man over rumours that he had stored beef at his home.", "mob lynched=mob_violence/reported"},
    {"VILLAGERS LYNCHED TWO MEN OVER RUMORS OF CHILD THEFT ON SATURDAY.", "VILLAGERS LYNCHED=mob_violence/reported"},
    {"A crowd beat two traders to death amid rumours of organ theft in the market town.",
     "crowd beat=mob_violence/reported"},
    {"Residents lynched a suspected thief on false rumours spread on WhatsApp.", "Residents lynched=mob_violence/reported"},
    // A rumour or report of the act itself: no act.
    {"Rumours that rebels had attacked the town proved unfounded.", "attacked=attack/negated"},
    {"Police said reports of a shooting at the mall were a hoax.", "shooting=shooting/negated"},
    // "Subjected ... to": the act done to them.
    {"Members of a gang subjected two women to sexual violence in the capital on Saturday.",
     "sexual violence=sexual_violence/reported"},
    {"THE DETAINEES WERE SUBJECTED TO TORTURE AT THE BARRACKS, THEIR LAWYERS SAID.", "TORTURE=torture/reported"},
    // ... but a purpose after "to" stays none.
    {"Troops were sent to attack the rebel camp.", "attack=attack/reported generic"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsMotive, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
