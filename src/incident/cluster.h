// Incident clustering: event mentions -> incidents (clusters of mentions), and the
// scope each incident's arguments are read from (its sentences, its clauses).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"

namespace sitrep {

// How many tokens apart two mentions may be and still share an argument when no clause
// boundary lies between them.
inline constexpr uint32_t kArgumentWindow = 30;
// A news report names a handful of victim groups, sources or targets; longer lists come
// only from pathological input (a 50 MB document repeating one paragraph), and this cap
// keeps a record's memory bounded there.
inline constexpr size_t kMaxListItems = 100;

struct Cluster {
  std::vector<uint32_t> mentions;  // indexes into a.events
  std::string status_class;        // "current" (reported/attempted/foiled) or the status
  int32_t place = -1;              // a.places index
  int32_t date = -1;               // a.dates index
  std::set<uint32_t> sentences;
  // Opened by an act told after "<span> after" (an earlier act): not dated by the dateline;
  // `derived` is its date counted back from its sentence's main act (precision kNone: none).
  bool earlier = false;
  DateMention derived;
  // The incident this one goes on from, whose place (and doers, with `same_doers`) it takes
  // when it names none: an act told on in its sentence or under a pronoun subject ("They
  // killed 15 people and abducted 30 others"); -1 when none.
  int32_t continues = -1;
  bool same_doers = false;
};

// Which incident each mention went to, and the mentions of each sentence.
struct MentionIndex {
  std::vector<int> cluster_of;                     // event index -> cluster or -1
  std::vector<std::vector<uint32_t>> by_sentence;  // sentence -> event indexes
};

bool current(const std::string& status);
std::string_view kind_col(const Analysis& a, uint32_t row, std::string_view col);
// The tokens between two spans: [x, y] are the last token of the earlier span and the
// first of the later; overlapping spans have no gap (returns false).
bool gap(uint32_t f1, uint32_t e1, uint32_t f2, uint32_t e2, uint32_t* x, uint32_t* y);

// "The bombings and the killing of the Jesuit priests": a plural event noun with no count,
// no day of its own and no toll in its sentence sums up acts; it may belong to an
// incident, but the singular act told with it names the incident's kind.
bool summary_plural(const Analysis& a, const EventMention& m);

std::vector<Cluster> cluster_mentions(const Analysis& a);
MentionIndex index_mentions(const Analysis& a, const std::vector<Cluster>& clusters);
std::set<uint32_t> argument_sentences(const Analysis& a, const std::vector<Cluster>& clusters,
                                      const MentionIndex& x, size_t c);
// True when tokens [first, end) are in the same clause as one of cluster c's mentions.
bool near_mention(const Analysis& a, const MentionIndex& x, size_t c, uint32_t first, uint32_t end);

// One incident's view of the document: where its arguments may come from.
struct IncidentScope {
  const Analysis& a;
  const std::vector<Cluster>& clusters;
  const MentionIndex& mx;
  size_t c;
  std::string status;
  std::set<uint32_t> sents;  // argument sentences

  const Cluster& cluster() const { return clusters[c]; }
  bool in_sents(uint32_t tok) const { return sents.count(a.doc.sentence_of[tok]) > 0; }
  bool near(uint32_t first, uint32_t end) const { return near_mention(a, mx, c, first, end); }
  // Indexes of a layer's items in the incident's sentences (or its mentions' own), in order.
  template <typename V>
  std::vector<size_t> indices_in(const V& layer, bool own_sentences_only = false) const {
    std::vector<size_t> out;
    for (uint32_t s : own_sentences_only ? cluster().sentences : sents) {
      auto [lo, hi] = a.in_sentence(layer, s);
      for (size_t i = lo; i < hi; ++i) out.push_back(i);
    }
    return out;
  }
};

}  // namespace sitrep
