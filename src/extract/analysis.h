// The document under extraction: the Document (original bytes + text layers) and the
// layers the extract stages add, each a vector of spans over its tokens. Stages run in
// order and only append their own layer; incident assembly reads them all.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/document.h"

namespace sitrep {

// The postings of a match, read as a range: a pointer and a count in 12 bytes (a
// std::span takes 16), so that a Match, one every few tokens, is 24 bytes, not 32.
struct __attribute__((packed)) PostingRange {
  const lex::Posting* data_ = nullptr;
  uint32_t size_ = 0;
  const lex::Posting* begin() const { return data_; }
  const lex::Posting* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const lex::Posting& operator[](size_t i) const { return data_[i]; }
};

// Layer: lexicon phrase matches (extract/match).
struct Match {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  PostingRange postings;
  uint32_t tables = 0;  // bit t set when a posting is in lexicon table t: a first test before the postings
};
static_assert(sizeof(Match) == 24, "Match stays small: the layer has a match every few tokens");
static_assert(lex::kTableCount <= 32, "Match::tables has one bit per lexicon table");

// A phrase of one lexicon table found in the text (extract/hits).
struct Hit {
  uint32_t first = 0, end = 0;  // tokens
  uint32_t row = 0;             // row in the table
  uint16_t flags = 0;           // lex::PostingFlag
};

// Layer: numbers (extract/numbers).
struct NumberMention {
  uint32_t first = 0, end = 0;
  int64_t value = -1;   // -1: vague with no value ("several", "a number of")
  int64_t high = -1;    // upper end of a range ("10 to 15"), else -1
  bool vague = false;   // "dozens" = 12 (ACLED), "several"
  enum Bound : uint8_t { kExact, kAtLeast, kAtMost, kApprox } bound = kExact;
};

// Layer: dates (extract/dates).
struct DateMention {
  uint32_t first = 0, end = 0;
  int year = 0, month = 0, day = 0;  // resolved date, 0 when unknown
  enum Precision : uint8_t { kNone, kDay, kWeek, kMonth, kYear } precision = kNone;
  int weekday = -1;         // 0 = Monday, when the text names one
  bool relative = false;    // resolved against the anchor ("on Monday", "yesterday")
  bool past_background = false;  // clearly before the reporting period ("last year", "in 2021")
  bool future = false;      // lies after the anchor: planned or announced ("next Monday", "will ... on Monday")
  bool frames_sentence = false;  // opens its sentence before a comma ("On 5 May 2023, ..."): dates all of it
};

// Layer: clock times (extract/dates).
struct TimeMention {
  uint32_t first = 0, end = 0;
  int hour = -1, minute = -1;
  bool utc = false;     // "GMT", "UTC", "Zulu"
  int utc_hour = -1, utc_minute = -1;  // a UTC time given alongside ("(0715 GMT)")
};

// Layer: places (extract/places).
struct PlaceMention {
  uint32_t first = 0, end = 0;
  enum Type : uint8_t { kCity, kAdmin1, kCountry } type = kCity;
  uint32_t place = UINT32_MAX;        // PlaceRecord index: the town, a province's seat, a capital
  uint32_t country_row = UINT32_MAX;  // countries table row (country mentions)
  uint32_t admin1_row = UINT32_MAX;   // admin1 table row (province mentions)
  std::string cc;                     // ISO 3166-1 alpha-2
  double score = 0;                   // how sure the resolution is
  bool near = false;                  // "near X", "outside X", "20 km from X": ACLED precision 2
  bool speech = false;  // "said from Moscow", "rushed to hospital in Peshawar": where a statement was made or the
                        // casualties were taken, never the act's place
  bool locative = false;              // after in/at/near/on/outside...
  bool modifier = false;              // a country naming whose, not where ("U.S. embassy")
};

// Layer: actors (extract/actors): named organisations and states of the actor lexicon,
// valid at the document's date.
struct ActorMention {
  uint32_t first = 0, end = 0;
  uint32_t row = 0;  // actors table row
};

// Layer: agents (extract/actors): generic people and forces ("gunmen", "two employees").
struct AgentMention {
  uint32_t first = 0, end = 0;  // the noun phrase: determiners, numbers and modifiers included
  uint32_t head_first = 0, head_end = 0;  // the agent word(s)
  uint32_t row = 0;             // agents table row (unused when country_row is set)
  int32_t country_row = -1;     // a people demonym ("four Afghans"): countries table row
  std::string nationality;      // from a demonym modifier ("Russian diplomats") or the demonym
};

// Layer: event mentions (extract/events).
struct EventMention {
  uint32_t first = 0, end = 0;
  uint32_t kind_row = 0;  // kinds table row
  int strength = 1;       // triggers.tsv strength: 3 specific, 2 generic violent act, 1 consequence
  std::string status = "reported";
  bool generic = false;   // "several attacks": not a specific event
  bool noun = false;
  uint32_t sentence = 0;
};

// Layer: victim groups (extract/casualties).
struct VictimGroup {
  uint32_t first = 0, end = 0;  // the words naming the group ("two employees of the Russian mission")
  uint32_t sentence = 0;
  int64_t count = -1;           // -1 unknown
  bool vague = false;
  std::string effect;           // killed | injured | abducted | unharmed
  // The casualty word that gives the effect ("killed", "murder", "kidnapped"): which act
  // the group suffered is told by it, not by the group's own words. cue_end 0: none.
  uint32_t cue_first = 0, cue_end = 0;
  std::string target_kind;      // from the agents table ("civilians", "diplomatic", ...)
  std::string head;             // the head word's matching form ("employees")
  std::string nationality;
  std::string name;             // a person's name when the text gives one
  bool attackers = false;       // the attackers themselves ("the suicide bomber was killed")
  bool subset = false;          // "including three children": part of a group already counted
  bool update = false;          // "the toll rose to 20": replaces earlier figures
  bool total = false;           // a whole-incident figure ("20 people were killed")
};

// Layer: attributions (extract/sources): who said something.
struct Attribution {
  uint32_t first = 0, end = 0;  // the attribution words ("Pentagon spokesman John Kirby said")
  uint32_t sentence = 0;
  std::string speaker, role, org, channel, outlet;
  int32_t quote = -1;           // Document::quotes index
  int32_t actor_row = -1;       // actors table row when the speaker is a lexicon actor
};

// Items of a layer sorted by first token whose first token lies in [tb, te): [lo, hi).
// Every cross-layer lookup goes through this (or a token index), never a scan of the
// whole layer, so a 50 MB document costs 50 times a 1 MB one.
template <typename T>
std::pair<size_t, size_t> in_tokens(const std::vector<T>& v, uint32_t tb, uint32_t te) {
  auto lo = std::lower_bound(v.begin(), v.end(), tb, [](const T& x, uint32_t t) { return x.first < t; });
  auto hi = std::lower_bound(lo, v.end(), te, [](const T& x, uint32_t t) { return x.first < t; });
  return {size_t(lo - v.begin()), size_t(hi - v.begin())};
}

class Analysis {
 public:
  Analysis(Document& d, const Lexicon& l) : doc(d), lex(l) {}
  Document& doc;
  const Lexicon& lex;
  std::string anchor_date;  // ISO publication date used for relative dates ("" if none)
  std::vector<Match> matches;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<TimeMention> times;
  std::vector<PlaceMention> places;
  std::vector<ActorMention> actors;
  std::vector<AgentMention> agents;
  std::vector<EventMention> events;
  std::vector<VictimGroup> victims;
  std::vector<Attribution> attributions;
  std::vector<int32_t> place_countries;  // countries table rows the document names (context)
  std::vector<int32_t> actor_at;         // token -> actors index or -1 (built by find_actors)
  // Cache of table_hits (extract/hits): per table, longest-only and all-rows variants,
  // each built on first use (hit_built: bit t set once table t's variant is built).
  mutable std::vector<std::vector<Hit>> hit_cache[2];
  mutable uint64_t hit_built[2] = {0, 0};

  // Items of `layer` in sentence s.
  template <typename T>
  std::pair<size_t, size_t> in_sentence(const std::vector<T>& layer, uint32_t s) const {
    return in_tokens(layer, doc.sentences[s].first_token, doc.sentences[s].end_token);
  }

  // Matches starting at token i (matches are sorted by first token). Inline: stages ask
  // it on most tokens.
  std::span<const Match> matches_at(uint32_t i) const {
    // match_index has one entry per token plus the end: token i's matches are
    // [match_index[i], match_index[i + 1]).
    if (size_t(i) + 1 >= match_index.size()) return {};
    const uint32_t b = match_index[i], e = match_index[i + 1];
    return {matches.data() + b, e - b};
  }
  std::vector<uint32_t> match_index;  // token -> first match index starting at or after it
  // Token -> the lexicon tables of its one-word phrase (bit t: lex.has(hash, t)), built by
  // match_phrases from the probe it makes anyway: stages ask these per word many times.
  std::vector<uint32_t> token_tables;
  // Lexicon::has for token i's word; without the matches layer, a probe.
  bool token_has(uint32_t i, lex::Table t) const { return token_has_any(i, 1u << t); }
  // Any of the tables in `mask` (bits 1 << lex::Table).
  bool token_has_any(uint32_t i, uint32_t mask) const {
    if (i < token_tables.size()) [[likely]] return (token_tables[i] & mask) != 0;
    return probe_token_tables(i, mask);
  }
  bool probe_token_tables(uint32_t i, uint32_t mask) const;  // extract/match.cc
};

}  // namespace sitrep
