// Dates and clock times: tokens -> the dates and times layers.
//
// Dates: the explicit forms of English news and wire copy ("5 September 2022", "September 5,
// 2022", "Sept. 5", "3 JAN 90", "August 2021", "in 2021", ISO, unambiguous 05/09/2022) and
// the relative ones ("on Monday", "yesterday", "last week", "earlier this month", "last
// year", "two days ago"), resolved against the anchor (the publication date) and stored at
// SPEC section 3's precisions: day; week = the week's Monday; month = the 15th; year =
// 1 July. Month and weekday names come from the lexicon (data/text/months.tsv,
// weekdays.tsv); the few grammar words that make a date relative are here.
// Times: "11:45 am", "11.45 a.m.", "1145 hrs", "(0715 GMT)", "715 GMT", "noon", "2 pm",
// with a UTC time in parentheses after a local one folded into the local mention.
#include "extract/dates.h"

#include <date/tz.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include "extract/hits.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace sitrep {

// ---------------------------------------------------------------------------------------
// Calendar arithmetic (Howard Hinnant's civil-days algorithms: proleptic Gregorian).

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  const int64_t mm = mp < 10 ? mp + 3 : mp - 9;
  *y = int(yoe + era * 400 + (mm <= 2));
  *m = int(mm);
  *d = int(dd);
}

int weekday_of_days(int64_t z) {
  return int(((z % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3 with Monday = 0)
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && (y == 0 || leap(y)) ? 29 : kDays[m - 1];  // year unknown: 29 Feb may be valid
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000000) return -1;
  }
  return s.empty() ? -1 : v;
}

// Limits of the look-around windows, in tokens: a tense cue belongs to the date's clause.
constexpr uint32_t kTenseWindow = 8;
// SPEC section 3: a date without a year is the anchor's year unless that puts it more than
// about a month after the anchor; a date more than about 30 days before the anchor is
// background (clearly before the reporting period).
constexpr int64_t kFutureSlackDays = 31;
constexpr int64_t kBackgroundDays = 30;

// The grammar words that introduce a bare month or year ("in August", "since 2019"). A
// month or a year alone is a date only after one of these (or "early/late/mid"), so
// "March" the verb, "May" the modal and "2000 people" stay out.
constexpr std::string_view kPeriodCues[] = {"in", "since", "until", "till", "by", "during", "from", "through",
                                            "throughout", "before", "after", "between", "of", "early", "late",
                                            "mid", "last", "next", "this", "year"};

// Future cues: a weekday or day-month after one of these in the same clause is the next
// one, not the last ("will meet on Monday"). Past is the default of news reports.
constexpr std::string_view kFutureCues[] = {"will", "shall", "won't", "scheduled", "planned", "plans",
                                            "upcoming", "expected", "plan", "intends", "going"};
// A plan told as stopped is a past one: "police foiled a plan to bomb the market on Friday",
// "troops thwarted a planned attack on Sunday" tell what the police and troops did, so the
// weekday is the last one, as in any report ("Boko Haram plans to attack on Friday" is next).
constexpr std::string_view kStoppedCues[] = {"foiled",  "thwarted", "disrupted",  "uncovered", "prevented",
                                             "averted", "busted",   "frustrated", "scuttled",  "derailed"};
// Reporting verbs end the backward search: "said on Monday that ... will" is past.
constexpr std::string_view kTenseStops[] = {"said", "says", "told", "announced", "reported", "added",
                                            "stated", ".", ";", ":", "!", "?"};

constexpr std::string_view kDayParts[] = {"morning", "afternoon", "evening", "night", "nights"};

// Words before a clock time that make "11:45" or "11.45" a time and not a score or a price.
constexpr std::string_view kTimeCues[] = {"at", "around", "about", "approximately", "approx", "by", "until",
                                          "till", "from", "since", "after", "before", "between", "to", "and",
                                          "shortly", "roughly", "circa", "-", "\xE2\x80\x93", "("};

template <size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (same_form(w, x)) return true;
  return false;
}

struct Anchor {
  bool ok = false;
  int y = 0, m = 0, d = 0;
  int64_t days = 0;
  int weekday = 0;
};

// The parts of a digit token: "11:45" -> 11, ':' , 45; "1050hrs" -> 1050, suffix "hrs";
// "2.30pm" -> 2, '.', 30, "pm". Suffix is lower case (matching form).
struct Digits {
  int lead = -1, lead_len = 0;
  char sep = 0;  // ':' or '.' or 0
  int minute = -1, second = -1;
  std::string_view suffix;
};

bool split_digits(std::string_view s, Digits* out) {
  size_t p = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
  if (p == 0 || p > 9) return false;
  out->lead = to_int(s.substr(0, p));
  out->lead_len = int(p);
  if (p < s.size() && (s[p] == ':' || s[p] == '.')) {
    out->sep = s[p];
    size_t q = p + 1;
    while (q < s.size() && s[q] >= '0' && s[q] <= '9') ++q;
    if (q - p - 1 != 2) return false;  // minutes are always two digits
    out->minute = to_int(s.substr(p + 1, 2));
    p = q;
    if (out->sep == ':' && p < s.size() && s[p] == ':') {
      q = p + 1;
      while (q < s.size() && s[q] >= '0' && s[q] <= '9') ++q;
      if (q - p - 1 != 2) return false;
      out->second = to_int(s.substr(p + 1, 2));
      p = q;
    }
  }
  out->suffix = s.substr(p);
  for (char c : out->suffix)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

class DateScanner {
 public:
  DateScanner(const Document& doc, const Lexicon& lex, std::string_view anchor, uint32_t begin, uint32_t end)
      : doc_(doc), lex_(lex), t_(doc.tokens), begin_(begin), end_(end) {
    if (parse_iso_date(anchor, &anchor_.y, &anchor_.m, &anchor_.d)) {
      anchor_.ok = true;
      anchor_.days = days_from_civil(anchor_.y, anchor_.m, anchor_.d);
      anchor_.weekday = weekday_of_days(anchor_.days);
    }
    const Table& months = lex_.table(lex::kMonths);
    month_col_ = months.column("month");
    const Table& weekdays = lex_.table(lex::kWeekdays);
    weekday_col_ = weekdays.column("weekday");
    const Table& numbers = lex_.table(lex::kNumbers);
    number_value_col_ = numbers.column("value");
    number_type_col_ = numbers.column("type");
  }

  // A date starting at token i. `prev_date_end`: end of the date mention just before (for
  // "between July and August", "from 2019 to 2021"), or UINT32_MAX.
  bool date_at(uint32_t i, uint32_t prev_date_end, DateMention* out) const;
  bool time_at(uint32_t i, TimeMention* out) const;
  // Sets a date's future and past_background flags against this scanner's anchor (finish).
  void finish_date(DateMention* m) const { finish(m); }
  // Cheap test: can a date or a time start at token i?
  bool may_start(uint32_t i) const;
  // The matches layer's one-word lexicon tables per token (Analysis::token_tables), when
  // built: saves may_start its lexicon probes.
  void use_token_tables(const std::vector<uint32_t>* tables) {
    if (tables && tables->size() == t_.size()) token_tables_ = tables;
  }

 private:
  std::string_view nm(uint32_t i) const { return i >= begin_ && i < end_ ? doc_.norm(i) : std::string_view(); }
  bool is(uint32_t i, std::string_view w) const { return i >= begin_ && i < end_ && same_form(doc_.norm(i), w); }
  bool is_any(uint32_t i, std::initializer_list<std::string_view> ws) const {
    if (i < begin_ || i >= end_) return false;
    std::string_view n = doc_.norm(i);
    for (std::string_view w : ws)
      if (same_form(n, w)) return true;
    return false;
  }
  bool valid(uint32_t i) const { return i >= begin_ && i < end_; }
  bool joiner(uint32_t i) const { return valid(i) && t_[i].is(kHyphen); }
  bool dash(uint32_t i) const { return joiner(i) || is_any(i, {"-", "\xE2\x80\x93", "--"}); }
  bool tight(uint32_t i) const { return valid(i) && !t_[i].is(kSpaceBefore); }
  bool capitalised(uint32_t i) const { return valid(i) && t_[i].is(kCapitalised); }

  // Case-sensitive lexicon phrases ("=Sat", "=Sun") match only as written, never in
  // all-caps copy (FORMATS.md).
  bool spelled_as(const lex::Posting& p, uint32_t i) const {
    if (!(p.flags & lex::kCaseSensitive)) return true;
    return !doc_.all_caps && doc_.token_text(i) == lex_.str(p.text);
  }
  // "May" and "March" are also a verb: alone ("in May") they are months only where case
  // tells, never in all-caps copy (months.tsv).
  bool verb_month(uint32_t i) const { return doc_.all_caps && is_any(i, {"may", "march"}); }
  // Lexicon lookups of single tokens.
  int month_at(uint32_t i, bool* abbreviated) const;
  int weekday_at(uint32_t i, bool* abbreviated) const;
  int cardinal_at(uint32_t i) const;

  int day_at(uint32_t i) const;
  int year4_at(uint32_t i, int lo, int hi) const;
  int year2_at(uint32_t i) const;
  int expand_year2(int yy) const;
  // The dot of an abbreviation ("Sept.", "Mon."), not a sentence's full stop after a full name.
  uint32_t skip_dot(uint32_t i, bool abbreviated) const { return abbreviated && is(i, ".") && tight(i) ? i + 1 : i; }

  bool iso_at(uint32_t i, DateMention* m) const;
  bool numeric_at(uint32_t i, DateMention* m) const;
  bool explicit_at(uint32_t i, DateMention* m) const;
  bool day_first_at(uint32_t i, DateMention* m) const;
  bool month_first_at(uint32_t i, DateMention* m) const;
  bool relative_at(uint32_t i, DateMention* m) const;
  bool ago_at(uint32_t i, DateMention* m) const;
  bool weekday_alone_at(uint32_t i, DateMention* m) const;
  bool month_alone_at(uint32_t i, uint32_t prev_date_end, DateMention* m) const;
  bool year_alone_at(uint32_t i, uint32_t prev_date_end, DateMention* m) const;

  bool period_cue_before(uint32_t i, uint32_t prev_date_end) const;
  bool future_context(uint32_t first, uint32_t end) const;
  uint32_t day_part_after(uint32_t e) const { return valid(e) && in_list(nm(e), kDayParts) ? e + 1 : e; }

  void set_days(int64_t days, DateMention* m) const { civil_from_days(days, &m->year, &m->month, &m->day); }
  void resolve_without_year(int month, int day, bool future, DateMention* m) const;
  // A day-precision date of tokens [first, end); without a year, the one the anchor and
  // tense give. False when the day does not exist in that month.
  bool set_day(uint32_t first, uint32_t end, int year, int month, int day, DateMention* m) const;
  void finish(DateMention* m) const;

  bool clock_at(uint32_t i, TimeMention* out, uint32_t* end) const;
  bool ampm_at(uint32_t i, bool* pm) const {
    std::string_view n = nm(i);
    if (n == "am" || n == "a.m." || n == "a.m") { *pm = false; return true; }
    if (n == "pm" || n == "p.m." || n == "p.m") { *pm = true; return true; }
    return false;
  }
  bool utc_word(std::string_view n) const { return n == "gmt" || n == "utc" || n == "z" || n == "zulu"; }

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Token>& t_;
  uint32_t begin_, end_;
  const std::vector<uint32_t>* token_tables_ = nullptr;
  Anchor anchor_;
  int month_col_ = -1, weekday_col_ = -1, number_value_col_ = -1, number_type_col_ = -1;
};

int DateScanner::month_at(uint32_t i, bool* abbreviated) const {
  // Month names are capitalised in English; lower-case "march" and "may" are the verbs.
  if (!capitalised(i) || !t_[i].is(kWord) || t_[i].hash == 0) return 0;
  const lex::PhraseSlot* s = lex_.find(extend_phrase_hash(kPhraseSeed, t_[i].hash));
  if (!s || !(s->flags & lex::kFullPhrase)) return 0;
  const Table& table = lex_.table(lex::kMonths);
  for (const lex::Posting& p : lex_.postings(*s)) {
    if (p.table != lex::kMonths || !spelled_as(p, i)) continue;
    int m = to_int(table.get(p.row, month_col_));
    if (m < 1 || m > 12) continue;
    std::string_view n = nm(i);
    *abbreviated = n.size() <= 4 && n != "may" && n != "june" && n != "july";
    return m;
  }
  return 0;
}

int DateScanner::weekday_at(uint32_t i, bool* abbreviated) const {
  if (!capitalised(i) || !t_[i].is(kWord) || t_[i].hash == 0) return -1;
  const lex::PhraseSlot* s = lex_.find(extend_phrase_hash(kPhraseSeed, t_[i].hash));
  if (!s || !(s->flags & lex::kFullPhrase)) return -1;
  const Table& table = lex_.table(lex::kWeekdays);
  for (const lex::Posting& p : lex_.postings(*s)) {
    if (p.table != lex::kWeekdays || !spelled_as(p, i)) continue;
    int w = to_int(table.get(p.row, weekday_col_));
    if (w < 0 || w > 6) continue;
    // Full names end in "day"; "Sat", "Sun", "Wed" are also words and need a date after them.
    std::string_view n = nm(i);
    *abbreviated = !(n.size() >= 6 && n.substr(n.size() - 3) == "day");
    return w;
  }
  return -1;
}

// A cardinal number word ("two") or digits, for "two days ago"; -1 when none.
int DateScanner::cardinal_at(uint32_t i) const {
  if (!valid(i)) return -1;
  if (t_[i].is(kNumber)) {
    std::string_view s = doc_.token_text(i);
    return all_digits(s) && s.size() <= 3 ? to_int(s) : -1;
  }
  if (is_any(i, {"a", "an"})) return 1;
  if (t_[i].hash == 0) return -1;
  const lex::PhraseSlot* s = lex_.find(extend_phrase_hash(kPhraseSeed, t_[i].hash));
  if (!s || !(s->flags & lex::kFullPhrase)) return -1;
  const Table& table = lex_.table(lex::kNumbers);
  for (const lex::Posting& p : lex_.postings(*s)) {
    if (p.table != lex::kNumbers || table.get(p.row, number_type_col_) != "cardinal") continue;
    return to_int(table.get(p.row, number_value_col_));
  }
  return -1;
}

// A day of the month: "5", "05", "5th", "21st".
int DateScanner::day_at(uint32_t i) const {
  if (!valid(i) || !t_[i].is(kNumber)) return 0;
  std::string_view s = nm(i);
  size_t p = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
  if (p == 0 || p > 2) return 0;
  std::string_view suffix = s.substr(p);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int d = to_int(s.substr(0, p));
  return d >= 1 && d <= 31 ? d : 0;
}

int DateScanner::year4_at(uint32_t i, int lo, int hi) const {
  if (!valid(i) || !t_[i].is(kNumber)) return 0;
  std::string_view s = doc_.token_text(i);
  if (s.size() != 4 || !all_digits(s)) return 0;
  int y = to_int(s);
  return y >= lo && y <= hi ? y : 0;
}

int DateScanner::year2_at(uint32_t i) const {
  if (!valid(i) || !t_[i].is(kNumber)) return -1;
  std::string_view s = doc_.token_text(i);
  return s.size() == 2 && all_digits(s) ? to_int(s) : -1;
}

// Two-digit years ("3 JAN 90"): the century that puts the year nearest the anchor, else the
// usual pivot (50-99 -> 19xx), which suits the 1989-90 MUC transcripts.
int DateScanner::expand_year2(int yy) const {
  if (anchor_.ok) {
    int base = anchor_.y - anchor_.y % 100;
    int best = base + yy;
    for (int c : {base - 100, base + 100})
      if (std::abs(c + yy - anchor_.y) < std::abs(best - anchor_.y)) best = c + yy;
    return best;
  }
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

bool DateScanner::future_context(uint32_t first, uint32_t end) const {
  const bool sentences = !doc_.sentence_of.empty();
  auto same_sentence = [&](uint32_t a, uint32_t b) { return !sentences || doc_.sentence_of[a] == doc_.sentence_of[b]; };
  auto future_word = [&](uint32_t k) {
    std::string_view n = nm(k);
    if (in_list(n, kFutureCues)) {
      // Within two words of a verb of stopping: "foiled a plan to", "thwarted their plans to".
      if ((n == "plan" || n == "plans" || n == "planned") &&
          ((k > begin_ && in_list(nm(k - 1), kStoppedCues)) || (k > begin_ + 1 && in_list(nm(k - 2), kStoppedCues))))
        return false;
      // "expected"/"plan"/"going" only with "to": "expected to meet on Monday".
      if (n == "expected" || n == "plan" || n == "plans" || n == "going" || n == "intends") return is(k + 1, "to");
      return true;
    }
    return n.size() > 3 && n.substr(n.size() - 3) == "'ll";  // "they'll"
  };
  for (uint32_t k = first, steps = 0; k > begin_ && steps < kTenseWindow; ++steps) {
    --k;
    if (!same_sentence(k, first)) break;
    if (in_list(nm(k), kTenseStops)) break;
    if (future_word(k)) return true;
  }
  // A date that opens the sentence ("On Monday, the minister will ...") takes the tense of
  // the clause after it.
  uint32_t head = first;
  if (head > begin_ && is_any(head - 1, {"on", "next", "this"})) --head;
  bool opens = head == begin_ || !same_sentence(head - 1, head) || in_list(nm(head - 1), kTenseStops);
  if (opens && is(end, ",")) {
    for (uint32_t k = end + 1; k < end_ && k <= end + kTenseWindow && same_sentence(k, first); ++k) {
      if (in_list(nm(k), kTenseStops)) break;
      if (future_word(k)) return true;
    }
  }
  return false;
}

bool DateScanner::period_cue_before(uint32_t i, uint32_t prev_date_end) const {
  if (i <= begin_) return false;
  std::string_view p = nm(i - 1);
  if (in_list(p, kPeriodCues)) return true;
  // "between July and August", "from 2019 to 2021": the second of a pair.
  if ((p == "and" || p == "to" || p == "through" || p == "until" || dash(i - 1) || p == "or") && prev_date_end == i - 1)
    return true;
  return false;
}

// ISO 8601 "2022-09-05" (also "2021-03-14T11:45:00Z", whose last token is "14T11:45:00Z").
bool DateScanner::iso_at(uint32_t i, DateMention* m) const {
  int y = year4_at(i, 1000, 2999);
  if (!y || !joiner(i + 1) || !valid(i + 4) || !joiner(i + 3)) return false;
  std::string_view ms = doc_.token_text(i + 2), ds = nm(i + 4);
  if (ms.size() != 2 || !all_digits(ms) || ds.size() < 2 || !all_digits(ds.substr(0, 2))) return false;
  if (ds.size() > 2 && ds[2] != 't') return false;
  int mo = to_int(ms), d = to_int(ds.substr(0, 2));
  if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) return false;
  m->first = i;
  m->end = i + 5;
  m->year = y;
  m->month = mo;
  m->day = d;
  m->precision = DateMention::kDay;
  return true;
}

// "05/09/2022", "5/9/22", "05.09.2022". Slashes are month-first in American copy and
// day-first elsewhere, so a slashed date is taken only when it is unambiguous (one part
// above 12, or both equal). Dotted dates are day-first everywhere they are written.
bool DateScanner::numeric_at(uint32_t i, DateMention* m) const {
  if (!valid(i) || !t_[i].is(kNumber)) return false;
  int a = 0, b = 0, y = 0;
  uint32_t end = 0;
  bool dotted = false;
  std::string_view s = doc_.token_text(i);
  size_t d1 = s.find('.');
  if (d1 != std::string_view::npos) {
    size_t d2 = s.find('.', d1 + 1);
    if (d2 == std::string_view::npos) return false;
    std::string_view pa = s.substr(0, d1), pb = s.substr(d1 + 1, d2 - d1 - 1), py = s.substr(d2 + 1);
    if (pa.empty() || pa.size() > 2 || pb.empty() || pb.size() > 2 || py.size() != 4) return false;
    if (!all_digits(pa) || !all_digits(pb) || !all_digits(py)) return false;
    a = to_int(pa);
    b = to_int(pb);
    y = to_int(py);
    end = i + 1;
    dotted = true;
  } else {
    if (!all_digits(s) || s.size() > 2) return false;
    if (!is(i + 1, "/") || !tight(i + 1) || !valid(i + 2) || !tight(i + 2) || !is(i + 3, "/") || !tight(i + 3) ||
        !valid(i + 4) || !tight(i + 4))
      return false;
    std::string_view sb = doc_.token_text(i + 2), sy = doc_.token_text(i + 4);
    if (!all_digits(sb) || sb.size() > 2 || !all_digits(sy) || (sy.size() != 4 && sy.size() != 2)) return false;
    a = to_int(s);
    b = to_int(sb);
    y = sy.size() == 2 ? expand_year2(to_int(sy)) : to_int(sy);
    end = i + 5;
  }
  int day = 0, month = 0;
  if (dotted) {
    day = a;
    month = b;
  } else if (a > 12 && b <= 12) {
    day = a;
    month = b;
  } else if (b > 12 && a <= 12) {
    day = b;
    month = a;
  } else if (a == b) {
    day = month = a;
  } else {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(y, month) || y < 1000) return false;
  m->first = i;
  m->end = end;
  m->year = y;
  m->month = month;
  m->day = day;
  m->precision = DateMention::kDay;
  return true;
}

// A date without a year: the latest of the anchor's year, the year after and the year
// before that is not more than about a month after the anchor (SPEC section 3: "the
// anchor's year, and if that puts it more than ~1 month after the anchor, the previous
// year"; the year after covers "3 January" written on 30 December). In a future context:
// the first one on or after the anchor.
void DateScanner::resolve_without_year(int month, int day, bool future, DateMention* m) const {
  m->month = month;
  m->day = day;
  if (!anchor_.ok) {
    m->year = 0;
    return;
  }
  auto at = [&](int y) { return days_from_civil(y, month, std::min(day, days_in_month(y, month))); };
  int y = anchor_.y;
  if (future) {
    for (int c : {anchor_.y - 1, anchor_.y, anchor_.y + 1})
      if (at(c) >= anchor_.days) { y = c; break; }
  } else {
    for (int c : {anchor_.y + 1, anchor_.y, anchor_.y - 1})
      if (at(c) <= anchor_.days + kFutureSlackDays) { y = c; break; }
  }
  m->year = y;
  if (day > days_in_month(y, month)) m->day = days_in_month(y, month);  // 29 Feb of a common year
}

// Day first: "5 September 2022", "5th September", "30 DECEMBER", "3 JAN 90", "5th of May",
// "5-6 September" (the first day: the incident's start).
bool DateScanner::day_first_at(uint32_t i, DateMention* m) const {
  int day = day_at(i);
  if (!day) return false;
  uint32_t j = i + 1;
  if (valid(j + 1) && (dash(j) || is_any(j, {"and", "to"})) && day_at(j + 1) > day) j += 2;  // a day range
  if (is(j, "of") && !t_[j - 1].is(kHyphen) && nm(j - 1).size() > 2 && !all_digits(nm(j - 1))) ++j;  // "5th of May"
  bool abbreviated = false;
  int month = month_at(j, &abbreviated);
  if (!month) return false;
  uint32_t e = skip_dot(j + 1, abbreviated);
  int year = 0;
  uint32_t k = is(e, ",") ? e + 1 : e;
  if (int y = year4_at(k, 1800, 2199)) {
    year = y;
    e = k + 1;
  } else if (k == e) {
    // Two-digit years are the MUC-4/wire style "3 JAN 90": abbreviated capitals, or at the
    // end of the phrase ("30 DECEMBER 89 (RADIO ..."), never "5 September 22 people".
    int yy = year2_at(e);
    if (yy >= 0 && (abbreviated || !valid(e + 1) || !t_[e + 1].is(kWord))) {
      year = expand_year2(yy);
      e = e + 1;
    }
  }
  return set_day(i, e, year, month, day, m);
}

bool DateScanner::set_day(uint32_t first, uint32_t end, int year, int month, int day, DateMention* m) const {
  if (day > days_in_month(year, month)) return false;
  m->first = first;
  m->end = end;
  m->precision = DateMention::kDay;
  if (year) {
    m->year = year;
    m->month = month;
    m->day = day;
  } else {
    resolve_without_year(month, day, future_context(first, end), m);
  }
  return true;
}

// Month first: "September 5, 2022", "Sept. 5", "September 5th", "Sept. 5 2022"; also
// "August 2021" (month precision: the 15th, SPEC section 3).
bool DateScanner::month_first_at(uint32_t i, DateMention* m) const {
  bool abbreviated = false;
  int month = month_at(i, &abbreviated);
  if (!month) return false;
  uint32_t j = skip_dot(i + 1, abbreviated);
  int day = day_at(j);
  // A day right after the month, not the start of a count or a time ("May 11:45", "May 5,000").
  if (day && !(valid(j + 1) && (is(j + 1, ":") && tight(j + 1)))) {
    uint32_t e = j + 1;
    if (valid(e + 1) && dash(e) && day_at(e + 1) > day) e += 2;  // "Sept. 5-6"
    int year = 0;
    if (is(e, ",") && year4_at(e + 1, 1800, 2199)) {
      year = year4_at(e + 1, 1800, 2199);
      e += 2;
    } else if (int y = year4_at(e, 1800, 2199)) {
      year = y;
      e += 1;
    }
    return set_day(i, e, year, month, day, m);
  }
  uint32_t k = is(j, ",") ? j + 1 : j;
  if (int y = year4_at(k, 1800, 2199)) {
    m->first = i;
    m->end = k + 1;
    m->year = y;
    m->month = month;
    m->day = 15;
    m->precision = DateMention::kMonth;
    return true;
  }
  return false;
}

// An explicit date, with the weekday before it kept: "Monday, September 5", "Mon 5 Sept".
bool DateScanner::explicit_at(uint32_t i, DateMention* m) const {
  bool abbreviated = false;
  int wd = weekday_at(i, &abbreviated);
  if (wd >= 0) {
    uint32_t j = skip_dot(i + 1, abbreviated);
    if (is(j, ",")) ++j;
    if (is(j, "the")) ++j;
    if (day_first_at(j, m) || month_first_at(j, m)) {
      if (m->precision != DateMention::kDay) return false;
      m->first = i;
      m->weekday = wd;
      return true;
    }
    return false;
  }
  return day_first_at(i, m) || month_first_at(i, m);
}

// Anchor-relative words: today, tonight, yesterday, tomorrow, last night, this morning,
// the day before yesterday; last/this/next week, weekend, month, year. Week precision is
// the week's Monday, month the 15th, year 1 July (SPEC section 3; ACLED time_precision 2
// and 3 use the same spans).
bool DateScanner::relative_at(uint32_t i, DateMention* m) const {
  if (!valid(i)) return false;
  std::string_view w = nm(i);
  m->relative = true;
  m->first = i;
  auto day_at_offset = [&](int off, uint32_t end) {
    m->end = day_part_after(end);
    m->precision = DateMention::kDay;
    m->future = off > 0;
    if (anchor_.ok) set_days(anchor_.days + off, m);
    return true;
  };
  if (w == "today" || w == "tonight") return day_at_offset(0, i + 1);
  // "struck Odesa overnight": the night that ends on the day of the report (the anchor). A
  // night named by its day ("overnight into Sunday", "overnight Tuesday") is that day's
  // words; "an overnight curfew" is no date.
  if (w == "overnight") {
    if (is_any(i + 1, {"into", "to", "on", "curfew", "curfews", "stay", "stays"}) ||
        (valid(i + 1) && t_[i + 1].is(kCapitalised) && !t_[i + 1].is(kAllCaps)) || (i > begin_ && is(i - 1, "an")))
      return false;
    return day_at_offset(0, i + 1);
  }
  if (w == "yesterday") return day_at_offset(-1, i + 1);
  if (w == "tomorrow") return day_at_offset(1, i + 1);
  if (w == "the" && is(i + 1, "day") && is_any(i + 2, {"before", "after"})) {
    if (is(i + 2, "before") && is(i + 3, "yesterday")) return day_at_offset(-2, i + 4);
    if (is(i + 2, "after") && is(i + 3, "tomorrow")) return day_at_offset(2, i + 4);
    return false;
  }
  // "earlier this week", "later this month": the qualifier is part of the words.
  uint32_t j = i;
  if (is_any(j, {"earlier", "later"}) && is(j + 1, "this")) ++j;
  std::string_view mod = nm(j);
  // "over the weekend": the latest weekend, or the coming one in a future clause.
  if (mod == "the" && is(j + 1, "weekend")) mod = future_context(i, j + 2) ? "next" : "last";
  else if (mod != "last" && mod != "this" && mod != "next" && mod != "past") return false;
  std::string_view unit = nm(j + 1);
  if (mod == "last" && (unit == "night" || unit == "evening")) return day_at_offset(-1, j + 2);
  if (mod == "this" && (unit == "morning" || unit == "afternoon" || unit == "evening")) return day_at_offset(0, j + 2);
  if (mod == "past") {
    // "over the past week" is a stretch of time ending now, not a calendar week.
    return false;
  }
  int step = mod == "last" ? -1 : mod == "next" ? 1 : 0;
  m->end = j + 2;
  m->future = step > 0;
  if (unit == "week" || unit == "weekend") {
    m->precision = DateMention::kWeek;
    if (!anchor_.ok) return true;
    int64_t monday = anchor_.days - anchor_.weekday;
    if (unit == "weekend") {
      // The weekend is Saturday-Sunday of an ISO week: "last weekend" the one before the
      // anchor (the current one when the anchor is itself the weekend), "next" the coming one.
      int64_t sat = monday + 5;
      if (step < 0 && anchor_.weekday < 5) sat -= 7;
      if (step > 0 && anchor_.weekday >= 5) sat += 7;
      set_days(sat - 5, m);
      return true;
    }
    set_days(monday + 7 * step, m);
    return true;
  }
  if (unit == "month") {
    m->precision = DateMention::kMonth;
    if (!anchor_.ok) return true;
    int y = anchor_.y, mo = anchor_.m + step;
    if (mo < 1) { mo += 12; --y; }
    if (mo > 12) { mo -= 12; ++y; }
    m->year = y;
    m->month = mo;
    m->day = 15;
    return true;
  }
  if (unit == "year") {
    m->precision = DateMention::kYear;
    if (!anchor_.ok) return true;
    m->year = anchor_.y + step;
    m->month = 7;
    m->day = 1;
    return true;
  }
  return false;
}

// "two days ago", "a week ago", "three months ago", "1 year ago".
bool DateScanner::ago_at(uint32_t i, DateMention* m) const {
  if (!is(i + 2, "ago")) return false;
  int n = cardinal_at(i);
  if (n < 0 || n > 1000) return false;
  std::string_view unit = nm(i + 1);
  if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
  m->first = i;
  m->end = i + 3;
  m->relative = true;
  if (unit == "day") {
    m->precision = DateMention::kDay;
    if (anchor_.ok) set_days(anchor_.days - n, m);
  } else if (unit == "week") {
    m->precision = DateMention::kWeek;
    if (anchor_.ok) {
      int64_t d = anchor_.days - 7 * n;
      set_days(d - weekday_of_days(d), m);
    }
  } else if (unit == "month") {
    m->precision = DateMention::kMonth;
    if (anchor_.ok) {
      int total = anchor_.y * 12 + (anchor_.m - 1) - n;
      m->year = total / 12;
      m->month = total % 12 + 1;
      m->day = 15;
    }
  } else if (unit == "year") {
    m->precision = DateMention::kYear;
    if (anchor_.ok) {
      m->year = anchor_.y - n;
      m->month = 7;
      m->day = 1;
    }
  } else {
    return false;
  }
  return true;
}

// A weekday alone: "on Monday", "Monday's attack", "Sunday night", "last Friday", "next
// Monday". News reports the past, so a bare weekday is the most recent one on or before the
// anchor (the anchor day itself included), unless the clause is future ("will ... on
// Monday": the next one on or after) or says "last" (strictly before) or "next" (after).
bool DateScanner::weekday_alone_at(uint32_t i, DateMention* m) const {
  uint32_t w = i;
  int step = 0;
  if (is(i, "last") || is(i, "next") || is(i, "this") || is(i, "past")) {
    step = is(i, "last") || is(i, "past") ? -1 : is(i, "next") ? 1 : 0;
    w = i + 1;
  }
  bool abbreviated = false;
  int wd = weekday_at(w, &abbreviated);
  if (wd < 0 || abbreviated) return false;
  m->first = i;
  m->end = day_part_after(w + 1);
  m->weekday = wd;
  m->relative = true;
  m->precision = DateMention::kDay;
  bool future = step > 0 || (step == 0 && future_context(i, m->end));
  m->future = future;
  if (!anchor_.ok) return true;
  int64_t back = (anchor_.weekday - wd + 7) % 7;
  int64_t ahead = (wd - anchor_.weekday + 7) % 7;
  int64_t days;
  if (step < 0) days = anchor_.days - (back == 0 ? 7 : back);
  else if (step > 0) days = anchor_.days + (ahead == 0 ? 7 : ahead);
  else if (future) days = anchor_.days + ahead;
  else days = anchor_.days - back;
  set_days(days, m);
  return true;
}

// A month alone after a cue: "in August", "since May", "early September", "mid-September",
// "last August", "in August 2021" (month precision: the 15th, SPEC section 3).
bool DateScanner::month_alone_at(uint32_t i, uint32_t prev_date_end, DateMention* m) const {
  uint32_t j = i;
  bool cued = false;
  int step = 0;
  if (is_any(i, {"early", "late", "mid", "last", "next", "this"})) {
    step = is(i, "last") ? -1 : is(i, "next") ? 1 : 0;
    j = joiner(i + 1) ? i + 2 : i + 1;
    cued = true;
  } else if (is_any(i, {"end", "beginning", "start", "middle"}) && is(i + 1, "of")) {
    j = i + 2;
    cued = true;
  }
  bool abbreviated = false;
  int month = month_at(j, &abbreviated);
  if (!month) return false;
  if (!cued && !period_cue_before(i, prev_date_end)) return false;
  uint32_t e = skip_dot(j + 1, abbreviated);
  uint32_t k = is(e, ",") ? e + 1 : e;
  // "August last year", "in May of this year", "March next year": the month of the year
  // named relative to the anchor (month precision), one mention, not a bare year; the
  // year says that "MARCH" or "may" is the month.
  const uint32_t rel = is(e, "of") ? e + 1 : e;
  const bool relative_year = anchor_.ok && is_any(rel, {"last", "this", "next"}) && is(rel + 1, "year");
  // So does a cue of time before it with no determiner ("LAST MARCH, A CAR BOMB ...", "IN
  // LATE MAY"): "the last march", "this may" are the noun and the modal.
  const bool month_cue = cued && is_any(i, {"last", "next", "early", "late", "mid"}) &&
                         !(i > 0 && is_any(i - 1, {"the", "a", "its", "their", "his", "her", "our", "this", "that"}));
  if (verb_month(j) && !year4_at(k, 1800, 2199) && !relative_year && !month_cue) return false;
  m->first = i;
  m->precision = DateMention::kMonth;
  if (int y = year4_at(k, 1800, 2199)) {
    m->end = k + 1;
    m->year = y;
    m->month = month;
    m->day = 15;
    return true;
  }
  m->end = e;
  if (relative_year) {
    m->end = rel + 2;
    m->year = anchor_.y + (is(rel, "last") ? -1 : is(rel, "next") ? 1 : 0);
    m->month = month;
    m->day = 15;
    m->relative = true;
    m->future = is(rel, "next");
    return true;
  }
  if (step != 0 && anchor_.ok) {
    // "last August": the latest August before the anchor's month; "next": the first after.
    int y = anchor_.y;
    if (step < 0 && month >= anchor_.m) --y;
    if (step > 0 && month <= anchor_.m) ++y;
    m->year = y;
    m->month = month;
    m->day = 15;
    m->relative = true;
    m->future = step > 0;
    return true;
  }
  bool future = step > 0 || future_context(i, e);
  m->future = future;
  m->relative = is(i, "this");  // "this August": the anchor's year
  resolve_without_year(month, 15, future, m);
  return true;
}

// A year alone after a cue: "in 2021", "since 2019", "early 2020", "2021's attack"
// (year precision: 1 July, SPEC section 3).
bool DateScanner::year_alone_at(uint32_t i, uint32_t prev_date_end, DateMention* m) const {
  uint32_t j = i;
  bool cued = false;
  if (is_any(i, {"early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"})) {
    j = joiner(i + 1) ? i + 2 : i + 1;
    if (is(j, "of")) ++j;
    cued = true;
  } else if (is_any(i, {"end", "beginning", "start", "middle"}) && is(i + 1, "of")) {
    j = i + 2;
    cued = true;
  }
  int y = year4_at(j, 1900, 2099);
  if (!y) return false;
  bool possessive = valid(j + 1) && t_[j + 1].is(kPossessive);
  // "the 2019 bombing of a church", "the 2015 attack on Garissa University": a year that
  // qualifies an act names when it happened (a word of the triggers table, or one word
  // after a modifier: "the 2008 car bombing").
  auto act_word = [&](uint32_t k) { return valid(k) && t_[k].hash != 0 && lex_.has(t_[k].hash, lex::kTriggers); };
  bool qualifies_act = !cued && i > begin_ && is(i - 1, "the") &&
                       (act_word(j + 1) || (valid(j + 1) && t_[j + 1].is(kWord) && act_word(j + 2)));
  if (!cued && !possessive && !qualifies_act && !period_cue_before(i, prev_date_end)) return false;
  // "by 2000 GMT" is a time and "in 2000 people", "by 2000 soldiers" a count: a year is
  // followed by neither a joiner, a clock word nor a people word (data/actors/agents.tsv).
  if (joiner(j + 1) || is_any(j + 1, {"hrs", "hours", "hr", "gmt", "utc", "z", "local", "h"})) return false;
  if (valid(j + 1) && t_[j + 1].hash != 0 && lex_.has(t_[j + 1].hash, lex::kAgents)) return false;
  m->first = i;
  m->end = j + 1;
  m->year = y;
  m->month = 7;
  m->day = 1;
  m->precision = DateMention::kYear;
  return true;
}

// SPEC section 3: past_background when the date is clearly before the reporting period: an
// earlier year than the anchor's at year precision, otherwise a period that ended more than
// about 30 days before the anchor.
// `future` is set when the whole period lies after the anchor (planned and announced
// events: "next Monday", "will meet on Monday", "on 20 September"); without an anchor the
// words alone decide ("tomorrow", "next week").
void DateScanner::finish(DateMention* m) const {
  if (!anchor_.ok || m->year == 0 || m->month == 0) return;
  int64_t start = days_from_civil(m->year, m->month, m->day);
  int64_t last = start;
  if (m->precision == DateMention::kWeek) last = start + 6;
  if (m->precision == DateMention::kMonth) {
    start = days_from_civil(m->year, m->month, 1);
    last = days_from_civil(m->year, m->month, days_in_month(m->year, m->month));
  }
  if (m->precision == DateMention::kYear) {
    start = days_from_civil(m->year, 1, 1);
    last = days_from_civil(m->year, 12, 31);
  }
  m->future = start > anchor_.days;
  m->past_background = m->precision == DateMention::kYear ? m->year < anchor_.y : last < anchor_.days - kBackgroundDays;
}

bool DateScanner::may_start(uint32_t i) const {
  if (!valid(i)) return false;
  const Token& tk = t_[i];
  if (tk.is(kNumber)) return true;
  if (!tk.is(kWord)) return false;
  // Lower-case words start a date or a time only from a short list ("yesterday", "last",
  // "early", "noon") or as the count of "two days ago"; the rest are skipped at the cost
  // of a few integer tests (the stage runs on every token of every document).
  static constexpr WordSet kStarters{"today", "tonight",   "overnight", "yesterday", "tomorrow", "last",   "this",
                                     "next",  "earlier",   "later",     "past",      "early",    "late",   "mid",
                                     "end",   "beginning", "start",     "middle",    "spring",   "summer", "autumn",
                                     "fall",  "winter",    "noon",      "midday",    "midnight"};
  static constexpr uint64_t kThe = hash_form("the"), kDay = hash_form("day"), kWeekend = hash_form("weekend"),
                            kAgo = hash_form("ago");
  auto hash_is = [&](uint32_t k, uint64_t h) { return valid(k) && t_[k].hash == h; };
  // "the" (one word in twenty) starts only "the day before yesterday", "the day after
  // tomorrow" and "the weekend" (relative_at).
  if (tk.hash == kThe) return hash_is(i + 1, kDay) || hash_is(i + 1, kWeekend) || hash_is(i + 2, kAgo);
  if (kStarters.contains(tk.hash) || hash_is(i + 2, kAgo)) return true;
  // A capitalised word starts a date of its own only as a month or a weekday name
  // (month_at, weekday_at): in all-caps copy every word is capitalised.
  if (!tk.is(kCapitalised) || tk.hash == 0) return false;
  if (token_tables_) return ((*token_tables_)[i] & ((1u << lex::kMonths) | (1u << lex::kWeekdays))) != 0;
  return lex_.has(tk.hash, lex::kMonths) || lex_.has(tk.hash, lex::kWeekdays);
}

bool DateScanner::date_at(uint32_t i, uint32_t prev_date_end, DateMention* out) const {
  if (!may_start(i)) return false;
  const Token& tk = t_[i];
  // Each pattern starts from a clean mention; the first that matches wins.
  DateMention m;
  auto fresh = [&m] { m = DateMention{}; return &m; };
  bool found = false;
  if (tk.is(kNumber)) {
    found = iso_at(i, fresh()) || numeric_at(i, fresh()) || day_first_at(i, fresh()) ||
            year_alone_at(i, prev_date_end, fresh()) || ago_at(i, fresh());
  } else {
    found = explicit_at(i, fresh()) || relative_at(i, fresh()) || weekday_alone_at(i, fresh()) ||
            month_alone_at(i, prev_date_end, fresh()) || year_alone_at(i, prev_date_end, fresh()) ||
            ago_at(i, fresh());
  }
  if (!found) return false;
  finish(&m);
  *out = m;
  return true;
}

// ---------------------------------------------------------------------------------------
// Clock times.

bool DateScanner::clock_at(uint32_t i, TimeMention* out, uint32_t* end) const {
  if (!valid(i)) return false;
  TimeMention tm;
  tm.first = i;
  // "noon", "midday", "midnight" (also "12 noon").
  auto named = [&](uint32_t k, uint32_t first) {
    std::string_view n = nm(k);
    if (n == "noon" || n == "midday") tm.hour = 12;
    else if (n == "midnight") tm.hour = 0;
    else return false;
    tm.first = first;
    tm.minute = 0;
    *end = k + 1;
    return true;
  };
  if (t_[i].is(kWord)) {
    if (!named(i, i)) return false;
    *out = tm;
    return true;
  }
  if (!t_[i].is(kNumber)) return false;
  if (doc_.token_text(i) == "12" && named(i + 1, i)) {
    *out = tm;
    return true;
  }
  Digits dg;
  if (!split_digits(nm(i), &dg)) return false;
  int hour = -1, minute = -1;
  bool pm = false, has_ampm = false, has_hrs = false, has_utc = false, has_local = false, has_oclock = false;
  bool h_form = false;
  std::string_view suffix = dg.suffix;
  // "10h50" (French-style, in translated copy).
  if (dg.sep == 0 && suffix.size() == 3 && suffix[0] == 'h' && all_digits(suffix.substr(1)) && dg.lead_len <= 2) {
    hour = dg.lead;
    minute = to_int(suffix.substr(1));
    suffix = {};
    h_form = true;
  }
  if (suffix == "am" || suffix == "pm") { has_ampm = true; pm = suffix == "pm"; }
  else if (suffix == "h" || suffix == "hrs" || suffix == "hr") has_hrs = true;
  else if (suffix == "z" || suffix == "gmt" || suffix == "utc") has_utc = true;
  else if (!suffix.empty()) return false;
  if (hour < 0) {
    if (dg.sep) {
      if (dg.lead_len > 2) return false;
      hour = dg.lead;
      minute = dg.minute;
    } else if (dg.lead_len <= 2) {
      hour = dg.lead;
      minute = 0;
    } else if (dg.lead_len <= 4) {
      hour = dg.lead / 100;
      minute = dg.lead % 100;
    } else {
      return false;
    }
  }
  uint32_t e = i + 1;
  bool tmp = false;
  if (!has_ampm && ampm_at(e, &tmp)) { has_ampm = true; pm = tmp; ++e; }
  if (is(e, "o'clock")) { has_oclock = true; ++e; }
  if (!has_hrs && !has_ampm && is_any(e, {"hrs", "hours", "hr", "h"})) {
    // "for 1050 hours" is a duration; the military style is "at 1050 hours", "0600 hours".
    bool duration = is(e, "hours") && doc_.token_text(i)[0] != '0' &&
                    is_any(i - 1, {"for", "than", "over", "lasted", "within", "spent", "some", "nearly", "almost"});
    if (!duration) { has_hrs = true; ++e; }
  }
  if (!has_utc && valid(e) && utc_word(nm(e))) { has_utc = true; ++e; }
  if (!has_utc && is(e, "local") && is(e + 1, "time")) { has_local = true; e += 2; }
  bool cue_before = i > begin_ && in_list(nm(i - 1), kTimeCues);
  bool cue_after = valid(e) && (in_list(nm(e), kDayParts) ||
                                (is(e, "in") && is(e + 1, "the") && in_list(nm(e + 2), kDayParts)) ||
                                is_any(e, {"today", "yesterday", "tonight", "this", "last"}));
  // Each written form needs the cue that makes it a time: "11:45" a time word or a
  // preposition ("scores 11:45" are no time); "11.45" am/pm, hrs, a zone or "at" (a bare
  // "10.50" is a price or a decimal); "2" am/pm or o'clock; "1050" hrs/hours or a zone, and
  // three digits only with GMT/UTC (the wires' "715 GMT").
  bool ok = false;
  if (dg.sep == ':') ok = has_ampm || has_hrs || has_utc || has_local || cue_before || cue_after;
  else if (dg.sep == '.') ok = has_ampm || has_hrs || has_utc || has_local || (i > begin_ && is_any(i - 1, {"at", "around"}));
  else if (h_form) ok = true;
  else if (dg.lead_len <= 2) ok = has_ampm || has_oclock;
  else if (dg.lead_len == 4) ok = has_hrs || has_utc || (has_local && cue_before);
  else if (dg.lead_len == 3) ok = has_utc || (has_hrs && cue_before);
  if (!ok) return false;
  if (has_ampm) {
    if (hour < 1 || hour > 12) return false;
    hour = hour % 12 + (pm ? 12 : 0);
  }
  if (hour == 24 && minute == 0) hour = 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  tm.hour = hour;
  tm.minute = minute;
  tm.utc = has_utc;
  *out = tm;
  *end = e;
  return true;
}

// A clock time, with a UTC (or local) time in parentheses right after it folded in:
// "11:45 am (0715 GMT)" is one mention, local 11:45 with utc 07:15.
bool DateScanner::time_at(uint32_t i, TimeMention* out) const {
  TimeMention tm;
  uint32_t e = 0;
  if (!clock_at(i, &tm, &e)) return false;
  if (is(e, "(")) {
    TimeMention inner;
    uint32_t ie = 0;
    if (clock_at(e + 1, &inner, &ie) && is(ie, ")")) {
      if (inner.utc && !tm.utc) {
        tm.utc_hour = inner.hour;
        tm.utc_minute = inner.minute;
        e = ie + 1;
      } else if (!inner.utc && tm.utc) {
        // "0715 GMT (11:45 local time)": keep the local time as the mention's own.
        tm.utc_hour = tm.hour;
        tm.utc_minute = tm.minute;
        tm.hour = inner.hour;
        tm.minute = inner.minute;
        tm.utc = false;
        e = ie + 1;
      }
    }
  }
  tm.end = e;
  *out = tm;
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------

bool parse_iso_date(std::string_view s, int* y, int* m, int* d) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) return false;
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ' && s[10] != 'Z') return false;
  int yy = to_int(s.substr(0, 4)), mm = to_int(s.substr(5, 2)), dd = to_int(s.substr(8, 2));
  if (mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(yy, mm)) return false;
  *y = yy;
  *m = mm;
  *d = dd;
  return true;
}

std::string format_iso_date(int y, int m, int d) {
  if (y <= 0 || m <= 0 || d <= 0 || y > 9999) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

void find_dates(Analysis* a) {
  const Document& doc = a->doc;
  const uint32_t n = uint32_t(doc.tokens.size());
  DateScanner sc(doc, a->lex, a->anchor_date, 0, n);
  sc.use_token_tables(&a->token_tables);
  a->dates.clear();
  a->times.clear();
  uint32_t prev_date_end = UINT32_MAX;
  for (uint32_t i = 0; i < n;) {
    if (!sc.may_start(i)) {
      ++i;
      continue;
    }
    DateMention d;
    if (sc.date_at(i, prev_date_end, &d)) {
      a->dates.push_back(d);
      prev_date_end = d.end;
      i = std::max(d.end, i + 1);
      continue;
    }
    TimeMention t;
    if (sc.time_at(i, &t)) {
      a->times.push_back(t);
      i = std::max(t.end, i + 1);
      continue;
    }
    ++i;
  }
  // "Around 16 June 2023 (between 14 and 16 June)", "on 12 March 2019 and again on 14
  // March": a writer gives the year once, so a day and month told without one after a date
  // of its sentence that has one belong to that date's year (or the one before or after,
  // whichever puts them nearest), not to the publication's.
  for (size_t k = 1; k < a->dates.size(); ++k) {
    DateMention& d = a->dates[k];
    const DateMention& e = a->dates[k - 1];
    if (d.relative || e.relative || d.precision != DateMention::kDay || e.precision != DateMention::kDay ||
        e.year == 0 || doc.sentence_of[d.first] != doc.sentence_of[e.first])
      continue;
    // A year written in the date keeps it whatever the anchor: read it again against e.
    DateScanner local(doc, a->lex, format_iso_date(e.year, e.month, e.day), 0, n);
    DateMention r;
    if (!local.date_at(d.first, UINT32_MAX, &r) || r.end != d.end || r.year == 0 || r.year == d.year) continue;
    // The year nearest e, before or after it ("16 November 1989 ... 5 January" is 1990's).
    const int64_t at_e = days_from_civil(e.year, e.month, e.day);
    int best = 0;
    int64_t best_gap = 0;
    for (int y : {e.year - 1, e.year, e.year + 1}) {
      if (r.day > days_in_month(y, r.month)) continue;
      const int64_t g = std::abs(days_from_civil(y, r.month, r.day) - at_e);
      if (best == 0 || g < best_gap) {
        best = y;
        best_gap = g;
      }
    }
    if (best == 0 || best == d.year) continue;
    d.year = best;
    d.month = r.month;
    d.day = r.day;
    sc.finish_date(&d);
  }
  // A date that opens its sentence and is set off by a comma ("On 5 May 2023, gunmen ...",
  // "Late on Sunday, ...", the form of wire leads and of ACLED's notes) frames the whole
  // sentence: it dates every event the sentence reports, however far its verb. A gloss in
  // parentheses may stand before the comma: "Around 16 June 2023 (between 14 and 16 June), ...".
  constexpr uint32_t kGlossReach = 10;  // "(between 14 and 16 June)", "(local time)"
  for (DateMention& d : a->dates) {
    uint32_t after = d.end;
    if (after < n && doc.token_text(after) == "(") {
      uint32_t close = after + 1;
      while (close < n && close - after <= kGlossReach && doc.token_text(close) != ")") ++close;
      if (close < n && doc.token_text(close) == ")") after = close + 1;
    }
    if (after >= n || doc.token_text(after) != ",") continue;
    const Sentence& s = doc.sentences[doc.sentence_of[d.first]];
    uint32_t lead = s.first_token;
    while (lead < d.first && d.first - lead <= 5 &&
           word_in(*a, lead, {"on", "early", "late", "in", "the", "of", "at", "around", "about", "shortly", "after",
                              "before", "by", "dawn", "hours", "night", "morning", "evening", "afternoon", "overnight"}))
      ++lead;
    d.frames_sentence = lead == d.first;
  }
  // Numbers found before this stage lose the tokens that are dates or times ("5 September",
  // "11:45", "in 2021" are no counts).
  if (!a->numbers.empty()) {
    std::vector<uint8_t> covered(n, 0);
    for (const DateMention& d : a->dates)
      for (uint32_t k = d.first; k < d.end && k < n; ++k) covered[k] = 1;
    for (const TimeMention& t : a->times)
      for (uint32_t k = t.first; k < t.end && k < n; ++k) covered[k] = 1;
    std::erase_if(a->numbers, [&](const NumberMention& m) {
      for (uint32_t k = m.first; k < m.end && k < n; ++k)
        if (covered[k]) return true;
      return false;
    });
  }
}

bool parse_date_tokens(const Document& doc, const Lexicon& lex, uint32_t first, uint32_t end,
                       std::string_view anchor, DateMention* out) {
  end = std::min<uint32_t>(end, uint32_t(doc.tokens.size()));
  DateScanner sc(doc, lex, anchor, first, end);
  for (uint32_t i = first; i < end; ++i)
    if (sc.date_at(i, UINT32_MAX, out)) return true;
  return false;
}

bool parse_date_text(std::string_view text, const Lexicon& lex, std::string_view anchor, DateMention* out) {
  DocumentInput in;
  in.text = std::string(text);
  Document doc(std::move(in));
  tokenize(&doc);
  return parse_date_tokens(doc, lex, 0, uint32_t(doc.tokens.size()), anchor, out);
}

// ---------------------------------------------------------------------------------------
// Local <-> UTC through the tz database. date::locate_zone throws for an unknown zone; the
// throw stays inside (SPEC: the hot path never throws).

bool local_to_utc(int y, int m, int d, int hh, int mm, const std::string& tz, int* uy, int* um, int* ud, int* uhh,
                  int* umm) {
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
  try {
    const date::time_zone* zone = date::locate_zone(tz);
    date::local_seconds local{std::chrono::seconds(days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60)};
    // A time a DST change skips or repeats resolves to the earlier instant.
    date::sys_seconds sys = zone->to_sys(local, date::choose::earliest);
    int64_t s = sys.time_since_epoch().count();
    int64_t days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
    int64_t rem = s - days * 86400;
    civil_from_days(days, uy, um, ud);
    *uhh = int(rem / 3600);
    *umm = int(rem % 3600 / 60);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

bool utc_to_local(int y, int m, int d, int hh, int mm, const std::string& tz, int* ly, int* lm, int* ld, int* lhh,
                  int* lmm) {
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
  try {
    const date::time_zone* zone = date::locate_zone(tz);
    date::sys_seconds sys{std::chrono::seconds(days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60)};
    date::local_seconds local = zone->to_local(sys);
    int64_t s = local.time_since_epoch().count();
    int64_t days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
    int64_t rem = s - days * 86400;
    civil_from_days(days, ly, lm, ld);
    *lhh = int(rem / 3600);
    *lmm = int(rem % 3600 / 60);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace sitrep
