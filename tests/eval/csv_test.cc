// The CSV reader (src/eval/csv.h): RFC 4180 quoting, line ends, errors with lines.
#include "eval/csv.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows fields(const Result<std::vector<CsvRow>>& r) {
  Rows out;
  for (const CsvRow& row : r.value()) out.push_back(row.fields);
  return out;
}

TEST(EvalCsv, ParsesQuotedFields) {
  struct Case {
    const char* name;
    std::string in;
    Rows rows;
  } cases[] = {
      {"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}},
      {"no final newline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
      {"comma in quotes", "x,\"a, b\",y\n", {{"x", "a, b", "y"}}},
      {"doubled quotes", "\"say \"\"hi\"\"\",z\n", {{"say \"hi\"", "z"}}},
      {"newline in quotes", "\"line 1\nline 2\",2\n3,4\n", {{"line 1\nline 2", "2"}, {"3", "4"}}},
      {"CRLF", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},
      {"CRLF inside quotes kept", "\"a\r\nb\",c\r\n", {{"a\r\nb", "c"}}},
      {"empty fields", ",,\n\"\",x,\n", {{"", "", ""}, {"", "x", ""}}},
      {"blank line skipped", "a\n\nb\n", {{"a"}, {"b"}}},
      {"byte order mark", "\xEF\xBB\xBFnotes,x\n", {{"notes", "x"}}},
      {"UTF-8 untouched", "Nari\xC3\xB1o,\"\xE2\x80\x9Cq\xE2\x80\x9D\"\n", {{"Nari\xC3\xB1o", "\xE2\x80\x9Cq\xE2\x80\x9D"}}},
  };
  for (const Case& c : cases) {
    Result<std::vector<CsvRow>> r = parse_csv(c.in, "f.csv");
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.error();
    EXPECT_EQ(fields(r), c.rows) << c.name;
  }
}

TEST(EvalCsv, RowsKnowTheirFirstLine) {
  Result<std::vector<CsvRow>> r = parse_csv("h\n\"a\nb\nc\"\nd\n", "f.csv");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ(r.value()[1].line, 2);
  EXPECT_EQ(r.value()[2].line, 5);
}

TEST(EvalCsv, ErrorsNameTheLine) {
  struct Case {
    std::string in;
    std::string error;
  } cases[] = {
      {"a,b\n1,\"open\n2,3\n", "f.csv:2: quoted field opened here never closes"},
      {"a,b\nx\"y,2\n", "f.csv:2: quote inside an unquoted field"},
      {"a,b\n\"q\"x,2\n", "f.csv:2: text after a closing quote"},
  };
  for (const Case& c : cases) {
    Result<std::vector<CsvRow>> r = parse_csv(c.in, "f.csv");
    ASSERT_FALSE(r.ok()) << c.in;
    EXPECT_EQ(r.error().rfind(c.error, 0), 0u) << r.error();
  }
}

TEST(EvalCsv, ColumnsByName) {
  std::vector<std::string> header = {"event_date", "Notes", "fatalities"};
  EXPECT_EQ(csv_column(header, "event_date"), 0);
  EXPECT_EQ(csv_column(header, "notes"), 1);
  EXPECT_EQ(csv_column(header, "admin1"), -1);
}

}  // namespace
}  // namespace sitrep::eval
