#include "extract/match.h"

#include "text/normalize.h"

namespace sitrep {

std::span<const Match> Analysis::matches_at(uint32_t i) const {
  if (i >= match_index.size()) return {};
  uint32_t b = match_index[i];
  uint32_t e = b;
  while (e < matches.size() && matches[e].first == i) ++e;
  return {matches.data() + b, e - b};
}

bool posting_applies(const Analysis& a, const lex::Posting& p, uint32_t first, uint32_t end) {
  if (!(p.flags & lex::kCaseSensitive)) return true;
  if (a.doc.all_caps) return false;
  // Compare the words as written, ignoring joiners and spacing.
  std::string_view want = a.lex.str(p.text);
  std::string got;
  for (uint32_t i = first; i < end; ++i) {
    if (!got.empty() && a.doc.tokens[i].is(kSpaceBefore)) got.push_back(' ');
    got.append(a.doc.token_text(i));
  }
  return got == want;
}

void match_phrases(Analysis* a) {
  const auto& toks = a->doc.tokens;
  const uint32_t n = uint32_t(toks.size());
  a->matches.clear();
  a->matches.reserve(n / 2 + 16);  // about one match every two tokens in news text
  a->match_index.assign(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i) {
    a->match_index[i] = uint32_t(a->matches.size());
    if (toks[i].hash == 0) continue;
    uint64_t h = kPhraseSeed;
    uint32_t used = 0;
    for (uint32_t j = i; j < n && used < lex::kMaxPhraseTokens; ++j) {
      if (toks[j].hash == 0) continue;  // joiners
      // A phrase never runs across a sentence end or a paragraph.
      if (j > i && toks[j].is(kNewlineBefore) && a->doc.sentence_of[j] != a->doc.sentence_of[i]) break;
      h = extend_phrase_hash(h, toks[j].hash);
      ++used;
      const lex::PhraseSlot* slot = a->lex.find(h);
      if (!slot) break;
      if (slot->flags & lex::kFullPhrase) {
        auto postings = a->lex.postings(*slot);
        // Dictionary words are looked up directly (Lexicon::has); a match for each
        // ordinary word would only cost memory.
        bool only_common = true;
        for (const lex::Posting& p : postings) only_common &= p.table == lex::kCommonWords;
        if (!only_common) a->matches.push_back(Match{i, j + 1, postings});
      }
      if (!(slot->flags & lex::kPrefix)) break;
    }
  }
  a->match_index[n] = uint32_t(a->matches.size());
}

}  // namespace sitrep
