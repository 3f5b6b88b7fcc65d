// RFC 4180 CSV as a byte-at-a-time state machine.
#include "eval/csv.h"

#include <cctype>

namespace sitrep::eval {

Result<std::vector<CsvRow>> parse_csv(std::string_view content, std::string_view filename) {
  using R = Result<std::vector<CsvRow>>;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted } state = State::kFieldStart;
  int line = 1, row_line = 1, quote_line = 0;
  bool row_has_content = false;  // a row that is only an empty line is skipped

  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_row = [&] {
    end_field();
    if (row_has_content || row.fields.size() > 1) {
      row.line = row_line;
      rows.push_back(std::move(row));
    }
    row = CsvRow();
    row_has_content = false;
  };

  for (size_t i = 0; i < content.size(); ++i) {
    char c = content[i];
    switch (state) {
      case State::kFieldStart:
      case State::kUnquoted:
        if (c == '"') {
          if (state == State::kUnquoted)
            return R::failure(located(filename, line, "quote inside an unquoted field (quote the whole field and double the quote)"));
          state = State::kQuoted;
          quote_line = line;
          row_has_content = true;
        } else if (c == ',') {
          end_field();
          state = State::kFieldStart;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
          end_row();
          ++line;
          row_line = line;
          state = State::kFieldStart;
        } else {
          field.push_back(c);
          row_has_content = true;
          state = State::kUnquoted;
        }
        break;
      case State::kQuoted:
        if (c == '"') {
          state = State::kQuoteInQuoted;
        } else {
          if (c == '\n') ++line;
          field.push_back(c);
        }
        break;
      case State::kQuoteInQuoted:
        if (c == '"') {  // "" inside quotes is one quote
          field.push_back('"');
          state = State::kQuoted;
        } else if (c == ',') {
          end_field();
          state = State::kFieldStart;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
          end_row();
          ++line;
          row_line = line;
          state = State::kFieldStart;
        } else {
          return R::failure(located(filename, line, "text after a closing quote"));
        }
        break;
    }
  }
  if (state == State::kQuoted)
    return R::failure(located(filename, quote_line, "quoted field opened here never closes"));
  if (row_has_content || !row.fields.empty() || !field.empty()) end_row();
  return rows;
}

int csv_column(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string& h = header[i];
    if (h.size() != name.size()) continue;
    bool same = true;
    for (size_t k = 0; k < h.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(h[k])) == std::tolower(static_cast<unsigned char>(name[k]));
    if (same) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace sitrep::eval
