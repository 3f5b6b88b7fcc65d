#include "extract/hits.h"

#include <algorithm>

#include "extract/match.h"

namespace sitrep {

namespace {

// One pass over the matches layer fills every table's hits (both variants) at once:
// per table, the longest applicable match at each start, non-overlapping, in text order.
void build_hits(const Analysis& a) {
  // Postings per table bound each table's hits: reserving them saves the vectors' growth
  // (about a hundred allocations a document otherwise).
  uint32_t bound[lex::kTableCount] = {};
  for (const Match& m : a.matches)
    for (uint32_t t = m.tables; t; t &= t - 1) ++bound[__builtin_ctz(t)];
  for (int v = 0; v < 2; ++v) {
    a.hit_cache[v].assign(lex::kTableCount, {});
    for (int t = 0; t < lex::kTableCount; ++t)
      if (bound[t]) a.hit_cache[v][size_t(t)].reserve(bound[t]);
  }
  uint32_t covered_until[lex::kTableCount] = {};
  const auto& ms = a.matches;
  size_t i = 0;
  // Matches are sorted by first token; those of one start are consecutive.
  while (i < ms.size()) {
    size_t j = i;
    while (j < ms.size() && ms[j].first == ms[i].first) ++j;
    const uint32_t first = ms[i].first;
    uint32_t claimed = 0;  // tables with a hit at this start
    // For each table, the longest match among [i, j) with an applicable posting.
    for (size_t k = j; k > i; --k) {
      const Match& m = ms[k - 1];
      for (const lex::Posting& p : m.postings) {
        uint16_t t = p.table;
        if (t >= lex::kTableCount || first < covered_until[t]) continue;
        // A longer match of this table already claimed this start.
        std::vector<Hit>& all = a.hit_cache[1][t];
        if (!all.empty() && all.back().first == first && all.back().end != m.end) continue;
        if (!posting_applies(a, p, m.first, m.end)) continue;
        Hit h{m.first, m.end, p.row, p.flags};
        std::vector<Hit>& longest = a.hit_cache[0][t];
        if (longest.empty() || longest.back().first != first) longest.push_back(h);
        all.push_back(h);
        claimed |= 1u << t;
      }
    }
    // Close the starts claimed here.
    for (; claimed; claimed &= claimed - 1) {
      const int t = __builtin_ctz(claimed);
      covered_until[t] = a.hit_cache[1][size_t(t)].back().end;
    }
    i = j;
  }
}

}  // namespace

const std::vector<Hit>& table_hits(const Analysis& a, lex::Table table, bool all_rows) {
  if (a.hit_cache[0].empty()) build_hits(a);
  return a.hit_cache[all_rows ? 1 : 0][table];
}

bool has_cue(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, std::string_view value) {
  const Table& t = a.lex.table(lex::kCues);
  const int ccls = t.column("class"), cval = t.column("value");
  end = std::min(end, uint32_t(a.doc.tokens.size()));
  if (first >= end || a.match_index.size() <= end) return false;
  // The matches starting in [first, end) are consecutive in the matches layer. The cheap
  // tests (table, class) come before the spelling check of case-sensitive phrases.
  const Match* ms = a.matches.data();
  for (uint32_t k = a.match_index[first], stop = a.match_index[end]; k < stop; ++k) {
    const Match& m = ms[k];
    if (m.end > end || !(m.tables & (1u << lex::kCues))) continue;
    for (const lex::Posting& p : m.postings) {
      if (p.table != lex::kCues || t.get(p.row, ccls) != cls) continue;
      if (!value.empty() && t.get(p.row, cval) != value) continue;
      if (posting_applies(a, p, m.first, m.end)) return true;
    }
  }
  return false;
}

std::string_view span_text(const Analysis& a, uint32_t first, uint32_t end) {
  if (end <= first) return {};
  return a.doc.slice(byte_begin(a, first), byte_end(a, end));
}

}  // namespace sitrep
