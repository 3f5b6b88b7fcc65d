#!/usr/bin/env bash
# Set-up command 2: run the whole test suite (unit tables, golden files, schema, CLI).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
cd build && ctest --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
