/**
 * npm run backup — a timestamped backup of the database in BACKUP_DIR (default .data/backups),
 * keeping the newest BACKUP_KEEP (default 14). DATABASE_URI, or the embedded database.
 */
import path from 'node:path'

import { backupDatabase } from './backup/index'
import { databaseTarget } from './backup/target'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: defaults apply
}

async function main() {
  const target = await databaseTarget()
  try {
    const dir = path.resolve(process.env.BACKUP_DIR ?? '.data/backups')
    const keep = Number(process.env.BACKUP_KEEP ?? 14)
    if (!Number.isInteger(keep) || keep < 1) throw new Error('BACKUP_KEEP must be a whole number of backups, at least 1')
    const result = await backupDatabase({ uri: target.uri, dir, keep })
    if (result.note) console.warn(`[backup] ${result.note}: writing the portable format instead of pg_dump -Fc`)
    console.log(`[backup] ${result.file} (${result.format}, ${(result.bytes / 1024).toFixed(0)} KiB) in ${result.ms} ms`)
  } finally {
    await target.release()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
