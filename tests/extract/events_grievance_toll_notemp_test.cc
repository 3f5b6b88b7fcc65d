// Table tests for the events stage, no-template cases: the act a protest verb names as
// its object is the protest's grievance, told in passing (background); a consequence word
// in the sentence right after an accident or a disaster, with no act told in either, is
// that happening's toll and no event. A mention renders as "words=kind/status", with
// " generic" when it names no particular event.
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

TEST(EventsGrievanceTollNotemp, ObjectOfAProtestVerb) {
  const NotempCase cases[] = {
      {"Thousands of students protested the killing of a union leader in Quito.", "1995-05-03",
       "protested=protest/reported; killing=attack/background"},
      {"DEMONSTRATORS PROTESTED THE ASSASSINATION OF THE MAYOR IN FRONT OF THE CITY HALL.", "1989-11-27",
       "PROTESTED=protest/reported; ASSASSINATION=assassination/background"},
      // An act told in a clause of its own after the protest is reported.
      {"Students protested in Dhaka on Friday, and police killed two of them.", "2013-05-03",
       "protested=protest/reported; killed=attack/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

TEST(EventsGrievanceTollNotemp, TollOfAnAccident) {
  const NotempCase cases[] = {
      {"A bus plunged into a ravine near Cuzco on Sunday. Twelve passengers were injured.", "1998-02-02", ""},
      {"AN EARTHQUAKE STRUCK THE PROVINCE OF SAN JUAN YESTERDAY. AT LEAST 30 PEOPLE WERE KILLED.", "1977-11-24", ""},
      // An act told beside the accident keeps its toll.
      {"A car bomb exploded near a bus in Baghdad, which crashed into a wall. Ten people were killed.", "2007-06-02",
       "car bomb exploded=car_bombing/reported; killed=attack/reported"},
      // A toll with no accident before it is an act's.
      {"Police found the bodies near Kirkuk on Monday. Four men had been killed.", "2007-06-02",
       "killed=attack/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
