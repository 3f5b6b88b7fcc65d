// Table tests for what the words around a trigger make of it: a violent verb with people as
// its object ("gunmen shot two policemen"), the act a protest is held against (background,
// not the report's event), a crime noun naming people or a trade ("a kidnapping suspect"),
// a denial of a part in an act whose relative clause tells its toll, air defence shooting
// down drones, plots stopped, and figurative or market uses. Rows: {sentence, the mentions
// it yields as "words=kind/status" (" generic" when no particular event)}. Anchor 2024-06-20.
#include <gtest/gtest.h>

#include <string>

#include "../support/render.h"

namespace sitrep {
namespace {

struct ObjectCase {
  const char* text;
  const char* expected;
};

class EventsObjects : public ::testing::TestWithParam<ObjectCase> {};

TEST_P(EventsObjects, Mentions) {
  EXPECT_EQ(test::event_mentions(GetParam().text, "2024-06-20"), GetParam().expected) << GetParam().text;
}

const ObjectCase kCases[] = {
    // 1. A violent verb with people as its object names the act; with none it names nothing.
    {"Gunmen shot two policemen in Kano on Tuesday.", "shot=shooting/reported"},
    {"GUNMEN SHOT THE MAYOR OF TIERRALTA AS HE LEFT HIS OFFICE YESTERDAY.", "SHOT=shooting/reported"},
    {"Attackers hacked two farmers with machetes near Jos on Sunday.", "hacked=stabbing/reported"},
    {"Soldiers beat three journalists covering the rally in Harare on Tuesday.", "beat=beating/reported; rally=protest/reported"},
    {"The director shot a documentary in the hills above Medellin last year.", ""},
    {"Hackers hacked two government websites in Manila on Monday.", ""},
    {"Nigeria beat Ghana 2-1 in Accra on Saturday.", ""},
    // 2. The act a protest is held against is told in passing: background.
    {"Students marched through the streets of Dhaka on Monday to protest the arrest of their leaders.",
     "marched through=protest/reported; protest=protest/reported generic; arrest=arrest/background"},
    {"Residents blocked the highway near Bunia on Tuesday to protest the abduction of two farmers.",
     "blocked the highway=road_blockade/reported; protest=protest/reported generic; abduction=abduction/background"},
    // ... but with no protest told, the act condemned stays the report's.
    {"The Security Council met on Friday to condemn the bombing of a school in Kandahar.",
     "bombing=bombing/reported"},
    // 3. Prices named as what people are against do not make the sentence market news.
    {"Police fired tear gas to disperse protesters angry over rising fuel prices in Nairobi on Tuesday.",
     "fired tear gas=protest_with_intervention/reported; disperse protesters=protest_with_intervention/reported"},
    {"Oil prices rallied on Tuesday as traders bet on tighter supply.", ""},
    // 4. A crime noun naming people or a trade names no act.
    {"Police arrested a kidnapping suspect in Lagos on Monday.",
     "arrested=arrest/reported; kidnapping=abduction/reported generic"},
    {"A MURDER SUSPECT ESCAPED FROM POLICE CUSTODY IN NAKURU ON SUNDAY.", "MURDER=attack/reported generic"},
    {"Kidnapping for ransom has become a lucrative business in the northwest.",
     "Kidnapping=abduction/reported generic"},
    {"The kidnapping of two engineers has become a test for the new government.",
     "kidnapping=abduction/reported"},
    // 5. A denial of a part in an act leaves the act and its toll standing.
    {"The Taliban denied involvement in the bombing that killed 12 people at a mosque in Kunduz on Friday.",
     "bombing=bombing/reported; killed=attack/reported"},
    {"The minister denied that two helicopters had been downed over the valley.", "downed=attack/negated"},
    // 6. Shooting down drones or missiles is air defence.
    {"Ukraine's air force said it shot down 35 of 48 drones launched overnight.",
     "shot down=interception/reported"},
    {"Rebels shot down a military helicopter near Mopti on Sunday.", "shot down=attack/reported"},
    // 7. Plots stopped and attempts.
    {"Police foiled a plot to bomb a shopping mall in Mombasa on Friday.", "bomb=bombing/foiled"},
    {"A would-be suicide bomber was shot dead by police before he could detonate his vest in Maiduguri.",
     "suicide bomber=suicide_bombing/foiled"},
    {"The governor survived an assassination attempt on Monday when gunmen opened fire on his convoy.",
     "assassination attempt=assassination/attempted; opened fire=shooting/attempted"},
    // 8. Markets, films and sport.
    {"Analysts warned of a massacre in tech stocks after the bombshell announcement.", ""},
    {"The film, which explores the bombing of Hiroshima, premiered at the festival on Friday.",
     "bombing=bombing/reported generic"},
    {"United won 4-0 with Rashford scoring twice in a devastating attack that killed off the visitors' hopes.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, EventsObjects, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace sitrep
