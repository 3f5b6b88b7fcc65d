// GTT's metric (src/eval/gtt_score.h): hand-made documents whose counts are worked out in
// the comments, GTT eval.py's quirks, the alignment's tie-break and the 10^7 fallback.
#include "eval/gtt_score.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

// A template: type, then the five roles as lists of entities (lists of mentions).
GttTemplate T(std::string type, std::vector<GttEntity> perp_ind = {}, std::vector<GttEntity> perp_org = {},
              std::vector<GttEntity> target = {}, std::vector<GttEntity> victim = {},
              std::vector<GttEntity> weapon = {}) {
  GttTemplate t;
  t.incident_type = std::move(type);
  t.entities = {std::move(perp_ind), std::move(perp_org), std::move(target), std::move(victim), std::move(weapon)};
  return t;
}

GttDocScore score(std::vector<GttTemplate> pred, std::vector<GttTemplate> gold, uint64_t limit = kMaxGttMappings) {
  normalize_gtt_templates(&pred);
  normalize_gtt_templates(&gold);
  return score_gtt_document(pred, gold, limit);
}

GttCounts C(int64_t p_num, int64_t p_den, int64_t r_num, int64_t r_den) { return {p_num, p_den, r_num, r_den}; }

enum Role { kType = 0, kPerpInd, kPerpOrg, kTarget, kVictim, kWeapon };

struct DocCase {
  const char* name;
  std::vector<GttTemplate> pred, gold;
  std::vector<std::pair<Role, GttCounts>> expected;  // roles not listed: all zero
  std::vector<int> mapping;
};

TEST(GttScore, HandMadeDocuments) {
  const DocCase cases[] = {
      {"exact match after normalisation: articles, case, punctuation, spaces",
       {T("attack", {{"The  Guerrillas."}}, {{"F.M.L.N"}})},
       {T("attack", {{"guerrillas", "guerrilla column"}}, {{"fmln"}})},
       // type 1/1 1/1; PerpInd 1/1 1/1; PerpOrg 1/1 1/1
       {{kType, C(1, 1, 1, 1)}, {kPerpInd, C(1, 1, 1, 1)}, {kPerpOrg, C(1, 1, 1, 1)}},
       {0}},
      {"predicted type is a substring of the gold type ('attack / bombing')",
       {T("bombing", {}, {{"eln"}})},
       {T("attack / bombing", {}, {{"ELN"}})},
       {{kType, C(1, 1, 1, 1)}, {kPerpOrg, C(1, 1, 1, 1)}},
       {0}},
      {"'bomb' is a substring of 'bombing' too (eval.py's `in`)",
       {T("bomb", {}, {{"eln"}})},
       {T("bombing", {}, {{"eln"}})},
       {{kType, C(1, 1, 1, 1)}, {kPerpOrg, C(1, 1, 1, 1)}},
       {0}},
      {"type mismatch: the pair does not count, everything is spurious or missing",
       {T("attack", {}, {}, {}, {{"maria"}})},
       {T("kidnapping", {}, {}, {}, {{"maria"}})},
       // type 0/1 0/1; Victim 0/1 0/1
       {{kType, C(0, 1, 0, 1)}, {kVictim, C(0, 1, 0, 1)}},
       {-1}},
      {"a predicted entity is right when all its mentions are in ONE gold entity",
       {T("bombing", {}, {}, {}, {}, {{"bomb", "dynamite"}, {"car bomb", "bomb"}})},
       {T("bombing", {}, {}, {}, {}, {{"bomb"}, {"dynamite"}, {"bomb", "car bomb"}})},
       // Weapon: pred 1 ({bomb, dynamite}) spans two entities: wrong; pred 2 inside gold 3:
       // right -> p 1/2. Gold 1 ({bomb}): no pred is a subset of it -> missed; gold 2 missed;
       // gold 3 found by pred 2 -> r 1/3.
       {{kType, C(1, 1, 1, 1)}, {kWeapon, C(1, 2, 1, 3)}},
       {0}},
      {"entity matching is not one-to-one: two predictions of one gold entity both count",
       {T("attack", {{"guerrillas"}, {"the guerrilla column"}})},
       {T("attack", {{"guerrillas", "guerrilla column"}})},
       {{kType, C(1, 1, 1, 1)}, {kPerpInd, C(2, 2, 1, 1)}},
       {0}},
      {"an empty predicted entity matches any gold entity (eval.py keeps it)",
       {T("attack", {{}})},
       {T("attack", {{"soldiers"}, {"police"}})},
       // PerpInd: pred [] is a subset of either gold entity -> p 1/1; both gold found -> r 2/2
       {{kType, C(1, 1, 1, 1)}, {kPerpInd, C(1, 1, 2, 2)}},
       {0}},
      {"an article-only mention normalises to '' and matches only ''",
       {T("attack", {{"The"}}, {{"an"}})},
       {T("attack", {{"a"}}, {{"anything"}})},
       {{kType, C(1, 1, 1, 1)}, {kPerpInd, C(1, 1, 1, 1)}, {kPerpOrg, C(0, 1, 0, 1)}},
       {0}},
      {"the best alignment is not the diagonal",
       {T("attack", {{"x"}}), T("attack", {{"y"}})},
       {T("attack", {{"y"}}), T("attack", {{"x"}})},
       {{kType, C(2, 2, 2, 2)}, {kPerpInd, C(2, 2, 2, 2)}},
       {1, 0}},
      {"denominators count unmatched templates: one spurious, one missing",
       {T("attack", {{"x"}}), T("arson", {}, {}, {{"house"}})},
       {T("attack", {{"x"}}), T("kidnapping", {}, {}, {}, {{"maria"}, {"jose"}})},
       // P0-G0: type 1/1, PerpInd 1/1. P1 spurious: type p_den+1, Target p_den+1.
       // G1 missing: type r_den+1, Victim r_den+2.
       {{kType, C(1, 2, 1, 2)}, {kPerpInd, C(1, 1, 1, 1)}, {kTarget, C(0, 1, 0, 0)}, {kVictim, C(0, 0, 0, 2)}},
       {0, -1}},
      {"no predictions: all gold missing",
       {},
       {T("attack", {{"x"}}, {{"y"}})},
       {{kType, C(0, 0, 0, 1)}, {kPerpInd, C(0, 0, 0, 1)}, {kPerpOrg, C(0, 0, 0, 1)}},
       {}},
      {"no gold: all predictions spurious",
       {T("attack", {{"x"}})},
       {},
       {{kType, C(0, 1, 0, 0)}, {kPerpInd, C(0, 1, 0, 0)}},
       {-1}},
  };
  for (const DocCase& c : cases) {
    GttDocScore s = score(c.pred, c.gold);
    for (int r = 0; r < kGttRoles; ++r) {
      GttCounts want;
      for (const auto& [role, counts] : c.expected)
        if (role == r) want = counts;
      EXPECT_EQ(s.tally.roles[r], want) << c.name << ": role " << kGttRoleNames[r] << " got " << s.tally.roles[r].p_num
                                        << "/" << s.tally.roles[r].p_den << " " << s.tally.roles[r].r_num << "/"
                                        << s.tally.roles[r].r_den;
    }
    EXPECT_EQ(s.mapping, c.mapping) << c.name;
    EXPECT_FALSE(s.lower_bound) << c.name;
  }
}

// Two mappings reach the same F1 with different per-role counts: eval.py keeps the first in
// itertools.product order, i.e. predicted template 0 onto gold 0.
TEST(GttScore, TiesGoToTheFirstMappingInProductOrder) {
  GttDocScore s = score({T("attack", {{"a"}}, {}, {{"b"}})}, {T("attack", {{"a"}}), T("attack", {}, {}, {{"b"}})});
  // onto gold 0: P: type + PerpInd = 2 of 3; R: type + PerpInd = 2 of 4. Onto gold 1: P:
  // type + Target = 2 of 3; R: 2 of 4. Same F1; gold 0 wins.
  EXPECT_EQ(s.mapping, std::vector<int>({0}));
  EXPECT_EQ(s.tally.roles[kPerpInd], C(1, 1, 1, 1));
  EXPECT_EQ(s.tally.roles[kTarget], C(0, 1, 0, 1));
}

TEST(GttScore, F1AsEvalPyComputesIt) {
  EXPECT_EQ(gtt_f1(C(0, 0, 0, 0)), 0.0);
  EXPECT_EQ(gtt_f1(C(0, 5, 0, 5)), 0.0);
  EXPECT_EQ(gtt_f1(C(8, 14, 8, 15)), 0.5517241379310344);  // eval.py prints this value
  Prf prf = gtt_prf(C(1, 3, 1, 2));
  EXPECT_EQ(prf.precision, 1.0 / 3.0);
  EXPECT_EQ(prf.recall, 0.5);
  EXPECT_EQ(prf.f1, 0.4);
}

TEST(GttScore, CountsOneToOneMappings) {
  struct Case {
    size_t preds, golds;
    uint64_t count;
  } cases[] = {
      {0, 0, 1}, {0, 5, 1}, {1, 0, 1}, {1, 3, 4},
      {2, 2, 7},     // none, 2 x one, 2 x 1 orderings of both
      {3, 2, 13},    // 1 + 3*2 + 3*2
      {5, 5, 1546},  // 1 + 25 + 200 + 600 + 600 + 120
      {6, 12, 1442173},
      {7, 12, kMaxGttMappings + 1},  // 11,109,337: past the limit
  };
  for (const Case& c : cases) EXPECT_EQ(count_gtt_mappings(c.preds, c.golds), c.count) << c.preds << "x" << c.golds;
  EXPECT_EQ(count_gtt_mappings(3, 2, 10), 11u);  // saturates at cap + 1
}

std::vector<GttTemplate> numbered(int n, const std::string& prefix) {
  std::vector<GttTemplate> out;
  for (int i = 0; i < n; ++i) out.push_back(T("attack", {{prefix + std::to_string(i)}}));
  return out;
}

// Past the limit the first templates are searched, the rest aligned greedily: a lower bound.
TEST(GttScore, FallsBackPastTheMappingLimit) {
  // 3 predictions x 2 gold templates = 13 mappings > 10: align the first 2 (7 mappings).
  std::vector<GttTemplate> pred = {T("attack", {{"z"}}), T("attack", {{"y"}}), T("attack", {{"x"}})};
  std::vector<GttTemplate> gold = {T("attack", {{"x"}}), T("attack", {{"y"}})};
  GttDocScore small = score(pred, gold, 10);
  EXPECT_TRUE(small.lower_bound);
  EXPECT_EQ(small.searched_predictions, 2u);
  // The bounded search leaves x unmatched and maps z and y: z->0 (type only) and y->1 (type
  // + PerpInd) beat every other pair. PerpInd p 1/3, r 1/2.
  EXPECT_EQ(small.mapping, std::vector<int>({0, 1, -1}));
  EXPECT_EQ(small.tally.roles[kPerpInd], C(1, 3, 1, 2));
  // Exhaustively: y->1, x->0 and z unmatched (both gold templates are taken).
  GttDocScore full = score(pred, gold, 13);
  EXPECT_FALSE(full.lower_bound);
  EXPECT_EQ(full.mapping, std::vector<int>({-1, 1, 0}));
  EXPECT_EQ(full.tally.roles[kPerpInd], C(2, 3, 2, 2));

  // At the real limit: 12 x 12 has 10^10+ mappings; 6 predictions (1,442,173 mappings) fit, 7 do not.
  GttDocScore big = score(numbered(12, "p"), numbered(12, "p"));
  EXPECT_TRUE(big.lower_bound);
  EXPECT_GT(big.mappings, kMaxGttMappings);
  EXPECT_EQ(big.searched_predictions, 6u);
  // The first 6 find their twins in the search, the other 6 theirs greedily after it.
  EXPECT_EQ(big.tally.roles[kType], C(12, 12, 12, 12));
  EXPECT_EQ(big.tally.roles[kPerpInd], C(12, 12, 12, 12));
  std::vector<int> twins(12);
  for (int i = 0; i < 12; ++i) twins[static_cast<size_t>(i)] = i;
  EXPECT_EQ(big.mapping, twins);
  // Greedily, a later prediction takes the free template it gains most against, and none
  // when only templates of another type are free.
  std::vector<GttTemplate> many = numbered(12, "p");
  many.push_back(T("kidnapping", {{"p3"}}));
  GttDocScore rest = score(many, numbered(12, "p"));
  EXPECT_TRUE(rest.lower_bound);
  EXPECT_EQ(rest.mapping.back(), -1);
}

// Within the limit the search is exhaustive however many mappings there are.
TEST(GttScore, ExhaustiveUpToTheLimit) {
  std::vector<GttTemplate> gold = numbered(8, "g");
  std::vector<GttTemplate> pred = numbered(8, "g");
  std::reverse(pred.begin(), pred.end());  // every prediction's twin is far from the diagonal
  GttDocScore s = score(pred, gold);
  EXPECT_EQ(s.mappings, count_gtt_mappings(8, 8));  // 1,441,729, within the limit
  EXPECT_FALSE(s.lower_bound);
  EXPECT_EQ(s.mapping, std::vector<int>({7, 6, 5, 4, 3, 2, 1, 0}));
  EXPECT_EQ(s.tally.micro(), C(16, 16, 16, 16));
}

// Many predictions for few gold templates: within the limit, and quick.
TEST(GttScore, ManyPredictionsFewGold) {
  std::vector<GttTemplate> pred = numbered(1000, "p");
  pred[700] = T("attack", {{"g0"}});
  pred[900] = T("attack", {{"g1"}});
  GttDocScore s = score(pred, {T("attack", {{"g0"}}), T("attack", {{"g1"}})});
  EXPECT_EQ(s.mappings, 1u + 2000u + 999000u);
  EXPECT_FALSE(s.lower_bound);
  EXPECT_EQ(s.mapping[700], 0);
  EXPECT_EQ(s.mapping[900], 1);
  EXPECT_EQ(s.tally.roles[kPerpInd], C(2, 1000, 2, 2));
}

TEST(GttScore, CorpusSumsDocuments) {
  std::vector<GttDocument> docs = {
      {"a", {T("attack", {{"x"}})}, {T("attack", {{"X!"}})}},
      {"b", {T("bombing")}, {}},
  };
  GttCorpusScore s = score_gtt_corpus(docs);
  // a: type 1/1 1/1, PerpInd 1/1 1/1. b: type r_den 1.
  EXPECT_EQ(s.total.roles[kType], C(1, 1, 1, 2));
  EXPECT_EQ(s.total.roles[kPerpInd], C(1, 1, 1, 1));
  EXPECT_EQ(s.total.micro(), C(2, 2, 2, 3));
  EXPECT_EQ(s.lower_bound_docs, 0);
  // The documents' own templates are left as they were read.
  EXPECT_EQ(docs[0].pred[0].entities[0][0][0], "X!");
}

}  // namespace
}  // namespace sitrep::eval
