// Table tests for the events stage, no-template cases: a bare verb form before a file word
// is a noun modifier ("17 kidnap cases"); a toll in the thousands told in the present
// perfect stays a tally across an apposition ("1,980 people, most of them youths, have been
// kidnapped"); the toll told by a participle after a tally is a tally ("carried out 45
// attacks, killing 30"); "acts of terrorism" is a plural phrase. A mention renders as
// "words=kind/status", with " generic" when it names no particular event.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct NotempCase {
  const char* text;
  const char* date;
  const char* expected;
};

TEST(EventsTallyFilesNotemp, FileWordsAfterABareVerb) {
  const NotempCase cases[] = {
      {"OFFICIALS SAID 17 KIDNAP CASES WERE REPORTED IN SEPTEMBER.", "1989-10-20", "KIDNAP=abduction/reported generic"},
      {"Prosecutors dropped the murder charges against the two officers.", "2011-04-02",
       "murder=attack/reported generic"},
      // A past form before a people word is an act told.
      {"Gunmen kidnapped three aid workers near Mogadishu on Sunday.", "2008-07-21", "kidnapped=abduction/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

TEST(EventsTallyFilesNotemp, TollAcrossAnApposition) {
  const NotempCase cases[] = {
      {"The army said 1,980 people, most of them youths, have been kidnapped by the rebels since November.",
       "1990-01-20", "kidnapped=abduction/reported generic"},
      {"MORE THAN 3,000 CIVILIANS, MANY OF THEM CHILDREN, HAVE BEEN KILLED IN THE PROVINCE.", "2016-09-30",
       "KILLED=attack/reported generic"},
      // A toll in the tens is one act.
      {"Gunmen have kidnapped 12 people, most of them students, in Kaduna.", "2021-03-12",
       "kidnapped=abduction/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

TEST(EventsTallyFilesNotemp, TollOfATally) {
  const NotempCase cases[] = {
      {"Rebels have carried out 45 attacks in the region, killing at least 30 people.", "2014-11-03",
       "attacks=attack/reported generic; killing=attack/reported generic"},
      {"THE GUERRILLAS STAGED 12 BOMBINGS LAST YEAR, KILLING 40 PEOPLE.", "1990-02-14",
       "BOMBINGS=bombing/background generic; KILLING=attack/reported generic"},
      // The toll of one act is the act's.
      {"A car bomb exploded outside the ministry, killing 12 people.", "2009-10-25",
       "car bomb exploded=car_bombing/reported; killing=attack/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

TEST(EventsTallyFilesNotemp, ActsOfAsAPlural) {
  const NotempCase cases[] = {
      {"The rebels were accused of acts of terrorism against the population.", "1989-12-13",
       "acts of terrorism=attack/reported generic"},
      {"SEVERAL ACTS OF SABOTAGE WERE BLAMED ON THE GUERRILLAS.", "1990-03-02",
       "ACTS OF SABOTAGE=sabotage/reported generic"},
      // Counted and dated, they are acts.
      {"Two acts of sabotage cut power to Lima on Tuesday.", "1990-03-02", "acts of sabotage=sabotage/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
