// Sources stage: speech verbs + names, roles and organisations -> the attributions layer.
// Shapes handled: "ORG/ROLE NAME said", "NAME, a ROLE ..., told OUTLET", "..., which ...,
// stressed", quote-then-"said NAME", pronoun and "the group" back-references.
#include "extract/sources.h"

#include <algorithm>
#include <cctype>

#include "extract/hits.h"
#include "extract/match.h"

namespace sitrep {
namespace {

constexpr std::string_view kChannelPriority[] = {
    "telegram",         "website",   "social_media", "television", "radio",
    "press_conference", "interview", "phone",        "statement",  "other"};

std::string channel_in(const Analysis& a, uint32_t b, uint32_t e) {
  // The first channel of kChannelPriority that has_cue(a, b, e, "channel", ch) finds, in one
  // walk over the sentence's cues, not one per channel: the channel of highest priority kept.
  constexpr size_t kChannels = sizeof kChannelPriority / sizeof kChannelPriority[0];
  size_t best = kChannels;
  visit_cues(a, b, e, "channel", [&](std::string_view v, const lex::Posting& p, const Match& m) {
    size_t c = 0;
    while (c < best && v != kChannelPriority[c]) ++c;
    if (c < best && posting_applies(a, p, m.first, m.end)) best = c;
    return best == 0;  // nothing outranks the first channel
  });
  return best < kChannels ? std::string(kChannelPriority[best]) : std::string();
}

bool pronoun(const Analysis& a, uint32_t i) { return word_in(a, i, {"he", "she", "they", "it"}); }

bool back_reference(const Analysis& a, uint32_t first, uint32_t end) {
  // "the group", "the organization", "the militants": a group named before.
  if (end - first != 2 || !word_is(a, first, "the")) return false;
  return word_in(a, first + 1, {"group", "organization", "organisation", "militants", "movement", "insurgents",
                                "rebels", "jihadists", "militia", "faction"});
}

const ActorMention* actor_in(const Analysis& a, uint32_t first, uint32_t end) {
  const ActorMention* found = nullptr;
  auto [lo, hi] = in_tokens(a.actors, first, end);
  for (size_t i = lo; i < hi; ++i)
    if (a.actors[i].end <= end) found = &a.actors[i];
  return found;
}

// The role of the words [first, end): the first role that is not a rank, else the last rank.
// *role_first / *role_end get the span of all the role words (first role .. last role), so
// that the name is what follows them.
std::string role_in(const Analysis& a, const std::vector<Hit>& role_hits, uint32_t first, uint32_t end,
                    uint32_t* role_first, uint32_t* role_end) {
  const Table& roles = a.lex.table(lex::kRoles);
  std::string role, rank;
  bool any = false;
  auto [lo, hi] = in_tokens(role_hits, first, end);
  for (size_t i = lo; i < hi; ++i) {
    const Hit& h = role_hits[i];
    if (h.end > end) continue;
    std::string r(roles.get(h.row, "role"));
    // Military and police ranks are titles: "army spokesman Col. Jane Roe" speaks as the
    // spokesman (roles.tsv kind "rank").
    if (roles.get(h.row, "kind") == "rank") {
      rank = r;
    } else if (role.empty()) {
      role = r;
    }
    if (!any) *role_first = h.first;
    *role_end = h.end;
    any = true;
  }
  return role.empty() ? rank : role;
}

// "Col." and "Dr.": the full stop of an abbreviated title (a role word or Mr/Mrs/Ms/Dr)
// joins it to the name.
bool title_stop(const Analysis& a, const std::vector<uint8_t>& person_word, uint32_t i) {
  if (a.doc.token_text(i) != "." || i == 0) return false;
  return person_word[i - 1] != 0 || word_in(a, i - 1, {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof"});
}

bool determiner(const Analysis& a, uint32_t i) { return word_in(a, i, {"the", "a", "an", "another", "one"}); }

// Tokens [b, e) (to the sentence's end) are a speaker's words: short, starting with a name,
// a role or an organisation ("police spokesman Ali Khan", "the ministry", "Ali Khan, a
// police spokesman"), not an adjunct or a clause ("on Monday", "that ...", "in a statement").
bool speaker_closes(const Analysis& a, const std::vector<uint8_t>& person_word, uint32_t b, uint32_t e) {
  constexpr uint32_t kMaxSpeakerTokens = 14;
  while (e > b && a.doc.tokens[e - 1].is(kPunct) && !a.doc.tokens[e - 1].is(kHyphen)) --e;
  if (b >= e || e - b > kMaxSpeakerTokens) return false;
  uint32_t k = b;
  while (k < e && determiner(a, k)) ++k;
  if (k >= e || word_in(a, k,
                        {"on", "in", "at", "that", "it", "he", "she", "they", "yesterday", "today", "last", "this",
                         "earlier", "later", "there", "to", "after", "before", "when"}))
    return false;
  const Token& t = a.doc.tokens[k];
  return person_word[k] || a.actor_at[k] >= 0 || (t.is(kCapitalised) && !a.doc.all_caps) ||
         (a.doc.all_caps && !a.lex.has(t.hash, lex::kCommonWords));
}

}  // namespace

void find_sources(Analysis* a) {
  const auto& t = a->doc.tokens;
  const Table& actors = a->lex.table(lex::kActors);
  a->attributions.clear();
  std::string last_speaker, last_org, last_role;
  int32_t last_actor = -1;
  const Table& cues = a->lex.table(lex::kCues);
  int ccls = cues.column("class");
  // Tokens inside a role or agent phrase ("Interior Ministry spokesman", "police chief").
  const std::vector<Hit>& role_hits = table_hits(*a, lex::kRoles);
  std::vector<uint8_t> person_word(t.size(), 0);
  for (lex::Table tb : {lex::kRoles, lex::kAgents})
    for (const Hit& h : tb == lex::kRoles ? role_hits : table_hits(*a, tb))
      for (uint32_t k = h.first; k < h.end; ++k) person_word[k] = 1;
  // Words that can name a speaker: a role or agent word, an actor, a capitalised name, a
  // pronoun.
  auto speaker_evidence = [&](uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k)
      if (person_word[k] || a->actor_at[k] >= 0 || (t[k].is(kCapitalised) && !determiner(*a, k)) || pronoun(*a, k) ||
          a->doc.all_caps)
        return true;
    return false;
  };
  // "the ministry added", "the army said": the latest of the last few speakers whose name
  // ends in that word ("the Interior Ministry said ... The ministry added").
  auto same_head = [&](uint32_t b, uint32_t e) -> const Attribution* {
    if (e - b != 2 || !word_is(*a, b, "the") || a->attributions.empty()) return nullptr;
    std::string head(a->doc.token_text(b + 1));
    auto ends_with = [&](const std::string& name) {
      if (name.size() < head.size() || head.empty()) return false;
      size_t at = name.size() - head.size();
      if (at > 0 && name[at - 1] != ' ') return false;
      return std::equal(head.begin(), head.end(), name.begin() + long(at), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
      });
    };
    for (size_t k = a->attributions.size(), seen = 0; k > 0 && seen < 8; --k, ++seen) {
      const Attribution& prev = a->attributions[k - 1];
      if (ends_with(prev.speaker) || ends_with(prev.org)) return &prev;
    }
    return nullptr;
  };
  auto role_hits_in = [&](uint32_t b, uint32_t e) {
    auto [lo, hi] = in_tokens(role_hits, b, e);
    return hi - lo;
  };
  // Whether token i follows a quotation directly (the speaker then comes after the verb).
  auto after_quote_start = [&](uint32_t i) { return i > 0 && t[i - 1].is(kQuote); };
  for (Hit h : table_hits(*a, lex::kCues)) {
    if (cues.get(h.row, ccls) != "say") {
      // A channel phrase that starts with a speech verb ("told a news conference", "tweeted")
      // hides the verb's own cue: its first word is the verb.
      if (!word_in(*a, h.first, {"told", "tweeted", "briefed", "telephoned", "phoned", "wrote"})) continue;
      h.end = h.first + 1;
    }
    uint32_t sent = a->doc.sentence_of[h.first];
    const Sentence& s = a->doc.sentences[sent];
    // In mixed case a speech verb is lower case: a capitalised one after a capitalised word
    // is part of a name ("the United States", "Human Rights Watch Reports").
    if (!a->doc.all_caps && h.first > s.first_token && t[h.first].is(kCapitalised) && t[h.first - 1].is(kCapitalised))
      continue;
    // "..., said police spokesman Ali Khan.", "..., said Ali Khan, a police spokesman.": a
    // say verb right after a comma, followed by the speaker's words to the sentence's end,
    // puts the speaker after it, as after a quotation.
    const bool comma_inverted = h.first > s.first_token + 1 && a->doc.token_text(h.first - 1) == "," &&
                                word_in(*a, h.first, {"said", "says", "added", "stated", "explained", "warned"}) &&
                                speaker_closes(*a, person_word, h.end, s.end_token);
    // The speaker: the words before the verb, back to punctuation; an apposition or a
    // relative clause between commas is skipped ("NAME, an analyst who ..., told").
    uint32_t end = h.first;
    while (end > s.first_token && word_in(*a, end - 1, {"also", "later", "further", "then", "has", "had", "have", "earlier"})) --end;
    uint32_t apposition_first = end, apposition_end = end;
    if (!comma_inverted && end > s.first_token && a->doc.token_text(end - 1) == ",") {
      uint32_t k = end - 1;
      while (k > s.first_token && a->doc.token_text(k - 1) != "," && !t[k - 1].is(kQuote) && end - k < 25) --k;
      if (k > s.first_token && a->doc.token_text(k - 1) == ",") {
        apposition_first = k;
        apposition_end = end - 1;
        end = k - 1;
      }
    }
    // "X confirmed ... and added": the same speaker as the sentence's last attribution.
    if (!comma_inverted && end > s.first_token && word_is(*a, end - 1, "and") && !a->attributions.empty() &&
        a->attributions.back().sentence == sent) {
      Attribution at = a->attributions.back();
      at.first = h.first;
      at.end = h.end;
      a->attributions.push_back(std::move(at));
      continue;
    }
    uint32_t first = end;
    bool according = word_is(*a, h.first, "according");
    // The words before are the statement, not its speaker.
    if (according || comma_inverted) end = first = h.first;
    if (first > s.first_token && pronoun(*a, first - 1)) --first;  // "..., he added"
    while (!according && first > s.first_token && !(end - first == 1 && pronoun(*a, first))) {
      const Token& p = t[first - 1];
      // A hyphen inside a name ("al-Sudani") has no space on either side.
      bool joined_hyphen = (a->doc.token_text(first - 1) == "-" || p.is(kHyphen)) && first - 1 > s.first_token &&
                           t[first - 2].end == p.begin && p.end == t[first].begin;
      // A lower-case particle between hyphens inside a name ("Shafiq-ul-Rehaman", "Abd-al-Aziz").
      auto hyphen_at = [&](uint32_t k) { return a->doc.token_text(k) == "-" || t[k].is(kHyphen); };
      bool hyphen_inner = first - 1 > s.first_token && hyphen_at(first - 2) && hyphen_at(first) &&
                          t[first - 2].end == p.begin && p.end == t[first].begin;
      if (p.is(kPunct) && !p.is(kHyphen) && !joined_hyphen &&
          !(title_stop(*a, person_word, first - 1) && first - 1 > s.first_token))
        break;
      if (p.is(kQuote)) break;
      bool capital = p.is(kCapitalised) && !a->doc.all_caps;
      bool known = a->token_has_any(first - 1, (1u << lex::kRoles) | (1u << lex::kCountries)) ||
                   word_in(*a, first - 1, {"the", "of", "in", "for", "al", "and", "organization", "organisation",
                                           "group", "movement", "ministry", "mission", "office", "government",
                                           "militia", "army", "police", "military", "embassy", "agency",
                                           "television", "tv", "radio", "media", "newspaper", "state",
                                           "broadcaster", "channel", "station"});
      bool in_actor = a->actor_at[first - 1] >= 0;
      bool role_word = person_word[first - 1] != 0;
      if (!(capital || known || in_actor || role_word || joined_hyphen || hyphen_inner || (a->doc.all_caps && first - 1 >= s.first_token && end - first < 4)))
        break;
      --first;
      if (end - first > 14) break;
    }
    // "Imran Hayat, divisional superintendent railways in Quetta told VOA": the scan stopped
    // inside an apposition that has no closing comma; the speaker is the name before its
    // opening comma.
    // "a provincial spokesman", "one local elder": one modifier between a determiner and
    // the role word.
    if (first < end && person_word[first] && first >= s.first_token + 2 && determiner(*a, first - 2) &&
        !t[first - 1].is(kPunct) && !t[first - 1].is(kQuote) && !person_word[first - 1])
      --first;
    bool dangling = first < end && first > s.first_token &&
                    (word_in(*a, first, {"in", "of", "for", "at", "from"}) ||
                     (first >= s.first_token + 2 && determiner(*a, first - 1) && a->doc.token_text(first - 2) == ","));
    if (dangling && !after_quote_start(first) && apposition_end == apposition_first) {
      uint32_t k = first;
      while (k > s.first_token && a->doc.token_text(k - 1) != "," && !t[k - 1].is(kQuote) && first - k < 12) --k;
      if (k > s.first_token + 1 && a->doc.token_text(k - 1) == ",") {
        uint32_t ne = k - 1, nf = ne;
        while (nf > s.first_token && !a->doc.all_caps && t[nf - 1].is(kCapitalised) && ne - nf < 5) --nf;
        // A person's name: two or more capitalised words, no role, place or date among them.
        auto [plo, phi] = in_tokens(a->places, nf, ne);
        auto [dlo, dhi] = in_tokens(a->dates, nf, ne);
        if (ne - nf >= 2 && role_hits_in(nf, ne) == 0 && phi == plo && dhi == dlo && a->actor_at[nf] < 0) {
          apposition_first = k;
          apposition_end = end;
          first = nf;
          end = ne;
        }
      }
    }
    while (first < end && word_in(*a, first, {"and", "of", "in", "for"})) ++first;
    Attribution at;
    at.sentence = sent;
    at.first = first;
    at.end = h.end;
    // Inverted order after a quote ("..., said Rahimi", "said the ministry") and "according
    // to X": the speaker follows the verb, up to punctuation; an apposition after a comma
    // may give the role ("said Maria Gomez, a police spokeswoman").
    bool after_quote = h.first > s.first_token &&
                       (t[h.first - 1].is(kQuote) ||
                        (h.first > s.first_token + 1 && a->doc.token_text(h.first - 1) == "," && t[h.first - 2].is(kQuote)));
    if (first == end && (after_quote || according || comma_inverted)) {
      uint32_t k = h.end;
      uint32_t e2 = k;
      while (e2 < s.end_token && e2 - k < 10 &&
             (!t[e2].is(kPunct) || t[e2].is(kHyphen) || (title_stop(*a, person_word, e2) && e2 + 1 < s.end_token)) &&
             !t[e2].is(kQuote) &&
             // "according to the Global Terrorism Index released last week": a reduced
             // relative clause after the source says when or how it appeared.
             !(according && e2 > k &&
               word_in(*a, e2, {"that", "who", "which", "released", "published", "issued", "obtained", "posted",
                                "compiled", "seen"})))
        ++e2;
      // "said a statement posted by the government's news agency": the body that issued it.
      for (uint32_t b = k; b + 1 < e2; ++b)
        if (word_is(*a, b, "by") && has_cue(*a, k, b, "channel")) {
          k = b + 1;
          while (e2 < s.end_token && e2 - k < 10 && !t[e2].is(kPunct) && !t[e2].is(kQuote)) ++e2;
          break;
        }
      if (e2 > k) {
        first = k;
        end = e2;
        at.first = according ? h.first : h.first;
        at.end = e2;
        if (e2 + 1 < s.end_token && a->doc.token_text(e2) == ",") {
          uint32_t e3 = e2 + 1;
          while (e3 < s.end_token && !t[e3].is(kPunct) && !t[e3].is(kQuote) && e3 - e2 < 12) ++e3;
          apposition_first = e2 + 1;
          apposition_end = e3;
        }
      }
    }
    // "Reuters quoted a police official as saying": the speaker is quoted by the outlet.
    std::string quoted_by;
    if (word_is(*a, h.first, "quoted") && first < end) {
      const ActorMention* m = actor_in(*a, first, end);
      if (m && actors.get(m->row, "kind") == "media") {
        uint32_t k = h.end, e2 = h.end;
        while (e2 < s.end_token && !word_is(*a, e2, "as") && !(t[e2].is(kPunct) && !t[e2].is(kHyphen)) && e2 - k < 12) ++e2;
        if (e2 > k && e2 < s.end_token && word_is(*a, e2, "as")) {
          quoted_by = std::string(actors.get(m->row, "name"));
          first = k;
          end = e2;
          at.end = e2 + 1 < s.end_token && word_is(*a, e2 + 1, "saying") ? e2 + 2 : e2;
        }
      }
    }
    // "Doctors at the main hospital said", "residents of the village said": a person word at
    // the clause's start, then a prepositional phrase, when nothing before the verb names a
    // speaker.
    if (!according && !after_quote && (first == end || !speaker_evidence(first, end))) {
      uint32_t j = end;
      uint32_t stop = end > s.first_token + 12 ? end - 12 : s.first_token;
      while (j > stop && !(t[j - 1].is(kPunct) && !t[j - 1].is(kHyphen)) && !t[j - 1].is(kQuote)) --j;
      while (j < end && determiner(*a, j)) ++j;
      uint32_t r = j;
      while (r < end && (person_word[r] || (r + 1 < end && person_word[r + 1] && !t[r].is(kPunct)))) ++r;
      if (r > j && person_word[r - 1] && r < end && word_in(*a, r, {"at", "in", "from", "of", "with", "near", "on"})) {
        first = j;
        end = r;
      }
    }
    if (first == end) continue;
    if (pronoun(*a, first) && end - first == 1) {
      if (last_speaker.empty()) continue;
      at.speaker = last_speaker;
      at.org = last_org;
      at.role = last_role;
      at.actor_row = last_actor;
    } else if (const Attribution* prev = same_head(first, end)) {
      at.speaker = prev->speaker;
      at.org = prev->org;
      at.role = prev->role;
      at.actor_row = prev->actor_row;
    } else {
      uint32_t rf = 0, re = 0;
      at.role = role_in(*a, role_hits, first, end, &rf, &re);
      if (at.role.empty() && apposition_end > apposition_first)
        at.role = role_in(*a, role_hits, apposition_first, apposition_end, &rf, &re);
      const ActorMention* org = actor_in(*a, first, end);
      if (back_reference(*a, first, end)) {
        // "the group said": the last organisation named before.
        const ActorMention* prev = nullptr;
        auto [lo, hi] = in_tokens(a->actors, 0, first);
        for (size_t i = hi; i > lo && !prev; --i)
          if (a->actors[i - 1].end <= first && actors.get(a->actors[i - 1].row, "kind") == "group") prev = &a->actors[i - 1];
        if (prev) org = prev;
      }
      // A name alone between commas after a role phrase: "The group's spokesman,
      // Zabihullah Mujahid, wrote", "according to the governor, Mohammad Ali, ...".
      auto apposition_name = [&]() -> std::string {
        uint32_t n = apposition_end - apposition_first;
        if (n == 0 || n > 4 || a->doc.all_caps) return "";
        for (uint32_t k = apposition_first; k < apposition_end; ++k)
          if (!t[k].is(kCapitalised) || person_word[k] || a->token_has(k, lex::kCommonWords)) return "";
        return std::string(span_text(*a, apposition_first, apposition_end));
      };
      uint32_t of = first;
      while (of < end && determiner(*a, of)) ++of;
      if (!at.role.empty() && rf >= first && re <= end) {
        // "Pentagon spokesman John Kirby": org before the role, name after it.
        uint32_t nf = re;
        while (nf < end && a->doc.token_text(nf) == ".") ++nf;
        if (nf < end && word_in(*a, nf, {"for", "of", "at", "with"})) {
          // "A spokesman for the army": the body the role speaks for, no name.
          uint32_t ob = nf + 1;
          while (ob < end && determiner(*a, ob)) ++ob;
          if (ob < end) at.org = std::string(span_text(*a, ob, end));
          nf = end;
        }
        if (nf < end) at.speaker = std::string(span_text(*a, nf, end));
        uint32_t oe = rf;
        if (oe > of && word_in(*a, oe - 1, {"'s", "’s"})) --oe;
        bool named_org = false;
        for (uint32_t k = of; k < oe; ++k)
          named_org |= t[k].is(kCapitalised) || a->doc.all_caps || a->actor_at[k] >= 0;
        if (oe > of && named_org) at.org = std::string(span_text(*a, of, oe));
        // "Russian Foreign Minister ...": a demonym alone names the country.
        if (oe == of + 1 && named_org && a->actor_at[of] < 0)
          for (const Match& m : a->matches_at(of))
            for (const lex::Posting& po : m.postings)
              if (m.end == oe && po.table == lex::kCountries)
                at.org = std::string(a->lex.table(lex::kCountries).get(po.row, "name"));
        if (at.speaker.empty()) at.speaker = apposition_name();
        if (at.speaker.empty()) at.speaker = std::string(span_text(*a, of, end));
      } else if (org) {
        // A named organisation speaks as written ("the Russian Foreign Ministry said"); "the
        // group said" speaks as the group named before.
        bool as_written = !back_reference(*a, first, end) && org->first <= of && org->end == end && of < end;
        at.speaker = as_written ? std::string(span_text(*a, of, end)) : std::string(actors.get(org->row, "name"));
        // A state body keeps the name it speaks under: one lexicon entry gathers a
        // government's ministries and seats ("the Foreign Ministry", "the Elysee"), and the
        // analyst weighs the ministry's word, not the government's.
        bool state_body = actors.get(org->row, "kind") == "state";
        at.org = as_written && state_body ? at.speaker : std::string(actors.get(org->row, "name"));
      } else {
        at.speaker = std::string(span_text(*a, of, end));
      }
      if (org) {
        at.actor_row = int32_t(org->row);
        if (at.org.empty()) at.org = std::string(actors.get(org->row, "name"));
      }
    }
    // Channel and outlet: "told AFP", "in a tweet", "in a statement via Telegram".
    at.channel = channel_in(*a, s.first_token, s.end_token);
    if (!quoted_by.empty()) at.outlet = quoted_by;
    if (word_in(*a, h.first, {"told"}) && h.end < s.end_token) {
      uint32_t ob = h.end;
      if (ob + 1 < s.end_token && word_is(*a, ob, "the")) ++ob;  // "told the BBC"
      auto [mlo, mhi] = in_tokens(a->actors, ob, ob + 1);
      for (size_t mi = mlo; mi < mhi; ++mi)
        if (const ActorMention& m = a->actors[mi]; actors.get(m.row, "kind") == "media") {
          at.outlet = std::string(actors.get(m.row, "name"));
          at.end = m.end;
          if (at.channel.empty()) at.channel = "interview";
        }
    }
    // The quote: one in this sentence, or one that ends right before it.
    // A quote that closes in this sentence (it may have opened sentences before), one
    // that opens in it, or one that ends right before it.
    const auto& quotes = a->doc.quotes;
    size_t qfirst = size_t(std::lower_bound(quotes.begin(), quotes.end(), s.begin,
                                            [](const Quote& q, uint32_t b) { return q.end + 4 < b; }) - quotes.begin());
    for (size_t q = qfirst; q < quotes.size() && quotes[q].begin < s.end; ++q) {
      const Quote& qu = quotes[q];
      bool closes_here = qu.end > s.begin && qu.end <= s.end;
      bool opens_here = qu.begin >= s.begin && qu.begin < s.end;
      bool just_before = qu.end <= s.begin && s.begin - qu.end < 4;
      if (closes_here || opens_here || just_before) {
        at.quote = int32_t(q);
        if (closes_here) break;
      }
    }
    if (at.speaker.empty()) continue;
    last_speaker = at.speaker;
    last_org = at.org;
    last_role = at.role;
    last_actor = at.actor_row;
    a->attributions.push_back(std::move(at));
  }
  // Usually in order already: a stable sort of sorted items changes nothing, and moving
  // these (five strings each) through its buffer is not free.
  auto by_first = [](const Attribution& x, const Attribution& y) { return x.first < y.first; };
  if (!std::is_sorted(a->attributions.begin(), a->attributions.end(), by_first))
    std::stable_sort(a->attributions.begin(), a->attributions.end(), by_first);
}

}  // namespace sitrep
