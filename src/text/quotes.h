// Quotations: pairs of quote marks -> the quotes layer (sorted, non-overlapping).
// Curly marks say which side they are; straight ones alternate. A quote still open at a
// paragraph break continues when the next paragraph opens with a quote mark (the news
// convention for multi-paragraph quotes), and is closed otherwise.
#pragma once

#include "text/document.h"

namespace sitrep {

void find_quotes(Document* doc);

}  // namespace sitrep
