import { createReadStream, createWriteStream } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip, createGzip } from 'node:zlib'

import pg from 'pg'

import { MIGRATION_LOCK } from '../../src/utilities/runMigrations'
import { RestoreError } from './errors'

/**
 * A logical backup for when no pg_dump matches the server (the embedded PostgreSQL 18 ships none,
 * and Debian 12's client is 15). Gzipped JSON lines: a header, then each table's rows, then the
 * sequences. The schema is not in the file: it is this app's migrations, which the restore runs
 * first, so a portable backup restores with the code version that wrote it (the header lists its
 * migrations and the restore refuses a mismatch).
 *
 * A restore never leaves the database half-replaced: the whole file is read and checked first
 * (gzip intact, every line parsed, header, structure, the closing sequences line, migrations equal
 * to this release's) without touching the database; the new schema is built beside the live one,
 * and the switch to it happens in the transaction that loads the rows (restorePortableBackup).
 */
const FORMAT = 'techplus-portable'
const BATCH = 500

type Line =
  | { format: typeof FORMAT; version: 1; createdAt: string; serverVersion: string; migrations: string[] }
  | { table: string }
  | { rows: string[] }
  | { sequences: Array<{ name: string; value: string; called: boolean }> }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  return rows.map((r) => r.name)
}

export async function writePortableBackup(uri: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    // One snapshot for every table, as pg_dump takes.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const header = await client.query<{ v: string }>('SHOW server_version')
    const migrations = await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
    const tables = await publicTables(client)
    async function* lines(): AsyncGenerator<string> {
      const emit = (line: Line) => JSON.stringify(line) + '\n'
      yield emit({ format: FORMAT, version: 1, createdAt: new Date().toISOString(), serverVersion: header.rows[0]!.v, migrations: migrations.rows.map((r) => r.name) })
      for (const table of tables) {
        yield emit({ table })
        await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(table)} t`)
        for (;;) {
          const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM rows_cursor`)
          if (!rows.length) break
          yield emit({ rows: rows.map((r) => r.j) })
        }
        await client.query('CLOSE rows_cursor')
      }
      const sequences = await client.query<{ name: string; value: string; called: boolean }>(
        `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS value, last_value IS NOT NULL AS called
           FROM pg_sequences WHERE schemaname = 'public'`,
      )
      yield emit({ sequences: sequences.rows.filter((s) => s.value !== null) })
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file))
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
}

/** The magic bytes of a gzip file: a portable backup starts with them. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
}

type Header = Extract<Line, { format: string }>

interface Numbered {
  line: Line
  /** 1-based, in the decompressed text */
  at: number
}

const UNCHANGED = 'nothing was restored and the database is unchanged'

/** The backup's lines, parsed; a damaged or truncated file throws a RestoreError naming where. */
async function* readBackup(file: string): AsyncGenerator<Numbered> {
  const name = path.basename(file)
  const source = createReadStream(file)
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  const input = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity })
  let at = 0
  try {
    for await (const text of input) {
      at++
      if (!text) continue
      let line: Line
      try {
        line = JSON.parse(text) as Line
      } catch {
        throw new RestoreError(`${name} is damaged (line ${at} is not valid JSON), so ${UNCHANGED}`)
      }
      yield { line, at }
    }
  } catch (error) {
    if (error instanceof RestoreError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new RestoreError(`${name} is damaged or incomplete (${reason} after line ${at}), so ${UNCHANGED}`)
  } finally {
    input.close()
    source.destroy()
  }
}

interface Checked {
  header: Header
  /** rows per table, as the file holds them */
  rows: Map<string, number>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads the whole backup once without a database: a TechPlus header first, then tables and their
 * rows (each a JSON object), and the sequences line last — the writer's final line, so a file cut
 * short anywhere is caught even when what remains decompresses.
 */
export async function checkPortableBackup(file: string): Promise<Checked> {
  const name = path.basename(file)
  const damaged = (at: number, what: string) => new RestoreError(`${name} is damaged (line ${at} ${what}), so ${UNCHANGED}`)
  let header: Header | null = null
  let table: string | null = null
  let ended = false
  const rows = new Map<string, number>()
  for await (const { line: parsed, at } of readBackup(file)) {
    // Checked field by field: the file is input, not yet a Line.
    const line: unknown = parsed
    if (!header) {
      if (!isObject(line) || line.format !== FORMAT) throw new RestoreError(`${name} is not a TechPlus backup (no portable-backup header), so ${UNCHANGED}`)
      if (line.version !== 1 || !Array.isArray(line.migrations) || !line.migrations.every((m) => typeof m === 'string')) {
        throw new RestoreError(`${name} is a portable backup of a version this release cannot read, so ${UNCHANGED}`)
      }
      header = line as Header
      continue
    }
    if (ended) throw damaged(at, 'follows the closing sequences line')
    if (!isObject(line)) throw damaged(at, 'is not an object')
    if ('table' in line) {
      if (typeof line.table !== 'string' || !line.table) throw damaged(at, 'names no table')
      if (rows.has(line.table)) throw damaged(at, `names table ${line.table} a second time`)
      table = line.table
      rows.set(table, 0)
    } else if ('rows' in line) {
      if (!table) throw damaged(at, 'holds rows before any table')
      if (!Array.isArray(line.rows)) throw damaged(at, 'holds rows that are not a list')
      for (const row of line.rows) {
        let value: unknown = null
        try {
          value = typeof row === 'string' ? JSON.parse(row) : null
        } catch {
          value = null
        }
        if (!isObject(value)) throw damaged(at, `holds a row of ${table} that is not a JSON object`)
      }
      rows.set(table, rows.get(table)! + line.rows.length)
    } else if ('sequences' in line) {
      if (!Array.isArray(line.sequences)) throw damaged(at, 'holds sequences that are not a list')
      ended = true
    } else {
      throw damaged(at, 'is neither a table, rows nor sequences')
    }
  }
  if (!header) throw new RestoreError(`${name} is empty, so ${UNCHANGED}`)
  if (!ended) throw new RestoreError(`${name} is incomplete (it stops before its closing sequences line), so ${UNCHANGED}`)
  return { header, rows }
}

/** Where the restored schema is built, and where the live one goes for the moment of the switch. */
const STAGING = 'techplus_restore_staging'
const OLD = 'techplus_restore_old'

const schemaExists = async (client: pg.Client, schema: string) =>
  (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1

/**
 * Replaces the database's content with the backup's, or changes nothing. Everything that can be
 * checked is checked before the database is touched; then:
 *
 * 1. One transaction builds this release's schema beside the live one, as schema
 *    techplus_restore_staging. The migrations name "public" explicitly, so they run while the live
 *    schema is renamed aside; it gets its name back before the commit, so other sessions never see
 *    it change. This commits on its own because PostgreSQL before 17 refuses, in the transaction
 *    that added it, an enum value made by ALTER TYPE … ADD VALUE.
 * 2. One transaction switches and loads: live public → techplus_restore_old (its extensions, such as
 *    btree_gist, move to the new schema), staging → public, the rows and sequences go in, the row
 *    counts and migrations are checked, the old schema is dropped, commit. Any error rolls all of it
 *    back, and the staging schema is dropped.
 */
export async function restorePortableBackup(uri: string, file: string): Promise<void> {
  const name = path.basename(file)
  const checked = await checkPortableBackup(file)
  const { applyReleaseMigrations, migrationMismatch, releaseMigrations } = await import('./release')
  const mismatch = migrationMismatch(checked.header.migrations)
  if (mismatch) throw new RestoreError(`${name} cannot be restored by this release: ${mismatch}; ${UNCHANGED}`)

  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  // What was being done when it failed, for the one-sentence error.
  let step = 'connecting'
  let staged = false
  try {
    // 1. This release's schema, empty, beside the live one.
    step = 'waiting for the migration lock'
    await client.query('BEGIN')
    // An app starting now would migrate the schema under us: it queues on the same lock.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    step = 'building the schema beside the live one'
    await client.query(`DROP SCHEMA IF EXISTS ${quote(STAGING)} CASCADE; DROP SCHEMA IF EXISTS ${quote(OLD)} CASCADE`)
    const live = await schemaExists(client, 'public')
    if (live) await client.query(`ALTER SCHEMA public RENAME TO ${quote(OLD)}`)
    await client.query('CREATE SCHEMA public')
    await applyReleaseMigrations(client, (migration) => {
      step = `applying migration ${migration} beside the live schema`
    })
    step = 'building the schema beside the live one'
    await client.query(`ALTER SCHEMA public RENAME TO ${quote(STAGING)}`)
    if (live) await client.query(`ALTER SCHEMA ${quote(OLD)} RENAME TO public`)
    await client.query('COMMIT')
    staged = true

    // 2. The switch and the load, together.
    step = 'switching to the new schema'
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    if (await schemaExists(client, 'public')) {
      await client.query(`ALTER SCHEMA public RENAME TO ${quote(OLD)}`)
      const { rows: extensions } = await client.query<{ name: string }>(`SELECT extname AS name FROM pg_extension WHERE extnamespace = $1::regnamespace`, [OLD])
      for (const extension of extensions) await client.query(`ALTER EXTENSION ${quote(extension.name)} SET SCHEMA ${quote(STAGING)}`)
    }
    await client.query(`ALTER SCHEMA ${quote(STAGING)} RENAME TO public`)
    // Rows go in table by table, in any order: foreign keys are not checked while loading
    // (superuser, as the embedded database's user is); the data was consistent when dumped.
    await client.query('SET LOCAL session_replication_role = replica')
    let table: string | null = null
    let columns = ''
    let loaded = 0
    for await (const { line } of readBackup(file)) {
      if ('table' in line) {
        table = line.table
        loaded = 0
        step = `loading table ${table}`
        // Generated columns are computed again, never inserted.
        const { rows } = await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        )
        if (!rows.length) throw new Error(`this release's schema has no table ${table}`)
        columns = rows.map((r) => quote(r.column_name)).join(', ')
      } else if ('rows' in line && table) {
        step = `loading rows ${loaded + 1}–${loaded + line.rows.length} of table ${table}`
        await client.query(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [`[${line.rows.join(',')}]`])
        loaded += line.rows.length
      } else if ('sequences' in line) {
        step = 'setting the sequences'
        for (const s of line.sequences) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [s.name, s.value, s.called])
      }
    }
    // What was loaded is what the file holds, and the schema is this release's.
    step = 'checking what was loaded'
    for (const [tableName, expected] of checked.rows) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(tableName)}`)
      if (Number(rows[0]!.n) !== expected) throw new Error(`table ${tableName} holds ${rows[0]!.n} rows, the backup ${expected}`)
    }
    const applied = (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => r.name)
    if (applied.join('\n') !== releaseMigrations().join('\n')) throw new Error("the restored payload_migrations do not list this release's migrations")
    step = 'dropping the old schema'
    await client.query(`DROP SCHEMA IF EXISTS ${quote(OLD)} CASCADE`)
    step = 'committing'
    await client.query('COMMIT')
    staged = false
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    if (staged) await client.query(`DROP SCHEMA IF EXISTS ${quote(STAGING)} CASCADE`).catch(() => {})
    if (error instanceof RestoreError) throw error
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new RestoreError(
      `Restoring ${name} failed while ${step} (${reason}); the live schema is only replaced in the transaction that loads the rows, and that was rolled back, so the database is unchanged`,
    )
  } finally {
    await client.end().catch(() => {})
  }
}
