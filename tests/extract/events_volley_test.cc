// Volleys, capsized boats and the junta: shapes of modern conflict news that a fixed trigger
// phrase misses or misreads.
// - A launch verb, a count or quantity, a projectile and where it was aimed tell an act
//   ("fired two rockets at the airport", "launched 30 drones at Kyiv"); the projectile alone
//   ("the rockets were displayed") or a test shot into the sea tells none.
// - Boats that capsize and factory fires kill without an attacker: no event.
// - "Junta" names a ruling military government: a town taken from junta forces is territory
//   taken, not a coup.
// Rows: {text, publication date, ACLED sub-event type of the first record with one, or
// "no ACLED record"}.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct VolleyCase {
  const char* text;
  const char* date;
  const char* expected;  // prefix of test::first_acled_type
};

const VolleyCase kCases[] = {
    {"Rebels fired two rockets at the airport in Goma on Monday.", "2024-02-20", "Shelling/artillery/missile attack"},
    {"Hamas fighters fired more than 100 rockets at southern Israel on Saturday, the army said.", "2021-05-16",
     "Shelling/artillery/missile attack"},
    {"Militants lobbed three mortar shells at a military camp in Mogadishu on Monday.", "2019-03-05",
     "Shelling/artillery/missile attack"},
    {"Russian forces launched 30 drones at Kyiv overnight, the air force said on Tuesday.", "2023-05-30",
     "Air/drone strike"},
    {"Islamic Jihad fired a barrage of rockets toward Sderot on Friday.", "2022-08-06",
     "Shelling/artillery/missile attack"},
    {"THE REBELS FIRED SEVERAL MISSILES AT THE GOVERNMENT PALACE LAST NIGHT.", "1989-11-12",
     "Shelling/artillery/missile attack"},
    // A strike named by the state that carried it out is a military strike; workers'
    // strikes are named otherwise.
    {"Israeli strikes killed 12 people in Rafah on Tuesday, health officials said.", "2024-05-29", "Air/drone strike"},
    {"U.S.-led coalition strikes killed 20 civilians in Raqqa on Sunday.", "2017-08-21", "Air/drone strike"},
    {"Workers began a general strike in Lagos on Monday over fuel prices.", "2012-01-10", "no ACLED record"},
    // No act: the projectiles are shown, launched into space or tested at sea.
    {"The rockets were displayed at a military parade in Pyongyang on Monday.", "2023-07-28", "no ACLED record"},
    {"North Korea fired two ballistic missiles into the sea off its east coast on Monday.", "2022-10-03",
     "no ACLED record"},
    {"The space agency launched two rockets from Florida on Monday, carrying weather satellites.", "2024-02-20",
     "no ACLED record"},
    // Accidents.
    {"A ferry capsized on Lake Kivu on Tuesday, killing 30 passengers.", "2019-04-16", "no ACLED record"},
    {"AN OVERLOADED BOAT CAPSIZED ON THE NIGER RIVER ON SUNDAY, KILLING 48 PEOPLE, OFFICIALS SAID.", "2021-05-10",
     "no ACLED record"},
    {"A fire at a garment factory in Dhaka killed 12 workers on Tuesday.", "2012-11-27", "no ACLED record"},
    // The junta is the government.
    {"Rebels seized the town of Lashio from junta forces on Monday.", "2024-08-05",
     "Non-state actor overtakes territory"},
    {"JNIM fighters seized the town of Boni on Monday, the junta said.", "2023-06-20",
     "Non-state actor overtakes territory"},
};

TEST(EventsVolley, LaunchVerbCountProjectileTarget) {
  for (const VolleyCase& c : kCases) {
    std::string got = test::first_acled_type(c.text, c.date);
    EXPECT_EQ(got.substr(0, std::string(c.expected).size()), c.expected) << c.text << "\n  got " << got;
  }
}

}  // namespace
}  // namespace sitrep
