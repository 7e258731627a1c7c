#!/usr/bin/env bash
# The integration suite: Payload on a throwaway embedded Postgres, plus a Redis server binary for the
# shared rate-limit tests and a PostgreSQL with pg_dump for the restore tests (found, or installed
# through apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-prerequisites.sh
need_redis
need_postgres
npx vitest run --project int "$@"
