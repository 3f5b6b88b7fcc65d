// The per-token lexicon tables the matches layer records (Analysis::token_tables) answer
// exactly as a probe of the lexicon (Lexicon::has) for every token and table, and the
// lexicon's index of countries by ISO code finds the rows a scan of the table finds.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/analyse.h"
#include "extract/analysis.h"
#include "extract/match.h"

namespace sitrep {
namespace {

const char* const kTexts[] = {
    "Gunmen killed two employees of the Russian embassy in Kabul on Monday, police said.",
    "SAN SALVADOR, 3 JAN 90 -- FMLN GUERRILLAS KIDNAPPED MAYOR PEDRO GARCIA IN USULUTAN ON MONDAY.",
    "At least 12 people died when a car bomb exploded near a market in Mogadishu in March 2019.",
    "Boko Haram fighters raided Chibok, in Borno state, overnight; the army said dozens fled.",
    "A Hezbollah drone struck an Israeli post near Metula in the early hours of Sunday, 8 Oct.",
    "Le maire de Bamako a d\xC3\xA9"
    "clar\xC3\xA9 que trois soldats maliens ont \xC3\xA9t\xC3\xA9 tu\xC3\xA9s.",
};

TEST(TokenTables, AnswerAsTheLexiconDoes) {
  for (const char* text : kTexts) {
    test::Analysed a(text);
    const Analysis& an = *a;
    ASSERT_EQ(an.token_tables.size(), an.doc.tokens.size()) << text;
    for (uint32_t i = 0; i < an.doc.tokens.size(); ++i) {
      const uint64_t h = an.doc.tokens[i].hash;
      uint32_t any = 0;
      for (int t = 0; t < lex::kTableCount; ++t) {
        const bool has = h != 0 && an.lex.has(h, lex::Table(t));
        EXPECT_EQ(an.token_has(i, lex::Table(t)), has) << text << " token " << i << " table " << t;
        if (has) any |= 1u << t;
      }
      EXPECT_EQ(an.token_has_any(i, any), any != 0) << text << " token " << i;
    }
  }
}

TEST(TokenTables, WithoutTheMatchesLayerTheLexiconIsProbed) {
  // A stage run without match_phrases (a test, a tool) still gets the lexicon's answer.
  DocumentInput in;
  in.id = "t";
  in.text = "Rebels attacked Goma on Tuesday.";
  Document doc(std::move(in));
  analyse_text(&doc, test::lexicon());
  Analysis an(doc, test::lexicon());
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    for (int t = 0; t < lex::kTableCount; ++t)
      EXPECT_EQ(an.token_has(i, lex::Table(t)), an.lex.has(doc.tokens[i].hash, lex::Table(t))) << i << " " << t;
  ASSERT_GE(doc.tokens.size(), 5u);
  EXPECT_TRUE(an.token_has(4, lex::kWeekdays));   // "Tuesday"
  EXPECT_FALSE(an.token_has(3, lex::kWeekdays));  // "on"
}

TEST(CountryRows, FindWhatAScanFinds) {
  const Lexicon& lx = test::lexicon();
  const Table& countries = lx.table(lex::kCountries);
  const int cca2 = countries.column("cca2");
  ASSERT_GE(cca2, 0);
  for (const char* cc : {"AF", "SV", "ML", "SO", "UA", "CO", "PK", "US", "ZZ", ""}) {
    std::vector<uint32_t> scan;
    for (size_t r = 0; r < countries.size(); ++r)
      if (countries.get(r, cca2) == cc) scan.push_back(uint32_t(r));
    const auto rows = lx.country_rows(cc);
    EXPECT_EQ(std::vector<uint32_t>(rows.begin(), rows.end()), scan) << cc;
  }
  EXPECT_FALSE(lx.country_rows("AF").empty());
}

}  // namespace
}  // namespace sitrep
