// Table tests for personal pronouns as victims: {news text, casualty figures of the first
// record with victims}. A pronoun as the subject of a passive casualty word ("he was shot
// dead") or the object of an active one ("gunmen shot him dead") names a victim: one
// person for he/she/him/her, for they/them the count of the people it points back to. It is
// no victim when it points back to the attacker, and adds nothing to a group already
// counted for the same effect. The whole pipeline runs.
#include <gtest/gtest.h>

#include "../support/analyse.h"

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

struct PronounCase {
  const char* text;
  const char* date;
  const char* expected;  // "killed=K injured=I abducted=A" of the first record with victims, "-" unknown
};

using test::pipeline;

std::string figures(const char* text, const char* date) {
  DocumentInput in;
  in.id = "test";
  in.text = text;
  in.date = date;
  ExtractOptions options;
  options.status = StatusFilter::kAll;
  ExtractResult r = pipeline().extract(in, options);
  for (const std::string& line : r.records) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["victims"].empty()) continue;
    auto value = [&](const char* field) {
      const nlohmann::json& f = j[field];
      return f.is_object() && f["value"].is_number() ? std::to_string(f["value"].get<long long>()) : std::string("-");
    };
    long long abducted = -1;
    for (const nlohmann::json& v : j["victims"])
      if (v["effect"] == "abducted" && v["count"].is_number())
        abducted = std::max(abducted, 0LL) + v["count"].get<long long>();
    return "killed=" + value("killed") + " injured=" + value("injured") +
           " abducted=" + (abducted < 0 ? std::string("-") : std::to_string(abducted));
  }
  return "no victims";
}

void check(const PronounCase& c) { EXPECT_EQ(figures(c.text, c.date), c.expected) << c.text; }

// A pronoun with no person named before it is still one person (he/she) or some people (they).
TEST(PronounVictims, NoAntecedent) {
  const PronounCase cases[] = {
      {"SAN SALVADOR, 12 MAR 89 -- HE WAS KILLED BY URBAN GUERRILLAS IN SOYAPANGO, POLICE SAID.", "1989-03-12",
       "killed=1 injured=- abducted=-"},
      {"She was abducted by armed men on the road to Gao on Sunday.", "2013-05-20", "killed=- injured=- abducted=1"},
      {"Masked men dragged him from his car and shot him dead near Derry on Tuesday.", "1976-06-20",
       "killed=1 injured=- abducted=-"},
      {"They were wounded when a grenade exploded in a market in Bujumbura on Sunday.", "2016-06-20",
       "killed=- injured=- abducted=-"},
  };
  for (const auto& c : cases) check(c);
}

// The person phrase before the pronoun, in its sentence or the one before, gives its count.
TEST(PronounVictims, Antecedent) {
  const PronounCase cases[] = {
      {"A tribal elder was returning from a mosque in Khost when gunmen killed him on Friday.", "2019-06-20",
       "killed=1 injured=- abducted=-"},
      {"Militants stopped a minibus carrying four teachers near Wajir. They were shot dead, police said.", "2015-06-20",
       "killed=4 injured=- abducted=-"},
      {"Police said the trader was robbed in Lahore. Two men later shot him dead.", "2021-06-20",
       "killed=1 injured=- abducted=-"},
      {"A district councillor was leaving a mosque in Mardan when two men on a motorbike shot him dead.", "2011-06-20",
       "killed=1 injured=- abducted=-"},
      {"The farmer was tending his cattle when bandits hacked him to death near Katsina.", "2022-06-20",
       "killed=1 injured=- abducted=-"},
  };
  for (const auto& c : cases) check(c);
}

// The pronoun is the attacker, or restates people already counted: nothing is added.
TEST(PronounVictims, NotAVictim) {
  const PronounCase cases[] = {
      {"A gunman killed two worshippers in a mosque in Christchurch before police shot him dead.", "2019-03-15",
       "killed=2 injured=- abducted=-"},
      {"Three policemen were killed in an ambush in Kirkuk on Monday. They were shot dead by militants.", "2007-06-20",
       "killed=3 injured=- abducted=-"},
      {"Gunmen opened fire on a bus in Mandera and they killed 12 passengers on Saturday.", "2014-06-20",
       "killed=12 injured=- abducted=-"},
      {"Rebels killed a village chief near Beni on Friday. He was shot in the head, police said.", "2018-06-20",
       "killed=1 injured=- abducted=-"},
  };
  for (const auto& c : cases) check(c);
}

}  // namespace
}  // namespace sitrep
