// The evaluator's edge type: a value or an error message that already names the file and
// line, so `run` can print it as is. Readers of gold and prediction files return these;
// nothing under src/eval/ lets an exception escape.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sitrep::eval {

template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose, like simdjson_result
  static Result failure(std::string message) {
    Result r;
    r.error_ = std::move(message);
    return r;
  }
  bool ok() const { return value_.has_value(); }
  const std::string& error() const { return error_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Result() = default;
  std::optional<T> value_;
  std::string error_;
};

// Reads a whole file. The error names the path.
Result<std::string> read_text_file(const std::string& path);

// 1-based line number of byte `offset` in `content` (for JSON parse errors, which give bytes).
int line_of_offset(std::string_view content, size_t offset);

// "FILE:LINE: message" (LINE omitted when 0).
std::string located(std::string_view file, int line, std::string_view message);

}  // namespace sitrep::eval
