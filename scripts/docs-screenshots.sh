#!/usr/bin/env bash
# npm run docs:screenshots — regenerates every image of the user guide (docs/guide/*/images) from the
# seeded demo: builds the app when there is no build yet (or DOCS_BUILD=1), then runs
# scripts/docs/screenshots.spec.ts through the e2e harness on a free port with a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-prerequisites.sh
need_browser
export NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-docs-screenshots}"
if [[ ! -f .next/BUILD_ID || "${DOCS_BUILD:-0}" == "1" ]]; then npx next build; fi
# Its own port (and the two after it, for the Stripe and OpenID stand-ins), so a dev server keeps running.
export E2E_PORT="${E2E_PORT:-$(node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })")}"
npx playwright test --config scripts/docs/playwright.config.ts
du -ch docs/guide/*/images/* | tail -1
