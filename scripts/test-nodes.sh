#!/usr/bin/env bash
# The two-node suite: two production app processes (scripts/server.mjs) on one embedded Postgres and one
# redis-server, no Docker. It reuses the build the e2e suite made (.next) and builds only when there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-prerequisites.sh
need_redis
export NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-e2e-secret}"
if [ ! -f .next/BUILD_ID ]; then
  npx next build
fi
npx vitest run --project nodes "$@"
