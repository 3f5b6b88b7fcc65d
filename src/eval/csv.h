// A small RFC 4180 CSV reader for ACLED exports: takes the file's bytes, hands out rows of
// fields with the line each row starts on. Quoted fields may hold commas, doubled quotes
// ("") and line breaks; CRLF and LF line ends both work; a UTF-8 byte order mark is skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eval/result.h"

namespace sitrep::eval {

struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line on which the row starts
};

// Errors: a quote inside an unquoted field, text after a closing quote, a quoted field that
// never closes (the message names the line where it opened).
Result<std::vector<CsvRow>> parse_csv(std::string_view content, std::string_view filename);

// A header's column index by name (exact, then case-insensitive), or -1.
int csv_column(const std::vector<std::string>& header, std::string_view name);

}  // namespace sitrep::eval
