import pg from 'pg'

/**
 * What a restore must give back: per table, its row count and an md5 over its rows (in a stable
 * order), so one changed value anywhere shows.
 */
export async function databaseFingerprint(uri: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    const result: Record<string, { rows: number; md5: string | null }> = {}
    for (const { name } of tables) {
      const q = `"${name.replace(/"/g, '""')}"`
      const { rows } = await client.query<{ n: number; md5: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${q} t`)
      result[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 }
    }
    return result
  } finally {
    await client.end()
  }
}

export async function sqlOn(uri: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await client.query(statement)
  } finally {
    await client.end()
  }
}
