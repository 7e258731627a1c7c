#!/usr/bin/env bash
# Builds the app as production would, then runs the Playwright suite against it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
export NEXT_TELEMETRY_DISABLED=1
PAYLOAD_SECRET="${PAYLOAD_SECRET:-e2e-secret}" npx next build
npx playwright test "$@"
