// Table tests for the events stage's summary and reference rules: a tally over a period
// ("over the past three months, 150 people have been killed"), a "when" clause hung on an
// earlier date, an event noun whose object is a bare plural, an arrest warrant, examples
// after "such as", "various" before a plural, an act named as an intention. A mention renders as
// "words=kind/status", with " generic" when it names no particular event (MUC-4 task
// documentation 1.0 rules 6-7; they hold for news in general). The anchor is 2022-09-06.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct SummaryCase {
  const char* text;
  const char* expected;
};

class EventsSummary : public ::testing::TestWithParam<SummaryCase> {};

TEST_P(EventsSummary, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2022-09-06"), GetParam().expected) << GetParam().text;
}

const SummaryCase kCases[] = {
    // A period up to now named in the plural, or a year to date: a tally of many acts.
    {"Over the past three months, some 150 people have been killed in the province, a rights group said.",
     "killed=attack/reported generic"},
    {"ACCORDING TO THE UNION, DURING THE LAST 3 WEEKS 14 TEACHERS HAVE BEEN MURDERED IN THE REGION.",
     "MURDERED=attack/reported generic"},
    {"So far this year, about 100 people have been killed in clashes in the border districts.",
     "killed=attack/reported generic; clashes=armed_clash/reported generic"},
    {"Kidnappings have doubled since January, with 45 abductions reported in the capital alone.",
     "Kidnappings=abduction/reported generic; abductions=abduction/background generic"},
    // A count and a place without a period report one act.
    {"Some 15 people have been killed in a bomb blast at a market in Peshawar, police said.",
     "killed=attack/reported; bomb blast=bombing/reported"},
    // A "when" clause hung on an earlier date tells what happened then.
    {"The amnesty covers those who occupied the Palace of Justice in November 1985, when about 100 people were killed.",
     "occupied=territory_seized/background; killed=attack/background"},
    {"SURVIVORS STILL SPEAK OF APRIL 1982, WHEN SOLDIERS SHOT DEAD 40 PEASANTS AT THE RIVER.",
     "SHOT DEAD=shooting/background"},
    {"Rebels attacked the town on Monday, when most of the soldiers were away.", "attacked=attack/reported"},
    // An event noun whose object is an uncounted plural names a practice, modifiers or not;
    // a count or a determiner makes it particular.
    {"The bishop called for an end to the bombing of Salvadoran cities and villages.",
     "bombing=bombing/reported generic"},
    {"Police are investigating the kidnapping of two foreign engineers near Port Harcourt.",
     "kidnapping=abduction/reported"},
    {"THEY DENOUNCED THE MURDER OF COLOMBIAN JUDGES AND OFFICIALS BY THE CARTELS.", "MURDER=attack/reported generic"},
    // An arrest warrant is a paper, not an arrest.
    {"A judge in Lima issued arrest warrants for five former officers on Tuesday.", "arrest=arrest/reported generic"},
    {"Police arrested five former officers in Lima on Tuesday.", "arrested=arrest/reported"},
    // Examples of a category after "such as" name none in particular.
    {"The regime blames the rebels for a number of actions, such as the attack on a Red Cross ambulance.",
     "attack=attack/reported generic"},
    {"Various bombings shook the capital during the campaign, the report said.",
     "bombings=bombing/reported generic"},
    // An act named as an intention is no act that took place.
    {"ARMED MEN WENT TO HIS HOUSE WITH THE INTENTION OF KIDNAPPING THE BUSINESSMAN.", ""},
    {"Armed men went to his house in Quetzaltenango on Monday and kidnapped the businessman.",
     "kidnapped=abduction/reported"},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsSummary, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
