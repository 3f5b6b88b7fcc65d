// End-to-end table for a tally told in the perfect over a period up to now ("Bandits have
// killed hundreds of villagers in the state in recent months", "since 2009"): it sums up
// other acts, so its people, doers and actors join no incident, and alone it makes none.
// An act in the perfect that names its day, or "since" a day, is one act and keeps its toll.
// {news text, publication date, "killed=N injured=N names=..." of the first record (or "no
// record"), a word the first record's roles must not hold ("" for none)}.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct PeriodTallyCase {
  const char* text;
  const char* date;
  const char* casualties;
  const char* not_in_roles;
};

const PeriodTallyCase kCases[] = {
    // The tally after the lead: its victims, doers and actors stay out.
    {"Gunmen killed five farmers near Jos on Tuesday. Herders have killed hundreds of villagers in Plateau State in "
     "recent months.",
     "2018-05-02", "killed=5 injured=- names=", "Herders"},
    {"A CAR BOMB KILLED SIX POLICEMEN IN MEDELLIN ON FRIDAY. HIRED ASSASSINS HAVE KILLED MORE THAN 200 POLICE "
     "OFFICERS IN THE CITY THIS YEAR.",
     "1990-08-20", "killed=6 injured=- names=", "ASSASSINS"},
    {"Two soldiers were killed when a roadside bomb exploded in Hakkari province on Wednesday. The PKK has killed "
     "thousands of members of the security forces since 1984.",
     "2016-09-08", "killed=2 injured=- names=", "PKK"},
    {"Suspected insurgents shot dead a village headman in Pattani province on Sunday. Separatist rebels have "
     "torched dozens of schools in the south over the years.",
     "2012-01-10", "killed=1 injured=- names=", "schools"},
    {"Militiamen wounded three traders at a market in Bunia on Friday. CODECO fighters have killed more than 300 "
     "displaced people in Ituri since 2019, a UN report said.",
     "2021-03-06", "killed=- injured=3 names=", "CODECO"},
    // A tally alone is no incident.
    {"At least 40 journalists have been killed in Mexico since 2000.", "2016-07-01", "no record", ""},
    {"In recent weeks, armed men have abducted dozens of students across Kaduna State.", "2021-07-10", "no record", ""},
    // One act told in the perfect: its day, or "since" a day, dates it.
    {"Gunmen have killed 14 worshippers in an attack on a church in Owo on Sunday.", "2022-06-06",
     "killed=14 injured=- names=", ""},
    {"Air strikes have killed 27 people in Rafah since Tuesday, health officials said.", "2024-05-30",
     "killed=27 injured=- names=", ""},
    // One person or place over the period is one act: no tally without many counted.
    {"The ELN has kidnapped a senator in Arauca this year, the army said on Monday.", "1998-10-14",
     "killed=- injured=- names=", ""},
    {"REBELS HAVE ATTACKED THE TOWN OF GOMA THIS MONTH, KILLING 12 CIVILIANS ON TUESDAY.", "1998-08-20",
     "killed=12 injured=- names=", ""},
};

class AssemblePeriodTally : public testing::TestWithParam<PeriodTallyCase> {};

TEST_P(AssemblePeriodTally, TallyJoinsNoIncident) {
  const PeriodTallyCase& c = GetParam();
  EXPECT_EQ(test::record_casualties(c.text, false, c.date), c.casualties) << c.text;
  if (*c.not_in_roles)
    EXPECT_EQ(test::record_roles(c.text, c.date).find(c.not_in_roles), std::string::npos)
        << c.text << "\n"
        << test::record_roles(c.text, c.date);
}

INSTANTIATE_TEST_SUITE_P(Table, AssemblePeriodTally, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
