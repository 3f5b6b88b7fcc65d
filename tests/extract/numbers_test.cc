// Table tests for the numbers stage: {sentence, the number mentions it yields}. Each mention
// renders as "words: value", with ">=" (at least), "<=" (at most), "~" (approximately)
// before the value, "a..b" for a range, "?" after a vague figure and "?" alone for a vague
// quantity with no figure; mentions are separated by "; ". Dates and times run first, as in
// the pipeline, so their numbers must not appear.
#include <gtest/gtest.h>

#include <string>

#include "extract/dates.h"
#include "extract/numbers.h"
#include "../support/analyse.h"

namespace sitrep {
namespace {

struct NumberCase {
  const char* text;
  const char* expected;
};

std::string render(test::Analysed& a) {
  std::string out;
  for (const NumberMention& m : a->numbers) {
    if (!out.empty()) out += "; ";
    out += a.text(m.first, m.end);
    out += ": ";
    if (m.bound == NumberMention::kAtLeast) out += ">=";
    if (m.bound == NumberMention::kAtMost) out += "<=";
    if (m.bound == NumberMention::kApprox) out += "~";
    if (m.value < 0) {
      out += "?";
    } else {
      out += std::to_string(m.value);
      if (m.high >= 0) out += ".." + std::to_string(m.high);
      if (m.vague) out += "?";
    }
  }
  return out;
}

const NumberCase kCases[] = {
    // Digits.
    {"Gunmen killed 20 people.", "20: 20"},
    {"The attack wounded 7.", "7: 7"},
    {"At least 1,200 people were displaced.", "At least 1,200: >=1200"},
    {"The floods displaced 12,500 people.", "12,500: 12500"},
    {"Officials said 1,250,000 people had fled.", "1,250,000: 1250000"},
    {"Some 1.200 people fled the town.", "Some 1.200: ~1200"},
    {"1.200.000 people were displaced.", "1.200.000: 1200000"},
    {"The convoy covered a 1.200 km stretch.", ""},
    {"A 1.5 km stretch of road was closed.", ""},
    {"Aid reached 1.5 million people.", "1.5 million: 1500000"},
    {"The war displaced 2 million refugees.", "2 million: 2000000"},
    {"The fund holds 3.2 billion.", "3.2 billion: 3200000000"},
    {"The militants killed 5 and wounded 10.", "5: 5; 10: 10"},
    {"Police counted 1,20 items.", ""},
    {"He scored 2.5 points.", ""},
    {"The 5th attack this year hit the town.", ""},
    {"Violence peaked in the 1990s.", ""},
    {"Protesters began a 10km march.", ""},
    {"About 20% of the population fled.", ""},
    {"Turnout was 40 percent.", ""},
    {"Turnout was 40 per cent.", ""},
    {"The government pledged $5 million in aid.", ""},
    {"The bomb exploded near platform No. 4 at the station.", ""},
    {"Flight 17 was shot down over Ukraine.", ""},
    {"Route 1 was closed after the attack.", ""},
    {"Trucks waited at Gate 3 for hours.", ""},
    {"He lived in apartment #4 of the block.", ""},
    {"A 25-year-old man was killed.", ""},
    {"The army imposed a 24-hour curfew.", ""},
    {"Liverpool won 2-1 on Saturday.", ""},
    {"The phone number was 0620.", ""},
    {"Children aged 5- and 8-year-old were hurt.", ""},
    {"The Global Terrorism Index 2025 ranks the country first.", ""},
    {"Attacks rose compared to 2019.", ""},
    {"Attacks rose compared to 2019, officials said.", ""},
    {"Gunmen killed 2000 people.", "2000: 2000"},
    {"The toll rose to 1,950.", "1,950: 1950"},
    {"Police arrested 3 suspects and seized 40 rifles.", "3: 3; 40: 40"},
    {"A total of 300 families were affected.", "300: 300"},
    // Ranges.
    {"The blast killed 10-15 people.", "10-15: 10..15"},
    {"The blast killed 10 to 15 people.", "10 to 15: 10..15"},
    {"Between 20 and 30 civilians died.", "Between 20 and 30: 20..30"},
    {"between 20 and 30 civilians died.", "between 20 and 30: 20..30"},
    {"The raid killed two or three soldiers.", "two or three: 2..3"},
    {"The raid killed 10 \xE2\x80\x93 15 fighters.", "10 \xE2\x80\x93 15: 10..15"},
    {"The toll rose from 10 to 20.", "10 to 20: 10..20"},
    {"Between five and ten people were hurt.", "Between five and ten: 5..10"},
    {"The vote was 5 to 3.", "5: 5; 3: 3"},
    {"Two to three hundred families fled.", "Two to three hundred: 200..300"},
    {"The clashes displaced 10 to 15 million people.", "10 to 15 million: 10000000..15000000"},
    {"BETWEEN 20 AND 30 PEASANTS WERE KILLED.", "BETWEEN 20 AND 30: 20..30"},
    {"Fighting killed 40-50 militants.", "40-50: 40..50"},
    // Words.
    {"The attack killed two Russian embassy employees and four Afghans.", "two: 2; four: 4"},
    {"TWENTY-ONE PEASANTS WERE KILLED.", "TWENTY-ONE: 21"},
    {"Twenty-one peasants were killed.", "Twenty-one: 21"},
    {"twenty-one peasants were killed.", "twenty-one: 21"},
    {"Twenty one people died.", "Twenty one: 21"},
    {"The blast killed a hundred and five people.", "a hundred and five: 105"},
    {"One hundred and twenty-five soldiers surrendered.", "One hundred and twenty-five: 125"},
    {"Two thousand five hundred people marched.", "Two thousand five hundred: 2500"},
    {"A dozen soldiers were wounded.", "A dozen: 12"},
    {"Gunmen abducted a dozen students.", "a dozen: 12"},
    {"Two dozen homes burned.", "Two dozen: 24"},
    {"A thousand people gathered.", "A thousand: 1000"},
    {"A million people fled the city.", "A million: 1000000"},
    {"Three hundred prisoners escaped.", "Three hundred: 300"},
    {"Twelve hundred troops arrived.", "Twelve hundred: 1200"},
    {"FIFTY GUERRILLAS ATTACKED THE BASE.", "FIFTY: 50"},
    {"TWO SOLDIERS WERE KILLED.", "TWO: 2"},
    {"One of its fighters was killed.", "One: 1"},
    {"Eleven people died.", "Eleven: 11"},
    {"Ninety-nine people were rescued.", "Ninety-nine: 99"},
    {"Seventeen miners were trapped.", "Seventeen: 17"},
    {"The bomb killed one child.", "one: 1"},
    {"Nine civilians and three policemen were wounded.", "Nine: 9; three: 3"},
    {"Four members of the family were shot.", "Four: 4"},
    {"Six were killed and eight wounded.", "Six: 6; eight: 8"},
    {"Seven soldiers were killed and wounded.", "Seven: 7"},
    {"Five thousand troops were deployed.", "Five thousand: 5000"},
    {"Forty-two people were killed.", "Forty-two: 42"},
    {"Sixty people were hurt.", "Sixty: 60"},
    {"Eighteen bodies were found.", "Eighteen: 18"},
    {"THE TERRORISTS KILLED FIVE SOLDIERS AND WOUNDED TWELVE.", "FIVE: 5; TWELVE: 12"},
    {"ONE OF THE VICTIMS WAS A JUDGE.", "ONE: 1"},
    {"They met one another.", ""},
    {"The soldiers left one by one.", ""},
    // Zero.
    {"No one was hurt in the blast.", "No one: 0"},
    {"Nobody was killed.", "Nobody: 0"},
    {"None of the passengers were hurt.", "None: 0"},
    // "no", "a single": counts only before a counted noun (numbers.tsv).
    {"No civilians were hurt.", "No: 0"},
    {"No Afghan soldiers were hurt.", "No: 0"},
    {"There was no attack on the town.", ""},
    {"A single soldier was wounded.", "A single: 1"},
    {"A single shot was fired.", ""},
    {"Not a single person was hurt.", "Not a single: 0"},
    {"Half a dozen soldiers were hurt.", "Half a dozen: 6"},
    {"A couple of soldiers were hurt.", "A couple of: 2"},
    {"A score of villagers died.", "A score of: 20"},
    // Ordinals and compounds.
    {"It was the first attack on the city.", ""},
    {"It was the second attack in a week.", ""},
    {"The twenty-first century began.", ""},
    {"A three-day curfew was imposed.", ""},
    {"A two-year-old girl died.", ""},
    {"The three-storey building collapsed.", ""},
    {"It was the third such bombing.", ""},
    // Bounds.
    {"A suicide bomber killed at least 20 people.", "at least 20: >=20"},
    {"More than 50 people were killed.", "More than 50: >=50"},
    {"Over 100 homes were destroyed.", "Over 100: >=100"},
    {"Up to 7 people may have died.", "Up to 7: <=7"},
    {"As many as 30 people died.", "As many as 30: <=30"},
    {"Nearly 100 people were wounded.", "Nearly 100: ~100"},
    {"About 50 gunmen attacked.", "About 50: ~50"},
    {"Some 30 militants were killed.", "Some 30: ~30"},
    {"Around 40 houses burned.", "Around 40: ~40"},
    {"Almost 60 people were arrested.", "Almost 60: ~60"},
    {"Approximately 200 families fled.", "Approximately 200: ~200"},
    {"Roughly 15 soldiers died.", "Roughly 15: ~15"},
    {"Fewer than 10 people were hurt.", "Fewer than 10: <=10"},
    {"Less than 10 people were hurt.", "Less than 10: <=10"},
    {"No fewer than 12 people died.", "No fewer than 12: >=12"},
    {"In excess of 500 people fled.", "In excess of 500: >=500"},
    {"Upwards of 80 fighters were killed.", "Upwards of 80: >=80"},
    {"At least one person was killed.", "At least one: >=1"},
    {"At least a dozen people were hurt.", "At least a dozen: >=12"},
    {"More than a hundred people were injured.", "More than a hundred: >=100"},
    {"AT LEAST TWENTY PEOPLE DIED.", "AT LEAST TWENTY: >=20"},
    {"An estimated 3,000 people fled.", "An estimated 3,000: ~3000"},
    {"Close to 70 people were killed.", "Close to 70: ~70"},
    {"Under 5 people were hurt.", "Under 5: <=5"},
    {"At most three people were hurt.", "At most three: <=3"},
    {"Well over 1,000 people protested.", "Well over 1,000: >=1000"},
    {"APPROXIMATELY 50 GUERRILLAS ATTACKED.", "APPROXIMATELY 50: ~50"},
    {"More than two dozen people were hurt.", "More than two dozen: >=24"},
    {"Nearly 2 million people fled.", "Nearly 2 million: ~2000000"},
    {"No more than 40 people gathered.", "No more than 40: <=40"},
    {"killed at least 20 people", "at least 20: >=20"},
    {"More than 1.5 million people fled.", "More than 1.5 million: >=1500000"},
    // Vague quantities (ACLED: dozens 12, tens 10, hundreds 100; SPEC: several/many null).
    {"Dozens of wounded were taken to hospital.", "Dozens of: 12?"},
    {"dozens of wounded were taken to hospital", "dozens of: 12?"},
    {"DOZENS OF PEOPLE WERE WOUNDED.", "DOZENS OF: 12?"},
    {"Tens of people were hurt.", "Tens of: 10?"},
    {"Hundreds of people were displaced.", "Hundreds of: 100?"},
    {"Thousands of residents fled.", "Thousands of: 1000?"},
    {"Tens of thousands of people marched.", "Tens of thousands: 10000?"},
    {"Hundreds of thousands of people fled.", "Hundreds of thousands: 100000?"},
    {"Several people were hurt.", "Several: ?"},
    {"Many civilians were killed.", "Many: ?"},
    {"A number of wounded were evacuated.", "A number of: ?"},
    {"a number of wounded were evacuated", "a number of: ?"},
    {"Some civilians were wounded.", "Some: ?"},
    {"A few soldiers were hurt.", "A few: ?"},
    {"Numerous casualties were reported.", "Numerous: ?"},
    {"Several hundred protesters gathered.", "Several hundred: 100?"},
    {"A few dozen fighters surrendered.", "A few dozen: 12?"},
    {"Several thousand people fled.", "Several thousand: 1000?"},
    {"More than dozens were hurt.", "More than dozens: >=12?"},
    {"SEVERAL PEASANTS WERE KILLED.", "SEVERAL: ?"},
    {"MANY PEOPLE WERE WOUNDED.", "MANY: ?"},
    {"Scores of people were injured.", "Scores of: 20?"},
    {"Millions of people fled.", "Millions of: 1000000?"},
    {"Many thousands of people fled.", "Many thousands of: 1000?"},
    {"Several dozen soldiers surrendered.", "Several dozen: 12?"},
    {"A handful of soldiers surrendered.", "A handful of: ?"},
    // Dates and times are not counts.
    {"On 5 September 2022, 20 people were killed.", "20: 20"},
    {"The group was founded in 2021.", ""},
    {"The bomb went off at 10:50.", ""},
    {"At 10 pm, 3 people died.", "3: 3"},
    {"KABUL, Sept. 5 (Reuters) - Two people died.", "Two: 2"},
    {"Gunmen killed 3 on Monday.", "3: 3"},
    {"The attack on 5 September killed 22 people.", "22: 22"},
    {"5 September 22 people were killed.", "22: 22"},
    {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- FOUR SOLDIERS DIED.", "FOUR: 4"},
    {"The blast at 1050 hrs killed 6.", "6: 6"},
    {"The explosion at 10:50 am (0620 GMT) killed 9.", "9: 9"},
    {"Since 2019, 300 people have been killed.", "300: 300"},
    {"On 2022-09-05, 8 people died.", "8: 8"},
    {"THE ATTACK TOOK PLACE ON 30 DECEMBER AT 2030 HOURS.", ""},
    {"The attack happened two days ago.", ""},
    {"In 1989 12 peasants were killed.", "12: 12"},
    // Casualty-style sentences.
    {"The blast killed two employees of the embassy and wounded 11.", "two: 2; 11: 11"},
    {"A suicide bomber killed at least 20 people and wounded dozens.", "at least 20: >=20; dozens: 12?"},
    {"The toll rose to 20.", "20: 20"},
    {"Three policemen and a civilian were killed.", "Three: 3"},
    {"The militants held 120 hostages for two days.", "120: 120; two: 2"},
    {"Ten soldiers and 15 rebels died in the clashes.", "Ten: 10; 15: 15"},
    {"The attackers killed a dozen villagers and abducted 30 women.", "a dozen: 12; 30: 30"},
    {"EIGHT PEASANTS WERE MURDERED BY THE FMLN.", "EIGHT: 8"},
    {"SOME 40 FMLN GUERRILLAS ATTACKED THE POST.", "SOME 40: ~40"},
    {"A HUNDRED AND FIVE HOUSES WERE DESTROYED.", "A HUNDRED AND FIVE: 105"},
    {"Seven people, including two children, were killed.", "Seven: 7; two: 2"},
};

class NumbersTable : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumbersTable, Finds) {
  const NumberCase& c = GetParam();
  test::Analysed a(c.text, "2022-09-06");
  find_dates(a.get());
  find_numbers(a.get());
  EXPECT_EQ(render(a), c.expected) << "text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Numbers, NumbersTable, ::testing::ValuesIn(kCases));

// The layer's own invariants over every case: sorted, non-overlapping, inside the text,
// and never on a date or time token.
TEST(NumbersLayer, SortedNonOverlappingAndOffDates) {
  for (const NumberCase& c : kCases) {
    test::Analysed a(c.text, "2022-09-06");
    find_dates(a.get());
    find_numbers(a.get());
    uint32_t prev_end = 0;
    for (const NumberMention& m : a->numbers) {
      EXPECT_LE(prev_end, m.first) << c.text;
      EXPECT_LT(m.first, m.end) << c.text;
      EXPECT_LE(m.end, a.doc().tokens.size()) << c.text;
      for (const DateMention& d : a->dates) EXPECT_TRUE(m.end <= d.first || d.end <= m.first) << c.text;
      for (const TimeMention& t : a->times) EXPECT_TRUE(m.end <= t.first || t.end <= m.first) << c.text;
      prev_end = m.end;
    }
  }
}

// find_dates after find_numbers removes the numbers that are dates or times.
TEST(NumbersLayer, DatesAfterNumbersRemoveOverlaps) {
  test::Analysed a("On 5 September 2022 at 10:50 am, 20 people were killed.", "2022-09-06");
  find_numbers(a.get());
  find_dates(a.get());
  ASSERT_EQ(a->numbers.size(), 1u);
  EXPECT_EQ(a->numbers[0].value, 20);
}

// Without the matches layer single number words are still found.
TEST(NumbersLayer, WorksWithoutMatches) {
  test::Analysed a("Gunmen killed twenty-one peasants and 4 soldiers.");
  a->matches.clear();
  a->match_index.clear();
  find_numbers(a.get());
  ASSERT_EQ(a->numbers.size(), 2u);
  EXPECT_EQ(a->numbers[0].value, 21);
  EXPECT_EQ(a->numbers[1].value, 4);
}

}  // namespace
}  // namespace sitrep
