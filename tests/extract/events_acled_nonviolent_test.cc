// No-violence text that uses violent words: sports ("firing aces", "stormed back"), markets
// and prices ("prices exploded", "shares plunged"), politics ("an attack on the budget", "a
// ticking time bomb"), accidents and disasters (a train collision "killing 280", a gas
// explosion, floods) and seizures of drugs rather than arms. None of them is an ACLED event:
// every current record of such a text has no ACLED view. Rows: {text, publication date}.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

using Json = nlohmann::json;

struct NoEventCase {
  const char* text;
  const char* date;
};

const NoEventCase kCases[] = {
    // Sports.
    {"Serena Williams was firing aces as she stormed back to crush her opponent in the final on Saturday.",
     "2015-07-11"},
    {"Federer stormed back to take the final set 6-2 and reach his tenth final in Halle.", "2019-06-22"},
    {"Liverpool bombarded the goal in the second half but could not find an equaliser at Anfield.", "2021-02-07"},
    {"KANE'S SECOND GOAL ENDED UP KILLING OFF THE GAME IN THE 89TH MINUTE AT WEMBLEY.", "2018-10-13"},
    // Markets and prices.
    {"OIL PRICES EXPLODED ON MONDAY AND SHARES PLUNGED AS INVESTORS FLED, TRADERS SAID.", "1990-08-06"},
    {"Food prices are shooting up in Lagos as the naira weakens, traders said on Tuesday.", "2023-06-20"},
    // Politics.
    {"The opposition called the plan an attack on the budget and a ticking time bomb that will explode next year.",
     "2012-11-21"},
    // Accidents and disasters.
    {"A train collision near Balasore on Friday killed 280 passengers, railway officials said.", "2023-06-03"},
    {"A fire swept through a garment factory in Dhaka on Thursday, killing 17 workers, officials said.", "2012-11-25"},
    {"FIRE ENGULFED A CROWDED NIGHTCLUB IN THE CAPITAL EARLY ON SUNDAY, KILLING 40 PEOPLE.", "2003-02-21"},
    // Trials and sentences: the act punished is an earlier one, told with violent words.
    {"A court in Nairobi on Monday sentenced a man to life in prison for the 2013 attack on the Westgate mall.",
     "2020-10-26"},
    {"Two men pleaded guilty on Wednesday to the murder of a journalist in Valletta.", "2021-02-24"},
    {"A gas explosion destroyed a block of flats in Lyon on Wednesday, killing three residents, firefighters said.",
     "2008-03-12"},
    {"FLOODS KILLED 40 PEOPLE IN THE PROVINCE OF PIURA THIS WEEK, CIVIL DEFENCE OFFICIALS SAID.", "1998-02-20"},
    {"Two ferries collided off the coast of Cebu on Sunday, killing 31 people, the coast guard said.", "2013-08-18"},
    // Seizures of drugs and other goods, not arms.
    {"Police seized two tonnes of cocaine at the port of Guayaquil on Tuesday, officials said.", "2021-09-14"},
    {"CUSTOMS OFFICERS CONFISCATED 300 KILOGRAMS OF HEROIN AT THE TORKHAM BORDER CROSSING ON MONDAY.", "2004-05-10"},
};

TEST(EventsAcledNonviolent, NoViolenceNoAcledEvent) {
  for (const NoEventCase& c : kCases) {
    ExtractResult res = test::extract_text(c.text, c.date, false);
    for (const std::string& line : res.records) {
      Json r = Json::parse(line);
      EXPECT_TRUE(r["acled"].is_null()) << c.text << "\n  yields " << r["kind"] << " from " << r["trigger"]["text"]
                                        << ": " << r["acled"].dump();
    }
  }
}

}  // namespace
}  // namespace sitrep
