// Table tests for named victims whose surname is also an English word (data/events/
// casualty_words.tsv, surname rows): {news text, what the first incident record says},
// rendered as "killed=K injured=I names=N1|N2" ("-" none). Spanish and Portuguese surnames
// such as Sales, Mesa, Merino or Pinto end a name in all-caps wire copy and in mixed case
// alike; the same word used as an ordinary noun ("a sales manager") joins no name.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "../support/render.h"

#include <string>

namespace sitrep {
namespace {

struct SurnameCase {
  const char* text;
  const char* expected;
};

TEST(IberianSurnames, DictionaryWordsEndTheName) {
  const SurnameCase cases[] = {
      {"LIMA, 4 FEB 90 -- THE POLICE SAID TODAY THAT LUIS SALES WAS KIDNAPPED ON MONDAY.",
       "killed=- injured=- names=LUIS SALES"},
      {"Bogota, Feb 20 - Senator Jorge Sedano was kidnapped on Friday along with his bodyguard Luis Mesa.",
       "killed=- injured=- names=Jorge Sedano|Luis Mesa"},
      {"MADRID, 11 OCT 85 -- GUNMEN SHOT DEAD RETIRED COLONEL ANTONIO MERINO IN BILBAO YESTERDAY.",
       "killed=1 injured=- names=ANTONIO MERINO"},
      {"Gunmen killed the lawyer Ana Pinto outside her office in Luanda on Tuesday.",
       "killed=1 injured=- names=Ana Pinto"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text;
}

// The word as a plain noun after a named person stays out of the name.
TEST(IberianSurnames, PlainNounStaysOut) {
  const SurnameCase cases[] = {
      {"CALI, 9 MAY 88 -- PEDRO GOMEZ, A SALES MANAGER, WAS KIDNAPPED IN CALI ON MONDAY.",
       "killed=- injured=- names=PEDRO GOMEZ"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::record_casualties(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
