// String comparison for scoring: GTT's normalize_string (eval.py) and the word-level
// matches the WikiEvents and ACLED scorers build on it. Pure functions over UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::eval {

// GTT eval.py's normalize_string, step for step:
//   lower() -> remove ASCII punctuation (Python's string.punctuation) -> replace the words
//   a/an/the (regex \b(a|an|the)\b, Unicode word characters) by a space -> split on white
//   space and join with one space.
// Unicode is handled as Python 3 does: letters and numbers (categories L*, N*) and '_' are
// word characters; Python's white-space set splits; lower-casing is Python's (simple
// mappings, U+0130's two-code-point form and the final-sigma rule), from utf8proc's tables.
// Invalid UTF-8 bytes are kept and act as non-word, non-space characters.
std::string gtt_normalize(std::string_view text);

// The words of gtt_normalize(text).
std::vector<std::string> normalized_words(std::string_view text);

// The last word of gtt_normalize(text), or "" (the head of an English noun phrase).
std::string head_word(std::string_view text);

// SPEC section 7 (wikievents): after normalisation, equal last words, or every word of one
// among the words of the other. Empty strings never match.
bool words_match(std::string_view a, std::string_view b);

// Head word against head word; empty strings never match.
bool head_words_match(std::string_view a, std::string_view b);

// Case-folded, accents stripped, punctuation and the generic words of administrative units
// ("province", "department", "governorate", ...) removed: "Nineveh Province" == "nineveh",
// "Nariño" == "Narino". For comparing admin1 names from different gazetteers.
std::string admin_name_key(std::string_view name);

}  // namespace sitrep::eval
