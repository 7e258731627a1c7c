/**
 * npm run restore -- <file> — replaces the database's content with a backup (pg_restore --clean
 * --if-exists --single-transaction for pg_dump's custom format; the portable .jsonl.gz format
 * otherwise), and the uploads in MEDIA_DIR with the backup's .media.tar.gz when it has one. The
 * files are checked before the database is touched and the replacement is one transaction: a
 * restore that fails says why in one sentence, exits 1 and leaves the database (and the uploads) as
 * they were. Stop the app first.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { restoreBackup } from './backup/index'
import { databaseTarget } from './backup/target'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: defaults apply
}

async function main() {
  const file = process.argv[2]
  if (!file || !existsSync(file)) throw new Error('Usage: npm run restore -- <backup file> (a .dump or .jsonl.gz from npm run backup; its .media.tar.gz beside it is found by name)')
  const target = await databaseTarget()
  try {
    const mediaDir = path.resolve(process.env.MEDIA_DIR ?? '.data/media')
    const { ms, media } = await restoreBackup({ uri: target.uri, file: path.resolve(file), mediaDir })
    console.log(`[restore] ${file} restored in ${ms} ms`)
    console.log(media === 'restored' ? `[restore] uploads restored into ${mediaDir}` : `[restore] no uploads archive beside it: ${mediaDir} left as it was`)
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
