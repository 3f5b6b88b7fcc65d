// Table hits: the stages' tables are built in one pass on first use, any other table and
// variant alone when asked for (a big document's hits of tables nobody reads would cost
// memory). Whatever the order of the requests, a table's hits are those of a fresh
// analysis, a returned reference stays valid while other tables are built, and a table no
// stage reads is built only when asked for.
#include <gtest/gtest.h>

#include <vector>

#include "../support/analyse.h"
#include "extract/hits.h"

namespace sitrep {
namespace {

struct Request {
  lex::Table table;
  bool all_rows;
};

bool same_hits(const std::vector<Hit>& x, const std::vector<Hit>& y) {
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i)
    if (x[i].first != y[i].first || x[i].end != y[i].end || x[i].row != y[i].row || x[i].flags != y[i].flags)
      return false;
  return true;
}

struct Row {
  const char* text;
  const char* anchor;
};

const Row kTexts[] = {
    {"Gunmen from the Islamic State of Iraq and the Levant attacked a checkpoint near Tikrit on Sunday, killing "
     "three policemen, the Interior Ministry said.",
     "2014-06-09"},
    {"BOGOTA, 12 APR 89 (EFE) -- ELN GUERRILLAS DYNAMITED THE CANO LIMON-COVENAS OIL PIPELINE IN ARAUCA "
     "DEPARTMENT, THE ARMY REPORTED.",
     "1989-04-13"},
    {"A car bomb exploded outside a market in Mogadishu, wounding at least 12 people; al-Shabaab said in a "
     "statement on its radio station that it had carried out the attack.",
     "2019-03-01"},
    {"Protesters in Dhaka threw stones at police, who fired tear gas and rubber bullets, witnesses told AFP.",
     "2013-02-28"},
};

// Every table in both variants, in an order unlike the builder's own: all rows first,
// tables from last to first.
std::vector<Request> scrambled() {
  std::vector<Request> r;
  for (int t = lex::kTableCount - 1; t >= 1; --t) r.push_back({lex::Table(t), true});
  for (int t = 1; t < lex::kTableCount; t += 2) r.push_back({lex::Table(t), false});
  for (int t = 2; t < lex::kTableCount; t += 2) r.push_back({lex::Table(t), false});
  return r;
}

TEST(TableHitsCache, AnyRequestOrderGivesTheHitsOfAFreshAnalysis) {
  for (const Row& row : kTexts) {
    test::Analysed x(row.text, row.anchor);
    for (const Request& q : scrambled()) {
      test::Analysed fresh(row.text, row.anchor);
      const std::vector<Hit>& want = table_hits(*fresh, q.table, q.all_rows);
      EXPECT_TRUE(same_hits(table_hits(*x, q.table, q.all_rows), want))
          << row.text << " table " << q.table << " all " << q.all_rows;
    }
  }
}

TEST(TableHitsCache, ReferencesStayValidWhileOtherTablesAreBuilt) {
  for (const Row& row : kTexts) {
    test::Analysed x(row.text, row.anchor);
    const std::vector<Hit>& places = table_hits(*x, lex::kPlaces, true);
    const std::vector<Hit>& triggers = table_hits(*x, lex::kTriggers, false);
    const std::vector<Hit> places_copy = places, triggers_copy = triggers;
    for (const Request& q : scrambled()) table_hits(*x, q.table, q.all_rows);
    EXPECT_EQ(&places, &table_hits(*x, lex::kPlaces, true)) << row.text;
    EXPECT_EQ(&triggers, &table_hits(*x, lex::kTriggers, false)) << row.text;
    EXPECT_TRUE(same_hits(places, places_copy)) << row.text;
    EXPECT_TRUE(same_hits(triggers, triggers_copy)) << row.text;
  }
}

// The month names are read by the dates stage straight from the lexicon, never as hits:
// their hits are built only when asked for, and the stages' own tables do not build them.
TEST(TableHitsCache, TablesNoStageReadsAreBuiltOnlyWhenAskedFor) {
  const Row rows[] = {
      {"Militants ambushed a convoy in Helmand on 5 September, killing four soldiers.", "2011-09-06"},
      {"LIMA, 14 MAR 89 (EFE) -- SHINING PATH GUERRILLAS BURNED A BUS IN AYACUCHO IN MARCH.", "1989-03-15"},
  };
  for (const Row& row : rows) {
    test::Analysed x(row.text, row.anchor);
    const std::vector<Hit>& triggers = table_hits(*x, lex::kTriggers, false);
    EXPECT_FALSE(triggers.empty()) << row.text;
    EXPECT_FALSE(x->hit_built[0] >> lex::kMonths & 1) << row.text;
    EXPECT_TRUE(x->hit_cache[0][lex::kMonths].empty()) << row.text;
    EXPECT_FALSE(x->hit_built[0] >> lex::kPlaces & 1) << row.text;
    EXPECT_TRUE(x->hit_cache[0][lex::kPlaces].empty()) << row.text;
    const std::vector<Hit>& months = table_hits(*x, lex::kMonths, false);
    EXPECT_FALSE(months.empty()) << row.text;
    EXPECT_TRUE(x->hit_built[0] >> lex::kMonths & 1) << row.text;
    // Asked again, the same vectors are served.
    EXPECT_EQ(&triggers, &table_hits(*x, lex::kTriggers, false));
    EXPECT_EQ(&months, &table_hits(*x, lex::kMonths, false));
  }
}

}  // namespace
}  // namespace sitrep
