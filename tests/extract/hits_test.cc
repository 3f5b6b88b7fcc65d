// Table hits: the one-pass builder agrees with the definition (for each table, the
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
      "On Monday, ISIS claimed the suicide bombing near the Russian embassy in the Afghan capital, Kabul.",
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

}  // namespace
}  // namespace sitrep
