// Table tests for the MUC-4 view's inclusion, no-template cases: a crackdown is an act of
// the state, which MUC-4 counts only against civilians named (task documentation 1.0,
// point 2); "an attack on the judicial branch" or "on democracy" is a figure of speech
// (cues.tsv nonviolent figurative). Each record renders as "KIND MUC4TYPE" ("-" when
// MUC-4 records none), "; "-separated.
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

TEST(ViewsMuc4ScopeNotemp, CrackdownOnlyAgainstCiviliansNamed) {
  const NotempCase cases[] = {
      {"THE GOVERNMENT'S CRACKDOWN ON THE CARTELS CONTINUED IN MEDELLIN YESTERDAY.", "1990-03-12", "crackdown -"},
      {"Police cracked down on drug gangs in the favelas of Rio de Janeiro on Tuesday.", "2010-11-24", "crackdown -"},
      // Civilians hurt by it make it an attack on them.
      {"Troops cracked down on protesters in Rangoon on Sunday, killing three students.", "1988-08-10",
       "crackdown ATTACK"},
      {"POLICE CRACKED DOWN ON A UNION RALLY IN LA PAZ YESTERDAY, KILLING LABOR LEADER JUAN QUISPE.", "1985-03-21",
       "crackdown ATTACK [JUAN QUISPE]"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::record_kinds(c.text, c.date), c.expected) << c.text;
}

TEST(ViewsMuc4ScopeNotemp, AttackOnAnInstitutionIsAFigure) {
  const NotempCase cases[] = {
      {"THE COURT CALLED THE PRESIDENT'S DECREE AN ATTACK ON THE JUDICIAL BRANCH.", "1990-01-04", ""},
      {"Opposition leaders described the dissolution of parliament as an attack on democracy.", "2005-05-04", ""},
      // A building of the courts attacked is an act.
      {"Gunmen carried out an attack on the court building in Quetta on Monday.", "2016-08-09", "shooting ATTACK"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::record_kinds(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
