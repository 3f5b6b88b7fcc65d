// End-to-end table for days counted from another day than the publication date: a
// sentence opened by "A day later," / "Two days later," / "The next day," / "The following
// week," / "A week earlier," dates its act from the act told just before it; "overnight",
// "last night", "early today" in a sentence whose statement names its day ("..., the
// governor said on Saturday") are counted from that day, not from the publication date.
#include <gtest/gtest.h>

#include "../support/render.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct SequenceDateCase {
  const char* text;
  const char* published;  // publication date given to extraction
  const char* dates;      // every record's "value/precision" (all statuses), "; "-separated
};

const SequenceDateCase kCases[] = {
    // A span after the act told before: its day plus the span.
    {"Maoist rebels ambushed a police patrol in Dantewada on Tuesday, killing 76 men. Two days later, the rebels "
     "blew up a bus near Sukma, killing 30 people.",
     "2010-04-12", "2010-04-06/day; 2010-04-08/day"},
    {"GUERRILLAS DYNAMITED A BRIDGE IN USULUTAN ON 12 MAY. THE NEXT DAY, A BOMB EXPLODED AT A BANK IN SAN MIGUEL, "
     "KILLING TWO GUARDS.",
     "1990-05-20", "1990-05-12/day; 1990-05-13/day"},
    {"Gunmen killed three farmers in Benue on Sunday. A day later, a bomb exploded in a market in Makurdi, killing "
     "four people.",
     "2024-06-20", "2024-06-16/day; 2024-06-17/day"},
    // A week is told loosely: week precision (its Monday), as "a week after" is.
    {"A car bomb killed 14 people in Baghdad on August 10. A week later, a suicide bomber struck a police station in "
     "Baquba.",
     "2007-08-30", "2007-08-10/day; 2007-08-13/week"},
    {"Chechen rebels seized a school in Beslan on 1 September 2004. The following week, a bomb exploded at a bus "
     "stop in Moscow.",
     "2004-09-10", "2004-09-01/day; 2004-09-06/week"},
    // Counted back: "A week earlier,".
    {"Militants raided a village in Mopti on March 3. A week earlier, gunmen had killed 12 herders near Djenne.",
     "2019-03-20", "2019-03-03/day; 2019-02-18/week"},
    // No act after the opening: nothing to date.
    {"Gunmen killed five people in Kaduna on Monday. The next day, police said nothing.", "2024-06-20",
     "2024-06-17/day"},
    // Overnight, last night, today: from the statement's day.
    {"Russian drones struck Odesa overnight, killing two people, the regional governor said on Saturday.", "2024-06-20",
     "2024-06-15/day"},
    {"Gunmen attacked a village in Plateau state last night, killing 12 people, a police spokesman said on Tuesday.",
     "2024-06-20", "2024-06-17/day"},
    {"GUERRILLAS ATTACKED A POWER STATION IN LA LIBERTAD OVERNIGHT, THE ARMED FORCES REPORTED ON WEDNESDAY.",
     "1990-03-10", "1990-03-07/day"},
    {"An Israeli airstrike on a house in Gaza City killed seven people early today, medics said on Wednesday.",
     "2015-11-20", "2015-11-18/day"},
    // No statement day: the publication date still anchors.
    {"Suspected militants attacked a checkpoint in Kandahar overnight, killing four policemen.", "2011-05-05",
     "2011-05-05/day"},
};

class SequenceDateLeftovers : public testing::TestWithParam<SequenceDateCase> {};

TEST_P(SequenceDateLeftovers, CountedFromTheDayTold) {
  const SequenceDateCase& c = GetParam();
  EXPECT_EQ(test::record_dates(test::extract_text(c.text, c.published, true)), c.dates) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, SequenceDateLeftovers, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
