// End-to-end table for the date of an earlier act told after "<span> after": "The attack
// came a day after bandits killed 12 villagers" dates the bandits' act the day before the
// main act, at the precision the span allows; never by the dateline's day.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SpanDateCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* dates;      // every record's "value/precision" (all statuses), "; "-separated
};

const SpanDateCase kCases[] = {
    {"Suspected Maoists killed three policemen in Dantewada on Friday. The ambush came a day after rebels torched "
     "two trucks near Sukma.",
     "2010-04-10", "2010-04-09/day; 2010-04-08/day"},
    {"TWO SOLDIERS WERE KILLED IN AN AMBUSH IN CHALATENANGO ON 12 MAY, TWO DAYS AFTER GUERRILLAS KIDNAPPED A MAYOR "
     "IN USULUTAN.",
     "1990-05-14", "1990-05-12/day; 1990-05-10/day"},
    // A week is told loosely: the week before, at week precision (its Monday).
    {"A car bomb exploded in Mosul on Tuesday, a week after a suicide bomber killed 20 people at a mosque in Tal "
     "Afar.",
     "2005-06-16", "2005-06-14/day; 2005-06-06/week"},
    // The earlier act told first, the main act's day opening the sentence (the deaths are
    // the storming's toll: one record).
    {"On Wednesday, two days after gunmen stormed a hotel in Kismayo, officials said 11 people had died.", "2021-10-06",
     "2021-10-04/day"},
    // With no day in the text the main act is the dateline's; the earlier act the day before it.
    {"LAGOS, March 4 (Reuters) - Gunmen killed eight farmers in Benue state. The attack came a day after herdsmen "
     "kidnapped a priest in the state.",
     "2018-03-04", "2018-03-04/day; 2018-03-03/day"},
    // "Two days after the attack" re-describes the story's act: one record, one day.
    {"Gunmen killed five villagers in Zamfara state on Tuesday. Two days after the attack, the toll rose as a "
     "wounded man died.",
     "2021-04-08", "2021-04-06/day"},
};

class AfterSpanDateSpotd : public testing::TestWithParam<SpanDateCase> {};

TEST_P(AfterSpanDateSpotd, EarlierActDatedBySpan) {
  const SpanDateCase& c = GetParam();
  EXPECT_EQ(test::record_dates(test::extract_text(c.text, c.published, true)), c.dates) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, AfterSpanDateSpotd, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
