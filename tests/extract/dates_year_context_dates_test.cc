// Table tests for the year of a date written without one: a day and month told after a date
// of the same sentence that has its year belong to that date's year (or the one before or
// after, whichever is nearest), not to the publication's; a date in its own year and the
// first date of a sentence keep the anchor's rule. Also: a date opening its sentence frames
// it even with a gloss in parentheses before its comma. Rendered "words=VALUE" (and "frame"
// when the date frames its sentence), in text order, separated by "; ".
#include <gtest/gtest.h>

#include <string>

#include "../support/analyse.h"
#include "extract/dates.h"

namespace sitrep {
namespace {

struct YearContextCase {
  const char* text;
  const char* anchor;
  const char* expected;
};

std::string render(test::Analysed& a) {
  std::string out;
  for (const DateMention& d : a->dates) {
    if (!out.empty()) out += "; ";
    out += std::string(a.text(d.first, d.end)) + "=" + (d.year ? format_iso_date(d.year, d.month, d.day) : "?");
    if (d.frames_sentence) out += " frame";
  }
  return out;
}

const YearContextCase kCases[] = {
    // ACLED's range note: the gloss takes the year of the day it glosses.
    {"Around 3 March 2019 (between 1 and 3 March), gunmen killed five herders in Koro (Mopti).", "2024-06-20",
     "3 March 2019=2019-03-03 frame; 1 and 3 March=2019-03-01"},
    {"Around 16 June 2023 (between 14 and 16 June), bandits abducted 12 villagers in Kanoma.", "",
     "16 June 2023=2023-06-16 frame; 14 and 16 June=2023-06-14"},
    // A later day of a year told once, in an old report.
    {"Rebels shelled Monrovia on 12 March 2003 and again on 14 March.", "2010-05-01",
     "12 March 2003=2003-03-12; 14 March=2003-03-14"},
    // The nearest year, across New Year: "16 NOVEMBER 1989 ... 5 JANUARY" is 1990's.
    {"THE JESUITS WERE MURDERED ON 16 NOVEMBER 1989 AND THE SUSPECTS WERE CHARGED ON 5 JANUARY.", "1990-01-20",
     "16 NOVEMBER 1989=1989-11-16; 5 JANUARY=1990-01-05"},
    {"The siege began on 28 December 2016 and ended on 3 January.", "2017-06-01",
     "28 December 2016=2016-12-28; 3 January=2017-01-03"},
    // A year written in the later date stays.
    {"The first bomb went off on 2 May 2011 and the second on 9 June 2012.", "2013-01-10",
     "2 May 2011=2011-05-02; 9 June 2012=2012-06-09"},
    // Another sentence's year does not reach: the anchor's rule applies.
    {"Militants attacked the base on 5 April 2015. Troops retook it on 7 April.", "2016-05-01",
     "5 April 2015=2015-04-05; 7 April=2016-04-07"},
    // A date without a year first in its sentence keeps the anchor's year.
    {"Gunmen attacked a bus on 4 May near Garissa.", "2014-05-08", "4 May=2014-05-04"},
};

class DatesYearContext : public testing::TestWithParam<YearContextCase> {};

TEST_P(DatesYearContext, Mentions) {
  const YearContextCase& c = GetParam();
  test::Analysed a(c.text, c.anchor);
  find_dates(a.get());
  EXPECT_EQ(render(a), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, DatesYearContext, testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
