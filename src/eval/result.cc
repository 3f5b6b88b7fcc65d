// File reading and error location helpers shared by the gold and prediction readers.
#include "eval/result.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace sitrep::eval {

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<std::string>::failure(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Result<std::string>::failure(path + ": read error");
  return buffer.str();
}

int line_of_offset(std::string_view content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<int>(std::count(content.begin(), content.begin() + offset, '\n'));
}

std::string located(std::string_view file, int line, std::string_view message) {
  std::string out(file);
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  out += message;
  return out;
}

}  // namespace sitrep::eval
