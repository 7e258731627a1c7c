import { readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * The names `npm run backup` gives its files, read back by the retention, the restore and
 * /api/metrics (the age of the newest backup). One backup is a database file
 * (`techplus-<stamp>.dump` from pg_dump, or the portable `.jsonl.gz`) and, beside it with the same
 * stamp, the uploads (`techplus-<stamp>.media.tar.gz`).
 */
export type BackupPart = 'dump' | 'portable' | 'media'

const EXTENSIONS: Record<BackupPart, string> = { dump: 'dump', portable: 'jsonl.gz', media: 'media.tar.gz' }
const NAME = /^techplus-(\d{8}T\d{6}Z)\.(dump|jsonl\.gz|media\.tar\.gz)$/

/** Where backups go: BACKUP_DIR, else .data/backups beside the app. */
export const backupDir = (env: Record<string, string | undefined> = process.env) => path.resolve(env.BACKUP_DIR ?? '.data/backups')

/** 2026-11-27T03:04:05.678Z → 20261127T030405Z: sorts by time, no characters a shell or Windows dislikes. */
export function backupStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

export function backupFileName(stamp: string, part: BackupPart): string {
  return `techplus-${stamp}.${EXTENSIONS[part]}`
}

/** What a file in the backup directory is, or null for anything else (a partial write, a note). */
export function parseBackupName(name: string): { stamp: string; at: Date; part: BackupPart } | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, stamp, extension] = match as unknown as [string, string, string]
  const part = (Object.keys(EXTENSIONS) as BackupPart[]).find((key) => EXTENSIONS[key] === extension)!
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`
  return { stamp, at: new Date(iso), part }
}

/** The backup files in `dir` (none when it does not exist), oldest first. */
export async function listBackupFiles(dir: string): Promise<Array<{ name: string; stamp: string; at: Date; part: BackupPart }>> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name)
      return parsed ? [{ name, ...parsed }] : []
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Seconds since the newest backup of the database was taken (by the time in its name), or
 * Infinity when there is none: "no backup" must alert like "a backup too old".
 */
export async function newestBackupAgeSeconds(dir: string, now: Date = new Date()): Promise<number> {
  const databases = (await listBackupFiles(dir)).filter((file) => file.part !== 'media')
  const newest = databases.at(-1)
  return newest ? Math.max(0, (now.getTime() - newest.at.getTime()) / 1000) : Infinity
}
