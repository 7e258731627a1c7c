#!/usr/bin/env bash
# Fails when the collections' schema differs from what src/migrations creates: someone changed a
# field without running `npm run migrate:create`. Uses a throwaway embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(ls src/migrations)
npx tsx scripts/with-db.ts --ephemeral --no-seed -- npx payload migrate:create schema_drift --skip-empty </dev/null
after=$(ls src/migrations)
if [ "$before" != "$after" ]; then
  echo "The schema has changes that no migration creates. Run: npm run migrate:create -- <name>" >&2
  git checkout -- src/migrations/index.ts 2>/dev/null || true
  comm -13 <(echo "$before") <(echo "$after") | sed 's#^#src/migrations/#' | xargs rm -f
  exit 1
fi
echo "Migrations match the schema."
