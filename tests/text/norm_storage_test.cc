// Matching forms are stored only when they differ from the text: a lower-case ASCII word
// is read from the document's own bytes (kNormInText), every other form from the pool.
// Either way each token's form and hash are those of matching_form, in every kind of copy.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "text/normalize.h"
#include "text/tokenize.h"

namespace sitrep {
namespace {

struct Row {
  const char* text;
};

const Row kRows[] = {
    {"militants attacked a checkpoint near the border on tuesday."},
    {"Militants attacked a checkpoint near Quetta on Tuesday."},
    {"SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- THE FMLN ATTACKED A POST."},
    {"Two employees of the French consulate were killed in Tābor’s west, officials said."},
    {"the 1,200-strong force fired 11:45 rounds ... at al-Shabaab's base in Dusa Mareb"},
    {"«Nous n’avons rien vu», a déclaré un témoin à Bamako après l'attaque."},
    // Words the tokeniser's ASCII loop hands on to the decoding path part-way: apostrophes,
    // dotted letters, a letter after digits, mixed scripts, a possessive after capitals.
    {"O'BRIEN'S MEN LEFT THE U.S.-RUN BASE AT 5 A.M.; DON'T SHOOT, SAID SGT. O'NEILL."},
    {"Gunmen in Zürich and São Paulo hit 3rd-floor offices of Müller-Lüdenscheid AG at 10 p.m."},
    {"the 1990s saw 24-year-old Ali b. Hassan of Kyiv’s Obolon district wounded in 2014"},
    // Capitals are folded eight bytes at a time: words longer than eight and sixteen bytes,
    // a last word with fewer than eight bytes after it, capitals against non-ASCII bytes and
    // against '@' and '[' (the bytes beside 'A' and 'Z'), decoded words between them.
    {"ON 12 MAY INSURGENTS AMBUSHED A COUNTERINSURGENCY PATROL NEAR AYACUCHO"},
    {"THE ARMY—ACCORDING TO OFFICIALS—SAID 40 GUERRILLAS “DESTROYED” PYLONS IN ANTIOQUIA"},
    {"[PASSAGE OMITTED] REBELS SHELLED BOGOTÁ'S OUTSKIRTS; MEDELLÍN POLICE: WRITE TO PRESS@MONUSCO.ORG"},
    {"Kenyan Police Said 50 Al-Shabaab Gunmen Stormed Mpeketoni Overnight"},
};

TEST(NormStorage, FormsMatchMatchingFormWhereverStored) {
  for (const Row& row : kRows) {
    DocumentInput in;
    in.id = "t";
    in.text = row.text;
    Document d(std::move(in));
    tokenize(&d);
    size_t in_text = 0;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      const Token& t = d.tokens[i];
      if (t.is(kHyphen) || t.is(kInvalidUtf8)) continue;
      const std::string want = matching_form(d.token_text(i));
      EXPECT_EQ(d.norm(i), want) << row.text << " token " << i;
      EXPECT_EQ(t.hash, hash_form(want)) << row.text << " token " << i;
      // Only a word already in its matching form is read from the text; an ASCII one always is.
      const std::string_view text = d.token_text(i);
      const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (t.is(kNormInText)) {
        EXPECT_EQ(text, want) << row.text << " token " << i;
      }
      if (ascii) {
        EXPECT_EQ(t.is(kNormInText), text == want) << row.text << " token " << i;
      }
      if (t.is(kNormInText)) {
        EXPECT_EQ(d.norm(i).data(), d.text().data() + t.begin) << row.text << " token " << i;
        ++in_text;
      }
    }
    EXPECT_GT(in_text, 0u) << row.text;
  }
}

TEST(NormStorage, LowerCaseTextNeedsNoPool) {
  DocumentInput in;
  in.id = "t";
  in.text = "police said two bombs exploded at a market in the city, killing 12 people.";
  Document d(std::move(in));
  tokenize(&d);
  EXPECT_EQ(d.norm_pool.size(), 0u);
  DocumentInput caps;
  caps.id = "t";
  caps.text = "POLICE SAID TWO BOMBS EXPLODED AT A MARKET IN THE CITY, KILLING 12 PEOPLE.";
  Document c(std::move(caps));
  tokenize(&c);
  EXPECT_EQ(c.norm_pool, "policesaidtwobombsexplodedatamarketinthecitykillingpeople");
  ASSERT_EQ(c.tokens.size(), d.tokens.size());
  for (uint32_t i = 0; i < c.tokens.size(); ++i) {
    EXPECT_EQ(c.norm(i), d.norm(i)) << i;
    EXPECT_EQ(c.tokens[i].hash, d.tokens[i].hash) << i;
  }
}

// The pool holds exactly the forms that differ from the text, in token order: nothing of
// the room it is grown by is left after the last form, whatever path each word took.
TEST(NormStorage, PoolHoldsOnlyTheForms) {
  struct Case {
    const char* text;
    const char* pool;
  };
  const Case cases[] = {
      {"[PASSAGE OMITTED] GUNMEN KILLED 3 IN BOGOTÁ—POLICE", "passageomittedgunmenkilledinbogota-police"},
      {"MORTAR FIRE HIT KANDAHAR", "mortarfirehitkandahar"},
      {"Shelling hit Donetsk", "shellingdonetsk"},
      {"shelling resumed at dawn", ""},
  };
  for (const Case& c : cases) {
    DocumentInput in;
    in.id = "t";
    in.text = c.text;
    Document d(std::move(in));
    tokenize(&d);
    EXPECT_EQ(d.norm_pool, c.pool) << c.text;
  }
}

}  // namespace
}  // namespace sitrep
