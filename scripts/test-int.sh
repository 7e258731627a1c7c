#!/usr/bin/env bash
# The integration suite: Payload on a throwaway embedded Postgres, plus a Redis server binary for the
# shared rate-limit tests, a PostgreSQL with pg_dump for the restore tests and promtool for the alert
# rules (found, or installed through apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-prerequisites.sh
need_redis
need_postgres
need_promtool
npx vitest run --project int "$@"
