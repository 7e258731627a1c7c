import { readFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

/** Where the e2e app's database wrapper (scripts/with-db.ts) writes the database's address, per app port. */
export function e2eDatabaseUriFile(port = Number(process.env.E2E_PORT ?? 3100)): string {
  return path.resolve(`.data/e2e-database-${port}.uri`)
}

/** One query on the e2e app's own database, for tests that check what is stored, not only what is shown. */
export async function queryE2eDatabase<Row extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: (await readFile(e2eDatabaseUriFile(), 'utf8')).trim() })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}
