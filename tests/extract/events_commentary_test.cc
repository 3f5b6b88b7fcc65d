// Table tests for the events stage: words about violence that report no particular act.
// Practices named by a manner adjective, recollections, tallies of a year to date and
// accidents. A mention renders as "words=kind/status", with " generic" when it names no
// particular event. MUC-4 task documentation 1.0 rules 6-7; the conventions hold for news
// in general. The anchor is Monday 1990-03-12 unless a row says otherwise.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct CommentaryCase {
  const char* text;
  const char* expected;
};

class EventsCommentary : public ::testing::TestWithParam<CommentaryCase> {};

TEST_P(EventsCommentary, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "1990-03-12"), GetParam().expected) << GetParam().text;
}

const CommentaryCase kCases[] = {
    // A plural event noun after a manner adjective, undated, names a way of waging war.
    {"The opposition said the government has been carrying out indiscriminate bombings in the north.",
     "bombings=bombing/reported generic"},
    {"THE REFUGEES ARE VICTIMS OF THE GENOCIDAL BOMBINGS OF THE REGIME.", "BOMBINGS=bombing/reported generic"},
    {"Human rights groups denounced the wanton killings of the past decade in the highlands.",
     "killings=attack/reported generic"},
    // Dated in its clause, the same words tell acts.
    {"There were indiscriminate bombings this morning in the port district of Misrata.",
     "bombings=bombing/reported"},
    // An explicit remembrance is a recollection: background.
    {"We remember the assassination of the archbishop of San Salvador.", "assassination=assassination/background"},
    {"WE WILL NEVER FORGET THE MASSACRE OF THE VILLAGERS OF EL MOZOTE.", "MASSACRE=massacre/background"},
    // A year to date tallies many acts.
    {"Four people have been kidnapped every day so far in 1990, according to police statistics.",
     "kidnapped=abduction/reported generic"},
    // An accident kills without attackers, even when the aircraft carried arms for rebels.
    {"A cargo plane crashed into a residential area of Lagos on Monday, killing 17 people.", ""},
    {"A plane loaded with weapons for the guerrillas crashed at dawn in Usulutan, killing three crewmen.", ""},
    // An act against a whole people, or one a group habitually engages in, is no one event.
    {"The rebel leader said the government is attacking the people when it should negotiate.",
     "attacking=attack/reported generic"},
    {"Right-wing squads that engage in kidnapping have no place in the dialogue, the president said.",
     "kidnapping=abduction/reported generic"},
    {"Gangs in the port city resort to kidnapping and extortion to fund themselves.",
     "kidnapping=abduction/reported generic"},
    // Past engagement in a fight is an event.
    {"Troops engaged in a firefight with rebels near Cucuta on Tuesday.", "firefight=armed_clash/reported"},
    // Attackers acting in the sentence keep it an attack.
    {"Gunmen crashed their car into the gate and shot dead four guards in Mogadishu.", "shot dead=shooting/reported"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsCommentary, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
