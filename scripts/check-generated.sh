#!/usr/bin/env bash
# Fails when the admin's import map or the generated types are stale: a custom admin component or
# a field was added without `npm run generate:importmap` / `npm run generate:types`. A stale import
# map only shows at runtime, as a blank admin view.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-check-generated}"
npx payload generate:importmap </dev/null >/dev/null
npx payload generate:types </dev/null >/dev/null
if ! git diff --quiet -- 'src/app/(payload)/admin/importMap.js' src/payload-types.ts; then
  git --no-pager diff --stat -- 'src/app/(payload)/admin/importMap.js' src/payload-types.ts >&2
  echo "Generated files are out of date. Run: npm run generate:importmap && npm run generate:types" >&2
  exit 1
fi
echo "Import map and types are up to date."
