// Tests for src/ingest/reader: files written to a temporary directory in, the documents and
// error items read_documents hands out checked against tables of expectations.
#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("sitrep_reader_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    EXPECT_TRUE(out.good()) << p;
    return p.string();
  }

  std::vector<ReadItem> read(const std::string& path, ReadOptions opts = {}, bool* ok = nullptr) {
    std::vector<ReadItem> items;
    const bool opened = read_documents(path, opts, [&](ReadItem&& item) { items.push_back(std::move(item)); });
    if (ok) *ok = opened;
    return items;
  }

  fs::path dir_;
};

// Deterministic pseudo-random bytes, standing in for compressed or executable data.
std::string random_bytes(size_t n, uint32_t seed) {
  std::mt19937 gen(seed);
  std::string s(n, '\0');
  for (char& c : s) c = char(gen() & 0xFF);
  return s;
}

TEST_F(ReaderTest, TextFileIsOneDocumentNamedByItsBaseName) {
  struct Case {
    std::string name, bytes, id, text;
  } cases[] = {
      {"report.txt", "KABUL, Sept. 5 (Reuters) - A bomb exploded.\n", "report.txt",
       "KABUL, Sept. 5 (Reuters) - A bomb exploded.\n"},
      {"noext", "Gunmen attacked a checkpoint.", "noext", "Gunmen attacked a checkpoint."},
      {"wire.v2.TXT", "line one\r\nline two\r\n", "wire.v2.TXT", "line one\r\nline two\r\n"},
      // The byte order mark is an encoding mark, not text.
      {"bom.txt", "\xEF\xBB\xBFShelling in Kharkiv.", "bom.txt", "Shelling in Kharkiv."},
      // Invalid UTF-8 in otherwise good text is kept byte for byte (the pipeline warns).
      {"latin1.txt", "Attentat \xE0 Paris, caf\xE9 d\xE9truit.", "latin1.txt", "Attentat \xE0 Paris, caf\xE9 d\xE9truit."},
      // A text that merely contains braces later on is text.
      {"braces", "Note: {sic}\n{\"not\": \"first\"}", "braces", "Note: {sic}\n{\"not\": \"first\"}"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    bool ok = false;
    auto items = read(write(c.name, c.bytes), {}, &ok);
    EXPECT_TRUE(ok);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].error, "");
    EXPECT_EQ(items[0].doc.id, c.id);
    EXPECT_EQ(items[0].doc.text, c.text);
    EXPECT_EQ(items[0].offset, 0u);
    EXPECT_EQ(items[0].doc.date, "");
  }
}

TEST_F(ReaderTest, InvalidUtf8InFileNameBecomesReplacementCharacter) {
  auto items = read(write("bad\xFFname.txt", "A car bomb exploded."));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].doc.id, "bad\xEF\xBF\xBDname.txt");
}

TEST_F(ReaderTest, FormatDetection) {
  const std::string two_lines = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n";
  struct Case {
    std::string name, bytes;
    InputFormat format;
    size_t documents;
    std::string first_id;
  } cases[] = {
      {"feed.jsonl", two_lines, InputFormat::kAuto, 2, "a"},
      {"feed.NDJSON", two_lines, InputFormat::kAuto, 2, "a"},
      {"feed", "\n  \n\t" + two_lines, InputFormat::kAuto, 2, "a"},  // first non-blank byte is {
      {"feed.json", "\xEF\xBB\xBF" + two_lines, InputFormat::kAuto, 2, "a"},
      {"feed.txt", two_lines, InputFormat::kText, 1, "feed.txt"},  // --format text wins
      {"feed2.jsonl", two_lines, InputFormat::kText, 1, "feed2.jsonl"},
      {"story.txt", "A bomb exploded.", InputFormat::kAuto, 1, "story.txt"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    ReadOptions opts;
    opts.format = c.format;
    auto items = read(write(c.name, c.bytes), opts);
    ASSERT_EQ(items.size(), c.documents);
    EXPECT_EQ(items[0].error, "");
    EXPECT_EQ(items[0].doc.id, c.first_id);
  }
  // --format jsonl on a text file: each line must then be JSON.
  ReadOptions jsonl;
  jsonl.format = InputFormat::kJsonl;
  auto items = read(write("plain.txt", "A bomb exploded.\n"), jsonl);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].doc.id, "plain.txt:1");
  EXPECT_EQ(items[0].error.rfind("line 1: invalid JSON", 0), 0u) << items[0].error;
}

TEST_F(ReaderTest, JsonlFieldsAndPublishedFallback) {
  const std::string line1 =
      R"({"id":"afp-1","text":"Two killed.","date":"2025-03-14","title":"Blast","source":"AFP",)"
      R"("url":"https://example.org/a","lang":"en","extra":{"ignored":true}})";
  const std::string line2 = R"({"id":"gdelt-2","text":"Rockets fell.","published":"2025-03-14 20:30:26Z"})";
  const std::string line3 = R"({"id":"x3","text":"Shots fired.","date":"2024-01-02","published":"2025-03-14"})";
  const std::string line4 = R"({"id":"x4","text":"Clashes.","date":null,"published":"2023-07-08T10:00:00+03:00"})";
  const std::string line5 = R"({"id":"x5","text":"Riot.","title":7,"date":20240101})";  // wrong types ignored
  auto items = read(write("news.jsonl", line1 + "\n" + line2 + "\n" + line3 + "\n" + line4 + "\n" + line5 + "\n"));
  ASSERT_EQ(items.size(), 5u);
  for (const auto& item : items) EXPECT_EQ(item.error, "") << item.doc.id;
  const DocumentInput& a = items[0].doc;
  EXPECT_EQ(a.id, "afp-1");
  EXPECT_EQ(a.text, "Two killed.");
  EXPECT_EQ(a.date, "2025-03-14");
  EXPECT_EQ(a.title, "Blast");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(items[1].doc.date, "2025-03-14 20:30:26Z");
  EXPECT_EQ(items[2].doc.date, "2024-01-02");  // date wins over published
  EXPECT_EQ(items[3].doc.date, "2023-07-08T10:00:00+03:00");
  EXPECT_EQ(items[4].doc.title, "");
  EXPECT_EQ(items[4].doc.date, "");
  // Offsets: where each line starts.
  EXPECT_EQ(items[0].offset, 0u);
  EXPECT_EQ(items[1].offset, line1.size() + 1);
  EXPECT_EQ(items[2].offset, line1.size() + line2.size() + 2);
}

// The reader's fast path for plain objects must give exactly what nlohmann gives, and
// leave every other line (and every malformed one) to nlohmann's messages.
TEST_F(ReaderTest, JsonlLinesReadAsNlohmannReadsThem) {
  const std::vector<std::string> lines = {
      R"({"id": "ap-1", "text": "He said \"no\" \\ then left.\nNew para\tend\/"})",
      R"({"id":"r2","text":"Caf\u00e9 bomb in Kab\u016Bl, \u2019quoted\u2019 \u0041"})",
      R"({"id":"r3","text":"Emoji \ud83d\ude00 pair"})",
      R"({"id":"r4","text":"lone \udc00 low"})",
      R"({"id":"r5","text":"first","text":"MOGADISHU, 1993 -- second wins"})",
      R"({"id":"r6","text":"Bus attack.","flag":true,"other":false,"n":null})",
      "{\"id\":\"r7\",\"text\":\"Bombing in K\xC4\x81" "bul.\"}\r",
      "{\"id\":\"r8\",\"text\":\"bad \xC3\x28 byte\"}",
      "{\"id\":\"r9\",\"text\":\"raw\ttab\"}",
      R"({"id":"r10","text":"truncated)",
      R"({"id":"r11","text":"x"} trailing)",
      R"({"id":"r12","text":"x",})",
      R"({"id":"r13","text":"bad escape \q"})",
      R"({"id":"r14","text":"short \u12"})",
      R"( { "id" : "r15" , "text" : "Spaced out." } )",
      R"({"id":"r16","text":"nul","n":nul})",
      R"({"id":17,"text":"Numbers go to nlohmann."})",
      R"({"id":"r18","text":"Array.","tags":["a","b"]})",
      R"({})",
  };
  std::string file;
  for (const auto& l : lines) file += l + "\n";
  const auto items = read(write("mixed.jsonl", file));
  ASSERT_EQ(items.size(), lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    SCOPED_TRACE(lines[k]);
    nlohmann::json j;
    bool valid = true;
    try {
      j = nlohmann::json::parse(lines[k]);
    } catch (const nlohmann::json::exception&) {
      valid = false;
    }
    if (!valid) {
      EXPECT_NE(items[k].error.find("invalid JSON"), std::string::npos) << items[k].error;
      continue;
    }
    if (!j.contains("text")) {
      EXPECT_NE(items[k].error.find("no \"text\""), std::string::npos) << items[k].error;
      continue;
    }
    EXPECT_EQ(items[k].error, "");
    EXPECT_EQ(items[k].doc.text, j["text"].get<std::string>());
  }
  EXPECT_EQ(items[4].doc.text, "MOGADISHU, 1993 -- second wins");
  EXPECT_EQ(items[2].doc.text, "Emoji \xF0\x9F\x98\x80 pair");
  EXPECT_EQ(items[16].doc.id, "17");
}

TEST_F(ReaderTest, DatesAreNormalisedSoTheFirstTenBytesAreTheDate) {
  struct Case {
    std::string given, expected;
  } cases[] = {
      {"2025-03-14", "2025-03-14"},
      {"2025-03-14 20:30:26Z", "2025-03-14 20:30:26Z"},
      {"2025-03-14T20:30:26.123+05:30", "2025-03-14T20:30:26.123+05:30"},
      {"  2025-03-14  ", "2025-03-14"},
      {"2025-3-4", "2025-03-04"},
      {"2025/03/14 20:30", "2025-03-14 20:30"},
      {"2025.03.14", "2025-03-14"},
      {"20250314", "2025-03-14"},
      {"20250314T203026Z", "2025-03-14T20:30:26Z"},
      {"Fri, 14 Mar 2025 20:30:26 +0000", "2025-03-14T20:30:26+00:00"},
      {"Fri, 14 Mar 2025 20:30:26 GMT", "2025-03-14T20:30:26Z"},
      {"14 Mar 2025 08:15 EST", "2025-03-14T08:15-05:00"},
      {"14 March 2025", "2025-03-14"},
      {"March 14, 2025", "2025-03-14"},
      {"Sept. 5, 2021", "2021-09-05"},
      {"Friday, March 14, 2025 at 20:30", "2025-03-14T20:30"},
      // Not recognised (or not a real date): kept as given.
      {"yesterday", "yesterday"},
      {"2025-13-40", "2025-13-40"},
      {"14/03/2025", "14/03/2025"},
      {"Mar 2025", "Mar 2025"},
  };
  std::string jsonl;
  for (const Case& c : cases) jsonl += nlohmann::json({{"text", "x"}, {"date", c.given}}).dump() + "\n";
  auto items = read(write("dates.jsonl", jsonl));
  ASSERT_EQ(items.size(), std::size(cases));
  for (size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].error, "");
    EXPECT_EQ(items[i].doc.date, cases[i].expected) << "given " << cases[i].given;
  }
}

TEST_F(ReaderTest, IdsFromNumbersAndFallbacks) {
  struct Case {
    std::string line, id, error;
  } cases[] = {
      {R"({"id":42,"text":"a"})", "42", ""},
      {R"({"id":-7,"text":"a"})", "-7", ""},
      {R"({"id":18446744073709551615,"text":"a"})", "18446744073709551615", ""},
      {R"({"id":12.0,"text":"a"})", "12", ""},
      {R"({"id":1.5,"text":"a"})", "1.5", ""},
      {R"({"id":"Kābul-1","text":"a"})", "Kābul-1", ""},
      {R"({"text":"a"})", "ids.jsonl:7", ""},
      {R"({"id":null,"text":"a"})", "ids.jsonl:8", ""},
      {R"({"id":"","text":"a"})", "ids.jsonl:9", ""},
      {R"({"id":true,"text":"a"})", "ids.jsonl:10", "line 10: \"id\" is boolean, not a string or a number"},
      {R"({"id":["x"],"text":"a"})", "ids.jsonl:11", "line 11: \"id\" is array, not a string or a number"},
  };
  std::string jsonl;
  for (const Case& c : cases) jsonl += c.line + "\n";
  auto items = read(write("ids.jsonl", jsonl));
  ASSERT_EQ(items.size(), std::size(cases));
  for (size_t i = 0; i < items.size(); ++i) {
    SCOPED_TRACE(cases[i].line);
    EXPECT_EQ(items[i].doc.id, cases[i].id);
    EXPECT_EQ(items[i].error, cases[i].error);
  }
}

TEST_F(ReaderTest, BlankLinesAreSkippedAndStillCounted) {
  const std::string jsonl =
      "\n"                        // line 1
      "{\"text\":\"first\"}\r\n"  // line 2, CRLF
      "   \t \r\n"                // line 3
      "\n"                        // line 4
      "{\"text\":\"second\"}";    // line 5, no final newline
  auto items = read(write("blank.jsonl", jsonl));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].doc.id, "blank.jsonl:2");
  EXPECT_EQ(items[0].doc.text, "first");
  EXPECT_EQ(items[0].offset, 1u);
  EXPECT_EQ(items[1].doc.id, "blank.jsonl:5");
  EXPECT_EQ(items[1].doc.text, "second");
  EXPECT_EQ(items[1].offset, jsonl.find("{\"text\":\"second"));
}

TEST_F(ReaderTest, EmptyJsonlFileHasNoDocuments) {
  bool ok = false;
  EXPECT_TRUE(read(write("empty.jsonl", ""), {}, &ok).empty());
  EXPECT_TRUE(ok);
  EXPECT_TRUE(read(write("blank.jsonl", "\n\n  \n")).empty());
}

TEST_F(ReaderTest, InvalidLineInTheMiddleDoesNotStopReading) {
  const std::string line1 = R"({"id":"a","text":"first"})";
  const std::string line2 = R"({"id":"b","text":"broken)";
  const std::string line3 = R"({"id":"c","text":"third"})";
  auto items = read(write("mixed.jsonl", line1 + "\n" + line2 + "\n" + line3 + "\n"));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].error, "");
  EXPECT_EQ(items[0].doc.id, "a");
  EXPECT_EQ(items[1].error.rfind("line 2: invalid JSON at column ", 0), 0u) << items[1].error;
  EXPECT_EQ(items[1].doc.id, "mixed.jsonl:2");
  EXPECT_EQ(items[1].offset, line1.size() + 1);
  EXPECT_EQ(items[2].error, "");
  EXPECT_EQ(items[2].doc.id, "c");
  EXPECT_EQ(items[2].doc.text, "third");
}

TEST_F(ReaderTest, BadJsonLinesAreErrors) {
  struct Case {
    std::string line, error;  // error: expected prefix
  } cases[] = {
      {"{\"id\":\"u1\",\"text\":\"caf\xE9\"}", "line 1: invalid JSON at column 24: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
      {"{\"text\":\"\xC0\x80\"}", "line 1: invalid JSON at column 10: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
      {"{\"text\":\"\xED\xA0\x80\"}", "line 1: invalid JSON at column 11: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
      {"{\"text\":\"\\ud800\"}", "line 1: invalid JSON at column 16: syntax error while parsing value - invalid string: surrogate"},
      {"{\"text\":\"a\tb\"}", "line 1: invalid JSON at column 11: syntax error while parsing value - invalid string: control character"},
      {"{\"text\":\"ok\"} trailing", "line 1: invalid JSON at column"},
      {"{\"text\":\"ok\",}", "line 1: invalid JSON at column"},
      {"{\"text\":NaN}", "line 1: invalid JSON at column"},
      {"{\"text\":\"ok\",\"n\":1e999}", "line 1: invalid JSON: number overflow parsing '1e999'"},
      {"[\"text\"]", "line 1: not a JSON object but array"},
      {"\"text\"", "line 1: not a JSON object but string"},
      {"{\"id\":\"t1\"}", "line 1: no \"text\" field"},
      {"{\"id\":\"t1\",\"text\":null}", "line 1: no \"text\" field"},
      {"{\"id\":\"t1\",\"text\":5}", "line 1: \"text\" is number, not a string"},
      {"{\"id\":\"t1\",\"text\":\"\"}", "line 1: empty document"},
      {"{\"id\":\"t1\",\"text\":\" \\n\\t \"}", "line 1: empty document"},
      {"{\"id\":\"t1\",\"text\":\"\\u0000\\u0001\\u0002\\u0003 a\"}", "line 1: binary data, not text"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    auto items = read(write("bad.jsonl", c.line + "\n"));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].error.substr(0, c.error.size()), c.error) << items[0].error;
    EXPECT_EQ(items[0].offset, 0u);
    // Whatever the line held, the error record is valid UTF-8 JSON.
    EXPECT_NO_THROW(nlohmann::json::parse(error_line(items[0].doc.id, items[0].error, items[0].offset)));
  }
}

TEST_F(ReaderTest, ErrorMessagesDoNotQuoteHugeInput) {
  const std::string line = "{\"text\":\"" + std::string(1 << 20, 'a') + "\xFF\"}";
  auto items = read(write("huge.jsonl", line));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_LT(items[0].error.size(), 300u);
}

TEST_F(ReaderTest, EmptyTextFilesAreErrors) {
  for (const std::string& bytes : {std::string(), std::string(" \n\t\r\n\f "), std::string("\xEF\xBB\xBF\n")}) {
    auto items = read(write("empty.txt", bytes));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].error, "empty document");
    EXPECT_EQ(items[0].doc.id, "empty.txt");
  }
}

TEST_F(ReaderTest, BinaryDataIsAnError) {
  std::string nul_heavy;
  for (int i = 0; i < 1000; ++i) nul_heavy += std::string("word\0\0", 6);
  std::string latin1;  // ~21% invalid UTF-8 bytes (Latin-1 read as UTF-8): text, not binary
  for (int i = 0; i < 1000; ++i) latin1 += "caf\xE9 r\xE9sum\xE9 ";
  std::string mostly_bad;  // 40% invalid bytes, no control bytes
  for (int i = 0; i < 1000; ++i) mostly_bad += "ab\xFF\xFEz";
  std::string text_then_binary = std::string(70 << 10, 'x') + random_bytes(1 << 20, 3);  // only the head is judged
  struct Case {
    std::string name, bytes, error;
  } cases[] = {
      {"random.bin", random_bytes(200000, 1), "binary data, not text"},
      {"story.txt.gz", "\x1F\x8B\x08\x00" + random_bytes(5000, 2), "binary data, not text (gzip-compressed; decompress it first)"},
      {"nul.txt", nul_heavy, "binary data, not text"},
      {"utf16.txt", std::string("\xFF\xFEh\0i\0", 6), "binary data, not text (UTF-16; convert it to UTF-8)"},
      {"bad.txt", mostly_bad, "binary data, not text"},
      {"latin1.txt", latin1, ""},
      {"head.txt", text_then_binary, ""},
      // Binary data named .jsonl: one error for the file, not one per "line".
      {"feed.jsonl", random_bytes(300000, 4), "binary data, not text"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto items = read(write(c.name, c.bytes));
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].error, c.error);
    EXPECT_EQ(items[0].doc.id, c.name);
    if (c.error.empty()) {
      EXPECT_EQ(items[0].doc.text.size(), c.bytes.size());
    }
  }
}

TEST_F(ReaderTest, MaxDocBytesForATextFile) {
  const uint64_t size = 50ull << 20;
  const std::string path = (dir_ / "big.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    const std::string block = "Gunmen attacked a police post in the north. Two officers were killed.\n";
    for (uint64_t written = 0; written < size; written += block.size())
      out.write(block.data(), std::streamsize(std::min<uint64_t>(block.size(), size - written)));
  }
  ASSERT_EQ(fs::file_size(path), size);

  ReadOptions roomy;  // the default, 64 MB
  auto items = read(path, roomy);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, "");
  EXPECT_EQ(items[0].doc.text.size(), size);
  EXPECT_EQ(items[0].doc.text.substr(0, 6), "Gunmen");
  items.clear();

  ReadOptions tight;
  tight.max_doc_bytes = 10ull << 20;
  items = read(path, tight);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, "document of 52428800 bytes exceeds --max-doc-bytes 10485760");
  EXPECT_EQ(items[0].doc.id, "big.txt");
  EXPECT_TRUE(items[0].doc.text.empty());

  // Exactly at the limit is allowed.
  ReadOptions exact;
  exact.max_doc_bytes = size;
  items = read(path, exact);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, "");
}

TEST_F(ReaderTest, JsonlLineOverTheLimitIsSkipped) {
  // The long line spans several read chunks; the limit is counted in bytes of the line.
  const std::string line1 = R"({"id":"a","text":"short"})";
  const std::string line2 = R"({"id":"big","text":")" + std::string(300000, 'x') + R"("})";
  const std::string line3 = R"({"id":"c","text":"after"})";
  ReadOptions opts;
  opts.max_doc_bytes = 100000;
  auto items = read(write("long.jsonl", line1 + "\n" + line2 + "\n" + line3 + "\n"), opts);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].doc.id, "a");
  EXPECT_EQ(items[1].error, "line 2: document of " + std::to_string(line2.size()) + " bytes exceeds --max-doc-bytes 100000");
  EXPECT_EQ(items[1].doc.id, "long.jsonl:2");
  EXPECT_EQ(items[1].offset, line1.size() + 1);
  EXPECT_EQ(items[2].error, "");
  EXPECT_EQ(items[2].doc.id, "c");
  EXPECT_EQ(items[2].doc.text, "after");
  EXPECT_EQ(items[2].offset, line1.size() + line2.size() + 2);

  // A line of exactly the limit is read; the last line (no newline) is checked too.
  opts.max_doc_bytes = line1.size();
  items = read(write("edge.jsonl", line1 + "\n" + line1 + "x"), opts);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, "");
  EXPECT_EQ(items[1].error, "line 2: document of " + std::to_string(line1.size() + 1) + " bytes exceeds --max-doc-bytes " +
                                std::to_string(line1.size()));
}

TEST_F(ReaderTest, UnreadableInputs) {
  struct Case {
    std::string path, error;
  } cases[] = {
      {(dir_ / "missing.txt").string(), "cannot open: No such file or directory"},
      {dir_.string(), "cannot open: Is a directory"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    bool ok = true;
    auto items = read(c.path, {}, &ok);
    EXPECT_FALSE(ok);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].doc.id, c.path);
    EXPECT_EQ(items[0].error, c.error);
  }
}

TEST_F(ReaderTest, FileWithoutReadPermission) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  const std::string path = write("secret.txt", "text");
  fs::permissions(path, fs::perms::none);
  bool ok = true;
  auto items = read(path, {}, &ok);
  EXPECT_FALSE(ok);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, "cannot open: Permission denied");
}

TEST(ErrorLine, IsOneLineOfJsonWithEscapedValidUtf8) {
  struct Case {
    std::string doc, message;
    uint64_t offset;
    std::string expected;
  } cases[] = {
      {"a.txt", "empty document", 0, R"({"doc":"a.txt","error":"empty document","offset":0})"},
      {"q\"uote\nnl", "tab\there", 12345678901ull, R"({"doc":"q\"uote\nnl","error":"tab\there","offset":12345678901})"},
      {"bad\xFF.txt", "line 3: x", 7, "{\"doc\":\"bad\xEF\xBF\xBD.txt\",\"error\":\"line 3: x\",\"offset\":7}"},
      {"Kābul", "ok", 1, "{\"doc\":\"Kābul\",\"error\":\"ok\",\"offset\":1}"},
  };
  for (const Case& c : cases) EXPECT_EQ(error_line(c.doc, c.message, c.offset), c.expected);
  EXPECT_EQ(warning_line("d", "invalid UTF-8 at byte 4", 4),
            R"({"doc":"d","warning":"invalid UTF-8 at byte 4","offset":4})");
}

}  // namespace
}  // namespace sitrep
