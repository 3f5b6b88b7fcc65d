// Events stage: trigger matches -> the events layer, each mention with its kind, its
// strength and its status from the cue words of its own clause.
#include "extract/events.h"

#include "extract/hits.h"

namespace sitrep {

bool clause_boundary(const Analysis& a, uint32_t i) {
  const Token& t = a.doc.tokens[i];
  if (t.is(kPunct)) {
    std::string_view s = a.doc.token_text(i);
    return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "--" || s == "\xE2\x80\x94";
  }
  return word_in(a, i, {"since", "after", "before", "when", "while", "which", "who", "following", "because",
                        "but", "although", "whereas", "until", "unlike"});
}

bool same_clause(const Analysis& a, uint32_t x, uint32_t y) {
  if (x > y) std::swap(x, y);
  if (a.doc.sentence_of[x] != a.doc.sentence_of[y]) return false;
  for (uint32_t i = x + 1; i < y; ++i)
    if (clause_boundary(a, i)) return false;
  return true;
}

int kind_row(const Lexicon& lex, std::string_view kind) {
  const Table& k = lex.table(lex::kKinds);
  int col = k.column("kind");
  for (size_t r = 0; r < k.size(); ++r)
    if (k.get(r, col) == kind) return int(r);
  return -1;
}

namespace {

// Cue words of `cls` with value `value` in tokens [b, e) of one sentence: the first found.
bool cue_near(const Analysis& a, uint32_t b, uint32_t e, std::string_view value) {
  return has_cue(a, b, e, "status", value);
}

}  // namespace

void find_events(Analysis* a) {
  const Table& triggers = a->lex.table(lex::kTriggers);
  const auto& toks = a->doc.tokens;
  a->events.clear();
  for (const Hit& h : table_hits(*a, lex::kTriggers)) {
    int kr = kind_row(a->lex, triggers.get(h.row, "kind"));
    if (kr < 0) continue;
    uint32_t sent = a->doc.sentence_of[h.first];
    const Sentence& s = a->doc.sentences[sent];
    EventMention m;
    m.first = h.first;
    m.end = h.end;
    m.kind_row = uint32_t(kr);
    m.sentence = sent;
    m.noun = triggers.get(h.row, "pos") == "noun";
    std::string_view strength = triggers.get(h.row, "strength");
    m.strength = strength.empty() ? 1 : strength[0] - '0';
    // Sports, markets and figures of speech: "the striker shot", "a price war".
    if (m.strength < 3 && has_cue(*a, s.first_token, s.end_token, "nonviolent")) continue;
    // Hypothetical and generic talk is no event: "could attack", "terrorism is unacceptable".
    uint32_t wb = h.first >= s.first_token + 5 ? h.first - 5 : s.first_token;
    if (has_cue(*a, wb, h.first, "status", "hypothetical")) continue;
    // Plural nouns after a quantifier name many events, none in particular.
    std::string_view norm = a->doc.norm(h.end - 1);
    bool plural = m.noun && norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
    if (m.noun && (has_cue(*a, wb, h.first, "status", "generic") ||
                   (plural && h.first > s.first_token &&
                    word_in(*a, h.first - 1, {"several", "many", "some", "recent", "previous", "such", "these",
                                              "numerous", "frequent", "repeated", "other", "past", "similar",
                                              "further", "more", "terrorist", "deadly", "multiple", "those"}))))
      m.generic = true;
    // Status from cues of the trigger's own clause, nearest first.
    uint32_t cb = h.first;
    while (cb > s.first_token && !clause_boundary(*a, cb - 1) && h.first - cb < 8) --cb;
    uint32_t ce = h.end;
    while (ce < s.end_token && !clause_boundary(*a, ce) && ce - h.end < 6) ++ce;
    if (cue_near(*a, cb, h.first, "negated") || (h.first > s.first_token && word_in(*a, h.first - 1, {"no", "not", "never"})))
      m.status = "negated";
    else if (cue_near(*a, cb, h.first, "threatened"))
      m.status = "threatened";
    else if (cue_near(*a, cb, ce, "foiled"))
      m.status = "foiled";
    else if (cue_near(*a, cb, ce, "attempted"))
      m.status = "attempted";
    else if (cue_near(*a, cb, ce, "background"))
      m.status = "background";
    // Every row of a kind whose default status is not "reported" (a defused bomb is foiled).
    std::string_view kind = a->lex.table(lex::kKinds).get(uint32_t(kr), "kind");
    if (kind == "bomb_defused" && m.status == "reported") m.status = "foiled";
    // A date of an earlier period in the same clause makes it background.
    auto [dlo, dhi] = a->in_sentence(a->dates, sent);
    for (size_t di = dlo; di < dhi; ++di) {
      const DateMention& d = a->dates[di];
      if (!d.past_background) continue;
      uint32_t x = d.first < h.first ? d.end - 1 : h.end - 1;
      uint32_t y = d.first < h.first ? h.first : d.first;
      if (same_clause(*a, x, y) && m.status == "reported") m.status = "background";
    }
    (void)toks;
    a->events.push_back(m);
  }
}

}  // namespace sitrep
