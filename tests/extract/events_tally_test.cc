// Table tests for the events stage: a toll in the thousands told in the present perfect
// ("the insurgency has killed more than 40,000 people") is a tally of many acts, not one;
// an act named as the verb's subject keeps its toll. A mention renders as
// "words=kind/status", with " generic" when it names no particular event.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct TallyCase {
  const char* text;
  const char* expected;
};

TEST(EventsTally, ThousandsInThePresentPerfect) {
  const TallyCase cases[] = {
      {"The insurgency has killed more than 40,000 people since 2009.", "killed=attack/reported generic"},
      {"More than 10,000 civilians have been killed since the invasion began.",
       "killed=attack/reported generic; invasion=armed_clash/reported"},
      {"POLITICAL VIOLENCE IN PERU HAS KILLED MORE THAN 15,000 PEOPLE.",
       "VIOLENCE=attack/reported; KILLED=attack/reported generic"},
      // An act as the subject keeps its toll; a toll in the hundreds or a past tense tells one act.
      {"The attack has killed 1,200 people, officials said.", "attack=attack/reported; killed=attack/reported"},
      {"The bombing killed 1,500 people.", "bombing=bombing/reported; killed=attack/reported"},
      {"Gunmen have killed 120 villagers in Zamfara.", "killed=attack/reported"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, "2024-06-20"), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
