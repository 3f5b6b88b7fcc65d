// Dates and clock times: tokens (+ the kMonths/kWeekdays tables and the anchor date) ->
// the dates and times layers; also the local/UTC conversion through the system tz database.
#pragma once

#include <string>
#include <string_view>

#include "extract/analysis.h"

namespace sitrep {

// Fills a->dates and a->times (sorted by first token, non-overlapping). Relative dates
// ("on Monday", "yesterday", "last week") are resolved against a->anchor_date (ISO
// "YYYY-MM-DD...", may be ""). Needs only the text layers and the lexicon. When
// a->numbers is already filled, number mentions overlapping a date or time are removed
// (the preferred order is dates, then numbers: find_numbers skips date/time tokens).
void find_dates(Analysis* a);

// Local wall-clock time on a date at an IANA zone ("Asia/Baghdad") -> UTC, and back, through
// the system tz database (Howard Hinnant's date library over /usr/share/zoneinfo). A local
// time that a DST change skips or repeats resolves to the earlier instant. Return false
// when the zone is unknown or the date invalid; never throw.
bool local_to_utc(int y, int m, int d, int hh, int mm, const std::string& tz, int* uy, int* um, int* ud,
                  int* uhh, int* umm);
bool utc_to_local(int y, int m, int d, int hh, int mm, const std::string& tz, int* ly, int* lm, int* ld,
                  int* lhh, int* lmm);

// "YYYY-MM-DD" at the start of s (a date or a date-time: "2021-03-14T11:45:00Z",
// "2021-03-14 11:45:00Z") -> y/m/d. False when s does not start with a valid date.
bool parse_iso_date(std::string_view s, int* y, int* m, int* d);

// "YYYY-MM-DD" (zero-padded); "" when y, m or d is 0.
std::string format_iso_date(int y, int m, int d);

// The date written in tokens [first, end) of a tokenised document: a dateline's date
// ("Sept. 5", "3 JAN 90", "5 September 2022", "Monday"), resolved against `anchor` (ISO,
// may be ""). The first date found in the range is returned; its first/end are token
// indexes. False when the range holds no date.
bool parse_date_tokens(const Document& doc, const Lexicon& lex, uint32_t first, uint32_t end,
                       std::string_view anchor, DateMention* out);

// The same for a bare string (eval: MUC-4 key dates "26 APR 89", "- 23 AUG 88"; datelines
// kept as text). The string is tokenised on the spot; first/end are tokens of that string.
bool parse_date_text(std::string_view text, const Lexicon& lex, std::string_view anchor, DateMention* out);

// Days since 1970-01-01 of a proleptic Gregorian date, and back; weekday 0 = Monday.
int64_t days_from_civil(int y, int m, int d);
void civil_from_days(int64_t days, int* y, int* m, int* d);
int weekday_of_days(int64_t days);

}  // namespace sitrep
