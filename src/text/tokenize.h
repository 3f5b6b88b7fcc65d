// Tokeniser: Document bytes -> the tokens layer (and the norm_pool of matching forms).
// Also validates UTF-8 on the way: invalid bytes become separators and the first bad
// offset is recorded (SPEC section 2: processed with a warning, offsets kept).
#pragma once

#include "text/document.h"

namespace sitrep {

void tokenize(Document* doc);

}  // namespace sitrep
