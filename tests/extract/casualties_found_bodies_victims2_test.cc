// Table tests for victim phrases: the body of a captive found (a death, besides the
// abduction), a people word as the modifier of another ("six civilian employees"), an "of"
// complement naming an armed group kept whole, a facility opened by a people word ("a
// police station": no people), and a name identifying the one victim just counted.
// {news text, what the first record says}.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct BodyCase {
  const char* text;
  const char* victims;     // test::record_victims
  const char* casualties;  // test::record_casualties
};

void check(const BodyCase& c, const std::string& date = "2024-01-15") {
  EXPECT_EQ(test::record_victims(c.text, true, date), c.victims) << c.text;
  EXPECT_EQ(test::record_casualties(c.text, false, date), c.casualties) << c.text;
}

// "The body of a kidnapped engineer": the participle tells what befell the people earlier;
// the body tells their death. Both effects are kept.
TEST(FoundBodiesVictims2, BodyOfACaptive) {
  const BodyCase cases[] = {
      {"The body of a kidnapped engineer was found in Zamfara on Tuesday.",
       "a kidnapped engineer:killed|engineer:abducted", "killed=1 injured=- names="},
      {"The bodies of two abducted aid workers were found near Nyala on Friday.",
       "two abducted aid workers:killed|aid workers:abducted", "killed=2 injured=- names="},
      {"Police found the bodies of three men who had been abducted in Kaduna on Monday.",
       "three men:killed|three men:abducted", "killed=3 injured=- names="},
      {"THE BODY OF A KIDNAPPED BUSINESSMAN WAS FOUND IN MEDELLIN YESTERDAY.",
       "A KIDNAPPED BUSINESSMAN:killed|BUSINESSMAN:abducted", "killed=1 injured=- names="},
  };
  for (const BodyCase& c : cases) check(c);
}

// A singular people word before another is its modifier: one group, counted and named by
// the second word; a plural first word stays its own head.
TEST(FoundBodiesVictims2, PeopleWordAsModifier) {
  const BodyCase cases[] = {
      {"Gunmen killed six civilian employees of the navy in Karachi on Monday.",
       "six civilian employees of the navy:killed", "killed=6 injured=- names="},
      {"A gunman shot dead a migrant worker in Pulwama on Sunday.", "a migrant worker:killed",
       "killed=1 injured=- names="},
      {"Gunmen killed four civilians in Kidal on Friday.", "four civilians:killed", "killed=4 injured=- names="},
  };
  for (const BodyCase& c : cases) check(c);
}

// A named armed group in the "of" complement is kept whole, however long its name
// (Guatemala, 1980s wire copy).
TEST(FoundBodiesVictims2, ArmedGroupComplement) {
  const BodyCase cases[] = {
      {"ARMY TROOPS KILLED FIVE GUERRILLAS OF THE GUERRILLA ARMY OF THE POOR IN AN AMBUSH IN QUICHE YESTERDAY.",
       "FIVE GUERRILLAS OF THE GUERRILLA ARMY OF THE POOR:killed", "killed=5 injured=- names="},
  };
  for (const BodyCase& c : cases) check(c, "1988-06-10");
}

// A people word that opens a facility's name names the place: nobody is abducted when a
// police station or an army base is seized.
TEST(FoundBodiesVictims2, FacilityIsNoPeople) {
  const BodyCase cases[] = {
      {"Al Shabaab fighters seized a police station in Lower Shabelle on Sunday.", "", "killed=- injured=- names="},
      {"Rebels seized an army base near Goma on Thursday.", "", "killed=- injured=- names="},
      {"Gunmen seized two police officers in Zamfara on Monday.", "two police officers:abducted",
       "killed=- injured=- names="},
  };
  for (const BodyCase& c : cases) check(c);
}

// "The victim was identified as X" after one person counted names that person; after a
// group of several, the names stay their own victims.
TEST(FoundBodiesVictims2, NameOfTheOneVictim) {
  const BodyCase cases[] = {
      {"Militants shot dead a migrant worker in Shopian on Saturday. The victim was identified as Rahul Kumar.",
       "a migrant worker:killed", "killed=1 injured=- names=Rahul Kumar"},
      {"Gunmen killed a teacher in Cali on Friday. He was identified as Juan Perez.", "a teacher:killed",
       "killed=1 injured=- names=Juan Perez"},
      {"Gunmen killed two teachers in Cali on Friday. The victims were identified as Juan Perez and Pedro Garcia.",
       "two teachers:killed|Juan Perez:killed|Pedro Garcia:killed", "killed=2 injured=- names=Juan Perez|Pedro Garcia"},
      // Named again under another casualty word: still the one person.
      {"Militants shot dead a shopkeeper in Srinagar on Tuesday. The victim, identified as Amit Raina, 40, was shot "
       "from close range and died on the way to hospital.",
       "a shopkeeper:killed", "killed=1 injured=- names=Amit Raina"},
  };
  for (const BodyCase& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
