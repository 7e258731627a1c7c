import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type pg from 'pg'

import { migrations } from '../../src/migrations'

/** This code's migrations, in order: the schema a backup's rows must go into. */
export function releaseMigrations(): string[] {
  return migrations.map((migration) => migration.name)
}

/**
 * Why a backup written with `backup` migrations cannot be restored by this release, in words, or
 * null when the lists are the same.
 */
export function migrationMismatch(backup: string[], release: string[] = releaseMigrations()): string | null {
  if (backup.join('\n') === release.join('\n')) return null
  const unknown = backup.filter((name) => !release.includes(name))
  const missing = release.filter((name) => !backup.includes(name))
  if (unknown.length) {
    return `it was written by another release (it has migrations this release does not know: ${unknown.join(', ')}), so restore it with that release`
  }
  if (missing.length) {
    return `it was written by an older release (it lacks this release's migrations ${missing.join(', ')}), so restore it with that release, then start this one to migrate`
  }
  return 'its migrations are in another order than this release\'s, so restore it with the release that wrote it'
}

/**
 * Builds this release's schema in the public schema through `client`, inside the transaction the
 * caller has open: the same migrations Payload applies at start-up (they only run SQL through
 * `db`), without Payload, which would commit each one on a connection of its own. The rows of
 * payload_migrations come from the backup.
 */
export async function applyReleaseMigrations(client: pg.Client, onMigration: (name: string) => void = () => {}): Promise<void> {
  const db = drizzle({ client })
  const localApi = new Proxy(
    {},
    {
      get(_target, key) {
        throw new Error(`a migration used payload.${String(key)}, but the restore applies migrations as SQL only`)
      },
    },
  )
  for (const migration of migrations) {
    onMigration(migration.name)
    await migration.up({ db, payload: localApi, req: {} } as never)
  }
}
