/**
 * npm run backup — a timestamped backup in BACKUP_DIR (default .data/backups): the database, and the
 * uploads in MEDIA_DIR (default .data/media) as a tar.gz beside it. Then backups older than
 * BACKUP_RETENTION_DAYS (default 30) are deleted; the newest is always kept. DATABASE_URI, or the
 * embedded database.
 */
import path from 'node:path'

import { backupDir } from '../src/infrastructure/ops/backupFiles'
import { backupDatabase } from './backup/index'
import { databaseTarget } from './backup/target'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: defaults apply
}

async function main() {
  const retentionDays = Number(process.env.BACKUP_RETENTION_DAYS ?? 30)
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error('BACKUP_RETENTION_DAYS must be a number of days, at least 1')
  const target = await databaseTarget()
  try {
    const dir = backupDir()
    const mediaDir = path.resolve(process.env.MEDIA_DIR ?? '.data/media')
    const result = await backupDatabase({ uri: target.uri, dir, mediaDir, retentionDays })
    if (result.note) console.warn(`[backup] ${result.note}: writing the portable format instead of pg_dump -Fc`)
    console.log(`[backup] ${result.file} (${result.format}, ${(result.bytes / 1024).toFixed(0)} KiB) in ${result.ms} ms`)
    if (result.media) console.log(`[backup] ${result.media.file} (uploads, ${(result.media.bytes / 1024).toFixed(0)} KiB)`)
    else console.warn(`[backup] no uploads directory at ${mediaDir}: the backup holds the database only`)
    for (const name of result.deleted) console.log(`[backup] deleted ${name} (older than ${retentionDays} days)`)
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
