// Table hits: the builder (one pass over the matches for the tables the stages read) agrees with the definition (for each table, the
// longest applicable match at each start, non-overlapping), checked against a direct,
// test-only implementation of that definition on varied text.
#include <gtest/gtest.h>

#include "../support/analyse.h"
#include "extract/hits.h"
#include "extract/match.h"

namespace sitrep {
namespace {

// Test-only reference: the definition, table by table, token by token.
std::vector<Hit> reference_hits(const Analysis& a, lex::Table table, bool all_rows) {
  std::vector<Hit> out;
  uint32_t covered = 0;
  for (uint32_t i = 0; i < a.doc.tokens.size(); ++i) {
    if (i < covered) continue;
    const Match* best = nullptr;
    for (const Match& m : a.matches_at(i)) {
      bool ok = false;
      for (const lex::Posting& p : m.postings) ok |= p.table == table && posting_applies(a, p, m.first, m.end);
      if (ok && (!best || m.end > best->end)) best = &m;
    }
    if (!best) continue;
    for (const lex::Posting& p : best->postings) {
      if (p.table != table || !posting_applies(a, p, best->first, best->end)) continue;
      out.push_back(Hit{best->first, best->end, p.row, p.flags});
      if (!all_rows) break;
    }
    covered = best->end;
  }
  return out;
}

TEST(TableHits, AgreeWithTheDefinition) {
  const char* texts[] = {
      "On Monday, ISIS claimed the suicide bombing near the Turkish embassy in the Iraqi capital, Baghdad.",
      "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- URBAN GUERRILLAS OF THE FMLN ATTACKED A POLICE POST IN SAN MIGUEL.",
      "Gunmen from the Islamic State of Iraq and the Levant stormed a hotel in Mogadishu; al-Shabaab denied it.",
      "The U.S. and the UN said two soldiers and four civilians were killed in Peshawar, Pakistan, on 5 September 2022.",
  };
  for (const char* text : texts) {
    test::Analysed x(text, "2022-09-06");
    for (int t = 1; t < lex::kTableCount; ++t) {
      for (bool all : {false, true}) {
        std::vector<Hit> want = reference_hits(*x, lex::Table(t), all);
        const std::vector<Hit>& got = table_hits(*x, lex::Table(t), all);
        ASSERT_EQ(got.size(), want.size()) << text << " table " << t << " all " << all;
        for (size_t i = 0; i < want.size(); ++i) {
          EXPECT_EQ(got[i].first, want[i].first);
          EXPECT_EQ(got[i].end, want[i].end);
          EXPECT_EQ(got[i].row, want[i].row);
          EXPECT_EQ(got[i].flags, want[i].flags);
        }
      }
    }
  }
}

// Test-only reference for has_cue: every match inside the range, token by token.
bool reference_has_cue(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, std::string_view value) {
  const Table& t = a.lex.table(lex::kCues);
  for (uint32_t i = first; i < end && i < a.doc.tokens.size(); ++i)
    for (const Match& m : a.matches_at(i)) {
      if (m.end > end) continue;
      for (const lex::Posting& p : m.postings)
        if (p.table == lex::kCues && posting_applies(a, p, m.first, m.end) && t.get(p.row, "class") == cls &&
            (value.empty() || t.get(p.row, "value") == value))
          return true;
    }
  return false;
}

TEST(HasCue, AgreesWithTheDefinitionOnEveryRange) {
  const char* texts[] = {
      "Police said on Tuesday that the attack, which officials described as a possible bombing, may have killed 12.",
      "LIMA, 14 MAR 89 (EFE) -- THE ARMY REPORTED THAT SHINING PATH GUERRILLAS ALLEGEDLY BURNED A BUS, RADIO PROGRAMAS SAID.",
      "Witnesses told Reuters by telephone that protesters marched peacefully before troops reportedly opened fire.",
  };
  const std::pair<const char*, const char*> cues[] = {
      {"say", ""}, {"status", ""}, {"status", "hypothetical"}, {"channel", ""}, {"nonviolent", ""}, {"comment", ""}};
  for (const char* text : texts) {
    test::Analysed x(text, "1989-03-15");
    const uint32_t n = uint32_t(x->doc.tokens.size());
    int found = 0;
    for (uint32_t b = 0; b <= n; ++b)
      for (uint32_t e = b; e <= n + 2; e += 3)
        for (const auto& [cls, value] : cues) {
          const bool want = reference_has_cue(*x, b, e, cls, value);
          found += want;
          ASSERT_EQ(has_cue(*x, b, e, cls, value), want) << text << " [" << b << "," << e << ") " << cls << " " << value;
        }
    EXPECT_GT(found, 0) << text;  // the table is exercised, not only the empty answer
  }
}

TEST(WordIn, ComparesMatchingForms) {
  test::Analysed x("Rebels KILLED two soldiers near Goma.", "2012-11-20");
  EXPECT_TRUE(word_in(*x, 1, {"wounded", "killed"}));
  EXPECT_FALSE(word_in(*x, 1, {"kill", "killer", "kills"}));
  EXPECT_TRUE(word_in(*x, 0, {"rebels"}));
  EXPECT_FALSE(word_in(*x, 0, {}));
  EXPECT_FALSE(word_in(*x, 99, {"rebels"}));
}

}  // namespace
}  // namespace sitrep
