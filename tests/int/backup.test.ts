import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/embedded-postgres'
import { backupDatabase, pruneBackups, restoreDatabase } from '../../scripts/backup/index'
import { backupFileName, backupStamp, newestBackupAgeSeconds } from '../../src/infrastructure/ops/backupFiles'
import { debianPostgres, startDebianPostgres } from '../support/debianPostgres'
import { databaseFingerprint, schemaFingerprint, sqlOn } from '../support/fingerprint'

/** `npm run restore -- <file>` against `uri`, as an operator runs it: exit code and what it printed. */
function restoreCli(uri: string, file: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return cli('scripts/restore.ts', [file], { DATABASE_URI: uri, ...env })
}

/** A script of ours run as an operator runs it (`npm run backup`, `npm run restore`): exit code and what it printed. */
function cli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) }))
  })
}

/** A copy of a portable backup with its JSON lines passed through `edit` (gzipped again, so only the content differs). */
function editPortable(file: string, target: string, edit: (lines: any[]) => any[]): string {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  writeFileSync(target, gzipSync(edit(lines).map((line) => JSON.stringify(line) + '\n').join('')))
  return target
}

const knownRestaurant = async (uri: string) => (await sqlOn(uri, `SELECT name, time_zone FROM restaurants WHERE slug = 'le-petit-zinc'`)).rows
const LE_PETIT_ZINC = [{ name: 'Le Petit Zinc', time_zone: 'Europe/Paris' }]

/**
 * Runs `npm run restore` with a backup that must be refused: exit 1, one sentence on one line that
 * says the database is unchanged (no stack trace), and every table exactly as before — row counts,
 * an md5 per table — with a known document still readable.
 */
async function expectRefused(uri: string, file: string, message: RegExp, live: Awaited<ReturnType<typeof databaseFingerprint>>, env: Record<string, string> = {}) {
  const run = await restoreCli(uri, file, env)
  console.info(`[backup] ${path.basename(file)}: exit ${run.code} in ${run.ms} ms — ${run.stderr.trim()}`)
  expect(run.code).toBe(1)
  const printed = run.stderr.trim()
  expect(printed.split('\n')).toHaveLength(1)
  expect(printed).not.toMatch(/\n\s+at |Error:/)
  expect(printed).toMatch(/^\[restore\] failed: .*database is unchanged\.$/)
  expect(printed).toMatch(message)
  expect(run.stdout).not.toMatch(/restored in/)
  expect(await databaseFingerprint(uri)).toEqual(live)
  expect(await knownRestaurant(uri)).toEqual(LE_PETIT_ZINC)
  // Nothing left behind by the attempt either: no staging or old schema.
  expect((await sqlOn(uri, `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'techplus_restore%'`)).rows).toEqual([])
}

/**
 * The seeded demo database (restaurants, bookings, guests, menu, pages, staff) is backed up, then
 * restored into a second, empty PostgreSQL; wiped there and restored again. The demo database the
 * other tests use is only read.
 */
describe('backups', () => {
  const source = inject('databaseUri')
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'techplus-backup-'))
  let spare: EmbeddedDatabase

  beforeAll(async () => {
    spare = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), ephemeral: true })
  })
  afterAll(async () => {
    await spare?.stop()
    rmSync(workDir, { recursive: true, force: true })
  })

  it('a portable backup restored into an empty database gives back every table, row for row, and the same schema', async () => {
    const before = await databaseFingerprint(source)
    expect(before.reservations!.rows).toBeGreaterThan(0)
    expect(before.guests!.rows).toBeGreaterThan(0)

    const backup = await backupDatabase({ uri: source, dir: path.join(workDir, 'backups'), format: 'portable' })
    expect(path.basename(backup.file)).toMatch(/^techplus-\d{8}T\d{6}Z\.jsonl\.gz$/)
    const restore = await restoreDatabase({ uri: spare.uri, file: backup.file })
    console.info(`[backup] portable: ${backup.bytes} bytes written in ${backup.ms} ms, restored in ${restore.ms} ms`)

    expect(await databaseFingerprint(spare.uri)).toEqual(before)
    // The restore builds the schema with this release's migrations itself (inside its transaction),
    // not through Payload's migrate: the result must be the same schema, constraint for constraint.
    expect(await schemaFingerprint(spare.uri)).toEqual(await schemaFingerprint(source))
  })

  it('after the data is wiped, a restore brings it back and new bookings get fresh ids', async () => {
    const before = await databaseFingerprint(source)
    const backup = await backupDatabase({ uri: source, dir: path.join(workDir, 'backups'), format: 'portable' })
    await sqlOn(spare.uri, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    expect(Object.keys(await databaseFingerprint(spare.uri))).toEqual([])

    await restoreDatabase({ uri: spare.uri, file: backup.file })
    expect(await databaseFingerprint(spare.uri)).toEqual(before)
    // Sequences came back too: the next id is past every restored one, not a duplicate.
    const { rows } = await sqlOn(spare.uri, `SELECT nextval('reservations_id_seq') > (SELECT max(id) FROM reservations) AS fresh`)
    expect(rows[0].fresh).toBe(true)
  })

  /**
   * The spare database holds the demo (the "live" data). Each bad backup goes through
   * `npm run restore` as an operator would run it (see expectRefused).
   */
  describe('a portable restore that fails changes nothing', () => {
    let good: string
    let live: Awaited<ReturnType<typeof databaseFingerprint>>

    beforeAll(async () => {
      good = (await backupDatabase({ uri: source, dir: path.join(workDir, 'good'), format: 'portable' })).file
      await restoreDatabase({ uri: spare.uri, file: good })
      live = await databaseFingerprint(spare.uri)
      expect(live.reservations!.rows).toBeGreaterThan(0)
      expect(await knownRestaurant(spare.uri)).toEqual(LE_PETIT_ZINC)
    })

    it('refuses a backup written by a newer release (a migration this code does not have)', async () => {
      const file = editPortable(good, path.join(workDir, 'newer.jsonl.gz'), ([header, ...rest]) => [
        { ...header, migrations: [...header.migrations, '20991231_000000_from_the_future'] },
        ...rest,
      ])
      await expectRefused(spare.uri, file, /another release .*20991231_000000_from_the_future/, live)
    })

    it('refuses a backup written by an older release (one of this release\'s migrations missing)', async () => {
      const file = editPortable(good, path.join(workDir, 'older.jsonl.gz'), ([header, ...rest]) => [
        { ...header, migrations: header.migrations.slice(0, -1) },
        ...rest,
      ])
      await expectRefused(spare.uri, file, /older release/, live)
    })

    it('refuses a truncated file (the gzip stream ends early)', async () => {
      const bytes = readFileSync(good)
      const file = path.join(workDir, 'truncated.jsonl.gz')
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
      await expectRefused(spare.uri, file, /damaged or incomplete \(unexpected end of file after line \d+\)/, live)
    })

    it('refuses a file cut at a line (valid gzip, the closing line missing)', async () => {
      const file = editPortable(good, path.join(workDir, 'cut.jsonl.gz'), (lines) => lines.slice(0, Math.floor(lines.length / 2)))
      await expectRefused(spare.uri, file, /incomplete \(it stops before its closing sequences line\)/, live)
    })

    it('refuses a file that is not a backup', async () => {
      const file = path.join(workDir, 'notes.jsonl.gz')
      writeFileSync(file, 'these are not the rows you are looking for\n')
      await expectRefused(spare.uri, file, /not a TechPlus backup/, live)
    })

    it('rolls back a load that fails midway (a reservation that does not fit its table), leaving the old data', async () => {
      let tablesBefore = 0
      const file = editPortable(good, path.join(workDir, 'bad-row.jsonl.gz'), (lines) => {
        const table = lines.findIndex((line) => line.table === 'reservations')
        tablesBefore = lines.slice(1, table).filter((line) => line.table).length
        const batch = lines[table + 1]
        const rows = batch.rows.map((row: string) => JSON.parse(row))
        rows[Math.floor(rows.length / 2)].party_size = 'a dozen or so'
        return [...lines.slice(0, table + 1), { rows: rows.map((row: unknown) => JSON.stringify(row)) }, ...lines.slice(table + 2)]
      })
      // Midway: the schema was rebuilt and other tables loaded before this row failed.
      expect(tablesBefore).toBeGreaterThan(10)
      await expectRefused(spare.uri, file, /failed while loading rows 1–\d+ of table reservations \(invalid input syntax .*"a dozen or so"\); .*rolled back/, live)
    })

    it('a good backup still restores through the same command', async () => {
      await sqlOn(spare.uri, `UPDATE restaurants SET name = 'Changed since the backup' WHERE slug = 'le-petit-zinc'`)
      const run = await restoreCli(spare.uri, good)
      console.info(`[backup] good: exit ${run.code} in ${run.ms} ms — ${run.stdout.trim()}`)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/restored in \d+ ms/)
      expect(await databaseFingerprint(spare.uri)).toEqual(live)
      expect(await knownRestaurant(spare.uri)).toEqual(LE_PETIT_ZINC)
    })
  })

  /**
   * The uploads (MEDIA_DIR) travel with the database: `npm run backup` archives them beside it, and
   * `npm run restore` puts them back as they were, or leaves them alone when it refuses.
   */
  describe('uploads in the backup', () => {
    const mediaDir = path.join(workDir, 'media')
    const photos = { 'le-petit-zinc-terrasse.jpg': randomBytes(200_000), 'menus/plat-du-jour.webp': randomBytes(50_000), 'notes.txt': Buffer.from('carte d\'été') }
    const writePhotos = () => {
      rmSync(mediaDir, { recursive: true, force: true })
      for (const [name, bytes] of Object.entries(photos)) {
        mkdirSync(path.dirname(path.join(mediaDir, name)), { recursive: true })
        writeFileSync(path.join(mediaDir, name), bytes)
      }
    }
    /** Every file under the media directory, by relative path, with its bytes' digest. */
    const mediaFingerprint = (): Record<string, string> =>
      Object.fromEntries(
        (readdirSync(mediaDir, { recursive: true }) as string[])
          .filter((name) => statSync(path.join(mediaDir, name)).isFile())
          .sort()
          .map((name) => [name, createHash('sha256').update(readFileSync(path.join(mediaDir, name))).digest('hex')]),
      )
    const expected = () => Object.fromEntries(Object.entries(photos).map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]).sort())

    it('a restore brings the uploads back as they were at the backup, and removes those added since', async () => {
      writePhotos()
      const backup = await backupDatabase({ uri: source, dir: path.join(workDir, 'with-media'), mediaDir, format: 'portable' })
      expect(path.basename(backup.media!.file)).toBe(path.basename(backup.file).replace('.jsonl.gz', '.media.tar.gz'))

      // After the backup: a photo deleted, one replaced, one added.
      rmSync(path.join(mediaDir, 'le-petit-zinc-terrasse.jpg'))
      writeFileSync(path.join(mediaDir, 'menus/plat-du-jour.webp'), 'another dish')
      writeFileSync(path.join(mediaDir, 'added-since.png'), 'new')
      expect(mediaFingerprint()).not.toEqual(expected())

      const run = await restoreCli(spare.uri, backup.file, { MEDIA_DIR: mediaDir })
      console.info(`[backup] with uploads: exit ${run.code} in ${run.ms} ms — ${run.stdout.trim().replace(/\n/g, ' / ')}`)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/uploads restored into/)
      expect(mediaFingerprint()).toEqual(expected())
      expect(await databaseFingerprint(spare.uri)).toEqual(await databaseFingerprint(source))
    })

    it('a damaged uploads archive is refused before the database or the uploads are touched', async () => {
      writePhotos()
      const dir = path.join(workDir, 'damaged-media')
      const backup = await backupDatabase({ uri: source, dir, mediaDir, format: 'portable' })
      const bytes = readFileSync(backup.media!.file)
      writeFileSync(backup.media!.file, bytes.subarray(0, Math.floor(bytes.length / 2)))
      writeFileSync(path.join(mediaDir, 'added-since.png'), 'new')
      const before = mediaFingerprint()
      const live = await databaseFingerprint(spare.uri)

      await expectRefused(spare.uri, backup.file, /uploads archive techplus-\d{8}T\d{6}Z\.media\.tar\.gz is damaged or unreadable/, live, { MEDIA_DIR: mediaDir })
      expect(mediaFingerprint()).toEqual(before)
    })

    it('a database restore that is refused leaves the uploads as they are', async () => {
      writePhotos()
      const backup = await backupDatabase({ uri: source, dir: path.join(workDir, 'refused-db'), mediaDir, format: 'portable' })
      const bytes = readFileSync(backup.file)
      writeFileSync(backup.file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
      writeFileSync(path.join(mediaDir, 'added-since.png'), 'new')
      const before = mediaFingerprint()

      await expectRefused(spare.uri, backup.file, /damaged or incomplete/, await databaseFingerprint(spare.uri), { MEDIA_DIR: mediaDir })
      expect(mediaFingerprint()).toEqual(before)
      expect(readdirSync(mediaDir).filter((name) => name.startsWith('.techplus-restore'))).toEqual([])
    })
  })

  /** Backups are kept BACKUP_RETENTION_DAYS (30) days, not by count; the newest always stays. */
  describe('retention by age', () => {
    const day = 24 * 60 * 60 * 1000
    /** A copy of a real backup (database and uploads) under the name it would have had `days` ago. */
    const backdated = (dir: string, from: { file: string; media?: { file: string } }, days: number) => {
      const stamp = backupStamp(new Date(Date.now() - days * day))
      writeFileSync(path.join(dir, backupFileName(stamp, 'portable')), readFileSync(from.file))
      writeFileSync(path.join(dir, backupFileName(stamp, 'media')), readFileSync(from.media!.file))
      return [backupFileName(stamp, 'portable'), backupFileName(stamp, 'media')]
    }

    it('npm run backup deletes the backup taken 31 days ago, uploads included, and keeps the one of 29 days', async () => {
      const dir = path.join(workDir, 'retention')
      const mediaDir = path.join(workDir, 'retention-media')
      mkdirSync(mediaDir, { recursive: true })
      writeFileSync(path.join(mediaDir, 'photo.jpg'), randomBytes(1000))
      const seed = await backupDatabase({ uri: source, dir: path.join(workDir, 'retention-seed'), mediaDir, format: 'portable' })
      mkdirSync(dir, { recursive: true })
      const old = backdated(dir, seed, 31)
      const recent = backdated(dir, seed, 29)
      writeFileSync(path.join(dir, 'README.txt'), 'not a backup')

      const run = await cli('scripts/backup.ts', [], { DATABASE_URI: source, BACKUP_DIR: dir, MEDIA_DIR: mediaDir, BACKUP_RETENTION_DAYS: '30' })
      console.info(`[backup] npm run backup: exit ${run.code} in ${run.ms} ms — ${run.stdout.trim().replace(/\n/g, ' / ')}`)
      expect(run.code).toBe(0)
      for (const name of old) expect(run.stdout).toContain(`deleted ${name} (older than 30 days)`)
      const left = readdirSync(dir)
      for (const name of old) expect(left).not.toContain(name)
      for (const name of recent) expect(left).toContain(name)
      expect(left).toContain('README.txt')
      // The new backup: its database file and its uploads.
      const written = left.filter((name) => !recent.includes(name) && name !== 'README.txt').map((name) => name.replace(/\d{8}T\d{6}Z/, 'T')).sort()
      expect(written).toHaveLength(2)
      expect(written[0]).toMatch(/^techplus-T\.(dump|jsonl\.gz)$/)
      expect(written[1]).toBe('techplus-T.media.tar.gz')
    })

    it('never deletes the newest backup, however old, so a backup that stopped running leaves its last one', async () => {
      const dir = path.join(workDir, 'retention-stopped')
      const mediaDir = path.join(workDir, 'retention-media')
      const seed = await backupDatabase({ uri: source, dir: path.join(workDir, 'retention-seed-2'), mediaDir, format: 'portable' })
      mkdirSync(dir, { recursive: true })
      const older = backdated(dir, seed, 60)
      const newest = backdated(dir, seed, 45)
      expect(await pruneBackups(dir, { retentionDays: 30 })).toEqual(older)
      expect(readdirSync(dir).sort()).toEqual(newest.sort())
      // And the app reports how old it is, for the backup-age alert.
      expect(await newestBackupAgeSeconds(dir)).toBeGreaterThan(45 * 24 * 3600 - 60)
    })
  })

  /**
   * The same guarantees for pg_dump's custom format. The embedded PostgreSQL 18 has no pg_dump, so
   * this runs on a PostgreSQL server that has its client beside it (Debian's `postgresql` package);
   * the demo gets there through the portable restore, which this also proves on another major version.
   */
  const server = debianPostgres()
  describe(`a pg_dump (custom format) restore that fails changes nothing (PostgreSQL ${server?.major ?? '—'} from /usr/lib/postgresql)`, () => {
    // Without a server every test fails with the reason (a failed beforeAll alone would report them skipped).
    beforeEach(() => {
      if (!server) throw new Error("No PostgreSQL server with pg_dump beside it in /usr/lib/postgresql: run the suite with npm run test:int, which installs Debian's postgresql when missing.")
    })

    let db: { uri: string; stop: () => void }
    let good: string
    let live: Awaited<ReturnType<typeof databaseFingerprint>>
    const dump = async (name: string) => {
      const { file, format } = await backupDatabase({ uri: db.uri, dir: path.join(workDir, 'dumps', name), format: 'custom' })
      expect(format).toBe('custom')
      return file
    }

    beforeAll(async () => {
      if (!server) return
      db = await startDebianPostgres(server.bin, path.join(workDir, 'debian'))
      const portable = await backupDatabase({ uri: source, dir: path.join(workDir, 'for-debian'), format: 'portable' })
      await restoreDatabase({ uri: db.uri, file: portable.file })
      expect(await databaseFingerprint(db.uri)).toEqual(await databaseFingerprint(source))
      good = await dump('good')
      live = await databaseFingerprint(db.uri)
    })
    afterAll(() => db?.stop())

    it('refuses a dump written by another release, before touching the database', async () => {
      await sqlOn(db.uri, `INSERT INTO payload_migrations (name, batch) VALUES ('20991231_000000_from_the_future', 99)`)
      const newer = await dump('newer')
      await sqlOn(db.uri, `DELETE FROM payload_migrations WHERE name = '20991231_000000_from_the_future'`)
      await expectRefused(db.uri, newer, /another release .*20991231_000000_from_the_future/, live)
    })

    it('refuses a truncated dump, before touching the database', async () => {
      const bytes = readFileSync(good)
      const file = path.join(workDir, 'truncated.dump')
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
      await expectRefused(db.uri, file, /damaged or unreadable \(pg_restore: .*end of file\)/, live)
    })

    it('rolls back a pg_restore that fails midway (a row whose table is gone: the foreign key is refused after the load)', async () => {
      // Written with the foreign-key triggers off, the way a damaged database could hold it.
      await sqlOn(
        db.uri,
        `SET session_replication_role = replica;
         INSERT INTO reservation_occupancy (reservation_id, table_id, restaurant_id, period)
           SELECT reservation_id, 999999, restaurant_id, period FROM reservation_occupancy LIMIT 1`,
      )
      const dangling = await dump('dangling')
      await sqlOn(db.uri, 'DELETE FROM reservation_occupancy WHERE table_id = 999999')
      await expectRefused(db.uri, dangling, /with pg_restore failed \(.*violates foreign key constraint.*\); .*rolled back/, live)
    })

    it('a good dump still restores through the same command', async () => {
      await sqlOn(db.uri, `UPDATE restaurants SET name = 'Changed since the backup' WHERE slug = 'le-petit-zinc'`)
      const run = await restoreCli(db.uri, good)
      console.info(`[backup] good dump: exit ${run.code} in ${run.ms} ms — ${run.stdout.trim()}`)
      expect(run.code).toBe(0)
      expect(await databaseFingerprint(db.uri)).toEqual(live)
      expect(await knownRestaurant(db.uri)).toEqual(LE_PETIT_ZINC)
    })
  })
})
