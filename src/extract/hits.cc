#include "extract/hits.h"

#include <algorithm>
#include <initializer_list>

#include "extract/match.h"

namespace sitrep {

namespace {

constexpr uint32_t bits(std::initializer_list<lex::Table> ts) {
  uint32_t m = 0;
  for (lex::Table t : ts) m |= 1u << t;
  return m;
}

// The (table, variant) pairs the stages read, built together in one pass over the matches
// on the first request. Any other pair is built alone when asked for: keeping every
// table's hits in both variants would cost a big document several bytes per byte of text.
constexpr uint32_t kFirstPass[2] = {
    bits({lex::kRoles, lex::kAgents, lex::kCues, lex::kCountries, lex::kCasualtyWords, lex::kTriggers,
          lex::kTollWords, lex::kTargets, lex::kWeapons}),
    bits({lex::kCountries, lex::kCasualtyWords, lex::kCues, lex::kActors, lex::kRefiners, lex::kPlaces,
          lex::kAdmin1}),
};

// The hits of the tables in want[0] (longest-only variant) and want[1] (all rows): per
// table and start, the longest match with an applicable posting of the table, its first
// such posting (longest-only) or every one (all rows); starts inside an earlier hit of the
// table are skipped (no overlaps).
void build_hits(const Analysis& a, const uint32_t want[2]) {
  const uint32_t wanted = want[0] | want[1];
  // Postings per table bound each table's hits: reserving them saves the vectors' growth.
  uint32_t bound[2][lex::kTableCount] = {};
  for (const Match& m : a.matches) {
    if (!(m.tables & wanted)) continue;
    for (uint32_t t = m.tables & want[0]; t; t &= t - 1) ++bound[0][__builtin_ctz(t)];
    if (m.tables & want[1])
      for (const lex::Posting& p : m.postings)
        if (p.table < lex::kTableCount && (want[1] >> p.table & 1)) ++bound[1][p.table];
  }
  for (int v = 0; v < 2; ++v)
    for (uint32_t t = want[v]; t; t &= t - 1) {
      const int tb = __builtin_ctz(t);
      if (bound[v][tb]) a.hit_cache[v][size_t(tb)].reserve(bound[v][tb]);
    }
  uint32_t covered_until[lex::kTableCount] = {};
  const auto& ms = a.matches;
  size_t i = 0;
  // Matches are sorted by first token; those of one start are consecutive, shortest first.
  while (i < ms.size()) {
    size_t j = i;
    while (j < ms.size() && ms[j].first == ms[i].first) ++j;
    const uint32_t first = ms[i].first;
    uint32_t claimed = 0;  // tables with a hit at this start
    uint32_t claim_end[lex::kTableCount];
    for (size_t k = j; k > i; --k) {
      const Match& m = ms[k - 1];
      if (!(m.tables & wanted & ~claimed)) continue;
      const uint32_t before = claimed;  // a longer match of these tables claimed this start
      for (const lex::Posting& p : m.postings) {
        const uint16_t t = p.table;
        if (t >= lex::kTableCount || !(wanted >> t & 1) || (before >> t & 1) || first < covered_until[t]) continue;
        if (!posting_applies(a, p, m.first, m.end)) continue;
        const Hit h{m.first, m.end, p.row, p.flags};
        if ((want[0] >> t & 1) && !(claimed >> t & 1)) a.hit_cache[0][t].push_back(h);
        if (want[1] >> t & 1) a.hit_cache[1][t].push_back(h);
        if (!(claimed >> t & 1)) {
          claimed |= 1u << t;
          claim_end[t] = m.end;
        }
      }
    }
    // Close the starts claimed here.
    for (; claimed; claimed &= claimed - 1) {
      const int t = __builtin_ctz(claimed);
      covered_until[t] = claim_end[t];
    }
    i = j;
  }
}

}  // namespace

const std::vector<Hit>& table_hits(const Analysis& a, lex::Table table, bool all_rows) {
  const int v = all_rows ? 1 : 0;
  if (a.hit_cache[0].empty()) {  // sized once: references handed out stay valid
    a.hit_cache[0].resize(lex::kTableCount);
    a.hit_cache[1].resize(lex::kTableCount);
    build_hits(a, kFirstPass);
    a.hit_built[0] |= kFirstPass[0];
    a.hit_built[1] |= kFirstPass[1];
  }
  if (!(a.hit_built[v] >> table & 1)) {
    uint32_t want[2] = {0, 0};
    want[v] = 1u << table;
    build_hits(a, want);
    a.hit_built[v] |= uint64_t(1) << table;
  }
  return a.hit_cache[v][table];
}

bool has_cue(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, std::string_view value) {
  // The value test before the spelling check of case-sensitive phrases.
  return visit_cues(a, first, end, cls, [&](std::string_view v, const lex::Posting& p, const Match& m) {
    return (value.empty() || v == value) && posting_applies(a, p, m.first, m.end);
  });
}

std::string_view span_text(const Analysis& a, uint32_t first, uint32_t end) {
  if (end <= first) return {};
  return a.doc.slice(byte_begin(a, first), byte_end(a, end));
}

}  // namespace sitrep
