// Table tests for a month with a year named relative to the anchor ("in August last year",
// "in May of this year", "MARCH NEXT YEAR"): one mention of month precision, not a bare
// "last year" of year precision. A date renders as "words=ISO precision", mentions
// separated by "; ".
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"
#include "extract/dates.h"

namespace sitrep {
namespace {

struct Case {
  const char* text;
  const char* anchor;
  const char* expected;
};

class MonthOfYear : public ::testing::TestWithParam<Case> {};

TEST_P(MonthOfYear, OneMention) {
  test::Analysed a(GetParam().text, GetParam().anchor);
  find_dates(a.get());
  EXPECT_EQ(test::date_mentions(a), GetParam().expected) << GetParam().text;
}

const Case kCases[] = {
    {"In August last year, gunmen killed a presidential candidate in Quito.", "2024-06-20",
     "August last year=2023-08-15 month"},
    {"Militants overran the base in May of last year.", "2024-06-20", "May of last year=2023-05-15 month"},
    // In capitals "MARCH" may be the verb; the year after it says it is the month.
    {"IN MARCH OF THIS YEAR, GUERRILLAS DYNAMITED A BRIDGE IN USULUTAN.", "1990-06-05",
     "MARCH OF THIS YEAR=1990-03-15 month"},
    {"Elections are due in April next year.", "2021-10-02", "April next year=2022-04-15 month"},
    // Without a month it stays a year.
    {"The group killed a mayor in Michoacan last year.", "2024-06-20", "last year=2023-07-01 year"},
    // The verb stays a verb.
    {"TEACHERS WILL MARCH THIS WEEK IN LIMA.", "1990-06-05", "THIS WEEK=1990-06-04 week"},
};

INSTANTIATE_TEST_SUITE_P(Dates, MonthOfYear, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
