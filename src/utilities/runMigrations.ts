import type { Payload } from 'payload'

/** The list Payload's migrate:create writes to src/migrations/index.ts. */
type Migrations = Array<{ name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }>

// Any constant works; it only has to be the same in every process of this app (the restore takes it too).
export const MIGRATION_LOCK = 7_340_001

/**
 * Applies pending migrations when Payload starts — dev, tests and production alike. Several
 * processes may start at once (Next workers, a seed script), so they queue on an advisory lock.
 */
export async function runMigrations(payload: Payload, migrations: Migrations): Promise<void> {
  if (!migrations?.length || process.env.PAYLOAD_MIGRATING === 'true') return
  const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await payload.db.migrate({ migrations: migrations as never })
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    client.release()
  }
}
