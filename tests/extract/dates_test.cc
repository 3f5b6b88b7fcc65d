// Table tests for the dates stage: {sentence, anchor, the date and time mentions it yields}.
// A date renders as "words=VALUE precision" with VALUE the resolved ISO date ("?-09-05" when
// the year is unknown, "?" when nothing is), then "wdN" (weekday, 0 = Monday), "rel"
// (anchor-relative), "bg" (past background) and "fut" (future) when set. A time renders as
// "words@HH:MM", "Z" after a UTC time, " utc=HH:MM" for a UTC time given alongside.
// Mentions are in text order, separated by "; ". The usual anchor is Tuesday 2022-09-06.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/dates.h"
#include "../support/analyse.h"

namespace sitrep {
namespace {

constexpr const char* kTue = "2022-09-06";  // a Tuesday

struct DateCase {
  const char* text;
  const char* anchor;
  const char* expected;
};

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string render(test::Analysed& a) {
  std::vector<std::pair<uint32_t, std::string>> items;
  for (const DateMention& d : a->dates) {
    std::string s(a.text(d.first, d.end));
    s += "=";
    if (d.year) s += format_iso_date(d.year, d.month, d.day);
    else if (d.month) s += "?-" + two(d.month) + "-" + two(d.day);
    else s += "?";
    static const char* kPrecision[] = {"none", "day", "week", "month", "year"};
    s += " ";
    s += kPrecision[d.precision];
    if (d.weekday >= 0) s += " wd" + std::to_string(d.weekday);
    if (d.relative) s += " rel";
    if (d.past_background) s += " bg";
    if (d.future) s += " fut";
    items.emplace_back(d.first, s);
  }
  for (const TimeMention& t : a->times) {
    std::string s(a.text(t.first, t.end));
    s += "@" + two(t.hour) + ":" + two(t.minute);
    if (t.utc) s += "Z";
    if (t.utc_hour >= 0) s += " utc=" + two(t.utc_hour) + ":" + two(t.utc_minute);
    items.emplace_back(t.first, s);
  }
  std::stable_sort(items.begin(), items.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::string out;
  for (const auto& [first, s] : items) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

const DateCase kDateCases[] = {
    // Weekdays: the most recent one on or before the anchor, unless the clause is future.
    {"The attack happened on Monday.", kTue, "Monday=2022-09-05 day wd0 rel"},
    {"The attack happened on Tuesday.", kTue, "Tuesday=2022-09-06 day wd1 rel"},
    {"The attack happened on Wednesday.", kTue, "Wednesday=2022-08-31 day wd2 rel"},
    {"Gunmen struck on Sunday night.", kTue, "Sunday night=2022-09-04 day wd6 rel"},
    {"Monday\xE2\x80\x99s attack killed 20.", kTue, "Monday=2022-09-05 day wd0 rel"},
    {"Monday's attack killed 20.", kTue, "Monday=2022-09-05 day wd0 rel"},
    {"The ministers will meet on Monday.", kTue, "Monday=2022-09-12 day wd0 rel fut"},
    {"The talks resume next Monday.", kTue, "next Monday=2022-09-12 day wd0 rel fut"},
    {"The bomb exploded last Monday.", kTue, "last Monday=2022-09-05 day wd0 rel"},
    {"The bomb exploded last Tuesday.", kTue, "last Tuesday=2022-08-30 day wd1 rel"},
    {"On Monday, the minister will visit Kabul.", kTue, "Monday=2022-09-12 day wd0 rel fut"},
    {"He said on Monday that the army will respond.", kTue, "Monday=2022-09-05 day wd0 rel"},
    {"The vote is scheduled for Friday.", kTue, "Friday=2022-09-09 day wd4 rel fut"},
    {"They'll arrive on Thursday.", kTue, "Thursday=2022-09-08 day wd3 rel fut"},
    {"Rebels attacked the town on Saturday morning.", kTue, "Saturday morning=2022-09-03 day wd5 rel"},
    {"THE ATTACK TOOK PLACE ON SUNDAY NIGHT IN THE CAPITAL CITY.", kTue, "SUNDAY NIGHT=2022-09-04 day wd6 rel"},
    {"The attack happened on Wednesday.", "2022-09-07", "Wednesday=2022-09-07 day wd2 rel"},
    {"The attack happened on Monday.", "", "Monday=? day wd0 rel"},
    {"He sat on the bench.", kTue, ""},
    {"The Sun reported the attack.", kTue, ""},
    {"The bomb exploded on Friday, police said.", "2022-09-06T14:00:00Z", "Friday=2022-09-02 day wd4 rel"},
    // Anchor-relative words.
    {"The blast happened today.", kTue, "today=2022-09-06 day rel"},
    {"The blast happened yesterday.", kTue, "yesterday=2022-09-05 day rel"},
    {"The blast happened last night.", kTue, "last night=2022-09-05 day rel"},
    // "overnight": the night that ends on the report's day; a night named by its day is
    // that day's words, and "an overnight curfew" is no date.
    {"Russian drones struck Odesa overnight, officials said.", kTue, "overnight=2022-09-06 day rel"},
    {"GUERRILLAS ATTACKED THE GARRISON OVERNIGHT.", "1990-01-03", "OVERNIGHT=1990-01-03 day rel"},
    {"Strikes hit the city overnight into Sunday.", kTue, "Sunday=2022-09-04 day wd6 rel"},
    {"The army imposed an overnight curfew.", kTue, ""},
    {"Protests are planned tonight.", kTue, "tonight=2022-09-06 day rel"},
    {"The talks open tomorrow.", kTue, "tomorrow=2022-09-07 day rel fut"},
    {"Shots were heard this morning.", kTue, "this morning=2022-09-06 day rel"},
    {"Shots were heard yesterday afternoon.", kTue, "yesterday afternoon=2022-09-05 day rel"},
    {"The raid took place the day before yesterday.", kTue, "the day before yesterday=2022-09-04 day rel"},
    {"The blast happened yesterday.", "", "yesterday=? day rel"},
    {"THE BLAST HAPPENED YESTERDAY IN THE CAPITAL CITY.", "1990-01-03", "YESTERDAY=1990-01-02 day rel"},
    {"Clashes broke out last week.", kTue, "last week=2022-08-29 week rel"},
    {"Clashes broke out earlier this week.", kTue, "earlier this week=2022-09-05 week rel"},
    {"Clashes broke out this week.", kTue, "this week=2022-09-05 week rel"},
    {"Talks begin next week.", kTue, "next week=2022-09-12 week rel fut"},
    {"Clashes broke out last weekend.", kTue, "last weekend=2022-08-29 week rel"},
    {"Clashes broke out last week.", "2022-09-04", "last week=2022-08-22 week rel"},
    {"Clashes broke out over the weekend.", kTue, "the weekend=2022-08-29 week rel"},
    {"Talks will resume over the weekend.", kTue, "the weekend=2022-09-05 week rel"},
    {"The group struck earlier this month.", kTue, "earlier this month=2022-09-15 month rel"},
    {"The group struck this month.", kTue, "this month=2022-09-15 month rel"},
    {"The group struck last month.", kTue, "last month=2022-08-15 month rel"},
    {"The group struck last month.", "2022-01-10", "last month=2021-12-15 month rel"},
    {"The group struck last year.", kTue, "last year=2021-07-01 year rel bg"},
    {"The group struck earlier this year.", kTue, "earlier this year=2022-07-01 year rel"},
    {"Elections are due next year.", kTue, "next year=2023-07-01 year rel fut"},
    {"The attack happened two days ago.", kTue, "two days ago=2022-09-04 day rel"},
    {"The attack happened 3 days ago.", kTue, "3 days ago=2022-09-03 day rel"},
    {"The attack happened a week ago.", kTue, "a week ago=2022-08-29 week rel"},
    {"The attack happened three months ago.", kTue, "three months ago=2022-06-15 month rel bg"},
    {"The attack happened two years ago.", kTue, "two years ago=2020-07-01 year rel bg"},
    {"The group struck last year.", "", "last year=? year rel"},
    // Explicit dates.
    {"The attack on 5 September 2022 killed 20.", kTue, "5 September 2022=2022-09-05 day"},
    {"The attack on September 5, 2022 killed 20.", kTue, "September 5, 2022=2022-09-05 day"},
    {"The attack on Sept. 5 killed 20.", kTue, "Sept. 5=2022-09-05 day"},
    {"The attack on September 5th killed 20.", kTue, "September 5th=2022-09-05 day"},
    {"The attack on 5th September killed 20.", kTue, "5th September=2022-09-05 day"},
    {"The attack on the 5th of September killed 20.", kTue, "5th of September=2022-09-05 day"},
    {"The attack on Sept 5 2022 killed 20.", kTue, "Sept 5 2022=2022-09-05 day"},
    {"The attack on 5 Sep. 2022 killed 20.", kTue, "5 Sep. 2022=2022-09-05 day"},
    {"LIMA, 5 SEP 89 (EFE) -- A BOMB EXPLODED TODAY.", "1989-09-05", "5 SEP 89=1989-09-05 day; TODAY=1989-09-05 day rel"},
    {"- 23 AUG 88", "", "23 AUG 88=1988-08-23 day"},
    {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- THE FMLN ATTACKED A POST.", "", "3 JAN 90=1990-01-03 day"},
    {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- THE FMLN ATTACKED A POST.", kTue, "3 JAN 90=1990-01-03 day bg"},
    {"THE ATTACK TOOK PLACE ON 30 DECEMBER IN SAN MIGUEL.", "1990-01-03", "30 DECEMBER=1989-12-30 day"},
    {"The attack took place on 30 December.", "2023-01-02", "30 December=2022-12-30 day"},
    {"The attack took place on 3 January.", "2022-12-30", "3 January=2023-01-03 day fut"},
    {"The attack took place on 3 November.", kTue, "3 November=2021-11-03 day bg"},
    {"The attack took place on 3 October.", kTue, "3 October=2022-10-03 day fut"},
    {"The attack took place on 20 September.", kTue, "20 September=2022-09-20 day fut"},
    {"The attack took place on 5 September.", "", "5 September=?-09-05 day"},
    {"The elections will be held on 2 January.", "2022-12-30", "2 January=2023-01-02 day fut"},
    {"The attack took place on 5 September 2021.", kTue, "5 September 2021=2021-09-05 day bg"},
    {"The attack took place on Monday, September 5.", kTue, "Monday, September 5=2022-09-05 day wd0"},
    {"The attack took place on Sunday 4 September 2022.", kTue, "Sunday 4 September 2022=2022-09-04 day wd6"},
    {"The attack took place on Mon., Sept. 5.", kTue, "Mon., Sept. 5=2022-09-05 day wd0"},
    {"Fighting raged on 5-6 September.", kTue, "5-6 September=2022-09-05 day"},
    {"Fighting raged on Sept. 5-6.", kTue, "Sept. 5-6=2022-09-05 day"},
    {"On 5 September 22 people were killed.", kTue, "5 September=2022-09-05 day"},
    {"On September 5, 22 people were killed.", kTue, "September 5=2022-09-05 day"},
    {"The attack took place on 29 February 2024.", kTue, "29 February 2024=2024-02-29 day fut"},
    {"The attack took place on 31 September.", kTue, ""},
    {"The Taliban returned in August 2021.", kTue, "August 2021=2021-08-15 month bg"},
    {"The Taliban returned in August, 2021.", kTue, "August, 2021=2021-08-15 month bg"},
    {"The group was founded in 2021.", kTue, "2021=2021-07-01 year bg"},
    // A year qualifying an act names when it happened.
    {"Police arrested a man wanted for the 2019 bombing of a church.", kTue, "2019=2019-07-01 year bg"},
    {"TWO MEN WERE SENTENCED FOR THE 1985 CAR BOMBING OF THE EMBASSY.", "1990-01-03", "1985=1985-07-01 year bg"},
    {"The 2000 soldiers left the base.", kTue, ""},
    {"The group has fought since 2019.", kTue, "2019=2019-07-01 year bg"},
    {"The group grew in 2022.", kTue, "2022=2022-07-01 year"},
    {"The ceasefire collapsed in late 2021.", kTue, "late 2021=2021-07-01 year bg"},
    {"The ceasefire collapsed at the end of 2021.", kTue, "end of 2021=2021-07-01 year bg"},
    {"The ceasefire collapsed in the summer of 2021.", kTue, "summer of 2021=2021-07-01 year bg"},
    {"2021's attacks were the worst.", kTue, "2021=2021-07-01 year bg"},
    {"The 2000 people fled.", kTue, ""},
    {"In 2000 people fled the town.", kTue, ""},
    {"Around 2000 people fled the town.", kTue, ""},
    {"Fighting lasted from 2019 to 2021.", kTue, "2019=2019-07-01 year bg; 2021=2021-07-01 year bg"},
    {"The rebels attacked in August.", kTue, "August=2022-08-15 month"},
    {"The rebels attacked in October.", kTue, "October=2021-10-15 month bg"},
    {"The rebels attacked in May.", kTue, "May=2022-05-15 month bg"},
    {"The rebels attacked in early September.", kTue, "early September=2022-09-15 month"},
    {"The rebels attacked in mid-September.", kTue, "mid-September=2022-09-15 month"},
    {"The rebels attacked last August.", kTue, "last August=2022-08-15 month rel"},
    {"Elections are due next March.", kTue, "next March=2023-03-15 month rel fut"},
    {"Fighting lasted between July and August.", kTue, "July=2022-07-15 month bg; August=2022-08-15 month"},
    {"The attack took place in September 2022.", kTue, "September 2022=2022-09-15 month"},
    {"They may attack again.", kTue, ""},
    {"They plan to march on the capital.", kTue, ""},
    {"THE GUERRILLAS MAY ATTACK AGAIN IN THE CAPITAL CITY.", kTue, ""},
    {"THE GUERRILLAS ATTACKED ON 5 MAY 1989 IN THE CAPITAL CITY.", kTue, "5 MAY 1989=1989-05-05 day bg"},
    {"The report was dated 2022-09-05.", kTue, "2022-09-05=2022-09-05 day"},
    {"Published 2022-09-05T10:50:00Z.", kTue, "2022-09-05T10:50:00Z=2022-09-05 day"},
    {"The letter was dated 25/09/2022.", kTue, "25/09/2022=2022-09-25 day fut"},
    {"The letter was dated 09/25/2022.", kTue, "09/25/2022=2022-09-25 day fut"},
    {"The letter was dated 05/09/2022.", kTue, ""},
    {"The letter was dated 05/05/2022.", kTue, "05/05/2022=2022-05-05 day bg"},
    {"The letter was dated 5.9.2022.", kTue, "5.9.2022=2022-09-05 day"},
    {"KABUL, Sept. 5 (Reuters) - A bomb exploded.", kTue, "Sept. 5=2022-09-05 day"},
    {"KABUL, Sept. 5 (Reuters) - A bomb exploded.", "", "Sept. 5=?-09-05 day"},
    {"Police said 9/11 changed everything.", kTue, ""},
};

class DatesTable : public ::testing::TestWithParam<DateCase> {};

TEST_P(DatesTable, Finds) {
  const DateCase& c = GetParam();
  test::Analysed a(c.text, c.anchor);
  find_dates(a.get());
  EXPECT_EQ(render(a), c.expected) << "text: " << c.text << "\nanchor: " << c.anchor;
}

INSTANTIATE_TEST_SUITE_P(Dates, DatesTable, ::testing::ValuesIn(kDateCases));

const DateCase kTimeCases[] = {
    {"The bomb exploded at 10:50 am.", kTue, "10:50 am@10:50"},
    {"The bomb exploded at 10.50 a.m.", kTue, "10.50 a.m.@10:50"},
    {"The bomb exploded at 10:50 a.m. local time.", kTue, "10:50 a.m. local time@10:50"},
    {"The bomb exploded at 1050 hrs.", kTue, "1050 hrs@10:50"},
    {"The bomb exploded at 1050hrs.", kTue, "1050hrs@10:50"},
    {"The bomb exploded at 1050 hours.", kTue, "1050 hours@10:50"},
    {"THE BOMB EXPLODED AT 2030 HOURS IN THE CAPITAL CITY.", kTue, "2030 HOURS@20:30"},
    {"The bomb exploded (0620 GMT).", kTue, "0620 GMT@06:20Z"},
    {"The bomb exploded at 620 GMT.", kTue, "620 GMT@06:20Z"},
    {"The bomb exploded at 10:50 am (0620 GMT).", kTue, "10:50 am (0620 GMT)@10:50 utc=06:20"},
    {"The bomb exploded at 10:50 local time (0620 GMT) on Monday.", kTue,
     "10:50 local time (0620 GMT)@10:50 utc=06:20; Monday=2022-09-05 day wd0 rel"},
    {"The bomb exploded at 0620 GMT (10:50 local time).", kTue, "0620 GMT (10:50 local time)@10:50 utc=06:20"},
    {"The bomb exploded at 14:30 GMT.", kTue, "14:30 GMT@14:30Z"},
    {"The bomb exploded at 0620Z.", kTue, "0620Z@06:20Z"},
    {"The bomb exploded at 10:50 local time.", kTue, "10:50 local time@10:50"},
    {"The bomb exploded at noon.", kTue, "noon@12:00"},
    {"The bomb exploded at 12 noon.", kTue, "12 noon@12:00"},
    {"The curfew starts at midnight.", kTue, "midnight@00:00"},
    {"The bomb exploded at midday on Monday.", kTue, "midday@12:00; Monday=2022-09-05 day wd0 rel"},
    {"The bomb exploded at 2 p.m.", kTue, "2 p.m.@14:00"},
    {"The bomb exploded at 2 pm.", kTue, "2 pm@14:00"},
    {"The bomb exploded at 2pm.", kTue, "2pm@14:00"},
    {"The bomb exploded at 2 P.M. on Sunday.", kTue, "2 P.M.@14:00; Sunday=2022-09-04 day wd6 rel"},
    {"The bomb exploded at 10 pm.", kTue, "10 pm@22:00"},
    {"The bomb exploded at 12 am.", kTue, "12 am@00:00"},
    {"The bomb exploded at 12 pm.", kTue, "12 pm@12:00"},
    {"The bomb exploded at 2.30pm.", kTue, "2.30pm@14:30"},
    {"The bomb exploded at 10:50am.", kTue, "10:50am@10:50"},
    {"The bomb exploded at 10 o'clock.", kTue, "10 o'clock@10:00"},
    {"The bomb exploded around 10:50.", kTue, "10:50@10:50"},
    {"The bomb exploded at 10:50:30.", kTue, "10:50:30@10:50"},
    {"The bomb exploded 10:50 in the morning.", kTue, "10:50@10:50"},
    {"The bomb exploded at 10.50.", kTue, "10.50@10:50"},
    {"The bomb exploded at 10h50.", kTue, "10h50@10:50"},
    {"Shops closed between 10:00 and 11:00.", kTue, "10:00@10:00; 11:00@11:00"},
    {"THE BOMB EXPLODED AT 10 PM YESTERDAY IN THE CAPITAL CITY.", "1990-01-03", "10 PM@22:00; YESTERDAY=1990-01-02 day rel"},
    {"The final score was 10:50.", kTue, ""},
    {"The price was 10.50 dollars.", kTue, ""},
    {"The siege lasted for 1050 hours.", kTue, ""},
    {"The unit had 1050 men.", kTue, ""},
    {"The bomb exploded at 25:00.", kTue, ""},
    {"Ratio 2:1 was agreed.", kTue, ""},
    {"John 3:16 was read aloud.", kTue, ""},
};

class TimesTable : public ::testing::TestWithParam<DateCase> {};

TEST_P(TimesTable, Finds) {
  const DateCase& c = GetParam();
  test::Analysed a(c.text, c.anchor);
  find_dates(a.get());
  EXPECT_EQ(render(a), c.expected) << "text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Times, TimesTable, ::testing::ValuesIn(kTimeCases));

// The layers' invariants over every case: sorted, non-overlapping, inside the text.
TEST(DatesLayer, SortedAndNonOverlapping) {
  auto check = [](const DateCase& c) {
    test::Analysed a(c.text, c.anchor);
    find_dates(a.get());
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (const DateMention& d : a->dates) spans.emplace_back(d.first, d.end);
    for (const TimeMention& t : a->times) spans.emplace_back(t.first, t.end);
    std::sort(spans.begin(), spans.end());
    for (size_t k = 0; k < spans.size(); ++k) {
      EXPECT_LT(spans[k].first, spans[k].second) << c.text;
      EXPECT_LE(spans[k].second, a.doc().tokens.size()) << c.text;
      if (k) {
        EXPECT_LE(spans[k - 1].second, spans[k].first) << c.text;
      }
    }
  };
  for (const DateCase& c : kDateCases) check(c);
  for (const DateCase& c : kTimeCases) check(c);
}

// ---------------------------------------------------------------------------------------
// Local time <-> UTC through the tz database.

struct Clock {
  int y, m, d, hh, mm;
  bool operator==(const Clock&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Clock& c) {
  return os << format_iso_date(c.y, c.m, c.d) << " " << two(c.hh) << ":" << two(c.mm);
}

struct ConversionCase {
  const char* tz;
  Clock local, utc;
};

const ConversionCase kConversions[] = {
    // SPEC's example: the Kabul embassy bombing, 10:50 local (UTC+4:30) = 06:20 UTC.
    {"Asia/Kabul", {2022, 9, 5, 10, 50}, {2022, 9, 5, 6, 20}},
    {"Asia/Kabul", {2022, 9, 5, 2, 0}, {2022, 9, 4, 21, 30}},
    // El Salvador: UTC-6, no DST since 1988 (the MUC-4 period).
    {"America/El_Salvador", {1989, 11, 11, 20, 0}, {1989, 11, 12, 2, 0}},
    {"America/El_Salvador", {2021, 12, 31, 21, 0}, {2022, 1, 1, 3, 0}},
    // DST zones: London BST (UTC+1) in July, GMT in January; New York EDT/EST.
    {"Europe/London", {2022, 7, 1, 12, 0}, {2022, 7, 1, 11, 0}},
    {"Europe/London", {2022, 1, 15, 12, 0}, {2022, 1, 15, 12, 0}},
    {"America/New_York", {2022, 7, 4, 9, 0}, {2022, 7, 4, 13, 0}},
    {"America/New_York", {2022, 1, 4, 9, 0}, {2022, 1, 4, 14, 0}},
    // Southern hemisphere DST: Sydney AEDT (UTC+11) in January.
    {"Australia/Sydney", {2022, 1, 10, 8, 0}, {2022, 1, 9, 21, 0}},
    // Odd offsets: Nepal UTC+5:45, India UTC+5:30.
    {"Asia/Kathmandu", {2022, 9, 5, 12, 0}, {2022, 9, 5, 6, 15}},
    {"Asia/Kolkata", {2022, 9, 5, 0, 10}, {2022, 9, 4, 18, 40}},
    {"UTC", {2022, 9, 5, 10, 50}, {2022, 9, 5, 10, 50}},
};

TEST(DatesConversion, LocalToUtc) {
  for (const ConversionCase& c : kConversions) {
    Clock u{};
    ASSERT_TRUE(local_to_utc(c.local.y, c.local.m, c.local.d, c.local.hh, c.local.mm, c.tz, &u.y, &u.m, &u.d, &u.hh,
                             &u.mm))
        << c.tz;
    EXPECT_EQ(u, c.utc) << c.tz << " " << c.local;
  }
}

TEST(DatesConversion, UtcToLocal) {
  for (const ConversionCase& c : kConversions) {
    Clock l{};
    ASSERT_TRUE(
        utc_to_local(c.utc.y, c.utc.m, c.utc.d, c.utc.hh, c.utc.mm, c.tz, &l.y, &l.m, &l.d, &l.hh, &l.mm))
        << c.tz;
    EXPECT_EQ(l, c.local) << c.tz << " " << c.utc;
  }
}

TEST(DatesConversion, DstGapAndOverlapTakeTheEarlierInstant) {
  Clock u{};
  // 2022-11-06 01:30 happens twice in New York: EDT first (05:30 UTC), then EST.
  ASSERT_TRUE(local_to_utc(2022, 11, 6, 1, 30, "America/New_York", &u.y, &u.m, &u.d, &u.hh, &u.mm));
  EXPECT_EQ(u, (Clock{2022, 11, 6, 5, 30}));
  // 2022-03-13 02:30 never happens in New York: the clocks jump at 07:00 UTC.
  ASSERT_TRUE(local_to_utc(2022, 3, 13, 2, 30, "America/New_York", &u.y, &u.m, &u.d, &u.hh, &u.mm));
  EXPECT_EQ(u, (Clock{2022, 3, 13, 7, 0}));
}

TEST(DatesConversion, UnknownZoneOrBadDateFails) {
  Clock u{};
  EXPECT_FALSE(local_to_utc(2022, 9, 5, 10, 50, "Mars/Olympus_Mons", &u.y, &u.m, &u.d, &u.hh, &u.mm));
  EXPECT_FALSE(utc_to_local(2022, 9, 5, 10, 50, "", &u.y, &u.m, &u.d, &u.hh, &u.mm));
  EXPECT_FALSE(local_to_utc(2022, 2, 30, 10, 50, "Asia/Kabul", &u.y, &u.m, &u.d, &u.hh, &u.mm));
  EXPECT_FALSE(local_to_utc(2022, 9, 5, 24, 0, "Asia/Kabul", &u.y, &u.m, &u.d, &u.hh, &u.mm));
}

// ---------------------------------------------------------------------------------------
// Anchors, calendar helpers and the dateline/eval entry points.

TEST(DatesAnchor, ParseIsoDate) {
  int y = 0, m = 0, d = 0;
  EXPECT_TRUE(parse_iso_date("2022-09-06", &y, &m, &d));
  EXPECT_EQ(format_iso_date(y, m, d), "2022-09-06");
  EXPECT_TRUE(parse_iso_date("2022-09-05T10:50:00Z", &y, &m, &d));
  EXPECT_EQ(format_iso_date(y, m, d), "2022-09-05");
  EXPECT_TRUE(parse_iso_date("2022-09-04 10:50:00Z", &y, &m, &d));
  EXPECT_EQ(format_iso_date(y, m, d), "2022-09-04");
  EXPECT_TRUE(parse_iso_date("2024-02-29", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("2022-02-29", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("2022-13-01", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("20220906", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("2022-09-0", &y, &m, &d));
  EXPECT_FALSE(parse_iso_date("2022-09-06x", &y, &m, &d));
}

TEST(DatesAnchor, CivilDays) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(weekday_of_days(days_from_civil(2022, 9, 6)), 1);  // Tuesday
  EXPECT_EQ(weekday_of_days(days_from_civil(1990, 1, 3)), 2);  // Wednesday
  for (int64_t z : {-800000, -1, 0, 59, 19240, 2932896}) {
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    EXPECT_EQ(days_from_civil(y, m, d), z);
  }
}

TEST(DatesDateline, ParsesTheDatelineTokens) {
  test::Analysed a("KABUL, Sept. 5 (Reuters) - A suicide bomber struck.", kTue);
  ASSERT_TRUE(a.doc().dateline.present);
  DateMention d;
  ASSERT_TRUE(parse_date_tokens(a.doc(), test::lexicon(), a.doc().dateline.date_first, a.doc().dateline.date_end, kTue, &d));
  EXPECT_EQ(format_iso_date(d.year, d.month, d.day), "2022-09-05");
  EXPECT_EQ(d.precision, DateMention::kDay);
  ASSERT_TRUE(parse_date_tokens(a.doc(), test::lexicon(), a.doc().dateline.date_first, a.doc().dateline.date_end, "", &d));
  EXPECT_EQ(d.year, 0);
  EXPECT_EQ(d.month, 9);
  EXPECT_EQ(d.day, 5);
  // A range without a date.
  EXPECT_FALSE(parse_date_tokens(a.doc(), test::lexicon(), 0, 2, kTue, &d));
}

TEST(DatesDateline, ParsesKeyDateStrings) {
  struct {
    const char* text;
    const char* anchor;
    const char* iso;
  } cases[] = {
      {"26 APR 89", "", "1989-04-26"},
      {"- 23 AUG 88", "", "1988-08-23"},
      {"3 JAN 90", "", "1990-01-03"},
      {"5 September 2022", "", "2022-09-05"},
      {"Sept. 5", kTue, "2022-09-05"},
      {"Monday", kTue, "2022-09-05"},
      {"12 DEC 89 - 14 DEC 89", "", "1989-12-12"},
  };
  for (const auto& c : cases) {
    DateMention d;
    ASSERT_TRUE(parse_date_text(c.text, test::lexicon(), c.anchor, &d)) << c.text;
    EXPECT_EQ(format_iso_date(d.year, d.month, d.day), c.iso) << c.text;
  }
  DateMention d;
  EXPECT_FALSE(parse_date_text("no date here", test::lexicon(), "", &d));
  EXPECT_FALSE(parse_date_text("", test::lexicon(), "", &d));
}

}  // namespace
}  // namespace sitrep
