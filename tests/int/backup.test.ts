import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/embedded-postgres'
import { backupDatabase, restoreDatabase } from '../../scripts/backup/index'
import { databaseFingerprint, sqlOn } from '../support/fingerprint'

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

  it('a portable backup restored into an empty database gives back every table, row for row', async () => {
    const before = await databaseFingerprint(source)
    expect(before.reservations!.rows).toBeGreaterThan(0)
    expect(before.guests!.rows).toBeGreaterThan(0)

    const backup = await backupDatabase({ uri: source, dir: path.join(workDir, 'backups'), format: 'portable' })
    expect(path.basename(backup.file)).toMatch(/^techplus-\d{8}T\d{6}Z\.jsonl\.gz$/)
    const restore = await restoreDatabase({ uri: spare.uri, file: backup.file })
    console.info(`[backup] portable: ${backup.bytes} bytes written in ${backup.ms} ms, restored in ${restore.ms} ms`)

    expect(await databaseFingerprint(spare.uri)).toEqual(before)
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
})
