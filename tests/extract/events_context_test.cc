// Table tests for the events stage's context rules: what a sentence around a trigger says of
// the act (an order or a wish, a practice, a commemoration, a private quarrel, an accident, a
// figure of speech, a crowd's protest). A mention renders as "words=kind/status", with
// " generic" when it names no particular event. The anchor is Tuesday 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct ContextCase {
  const char* text;
  const char* expected;
};

class EventsContext : public ::testing::TestWithParam<ContextCase> {};

TEST_P(EventsContext, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const ContextCase kCases[] = {
    // A bare "be" before the act: ordered, wished or feared, not done.
    {"THE HIGH COMMAND ORDERED THAT THE LOW-INCOME NEIGHBORHOODS BE BOMBARDED.", "BOMBARDED=shelling/reported generic"},
    {"THE MINISTER SAID ANY AIRCRAFT ENTERING THE ZONE MAY BE SHOT DOWN.", "SHOT DOWN=attack/reported generic"},
    {"Those responsible for the massacre must be punished, the bishop said.", "massacre=massacre/reported"},
    // "To be" after an ordinal tells acts done.
    {"He was the third journalist to be killed in Veracruz this year.", "killed=attack/reported"},
    // A gerund after a manner adjective names a practice.
    {"THE ARMY SOWED TERROR BY CARRYING OUT INDISCRIMINATE MACHINEGUNNING AGAINST THE SLUMS.",
     "MACHINEGUNNING=shooting/reported generic"},
    // Time elapsed since an act: a commemoration of an earlier one.
    {"Residents of Beslan marked eighteen years since the school siege on Thursday.", "siege=siege/background"},
    {"It is now ten years since the massacre at the Westgate mall.", "massacre=massacre/background"},
    // A clause hung on an earlier act by "in which" tells of that act.
    {"A court in Nairobi on Monday sentenced two men to life in prison for the attack on the mall in which 67 "
     "people were killed.",
     "attack=attack/background; killed=attack/background"},
    // A private quarrel is no political violence, however plain the act.
    {"Police said a man shot dead his brother during a family dispute in Porto Alegre on Sunday.", ""},
    {"A farmer stabbed his neighbour to death in a drunken brawl in Nakuru on Saturday night.", ""},
    // A road accident is no bombing.
    {"A fuel tanker exploded after colliding with a bus near Kano on Friday, killing nine people.", ""},
    // Figures of speech.
    {"The union leader called the new labour law an assault on workers.", ""},
    // A crowd of protesters marching or gathering is a protest, whatever the topic of its grievance.
    {"Thousands of demonstrators marched in Lima on Sunday against the rise in fuel prices.",
     "demonstrators marched=protest/reported"},
    {"Hundreds of demonstrators quietly gathered outside the parliament in Accra on Tuesday.",
     "gathered=protest/reported"},
    {"Soldiers gathered in the square before the parade.", ""},
    // Strategic developments named by their own words.
    {"UN peacekeepers withdrew from their base in Tessalit on Sunday and handed it to the army.",
     "withdrew from their base=non_violent_territory_transfer/reported"},
    {"The army sent reinforcements to Djibo on Monday after the attack on the convoy.",
     "sent reinforcements=group_change/reported; attack=attack/reported"},
    {"AL SHABAAB HELD A RECRUITMENT DRIVE IN BUALE ON FRIDAY.", "RECRUITMENT DRIVE=group_change/reported"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsContext, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
