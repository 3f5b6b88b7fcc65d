// A plot or a bomb stopped by the police, and the arrest told beside it: the stopped act is
// a foiled record of the kind intended, the arrest a reported one of its own; a weekday in a
// plan told as stopped is the last one. Rows: {text, date, "STATUS KIND DATE" of every
// record (all statuses), "; "-separated}, or {text, date, event mentions}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"
#include "../support/render.h"

namespace sitrep {
namespace {

struct FoiledCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string records(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>();
    if (r["date"].is_object() && r["date"]["value"].is_string()) out += " " + r["date"]["value"].get<std::string>();
  }
  return out.empty() ? "no record" : out;
}

// The arrest that stopped a plot is done; the act plotted is foiled, and names its record.
TEST(FoiledPlotArrestFoiled2, ArrestBesideStoppedAct) {
  const FoiledCase cases[] = {
      {"Police foiled a plan to bomb the market in Kano on Friday and arrested three suspects.", "2024-03-13",
       "foiled bombing 2024-03-08; reported arrest 2024-03-08"},
      {"SPANISH POLICE FOILED A PLOT TO BOMB A BARRACKS IN SAN SEBASTIAN AND DETAINED FOUR ETA SUSPECTS.", "1995-06-20",
       "foiled bombing; reported arrest"},
      {"Pakistani troops thwarted a plan to attack a church in Lahore and arrested two men.", "2009-11-04",
       "foiled attack; reported arrest"},
      {"Bangladeshi police defused a bomb at a mosque in Sylhet and arrested the bomber.", "2016-07-05",
       "foiled bomb_defused; reported arrest"},
      {"Police in Nairobi foiled a plot to bomb a shopping mall and the arrest of three men followed on Monday.",
       "2013-10-02", "foiled bombing 2013-09-30; reported arrest 2013-09-30"},
      // An arrest alone stays an arrest.
      {"Police arrested three men in Lyon on Sunday.", "2015-01-22", "reported arrest 2015-01-18"},
  };
  for (const auto& c : cases) EXPECT_EQ(records(c.text, c.date), c.expected) << c.text;
}

// The cue stands before the act it governs; one between the two acts governs the later.
TEST(FoiledPlotArrestFoiled2, CueGovernsItsOwnAct) {
  const FoiledCase cases[] = {
      {"Police foiled a plot to bomb the market and detained three suspects.", "2024-03-13",
       "bomb=bombing/foiled; detained=arrest/reported"},
      {"POLICE FOILED A PLOT TO BOMB THE MARKET AND DETAINED THREE SUSPECTS.", "2024-03-13",
       "BOMB=bombing/foiled; DETAINED=arrest/reported"},
      {"Gunmen bombed a bus in Jammu and tried to abduct its driver.", "2002-05-10",
       "bombed=bombing/reported; abduct=abduction/attempted"},
  };
  for (const auto& c : cases) EXPECT_EQ(test::event_mentions(c.text, c.date), c.expected) << c.text;
}

// A plan told as stopped is past, so its weekday is the last one; a plan announced is next.
TEST(FoiledPlotArrestFoiled2, StoppedPlanWeekdayIsPast) {
  const FoiledCase cases[] = {
      {"Police foiled a plan to bomb the market in Kano on Friday.", "2024-03-13", "foiled bombing 2024-03-08"},
      {"Police said on Saturday they had foiled a plan to bomb a church in Jos on Friday.", "2024-03-13",
       "foiled bombing 2024-03-08"},
      {"KENYAN POLICE THWARTED A PLANNED ATTACK ON A HOTEL IN MOMBASA ON MONDAY.", "1998-08-19",
       "foiled attack 1998-08-17"},
      {"Boko Haram plans to attack a market in Kano on Friday.", "2024-03-13", "threatened attack 2024-03-15"},
  };
  for (const auto& c : cases) EXPECT_EQ(records(c.text, c.date), c.expected) << c.text;
}

// A foiled attempt or attack keeps the kind of the act intended.
TEST(FoiledPlotArrestFoiled2, FoiledKeepsIntendedKind) {
  const FoiledCase cases[] = {
      {"Security forces foiled an attempt to blow up a bridge near Mosul.", "2007-02-14", "foiled bombing"},
      {"Troops thwarted an attack on a checkpoint near Mogadishu.", "2011-10-03", "foiled attack"},
      {"THE ARMY THWARTED AN ATTEMPT TO KIDNAP THE MAYOR OF MEDELLIN.", "1990-04-18", "foiled abduction"},
      {"French police foiled a plot to assassinate a rabbi in Lyon.", "2015-01-22", "foiled assassination"},
  };
  for (const auto& c : cases) EXPECT_EQ(records(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
