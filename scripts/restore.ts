/**
 * npm run restore -- <file> — replaces the database's content with a backup (pg_restore --clean
 * --if-exists --single-transaction for pg_dump's custom format; the portable .jsonl.gz format
 * otherwise). The file is checked before the database is touched and the replacement is one
 * transaction: a restore that fails says why in one sentence, exits 1 and leaves the database as it was.
 * Stop the app first.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { restoreDatabase } from './backup/index'
import { databaseTarget } from './backup/target'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: defaults apply
}

async function main() {
  const file = process.argv[2]
  if (!file || !existsSync(file)) throw new Error('Usage: npm run restore -- <backup file> (a .dump or .jsonl.gz from npm run backup)')
  const target = await databaseTarget()
  try {
    const { ms } = await restoreDatabase({ uri: target.uri, file: path.resolve(file) })
    console.log(`[restore] ${file} restored in ${ms} ms`)
  } finally {
    await target.release()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[restore] failed: ${message}${/[.!?]$/.test(message) ? '' : '.'}`)
    process.exit(1)
  },
)
