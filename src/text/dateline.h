// Wire datelines at a document's start -> the dateline layer:
//   "BAGHDAD, Sept. 5 (Reuters) -", "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --",
//   "BEIRUT (AP) —", "Mosul, Iraq —", and MUC-style "[REPORT] [SOURCE] [TEXT]" headers.
// The place and date tokens are resolved later by the places and dates stages.
#pragma once

#include "text/document.h"

namespace sitrep {

void find_dateline(Document* doc);

}  // namespace sitrep
