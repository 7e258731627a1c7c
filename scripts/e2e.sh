#!/usr/bin/env bash
# Builds the app as production would, then runs the Playwright suite against it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser the machine has (CHROMIUM_PATH, Debian's chromium, Google Chrome), else Debian's chromium.
source scripts/test-prerequisites.sh
need_browser
export NEXT_TELEMETRY_DISABLED=1
PAYLOAD_SECRET="${PAYLOAD_SECRET:-e2e-secret}" npx next build
npx playwright test "$@"
