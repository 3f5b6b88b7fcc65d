// Events stage: trigger matches -> the events layer, each mention with its kind, its
// strength and its status from the cue words of its own clause.
#include "extract/events.h"

#include "extract/hits.h"
#include "extract/match.h"

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

// True when a cue of class `cls` overlaps tokens [first, end): the trigger is part of a
// longer cue phrase ("shooting guard", "price war"), so it is not an event word here.
bool cue_overlaps(const Analysis& a, uint32_t sent_first, uint32_t first, uint32_t end, std::string_view cls) {
  const Table& t = a.lex.table(lex::kCues);
  int ccls = t.column("class");
  // Cue phrases are a few words long: one starting up to 4 tokens earlier can cover the trigger.
  for (uint32_t i = first >= sent_first + 4 ? first - 4 : sent_first; i < end; ++i)
    for (const Match& m : a.matches_at(i)) {
      if (m.end <= first || m.first >= end) continue;
      for (const lex::Posting& p : m.postings)
        if (p.table == lex::kCues && posting_applies(a, p, m.first, m.end) && t.get(p.row, ccls) == cls) return true;
    }
  return false;
}

// The end of a sentence-initial adverbial ("Last year, ...", "In 2019, ..."): the first
// comma within a few tokens of the sentence start, or the start itself when none.
uint32_t opening_adverbial_end(const Analysis& a, const Sentence& s) {
  for (uint32_t i = s.first_token; i < s.end_token && i < s.first_token + 6; ++i)
    if (a.doc.token_text(i) == ",") return i;
  return s.first_token;
}

}  // namespace

void find_events(Analysis* a) {
  const Table& triggers = a->lex.table(lex::kTriggers);
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
    if (cue_overlaps(*a, s.first_token, h.first, h.end, "nonviolent")) continue;
    // Hypothetical and generic talk is no event: "could attack", "terrorism is unacceptable".
    uint32_t wb = h.first >= s.first_token + 5 ? h.first - 5 : s.first_token;
    if (has_cue(*a, wb, h.first, "status", "hypothetical")) continue;
    // Plural nouns after a quantifier name many events, none in particular.
    std::string_view norm = a->doc.norm(h.end - 1);
    bool plural = m.noun && norm.size() > 3 && norm.back() == 's' && norm[norm.size() - 2] != 's';
    // A count before the quantifier names particular events again: "two other explosions".
    auto counted = [&](uint32_t q) {
      if (q <= s.first_token) return false;
      auto [nlo, nhi] = in_tokens(a->numbers, q >= s.first_token + 3 ? q - 3 : s.first_token, q);
      for (size_t ni = nlo; ni < nhi; ++ni)
        if (a->numbers[ni].end == q && a->numbers[ni].value >= 1) return true;
      return false;
    };
    if (m.noun && (has_cue(*a, wb, h.first, "status", "generic") ||
                   (plural && h.first > s.first_token &&
                    word_in(*a, h.first - 1, {"several", "many", "some", "recent", "previous", "such", "these",
                                              "numerous", "frequent", "repeated", "other", "past", "similar",
                                              "further", "more", "terrorist", "deadly", "multiple", "those"}) &&
                    !counted(h.first - 1))))
      m.generic = true;
    // "The bombing of civilians", "the kidnapping of foreigners": an event noun whose object
    // is a bare plural names a practice, not one event ("the killing of two students" and
    // "the kidnapping of the mayor" name one).
    if (m.noun && word_is(*a, h.end, "of") && h.end + 1 < s.end_token) {
      auto [glo, ghi] = in_tokens(a->agents, h.end + 1, h.end + 2);
      for (size_t gi = glo; gi < ghi; ++gi) {
        const AgentMention& g = a->agents[gi];
        std::string_view head = a->doc.norm(g.head_end - 1);
        bool plural_object = (head.size() > 3 && head.back() == 's') || head == "children" || head == "people" ||
                             head == "women" || head == "men";
        auto [nlo, nhi] = in_tokens(a->numbers, g.first, g.end);
        bool bare = g.first == g.head_first && nlo == nhi;
        if (plural_object && bare) m.generic = true;
      }
    }
    // Status from cues of the trigger's own clause, nearest first.
    uint32_t cb = h.first;
    while (cb > s.first_token && !clause_boundary(*a, cb - 1) && h.first - cb < 8) --cb;
    uint32_t ce = h.end;
    while (ce < s.end_token && !clause_boundary(*a, ce) && ce - h.end < 6) ++ce;
    // Denials run on past the trigger: "denied that an attack had taken place", "reports
    // of an explosion at the airport were a false alarm".
    uint32_t ne = h.end;
    while (ne < s.end_token && !clause_boundary(*a, ne) && ne - h.end < 10) ++ne;
    uint32_t adv = opening_adverbial_end(*a, s);
    if (cue_near(*a, cb, ne, "negated") || (h.first > s.first_token && word_in(*a, h.first - 1, {"no", "not", "never"})))
      m.status = "negated";
    else if (cue_near(*a, cb, h.first, "threatened"))
      m.status = "threatened";
    else if (cue_near(*a, cb, ce, "foiled"))
      m.status = "foiled";
    else if (cue_near(*a, cb, ce, "attempted"))
      m.status = "attempted";
    else if (cue_near(*a, cb, ce, "background"))
      m.status = "background";
    // A sentence-initial adverbial sets the time of the whole sentence: "Last year, a
    // bombing in the city killed 20 people."
    else if (adv > s.first_token && adv <= h.first && cue_near(*a, s.first_token, adv, "background"))
      m.status = "background";
    // Kinds whose words carry their own status (kinds.tsv default_status): a defused bomb
    // is foiled, "threatened to bomb" a threat.
    std::string_view default_status = a->lex.table(lex::kKinds).get(uint32_t(kr), "default_status");
    if (!default_status.empty() && m.status == "reported") m.status = std::string(default_status);
    // A date of an earlier period in the same clause makes it background.
    auto [dlo, dhi] = a->in_sentence(a->dates, sent);
    for (size_t di = dlo; di < dhi; ++di) {
      const DateMention& d = a->dates[di];
      if (!d.past_background) continue;
      if (d.end <= adv && adv <= h.first && m.status == "reported") m.status = "background";  // "In 2019, ..."
      uint32_t x = d.first < h.first ? d.end - 1 : h.end - 1;
      uint32_t y = d.first < h.first ? h.first : d.first;
      if (same_clause(*a, x, y) && m.status == "reported") m.status = "background";
    }
    a->events.push_back(m);
  }
}

}  // namespace sitrep
