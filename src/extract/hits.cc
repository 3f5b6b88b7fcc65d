#include "extract/hits.h"

#include <algorithm>

#include "extract/match.h"

namespace sitrep {

const std::vector<Hit>& table_hits(const Analysis& a, lex::Table table, bool all_rows) {
  auto& cache = a.hit_cache[all_rows];
  auto& cached = a.hit_cached[all_rows];
  if (cache.empty()) {
    cache.resize(lex::kTableCount);
    cached.assign(lex::kTableCount, 0);
  }
  if (cached[table]) return cache[table];
  cached[table] = 1;
  std::vector<Hit>& out = cache[table];
  uint32_t covered_until = 0;
  const uint32_t n = uint32_t(a.doc.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (i < covered_until) continue;
    std::span<const Match> ms = a.matches_at(i);
    // Longest match of this table starting here.
    const Match* best = nullptr;
    for (const Match& m : ms) {
      bool ok = false;
      for (const lex::Posting& p : m.postings)
        if (p.table == table && posting_applies(a, p, m.first, m.end)) ok = true;
      if (ok && (!best || m.end > best->end)) best = &m;
    }
    if (!best) continue;
    for (const lex::Posting& p : best->postings) {
      if (p.table != table || !posting_applies(a, p, best->first, best->end)) continue;
      out.push_back(Hit{best->first, best->end, p.row, p.flags});
      if (!all_rows) break;
    }
    covered_until = best->end;
  }
  return out;
}

bool has_cue(const Analysis& a, uint32_t first, uint32_t end, std::string_view cls, std::string_view value) {
  const Table& t = a.lex.table(lex::kCues);
  int ccls = t.column("class"), cval = t.column("value");
  for (uint32_t i = first; i < end && i < a.doc.tokens.size(); ++i) {
    for (const Match& m : a.matches_at(i)) {
      if (m.end > end) continue;
      for (const lex::Posting& p : m.postings) {
        if (p.table != lex::kCues || !posting_applies(a, p, m.first, m.end)) continue;
        if (t.get(p.row, ccls) == cls && (value.empty() || t.get(p.row, cval) == value)) return true;
      }
    }
  }
  return false;
}

bool word_in(const Analysis& a, uint32_t i, std::initializer_list<std::string_view> words) {
  if (i >= a.doc.tokens.size()) return false;
  std::string_view w = a.doc.norm(i);
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::string_view span_text(const Analysis& a, uint32_t first, uint32_t end) {
  if (end <= first) return {};
  return a.doc.slice(byte_begin(a, first), byte_end(a, end));
}

}  // namespace sitrep
