import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip, createGzip } from 'node:zlib'

import pg from 'pg'

/**
 * A logical backup for when no pg_dump matches the server (the embedded PostgreSQL 18 ships none,
 * and Debian 12's client is 15). Gzipped JSON lines: a header, then each table's rows, then the
 * sequences. The schema is not in the file: it is this app's migrations, which the restore runs
 * first, so a portable backup restores with the code version that wrote it (the header lists its
 * migrations and the restore refuses a mismatch).
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

/** Payload's own start-up applies the migrations to the empty schema (tsx src/seed/cli.ts --migrate-only). */
function migrateEmptyDatabase(uri: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/seed/cli.ts', '--migrate-only'], {
      env: { ...process.env, DATABASE_URI: uri, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrations exited with ${code}`))))
  })
}

export async function restorePortableBackup(uri: string, file: string): Promise<void> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  const iterator = input[Symbol.asyncIterator]()
  const first = await iterator.next()
  const header = first.done ? null : (JSON.parse(first.value) as Line)
  if (!header || !('format' in header) || header.format !== FORMAT) throw new Error(`${file} is not a TechPlus portable backup`)

  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    // --clean: the schema goes, then this code's migrations rebuild it.
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
    await migrateEmptyDatabase(uri)
    const applied = (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => r.name)
    if (applied.join() !== header.migrations.join()) {
      throw new Error(`This backup was written with migrations [${header.migrations.join(', ')}]; this code has [${applied.join(', ')}]. Restore it with the matching release.`)
    }
    await client.query('BEGIN')
    // Rows go in table by table, in any order: foreign keys are not checked while loading
    // (superuser, as the embedded database's user is); the data was consistent when dumped.
    await client.query('SET LOCAL session_replication_role = replica')
    const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.name)
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`)
    let table: string | null = null
    let columns = ''
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue
      const line = JSON.parse(next.value) as Line
      if ('table' in line) {
        table = line.table
        // Generated columns are computed again, never inserted.
        const { rows } = await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        )
        columns = rows.map((r) => quote(r.column_name)).join(', ')
      } else if ('rows' in line && table) {
        await client.query(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [`[${line.rows.join(',')}]`])
      } else if ('sequences' in line) {
        for (const s of line.sequences) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [s.name, s.value, s.called])
      }
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
    input.close()
  }
}
