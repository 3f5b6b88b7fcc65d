// Table tests for where a date can start (extract/dates, DateScanner::may_start): the
// stage skips most words with one hash probe, so every word that can open a date must still
// open one, in any case, and the common words it skips must yield none.
// A date renders as "words=ISO precision", mentions separated by "; ".
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"
#include "extract/dates.h"

namespace sitrep {
namespace {

struct StartCase {
  const char* text;
  const char* anchor;
  const char* expected;
};

class DateStarts : public ::testing::TestWithParam<StartCase> {};

TEST_P(DateStarts, Finds) {
  test::Analysed a(GetParam().text, GetParam().anchor);
  find_dates(a.get());
  EXPECT_EQ(test::date_mentions(a), GetParam().expected) << GetParam().text;
}

const StartCase kCases[] = {
    // "the" opens a date only as "the day before yesterday", "the day after tomorrow",
    // "the weekend", whatever its case.
    {"The day before yesterday, gunmen stormed a hotel in Mogadishu.", "2017-06-16",
     "The day before yesterday=2017-06-14 day"},
    {"THE DAY BEFORE YESTERDAY, GUERRILLAS DYNAMITED TWO ELECTRICITY PYLONS.", "1989-11-08",
     "THE DAY BEFORE YESTERDAY=1989-11-06 day"},
    {"Negotiators will meet again the day after tomorrow in Doha.", "2020-02-27",
     "the day after tomorrow=2020-02-29 day"},
    {"Police said the weekend riots in Belfast left 40 officers hurt.", "2021-04-12", "the weekend=2021-04-05 week"},
    // "the" before other words is no date; the date after it still is.
    {"The bomb went off on the day of the election.", "2019-05-20", ""},
    {"The attack on the 5th of May killed nine people.", "2019-05-20", "5th of May=2019-05-05 day"},
    {"THE ATTACK TOOK PLACE ON THE NIGHT OF 12 JANUARY 1990.", "1990-01-20", "12 JANUARY 1990=1990-01-12 day"},
    {"The army said the rebels withdrew in the summer of 2016.", "2017-03-01", "summer of 2016=2016-07-01 year"},
};

INSTANTIATE_TEST_SUITE_P(Dates, DateStarts, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
