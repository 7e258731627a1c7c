#!/usr/bin/env bash
# npm run bench: Lighthouse and the day-view bench drive Chromium, found or installed the way the
# tests get theirs (scripts/test-prerequisites.sh), then bench/run.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-prerequisites.sh
need_browser
exec npx tsx bench/run.ts "$@"
