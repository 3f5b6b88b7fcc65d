// An age before a person's word is one modifier of the victim's phrase, not its start or a
// count: "A 60-year-old man was shot dead" is one man killed, "two 19-year-old students"
// two (news gives ages of victims constantly; the age is no count of people).
// Rows: {text, victims of the first record as "WORDS:EFFECT"}.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct AgeCase {
  const char* text;
  const char* expected;
};

TEST(CasualtiesAge, AgeIsAModifier) {
  const AgeCase cases[] = {
      {"A 60-year-old man was shot dead in Jenin on Monday.", "A 60-year-old man:killed"},
      {"Gunmen shot dead a 60-year-old farmer in Zamfara on Monday.", "a 60-year-old farmer:killed"},
      {"GUERRILLAS KILLED A 45-YEAR-OLD PEASANT IN SAN MIGUEL YESTERDAY.", "A 45-YEAR-OLD PEASANT:killed"},
      {"Two 19-year-old students were shot dead in Kisumu on Monday.", "Two 19-year-old students:killed"},
      {"Police said a two-year-old girl and her mother were wounded in the blast in Kano on Monday.",
       "a two-year-old girl:injured|her mother:injured"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::record_victims(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
