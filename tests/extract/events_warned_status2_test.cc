// Status of an act told inside a warning, a device disabled after a long subject, and an
// act told in a "when" clause after an escape. Rows: {text, date, "STATUS KIND" of every
// record (all statuses), "; "-separated}.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "../support/analyse.h"

namespace sitrep {
namespace {

struct StatusCase {
  const char* text;
  const char* date;
  const char* expected;
};

std::string statuses(const std::string& text, const std::string& date) {
  std::string out;
  for (const std::string& line : test::extract_text(text, date, true).records) {
    nlohmann::json r = nlohmann::json::parse(line);
    if (!out.empty()) out += "; ";
    out += r["status"].get<std::string>() + " " + r["kind"].get<std::string>();
  }
  return out.empty() ? "no record" : out;
}

// A future modal governed by a warning announces the act: MUC-4 THREATENED, not done.
TEST(EventsWarnedStatus2, WarningsAnnounceActs) {
  const StatusCase cases[] = {
      {"The ELN warned it would blow up the pipeline if the army did not withdraw.", "2003-04-02",
       "threatened bombing"},
      {"DRIVERS WHO DO NOT OBEY WILL HAVE THEIR VEHICLES BURNED, THE GUERRILLAS WARNED.", "1989-04-03",
       "threatened arson"},
      {"THE EXTRADITABLES WARNED THEY WOULD KIDNAP JOURNALISTS IF THE EXTRADITIONS CONTINUED.", "1990-01-22",
       "threatened abduction"},
      {"Militants in Swat vowed they would set fire to every girls' school that reopened after the holiday.",
       "2009-01-05", "threatened arson"},
      // The act after another verb of the modal is that verb's object, and took place.
      {"The rebels vowed they will avenge the massacre of 20 villagers in Beni on Sunday.", "2016-08-16",
       "reported massacre"},
      // No modal: the warning tells of an act done.
      {"Soldiers burned three villages near Beni on Sunday, the rebels warned.", "2016-08-16", "reported arson"},
      {"Gunmen burned three buses in Quetta on Tuesday, police said.", "2013-06-19", "reported arson"},
  };
  for (const auto& c : cases) EXPECT_EQ(statuses(c.text, c.date), c.expected) << c.text;
}

// A device's verb past a participle phrase and a bracketed name still says it was disabled.
TEST(EventsWarnedStatus2, DeviceDisabledAfterLongSubject) {
  const StatusCase cases[] = {
      {"A car bomb placed by the MRTA (Tupac Amaru Revolutionary Movement) was deactivated by police experts in "
       "Lima.",
       "1990-02-14", "foiled car_bombing"},
      {"A BOMB LEFT BY SUSPECTED ETA MEMBERS OUTSIDE A BARRACKS IN BILBAO WAS DEFUSED BY POLICE ON FRIDAY.",
       "1995-03-11", "foiled bomb_defused"},
      {"A roadside bomb planted near a checkpoint in Ramadi was safely defused by the army on Sunday.", "2006-10-02",
       "foiled ied"},
      {"A bomb planted by rebels outside the town hall in Cotabato exploded on Friday, wounding three people.",
       "2008-09-13", "reported bombing"},
  };
  for (const auto& c : cases) EXPECT_EQ(statuses(c.text, c.date), c.expected) << c.text;
}

// "Escaped when <act>": the act is the attempt on the one who escaped, unless it harmed others.
TEST(EventsWarnedStatus2, EscapeBeforeWhen) {
  const StatusCase cases[] = {
      {"The judge narrowly escaped when gunmen opened fire on her car in Tegucigalpa on Tuesday.", "2012-03-07",
       "attempted shooting"},
      {"THE MAYOR ESCAPED UNHURT WHEN A BOMB EXPLODED UNDER HIS CAR IN QUETTA.", "1998-11-04", "attempted bombing"},
      {"Police arrived when gunmen opened fire on the crowd in Lagos on Friday.", "2019-05-11", "reported shooting"},
  };
  for (const auto& c : cases) EXPECT_EQ(statuses(c.text, c.date), c.expected) << c.text;
}

}  // namespace
}  // namespace sitrep
