// Numbers: tokens -> the numbers layer. Number words and vague quantifiers come from the
// kNumbers table (data/text/numbers.tsv: phrases, value, type = cardinal | ordinal |
// multiplier | vague | vague_null); the closed-class words that bound a number ("at least",
// "up to", "about") and the grammar of digits, ranges and compounds are here.
//
// Conventions (SPEC section 3 "Counting conventions"):
// - "dozens" = 12, "tens" = 10, "hundreds" = 100, "thousands" = 1000 with vague = true: ACLED
//   codes a vague plural as the unit itself (its codebook: "dozens" -> 12); the table holds
//   the figures.
// - "several", "many", "a number of", "a few", "numerous", "some" with no number: value -1
//   and vague = true (SPEC: null, so an analyst sees that no figure was given, where ACLED
//   would substitute a fixed small figure).
// - "more than 50", "at least 50" keep 50 with bound kAtLeast: ACLED and GTD record the
//   conservative figure as reported, never an invented 51; ranges keep both ends so the
//   casualty stage can take the lowest (ACLED's rule, SPEC section 3).
// - Years, clock times, dates, ordinals, percentages, money, designators ("No. 4",
//   "Flight 17") and compound adjectives ("three-day", "25-year-old") are no counts.
#include "extract/numbers.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/match.h"
#include "text/normalize.h"

namespace sitrep {
namespace {

enum class WordKind : uint8_t { kNone, kCardinal, kOrdinal, kMultiplier, kVague, kVagueNull };

struct NumberWord {
  WordKind kind = WordKind::kNone;
  int64_t value = -1;
  uint32_t end = 0;
  bool determiner = false;  // "a", "an", "no", "a single", "lone": a count only before a counted noun
};

struct Quantity {
  uint32_t end = 0;
  int64_t value = -1;
  bool vague = false;
  bool digits = false;  // written in digits ("10"), for the score rule ("2-1")
  int64_t scale = 1;    // the multiplier it ends with ("three hundred" -> 100), for "two to three hundred"
};

// Bounds written before a number. The words are grammar, not knowledge of the world.
struct BoundPhrase {
  std::string_view words[3];  // "" ends a shorter phrase
  NumberMention::Bound bound;
};
constexpr BoundPhrase kBoundPhrases[] = {
    {{"at", "least"}, NumberMention::kAtLeast},
    {{"more", "than"}, NumberMention::kAtLeast},
    {{"over"}, NumberMention::kAtLeast},
    {{"well", "over"}, NumberMention::kAtLeast},
    {{"just", "over"}, NumberMention::kAtLeast},
    {{"in", "excess", "of"}, NumberMention::kAtLeast},
    {{"upwards", "of"}, NumberMention::kAtLeast},
    {{"no", "fewer", "than"}, NumberMention::kAtLeast},
    {{"no", "less", "than"}, NumberMention::kAtLeast},
    {{"not", "less", "than"}, NumberMention::kAtLeast},
    {{"a", "minimum", "of"}, NumberMention::kAtLeast},
    {{"up", "to"}, NumberMention::kAtMost},
    {{"as", "many", "as"}, NumberMention::kAtMost},
    {{"at", "most"}, NumberMention::kAtMost},
    {{"no", "more", "than"}, NumberMention::kAtMost},
    {{"not", "more", "than"}, NumberMention::kAtMost},
    {{"fewer", "than"}, NumberMention::kAtMost},
    {{"less", "than"}, NumberMention::kAtMost},
    {{"just", "under"}, NumberMention::kAtMost},
    {{"under"}, NumberMention::kAtMost},
    {{"a", "maximum", "of"}, NumberMention::kAtMost},
    {{"nearly"}, NumberMention::kApprox},
    {{"almost"}, NumberMention::kApprox},
    {{"about"}, NumberMention::kApprox},
    {{"around"}, NumberMention::kApprox},
    {{"some"}, NumberMention::kApprox},
    {{"approximately"}, NumberMention::kApprox},
    {{"approx"}, NumberMention::kApprox},
    {{"roughly"}, NumberMention::kApprox},
    {{"close", "to"}, NumberMention::kApprox},
    {{"an", "estimated"}, NumberMention::kApprox},
    {{"estimated"}, NumberMention::kApprox},
    {{"circa"}, NumberMention::kApprox},
};

// Words before digits that make them a name, not a count: "No. 4", "Flight 17", "Route 1"
// (SPEC section 3: only counts of people are casualty figures).
constexpr std::string_view kDesignators[] = {"no", "nos", "number", "route", "highway", "flight", "resolution",
                                             "article", "room", "gate", "platform", "terminal", "sector",
                                             "block", "phase", "chapter", "section", "paragraph", "page",
                                             "bus", "train", "apartment", "km", "kilometre", "kilometer"};

// Units after "1.200" that say the dot is a decimal point ("1.200 km"), not a thousands
// separator ("1.200 people", continental style; issue 6, SPEC section 3: a figure as the
// source wrote it).
constexpr std::string_view kDecimalUnits[] = {"km", "kilometres", "kilometers", "miles", "metres", "meters",
                                              "m", "kg", "tonnes", "tons", "percent", "per", "hours", "seconds",
                                              "minutes", "degrees", "points", "magnitude", "litres", "liters"};

template <size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (same_form(w, x)) return true;
  return false;
}

int64_t parse_int(std::string_view s, bool* ok) {
  int64_t v = 0;
  bool neg = false;
  size_t p = 0;
  if (!s.empty() && s[0] == '-') { neg = true; p = 1; }
  if (p >= s.size()) { *ok = false; return 0; }
  for (; p < s.size(); ++p) {
    if (s[p] < '0' || s[p] > '9' || v > 1000000000000000LL) { *ok = false; return 0; }
    v = v * 10 + (s[p] - '0');
  }
  *ok = true;
  return neg ? -v : v;
}

// Largest value kept: a count above this is a misread (a phone number, an ID); GTD and
// ACLED never code an invented figure, so a misread is no count.
constexpr int64_t kMaxCount = 100000000000LL;

class NumberScanner {
 public:
  explicit NumberScanner(Analysis* a) : a_(*a), doc_(a->doc), t_(a->doc.tokens), n_(uint32_t(t_.size())) {
    const Table& table = a_.lex.table(lex::kNumbers);
    value_col_ = table.column("value");
    type_col_ = table.column("type");
    covered_.assign(n_, 0);
    for (const DateMention& d : a_.dates)
      for (uint32_t k = d.first; k < d.end && k < n_; ++k) covered_[k] = 1;
    for (const TimeMention& t : a_.times)
      for (uint32_t k = t.first; k < t.end && k < n_; ++k) covered_[k] = 1;
  }

  void run();

 private:
  std::string_view nm(uint32_t i) const { return i < n_ ? doc_.norm(i) : std::string_view(); }
  bool is(uint32_t i, std::string_view w) const { return i < n_ && same_form(doc_.norm(i), w); }
  bool free(uint32_t i) const { return i < n_ && !covered_[i]; }
  bool joiner(uint32_t i) const { return i < n_ && t_[i].is(kHyphen); }
  bool dash(uint32_t i) const {
    if (joiner(i)) return true;
    std::string_view s = nm(i);
    return s == "-" || s == "--";
  }

  // The longest number phrase at i; `ignore` skips one kind ("millions of" read as a
  // multiplier when a number precedes it, as the vague "millions" when none does).
  NumberWord word_at(uint32_t i, WordKind ignore = WordKind::kNone) const;
  bool counted_noun_at(uint32_t i) const;
  bool digits_at(uint32_t i, Quantity* q) const;
  bool words_at(uint32_t i, Quantity* q) const;
  bool quantity_at(uint32_t i, Quantity* q) const;
  bool bound_at(uint32_t i, uint32_t* end, NumberMention::Bound* b) const;
  bool designated(uint32_t i) const;
  bool year_like(uint32_t i) const;
  bool not_a_count_after(uint32_t e) const;
  bool may_start(uint32_t i) const;
  bool mention_at(uint32_t i, NumberMention* m, uint32_t* skip_to) const;

  Analysis& a_;
  const Document& doc_;
  const std::vector<Token>& t_;
  uint32_t n_;
  int value_col_ = -1, type_col_ = -1;
  std::vector<uint8_t> covered_;
};

// The longest kNumbers phrase starting at token i (from the matches layer, or the token
// alone when matching has not run).
NumberWord NumberScanner::word_at(uint32_t i, WordKind ignore) const {
  NumberWord best;
  if (!free(i) || t_[i].hash == 0 || !t_[i].is(kWord)) return best;
  const Table& table = a_.lex.table(lex::kNumbers);
  auto consider = [&](const lex::Posting& p, uint32_t end) {
    if (p.table != lex::kNumbers || end <= best.end) return;
    for (uint32_t k = i; k < end; ++k)
      if (covered_[k]) return;
    std::string_view type = table.get(p.row, type_col_);
    NumberWord w;
    if (type == "cardinal") w.kind = WordKind::kCardinal;
    else if (type == "ordinal") w.kind = WordKind::kOrdinal;
    else if (type == "multiplier") w.kind = WordKind::kMultiplier;
    else if (type == "vague") w.kind = WordKind::kVague;
    else if (type == "vague_null") w.kind = WordKind::kVagueNull;
    else return;
    if (w.kind == ignore) return;
    bool ok = false;
    w.value = parse_int(table.get(p.row, value_col_), &ok);
    if (!ok) w.value = -1;
    if ((w.kind == WordKind::kCardinal || w.kind == WordKind::kMultiplier || w.kind == WordKind::kVague) && w.value < 0)
      return;
    w.end = end;
    // numbers.tsv: "'a', 'an', 'no' count only directly before a counted noun ('a soldier
    // was killed', 'no one was hurt')"; "a single", "lone" likewise.
    std::string_view head = doc_.norm(i);
    w.determiner = w.kind == WordKind::kCardinal && w.value <= 1 &&
                   (head == "a" || head == "an" || head == "no" || head == "single" || head == "lone") &&
                   !(head == "no" && end == i + 2 && nm(i + 1) == "one");
    best = w;
  };
  if (!a_.match_index.empty()) {
    for (const Match& m : a_.matches_at(i))
      for (const lex::Posting& p : m.postings)
        if (posting_applies(a_, p, m.first, m.end)) consider(p, m.end);
  } else {
    const lex::PhraseSlot* s = a_.lex.find(extend_phrase_hash(kPhraseSeed, t_[i].hash));
    if (s && (s->flags & lex::kFullPhrase))
      for (const lex::Posting& p : a_.lex.postings(*s)) consider(p, i + 1);
  }
  return best;
}

// Digits: "20", "1,200", "1.200 people" (continental thousands), "1.5 million", "2 dozen".
bool NumberScanner::digits_at(uint32_t i, Quantity* q) const {
  if (!free(i) || !t_[i].is(kNumber)) return false;
  std::string_view s = doc_.token_text(i);
  // Letters ("5th", "1990s", "10km", "2pm") make an ordinal, a decade, a measure or a time;
  // a colon a time or a score.
  size_t commas = 0, dots = 0;
  for (char c : s) {
    if (c == ',') ++commas;
    else if (c == '.') ++dots;
    else if (c < '0' || c > '9') return false;
  }
  if (s.size() > 1 && s[0] == '0' && s[1] != '.' && s[1] != ',') return false;  // "0620": a clock, not a count
  // Split into groups at separators.
  std::vector<std::string_view> groups;
  std::vector<char> seps;
  size_t start = 0;
  for (size_t p = 0; p <= s.size(); ++p) {
    if (p == s.size() || s[p] == ',' || s[p] == '.') {
      groups.push_back(s.substr(start, p - start));
      if (p < s.size()) seps.push_back(s[p]);
      start = p + 1;
    }
  }
  auto grouped = [&](size_t from, size_t to) {  // groups[from+1..to) are 3 digits, groups[from] 1-3
    if (groups[from].empty() || groups[from].size() > 3) return false;
    for (size_t g = from + 1; g < to; ++g)
      if (groups[g].size() != 3) return false;
    return true;
  };
  NumberWord mult = word_at(i + 1);
  bool has_mult = mult.kind == WordKind::kMultiplier;
  int64_t value = 0;
  bool ok = false;
  double decimal = -1;
  if (dots == 0) {
    if (commas > 0 && !grouped(0, groups.size())) return false;
    std::string digits;
    for (std::string_view g : groups) digits.append(g);
    value = parse_int(digits, &ok);
    if (!ok) return false;
  } else {
    bool thousands = commas == 0 && grouped(0, groups.size());
    if (thousands && dots == 1) {
      // One dot and three digits: thousands only when a counted thing follows ("1.200
      // people"); "1.200 km" and "1.5 million" are decimals.
      bool word_after = i + 1 < n_ && t_[i + 1].is(kWord);
      thousands = word_after && !has_mult && word_at(i + 1).kind == WordKind::kNone &&
                  !in_list(nm(i + 1), kDecimalUnits);
    }
    if (thousands) {
      std::string digits;
      for (std::string_view g : groups) digits.append(g);
      value = parse_int(digits, &ok);
      if (!ok) return false;
    } else {
      if (dots != 1 || seps.back() != '.') return false;
      // "1,500.5" or "1.5": a decimal, a count only when scaled ("1.5 million").
      std::string plain;
      for (char c : s)
        if (c != ',') plain.push_back(c);
      decimal = std::strtod(plain.c_str(), nullptr);
      if (!has_mult) return false;
    }
  }
  uint32_t e = i + 1;
  if (has_mult) {
    value = decimal >= 0 ? int64_t(decimal * double(mult.value) + 0.5) : value * mult.value;
    e = mult.end;
    // "2 hundred thousand"
    NumberWord more = word_at(e);
    if (mult.value < 1000 && more.kind == WordKind::kMultiplier && more.value >= 1000) {
      value *= more.value;
      e = more.end;
    }
  }
  if (value > kMaxCount) return false;
  q->end = e;
  q->value = value;
  q->vague = false;
  q->digits = true;
  q->scale = has_mult ? mult.value : 1;
  return true;
}

// Number words: "two", "twenty-one", "a hundred and five", "two thousand five hundred",
// "dozens", "tens of thousands", "several", "several hundred", "a number of".
bool NumberScanner::words_at(uint32_t i, Quantity* q) const {
  NumberWord w = word_at(i);
  if (w.kind == WordKind::kMultiplier) w = word_at(i, WordKind::kMultiplier);  // "millions of people"
  if (w.kind == WordKind::kVague) {
    // ACLED: "dozens" 12, "hundreds" 100; "tens of thousands" = 10 x 1000, the same rule.
    int64_t v = w.value;
    uint32_t e = w.end;
    if (is(e, "of")) {
      NumberWord w2 = word_at(e + 1);
      if (w2.kind == WordKind::kVague && w2.value >= 1000) {
        v *= w2.value;
        e = w2.end;
      }
    }
    *q = Quantity{e, v, true, false, 1};
    return true;
  }
  if (w.kind == WordKind::kVagueNull) {
    // "several hundred" is read like "hundreds" (100, vague); "several" alone has no figure.
    NumberWord w2 = word_at(w.end);
    if (w2.kind == WordKind::kMultiplier || w2.kind == WordKind::kVague) {
      *q = Quantity{w2.end, w2.value, true, false, 1};
      return true;
    }
    *q = Quantity{w.end, -1, true, false, 1};
    return true;
  }
  enum Last { kNone, kUnit, kTeen, kTens, kHundred, kBig } last = kNone;
  int64_t total = 0, cur = 0, scale = 1;
  bool any = false;
  uint32_t k = i, e = i;
  if (w.kind == WordKind::kNone && (is(i, "a") || is(i, "an"))) {
    // "a hundred", "a thousand", "a dozen": the article is the one.
    NumberWord m = word_at(i + 1);
    bool round = m.kind == WordKind::kMultiplier ||
                 (m.kind == WordKind::kCardinal && (m.value == 12 || m.value == 20 || (m.value >= 100 && m.value % 100 == 0)));
    if (!round) return false;
    if (m.value >= 1000) {
      total = m.value;
      last = kBig;
    } else {
      cur = m.value;
      last = kHundred;
    }
    any = true;
    k = e = m.end;
  } else if (w.kind != WordKind::kCardinal) {
    return false;
  }
  while (k < n_) {
    NumberWord x = word_at(k);
    if (x.kind == WordKind::kCardinal && x.value < 100) {
      int64_t v = x.value;
      bool allowed = last == kNone || last == kHundred || last == kBig || (last == kTens && v >= 1 && v <= 9);
      if (!allowed) break;
      cur += v;
      last = v < 10 ? kUnit : v < 20 ? kTeen : v % 10 == 0 ? kTens : kUnit;
      any = true;
      scale = 1;
      k = e = x.end;
      // "twenty-one": the joiner between tens and a unit.
      if (last == kTens && joiner(k)) {
        NumberWord u = word_at(k + 1);
        if (u.kind == WordKind::kCardinal && u.value >= 1 && u.value <= 9) ++k;
      }
      continue;
    }
    if ((x.kind == WordKind::kMultiplier || x.kind == WordKind::kCardinal) && x.value >= 12) {
      int64_t mval = x.value;
      if (!any) {
        if (x.kind == WordKind::kMultiplier) break;  // "hundred" alone is no number
        // A cardinal phrase of its own ("a hundred", "one thousand").
        if (mval % 1000 == 0) {
          total = mval;
          last = kBig;
        } else {
          cur = mval;
          last = kHundred;
        }
        any = true;
        k = e = x.end;
        continue;
      }
      if (mval < 1000) {
        if (cur == 0 || cur >= 100 || last == kHundred) break;
        cur *= mval;
        last = kHundred;
      } else {
        if (last == kBig && cur == 0) break;
        total += (cur == 0 ? 1 : cur) * mval;
        cur = 0;
        last = kBig;
      }
      scale = mval;
      k = e = x.end;
      continue;
    }
    // "a hundred and five": "and" after a hundred or a thousand, before a smaller number.
    if (is(k, "and") && (last == kHundred || last == kBig)) {
      NumberWord y = word_at(k + 1);
      if (y.kind == WordKind::kCardinal && y.value < 100) {
        ++k;
        continue;
      }
    }
    break;
  }
  if (!any) return false;
  // "a", "no", "a single" alone: only before a counted noun ("a soldier", "no civilians").
  if (w.determiner && e == w.end && !counted_noun_at(e)) return false;
  int64_t value = total + cur;
  if (value > kMaxCount) return false;
  *q = Quantity{e, value, false, false, scale};
  return true;
}

// A counted noun at i: a people word of the agents table (data/actors/agents.tsv, person =
// 1: "soldier", "civilians"), possibly after up to two nationality words or, in mixed-case
// text, capitalised names ("a Russian soldier", "an Afghan employee").
bool NumberScanner::counted_noun_at(uint32_t i) const {
  const Table& agents = a_.lex.table(lex::kAgents);
  const int person_col = agents.column("person");
  auto person_at = [&](uint32_t k) {
    if (k >= n_ || t_[k].hash == 0) return false;
    auto is_person = [&](const lex::Posting& p) {
      return p.table == lex::kAgents && (person_col < 0 || agents.get(p.row, person_col) == "1");
    };
    if (!a_.match_index.empty()) {
      for (const Match& m : a_.matches_at(k))
        for (const lex::Posting& p : m.postings)
          if (is_person(p)) return true;
      return false;
    }
    const lex::PhraseSlot* s = a_.lex.find(extend_phrase_hash(kPhraseSeed, t_[k].hash));
    if (!s || !(s->flags & lex::kFullPhrase)) return false;
    for (const lex::Posting& p : a_.lex.postings(*s))
      if (is_person(p)) return true;
    return false;
  };
  auto modifier_at = [&](uint32_t k) {
    if (k >= n_ || !t_[k].is(kWord) || t_[k].hash == 0) return false;
    if (!doc_.all_caps && t_[k].is(kCapitalised)) return true;
    const lex::PhraseSlot* s = a_.lex.find(extend_phrase_hash(kPhraseSeed, t_[k].hash));
    if (!s || !(s->flags & lex::kFullPhrase)) return false;
    for (const lex::Posting& p : a_.lex.postings(*s))
      if (p.flags & lex::kDemonym) return true;
    return false;
  };
  for (uint32_t k = i, skipped = 0; k < n_; ++k, ++skipped) {
    if (person_at(k)) return true;
    if (skipped >= 2 || !modifier_at(k)) return false;
  }
  return false;
}

bool NumberScanner::quantity_at(uint32_t i, Quantity* q) const {
  if (!free(i)) return false;
  if (t_[i].is(kNumber)) return digits_at(i, q);
  if (t_[i].is(kWord)) return words_at(i, q);
  return false;
}

bool NumberScanner::bound_at(uint32_t i, uint32_t* end, NumberMention::Bound* b) const {
  // The phrases by their first word's token hash (ties in list order): the search runs on
  // every "a", "at", "no", "in", and a binary search tries only the phrases that may match.
  static const auto kFirstWords = [] {
    std::array<std::pair<uint64_t, uint32_t>, std::size(kBoundPhrases)> h{};
    for (size_t p = 0; p < h.size(); ++p) h[p] = {hash_form(kBoundPhrases[p].words[0]), uint32_t(p)};
    std::sort(h.begin(), h.end());
    return h;
  }();
  if (i >= n_) return false;
  const uint64_t first = t_[i].hash;
  uint32_t best = 0;
  const auto from = std::lower_bound(kFirstWords.begin(), kFirstWords.end(), std::pair<uint64_t, uint32_t>{first, 0});
  for (auto it = from; it != kFirstWords.end() && it->first == first; ++it) {
    const BoundPhrase& p = kBoundPhrases[it->second];
    uint32_t k = i;
    bool ok = true;
    for (std::string_view w : p.words) {
      if (w.empty()) break;
      if (!is(k, w) || !free(k)) { ok = false; break; }
      ++k;
    }
    if (ok && k > best) {
      best = k;
      *b = p.bound;
    }
  }
  if (!best) return false;
  *end = best;
  return true;
}

// Digits that name something: "No. 4", "#4", "Flight 17", "Route 1", and money ("$5").
bool NumberScanner::designated(uint32_t i) const {
  if (i == 0) return false;
  std::string_view prev = doc_.token_text(i - 1);
  if (prev == "#" || prev == "$" || prev == "\xE2\x82\xAC" || prev == "\xC2\xA3" || prev == "\xC2\xA5") return true;
  if (prev == "." && i >= 2 && (is(i - 2, "no") || is(i - 2, "nos"))) return true;
  if (t_[i - 1].is(kCapitalised) && in_list(nm(i - 1), kDesignators)) return true;
  return false;
}

// A year the dates stage left (no "in", "since" before it): four plain digits 1900-2099
// after a capitalised name ("Index 2025", "Vision 2030") or closing a clause ("compared to
// 2019."). A count of exactly 1900-2099 with no noun after it is far rarer than a year.
bool NumberScanner::year_like(uint32_t i) const {
  std::string_view s = doc_.token_text(i);
  if (s.size() != 4 || s[0] < '1' || s[0] > '2') return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  if (y < 1900 || y > 2099) return false;
  // The name word must not open its sentence ("Since 2019" is the dates stage's; "Police
  // 2000" is no name): case tells only in mixed-case copy.
  auto opens_sentence = [&](uint32_t k) {
    return k == 0 || (doc_.sentence_of.size() > k && doc_.sentence_of[k - 1] != doc_.sentence_of[k]);
  };
  bool after_name = i > 0 && !doc_.all_caps && t_[i - 1].is(kWord) && t_[i - 1].is(kCapitalised) &&
                    !opens_sentence(i - 1);
  bool clause_end = i + 1 >= n_ || (t_[i + 1].is(kPunct) && nm(i + 1) != "%" && !t_[i + 1].is(kHyphen));
  return after_name || clause_end;
}

// After a number: a joiner and a word make a compound adjective ("three-day", "25-year-old",
// "twenty-first"), as does a suspended hyphen ("5- and 8-year-old"); "%", "percent", "per
// cent" make a share, not a count.
bool NumberScanner::not_a_count_after(uint32_t e) const {
  if (e >= n_) return false;
  if (joiner(e) && e + 1 < n_ && t_[e + 1].is(kWord)) return true;
  if (nm(e) == "-" && !t_[e].is(kSpaceBefore) && (is(e + 1, "and") || is(e + 1, "or") || is(e + 1, "to"))) return true;
  std::string_view s = nm(e);
  if (s == "%" || s == "percent" || s == "pc" || (s == "per" && is(e + 1, "cent"))) return true;
  return false;
}

// Cheap test: can a number mention start at token i? Digits, a kNumbers phrase, or the first
// word of a bound or of "between" (the stage runs on every token of every document).
bool NumberScanner::may_start(uint32_t i) const {
  if (!free(i)) return false;
  const Token& tk = t_[i];
  if (tk.is(kNumber)) return true;
  if (!tk.is(kWord) || tk.hash == 0) return false;
  // The starters' hashes in an open-addressed table built at compile time (an eighth
  // full, so each lies at most two slots from its home): no guard of a function-local
  // static and no binary search on every token; "a" and "in" pass any filter. Probed
  // without a branch: every slot a starter can lie in (its home up to the table's longest
  // displacement; no wrap, the table runs on past kSlots) is compared and the results
  // OR-ed. A probe loop that stops at an empty slot was a branch the predictor missed on
  // one token in several (196 K mispredicted branches on the 2 MB mixed input, cachegrind).
  static constexpr size_t kSlots = 256, kOverflow = 16;
  struct Starters {
    std::array<uint64_t, kSlots + kOverflow> slot{};
    size_t max_displacement = 0;
  };
  static constexpr Starters kStarters = [] {
    Starters t;
    auto add = [&](std::string_view w) {
      const uint64_t h = hash_form(w);  // never 0, the empty slot
      const size_t home = (h >> 1) & (kSlots - 1);
      size_t k = home;
      while (t.slot[k] != 0 && t.slot[k] != h) ++k;
      if (k >= t.slot.size()) throw "number starters: the overflow of the table is too small";
      t.slot[k] = h;
      t.max_displacement = std::max(t.max_displacement, k - home);
    };
    for (const BoundPhrase& p : kBoundPhrases) add(p.words[0]);
    for (std::string_view w : {"between", "a", "an", "one", "no", "nobody", "none"}) add(w);
    return t;
  }();
  const uint64_t* const home = kStarters.slot.data() + ((tk.hash >> 1) & (kSlots - 1));
  bool starter = false;
#pragma GCC unroll 16
  for (size_t d = 0; d <= kStarters.max_displacement; ++d) starter |= home[d] == tk.hash;
  if (starter) return true;
  if (!a_.match_index.empty()) {
    for (const Match& m : a_.matches_at(i))
      if (m.tables & (1u << lex::kNumbers)) return true;
    return false;
  }
  return a_.lex.has(tk.hash, lex::kNumbers);
}

bool NumberScanner::mention_at(uint32_t i, NumberMention* m, uint32_t* skip_to) const {
  *skip_to = i + 1;
  if (!may_start(i)) return false;
  // An explicit zero: SPEC section 3 wants value 0 when the text says none died.
  if (is(i, "no") && is(i + 1, "one") && free(i + 1)) {
    *m = NumberMention{i, i + 2, 0, -1, false, NumberMention::kExact};
    return true;
  }
  if (is(i, "nobody") || is(i, "none")) {
    *m = NumberMention{i, i + 1, 0, -1, false, NumberMention::kExact};
    return true;
  }
  // "one another", "one by one" are no counts.
  if (is(i, "one") && is(i + 1, "another")) {
    *skip_to = i + 2;
    return false;
  }
  if (is(i, "one") && is(i + 1, "by") && is(i + 2, "one")) {
    *skip_to = i + 3;
    return false;
  }
  Quantity a, b;
  // "between 20 and 30": a range; both ends kept, the casualty stage takes the lower
  // (ACLED: the lowest reported figure).
  if (is(i, "between") && quantity_at(i + 1, &a) && !a.vague && is(a.end, "and") && quantity_at(a.end + 1, &b) &&
      !b.vague && b.value > a.value) {
    if (not_a_count_after(b.end)) {
      *skip_to = b.end;
      return false;
    }
    *m = NumberMention{i, b.end, a.value, b.value, false, NumberMention::kExact};
    return true;
  }
  uint32_t be = 0;
  NumberMention::Bound bound = NumberMention::kExact;
  if (bound_at(i, &be, &bound)) {
    if (quantity_at(be, &a) && a.value >= 0) {
      if (a.digits && designated(be)) return false;
      if (not_a_count_after(a.end)) {
        *skip_to = a.end;
        return false;
      }
      *m = NumberMention{i, a.end, a.value, -1, a.vague, bound};
      return true;
    }
    // "some" with no number after it is a vague quantity of its own (SPEC section 3: null, vague).
    if (is(i, "some") && !(quantity_at(be, &a))) {
      *m = NumberMention{i, i + 1, -1, -1, true, NumberMention::kExact};
      return true;
    }
    return false;
  }
  if (!quantity_at(i, &a)) {
    NumberWord w = word_at(i);
    if (w.kind == WordKind::kOrdinal) *skip_to = w.end;  // "the first attack"
    return false;
  }
  if (a.digits && (designated(i) || year_like(i))) {
    *skip_to = a.end;
    return false;
  }
  uint32_t end = a.end;
  int64_t high = -1;
  // Ranges: "10 to 15", "two or three", "10-15" (ACLED: the lowest end is coded). Digits
  // joined by a dash with the second not larger are a score or a ratio ("won 2-1"), not a count.
  if (!a.vague && (is(end, "to") || is(end, "or") || dash(end) || is(end, "\xE2\x80\x93"))) {
    if (quantity_at(end + 1, &b) && !b.vague) {
      // "two to three hundred" is 200..300: the first number shares the second's multiplier.
      int64_t low = a.value;
      if (a.scale == 1 && b.scale > 1 && a.value * b.scale < b.value) low = a.value * b.scale;
      if (b.value > low) {
        a.value = low;
        high = b.value;
        end = b.end;
      } else if (a.digits && b.digits && (dash(end) || is(end, "\xE2\x80\x93"))) {
        *skip_to = b.end;
        return false;
      }
    }
  }
  if (not_a_count_after(end)) {
    *skip_to = end;
    return false;
  }
  *m = NumberMention{i, end, a.value, high, a.vague, NumberMention::kExact};
  return true;
}

void NumberScanner::run() {
  a_.numbers.clear();
  for (uint32_t i = 0; i < n_;) {
    NumberMention m;
    uint32_t skip = i + 1;
    if (mention_at(i, &m, &skip)) {
      a_.numbers.push_back(m);
      i = std::max(m.end, i + 1);
    } else {
      i = std::max(skip, i + 1);
    }
  }
}

}  // namespace

void find_numbers(Analysis* a) { NumberScanner(a).run(); }

}  // namespace sitrep
